"""A body's name written out before its acronym in brackets, when no rule read the name as one
ORG: `Shiromani Akali Dal (SAD)`, `Punjab Lok Congress (PLC)`, `Pakistan Tehreek-e-Insaf (PTI)`.
The capitalised words right before the bracket whose initials spell the acronym are the ORG
(a place or a person read at their start gives way), and the acronym is an ORG too.

A person's name before initials (`Susilo Bambang Yudhoyono (SBY)`), a region (`National Capital
Region (NCR)`) or an order (`Movement Control Order (MCO)`) is no body: the run is taken only
when the acronym is already an ORG, the run ends in a party's word (``long_form_tails``) or an
ORG the scan found ends it (`Zambia Congress of Trade Unions (ZCTU)`, read as a place and a body:
en_orgs3 round).
In Indonesian only a run opened by a team's word (``long_form_heads``: `Tim Pengendali Inflasi
Daerah (TPID)`, `Tim Percepatan Penurunan Stunting (TPPS)`; id_lists3 round) is taken: capitalised
terms with an acronym there are mostly no bodies (`Bahan Bakar Minyak (BBM)`, `Aparatur Sipil
Negara (ASN)`), and the scan reads bodies opened by an organisation head already.
After the scan, before the defined acronyms spread (``acronyms_in_parentheses``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from annotator.nlp.entities.bodies.entity_bodies import role_word
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml
from annotator.nlp.text.brackets import CLOSE, OPEN
from annotator.nlp.text.patterns import whole_word_spans

#: `(SAD)`, `(PLC)`: three to six capitals in brackets.
BRACKETED = re.compile(rf"{OPEN}([A-Z]{{3,6}}){CLOSE}")
#: `, CASER,`: three to six capitals between commas, right after the name (en_ents14 round).
BETWEEN_COMMAS = re.compile(r",[ \t]+([A-Z]{3,6}),")
#: Small words inside a body's name that give no letter to its acronym.
JOINERS = {"of", "and", "for", "the", "on", "&", "e", "i", "ul", "al", "dan", "untuk"}
#: How many words before the bracket a name may start.
MOST_WORDS = 9


@lru_cache(maxsize=4096)
def _initials(text: str) -> str:
    return "".join(piece[0] for piece in re.split(r"[\s\-]+", text) if piece and piece not in JOINERS)


def letters_in_order(letters: str, word: str) -> bool:
    """Whether every letter of ``letters`` is found in ``word`` in the same order (others may lie between)."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def written_with_its_acronym(name: str, acronym: str) -> bool:
    """Whether ``acronym`` (capitals) is the acronym of the body's name ``name``: the initials of
    its words spell it (`Zambia Revenue Authority` / `ZRA`), or they are read in it in order with
    more letters of the first word (`Zimbabwe Revenue Authority` / `ZIMRA`)."""
    initials = _initials(name)
    if len(initials) < 2 or not initials.isupper() or acronym[:1] != initials[:1]:
        return False
    if acronym == initials:
        return True
    return len(acronym) > len(initials) and letters_in_order(initials, acronym)


def _defined_acronyms(s: EntityState) -> Iterator[re.Match[str]]:
    """Each acronym in brackets after a space (`Dal (SAD)`) or between commas right after a word
    (`Rights, CASER, said`), as a match whose group 1 is the acronym."""
    text = s.text
    for pattern, gap in ((BRACKETED, str.isspace), (BETWEEN_COMMAS, lambda between: between == "")):
        for match in pattern.finditer(text):
            mark = s.tokens.first_at_or_after(match.start())
            if not 0 < mark < s.n or s.tokens.tokens[mark - 1].end > match.start():
                continue
            if gap(text[s.tokens.tokens[mark - 1].end : match.start()]):
                yield match


