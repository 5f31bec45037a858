"""The rules' view of a ``Doc``: its word tokens with offsets, phrase look-ups by spaCy's
``PhraseMatcher`` and simple token shapes by spaCy's ``Matcher``.

The ``Doc`` comes from the project's one tokenizer (:mod:`annotator.nlp.text.tokenizer`), so a rule
that starts or ends a span on a word starts or ends it on an edge the window's snapping can
produce. The rules step over words only: symbols and white space are what lies between them
(:meth:`TokenIndex.gap`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Set
from functools import cache
from itertools import chain, compress
from operator import itemgetter

from spacy.attrs import IDX, LENGTH
from spacy.matcher import Matcher as SpacyMatcher
from spacy.matcher import PhraseMatcher as SpacyPhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annotator.nlp.text.brackets import closed_brackets
from annotator.nlp.text.tokenizer import WORD_START, Token, WordTokenizer, is_word, word_tokens_of

SENTENCE_END = ".!?\n"
_START, _END, _TEXT = itemgetter(0), itemgetter(1), itemgetter(2)  # Token.start, .end, .text
_FIRST = itemgetter(0)  # a word's first character (word texts are never empty)


@cache
def shared_vocab() -> Vocab:
    """The vocabulary of Docs made outside a pipeline (rules run without spaCy's ``nlp``)."""
    return Vocab()


def words_present(found: Mapping[str, object], words: Iterable[str]) -> Set[str]:
    """``found.keys() & words``: the keys of ``found`` (:attr:`TokenIndex.by_text`,
    :attr:`TokenIndex.by_lower`) that are in ``words``, reading the smaller side. For a
    ``frozenset`` CPython's ``dict_keys & words`` reads every one of ``words`` (it takes the
    smaller side only for an exact ``set``): a word list's whole length in every text."""
    if type(words) is frozenset and len(found) < len(words):
        return words.intersection(found)
    return found.keys() & words


def capitals(by_text: dict[str, list[int]]) -> list[int]:
    """The indices of the words whose first character is a capital (``Token.is_cap``), in text
    order, from :attr:`TokenIndex.by_text`: C loops (``map``, ``compress``), no Python step per word."""
    flags = map(str.isupper, map(_FIRST, by_text))
    return sorted(chain.from_iterable(compress(by_text.values(), flags)))


@cache
def _between_newlines(word: str) -> re.Pattern[str]:
    """``word`` as a whole line of :meth:`TokenIndex.texts_matching`'s joined texts."""
    return re.compile(rf"\n((?:{word}))(?=\n)")


def make_doc(text: str) -> Doc:
    """A ``Doc`` of ``text`` by the project's tokenizer, without a pipeline."""
    return WordTokenizer(shared_vocab())(text)


class TokenIndex:
    """The word tokens of one ``Doc`` with look-ups by offset."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it on every access)."""
        self.doc = doc
        self.text = text = doc.text if text is None else text
        self.tokens: list[Token] = []
        #: words_before[i]: how many word tokens come before the Doc's token i (i up to len(doc)).
        self.words_before: list[int] = []
        #: doc_index[w]: the Doc's index of word w.
        self.doc_index: list[int] = []
        #: Doc tokens that continue a word the rules joined back (`-` and `McMoRan` of
        #: `Freeport-McMoRan`, :mod:`annotator.nlp.entities.people.hyphen_names`): no phrase starts or ends there.
        self.inside: frozenset[int] = frozenset()
        tokens, before, doc_index = self.tokens, self.words_before, self.doc_index
        known = word_tokens_of(doc)
        if known is not None:  # made by our tokenizer, which listed and counted its words
            self.tokens, self.doc_index, self.words_before = list(known[0]), list(known[1]), list(known[2])
            self._index()
            return
        word_start = WORD_START.match
        for i, (start, length) in enumerate(doc.to_array([IDX, LENGTH]).tolist()):
            before.append(len(tokens))
            if word_start(text, start):
                doc_index.append(i)
                tokens.append(Token(start, start + length, text[start : start + length], len(tokens)))
        before.append(len(tokens))
        self._index()

    def replace_words(
        self, tokens: list[Token], doc_index: list[int], words_before: list[int], inside: frozenset[int]
    ) -> None:
        """Put ``tokens`` in place of the words (a rule joined some back into one word, as
        :mod:`annotator.nlp.entities.people.hyphen_names` does), with their Doc indices, the word counts before each
        Doc token and the Doc tokens inside a joined word; the look-ups are made again from them."""
        self.tokens, self.doc_index, self.words_before = tokens, doc_index, words_before
        self.inside = inside
        self._index()

    def join_words(self, joins: set[int], spelled: dict[int, str] | None = None) -> None:
        """Join each word in ``joins`` with the word after it into one word of the rules (a run
        of joins makes one word), spelled as ``spelled`` gives for its first word or as the text
        has it (`Freeport-McMoRan`; `di ungkapkan` read as `diungkapkan`)."""
        texts, text = self.texts, self.text
        spelled = spelled or {}
        tokens: list[Token] = []
        doc_index: list[int] = []
        inside: set[int] = set(self.inside)
        k = 0
        while k < len(texts):
            first = k
            while k in joins:
                k += 1
            inside.update(range(self.doc_index[first] + 1, self.doc_index[k] + 1))
            start, end = self.starts[first], self.ends[k]
            tokens.append(Token(start, end, spelled.get(first, text[start:end]), len(tokens)))
            doc_index.append(self.doc_index[first])
            k += 1
        words_before = [0] * len(self.words_before)
        marks = [0] * len(words_before)
        for number in doc_index:
            marks[number + 1] = 1
        total = 0
        for position, mark in enumerate(marks):
            total += mark
            words_before[position] = total
        self.replace_words(tokens, doc_index, words_before, frozenset(inside))

    def _index(self) -> None:
        tokens = self.tokens
        self.starts: list[int] = list(map(_START, tokens))
        self.ends: list[int] = list(map(_END, tokens))
        #: Each word's text (the rules read it for most words, many times).
        self.texts: list[str] = list(map(_TEXT, tokens))
        #: Each PhraseMatcher's starts in this text (:meth:`PhraseMatcher.starts`), by matcher.
        self._phrases: dict[PhraseMatcher, dict[int, tuple[int, str]]] = {}
        self.shapes: dict[tuple[int, str, int], int | None] = {}
        self._by_text: dict[str, list[int]] | None = None
        self._by_lower: dict[str, list[int]] | None = None
        self._joined: str | None = None

    @property
    def by_text(self) -> dict[str, list[int]]:
        """Each distinct word text with the indices of its words (made on first use): a look-up
        of a word set visits the text's distinct words, not every word."""
        found = self._by_text
        if found is None:
            found = self._by_text = {}
            known = found.get
            for index, text in enumerate(self.texts):
                indices = known(text)
                if indices is None:
                    found[text] = [index]
                else:
                    indices.append(index)
        return found

    @property
    def by_lower(self) -> dict[str, list[int]]:
        """:attr:`by_text` with each text in lower case (made on first use): the rules that look
        for a word set in any case share one ``lower()`` of each distinct word. The indices of a
        lower-case text are in text order unless it has several spellings (`Rumah`, `rumah`)."""
        found = self._by_lower
        if found is None:
            found = self._by_lower = {}
            for text, indices in self.by_text.items():
                lowered = text.lower()
                known = found.get(lowered)
                found[lowered] = indices if known is None else known + indices  # never by_text's own list changed
        return found

    def texts_matching(self, word: str) -> list[str]:
        r"""The distinct word texts (:attr:`by_text`, in its order) that the pattern ``word`` matches
        whole (``re.fullmatch``): one search of the texts joined by newlines, not a call per word.
        ``word`` must match no newline (no ``\s``, ``.`` or negated class in it) and hold no
        global flags."""
        by_text = self.by_text
        joined = self._joined
        if joined is None:
            joined = self._joined = "\n" + "\n".join(by_text) + "\n"
        if joined.count("\n") != len(by_text) + 1:  # a word holding a newline: one call per word
            full = re.compile(word).fullmatch
            return [text for text in by_text if full(text)]
        return [match.group(1) for match in _between_newlines(word).finditer(joined)]

    def indices_of(self, texts: Iterable[str]) -> list[int]:
        """The indices of the words whose text is one of ``texts``, in text order."""
        by_text = self.by_text
        return sorted(index for text in words_present(by_text, texts) for index in by_text[text])

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
        starts, ends = self.starts, self.ends  # plain lists: no Token field look-ups
        inside = bisect_right(starts, start) - 1
        if inside >= 0 and starts[inside] < start < ends[inside]:
            start = starts[inside]
        inside = bisect_left(ends, end)
        if inside < len(ends) and starts[inside] < end < ends[inside]:
            end = ends[inside]
        return start, end

    def gap(self, left: int, right: int) -> str:
        """The text between token ``left`` and token ``right`` (the text's edge for a missing one),
        with a spaced bracket read closed (:mod:`annotator.nlp.text.brackets`)."""
        count = len(self.ends)
        start = self.ends[left] if 0 <= left < count else 0
        end = self.starts[right] if 0 <= right < count else len(self.text)
        gap = self.text[start:end]
        # most gaps are one space or none: the view is asked only where a spaced bracket may be
        return closed_brackets(gap) if len(gap) > 1 and ("( " in gap or " )" in gap) else gap

    def sentence_initial(self, index: int) -> bool:
        """Whether the token opens a sentence, a paragraph or a quotation."""
        position = self.starts[index] - 1
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
            if previous >= 0 and self.ends[previous] == position:
                word = self.tokens[previous].text
                if len(word) == 1 and word.isupper():
                    return False
            return True
        return False


class PhraseMatcher:
    """Known phrases (each with a value) found by spaCy's ``PhraseMatcher`` on the Doc's tokens,
    case-sensitively; the longest one at a word wins. A phrase ending in a full stop (`Prof.`)
    takes the stop as its own token. Matchers joined in a :class:`PhraseMatcherGroup` share one
    pass over each Doc."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self._values: dict[int, str] = {}
        self._spacy: SpacyPhraseMatcher | None = None
        self._group: PhraseMatcherGroup | None = None
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
        #: The phrase Docs by value (a group adds them to its own spaCy matcher).
        self.phrase_docs = by_value

    @property
    def _matcher(self) -> SpacyPhraseMatcher:
        """This matcher's own spaCy ``PhraseMatcher``, built on first use outside a group."""
        if self._spacy is None:
            vocab = shared_vocab()
            self._spacy = SpacyPhraseMatcher(vocab)
            for value, docs in self.phrase_docs.items():
                self._values[vocab.strings.add(value)] = value
                self._spacy.add(value, docs)
        return self._spacy

    def longest(self, tokens: TokenIndex) -> dict[int, tuple[int, str]]:
        """Every word where a phrase starts: (index of the word after the longest, its value)."""
        if self._group is not None:
            return dict(self.starts(tokens))
        return _longest(tokens, ((self._values[match_id], start, end) for match_id, start, end in self._matcher(tokens.doc)))

    def match(self, tokens: TokenIndex, index: int) -> tuple[int, str] | None:
        """Longest phrase starting at word ``index``: (index of the word after it, value)."""
        found = tokens._phrases.get(self)  # the rules ask this for most words: one call, not two
        if found is None:
            found = self.starts(tokens)
        return found.get(index)

    def starts(self, tokens: TokenIndex) -> dict[int, tuple[int, str]]:
        """Every word where a phrase starts (computed once per ``TokenIndex``), with what :meth:`match` gives."""
        found = tokens._phrases.get(self)
        if found is None:
            if self._group is not None:
                self._group.run(tokens)
                return tokens._phrases[self]
            found = tokens._phrases[self] = self.longest(tokens)
        return found


def _longest(tokens: TokenIndex, matches: Iterable[tuple[str, int, int]]) -> dict[int, tuple[int, str]]:
    """(value, Doc start, Doc end) matches -> the longest per word they start on (not on a symbol)."""
    best: dict[int, tuple[int, str]] = {}
    before = tokens.words_before
    inside = tokens.inside
    for value, start, end in matches:
        if inside and (start in inside or end in inside):
            continue  # part of a word joined back (`Farmer` of `Farmer-Citizen`)
        word, after = before[start], before[end]
        if before[start + 1] == word:
            continue  # the match starts on a symbol, not a word
        current = best.get(word)
        if current is None or after > current[0]:
            best[word] = (after, value)
    return best


class PhraseMatcherGroup:
    """Several :class:`PhraseMatcher` s run as one spaCy ``PhraseMatcher`` pass per Doc (one pass
    instead of one per word list); each member still gets exactly its own longest matches."""

    def __init__(self, members: Iterable[PhraseMatcher]) -> None:
        vocab = shared_vocab()
        self._matcher = SpacyPhraseMatcher(vocab)
        self._members: list[PhraseMatcher] = []
        #: spaCy match id -> (member number, value)
        self._keys: dict[int, tuple[int, str]] = {}
        for number, member in enumerate(members):
            if member._group is not None:
                continue
            member._group = self
            self._members.append(member)
            for value, docs in member.phrase_docs.items():
                key = f"annotator-group-{id(self)}-{number}-{value}"
                self._keys[vocab.strings.add(key)] = (len(self._members) - 1, value)
                self._matcher.add(key, docs)

    def run(self, tokens: TokenIndex) -> None:
        """Fill ``tokens``' phrase cache for every member with one pass over its Doc."""
        # _longest for every member at once: each match goes straight to its member's longest
        per_member: list[dict[int, tuple[int, str]]] = [{} for _ in self._members]
        keys, before = self._keys, tokens.words_before
        inside = tokens.inside
        for match_id, start, end in self._matcher(tokens.doc):
            if inside and (start in inside or end in inside):
                continue  # part of a word joined back (`Farmer` of `Farmer-Citizen`)
            word = before[start]
            if before[start + 1] == word:
                continue  # the match starts on a symbol, not a word
            number, value = keys[match_id]
            best, after = per_member[number], before[end]
            current = best.get(word)
            if current is None or after > current[0]:
                best[word] = (after, value)
        for member, best in zip(self._members, per_member, strict=True):
            tokens._phrases[member] = best


class ShapeMatcher:
    """Token patterns (spaCy's ``Matcher``) for simple shapes, by name. A shape is asked for at one
    word (:meth:`match`); the matcher then runs over the few tokens from there, not the whole Doc."""

    def __init__(self, shapes: dict[str, list[list[dict]]], width: int = 4) -> None:
        self._matchers: dict[str, SpacyMatcher] = {}
        for name, patterns in shapes.items():
            matcher = self._matchers[name] = SpacyMatcher(shared_vocab())
            matcher.add(name, patterns)
        self.width = width

    def match(self, tokens: TokenIndex, name: str, index: int) -> int | None:
        """The word after the longest ``name`` shape starting at word ``index``, or None."""
        key = (id(self), name, index)
        if key in tokens.shapes:
            return tokens.shapes[key]
        found = None
        if 0 <= index < len(tokens.tokens):
            first = tokens.doc_index[index]
            window = tokens.doc[first : first + self.width]
            for _match_id, start, end in self._matchers[name](window):
                if start == 0 and first + end not in tokens.inside:
                    after = tokens.words_before[first + end]
                    found = after if found is None else max(found, after)
        tokens.shapes[key] = found
        return found
