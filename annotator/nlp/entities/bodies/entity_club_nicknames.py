"""A club's nickname in quotation marks before a word for the team (`fans of the 'Red Hawks'
squad`, `the "Blue Sharks" side`): the scan takes the two capitalised words for a person, but the
guidelines have a club's nickname as an ORG. The team words are ``club_nickname_nouns`` of the
language's ``entity_words.toml``; a language without them has no nickname read (en_ents17 round)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.marks import CLOSING_MARKS, OPENING_MARKS


def quoted_club_nicknames(s: EntityState) -> None:
    """Relabel as ORG a PERSON written between quotation marks and followed by a team word."""
    nouns = s.words.club_nickname_nouns
    if not nouns:
        return
    text = s.text
    for mention in s.found:
        if mention.label != "PERSON" or mention.start == 0 or mention.end + 1 >= len(text):
            continue
        if text[mention.start - 1] not in OPENING_MARKS or text[mention.end] not in CLOSING_MARKS:
            continue
        if text[mention.end + 1] == " " and s.word_starting_at(mention.end + 2) in nouns:
            mention.label, mention.rule = "ORG", "club_nickname"
