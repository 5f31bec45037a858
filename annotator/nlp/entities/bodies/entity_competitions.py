"""Competitions read as bodies (English, en_ents23 round): `the Qatar Stars League`, `the Saudi
League`, `the AFC Champions League` end in a tail word of a body (`League`), so the tail rules made
them ORG. The guidelines make a league or a cup an EVENT, which the evaluated labels leave out; the
body that runs it is an ORG only where the text names it as a body: as the one that speaks or acts
(`the Premier League said`, `fined by the Super League`, `the Stars League's board`), or by its own
name (`FIFA`, the acronym opening `[AFC] Champions League`).

A competition here is an ORG whose last word is one of ``competition_heads`` and whose other words
hold a sports word (``competition_words``) or are places only (`Saudi`, `Qatar`); the word lists
live in ``en/entity_words.toml``. Parties and bodies such as `Bangladesh Awami League` or `Arab
League` have neither."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: Auxiliaries between the competition and its verb (`the League has fined`).
AUXILIARIES = frozenset({"has", "have", "had", "was", "is", "on"})


def _place_word(s: EntityState, k: int) -> bool:
    """Word ``k`` is a place or a nationality (`Qatar`, `Saudi`), not a faith's or a people's word."""
    if s.word(k) in s.words.competition_not_places:
        return False
    place = s.lex.gazetteer.match(s.tokens, k)
    return bool(place and place[1] == "GPE") or bool(s.lex.demonyms.match(s.tokens, k))


def _competition(s: EntityState, first: int, last: int) -> bool:
    """Words ``first``..``last`` name a competition (see the module's docstring)."""
    if last <= first or s.word(last) not in s.words.competition_heads:
        return False
    if s.text[s.tokens.tokens[first].start : s.tokens.tokens[last].end] in s.lex.known_names:
        return False  # `Arab League`: a body a table knows
    inner = range(first, last)
    return any(s.word(k) in s.words.competition_words for k in inner) or all(_place_word(s, k) for k in inner)


def _bracketed_short_form(s: EntityState, last: int) -> bool:
    """A short form in brackets follows word ``last`` (`League (QSL)`)."""
    return s.tokens.gap(last, last + 1) == " (" and s.tokens.gap(last + 1, last + 2).startswith(")")


def _acts_as_body(s: EntityState, first: int, last: int) -> bool:
    """The competition speaks or acts as the body that runs it."""
    words = s.words
    k = last + 2 if _bracketed_short_form(s, last) else last + 1  # `the Qatar Stars League (QSL) said`
    if s.word(k) == "s" and s.tokens.gap(k - 1, k) in ("’", "'") and s.word(k + 1).lower() in words.competition_body_nouns:
        return True  # `the Super League's disciplinary committee`
    while s.word(k) in AUXILIARIES:
        k += 1
    if s.word(k) in words.competition_body_verbs:
        return True
    before = first - 1 if s.word(first - 1).lower() != "the" else first - 2
    return s.word(before) == "by" and s.word(before - 1) in words.competition_body_verbs


def competitions(s: EntityState) -> None:
    """`the Qatar Stars League` ORG -> EVENT, unless it speaks or acts (then an EVENT such as `the
    Premier League` becomes the ORG); an opening body acronym stays an ORG (`AFC` + EVENT `Champions
    League`). A bracketed short form (`(QSL)`) and its later mentions follow the name."""
    if s.words.competition_heads.isdisjoint(s.tokens.by_text):
        return  # no competition's head word in the text (most texts)
    tokens = s.tokens
    renamed: dict[str, str] = {}
    kept: list[Mention] = []
    for mention in s.found:
        if mention.label not in ("ORG", "EVENT"):
            kept.append(mention)
            continue
        first, last = tokens.first_at_or_after(mention.start), tokens.last_ending_at_or_before(mention.end)
        acronym = s.tokens.tokens[first].is_upper and len(s.word(first)) > 1 and last - first >= 2
        start = first + 1 if acronym and _competition(s, first + 1, last) else first
        if not _competition(s, start, last):
            kept.append(mention)
            continue
        label = "ORG" if _acts_as_body(s, first, last) else "EVENT"
        if _bracketed_short_form(s, last):
            renamed[s.word(last + 1)] = label  # `(QSL)`
        if label == "ORG" or start == first:
            if mention.label != label:
                mention.label, mention.rule = label, "competition_body"
            kept.append(mention)
            continue
        if start > first:
            kept.append(Mention(mention.start, tokens.tokens[first].end, "ORG", rule="competition_body"))
        kept.append(Mention(tokens.tokens[start].start, mention.end, "EVENT", rule="competition"))
    for mention in kept:
        if mention.label in ("ORG", "EVENT") and (label := renamed.get(s.text[mention.start : mention.end])):
            mention.label = label
    s.found = _openers_joined(s, kept)


def _openers_joined(s: EntityState, found: list[Mention]) -> list[Mention]:
    """A place or a lone tail word right before an event opens it: `Africa` + `Cup of Nations`
    (the event starts with a competition head) and `Club` + `World Cup` (a body's tail word alone)
    are one EVENT each, `the Africa Cup of Nations`, `the Club World Cup`."""
    kept: list[Mention] = []
    for mention in found:
        previous = kept[-1] if kept else None
        if (
            mention.label == "EVENT"
            and previous is not None
            and previous.label in ("ORG", "GPE", "LOC")
            and s.text[previous.end : mention.start] == " "
            and _opens_event(s, previous, mention)
        ):
            previous.end, previous.label, previous.rule = mention.end, "EVENT", "competition"
            continue
        kept.append(mention)
    return kept


def _opens_event(s: EntityState, opener: Mention, event: Mention) -> bool:
    """``opener`` is the first part of ``event``'s name (see ``_openers_joined``)."""
    first = s.text[event.start : event.end].split(None, 1)[0]
    if first in s.words.competition_heads:
        return opener.label != "ORG"  # `Africa Cup of Nations`; `FIFA` before a cup is its body
    name = s.text[opener.start : opener.end]
    return " " not in name and not name.isupper() and name in s.lex.org_tails  # `Club`, not `AFC`
