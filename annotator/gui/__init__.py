"""The desktop application: the only package that imports Qt (PySide6).

Everything here is a thin layer over the core: edits go through
:class:`annotator.storage.AnnotationEditor`, long jobs call the same functions as the CLI.
"""