def long_forms_before_acronyms(s: EntityState) -> None:
    """`Shiromani Akali Dal (SAD)`, `Citizens Advocacy for Social and Economic Rights, CASER,`: the
    written-out name before a defined acronym is one ORG, and the acronym too."""
    for match in _defined_acronyms(s):
        acronym = match.group(1)
        last = s.tokens.first_at_or_after(match.start()) - 1
        start_index = _run_start(s, last, acronym)
        if start_index is None:
            continue
        start, end = s.tokens.tokens[start_index].start, s.tokens.tokens[last].end
        inside = s.found_within(start, end)
        if inside is None:
            continue  # a longer entity holds part of the run
        if any(m.label == "ORG" and m.start == start and m.end == end for m in inside):
            continue  # read already
        acronym_mentions = [m for m in s.found if m.start < match.end(1) and match.start(1) < m.end]
        acronym_is_org = any(m.label == "ORG" for m in acronym_mentions)
        body_ends_run = any(m.label == "ORG" and m.end == end for m in inside)
        if s.analysis.lang == "id":
            if match.re is BETWEEN_COMMAS or s.word(start_index) not in long_form_heads(s.analysis.lang):
                continue  # `Bahan Bakar Minyak (BBM)`: a term, no body
        elif not (
            acronym_is_org
            or body_ends_run
            or _body_word(s, last)
            or (match.re is BETWEEN_COMMAS and _purpose_joined(s, start_index, last))
        ):
            continue  # `Zambia Congress of Trade Unions (ZCTU)`: the scan's body ends the run, a place opens it
        for mention in inside:
            s.found.remove(mention)
        s.add(start_index, last, "ORG", rule="acronym_long_form")
        if s.analysis.lang == "id":
            _long_form_again(s, start, end)  # `terima kasih kepada Tim Pengendali Inflasi Daerah atas ...`
        first = s.tokens.first_at_or_after(match.start(1))
        final = s.tokens.last_ending_at_or_before(match.end(1))
        if not acronym_mentions and first <= final:
            s.add(first, final, "ORG", start=match.start(1), end=match.end(1), rule="acronym_long_form")


def _long_form_again(s: EntityState, start: int, end: int) -> None:
    """The team's name written out again later without its acronym (id_lists3): the same ORG,
    where its words are free."""
    for again, again_end in whole_word_spans(s.text[start:end], s.text, end):
        first = s.tokens.first_at_or_after(again)
        last = s.tokens.last_ending_at_or_before(again_end)
        if first <= last and all(s.free(k) for k in range(first, last + 1)):
            s.add(first, last, "ORG", rule="acronym_long_form")


def _run_start(s: EntityState, last: int, acronym: str) -> int | None:
    """The word where the capitalised run ending at ``last`` starts so that its initials spell
    ``acronym``, or None."""
    text = s.text
    end = s.tokens.tokens[last].end
    k = last
    while k >= 0 and last - k < MOST_WORDS:
        word = s.word(k)
        if k < last and s.tokens.gap(k, k + 1) not in ("", " ", "-"):
            return None
        if word[:1].isupper():
            spelled = _initials(text[s.tokens.tokens[k].start : end])
            if spelled == acronym:
                return k
            if len(spelled) > len(acronym) or not acronym.endswith(spelled):
                return None
        elif word not in JOINERS and word != "-":
            return None
        k -= 1
    return None


def _body_word(s: EntityState, last: int) -> bool:
    """Whether the run's last word ends a party's or a movement's name (``long_form_tails``:
    `Congress`, `Dal`): `National Capital Region (NCR)`, `Movement Control Order (MCO)` and
    `Real Estate Investment Trust (REIT)` name no body."""
    return s.word(last) in long_form_tails(s.analysis.lang)


#: Small words that join a body's name to its purpose or its parent (`Citizens Advocacy for Social
#: and Economic Rights`, `Bureau of Public Procurement`); a person's name, a region or an order has none.
PURPOSE_JOINERS = frozenset({"of", "for"})


def _purpose_joined(s: EntityState, first: int, last: int) -> bool:
    """Whether a small `of` or `for` joins the capitalised words ``first``..``last`` of a body's
    name (en_ents14 round): a rank (`Deputy Superintendent of Police`) or a law or a paper
    (`Prevention of Terrorism Act`, ``law_nouns``) before its acronym is none."""
    if role_word(s, first) or s.word(last) in s.words.law_nouns:
        return False
    return any(s.word(k) in PURPOSE_JOINERS for k in range(first + 1, last))


@cache
def long_form_tails(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("long_form_tails", []))


@cache
def long_form_heads(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("long_form_heads", []))


def acronyms_after_names(s: EntityState) -> None:
    """`the Lusaka Water Supply Authority LWSA has denied ...`: capitals right after a body's name,
    one space apart and without brackets, that spell its initials are its acronym, an ORG of its
    own (and so everywhere on the page, ``propagate_acronyms``)."""
    for mention in list(s.found):
        if mention.label != "ORG":
            continue
        k = s.tokens.first_at_or_after(mention.end)
        if k >= s.n or s.text[mention.end : s.tokens.tokens[k].start] != " " or not s.free(k):
            continue
        word = s.word(k)
        shaped = 2 <= len(word) <= 7 and word.isalpha() and word.isupper()
        if shaped and written_with_its_acronym(s.text[mention.start : mention.end], word):
            s.add(k, k, "ORG", rule="acronym_after_name")

