"""The rules' view of a ``Doc``: its word tokens with offsets, phrase look-ups by spaCy's
``PhraseMatcher`` and simple token shapes by spaCy's ``Matcher``.

The ``Doc`` comes from the project's one tokenizer (:mod:`annotator.nlp.tokenizer`), so a rule
that starts or ends a span on a word starts or ends it on an edge the window's snapping can
produce. The rules step over words only: symbols and white space are what lies between them
(:meth:`TokenIndex.gap`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from spacy.matcher import Matcher as SpacyMatcher
from spacy.matcher import PhraseMatcher as SpacyPhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annotator.nlp.tokenizer import WordTokenizer, is_word

SENTENCE_END = ".!?\n"


class Token(NamedTuple):
    start: int
    end: int
    text: str
    index: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1

    @property
    def lower(self) -> str:
        return self.text.lower()


@cache
def shared_vocab() -> Vocab:
    """The vocabulary of Docs made outside a pipeline (rules run without spaCy's ``nlp``)."""
    return Vocab()


def make_doc(text: str) -> Doc:
    """A ``Doc`` of ``text`` by the project's tokenizer, without a pipeline."""
    return WordTokenizer(shared_vocab())(text)


class TokenIndex:
    """The word tokens of one ``Doc`` with look-ups by offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: list[Token] = []
        #: words_before[i]: how many word tokens come before the Doc's token i (i up to len(doc)).
        self.words_before: list[int] = []
        for token in doc:
            self.words_before.append(len(self.tokens))
            if is_word(token.text):
                self.tokens.append(Token(token.idx, token.idx + len(token.text), token.text, len(self.tokens)))
        self.words_before.append(len(self.tokens))
        self.starts = [token.start for token in self.tokens]
        self.ends = [token.end for token in self.tokens]
        self.by_start = {token.start: token for token in self.tokens}
        self.by_end = {token.end: token for token in self.tokens}
        self._phrases: dict[int, dict[int, tuple[int, str]]] = {}
        self.shapes: dict[int, dict[str, dict[int, int]]] = {}

    @classmethod
    def of_text(cls, text: str) -> TokenIndex:
        return cls(make_doc(text))

    def __len__(self) -> int:
        return len(self.tokens)

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (len when none)."""
        return bisect_left(self.starts, offset)

    def last_ending_at_or_before(self, offset: int) -> int:
        """Index of the last token ending at or before ``offset`` (-1 when none)."""
        return bisect_left(self.ends, offset + 1) - 1

    def snap_out(self, start: int, end: int) -> tuple[int, int]:
        """``start``/``end`` moved outward to the edges of the words they fall inside, if any
        (a date found by a pattern inside `27-29 Agustus` starts at `27`)."""
        inside = bisect_right(self.starts, start) - 1
        if inside >= 0 and self.tokens[inside].start < start < self.tokens[inside].end:
            start = self.tokens[inside].start
        inside = bisect_left(self.ends, end)
        if inside < len(self.tokens) and self.tokens[inside].start < end < self.tokens[inside].end:
            end = self.tokens[inside].end
        return start, end

    def gap(self, left: int, right: int) -> str:
        """The text between token ``left`` and token ``right`` (the text's edge for a missing one)."""
        start = self.tokens[left].end if 0 <= left < len(self.tokens) else 0
        end = self.tokens[right].start if 0 <= right < len(self.tokens) else len(self.text)
        return self.text[start:end]

    def sentence_initial(self, index: int) -> bool:
        """Whether the token opens a sentence, a paragraph or a quotation."""
        position = self.tokens[index].start - 1
        text = self.text
        while position >= 0 and text[position] in " \t":
            position -= 1
        if position < 0:
            return True
        char = text[position]
        if char in "\n“\"‘'(:[" or char in "–—":
            return True
        if char in ".!?":
            # `Prof.` and initials do not end a sentence.
            previous = self.last_ending_at_or_before(position)
            if previous >= 0 and self.tokens[previous].end == position:
                word = self.tokens[previous].text
                if len(word) == 1 and word.isupper():
                    return False
            return True
        return False

    def phrases(self, matcher: PhraseMatcher) -> dict[int, tuple[int, str]]:
        """The matcher's longest phrase at each word: {word index: (index after it, value)}."""
        found = self._phrases.get(id(matcher))
        if found is None:
            found = self._phrases[id(matcher)] = matcher.longest(self)
        return found


class PhraseMatcher:
    """Known phrases (each with a value) found by spaCy's ``PhraseMatcher`` on the Doc's tokens,
    case-sensitively; the longest one at a word wins. A phrase ending in a full stop (`Prof.`)
    takes the stop as its own token."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        vocab = shared_vocab()
        self._matcher = SpacyPhraseMatcher(vocab)
        self._values: dict[int, str] = {}
        by_value: dict[str, list[Doc]] = {}
        seen: set[str] = set()
        for phrase, value in phrases:
            if phrase in seen or not phrase.strip():
                continue
            seen.add(phrase)
            doc = make_doc(phrase)
            if not len(doc) or not is_word(doc[0].text):
                continue
            by_value.setdefault(value, []).append(doc)
        for value, docs in by_value.items():
            self._values[vocab.strings.add(value)] = value
            self._matcher.add(value, docs)

    def longest(self, tokens: TokenIndex) -> dict[int, tuple[int, str]]:
        best: dict[int, tuple[int, str]] = {}
        before = tokens.words_before
        doc = tokens.doc
        for match_id, start, end in self._matcher(doc):
            if not is_word(doc[start].text):
                continue
            word, after = before[start], before[end]
            current = best.get(word)
            if current is None or after > current[0]:
                best[word] = (after, self._values[match_id])
        return best

    def match(self, tokens: TokenIndex, index: int) -> tuple[int, str] | None:
        """Longest phrase starting at word ``index``: (index of the word after it, value)."""
        return tokens.phrases(self).get(index)


class ShapeMatcher:
    """Token patterns (spaCy's ``Matcher``) for simple shapes, by name: where each match starts and
    ends, in words. Patterns are lists of spaCy token patterns; a match must start on a word."""

    def __init__(self, shapes: dict[str, list[list[dict]]]) -> None:
        self._matcher = SpacyMatcher(shared_vocab())
        self._names: dict[int, str] = {}
        for name, patterns in shapes.items():
            self._names[shared_vocab().strings.add(name)] = name
            self._matcher.add(name, patterns)

    def matches(self, tokens: TokenIndex) -> dict[str, dict[int, int]]:
        """{shape name: {first word: word after the match}}, the longest match at each word."""
        found = tokens.shapes.get(id(self))
        if found is None:
            found = {name: {} for name in self._names.values()}
            before, doc = tokens.words_before, tokens.doc
            for match_id, start, end in self._matcher(doc):
                if is_word(doc[start].text):
                    starts = found[self._names[match_id]]
                    starts[before[start]] = max(starts.get(before[start], 0), before[end])
            tokens.shapes[id(self)] = found
        return found
