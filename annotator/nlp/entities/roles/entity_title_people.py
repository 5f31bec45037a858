"""A person named right after a regional head's title: `Wali Kota Eri Cahyadi`, `Wakil Wali Kota
Armuji`, `Wali Kota Eri`. The title rule reads the word after `Wali Kota`, `Bupati`, `Gubernur`
as the place the head governs (`Wali Kota Depok` gives GPE `Depok`), which an unknown name
cannot tell apart from a place; but when the same text names that person elsewhere (`Cak
Armuji`, `Eri Cahyadi mengatakan`), the words are the person, not a place.

A GPE the title rule made (or spread from one) becomes a PERSON when its text is a PERSON of the
text, the first word of one (`Wali Kota Eri` after `Eri Cahyadi`), or begins with a one-word
PERSON (`Wali Kota Eri Cahyadi` after `Cak Eri`), and the language's own lists do not know it as
a place (`Bupati Bantul` stays a place even in a text about a Mr Bantul). A one-word PERSON counts
only when a title put it there: a lone word found by a guess elsewhere (`Kapolsek Oebobo` once
read as a name) is no evidence against the title's place."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: The rules whose GPE may be a person's name: the title's place, and its copies elsewhere.
_TITLE_RULES = frozenset({"title_or_role", "place_found_elsewhere"})
_TITLE_RULE = "title_or_role"


def people_after_titles(s: EntityState) -> None:
    """Relabel title-made GPEs whose text the document gives as a person's name."""
    people: set[str] = set()
    first_words: set[str] = set()
    for mention in s.found:
        if mention.label == "PERSON":
            name = s.text[mention.start : mention.end]
            if " " in name:
                people.add(name)
                first_words.add(name.split(" ", 1)[0])
            elif mention.rule == _TITLE_RULE:
                people.add(name)  # `Cak Armuji`: one word is a name only after a title (not a guess elsewhere)
    if not people:
        return
    known = s.lex.res.gazetteer
    for mention in s.found:
        if mention.label != "GPE" or mention.rule not in _TITLE_RULES:
            continue
        name = s.text[mention.start : mention.end]
        named = name in people or name in first_words or name.split(" ", 1)[0] in people
        if named and known.get(name) not in ("GPE", "LOC"):
            mention.label = "PERSON"
