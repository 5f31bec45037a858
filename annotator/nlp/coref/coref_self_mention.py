"""A pronoun or clitic speaker never stands for someone the quote itself talks about.

A police spokesman relays his chief's visit (`Kasi Humas X menjelaskan Kapolsek Denbar Kompol Y
menyambangi ...`) and is then quoted: `“Kapolsek Denbar juga menyampaikan ...,” ungkapnya`. The
person named last (`Y`) is the one the quote names by her role, so she is not the one speaking;
the speaker before her (`X`) is. The same holds for a name (`Polisi menangkap Budi. “Budi
mengaku ...,” katanya`): people refer to themselves as `saya`, not by their name or their role.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.speaker_descriptions import role_heads
from annotator.nlp.text.patterns import whole_word_spans

#: How many characters before a name are read for the role it was introduced with.
ROLE_WINDOW = 60
#: The fewest letters a name word needs to count as naming the person inside a quote (`Ia` never).
MIN_NAME_WORD = 3


@cache
def _small_titles(lang: str) -> frozenset[str]:
    """The titles of ``lang`` in small letters (made once per language, not per name)."""
    return frozenset(title.lower() for title in load_resources(lang).titles)


def introduced_roles(analysis: Analysis, person: Mention, people: list[Mention]) -> set[str]:
    """The roles written just before ``person``'s name wherever it is printed (`Kapolsek Denbar` of
    `Kapolsek Denbar Kompol Laksmi Trisnadewi`): the role and the capitalised words after it, up to a
    rank or title."""
    text = analysis.text
    heads = role_heads(analysis.lang)
    titles = _small_titles(analysis.lang)
    name_words = set(text[person.start : person.end].split())
    roles: set[str] = set()
    for mention in people:
        if not set(text[mention.start : mention.end].split()) <= name_words:
            continue
        line = text.rfind("\n", 0, mention.start) + 1
        before = text[max(line, mention.start - ROLE_WINDOW) : mention.start].replace(",", " ").split()
        starts = [i for i, word in enumerate(before) if word in heads]
        if not starts:
            continue
        role: list[str] = []
        for word in before[starts[-1] :]:
            if role and (not word[:1].isupper() or word.lower().strip(".") in titles):
                break
            role.append(word)
        roles.add(" ".join(role))
    return roles


def named_in_quote(
    analysis: Analysis, person: Mention, quote: Mention, people: list[Mention], *, by_role: bool = True
) -> bool:
    """Whether the quote names ``person``: a word of the name, or (``by_role``) a role it was
    introduced with."""
    text = analysis.text
    inner = text[quote.start : quote.end]
    words = [w for w in text[person.start : person.end].split() if len(w) >= MIN_NAME_WORD and w[:1].isupper()]
    # A plain substring test first: most quotes hold neither the name nor a role head.
    if any(word in inner and whole_word_spans(word, inner) for word in words):
        return True
    if not by_role:
        return False
    heads = role_heads(analysis.lang)
    if not any(word.strip('.,;:!?"“”()') in heads for word in inner.split()):
        return False
    return any(whole_word_spans(role, inner) for role in introduced_roles(analysis, person, people))


def speaker_not_named(
    analysis: Analysis,
    target: Mention,
    quote: Mention,
    speakers_before: list[tuple[int, Mention]],
    people: list[Mention],
    subjects: Sequence[Mention] = (),
) -> Mention:
    """``target``, or, when a direct quote names it, the latest earlier speaker (a person) it does
    not name. An English quote counts only the words of the name (`As President, I ...` is the
    president speaking), and looks first at the latest person a sentence before the quote is about
    (``subjects``: `Ruto appealed for Odinga to ... . “I urge my brother Odinga ...,” he said`)."""
    if analysis.lang not in ("id", "en") or quote.attrs.get("type") == "indirect":
        return target
    english = analysis.lang == "en"
    if english and target.label != "PERSON":
        return target  # `they`: an organisation may name itself (`“... to get Rappler ...,” they said`)
    if not named_in_quote(analysis, target, quote, people, by_role=not english):
        return target
    if english:
        subject = next((m for m in reversed(subjects) if m.end <= quote.start), None)
        if subject is not None and subject.label == "PERSON" and not named_in_quote(
            analysis, subject, quote, people, by_role=False
        ):
            return subject
    for position, person in reversed(speakers_before):
        if position >= quote.start or person.label != "PERSON":
            continue
        if not named_in_quote(analysis, person, quote, people):
            return person
    return target
