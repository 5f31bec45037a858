"""A district or village written beside its regency (`Warga Wonosari Kebumen`, `Desa X, Ngamprah,
Kabupaten Bandung Barat`): two places, each a GPE. One-word districts and villages are left out of
the gazetteer (too often personal names or common words); next to their own regency, as
``areaid`` records it, they are places."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import local_area_names, local_areas
from annotator.nlp.text.patterns import bounded_spans


def regency_at(s: EntityState, k: int) -> tuple[str, int] | None:
    """The regency or city named from word ``k`` (with or without its type word) and where it ends."""
    first = k + 1 if s.word(k) in ("Kabupaten", "Kota", "Kab") else k
    match = s.lex.gazetteer.match(s.tokens, first)
    if not match or match[1] != "GPE":
        return None
    tokens = s.tokens.tokens
    name = s.text[tokens[first].start : tokens[match[0] - 1].end]
    return (name, match[0]) if name in local_areas() else None


def split_district_and_regency(s: EntityState) -> None:
    """`Wonosari Kebumen` taken as one place: the district or village, then its regency."""
    kept: list[Mention] = []
    for mention in s.found:
        if mention.label != "GPE":
            kept.append(mention)
            continue
        first = s.tokens.first_at_or_after(mention.start)
        last = s.tokens.last_ending_at_or_before(mention.end)
        if last > first and s.word(first) not in s.res.place_types:
            for split in range(first + 1, last + 1):
                regency = regency_at(s, split)
                area_end = s.tokens.tokens[split - 1].end
                if regency and regency[1] == last + 1 and s.text[mention.start : area_end] in local_areas()[regency[0]]:
                    kept.append(Mention(mention.start, area_end, "GPE", source=mention.source, rule="local_area"))
                    start = s.tokens.tokens[split].start
                    mention = Mention(start, mention.end, "GPE", source=mention.source, rule="local_area")
                    break
        kept.append(mention)
    s.found = kept


def district_before_regency(s: EntityState) -> None:
    """`Desa Hergamanah, Ngamprah, Kabupaten Bandung Barat`: a free capitalised word between a
    place and its regency, with commas, is a district or village of that regency."""
    s.found.sort(key=lambda m: m.start)
    for previous in [m for m in s.found if m.label == "GPE"]:
        k = s.tokens.first_at_or_after(previous.end)
        if k + 1 >= s.n or s.tokens.gap(k - 1, k) != ", " or s.tokens.gap(k, k + 1) != ", " or not s.free(k):
            continue
        regency = regency_at(s, k + 1)
        if regency and s.tokens.tokens[k].is_cap and s.word(k) in local_areas()[regency[0]]:
            s.add(k, k, "GPE", rule="local_area")


#: Words a name must keep after a district split off a run after a regional role.
MIN_NAME_WORDS = 2


def area_before_name(s: EntityState, first: int, end: int) -> int | None:
    """After a role that heads a district or village (`Camat Pleret Ahmad Fauzi`): where the name
    starts, when the run from ``first`` opens with a district or village name (one or two words) and
    a name of two or more words is left; None otherwise (`Camat Ahmad Fauzi`). A place the page
    names after a place type may leave a name of one word (`Kelurahan Cempaka Indah` ... `Lurah
    Cempaka Indah Suharto`, `Desa Sukamaju` ... `Sekdes Sukamaju Rudi`)."""
    for width in (2, 1):
        split = first + width
        if end - split < 1 or not all(s.joined(k, k + 1) for k in range(first, split)):
            continue
        name = s.text[s.tokens.tokens[first].start : s.tokens.tokens[split - 1].end]
        if end - split >= MIN_NAME_WORDS and name in local_area_names():
            return split
        if named_as_area(s, first, split, elsewhere=True):
            return split
    return None


def named_as_area(s: EntityState, first: int, end: int, *, elsewhere: bool = False) -> bool:
    """Whether the text names the words ``first:end`` as a place elsewhere, after a place type
    (`Kecamatan Gondang` before `Camat Gondang`). With ``elsewhere`` the mention itself does not
    count, nor a place type of a title (`Kelurahan Cempaka Indah`, not `Wali Kota Sukamaju Darto`)."""
    name = s.text[s.tokens.tokens[first].start : s.tokens.tokens[end - 1].end]
    own = s.tokens.tokens[first].start
    for start, _end in bounded_spans(name, s.text):
        before = s.text[max(0, start - 30) : start].split()
        if len(before) >= 2 and before[-1][:1] == "(" and before[-1][-1:] == ")":
            before.pop()  # `Kepala Desa (Kades) Sukamaju`: the type before the head's short title
        if not before or before[-1] not in s.res.place_types:
            continue
        if not elsewhere or (start != own and (len(before) < 2 or before[-2] not in s.words.government_words)):
            return True
    return False
