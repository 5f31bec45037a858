"""The seat of an organisation: `The Police Command in Delta says ...`, `the Fire Service in Kano`.
In English a capitalised word after `in` that follows an organisation's name says where the body
sits, so it is a place, never a person; the scan took an unknown state or city there (`Delta`,
`Jigawa`) for a name, and the speaker then became that person rather than the command. Only a
one- or two-word PERSON the capitalised-run rule guessed is relabelled; a name followed by `'s`
(`in Obi's government`) stays a person."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: The one preposition that gives an organisation's seat (`of` and `for` name whom it serves).
SEAT_PREPOSITION = "in"
#: How many words the guessed place may have (`Cross River`, `Akwa Ibom`).
MAX_PLACE_WORDS = 2


def places_after_organisations(s: EntityState) -> None:
    """Relabel a guessed PERSON right after `<ORG> in` as a GPE (English only)."""
    if s.analysis.lang != "en":
        return
    org_ends = {m.end for m in s.found if m.label == "ORG"}
    if not org_ends:
        return
    for mention in s.found:
        if mention.label != "PERSON" or mention.rule != "capitalised_run":
            continue
        if len(s.text[mention.start : mention.end].split()) > MAX_PLACE_WORDS:
            continue
        k = s.tokens.first_at_or_after(mention.start)
        if k < 2 or s.word(k - 1) != SEAT_PREPOSITION or not s.joined(k - 2, k - 1) or not s.joined(k - 1, k):
            continue
        if s.tokens.tokens[k - 2].end not in org_ends:
            continue
        if s.text.startswith(("'s", "’s"), mention.end):
            continue  # `the Ministry in Obi's time`: a person's
        mention.label = "GPE"
        mention.rule = "seat_of_organisation"
