"""English text on Vietnam: names and places that open with a word which is also an English stop
word (`Major General To Van Kha`, `My Loc district`). The words are ``vietnamese_openers`` and
``inner_name_words`` of ``en/entity_words.toml``; read by :mod:`annotator.nlp.entities.people.entity_name_runs`.
At a sentence start the opener stays out of a name, unless the text prints the whole name elsewhere
(``sentence_opening_names``, an English pass after the scan)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def vietnamese_opening(s: EntityState, index: int) -> bool:
    """`General To An Xo`, `My Duc district`: an English stop word that is also a Vietnamese name
    (``vietnamese_openers``) opens a name inside a sentence, before a capitalised word."""
    return (
        s.analysis.lang == "en"
        and s.word(index) in s.words.vietnamese_openers
        and (not s.tokens.sentence_initial(index) or _after_dotted_title(s, index))
        and not s.in_title_line(index)
        and index + 1 < s.n
        and s.tokens.tokens[index + 1].is_cap
        and s.free(index + 1)
        and s.joined(index, index + 1)
        and not _known_place_closes(s, index + 1)
    )


def _after_dotted_title(s: EntityState, index: int) -> bool:
    """`Lt. Gen. To An Xo`: a title ending in a stop ends right before ``index`` (its stop is no
    sentence's end)."""
    return any((m := s.lex.titles.match(s.tokens, k)) is not None and m[0] == index for k in range(max(0, index - 3), index))


def _known_place_closes(s: EntityState, index: int) -> bool:
    """`Welcome To Hanoi`: a known name from ``index`` that ends the capitalised run (in `To Van Kha`
    the known `Van` does not)."""
    known = s.lex.gazetteer.match(s.tokens, index)
    if known is None:
        return False
    after = known[0]
    return not (after < s.n and s.tokens.tokens[after].is_cap and s.joined(after - 1, after))


#: How many capitalised words may stand between the opener and the tagged part (`To [An] Xo`).
MAX_UNTAGGED_WORDS = 2


def sentence_opening_names(s: EntityState) -> None:
    """`To An Xo claimed that ...`: at a sentence start the opener is left out of a name (`To the
    south, ...`), so only `Xo` was tagged. When the opener, the capitalised words after it and the
    PERSON spell a name the text tags elsewhere (`Major General To An Xo`), the PERSON is that name."""
    if s.analysis.lang != "en":
        return
    people = [m for m in s.found if m.label == "PERSON"]
    names = {s.text[m.start : m.end] for m in people}
    for person in people:
        index = s.tokens.first_at_or_after(person.start) - 1
        while index >= 0 and s.word(index) not in s.words.vietnamese_openers and s.tokens.tokens[index].is_cap:
            if s.tokens.first_at_or_after(person.start) - index > MAX_UNTAGGED_WORDS or not s.free(index):
                index = -1
                break
            index -= 1
        if index < 0 or s.word(index) not in s.words.vietnamese_openers or not s.tokens.sentence_initial(index):
            continue
        start = s.tokens.tokens[index].start
        if s.text[start : person.end] in names:
            person.start = start
