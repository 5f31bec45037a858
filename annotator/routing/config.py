"""A project's routing settings, kept in the ``settings`` table under ``routing``.

No routing set means today's behaviour: every annotator may take any document.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field
from sqlalchemy import select

from annotator.storage import tables as t
from annotator.storage.project import Project

SETTING = "routing"


class RoutingConfig(BaseModel):
    per_document: int = Field(default=2, ge=1, le=20, description="annotators for a doubly-annotated document")
    overlap: float = Field(default=0.2, ge=0.0, le=1.0, description="share of documents that need per_document annotators")
    annotators: list[str] | None = Field(default=None, description="the pool; None means anyone who connects")
    lease_minutes: float = Field(default=60.0, gt=0, description="an unfinished claim idle this long returns to the pool")

    def needed_for_new(self, doc_id: str) -> int:
        """The quota of a document imported after routing was set: the same share, decided per document."""
        return self.per_document if hash_fraction(doc_id) < self.overlap else 1


def hash_fraction(doc_id: str) -> float:
    """A stable pseudo-random number in [0, 1) per document id, so the overlap is spread evenly."""
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:12], 16) / 16**12


def load_routing(project: Project) -> RoutingConfig | None:
    """Read from the database each time (not the project's settings cache): a lead may change it
    from another process while annotators work."""
    with project.engine.connect() as connection:
        value = connection.execute(select(t.settings.c.value).where(t.settings.c.key == SETTING)).scalar()
    return None if value is None else RoutingConfig.model_validate(value)
