"""Long comma lists of places (`di Kecamatan Sukamaju, Tanah Abang, Mekar Sari, Bukit Tinggi`):
a comma alone may also put a person's name in apposition after a place (`di Jakarta, Yuliana
Sembiring, ...`), so a capitalised run after a comma is only taken for the list's next place when
two places already stand in the list, the first headed by a place type (`Kecamatan`, `Desa`)."""

from __future__ import annotations

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
    end = index
    while end + 1 < s.n and s.joined(end, end + 1) and s.tokens.tokens[end + 1].is_cap:
        end += 1
    return s.text.startswith((",", " dan "), s.tokens.tokens[end].end)  # the list goes on
