"""The shared state of the entity rules over one text: its words, the entities accepted so far,
the words no rule may take any more, and the predicates every rule uses.

A rule (a candidate generator, see :mod:`annotator.nlp.entities.ruler`) never changes the result
itself: :meth:`EntityState.propose` runs it against a :class:`Candidate` that collects its
entities and the words it holds, and the resolver accepts one candidate per position
(:meth:`EntityState.accept`). The passes after the scan add to the result directly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.entities.entity_line_wraps import wrap_breaks
from annotator.nlp.entities.entity_word_sets import word_sets
from annotator.nlp.lexicon import Lexicon, lexicon
from annotator.nlp.text.brackets import CLOSE, OPEN
from annotator.nlp.text.pattern_needs import finditer
from annotator.nlp.text.tokens import TokenIndex

ROMAN = re.compile(r"^(?:[IVX]{1,5}|\d{1,3})$")
NUMBER = re.compile(r"^(?:\d{1,4}|[IVX]{1,5})$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
SPACE = re.compile(r"^[ \t]+$")
#: What SPACE matches, as a full match inside the text (``$`` also matched before a final newline).
_SPACE_BETWEEN = re.compile(r"[ \t]+\n?")
MAX_NAME_WORDS = 5
_NEWLINE = re.compile("\n")
#: A sentence's end inside a line after a small-letter word (`... belum berakhir. Kapolres X, AKBP Y`):
#: a body line however many of its words are capitalised; a title's stop (`Gov. X`) follows a capital.
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}\. [A-Z]")
#: Arabic article joined to a name (`Khalid al-Harthi`, `Ahmed el-Sayed`).
HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")
YEAR = re.compile(r"^(?:19|20)\d\d$")
DEFINED_ACRONYM = re.compile(rf"\s*{OPEN}[A-Z][A-Za-z]{{1,9}}{CLOSE}")
#: An acronym defined in parentheses: one word or two (`(BGN)`, `(BPH Migas)`); square brackets
#: too (`Chinese Communist Party [CCP]`). A regional office's syllable acronym runs long
#: (`(Diskominfosandi)`, `(Disperindagkop)`; id_b21), so one word may have sixteen letters.
ACRONYM_IN_PARENTHESES = re.compile(r"[(\[]([A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,9})?)[)\]]")
PORTFOLIO_SHAPE = re.compile(r"^(?:Pe|Ke)[a-z]{4,}an$")
AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
#: After a single name, an age or an appositive role marks it as a person (`Sutrisno, a 58-year-old driver`);
#: the age may end the sentence (`identified the victim as Joel, 55.`).
APPOSITION_AFTER_NAME = re.compile(r"^(?:,\s*(?:a|an|seorang|\d{1,3},)\s|,\s*\d{1,3}\.(?:\s|$)|\s*\(\d{1,3}\))")


#: A photo credit closing a caption line (`... on Monday. PHOTO: BERNAMA`, `- Photo by X/The Star`):
#: the caption before it is a sentence, not a headline.
CAPTION_CREDIT = re.compile(r"[ \t]*[-–—]?[ \t]*\(?(?:PHOTO|Photo|PIC|Pic|File photo|FILE PHOTO)\b[^\n]*$")
#: Strings every caption credit holds: a line without any of them needs no ``CAPTION_CREDIT`` search.
_CREDIT_WORDS = ("PHOTO", "Photo", "PIC", "Pic", "File photo")

#: The start of a line that goes on with a sentence broken by a hard line break: small-letter
#: words (`unfortunate that the ...`), no web address, file name or lone word.
_CONTINUED = re.compile(r"[a-z][a-z'’-]*,?\s+[a-z(]")


def wrapped_line(line: str, lines: list[str], number: int) -> bool:
    """Whether ``line`` is a body line broken by a hard line break (`Minister of State for Interior
    X said it was most` / `unfortunate that ...`): the next line goes on in small letters, which a
    headline's next line does not (a lower-cased copy of the line, a page's slug, excepted)."""
    if number + 1 >= len(lines):
        return False
    following = lines[number + 1]
    if not _CONTINUED.match(following):
        return False
    return not following.lower().startswith(line.strip().lower()[:20])


#: A numbered list item (`1. Minister of Trade X replaces Y`): content, never a headline.
LIST_ITEM = re.compile(r"\s*\d{1,2}[.)]\s")

@cache
def _initials_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """`berinisial RH`, `initials A.S.`: a word of ``words`` (any case) and the capitals after it."""
    alternation = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?i:\b(?:{alternation}))\s+([A-Z](?:[A-Z.]{{0,7}}))(?!\w)")


@dataclass(eq=False)
class Candidate:
    """What one rule proposes at a word: the words it covers (``start``..``end``, exclusive), its
    priority and name, the entities it adds and the words it holds without an entity."""

    start: int
    end: int
    priority: int
    rule: str
    mentions: list[Mention] = field(default_factory=list)
    blocked: set[int] = field(default_factory=set)
    #: Where the name the rule matched ends, for choosing between rules of one priority.
    extent: int | None = None

    @property
    def label(self) -> str | None:
        return self.mentions[0].label if self.mentions else None


class EntityState:
    """Per-text state of the entity rules; build one per text."""

    def __init__(self, analysis: Analysis, tokens: TokenIndex, lex: Lexicon | None = None) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.tokens = tokens
        self.lex = lex or lexicon(analysis.lang)
        self.res = self.lex.res
        self.words, self.dotted_titles, self.portfolio_words = word_sets(self.lex)
        self.n = len(tokens)
        self.texts = tokens.texts  # each word's text
        self.found: list[Mention] = []
        self.taken: list[bool] = [False] * self.n
        self.pending: Candidate | None = None
        self._scratch = Candidate(start=0, end=0, priority=0, rule="")
        self.lower_words = set(filter(str.islower, tokens.by_text))  # in C: no Python step per word
        self.title_case_lines = self._find_title_case_lines() - self._find_credit_lines()
        self.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        #: Newlines that break a body sentence (entity_line_wraps): words across one are joined.
        self.wrap_breaks = wrap_breaks(self.text, self.line_starts, self.title_case_lines)
        #: Where each rule can propose at all (entity_gates.rule_gates, made by the resolver).
        self.gates: Any = None
        #: (rule groups, each word's gate mask, the plan's rules by mask, its lookup): the resolver's plan for this text.
        self.gated_groups: Any = None
        #: The words where a role, organisation, region, event or facility head starts (is_head).
        self._head_starts: set[int] | None = None
        #: has_any_word's answers, by word set.
        self._word_sets_present: dict[frozenset[str], bool] = {}
        self.initial_names = self._find_initial_names()

    def _find_initial_names(self) -> set[str]:
        """Initials the text introduces as a name (`berinisial AP`): the same word elsewhere is the
        person too, not the known name it spells (`AP`, `AS`)."""
        found: set[str] = set()
        for match in finditer(_initials_pattern(self.words.initials_words), self.text):
            initials = match.group(1).rstrip(".") if match.group(1).count(".") == 1 else match.group(1)
            if 1 <= len(initials.replace(".", "")) <= 4:
                found.add(initials)
        return found

    def _find_title_case_lines(self) -> set[int]:
        """Line numbers of headline-like lines (most words capitalised, no final full stop)."""
        lines: set[int] = set()
        credits = any(word in self.text for word in _CREDIT_WORDS)
        text_lines = self.text.split("\n")
        for number, line in enumerate(text_lines):
            if credits and any(word in line for word in _CREDIT_WORDS):
                line = CAPTION_CREDIT.sub("", line)  # `X speaks to reporters. PHOTO: BERNAMA`: a caption
            stripped = line.rstrip()
            if stripped.endswith((".", ":", "”", '"')):
                continue  # most lines of a body: no need to look at their words
            if ":" in line and line.split(":", 1)[0].strip() in self.words.card_labels:
                continue  # `Scorers: K. X 12, G. Y 78`, `Yellow cards: A, B`: a match card's names, no headline
            words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
            if (
                len(words) >= 3
                and not LIST_ITEM.match(line)
                and not wrapped_line(line, text_lines, number)
                and not _SENTENCE_INSIDE.search(line)
            ):
                capitalised = sum(1 for w in words if w[:1].isupper())
                # a headline may end in `?` or `!` (`..., Kok Receh!`), a shouted sentence rarely
                # has three words in four capitalised
                least = 0.75 if stripped.endswith(("?", "!")) else 0.6
                if capitalised / len(words) >= least:
                    lines.add(number)
        return lines

    def _find_credit_lines(self) -> set[int]:
        """`Editor: Yohanes Simbolon` lines hold names, not a headline."""
        return {
            self.text.count("\n", 0, m.start) for m in self.analysis.furniture if m.attrs.get("kind") in ("editor", "dateline")
        }

    def portfolio_shaped(self, index: int) -> bool:
        """An Indonesian abstract noun of the shape pe-...-an or ke-...-an (`Pengusahaan`,
        `Kedaruratan`): a unit's portfolio, never part of a personal name."""
        if self.analysis.lang != "id" or not PORTFOLIO_SHAPE.match(self.word(index)):
            return False
        lex = self.lex  # `Kementerian`, `Perserikatan Bangsa-Bangsa`: a head or a known name has its own rule
        return not any(matcher.match(self.tokens, index) for matcher in (lex.org_heads, lex.gazetteer, lex.roles))

    def in_title_line(self, index: int) -> bool:
        if not self.title_case_lines or index >= self.n:  # a place ending the text ends no line
            return False
        return bisect_right(self.line_starts, self.tokens.starts[index]) - 1 in self.title_case_lines

    def joined(self, left: int, right: int) -> bool:
        """Whether tokens ``left`` and ``right`` are separated by spaces only."""
        if left < 0 or right >= self.n:
            return False
        if left >= self.n or right < 0:
            return bool(SPACE.match(self.tokens.gap(left, right)))
        # SPACE on tokens.gap(left, right), without copying the gap; most gaps are one character
        end, start, text = self.tokens.ends[left], self.tokens.starts[right], self.tokens.text
        if start == end + 1:
            return text[end] in " \t" or (text[end] == "\n" and end in self.wrap_breaks)
        if start <= end or text[end] not in " \t":
            return False  # no gap, or one that opens with punctuation (`, `): the pattern fails at once
        return _SPACE_BETWEEN.fullmatch(text, end, start) is not None

    def continues(self, k: int) -> bool:
        """Token ``k`` continues the phrase: spaces only before it, or a dotted title (`Prof. X`)."""
        if k >= self.n:
            return False
        if self.joined(k - 1, k):
            return True
        previous = self.tokens.tokens[k - 1]
        return previous.text in self.dotted_titles and self.tokens.gap(k - 1, k) == ". "

    def cap_run_last(self, index: int) -> int:
        """The last word of the run of capitalised words joined by spaces that opens at ``index``."""
        end = index
        while end + 1 < self.n and self.joined(end, end + 1) and self.tokens.tokens[end + 1].is_cap:
            end += 1
        return end

    def free(self, index: int) -> bool:
        """Whether word ``index`` exists and no entity, title or proposal under way holds it."""
        if index >= self.n or index < 0 or self.taken[index]:
            return False
        return self.pending is None or index not in self.pending.blocked

    def add(
        self, first: int, last: int, label: str, *, start: int | None = None, end: int | None = None, rule: str | None = None
    ) -> Mention:
        """An entity over words ``first``..``last`` (or exact ``start``/``end``): into the proposal under
        way, or straight into the result outside one (the passes after the scan)."""
        tokens = self.tokens.tokens
        mention = Mention(
            tokens[first].start if start is None else start,
            tokens[last].end if end is None else end,
            label,
            rule=rule or (self.pending.rule if self.pending is not None else None),
        )
        if self.pending is not None:
            self.pending.mentions.append(mention)
        else:
            self.found.append(mention)
        self.block(first, last)
        return mention

    def found_within(self, start: int, end: int) -> list[Mention] | None:
        """The entities found that overlap characters ``start``..``end``, or None when one of them
        reaches outside them (a longer entity holds part of the span, so a rule leaves it alone)."""
        inside = [m for m in self.found if m.start < end and start < m.end]
        return None if any(m.start < start or m.end > end for m in inside) else inside

    def block(self, first: int, last: int) -> None:
        """Keep words ``first``..``last`` from every later rule (a title's words, a ship's name)."""
        if self.pending is not None:
            self.pending.blocked.update(range(first, last + 1))
            return
        for index in range(first, last + 1):
            self.taken[index] = True

    def shape(self, name: str, index: int) -> int | None:
        """The word after the ``name`` shape at word ``index`` (spaCy's ``Matcher``; the shapes are
        in :func:`annotator.nlp.lexicon._shapes`), or None."""
        return self.lex.shapes.match(self.tokens, name, index)

    def latest(self, count: int) -> list[Mention]:
        """The last ``count`` entities found, those of the proposal under way included."""
        recent = self.found[-count:]
        if self.pending is not None:
            recent = (recent + self.pending.mentions)[-count:]
        return recent

    # --- proposals: a rule's result before the resolver accepts it ---------------------------

    def propose(
        self, rule: str, priority: int, index: int, generate: Callable[[EntityState, int], int | None]
    ) -> Candidate | None:
        """Run one candidate generator at word ``index`` without changing the result."""
        scratch = self._scratch
        scratch.start, scratch.end, scratch.priority, scratch.rule = index, index, priority, rule
        self.pending = scratch
        end = generate(self, index)
        self.pending = None
        if end is None:
            scratch.mentions.clear()
            scratch.blocked.clear()
            return None
        scratch.end = end
        self._scratch = Candidate(0, 0, 0, "")  # the candidate keeps this one (positional: a quicker call)
        return scratch

    def accept(self, candidate: Candidate) -> None:
        """Set the annotations of the candidate the resolver chose."""
        self.found.extend(candidate.mentions)
        for index in candidate.blocked:
            self.taken[index] = True

    def cap_word(self, index: int) -> bool:
        # free(index), inlined: this is asked for most words, several times
        if index >= self.n or index < 0 or self.taken[index]:
            return False
        if self.pending is not None and index in self.pending.blocked:
            return False
        text = self.texts[index]
        return text[:1].isupper() and text not in self.lex.stopwords

    def phrase_places(self, phrases: Iterable[str]) -> Iterator[tuple[int, int]]:
        """(first, last) word of each place where one of ``phrases`` (words split by spaces) is
        written word for word, in phrase order and then text order."""
        for phrase in phrases:
            words = phrase.split()
            for last in self.tokens.indices_of({words[-1]}):
                first = last - len(words) + 1
                if first >= 0 and all(self.word(first + i) == word for i, word in enumerate(words)):
                    yield first, last

    def has_any_word(self, words: frozenset[str]) -> bool:
        """Whether some word of the text is one of ``words`` (answered once per text and set): a
        rule that needs one of them after a name need not walk the words after each name."""
        present = self._word_sets_present.get(words)
        if present is None:
            present = self._word_sets_present[words] = not self.tokens.by_text.keys().isdisjoint(words)
        return present

    def word(self, index: int) -> str:
        return self.texts[index] if 0 <= index < self.n else ""

    def word_starting_at(self, offset: int) -> str:
        """The word that starts at character ``offset`` ("" when none does)."""
        k = self.tokens.first_at_or_after(offset)
        return self.texts[k] if k < self.n and self.tokens.starts[k] == offset else ""

    def gazetteer(self, index: int) -> tuple[int, str] | None:
        if not self.free(index):
            return None
        match = self.lex.gazetteer.match(self.tokens, index)
        if match and (match[0] == index + 1 or all(self.free(k) for k in range(index + 1, match[0]))):
            return match
        return None

    def is_head(self, index: int) -> bool:
        """Whether a role, organisation, region, event or facility head starts at ``index``."""
        heads = self._head_starts
        if heads is None:
            lex = self.lex
            matchers = (lex.roles, lex.org_heads, lex.event_heads, lex.facilities)
            heads = set().union(*(matcher.starts(self.tokens) for matcher in matchers))
            # A region head heads a place only before its name (`Tanjung Priok`); a last word
            # (`AKBP Doli M Tanjung mengatakan`) is a surname.
            heads |= {k for k in lex.loc_heads.starts(self.tokens) if self.word(k + 1)[:1].isupper() and self.joined(k, k + 1)}
            self._head_starts = heads
        return index in heads or (self.word(index) in self.res.place_types and self.cap_word(index + 1))

    def naming_context(self, index: int) -> bool:
        """Right after a speech verb or right before one (`kata Putri`, `Putri mengatakan`)."""
        lex = self.lex
        after_cue = lex.cues_after.match(self.tokens, index - 1) or lex.naming_cue(self.tokens, index - 1)
        if index > 0 and self.joined(index - 1, index) and after_cue:
            return True
        return index + 1 < self.n and self.joined(index, index + 1) and lex.naming_cue(self.tokens, index + 1)
