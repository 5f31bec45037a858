"""A listed body opened by the Arabic article, after a given name, is that person's surname
(en_entcount2 round). The Gulf clubs are listed as ORG (`Al Arabi`, `Al-Hilal` in ``orgs.txt``),
but `Mohammed Al Arabi` is a man: a listed ORG whose first word is one of ``article_name_openers``
(``entity_words.toml``: `Al`), one space after a PERSON or after free capitalised words of a name
(no stop word, demonym, title or known name; outside a title-case line), is the end of that
person's name, one PERSON; and so is the same name written alone elsewhere in the text, the
surname of that person (`Al Arabi told the court`)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import MAX_NAME_WORDS, EntityState


def _opens_with_article(s: EntityState, mention: Mention, openers: frozenset[str]) -> bool:
    """An ORG the gazetteer lists whose first word (before a space or a hyphen) is an article."""
    if mention.label != "ORG":
        return False
    name = s.text[mention.start : mention.end]
    return name.split(" ", 1)[0].split("-", 1)[0] in openers and s.res.gazetteer.get(name) == "ORG"


def _given_name_word(s: EntityState, k: int) -> bool:
    """Word ``k`` can be part of a person's given names (free, capitalised, no stop word)."""
    lex = s.lex
    return (
        s.cap_word(k)
        and not s.in_title_line(k)
        and not any(matcher.match(s.tokens, k) for matcher in (lex.demonyms, lex.titles, lex.gazetteer, lex.roles))
    )


def _name_start(s: EntityState, index: int) -> int | None:
    """The first word of the given names right before word ``index``, or None."""
    first = index
    while first - 1 >= 0 and index - first < MAX_NAME_WORDS - 1 and s.joined(first - 1, first) and _given_name_word(s, first - 1):
        first -= 1
    return first if first < index else None


def article_surnames(s: EntityState) -> None:
    """Make a listed article-opened ORG after a PERSON or free given names one PERSON with them."""
    openers = s.words.article_name_openers
    if not (s.has_any_word(openers) or any(f"{opener}-" in s.text for opener in openers)):
        return  # most texts hold no article (a word `Al`, or `al-` glued to a name): no walk over the entities
    if not any(_opens_with_article(s, m, openers) for m in s.found):
        return
    s.found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in s.found:
        if not _opens_with_article(s, mention, openers):
            kept.append(mention)
            continue
        previous = kept[-1] if kept else None
        if previous is not None and previous.label == "PERSON" and s.text[previous.end : mention.start] == " ":
            previous.end, previous.rule = mention.end, "article_surname"  # `Hilal Al Hilal`
            continue
        index = s.tokens.first_at_or_after(mention.start)
        first = _name_start(s, index)
        if first is not None:
            mention.start, mention.label, mention.rule = s.tokens.starts[first], "PERSON", "article_surname"
            s.block(first, index - 1)
        kept.append(mention)
    s.found = kept
    _lone_article_surnames(s, openers)


def _lone_article_surnames(s: EntityState, openers: frozenset[str]) -> None:
    """A listed article-opened ORG whose name ends a PERSON of the text is that person's surname."""
    people = [s.text[m.start : m.end] for m in s.found if m.label == "PERSON"]
    for mention in s.found:
        if _opens_with_article(s, mention, openers):
            name = " " + s.text[mention.start : mention.end]
            if any(person.endswith(name) for person in people):
                mention.label, mention.rule = "PERSON", "article_surname"
