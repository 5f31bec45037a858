"""Indonesian: a kind of regional office named by its kind alone (`Organisasi Perangkat Daerah
(OPD)`, `Kepala OPD Pemprov X`, `pimpinan SKPD`) is no body's name, however the page capitalises it;
the words are in ``body_kinds`` (``id/entity_words.toml``). The ORG is dropped after acronyms are
spread, so that a short form defined by the long one goes with it; a name that only begins with the
words (`OPD Dinas Kesehatan`) is not touched."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def drop_body_kinds(s: EntityState) -> None:
    """Drop every ORG mention whose whole text is a listed kind of body."""
    kinds = s.words.body_kinds
    if not kinds:
        return
    s.found = [m for m in s.found if m.label != "ORG" or s.text[m.start : m.end] not in kinds]
