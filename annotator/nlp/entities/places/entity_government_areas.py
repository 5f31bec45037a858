"""Nigerian local government areas: `Akwanga Local Government Area`, `Amuwo-Odofin Local
Government Area`. The guidelines keep a capitalised administrative unit abroad inside its GPE
(`[Myaung Township]`), so the area's name and the unit's words (``government_area_tails`` of
``en/entity_words.toml``) are one GPE. The name is up to three capitalised words (or hyphened parts)
right before the unit; a GPE the scan found for the name alone (`Nasarawa`) grows over the unit, a
body the scan cut inside the unit's words (`Ikosi Local Council`) gives way, and a longer entity
that holds the phrase keeps its own reading (en_orgcount1)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: How many words the area's name may have (`Amuwo-Odofin` counts as one).
MAX_AREA_WORDS = 3
#: The joining mark inside a hyphened name, split off by the tokenizer.
HYPHEN = "-"


def government_areas(s: EntityState) -> None:
    """A GPE over each area's name and the unit's words after it (English only)."""
    tails = s.words.government_area_tails
    if s.analysis.lang != "en" or not tails:
        return
    tokens = s.tokens
    for first, last in s.phrase_places(tails):
        start = _name_start(s, first)
        if start is None:
            continue
        inside = s.found_within(tokens.starts[start], tokens.ends[last])
        if inside is None:
            continue  # a longer entity holds the phrase: it keeps its own reading
        cut = [m for m in inside if m.label == "GPE" or m.end > tokens.starts[first]]
        if len(cut) < len(inside):
            continue  # a body or a person sits in the name before the unit
        for mention in cut:
            s.found.remove(mention)  # the name alone, or a body cut inside the unit (`X Local Council`)
        s.add(start, last, "GPE", rule="government_area")


def _name_start(s: EntityState, first: int) -> int | None:
    """The first word of the capitalised name right before word ``first``, or None."""
    k, words = first, 0
    while k > 0 and words < MAX_AREA_WORDS and s.joined(k - 1, k):
        if _name_word(s, k - 1):
            k -= 1
            words += 1
        elif s.word(k - 1) == HYPHEN and k >= 2 and s.joined(k - 2, k - 1) and _name_word(s, k - 2):
            k -= 2  # `Amuwo-Odofin`: the hyphened parts are one word of the name
            words += 1
        else:
            break
        if s.in_title_line(k):
            break  # a headline's capitalised words before the name are no part of it
    return None if k == first else k


def _name_word(s: EntityState, k: int) -> bool:
    """A capitalised word that may be part of an area's name (no stop word such as `The`)."""
    word = s.word(k)
    return word[:1].isupper() and word not in s.lex.stopwords and word.lower() not in s.lex.stopwords
