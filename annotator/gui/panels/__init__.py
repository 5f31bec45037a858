"""Dock panels of the main window: document queue, label palette, relation list."""
