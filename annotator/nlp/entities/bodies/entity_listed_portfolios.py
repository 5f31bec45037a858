"""The list that closes an English body's `of`-name when the tables know none of its items
(en_orgs3 round): `Ministry of Agriculture, | Animal Industry and Fisheries`, `Ministry of Tourism,
| Wildlife and Antiquities`, `National Union of Commercial, | Industrial and Allied Workers`.
Governments and unions across the Commonwealth name a ministry or a union by its portfolios or
trades, written as a list: comma-joined capitalised items, the last after `and`. The portfolio
table (``portfolio.txt``) knows the frequent items; a list whose items are unknown was cut at the
first comma, and its last words were left to the scan (a PERSON `Indigenous Medicine`).

The shape alone marks such a list: after a body's `of`-name, `, A, B and C` of capitalised common
words, closed by a small word or punctuation. An item is taken only when none of its words is a
place, a known personal name, a title, a role, a body's head or an acronym, and none is held by a
place or a body already: `the Ministry of Health, Lusaka Province and Ndola`, `the Ministry of
Finance, Zesco and Bank of Zambia` and `the Ministry of Health, Mr Banda and Ms Phiri` stay apart.
"""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: The most items a list may have after the first comma (`Community Development, Gender, Elderly
#: and Children` has three).
MOST_ITEMS = 5
#: The most capitalised words one item may have (`Educational Institutions`).
ITEM_WORDS = 3
JOINERS = frozenset({"and", "&"})
#: Labels a word may already hold and still be an item: a run of unknown capitals guessed as a name.
GUESSED = frozenset({"PERSON"})


def held_label(s: EntityState, k: int) -> str | None:
    """The label of the entity found that holds word ``k``, or None."""
    mention = held_mention(s, k)
    return mention.label if mention is not None else None


def held_mention(s: EntityState, k: int) -> Mention | None:
    """The entity found that holds word ``k``, or None."""
    token = s.tokens.tokens[k]
    for mention in s.found:
        if mention.start <= token.start < mention.end:
            return mention
    return None


def _item_word(s: EntityState, k: int) -> bool:
    """Word ``k`` may stand in a portfolio or trade: a capitalised common word that no table or
    earlier rule reads as a place, name, title, role, body head or acronym."""
    if k >= s.n:
        return False
    word = s.word(k)
    if not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha():
        return False
    lex = s.lex
    if word in lex.known_names or lex.gazetteer.match(s.tokens, k):
        return False
    if lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k) or lex.org_heads.match(s.tokens, k):
        return False
    held = held_label(s, k)
    return held is None or held in GUESSED


def _closes_item(s: EntityState, k: int) -> bool:
    """Word ``k`` can end a portfolio or a trade: a one-word portfolio (`Fisheries`, `Industry`),
    a common noun's ending (`Development`, `Workers`, `Antiquities`) or a portfolio word without
    one (``portfolio_item_words``: `Wildlife`, `Children`). A surname ends no item (`Mary Banda`)."""
    word = s.word(k)
    return (
        word in s.portfolio_words
        or word in s.words.portfolio_item_words
        or any(word.endswith(ending) for ending in s.words.common_noun_endings)
    )


def _item_end(s: EntityState, j: int, *, final: bool) -> int:
    """Index after one item from ``j`` (one to ``ITEM_WORDS`` item words joined by spaces), or
    ``j``. The list's last item must end in a word that can end a portfolio or a trade; the items
    before it may be adjectives or plurals (`Commercial, Industrial and Allied Workers`)."""
    end = j
    while end < s.n and end - j < ITEM_WORDS and _item_word(s, end) and (end == j or s.joined(end - 1, end)):
        end += 1
    return end if end > j and (not final or _closes_item(s, end - 1)) else j


def _closes(s: EntityState, k: int) -> bool:
    """No capitalised word goes on the phrase at word ``k`` (a small word, punctuation or the end)."""
    return k >= s.n or not (s.joined(k - 1, k) and s.word(k)[:1].isupper())


def unlisted_items_end(s: EntityState, k: int) -> int:
    """Index after a closed list `, A, B and C` of item words that starts at the comma before word
    ``k``; ``k`` when there is none."""
    j = k
    for _ in range(MOST_ITEMS):
        if j >= s.n or s.tokens.gap(j - 1, j) != ", ":
            return k
        end = _item_end(s, j, final=False)
        if end == j:
            return k
        if s.word(end) in JOINERS and s.joined(end - 1, end) and s.joined(end, end + 1):
            last = _item_end(s, end + 1, final=True)
            return last if last > end + 1 and _closes(s, last) else k
        j = end
    return k
