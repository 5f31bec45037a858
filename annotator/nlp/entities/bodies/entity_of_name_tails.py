"""The last words of an English body's name written with `of`/`for` that no table knows (en_ents6
round): `Ministry of Information | and Broadcasting`, `Center for Strategic and International |
Studies`, `Federation of Kenya | Employers`. The scan ends such a name at its last listed
portfolio, tail word or place, and the words after it were dropped. One capitalised word right
after the name, or `and` and one or two, that close the phrase (a small word or punctuation
follows), end in a common noun's ending (``common_noun_endings``: `-ing`, `-ies`, `-ers`; a name
after the body, `and Oxfam`, has none) and are no place, person, title, role, acronym or body head,
end the same name."""

from __future__ import annotations

from annotator.nlp.entities.bodies.entity_listed_portfolios import held_mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.roles.entity_role_portfolios import portfolio_last_words

#: The most capitalised words after `and` that still end the name (`and Child Development`).
AND_WORDS = 2
JOINERS = frozenset({"and", "&"})


def _common_capital(s: EntityState, k: int, *, adjective: bool = False) -> bool:
    """Word ``k`` is a free capitalised common word: no place, name, title, role, head or acronym.
    With ``adjective`` an adjective's ending will do too (`and Economic | Planning`; en_orgs5)."""
    word = s.word(k)
    guessed = k < s.n and word[:1].isupper() and _guessed(s, k)  # `Citizenship Services` read as a name or a body
    if not (s.cap_word(k) or guessed) or word.isupper() or not word.isalpha():
        return False
    endings = s.words.common_noun_endings | s.words.common_adjective_endings if adjective else s.words.common_noun_endings
    if not any(word.endswith(ending) for ending in endings) and word not in portfolio_last_words(s.analysis.lang):
        return False  # a listed portfolio's last word ends one too (`and Mineral | Resources`; en_ents13)
    lex = s.lex
    if word in lex.known_names or s.gazetteer(k) is not None:
        return False
    return not (lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k) or lex.org_heads.match(s.tokens, k))


def _guessed(s: EntityState, k: int) -> bool:
    """Word ``k`` is held by a guess the of-name may take back: a PERSON, or a body the scan read by
    its tail word alone (`and Citizenship Services`, since `Services` is a tail; en_ents21)."""
    mention = held_mention(s, k)
    if mention is None:
        return False
    return mention.label == "PERSON" or (mention.label == "ORG" and mention.rule == "tailed_organisation")


def _closes(s: EntityState, k: int) -> bool:
    """No capitalised word goes on the phrase at word ``k`` (a small word, punctuation or the end)."""
    return k >= s.n or not (s.joined(k - 1, k) and s.word(k)[:1].isupper())


def of_name_tail_end(s: EntityState, k: int) -> int:
    """Index after the unlisted last words of an of-name that ends before word ``k`` (``k`` when none)."""
    if not s.joined(k - 1, k):
        return k
    if s.word(k) in JOINERS:
        end = k + 1
        while end - k <= AND_WORDS and s.joined(end - 1, end) and _common_capital(s, end, adjective=not _closes(s, end + 1)):
            end += 1
        return end if end > k + 1 and _closes(s, end) and _common_capital(s, end - 1) else k
    if _common_capital(s, k) and _closes(s, k + 1):
        return k + 1
    return k
