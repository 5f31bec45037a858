"""Where a body's name ends and a person's begins, when no comma parts them.

A role, its body and the holder are often written in one run (`Senior Manager PT Sukamaju Husada
Budi Santoso mengatakan`, `Ketua Yayasan Cahaya Bangsa Ahmad Fauzi`). A head that takes the
capitalised words after it (`PT`, `Yayasan`, `PCM`) then swallows the person. The words alone cannot
tell a seat or a second name word from a given name, but the page tells: the person is named again
(`kata Fauzi`, `Menurut Budi`), and that mention was found as a PERSON.

So the words at the end of an organisation that the page names elsewhere as a person leave it:

- a PERSON elsewhere equal to the organisation's last two or three words (`Budi Santoso`);
- a one-word PERSON elsewhere equal to one of its last words: from there to the end is the person
  (`Budi` → `Budi Santoso`); equal to its last word, the two last words (`Fauzi` → `Ahmad Fauzi`).

A PERSON right after a body is no evidence: it may be a seat read as a name (`DPRD Sukamaju`).
The body keeps at least its head and one word (`Yayasan Budi Mulia` stays whole after `Budi`), and
every word that leaves must be a capitalised name word, no stop word, head or known place.
"""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: The most words a person's name at the end of a body can have.
MAX_PERSON_WORDS = 3
#: The fewest words the body keeps (its head and one word of its name).
MIN_BODY_WORDS = 2


def name_word(s: EntityState, index: int) -> bool:
    """A capitalised word that can be part of a person's name."""
    text = s.word(index)
    return (
        len(text) >= 2
        and text[:1].isupper()
        and not text.isupper()
        and text.isalpha()
        and text not in s.lex.stopwords
        and text not in s.res.org_heads
        and not s.is_head(index)
        and s.lex.gazetteer.match(s.tokens, index) is None
    )


def _person_start(s: EntityState, first: int, last: int, people: set[tuple[str, ...]]) -> int | None:
    """The word where the person named elsewhere begins inside words ``first``..``last``, or None."""
    lowest = first + MIN_BODY_WORDS
    words = tuple(s.word(k) for k in range(first, last + 1))
    for size in range(MAX_PERSON_WORDS, 1, -1):
        start = last - size + 1
        if start >= lowest and words[start - first :] in people:
            return start
    for start in range(max(lowest, last - MAX_PERSON_WORDS + 1), last + 1):
        if (s.word(start),) in people:
            if start == last:  # `Fauzi`: the given name before it goes too (`Ahmad Fauzi`)
                return start - 1 if start - 1 >= lowest else None
            return start
    return None


def people_after_bodies(s: EntityState) -> None:
    """Split an organisation's last words off as the PERSON the page names elsewhere (see above)."""
    body_ends = {m.end for m in s.found if m.label == "ORG"}
    people = {
        tuple(s.text[m.start : m.end].split())
        for m in s.found
        if m.label == "PERSON" and not (m.start - 1 in body_ends and s.text[m.start - 1] == " ")
    }
    if not people:
        return
    person_words = {word for name in people for word in name}
    tokens = s.tokens
    added: list[Mention] = []
    for mention in s.found:
        if mention.label != "ORG" or person_words.isdisjoint(s.text[mention.start : mention.end].split()[-MAX_PERSON_WORDS:]):
            continue
        first, last = tokens.first_at_or_after(mention.start), tokens.last_ending_at_or_before(mention.end)
        if last - first + 1 <= MIN_BODY_WORDS or tokens.tokens[last].end != mention.end:
            continue
        start = _person_start(s, first, last, people)
        if start is None or not all(name_word(s, k) and s.joined(k - 1, k) for k in range(start, last + 1)):
            continue
        mention.end = tokens.tokens[start - 1].end
        added.append(Mention(tokens.tokens[start].start, tokens.tokens[last].end, "PERSON", rule="person_after_body"))
    s.found.extend(added)
