"""A Kenyan cabinet post by its initials with its portfolio (en_ents20 round): `Treasury CS John
Mbadi`, `CS Treasury John Mbadi`, `Interior PS Jane Wairimu`. The initials (``portfolio_title_acronyms``
of ``en/entity_words.toml``: `CS` Cabinet Secretary, `PS` Principal Secretary) are a role only
next to a listed portfolio (``portfolio.txt``), on either side; the portfolio and the initials are
no entity, the name after them is a PERSON. Alone the initials stay open (`CS Thana` is a name)."""

from __future__ import annotations

from collections.abc import Collection

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name


def _portfolio_end(s: EntityState, k: int) -> int | None:
    """Index after a capitalised listed portfolio at ``k`` (`Treasury`, `Foreign Affairs`), or None."""
    match = s.lex.portfolio.match(s.tokens, k)
    if match is None or not all(s.cap_word(i) for i in range(k, match[0])):
        return None
    return match[0]


def _post_end(s: EntityState, index: int) -> int | None:
    """Index after `<portfolio> CS` or `CS <portfolio>` opening at ``index``, or None."""
    acronyms = s.words.portfolio_title_acronyms
    if s.word(index) in acronyms:
        end = _portfolio_end(s, index + 1) if s.joined(index, index + 1) else None
        return end
    end = _portfolio_end(s, index)
    if end is not None and s.word(end) in acronyms and s.joined(end - 1, end):
        return end + 1
    return None


def portfolio_acronym_role(s: EntityState, index: int) -> int | None:
    """`Treasury CS | John Mbadi`: the post is blocked and the name after it is a PERSON; returns
    the index after the name, or None when the shape is not there."""
    if s.analysis.lang != "en" or not s.words.portfolio_title_acronyms:
        return None
    post_end = _post_end(s, index)
    if post_end is None or post_end >= s.n or not (s.cap_word(post_end) and s.joined(post_end - 1, post_end)):
        return None
    end = name_run(s, post_end)
    if end == post_end or not valid_name(s, post_end, end):
        return None
    s.block(index, post_end - 1)
    s.add(post_end, end - 1, "PERSON")
    return end


def acronym_neighbourhood(s: EntityState) -> Collection[int]:
    """The gate: each post's initials and the three words before them (where a portfolio opens)."""
    by_text = s.tokens.by_text
    words: set[int] = set()
    for text in s.words.portfolio_title_acronyms:
        for k in by_text.get(text, ()):
            words.update(range(max(0, k - 3), k + 1))
    return words
