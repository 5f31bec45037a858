"""Names in apposition that no list knows: the one to three capitalised words set off by a comma
right after a role (`Kepala Dinas Kesehatan Bone, Komarudin, mengatakan`, `Ketua Satgas BPBD
Kalbar, Daniel saat ...`, `kata Kapolsek, Budi,`) or a person noun (`Pedagang lainnya, Jauhari,
juga ...`), and a name opening its sentence before a person noun (`Yanto, reporter Radio X, juga
...`). The scan tags a lone unknown word only in a naming
context; these are such contexts. This is the one rule for them: it runs after the scan, so it
sees every role however the scan read it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotator.nlp.coref.coref_salience import _not_name_words, coref_words
from annotator.nlp.entities.dates.date_joins import _is_day_name
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.roles.entity_role_chain import degree
from annotator.nlp.resources import load_resources

#: How many capitalised words a name after the comma may have.
MAX_WORDS = 3
#: How far before the comma the role's head may start (`Kasi Pencegahan dan Pengendalian ... X`).
ROLE_WINDOW = 12
#: Small words that join the parts of a role or continue a list, never a verb after a name.
JOINERS = frozenset({"dan", "and", "serta", "of", "for", "&", "atau", "or"})
#: A word of a name: a capital, then small letters (no digits, no dots, not all capitals).
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+")
#: `Yanto, reporter Radio X, juga ...`: a name opening its sentence, a person noun, a comma, a verb.
#: (Written with the capital first and the look-behinds after it, so that `re` looks only at capitals.)
_BEFORE_NOUN = re.compile(
    r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?][ \t][A-Z]))[a-z]{2,}(?: [A-Z][a-z]{2,})?),[ \t]+([a-z]+)[^,.\n]{0,60},[ \t]+[a-z]",
    re.MULTILINE,
)

#: A comma and a space before a capital (a name may follow a role there).
_COMMA_BEFORE_CAPITAL = re.compile(r", (?=[A-Z])")


def names_in_apposition(s: EntityState) -> None:
    """PERSON for the names after a role's comma and before a person noun (see the module)."""
    heads = _role_heads(s.analysis.lang)
    for comma in _COMMA_BEFORE_CAPITAL.finditer(s.text):
        first = s.tokens.first_at_or_after(comma.end())
        end = _name_end(s, first)
        if end is not None and (
            _after_role(s, comma.start(), heads)
            or _after_person_noun(s, comma.start())
            or (s.text.startswith(",", s.tokens.tokens[end - 1].end) and _person_at_place_before(s, comma.start()))
        ):
            s.add(first, end - 1, "PERSON", rule="name_after_role")
    starts = _sentence_capitals(s.text)  # one list for the three patterns, which match only there
    matches = (
        *_matches_at(_BEFORE_NOUN, s.text, starts),
        *_after_opener_matches(s.analysis.lang, s.text, starts),
        *_matches_at(_before_quantified(s.analysis.lang), s.text, starts),
    )
    for match in matches:
        if match.group(2) not in coref_words()["person_heads"]:
            continue
        first = s.tokens.first_at_or_after(match.start(1))
        end = _name_end(s, first, after_role=False)
        if end is not None and s.tokens.tokens[end - 1].end == match.end(1):
            s.add(first, end - 1, "PERSON", rule="name_before_person_noun")


@cache
def _before_quantified(lang: str) -> re.Pattern[str]:
    """`Yusran salah satu warga yang ... mengatakan`: a name opening its sentence, then with no comma
    a quantifier of ``apposition_quantifiers`` (entity words) and a person noun."""
    words = _quantifier_alternation(lang)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(
        rf"([A-Z](?:(?<=^[A-Z])|(?<=[.!?][ \t][A-Z]))[a-z]{{2,}}(?: [A-Z][a-z]{{2,}})?)[ \t]+(?:{words})[ \t]+([a-z]+)\b",
        re.MULTILINE,
    )


@cache
def _after_opener(lang: str) -> re.Pattern[str]:
    """`Sementara Burhan, pedagang lainnya, mengaku ...`: `_BEFORE_NOUN` after a word that opens the
    sentence (``sentence_openers`` of the language's entity words). The sentence start is checked by
    :func:`_after_opener_matches`: with the opener words first, ``re`` looks only where one begins."""
    openers = load_resources(lang).entity_words.get("sentence_openers", ())
    if not openers:
        return re.compile(r"(?!)")
    words = "|".join(sorted(map(re.escape, openers)))
    name = r"([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)"
    # After an opener the closing comma may be missing (`Sementara itu, Sarji, mantan Kades X menyampaikan`).
    noun = r"([a-z]+)\b"
    return re.compile(rf"(?:{words}),?[ \t]+{name},[ \t]+{noun}")


