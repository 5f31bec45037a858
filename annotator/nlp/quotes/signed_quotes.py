"""A quote paragraph signed on the line after it (`“We will not rest until ...”` / `– Ada Okoro, the
governor of ..., speaking on ...`) or after a dash on its own line (`‘We were lucky.’ – Harbour
City coach Daniel Foster on the late penalty.`): pull quotes, a week's quotable quotes and epigraphs
name their speaker after a dash. That person is the quote's speaker (SPEAKER, no CUE: the dash
introduces no speech of its own)."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.open_continuation import title_words
from annotator.nlp.quotes.signature_line import next_line_dash, signature_dash
from annotator.nlp.resources import speech_word_list

#: Score of a speaker named by the signature line after a quote.
SIGNED_SCORE = 0.5
#: What may stand around a quote that fills its paragraph: its marks, white space and a final stop.
_AROUND_QUOTE = " \t\x00\"“”‘’'."
#: The most words between the dash and the name (`– Democratic Republic of Congo goalkeeper X`).
_MAX_LEAD_WORDS = 6
#: Small words inside a country's or a body's name before the signer's name.
_NAME_CONNECTORS = frozenset(speech_word_list("signature_name_connectors"))


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
        if text[para_start : quote.start].strip(_AROUND_QUOTE):
            continue
        line_end = len(text) if para_end < 0 else para_end
        dash = signature_dash(text, quote.end, line_end)
        if dash is not None:
            signer = _signer_at(analysis, dash, line_end)
        elif para_end < 0 or text[quote.end : para_end].strip(_AROUND_QUOTE):
            continue
        else:
            signer = _signer(analysis, para_end)
        if signer is not None:
            if signer not in analysis.speakers:
                analysis.speakers.append(signer)
            analysis.links.append(Link(quote, signer, "SPEAKER", score=SIGNED_SCORE))


def _signer(analysis: Analysis, after: int) -> Mention | None:
    """The person named right after the dash opening the first paragraph after ``after`` (blank lines
    between allowed), or None when that paragraph opens with no dash and a name."""
    text = analysis.text
    start = next_line_dash(text, after)
    if start is None:
        return None
    line_end = text.find("\n", start)
    return _signer_at(analysis, start, len(text) if line_end < 0 else line_end)


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
