"""The window's controllers: objects that own state and emit Qt signals, but hold no widgets.

* :class:`DocumentController`: one per open project; the session, the undo stack, the edits;
* :class:`ProjectController`: opening, creating and closing projects, watching for new documents;
* :class:`JobRunner`: import, export and pre-labelling in worker threads.
"""

from annotator.gui.controllers.document import DocumentController
from annotator.gui.controllers.jobs import JobRunner
from annotator.gui.controllers.project import ProjectController

__all__ = ["DocumentController", "JobRunner", "ProjectController"]
