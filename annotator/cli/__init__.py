"""The command line: ``annotator COMMAND ...``. Each command lives in ``commands/<name>.py``."""
