"""A role's short title in brackets after its long form (`Direktur Jenderal Pelayanan Kesehatan
(Dirjen Yankes) Kementerian Kesehatan X`): the word after the short role is the portfolio's
abbreviation, not a person's name, though a role is otherwise followed by a name. Unknown
capitalised words between the role and the closing bracket are held when a capitalised long form
stands right before the bracket; a known body or place there keeps its entity (`(Menteri BUMN)`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: At most this many words of a portfolio abbreviation (`Yankes`, `Perekonomian`, `P2P`).
MAX_WORDS = 2


def bracketed_short_title(s: EntityState, index: int, k: int) -> int | None:
    """With a role at words ``index``..``k - 1`` right after `(`, the index after the unknown words
    that close the bracket; None when the role is not bracketed that way."""
    if index == 0 or s.tokens.gap(index - 1, index) != " (":
        return None
    if not s.tokens.tokens[index - 1].is_cap:
        return None  # `bilang bapak (Presiden Jokowi)`: no long form before the bracket, a name in it
    if " ".join(s.texts[index:k]) in s.words.regional_roles:
        return None  # `(Kepala Desa Sukamaju)`: a regional role's place follows it
    j = k
    while j < s.n and j - k < MAX_WORDS and s.cap_word(j) and s.joined(j - 1, j) and not s.gazetteer(j):
        j += 1
    if j == k or s.tokens.gap(j - 1, j)[:1] != ")":
        return None
    s.block(index, j - 1)
    return j
