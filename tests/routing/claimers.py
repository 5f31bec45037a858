"""A claimer process for the concurrency tests: claims until there is no more work."""

from __future__ import annotations

from typing import Any


def claim_all(location: str, annotator: str, barrier: Any, results: Any) -> None:
    from annotator.routing import next_document
    from annotator.storage import Project

    project = Project.open(location)
    claimed = []
    barrier.wait()
    try:
        while (doc_id := next_document(project, annotator)) is not None:
            claimed.append(doc_id)
    finally:
        project.close()
    results.put((annotator, claimed))
