"""Build the real-article sets: ``dev/src`` and ``heldout/src`` into ``dev/*.jsonl`` and ``heldout/*.jsonl``.

Usage: ``python data/real/build.py``. The markup, the checks and the writing are those of the
development set's ``data/dev/build.py`` (loaded from there); the sources here also start with
``@url`` and ``@outlet`` lines, which become ``meta.url`` and ``meta.outlet``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SETS = ("real-dev", "real-heldout")


def load_dev_build() -> ModuleType:
    """The development set's build script, as a module (it is a script, not part of the package)."""
    if "devset_build" in sys.modules:
        return sys.modules["devset_build"]
    spec = importlib.util.spec_from_file_location("devset_build", HERE.parent / "dev" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["devset_build"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def main() -> int:
    build = load_dev_build()
    for set_name in SETS:
        status = build.main(["--set", set_name])
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main())
