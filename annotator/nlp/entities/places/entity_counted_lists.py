"""Indonesian: the places of a list that a counted place noun announces (`tiga desa, yakni A, B dan
Desa C`, `Ketiga Distrik itu adalah A, B dan Distrik C`; id_ents13). An item of such a list that no
rule took is a place, however unknown the name: the page has just said that it lists places. The
count before the noun (``count_words``, a number, or a collective such as `Ketiga`) keeps out a
role's `Kepala desa adalah X`; the openers are ``place_list_openers`` (``id/entity_words.toml``)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: Words between the counted place noun and the list's opener (`kecamatan terdampak yakni`).
MAX_GAP = 3
#: The most items read after one opener.
MAX_ITEMS = 12


def counted_place_lists(s: EntityState) -> None:
    """Tag the untagged capitalised items of every list announced by a counted place noun."""
    openers = s.words.place_list_openers
    if not openers:
        return
    indices = s.tokens.indices_of(openers)
    types = {word.lower() for word in s.res.place_types} if indices else set()
    for opener in indices:
        if announced_by_counted_place(s, opener, types):
            items = list_items(s, opener + 1)
            if len(items) >= 2:
                for first, last in items:
                    if all(s.free(k) for k in range(first, last + 1)):
                        s.add(first, last, "GPE", rule="counted_place_list")


def announced_by_counted_place(s: EntityState, opener: int, types: set[str]) -> bool:
    """A place noun (one of ``types``, in small letters) with a count before it stands a few words
    before ``opener``, in its sentence."""
    for k in range(opener - 1, max(0, opener - 1 - MAX_GAP) - 1, -1):
        if not s.joined(k, k + 1) and s.tokens.gap(k, k + 1) != ", ":
            return False
        if s.word(k).lower() in types:
            count = s.word(k - 1)
            return k > 0 and s.joined(k - 1, k) and (count.lower() in s.words.count_words or count.isdigit())
    return False


def list_items(s: EntityState, start: int) -> list[tuple[int, int]]:
    """The items (first and last word) of a list of capitalised names from ``start``, joined by
    commas and a final `dan` or `serta` (``name_list_joiners``); a short form in brackets after an
    item is skipped. Empty when the words there are no such list."""
    items: list[tuple[int, int]] = []
    k = start
    while k < s.n and len(items) < MAX_ITEMS:
        last = item_end(s, k)
        if last is None:
            break
        items.append((k, last))
        if k > start and s.word(k - 1) in s.words.name_list_joiners:
            break  # the item after `dan` closes the list (`..., dan C, Budi mengatakan`)
        k = last + 1
        if s.text[s.tokens.tokens[last].end : s.tokens.tokens[last].end + 2] == " (":
            k += 1  # `Tanah Laut (Tala), ...`: the short form's word
        gap = s.tokens.gap(k - 1, k).strip(" )")
        if k < s.n and s.word(k) in s.words.name_list_joiners and gap in ("", ","):
            k += 1
        elif gap != ",":
            break
    return items


def item_end(s: EntityState, k: int) -> int | None:
    """The last word of the list item at ``k``: a mention found there, or a run of capitalised
    words; None when word ``k`` opens neither."""
    if k >= s.n:
        return None
    at = s.tokens.tokens[k].start
    for mention in s.found:
        if mention.start == at:
            return s.tokens.last_ending_at_or_before(mention.end)
    if not s.cap_word(k):
        return None
    while k + 1 < s.n and s.joined(k, k + 1) and s.cap_word(k + 1):
        k += 1
    return k
