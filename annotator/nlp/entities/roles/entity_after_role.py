"""What may stand right after a role (``entity_roles.role``) instead of the name, or before it:
the role's own initials in brackets (`Station House Officer (SHO)`), a unit written out before its
acronym, the place a regional role heads (`Camat Cipatat, Rudi Hartono`) and the last portfolio
word before the name (`Deputi Bidang Statistik Distribusi dan Jasa X`)."""

from __future__ import annotations

import re

from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import name_run, prefixed_name, valid_name


def unit_before_acronym(s: EntityState, index: int, k: int) -> None:
    """`Kepala Bidang Profesi dan Pengamanan (Propam) Polda X`: a unit written out (``written_units``)
    after the role's head and before its own defined acronym is an ORG of its own, as the real
    gold has it (the body after the acronym is another)."""
    start, end = s.tokens.tokens[index].start, s.tokens.tokens[k - 1].end
    if s.pending is not None and any(m.start < end and start < m.end for m in s.pending.mentions):
        return  # the role's chain has tagged its unit already (`Kepala Biro Sumber Daya Manusia`)
    if s.word(index) in s.words.ministers:
        return  # `Menteri Koordinator Bidang Perekonomian (Menko Perekonomian)`: a minister's portfolio, no unit
    for j in range(index + 1, k - 1):
        if s.word(j) in s.words.written_units and s.tokens.tokens[j].is_cap:
            s.add(j, k - 1, "ORG")
            return


def portfolio_pair_end(s: EntityState, k: int, end: int) -> int | None:
    """After a role's portfolio words, `X dan Y First Last`: X and Y close the portfolio and the name
    follows Y (one word before `dan`, three capitalised words or more after it). Returns where the
    name starts."""
    if end != k + 1 or s.word(k - 1) not in s.portfolio_words or s.text[s.tokens.tokens[end - 1].end :][:5] != " dan ":
        return None
    second = end + 1
    if not (s.cap_word(second) and s.joined(end, second)) or s.is_head(second):
        return None
    second_end = name_run(s, second)
    if second_end - second < 3 or not valid_name(s, second + 1, second_end):
        return None
    return second + 1


def regional_role(s: EntityState, index: int) -> bool:
    """A role that heads a place (`Camat`, `Bupati`, `Wali Kota`, `Mayor`): a place may follow it."""
    match = s.lex.roles.match(s.tokens, index)
    return (
        bool(match) and s.text[s.tokens.tokens[index].start : s.tokens.tokens[match[0] - 1].end] in s.words.regional_roles
    )


def larger_place_follows(s: EntityState, end: int) -> bool:
    """`Kades Sukamaju Kecamatan Cibadak`: the run before ``end`` is followed by a place type and its
    name, so the run is the place the role heads (a person's name is not followed by a district)."""
    return (
        end + 1 < s.n
        and s.word(end) in s.res.place_types
        and s.tokens.gap(end - 1, end) == " "
        and s.tokens.gap(end, end + 1) == " "
        and s.cap_word(end + 1)
    )


def name_in_apposition(s: EntityState, end: int) -> bool:
    """`, Rudi Hartono,` after the run ending before ``end``: a name of two or more words between
    commas, or of one word before a small-letter word that opens no list (`, Darmawan, mengatakan`),
    so the run before it is the role's place, not the person."""
    if s.tokens.gap(end - 1, end) != ", " or not s.cap_word(end) or bodies.role_word(s, end):
        return False
    name_end = name_run(s, end)
    if name_end - end == 1 and s.tokens.gap(end, end + 1) == ", ":
        after = s.word(end + 1)  # `Camat Slieg, Darmawan, mengatakan`: one name, then the clause
        return after[:1].islower() and after not in s.words.list_joiners and not s.gazetteer(end)
    return name_end - end >= 2 and s.tokens.gap(name_end - 1, name_end).startswith(",")


def place_run_before_name(s: EntityState, k: int, end: int) -> bool:
    """After a regional role, the run ``k``..``end - 1`` is the place the role heads, not the
    head's name: a name follows it in commas (`Camat Cipatat, Rudi Hartono,`) or a larger place
    does (`Kades Sukamaju Kecamatan Cibadak`), and no name prefix opens it."""
    return (name_in_apposition(s, end) or larger_place_follows(s, end)) and not prefixed_name(s, k, end)


def role_initials(s: EntityState, index: int, k: int) -> bool:
    """English: the capitals in brackets at word ``k`` are the initials of the role's words from
    ``index`` (`Upazila Nirbahi Officer (UNO)`, `Officer-in-Charge (OC)`), not a body's name."""
    if s.analysis.lang != "en":
        return False
    acronym = s.word(k).removesuffix("s")  # `deputy commissioners (DCs)`
    if not acronym.isupper() or not acronym.isalpha():
        return False
    role_text = s.text[s.tokens.tokens[index].start : s.tokens.tokens[k - 1].end]
    capitals = "".join(part[0] for part in re.split(r"[\s-]+", role_text) if part[:1].isupper())
    return capitals == acronym
