"""Storage: one SQLAlchemy code path for a SQLite project file or a PostgreSQL database."""

from annotator.storage.annotations import AnnotationEditor, EditBusy, EditConflict, EditError, QueueEntry
from annotator.storage.project import Document, Project, ProjectError

__all__ = ["AnnotationEditor", "Document", "EditBusy", "EditConflict", "EditError", "Project", "ProjectError", "QueueEntry"]
