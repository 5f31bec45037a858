"""A quote paragraph signed on the line after it (`“We will not rest until ...”` / `– Ada Okoro, the
governor of ..., speaking on ...`) or after a dash on its own line (`‘We were lucky.’ – Harbour
City coach Daniel Foster on the late penalty.`): pull quotes, a week's quotable quotes and epigraphs
name their speaker after a dash. Some pages sign the quote paragraph with a name line and no dash
(`“...”` / `Harbour City coach X on the late penalty`, a bare name, `X, Lakeside coach`). That person
is the quote's speaker (SPEAKER, no CUE: the signature introduces no speech of its own)."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.listed_speakers import speech_word_in
from annotator.nlp.quotes.open_continuation import title_words
from annotator.nlp.quotes.signature_line import AROUND_QUOTE, next_line_dash, next_line_start, signature_dash
from annotator.nlp.resources import speech_word_list
from annotator.nlp.text.marks import CLOSING_MARKS

#: Score of a speaker named by the signature line after a quote.
SIGNED_SCORE = 0.5
#: The most words between the dash and the name (`– Democratic Republic of Congo goalkeeper X`).
_MAX_LEAD_WORDS = 6
#: Small words inside a country's or a body's name before the signer's name.
_NAME_CONNECTORS = frozenset(speech_word_list("signature_name_connectors"))
#: Words after the signer's name on a name line that open what the quote was about (`X on the ban`).
_TOPIC_OPENERS = frozenset(speech_word_list("signature_topic_openers"))
#: The most words of a name line signing a quote with no dash.
_MAX_NAME_LINE_WORDS = 16
#: The most words of a role after the name and a comma on such a line (`X, the Lakeside coach`).
_MAX_ROLE_WORDS = 8
#: Opening and straight quotation marks: a line holding one quotes someone, it signs nothing (`’` is
#: also an apostrophe: `Harbour City’s`).
_MARKS = "\"“”‘"


def speaker_signed_after(analysis: Analysis) -> None:
    """Link a direct quote that opens its paragraph, with no speaker yet, to the person a dash after
    it on its line names, or (when the quote fills its paragraph) the person a dash opens the next
    paragraph with (titles before the name allowed)."""
    text = analysis.text
    spoken = {id(link.head) for link in analysis.links if link.label == "SPEAKER"}
    for quote in analysis.quotes:
        if quote.attrs.get("type") == "indirect" or id(quote) in spoken:
            continue
        para_start = text.rfind("\n", 0, quote.start) + 1
        para_end = text.find("\n", quote.end)
        if text[para_start : quote.start].strip(AROUND_QUOTE):
            continue
        line_end = len(text) if para_end < 0 else para_end
        dash = signature_dash(text, quote.end, line_end)
        if dash is not None:
            signer = _signer_at(analysis, dash, line_end)
        elif para_end < 0 or text[quote.end : para_end].strip(AROUND_QUOTE):
            continue
        else:
            signer = _signer(analysis, para_end)
        if signer is not None:
            if signer not in analysis.speakers:
                analysis.speakers.append(signer)
            analysis.links.append(Link(quote, signer, "SPEAKER", score=SIGNED_SCORE))


def _signer(analysis: Analysis, after: int) -> Mention | None:
    """The person named right after the dash opening the first paragraph after ``after`` (blank lines
    between allowed), or the person a name line there opens with when no dash opens it, or None."""
    text = analysis.text
    start = next_line_dash(text, after)
    if start is None:
        return _name_line_signer(analysis, after)
    line_end = text.find("\n", start)
    return _signer_at(analysis, start, len(text) if line_end < 0 else line_end)


def _name_line_signer(analysis: Analysis, after: int) -> Mention | None:
    """The person a short name line with no dash right after ``after`` opens with (titles and
    capitalised words before the name allowed), when only a stop, a role after a comma or what the
    quote was about (`on the ban`) follows the name and the line holds no quotation mark or cue."""
    text = analysis.text
    para_start = text.rfind("\n", 0, after) + 1
    before = _paragraph_before(text, para_start)
    if before is not None and _name_line_person(analysis, before) is not None:
        # `X` / `“...”` / `Y` / `“...”`: name lines heading the quotes under them, unless the name line
        # above signs a quote paragraph of its own.
        quote_before = _paragraph_before(text, before)
        if quote_before is None or text[quote_before : before].rstrip(" \t\n\x00.")[-1:] not in CLOSING_MARKS:
            return None
    return _name_line_person(analysis, next_line_start(text, after))


def _paragraph_before(text: str, para_start: int) -> int | None:
    """The start of the last non-blank paragraph before the one at ``para_start``, or None."""
    end = len(text[:para_start].rstrip(" \t\n\x00"))
    return None if end == 0 else text.rfind("\n", 0, end) + 1


def _name_line_person(analysis: Analysis, start: int) -> Mention | None:
    """The SPEAKER on the person a name line at ``start`` names (see ``_name_line_signer``), or None."""
    text = analysis.text
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[start:line_end]
    if not line or any(mark in line for mark in _MARKS) or len(line.split()) > _MAX_NAME_LINE_WORDS:
        return None
    if speech_word_in(analysis.lang, line):
        return None  # `X said the ...`: a reporter's sentence, read by the attribution rules
    person = next((m for m in analysis.entities if m.label == "PERSON" and start <= m.start < line_end), None)
    if person is None or not _signature_lead(text[start : person.start].split(), analysis.lang):
        return None
    if not _name_line_tail(text[person.end : line_end], analysis.lang):
        return None
    return analysis.speaker_at(person.start, person.end, "name", "speaker_signed_after")


def _name_line_tail(tail: str, lang: str) -> bool:
    """Whether what follows the name on a name line is nothing (a stop at most), a role after a
    comma (`, Lakeside coach`) or what the quote was about (`on the ban`, no sentence after it)."""
    tail = tail.strip().removesuffix(".").strip()
    if not tail:
        return True
    if "." in tail or "?" in tail or "!" in tail:
        return False
    if tail.startswith(","):
        role = tail[1:].split()
        return 0 < len(role) <= _MAX_ROLE_WORDS and _signature_lead(role, lang)
    return tail.split()[0].lower() in _TOPIC_OPENERS


def _signer_at(analysis: Analysis, start: int, line_end: int) -> Mention | None:
    """The person named first after the dash at ``start`` on its line, when only words describing
    them stand between the dash and the name."""
    text = analysis.text
    person = next((m for m in analysis.entities if m.label == "PERSON" and start < m.start < line_end), None)
    if person is None:
        return None
    if not _signature_lead(text[start + 1 : person.start].split(), analysis.lang):
        return None  # not `– Police arrested X`
    return analysis.speaker_at(person.start, person.end, "name", "speaker_signed_after")


def _signature_lead(lead: list[str], lang: str) -> bool:
    """Whether the words between the dash and the name only describe the signer: capitalised words
    (`Ivory Coast's`, `Chief Justice`), titles and roles in small letters (`Caretaker coach`) and the
    small words of a name (`Democratic Republic of Congo goalkeeper`), a few at most."""
    titles = title_words(lang)
    return len(lead) <= _MAX_LEAD_WORDS and all(
        word[:1].isupper() or word.lower().rstrip(".") in titles or word in _NAME_CONNECTORS for word in lead
    )