#: A capital opening a line, or after `.`, `!` or `?` and a space or tab: the only places where the
#: three patterns of :func:`names_in_apposition` can match (see :func:`_sentence_capitals`).
_LINE_CAPITAL = re.compile(r"\n(?=[A-Z])")
_SENTENCE_CAPITAL = re.compile(r"[.!?][ \t](?=[A-Z])")


def _sentence_capitals(text: str) -> list[int]:
    """Where a capital (A-Z) opens the text or a line, or follows `.`, `!` or `?` and a space or tab,
    in text order. Two scans that ``re`` runs by a literal or a three-character class, instead of
    each pattern tried at every capital of the text and rejected by its look-behinds."""
    starts = [match.end() for match in _LINE_CAPITAL.finditer(text)]
    starts += [match.end() for match in _SENTENCE_CAPITAL.finditer(text)]
    if text and "A" <= text[0] <= "Z":
        starts.append(0)
    starts.sort()
    return starts


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can match only at ``starts``: each start is
    tried in turn, from the end of the last match on."""
    at = 0
    for start in starts:
        if start >= at and (match := pattern.match(text, start)) is not None:
            yield match
            at = match.end()


def _after_opener_matches(lang: str, text: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of `_after_opener` that open a line or follow `.`, `!` or `?` and a space or
    tab, as ``finditer`` gives them (a match elsewhere is skipped and the search goes on from its
    next character, not from its end). With ``starts`` (:func:`_sentence_capitals`) only those are
    tried, when every opener begins with a capital A-Z."""
    if starts is not None and _openers_capitalised(lang):
        yield from _matches_at(_after_opener(lang), text, starts)
        return
    pattern, at = _after_opener(lang), 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        if start == 0 or text[start - 1] == "\n" or (start >= 2 and text[start - 1] in " \t" and text[start - 2] in ".!?"):
            yield match
            at = match.end()
        else:
            at = start + 1


@cache
def _openers_capitalised(lang: str) -> bool:
    """Whether every sentence opener begins with a capital A-Z (then its matches start at one)."""
    return all("A" <= opener[:1] <= "Z" for opener in load_resources(lang).entity_words.get("sentence_openers", ()))


def _name_end(s: EntityState, first: int, *, after_role: bool = True) -> int | None:
    """Where the name of one to three words opening at ``first`` ends, when every word may be part of
    a name and (after a role) a comma, a small word that is no joiner, or the text's end follows."""
    end = first
    while end < s.n and end - first < MAX_WORDS and (end == first or s.joined(end - 1, end)):
        if not _name_word(s, end):
            break
        end += 1
    if end == first or not after_role:
        return end if end > first else None
    if end >= s.n:
        return end
    gap, word = s.tokens.gap(end - 1, end), s.word(end)
    if gap.startswith(","):
        # `, Komarudin, mengatakan`, `, Marwansyah, S.I.P.`, `, Wagimin, Rabu`; not `, Gondangdia, Jakarta`
        return end if not word[:1].isupper() or _degree_at(s, end) or _is_day_name(word, s.analysis.lang) else None
    return end if gap == " " and word[:1].islower() and word not in JOINERS else None


def _degree_at(s: EntityState, k: int) -> bool:
    match = s.lex.titles.match(s.tokens, k)
    return bool(match) and degree(s, k, match[0])


def _name_word(s: EntityState, k: int) -> bool:
    """A capitalised word no list knows and no rule has taken: no common word of the text, no
    title, role, head, organisation word or place."""
    if not s.cap_word(k):
        return False
    word = s.word(k)
    if not _NAME_WORD.fullmatch(word) or word.lower() in s.lower_words or word.lower() in _not_name_words(s.analysis.lang):
        return False
    lex = s.lex
    return not (s.is_head(k) or s.gazetteer(k) or lex.titles.match(s.tokens, k) or word in lex.org_tails)


