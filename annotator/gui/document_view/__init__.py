"""The document view: one article with its spans and relations (see :class:`DocumentView`)."""

from annotator.gui.document_view.model import ViewRelation, ViewSpan
from annotator.gui.document_view.widget import DocumentView

__all__ = ["DocumentView", "ViewRelation", "ViewSpan"]
