"""A unit spelt out inside a role and the body it belongs to are one ORG (`Kepala Bidang
Distribusi Dinas Perdagangan Kota X`, `Kepala Pusat Data, Informasi dan Humas BNPB`): the shared
guidelines take sub-units into the longest official name, and the real pages' gold does the same.
Only a unit word that is written out counts (``written_units`` of ``entity_words.toml``); a unit
folded into an abbreviated title (`Kabid Humas Polda X`) leaves the body alone."""

from __future__ import annotations

from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.entity_state import EntityState

#: The most words between a unit word and its body (`Pengendalian Operasi Penanggulangan Bencana`).
MAX_UNIT_WORDS = 8


def unit_start(s: EntityState, k: int, role_end: int) -> int | None:
    """Where a written unit opens at word ``k`` of a role: ``k`` itself (`Kepala | Bidang ...`), or
    the last word of the role just matched when that is the unit word (`Kepala Seksi | ...`)."""
    if s.word(k) in s.words.written_units:
        return k
    if k == role_end and s.word(k - 1) in s.words.written_units:
        return k - 1
    return None


def unit_of_body(s: EntityState, unit: int, k: int) -> int | None:
    """From the unit word at ``unit``, its name's words from ``k`` on and the body after them
    (an organisation head or a known organisation): adds one ORG over all of it and returns the
    word after it, or None (no body follows: `Deputi Bidang Statistik X`)."""
    lex = s.lex
    j = k if k > unit else unit + 1
    while j < s.n and j - unit <= MAX_UNIT_WORDS:
        if not (s.joined(j - 1, j) or (s.tokens.gap(j - 1, j) == ", " and j - 1 > unit)):
            return None
        if j - 1 > unit:  # at least one word names the unit
            gaz = s.gazetteer(j)
            if gaz and gaz[1] == "ORG" and s.free(j):
                end = bodies.known_organisation(s, j, gaz[0])
                return _open_at(s, unit, end)
            if lex.org_heads.match(s.tokens, j) and s.free(j):
                end = bodies.organisation(s, j, in_role=True)
                return _open_at(s, unit, end) if end else None
        word = s.word(j)
        if word in s.words.role_joiners and s.cap_word(j + 1):
            j += 1
            continue
        if not s.cap_word(j) or lex.titles.match(s.tokens, j) or lex.roles.match(s.tokens, j):
            return None  # a rank or a role: the name follows, no body was named
        j += 1
    return None


def _open_at(s: EntityState, unit: int, end: int) -> int | None:
    """Open the ORG just added (ending before ``end``) at the unit word."""
    latest = s.latest(1)
    if not latest or latest[0].label != "ORG" or latest[0].end != s.tokens.tokens[end - 1].end:
        return None
    latest[0].start = s.tokens.tokens[unit].start
    return end
