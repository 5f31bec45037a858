"""Places checked after the scan: a one-word place of the gazetteer packages (not of the curated
lists of countries and provinces) that is also a later word of a person's name in the text is that
person (`Santos` after `Reynaldo Santos`); an organisation's head word alone is a common noun (`ke
Puskesmas`). (A place in a facility's name is held by the scan: entity_facilities.named_facility.)"""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.marks import CLOSING_MARKS


def places_that_are_names(s: EntityState) -> None:
    surnames: dict[str, int] = {}  # a later word of a person's name, and where that name first starts
    for m in s.found:
        if m.label == "PERSON":
            for word in s.text[m.start : m.end].split()[1:]:
                if word[:1].isupper() and word not in s.lex.stopwords:
                    surnames[word] = min(surnames.get(word, m.start), m.start)
    for mention in s.found:
        name = s.text[mention.start : mention.end]
        if mention.label != "GPE" or mention.rule != "known_name" or name not in surnames:
            continue
        # a place the curated lists do not hold (`Santos`, a world city); a country or a curated
        # place only as the subject the person's full name introduced (`Dorian Jordan ... Jordan told`)
        if name not in s.res.gazetteer or (surnames[name] < mention.start and surname_subject(s, mention.start)):
            mention.label = "PERSON"
            mention.rule = "name_found_elsewhere"


def surname_subject(s: EntityState, start: int) -> bool:
    """The word at character ``start`` opens a sentence or follows a closing quotation mark, and a
    word in small letters follows it (`Jordan further noted`, `...,” Jordan told reporters`): a
    subject, as a person's surname is."""
    index = s.tokens.first_at_or_after(start)
    k = start
    while k > 0 and s.text[k - 1] == " ":
        k -= 1
    after_quote = k > 0 and s.text[k - 1] in CLOSING_MARKS
    if index + 1 >= s.n or not (s.tokens.sentence_initial(index) or after_quote) or not s.joined(index, index + 1):
        return False
    after = s.tokens.tokens[index + 1].text
    return after.isalpha() and after.islower() and after not in s.lex.stopwords


def lone_heads(s: EntityState) -> None:
    """A word that starts an organisation's name standing alone with no name after it is the
    common noun (`surat edaran ke Puskesmas`): not a place or a person."""
    heads = s.res.org_heads
    kept: list[Mention] = []
    for mention in s.found:
        text = s.text[mention.start : mention.end]
        if mention.label in ("GPE", "PERSON") and mention.rule == "capitalised_run" and heads.get(text) == "named":
            continue
        kept.append(mention)
    s.found = kept


def run(state: EntityState) -> None:
    places_that_are_names(state)
    lone_heads(state)
