"""Where a speaker phrase after a cue stops: at punctuation or a stop word, not at the full stop of a
title, rank or initial; on through a relative clause or a birth date that a determiner closes, and
through commas that join capitalised title words (`Kepala Pusat Data, Informasi, dan Komunikasi`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

if TYPE_CHECKING:
    from annotator.nlp.analysis import Analysis
    from annotator.nlp.lexicon import Lexicon
    from annotator.nlp.text.tokens import TokenIndex

#: Words that end a speaker phrase after a cue (`kata Rina kepada wartawan`), from `speech_words.toml`.
SPEAKER_STOPS = speech_words()["speaker_stops"]
PHRASE_END = re.compile(r"[.,;:!?\n“”\"()]")
_PHRASE_END = PHRASE_END  # the name `_stop_offset` reads
#: Abbreviated ranks whose full stop ends no subject (`Sr. Comr.`, `Adj. Comr.`), beside the titles.
_RANK_ABBREVIATIONS = speech_words()["rank_abbreviations"] | speech_words()["phrase_abbreviations"]
_AND_TITLE = re.compile(r" (?:and|dan) [A-Z]")
#: Capitals joined by full stops (the word `U.S` of `U.S.`): none of their stops ends a phrase or
#: a subject (`former U.S. District Judge X wrote`; en_speakcount1).
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
#: How many words a relative clause inside a role speaker may have (`pria yang akrab disapa X itu`).
MAX_RELATIVE_WORDS = 8
#: How many, when the determiner ends the clause right before its punctuation.
MAX_CLOSING_RELATIVE_WORDS = 12
#: Nouns of documents that speak (`laporan`, `keterangan`, `dokumen`): their relative clause is part of them.
_DOCUMENT_NOUNS = frozenset(speech_words()["document_nouns"])
#: `said the official in the mayor's office`, `said a source close to the talks`: the links of a place
#: of work or of closeness after an English role speaker, and the last words of such a place.
_ANCHOR_LINKS = frozenset(speech_words()["role_anchor_links_en"])
_ANCHOR_CLOSE = frozenset(speech_words()["role_anchor_close_en"])
_ANCHOR_PLACES = frozenset(speech_words()["role_anchor_places_en"])
_ARTICLES = frozenset(speech_words()["english_articles"]) | {"one"}
#: The most words of the place after the link (`the Ministry of Foreign Affairs`).
_MAX_ANCHOR_WORDS = 5


class PhraseStops:
    """Needs ``analysis``, ``text``, ``tokens``, ``lex`` and ``entity_by_first`` from the class it is
    mixed into (through :class:`annotator.nlp.speakers.speaker_phrases.SpeakerPhrases`)."""

    analysis: Analysis
    text: str
    tokens: TokenIndex
    lex: Lexicon
    entity_by_first: dict[int, Mention]

    def _through_relative_clause(self, stop: int, limit: int) -> int:
        """`pria yang akrab disapa Pak Dimas itu`: a role phrase goes on through `yang ...` when a
        determiner closes it within a few words; else it ends at ``stop``."""
        if self.analysis.lang == "en" or not self.text.startswith(" yang ", stop):
            return stop
        clause_end = PHRASE_END.search(self.text, stop, limit)
        words = self.text[stop : clause_end.start() if clause_end else limit].split()
        for number, word in enumerate(words[:MAX_CLOSING_RELATIVE_WORDS]):
            # Past a few words the determiner must close the clause (`Kader X yang kembali terpilih
            # untuk periode 5 tahun ke depan ini.`).
            closing = number < MAX_RELATIVE_WORDS or number == len(words) - 1
            if word.lower() in self.lex.res.determiners and number > 1 and closing:
                return self.text.index(word, stop) + len(word)
        return stop

    def _through_document_clause(self, start: int, stop: int, limit: int) -> int:
        """`Menurut dokumen yang diperoleh wartawan, ...`: a document's relative clause says which
        document speaks, so it belongs to the speaker up to the comma that closes the source
        (Indonesian; no determiner needed). Else the phrase ends at ``stop``."""
        if self.analysis.lang == "en" or not self.text.startswith(" yang ", stop):
            return stop
        head = self.text[start:stop].split()
        if not head or head[0].lower() not in _DOCUMENT_NOUNS:
            return stop
        clause_end = PHRASE_END.search(self.text, stop, limit)
        end = clause_end.start() if clause_end else limit
        if not self.text.startswith(",", end) or len(self.text[stop:end].split()) > MAX_RELATIVE_WORDS:
            return stop
        return end

    def _through_role_anchor(self, start: int, stop: int, limit: int) -> int:
        """`said the official in the mayor's office`: an English role phrase (an article and at most three
        more words) ending before `in`/`at` goes on through the place it works in (its last word one of
        ``role_anchor_places_en``, or an organisation entity), and one ending on `close` through `to` and
        whom it is close to; the place ends at the next stop. Else the phrase ends at ``stop``."""
        words = self.text[start:stop].split()
        if self.analysis.lang != "en" or not 1 < len(words) <= 4 or words[0].lower() not in _ARTICLES:
            return stop
        k = self.tokens.first_at_or_after(stop)
        if k + 1 >= len(self.tokens) or self.tokens.tokens[k].start >= limit:
            return stop
        link = self.tokens.tokens[k].text.lower()
        close = f"{words[-1].lower()} {link}" in _ANCHOR_CLOSE
        if not close and link not in _ANCHOR_LINKS:
            return stop
        end = self._stop_offset(k + 1, limit)
        place = self.text[self.tokens.tokens[k + 1].start : end].split()
        if not place or len(place) > _MAX_ANCHOR_WORDS or not place[0][:1].isalpha():
            return stop
        if close:
            return end
        last = place[-1].lower().removesuffix("'s").removesuffix("’s")
        organisation = any(m.label == "ORG" and m.end == end for m in self.analysis.entities)
        return end if last in _ANCHOR_PLACES or organisation else stop

    def _through_birth_date(self, stop: int, limit: int) -> int:
        """`pria kelahiran Magelang, 3 Maret 1979 itu`: a role phrase goes on through a comma and a
        date when a determiner closes it right after the date; else it ends at ``stop``."""
        if self.analysis.lang == "en" or not self.text.startswith(", ", stop):
            return stop
        date = next((m for m in self.analysis.entities if m.label == "DATE" and m.start == stop + 2 and m.end < limit), None)
        if date is None:
            return stop
        after = self.text[date.end : limit].split()
        if after and after[0].lower().strip(".,") in self.lex.res.determiners:
            return date.end + self.text[date.end : limit].index(after[0]) + len(after[0].rstrip(".,"))
        return stop

    def _through_title_commas(self, stop: int, limit: int) -> int:
        """Past commas that join capitalised title words (`Data, Informasi, dan Komunikasi`), and
        after them past an `and` that goes on with the title (`Chief Political, Legal and Security
        Minister X`): the new stop."""
        position = stop
        for _ in range(6):
            comma = self.text[position : position + 2] == ", "
            if not (comma or (position > stop and _AND_TITLE.match(self.text, position))):
                break
            index = self.tokens.first_at_or_after(position + 1)
            if index < len(self.tokens) and self.tokens.tokens[index].text in ("dan", "and"):
                index += 1
            if index >= len(self.tokens):
                break
            word = self.tokens.tokens[index].text
            if not word[:1].isupper() or self.entity_by_first.get(index) is not None:
                break
            position = self._stop_offset(index, limit)
        return position

    def _stop_offset(self, index: int, limit: int) -> int:
        """Where a speaker phrase starting at token ``index`` must end: punctuation or a stop word."""
        text = self.text
        position = self.tokens.tokens[index].start
        match = _PHRASE_END.search(text, position, limit)
        # `Prof.`/`Dr.`/initials do not end the phrase; `ayat (2)` does not either.
        while match and (
            (match.group() == "." and self._abbreviation_before(match.start()))
            or (match.group() == "(" and re.match(r"\([A-Z]\w{0,15}\)|\(\w{1,7}\)", text[match.start() : match.start() + 18]))
            or (match.group() == ")" and text[max(0, match.start() - 17) : match.start()].rfind("(") >= 0)
        ):
            match = _PHRASE_END.search(text, match.end(), limit)
        end = match.start() if match else limit
        k = index
        while k < len(self.tokens) and self.tokens.tokens[k].end <= end:
            word = self.tokens.tokens[k].text
            # Initials in capitals that spell a stop word (`berinisial AS`) are a name, not `as`.
            if k > index and word.lower() in SPEAKER_STOPS and not (len(word) > 1 and word.isupper()):
                return self.tokens.tokens[k - 1].end
            k += 1
        return end

    def _dotted_title_before(self, offset: int) -> bool:
        last = self.tokens.last_ending_at_or_before(offset)
        if last < 0 or self.tokens.tokens[last].end != offset:
            return False
        word = self.tokens.tokens[last].text
        return (len(word) == 1 and word.isupper()) or f"{word}." in self.lex.res.titles

    def _abbreviation_before(self, offset: int) -> bool:
        """A full stop at ``offset`` ends a title, a rank or an initial, not a sentence; nor does one
        inside or at the end of capitals joined by stops (`U.S.`)."""
        holder = self.tokens.first_at_or_after(offset + 1) - 1  # the last word starting at or before it
        if holder >= 0:
            token = self.tokens.tokens[holder]
            if token.start < offset <= token.end and _DOTTED_CAPITALS.fullmatch(token.text):
                return True
        last = self.tokens.last_ending_at_or_before(offset)
        if last < 0 or self.tokens.tokens[last].end != offset:
            return False
        word = self.tokens.tokens[last].text
        return self._dotted_title_before(offset) or word.lower() in _RANK_ABBREVIATIONS
