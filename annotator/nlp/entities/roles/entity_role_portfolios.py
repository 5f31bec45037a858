"""A name right after a minister's portfolio that no list knows (en_ents6 round): `Minister for
Parliamentary Affairs Rashid Mehmood`, `Minister for Railways Arun Kapadia`, `Minister of State
for Petroleum Resources Tonye Briggs` (a listed portfolio that goes on). After `for`/`of` the role
read only listed portfolios, so an unlisted one and the name after it were read as one run
(`Railways Arun Kapadia` as the PERSON) or lost. The portfolio ends at its last word that a
listed portfolio uses (`Affairs`, `Resources`, `Development`), that has a common noun's ending
(``common_noun_endings``: `Poverty Alleviation`), a nationality or a known place (`Kashmir
Affairs`: the place keeps its label); with none of them, a run of three words is a one-word
portfolio and a two-word name. The name after it is two to four capitalised words."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_list

#: Words that join a portfolio's parts (`Youth and Sports Development`, `State for Petroleum`).
PORTFOLIO_JOINERS = frozenset({"and", "&", "of", "for"})
#: The longest run read after `for`/`of`, and the shortest and longest name at its end.
LONGEST_RUN = 8
NAME_WORDS = (2, 4)


@cache
def _portfolio_words(lang: str) -> frozenset[str]:
    """The capitalised words of the listed portfolios (`Affairs`, `Resources`, `Development`)."""
    return frozenset(word for phrase in read_list(lang, "portfolio.txt") for word in phrase.split() if word[:1].isupper())


@cache
def portfolio_last_words(lang: str) -> frozenset[str]:
    """The last words in the plural of the listed portfolios (`Affairs`, `Resources`, `Services`):
    nouns that close a portfolio (the singular last words hold adjectives: `General`, `State`)."""
    phrases = (phrase.split() for phrase in read_list(lang, "portfolio.txt"))
    return frozenset(words[-1] for words in phrases if words and words[-1][:1].isupper() and words[-1].endswith("s"))


def _ends_portfolio(s: EntityState, k: int, words: frozenset[str]) -> bool:
    """Word ``k`` may close a portfolio: a listed portfolio's word, a common noun's ending
    (`Alleviation`), a nationality or a known place."""
    word = s.word(k)
    if word in words or any(word.endswith(ending) for ending in s.words.common_noun_endings):
        return True
    return s.lex.demonyms.match(s.tokens, k) is not None or s.gazetteer(k) is not None


def portfolio_before_name(s: EntityState, k: int) -> tuple[int, list[tuple[int, int]]] | None:
    """When word ``k`` is `for`/`of` inside an English role and an unlisted portfolio and a name
    follow: where the name starts, and the known places inside the portfolio; None otherwise."""
    if s.analysis.lang != "en" or not s.joined(k, k + 1):
        return None
    listed = s.lex.portfolio.match(s.tokens, k + 1)
    capitals: list[int] = []
    j = k + 1
    while j < s.n and j - k <= LONGEST_RUN and s.joined(j - 1, j):
        word = s.word(j)
        if s.cap_word(j) and not word.isupper() and word.replace("-", "").isalpha():
            capitals.append(j)
        elif not (word in PORTFOLIO_JOINERS and capitals and s.cap_word(j + 1)):
            break
        j += 1
    if not capitals:
        return None
    words = _portfolio_words(s.analysis.lang)
    closing = [i for i in capitals if _ends_portfolio(s, i, words)]
    if closing:
        split = closing[-1]
    elif len(capitals) == 3 and capitals[-1] == capitals[0] + 2:
        split = capitals[0]  # `Railways Arun Kapadia`
    else:
        return None
    if listed is not None and split < listed[0]:
        return None  # the listed portfolio is all of it (`for Foreign Affairs X`): the role reads it
    name = [i for i in capitals if i > split]
    if not NAME_WORDS[0] <= len(name) <= NAME_WORDS[1] or name[-1] - name[0] != len(name) - 1 or name[0] != split + 1:
        return None
    if s.lex.titles.match(s.tokens, name[0]) or s.lex.roles.match(s.tokens, name[0]):
        return None  # `... Affairs Minister X`: a role goes on, its own rule reads it
    places = []
    for i in range(k + 1, split + 1):
        place = s.gazetteer(i)
        if place is not None and place[1] == "GPE" and place[0] <= split + 1 and s.word(place[0]) in words:
            places.append((i, place[0] - 1))  # `Kashmir | Affairs`, not `Niger | Delta Development`
    return split + 1, places


#: Words after which a role or a body names its portfolio (`Minister for`, `Committee on`).
PORTFOLIO_OPENERS = frozenset({"for", "of", "on"})


def portfolio_conjunct(s: EntityState, first: int, end: int) -> bool:
    """English: whether the run ``first`` .. ``end - 1`` is the second half of a role's or a
    body's portfolio joined by `and` (`Minister for Lands and Mineral Resources`, `Committee on
    Emergency and Disaster Preparedness`; en_ents13 round): its last word closes a portfolio
    (a listed portfolio's last word or a common noun's ending) and `and` follows capitalised words
    that `for`/`of`/`on` opens after a role (`Minister of State for`) or a body's head or tail
    word. Such a run names no one."""
    if s.analysis.lang != "en" or end - first < 2 or first < 4 or s.word(first - 1) not in ("and", "&"):
        return False  # one word after `and` is left to the body's own of-name rule (`of Information and Broadcasting`)
    if not s.joined(first - 1, first):
        return False
    last = s.word(end - 1)
    if last not in portfolio_last_words(s.analysis.lang) and not any(last.endswith(e) for e in s.words.common_noun_endings):
        return False
    j = first - 2
    while j > first - 2 - LONGEST_RUN and j >= 0 and s.word(j)[:1].isupper() and s.joined(j, j + 1):
        j -= 1
    if j == first - 2 or s.word(j) not in PORTFOLIO_OPENERS or not s.joined(j - 1, j):
        return False
    if s.word(j - 1) in s.lex.org_tails or s.lex.org_heads.match(s.tokens, j - 1):
        return True  # `Committee on`, `Ministry of`
    return any(s.lex.roles.match(s.tokens, i) is not None for i in range(max(0, j - 3), j))


def portfolio_after_role_comma(s: EntityState, first: int, end: int) -> bool:
    """English: whether the run ``first`` .. ``end - 1`` is a role's portfolio set off by commas
    (`Deputy Governor, Banking Supervision, Ama Mensah`; en_ents19 round): a role ends right before
    the comma, a comma and a capitalised word follow the run, its first word is a listed portfolio's word or carries an
    adjective's or a common noun's ending, its last word closes a portfolio and no word is a known
    name. Such a run names no one."""
    if s.analysis.lang != "en" or first < 1 or end >= s.n or s.tokens.gap(first - 1, first) != ", ":
        return False
    if s.tokens.gap(end - 1, end) != ", " or not s.word(end)[:1].isupper():
        return False  # the name follows (`Deputy Governor, Neal Manning, said` stays a name)
    words = _portfolio_words(s.analysis.lang)
    opener = s.word(first)
    endings = s.words.common_noun_endings | s.words.common_adjective_endings
    if opener not in words and not any(opener.endswith(ending) for ending in endings):
        return False
    if not _ends_portfolio(s, end - 1, words) or any(s.word(k) in s.lex.known_names for k in range(first, end)):
        return False
    roles = s.lex.roles
    return any((match := roles.match(s.tokens, k)) is not None and match[0] == first for k in range(max(0, first - 3), first))