def _after_role(s: EntityState, comma: int, heads: frozenset[str]) -> bool:
    """Whether the words before ``comma`` on its line are a role: a role's first word, then only
    capitalised words and joiners (`Kasi Pencegahan dan Pengendalian Penyakit Dinas Kesehatan X`)."""
    line_start = s.text.rfind("\n", 0, comma) + 1
    before = s.text[line_start:comma].split()[-ROLE_WINDOW:]
    if before and before[-1].lower() in LOCAL:
        before.pop()  # `Ketua RT setempat, Jafar, ...`
    for word in reversed(before):
        if word in heads:
            return True
        if not (word[:1].isupper() or word in JOINERS):
            return False
    return False


#: Words after a person noun that point to others of the kind (`Pedagang lainnya, Jauhari, ...`).
OTHERS = frozenset({"lainnya", "lain", "other", "another"})
#: `setempat` ('local') after a role or person noun (`Ketua RT setempat, Jafar,`, `warga setempat, Budi,`).
LOCAL = frozenset({"setempat"})


def _after_person_noun(s: EntityState, comma: int) -> bool:
    """`Pedagang lainnya, Jauhari, juga ...`, `seorang warga, Sutrisno, ...`: a person noun (maybe
    with `lainnya`) right before the comma names the person after it; so does one counted by a
    quantifier earlier in the clause, whatever follows it (`salah seorang pedagang di Pasar X, Anto`)."""
    before = s.text[max(0, comma - 40) : comma].split()
    if before and before[-1].lower() in OTHERS | LOCAL:
        before.pop()
    if bool(before) and before[-1].lower() in coref_words()["person_heads"]:
        return True
    return _quantified_person_before(s, comma)


def _person_at_place_before(s: EntityState, comma: int) -> bool:
    """`pembeli di Pasar Gede, Tini, ...`: a person noun, a preposition of ``person_place_prepositions``
    (entity words) and capitalised place words right before the comma (the caller checks that a
    second comma closes the name)."""
    clause = s.text[max(0, comma - QUANTIFIED_WINDOW) : comma]
    match = _person_at_place(s.analysis.lang).search(clause)
    return match is not None and match.group(1).lower() in coref_words()["person_heads"]


@cache
def _person_at_place(lang: str) -> re.Pattern[str]:
    """A word, `lainnya` maybe, a preposition of ``person_place_prepositions`` and one to four
    capitalised words at the end."""
    words = load_resources(lang).entity_words.get("person_place_prepositions", ())
    if not words:
        return re.compile(r"(?!)")
    alternation = "|".join(sorted(map(re.escape, words)))
    return re.compile(rf"\b(\w+)(?:[ \t]+lainnya)?[ \t]+(?:{alternation})[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,3}}$")


#: How far before the comma a counted person noun may open its description (`salah seorang pedagang
#: cabai di Pasar Raya X`).
QUANTIFIED_WINDOW = 80


def _quantified_person_before(s: EntityState, comma: int) -> bool:
    """Whether the clause before ``comma`` (back to a comma, a quotation mark or a line start) holds
    a quantifier of ``apposition_quantifiers`` and a person noun: `kata salah seorang pedagang
    telur, Hari`. The description is indefinite, so the capitalised words after the comma name it."""
    start = max(0, comma - QUANTIFIED_WINDOW)
    clause = s.text[start:comma]
    cut = max(clause.rfind(mark) for mark in (",", "\n", "\u201d", '"', ".", ";"))
    match = _quantified_person(s.analysis.lang).search(clause, cut + 1)
    return match is not None and match.group(1).lower() in coref_words()["person_heads"]


@cache
def _quantified_person(lang: str) -> re.Pattern[str]:
    """A quantifier of ``apposition_quantifiers`` (entity words) and the word after it."""
    words = _quantifier_alternation(lang)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{words})[ \t]+(\w+)", re.IGNORECASE)


@cache
def _role_heads(lang: str) -> frozenset[str]:
    """First words of the capitalised roles of ``lang`` (`Kepala`, `Kasi`, `Ketua`)."""
    return frozenset(entry.split()[0] for entry in load_resources(lang).roles if entry[:1].isupper())


def _quantifier_alternation(lang: str) -> str:
    """The quantifiers of ``apposition_quantifiers`` (`salah satu`, `seorang`) as one regex
    alternation, for the two patterns that read them; empty when the language has none."""
    return "|".join(sorted(map(re.escape, load_resources(lang).entity_words.get("apposition_quantifiers", ()))))
