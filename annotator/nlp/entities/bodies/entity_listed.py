"""A listed company's name ends at `Tbk` (`PT Mitra Karya Abadi Tbk Budi Santoso`): a `named`
organisation head takes any capitalised words after it, so without this the person named after
the company (its director) ran into the ORG. The words come from ``company_endings`` of
``entity_words.toml`` (Indonesian: `Tbk`)."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: A full stop and spaces only, as after `PT` in `PT. Kaltim Prima Coal`.
_STOP_GAP = re.compile(r"\.[ \t]+")


def cut_at_ending(s: EntityState, after_head: int, end: int) -> int:
    """The index after the first company ending among words ``after_head``..``end - 1`` (``end``
    when there is none, or when the ending is the last word anyway)."""
    endings = s.words.company_endings
    if not endings:
        return end
    for k in range(after_head, end - 1):
        if s.texts[k] in endings:
            return k + 1
    return end


#: A listed company's name without `PT` has at most this many words before its ending.
MAX_NAME_WORDS = 5


def company_after_role(s: EntityState, k: int) -> int | None:
    """`Direktur Utama Mitra Karya Abadi Tbk Budi Santoso`: capitalised words from ``k`` that end in a
    company ending are the company (added as ORG); returns the index after it, or None."""
    endings = s.words.company_endings
    if not endings or s.word(k) in endings:
        return None
    j = k
    while j < s.n and j - k <= MAX_NAME_WORDS and s.cap_word(j) and (j == k or s.joined(j - 1, j)):
        if s.texts[j] in endings:
            start = k
            while (portfolio := s.lex.portfolio.match(s.tokens, start)) and portfolio[0] < j:
                start = portfolio[0]  # `Direktur Keuangan Bank Nusantara Tbk`: the role's portfolio first
            if j == start or s.lex.org_heads.match(s.tokens, start):
                return None  # `PT X Tbk`: the organisation head's own rule reads it
            s.add(start, j, "ORG")
            return j + 1
        j += 1
    return None


def dotted_head_goes_on(s: EntityState, head: int) -> bool:
    """`PT. Kaltim Prima Coal`, `CV. Maju Bersama`: a company head (``dotted_company_heads`` of
    ``entity_words.toml``) written with a full stop still opens the capitalised name after it."""
    return (
        s.word(head) in s.words.dotted_company_heads
        and head + 1 < s.n
        and s.free(head + 1)
        and s.tokens.tokens[head + 1].is_cap  # a stop word may open the name (`PT. Sumber Alam`)
        and _STOP_GAP.fullmatch(s.tokens.gap(head, head + 1)) is not None
    )


def company_opens(s: EntityState, k: int) -> bool:
    """`Manajer Humas PT Sinar Jaya`: a company opener (``company_openers``) before a capitalised word
    starts the company's own name, so a role's portfolio words end before it."""
    return k + 1 < s.n and s.word(k) in s.words.company_openers and s.free(k + 1) and s.tokens.tokens[k + 1].is_cap
