"""Capitals beside a name or a place on Indonesian pages: trailing initials that belong to a
person's name (`Safrizal ZA`) and an unknown acronym before a known place that names a body's
branch or a club (`PSBL Langsa`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import APPOSITION_AFTER_NAME, EntityState
from annotator.nlp.resources import read_toml

#: An Indonesian passive verb opening a sentence (`Dikatakan`, `Disebutkannya`): never a name,
#: and a name after it is a speaker's (also used by ``entity_people``).
PASSIVE_VERB = re.compile(r"[Dd]i[a-z]{3,}(?:kan|kannya)$")


def acronym_and_place(s: EntityState, first: int, end: int) -> bool:
    """An unknown acronym of three to five capitals right before a known place, and nothing else
    (`PSBL Langsa`, `KNPI Garut`): a body's branch or a club; `not_body_acronyms` are common nouns
    (`UMKM Bogor`, `APBD Bekasi`)."""
    word = s.word(first)
    if s.analysis.lang != "id" or not (word.isalpha() and word.isupper() and 3 <= len(word) <= 5):
        return False
    if word in s.lex.known_names or word in s.words.not_body_acronyms or word.lower() in s.lower_words:
        return False
    gaz = s.gazetteer(first + 1)
    return bool(gaz and gaz[1] == "GPE" and gaz[0] == end and s.joined(first, first + 1))


def trailing_initials(s: EntityState, first: int, end: int) -> bool:
    """`Safrizal ZA`: a name's words, then two or three capitals that name nothing the gazetteer or
    the titles know (`AS` is a country, `SH` a degree) and that the text never writes without the
    word before them (`Penyakit DBD ... kasus DBD`: an acronym), with no body after them."""
    last = s.word(end - 1)
    if end - first < 2 or not (2 <= len(last) <= 3 and last.isupper() and last.isalpha()) or s.analysis.lang != "id":
        return False
    words = [s.word(k) for k in range(first, end)]
    if last in s.lex.known_names or last in s.words.degrees or any(w.isupper() for w in words[:-1]):
        return False
    if s.cap_word(end) and s.joined(end - 1, end):
        return False  # `Admin TMC Polda Metro Jaya`: a unit before a body
    if any(w.lower() in s.lower_words for w in words[:-1]):
        return False
    before = re.escape(words[-2])
    if re.search(rf"(?<!{before} )\b{re.escape(last)}\b", s.text):
        return False
    return person_context(s, first, end)


def person_context(s: EntityState, first: int, end: int) -> bool:
    """A name's surroundings: a comma or an age after it, a speech verb next to it, or a title or
    role right before it (`Kepala Desa X, Safrizal ZA, mengatakan`, `kata Edi NT`)."""
    lex = s.lex
    if APPOSITION_AFTER_NAME.match(s.text[s.tokens.tokens[end - 1].end : s.tokens.tokens[end - 1].end + 12]):
        return True
    if end < s.n and s.joined(end - 1, end) and lex.cues_before.match(s.tokens, end):
        return True
    previous = first - 1
    if previous < 0:
        return False
    if s.tokens.gap(previous, first) == ", ":
        return True  # in apposition after a role and its place
    return s.joined(previous, first) and bool(
        lex.cues_after.match(s.tokens, previous)
        or lex.cues_before.match(s.tokens, previous)
        or s.word(previous).lower() in ("menurut", "oleh")
        or PASSIVE_VERB.match(s.word(previous))
    )


def middle_initials(s: EntityState, k: int) -> bool:
    """Two capitals between two words of a personal name (`Agus DW Martowardojo`, `Retno LP
    Marsudi`) are the name's initials, although an agency or a country writes them too."""
    word, before, after = s.word(k), s.word(k - 1), s.word(k + 1)
    return (
        len(word) == 2
        and word.isupper()
        and before.istitle()
        and after.istitle()
        and s.joined(k - 1, k)
        and s.joined(k, k + 1)
        and not s.lex.gazetteer.match(s.tokens, k - 1)
        and not s.lex.gazetteer.match(s.tokens, k + 1)
        and not s.is_head(k - 1)
        and not s.is_head(k + 1)
    )



