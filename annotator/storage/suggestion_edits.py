"""Confirming suggestions (spans and relations whose source is not ``human``) and setting their
sources back, as steps inside one edit's transaction (:class:`EditContext`)."""

from __future__ import annotations

from sqlalchemy import and_, select

from annotator.model.names import HUMAN
from annotator.storage import tables as t
from annotator.storage.editing import EditContext


def accept_in(edit: EditContext, span_ids: list[str] | None) -> tuple[list[str], list[str]]:
    """Set the source of the suggested spans (all of them when ``span_ids`` is None) to ``human``,
    with the relations between confirmed spans; the span and relation ids that changed."""
    connection, annotation_id = edit.connection, edit.annotation_id
    condition = and_(t.spans.c.annotation_id == annotation_id, t.spans.c.source != HUMAN)
    if span_ids is not None:
        condition = and_(condition, t.spans.c.key.in_(span_ids))
    changed_spans = [row.key for row in connection.execute(select(t.spans.c.key).where(condition))]
    connection.execute(t.spans.update().where(condition).values(source=HUMAN))
    human = select(t.spans.c.id).where(t.spans.c.annotation_id == annotation_id, t.spans.c.source == HUMAN)
    relation_condition = and_(
        t.relations.c.annotation_id == annotation_id,
        t.relations.c.source != HUMAN,
        t.relations.c.head_id.in_(human),
        t.relations.c.child_id.in_(human),
    )
    changed_relations = [row.key for row in connection.execute(select(t.relations.c.key).where(relation_condition))]
    connection.execute(t.relations.update().where(relation_condition).values(source=HUMAN))
    return changed_spans, changed_relations


def set_sources_in(edit: EditContext, span_sources: dict[str, str], relation_sources: dict[str, str]) -> None:
    """Give the spans and relations (by key) the sources given."""
    for key, source in span_sources.items():
        edit.connection.execute(
            t.spans.update().where(t.spans.c.annotation_id == edit.annotation_id, t.spans.c.key == key).values(source=source)
        )
    for key, source in relation_sources.items():
        edit.connection.execute(
            t.relations.update()
            .where(t.relations.c.annotation_id == edit.annotation_id, t.relations.c.key == key)
            .values(source=source)
        )
