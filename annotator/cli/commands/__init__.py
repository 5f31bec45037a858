"""One module per command; each defines ``register(subparsers)`` which adds its parser and sets
``func`` (taking the parsed arguments, returning an exit code)."""

COMMANDS = (
    "init",
    "import_",
    "export",
    "stats",
    "prelabel",
    "evaluate",
    "train",
    "gui",
    "schemas",
    "agreement",
    "routing",
    "next_",
    "progress",
    "merge",
    "users",
    "copy",
)
