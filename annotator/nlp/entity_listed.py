"""A listed company's name ends at `Tbk` (`PT Mitra Karya Abadi Tbk Budi Santoso`): a `named`
organisation head takes any capitalised words after it, so without this the person named after
the company (its director) ran into the ORG. The words come from ``company_endings`` of
``entity_words.toml`` (Indonesian: `Tbk`)."""

from __future__ import annotations

from annotator.nlp.entity_state import EntityState


def cut_at_ending(s: EntityState, after_head: int, end: int) -> int:
    """The index after the first company ending among words ``after_head``..``end - 1`` (``end``
    when there is none, or when the ending is the last word anyway)."""
    endings = s.words.company_endings
    if not endings:
        return end
    for k in range(after_head, end - 1):
        if s.texts[k] in endings:
            return k + 1
    return end