def paired_initials(s: EntityState, index: int) -> int:
    """`berinisial AZ dan MR`, `tersangka yakni SL, KPR, DLT dan IS`: after initials an initials
    word introduced (at ``index``, already a PERSON), the sets that follow in a list closed by `dan`
    or `serta` are people too; commas with no joiner closing them make no list (`tersangka AB, KPK
    menyebut ...`). Returns the word after the last set taken."""
    listed: list[int] = []
    last = index
    while s.tokens.gap(last, last + 1) == ", " and _listed_initials(s, last + 1):
        last += 1
        listed.append(last)
    joiner = last + 1
    before_joiner = s.joined(last, joiner) or (bool(listed) and s.tokens.gap(last, joiner) == ", ")  # `MS, dan F`
    if s.word(joiner) not in _joiners(s.analysis.lang) or not (before_joiner and s.joined(joiner, joiner + 1)):
        return index + 1
    if not _listed_initials(s, joiner + 1):
        return index + 1
    for item in (*listed, joiner + 1):
        s.add(item, item, "PERSON")
    return joiner + 2


def _listed_initials(s: EntityState, k: int) -> bool:
    """Capitals of one to four letters at word ``k`` that stand alone as a set of initials: not a
    title, a rank (`berinisial AZ dan Aipda RP`: the rank's own rule), a known name, nor the start of
    a longer name (`AZ dan AB Santoso`: found by the other rules)."""
    if k >= s.n:
        return False
    word = s.word(k)
    if not (word.isupper() and word.isalpha() and 1 <= len(word) <= 4) or not s.free(k):
        return False
    if word in s.res.titles or word in s.words.initials_ranks or s.gazetteer(k):
        return False
    return not (s.cap_word(k + 1) and s.joined(k, k + 1))


@cache
def _joiners(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("initials_joiners", []))


def rank_initial(s: EntityState, first: int, end: int) -> bool:
    """`Brigjen E Widyo Sunaryo`: on Indonesian pages an initial without its stop opens a name of
    three words or more right after a title or rank (`K Shanmugam` is read so in English anyway)."""
    if end - first < 3 or len(s.word(first)) != 1 or not s.joined(first - 1, first):
        return False
    return bool(s.lex.titles.match(s.tokens, first - 1))


def opening_pair(s: EntityState, first: int, end: int) -> bool:
    """`JJ Disini`, `RK Anand`, `KP Sharma Oli`: two capitals written together open a name on South
    Asian and Philippine pages (English only; en_names10 round). They do, at word ``first`` of the
    run ending before ``end``, when the text writes that pair only right before a capitalised word
    (never alone: `the ruling of the SC`), never defines it in brackets (`(SC)`), and no list knows it
    (a place, a body, a title or a role: `US`, `SP`, `PM`; ``not_org_acronyms``), nor the word after it."""
    pair = s.word(first)
    if s.analysis.lang != "en" or end - first < 2 or len(pair) != 2 or not (pair.isalpha() and pair.isupper()):
        return False
    if pair in s.words.not_org_acronyms or pair in s.lex.stopwords or f"({pair})" in s.text:
        return False
    lex = s.lex
    matchers = (lex.gazetteer, lex.org_heads, lex.titles, lex.roles_any_case)
    if any(matcher.match(s.tokens, k) for matcher in matchers for k in (first, first + 1)):
        return False  # `HE Sheikh Tamim`: a title follows the pair, which is a style, not initials
    if s.word(first + 1).lower() in s.lower_words or _after_article(s, s.word(first + 1)):
        return False  # `the BI Rate` (the page writes `rate`), `the SL Test` (`the second Test`): a noun
    tokens = s.tokens.tokens
    return all(
        s.joined(k, k + 1) and tokens[k + 1].is_cap and not tokens[k + 1].is_upper for k in s.tokens.by_text[pair]
    )


def _after_article(s: EntityState, word: str) -> bool:
    """Whether the text writes ``word`` somewhere right after an article (``determiners.txt``), maybe
    with an ordinal between (``noun_ordinals``: `the second Test`): a capitalised noun, no name."""
    articles, ordinals = s.res.determiners, s.words.noun_ordinals
    for k in s.tokens.by_text.get(word, ()):
        before = s.word(k - 1).lower() if s.joined(k - 1, k) else ""
        if before in articles or (before in ordinals and s.joined(k - 2, k - 1) and s.word(k - 2).lower() in articles):
            return True
    return False
