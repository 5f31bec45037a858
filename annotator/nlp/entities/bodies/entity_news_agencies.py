"""A news agency named right after the words that say it is one (`the state news agency WAM`, `the
Jordan News Agency, Petra`): wire credits in copied stories name the agency there, and a short
agency name is rarely in any list. One capitalised word after ``news_agency_nouns`` (and an
optional comma) is an ORG, unless a rule took it already (a one-word PERSON guess
excepted) or another capitalised word follows it."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def news_agencies(s: EntityState) -> None:
    """Tag the lone capitalised word after a ``news_agency_nouns`` phrase as an ORG."""
    for _first, last in s.phrase_places(s.words.news_agency_nouns):
        k = last + 1
        gap = s.tokens.gap(last, k)
        if "\n" in gap or gap.strip() not in ("", ",") or not s.word(k)[:1].isupper():
            continue
        token = s.tokens.tokens[k]
        held = [m for m in s.found if m.start <= token.start < m.end]
        if held and not (held[0].label == "PERSON" and (held[0].start, held[0].end) == (token.start, token.end)):
            continue  # a one-word PERSON guess there (`news agency Lira reported`) is the agency
        if not held and not s.cap_word(k):
            continue  # a word a rule blocked, or a stop word
        if s.cap_word(k + 1) and s.joined(k, k + 1):
            continue  # `news agency Kantor Berita`: a longer name is the scan's to read
        s.found = [m for m in s.found if m not in held]
        s.add(k, k, "ORG", rule="news_agency")
