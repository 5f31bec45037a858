"""Long comma lists of places (`di Kecamatan Sukamaju, Tanah Abang, Mekar Sari, Bukit Tinggi`):
a comma alone may also put a person's name in apposition after a place (`di Jakarta, Yuliana
Sembiring, ...`), so a capitalised run after a comma is only taken for the list's next place when
two places already stand in the list, the first headed by a place type (`Kecamatan`, `Desa`), or
when the list both opens and closes with a typed place (`Desa X, Y, Z, dan Desa W`) or with
places found or known (`Katingan Hilir, Y, Z, dan Tasik Payawan`), or when the words before the
list announce places (`di desa X, Y, dan Z`, `meliputi Kecamatan X, Y, Z`)."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: How far back the list's first place is looked for.
MAX_ITEMS = 12


def long_place_list(s: EntityState, index: int) -> bool:
    """Whether the run at ``index`` follows, after a comma, at least two places listed with commas
    between them, the first of which starts with a place type and another does not, and the list
    goes on after the run (a comma or `dan`)."""
    if index < 1 or s.tokens.gap(index - 1, index) != ", ":
        return False
    chain = []
    offset = s.tokens.tokens[index - 1].end
    for mention in reversed(s.latest(MAX_ITEMS)):
        if mention.label not in ("GPE", "LOC") or mention.end != offset:
            break
        chain.append(mention)
        if s.text[mention.start - 2 : mention.start] != ", ":
            break
        offset = mention.start - 2
    if len(chain) < 2:
        return False
    heads = [s.text[m.start : m.end].split(" ", 1)[0] in s.res.place_types for m in chain]
    if not heads[-1] or all(heads):
        return False  # `warga Kecamatan X, Kabupaten Y, Budi ...`: a hierarchy of places, then a name
    end = s.cap_run_last(index)
    return s.text.startswith((",", " dan "), s.tokens.tokens[end].end)  # the list goes on


#: A capitalised run of one to four words (a list item).
_ITEM = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}"
#: The items before the run, back to the list's first, which must open with a word (its type).
_ITEMS_BEFORE = re.compile(rf"\b([A-Z]\w*)(?: [A-Z][\w'-]*){{0,3}}(?:, {_ITEM}){{0,{MAX_ITEMS}}}, $")
#: The items after the run, up to the last after `dan`/`serta`: its first word (a type, or a
#: known place's first word) and, when the item goes on, the capital after it.
_ITEMS_AFTER = re.compile(rf"(?:, {_ITEM}){{0,{MAX_ITEMS}}},? (?:dan|serta) ([A-Z]\w*)( [A-Z])?")


def framed_place_list(s: EntityState, index: int) -> bool:
    """Whether the run at ``index`` is an inner item of a comma list whose first and last items
    are places: each opens with a place type (`Desa Sukamaju, Cibeber, Pasirkembang, dan Desa
    Mekarsari`; id_entcount1), or the first is a place found already and the last a place the
    gazetteer knows (`Banjir melanda Katingan Hilir, Bente Jaya, dan Tasik Payawan`; id_lists3):
    the items between are places of the list even before two of them stand."""
    if index < 1 or s.tokens.gap(index - 1, index) != ", ":
        return False
    end = s.cap_run_last(index)
    after = _ITEMS_AFTER.match(s.text, s.tokens.tokens[end].end)  # the cheap side first: one position
    typed_last = after is not None and after.group(2) is not None and after.group(1) in s.res.place_types
    known_last = after is not None and not typed_last and _known_place_at(s, after.start(1))
    if not (typed_last or known_last) and _GOES_ON.match(s.text, s.tokens.tokens[end].end) is None:
        return False
    start = s.tokens.tokens[index].start
    before = _ITEMS_BEFORE.search(s.text, max(0, start - 400), start)
    if before is None:
        return False
    first_typed = before.group(1) in s.res.place_types
    if (typed_last and first_typed) or ((typed_last or known_last) and _found_place_at(s, before.start(1))):
        return True
    return announced_list(s, s.tokens.first_at_or_after(before.start(1)))


#: The next item of a list right after its first (`, Bogor`): its first word.
_NEXT_ITEM = re.compile(r", ([A-Z])")


def first_of_known_list(s: EntityState, index: int) -> bool:
    """Whether the run at ``index`` opens a comma list whose next item and last item (after
    `dan`/`serta`) are places the gazetteer knows (`Banjir merendam Bente Jaya, Bogor, Depok dan
    Tapos`): the first item is a place of the list too (id_lists3)."""
    end = s.tokens.tokens[s.cap_run_last(index)].end
    following = _NEXT_ITEM.match(s.text, end)  # the cheap side first: a comma right after the run
    if following is None or not _known_place_at(s, following.start(1)):
        return False
    after = _ITEMS_AFTER.match(s.text, end)
    return after is not None and after.start(1) > following.start(1) and _known_place_at(s, after.start(1))


def _known_place_at(s: EntityState, offset: int) -> bool:
    """Whether a place the gazetteer knows (GPE or LOC) opens at character ``offset``."""
    known = s.gazetteer(s.tokens.first_at_or_after(offset))
    return known is not None and known[1] in ("GPE", "LOC")


def _found_place_at(s: EntityState, offset: int) -> bool:
    """Whether a GPE or LOC found already opens at character ``offset`` (the list's first item)."""
    return any(m.start == offset and m.label in ("GPE", "LOC") for m in s.latest(MAX_ITEMS + 2))


#: The list goes on after an item: a comma or `dan`/`serta`, then a capitalised word.
_GOES_ON = re.compile(r"(?:,|,? dan|,? serta) [A-Z]")


def announced_first_item(s: EntityState, index: int) -> bool:
    """Whether the run at ``index`` opens a list of villages after a list opener (`sejumlah desa
    yakni X, Y, dan Z`: ``X``), the list going on after it (id_lists2)."""
    if s.word(index - 1).lower() not in s.words.place_list_openers:
        return False
    end = s.cap_run_last(index)
    return _GOES_ON.match(s.text, s.tokens.tokens[end].end) is not None and announced_list(s, index)


def announced_list(s: EntityState, first: int) -> bool:
    """Whether the words before a list's first item (at ``first``) say that it lists villages or
    districts (id_lists2): a village type in small letters (`di desa X, Y, dan Z`, `kelurahan X, Y,
    Z`), that type and a list opener (`sejumlah desa yakni X, Y, dan Z`), or an opener before a
    typed first item (`meliputi Kecamatan X, Y, Z`). Not after a role or a resident's noun
    (`kepala desa X, Budi, dan Rudi`, `warga desa X, Budi, ...`): then the items are people."""
    if first < 1 or s.tokens.gap(first - 1, first) not in (" ", ", "):
        return False
    before = s.word(first - 1).lower()
    if before in s.words.place_list_openers:
        if s.word(first) in s.words.village_types:
            return True  # `meliputi Kecamatan X, Y, Z`
        type_at = first - 2
    else:
        type_at = first - 1
    if type_at < 1 or s.tokens.gap(type_at, type_at + 1) not in (" ", ", ") or not s.joined(type_at - 1, type_at):
        return False
    if s.word(type_at).capitalize() not in s.words.village_types or not s.word(type_at).islower():
        return False
    head = s.word(type_at - 1).lower()
    return head.capitalize() not in s.words.place_heads and head not in s.words.resident_nouns
