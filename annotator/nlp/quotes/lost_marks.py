"""Quotation marks a page left out: a quote whose closing mark is missing before its cue, one
carried into the next paragraph without a new opening mark, and one whose opening mark is missing
(the shared decisions: it is direct speech "starting at the first reported sentence")."""

from __future__ import annotations

import re

from annotator.nlp.quotes.pairing import MAX_UNMARKED_RUN, QuoteCandidate, paragraphs
from annotator.nlp.quotes.quote_marks import mark_view
from annotator.nlp.quotes.quote_speech import looks_like_speech
from annotator.nlp.quotes.speech_register import in_person, in_reporter_voice
from annotator.nlp.speakers.attribution import Attributor

#: Punctuation before a small word inside a quote left open (`“Kami datang, kata Budi.`).
_LOST_CLOSE = re.compile(r"[,.?!…](?= [a-z])")
#: At most this many words after the punctuation: a cue and a speaker, not more speech.
MAX_LOST_CLOSE_TAIL = 12


def close_lost_marks(attributor: Attributor, text: str, quotes: list[QuoteCandidate]) -> None:
    """A quote whose closing mark was left out before its cue (`“Kami datang, kata Budi Hartono.`)
    ends at the punctuation before the cue, when a cue follows it right there and the cue's clause
    ends the paragraph, or ends a sentence that the reporter's next sentence follows (`“..., kata
    Kamal. Kamal menjelaskan ...`, a page that ran two paragraphs together)."""
    for quote in quotes:
        if quote.close_mark is not None:
            continue
        ends = [m.start() for m in _LOST_CLOSE.finditer(text, quote.start, quote.end)]
        ends_paragraph = (
            bool(ends)
            and text[quote.start : quote.para_end].rstrip().endswith(".")
            and len(text[ends[-1] + 1 : quote.para_end].split()) <= MAX_LOST_CLOSE_TAIL
        )
        if ends_paragraph and _cue_at(attributor, ends[-1], quote.para_end):
            _close_at(text, quote, ends[-1])
            continue
        for at in ends:
            sentence_end = _CUE_CLAUSE_END.match(text, at + 2, quote.para_end)
            if sentence_end is not None and _cue_at(attributor, at, quote.para_end):
                _close_at(text, quote, at)
                break


#: A cue's clause of a few words ending its sentence before the reporter's next one (a capital).
_CUE_CLAUSE_END = re.compile(r"[a-z][^.!?\n“”\"]{0,80}?\.\s+(?=[A-Z])")


def _cue_at(attributor: Attributor, at: int, limit: int) -> bool:
    """Whether a cue stands right after the punctuation at ``at`` (`, kata X`), before ``limit``."""
    attribution = attributor.after_close(at, limit)
    return attribution is not None and attribution.cue is not None and attribution.cue.start == at + 2


def _cue_after(attributor: Attributor, quote: QuoteCandidate) -> bool:
    """Whether a cue follows the quote's closing mark right there (`kami," tegasnya`, or after its
    speaker: `this time," he said`), and none
    stands inside it after a comma (`Warga diminta tenang, kata dia," ujar X`: a report inside a
    quote, no carried speech)."""
    assert quote.close_mark is not None
    attribution = attributor.after_close(quote.close_mark, quote.para_end)
    if attribution is None or attribution.cue is None:
        return False
    speaker = attribution.speaker
    first = min(attribution.cue.start, speaker.start if speaker is not None else attribution.cue.start)
    if first > quote.close_mark + 3 and not _titles_before(attributor.text, quote.close_mark, first):
        return False
    inner = _LOST_CLOSE.finditer(attributor.text, quote.start, quote.end)
    return not any(_cue_at(attributor, m.start(), quote.para_end) for m in inner)


#: Between a closing mark and the speaker right after it, the speaker's titles (`,” Dr Lee said`,
#: `,” Police Chief Ana Lee said`): a few capitalised words, with or without their stop.
_TITLES_GAP = re.compile(r"[\s,]{1,2}(?:[A-Z][A-Za-z]{0,11}\.? ){1,3}")


def _titles_before(text: str, close: int, first: int) -> bool:
    """Whether only a few capitalised title words stand between the closing mark at ``close`` and
    the attribution's first mention at ``first`` (its speaker, whose titles the mention leaves out)."""
    return _TITLES_GAP.fullmatch(text, close + 1, first) is not None


def _close_at(text: str, quote: QuoteCandidate, at: int) -> None:
    quote.end, quote.close_mark = at + 1, at
    quote.words = len(text[quote.start : quote.end].split())


def drop_doubtful_carried(attributor: Attributor, quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Keep a quote carried into the next paragraph without an opening mark only while the part
    before it is still left open and it holds no speech verb (`Ia mengatakan, ...` there is the
    reporter's sentence, not the speaker's); one closed after a comma only with its cue right after
    the mark (`..., kami," tegasnya.`), and one that lost its closing mark too only once
    ``close_lost_marks`` closed it before its cue, or when the next paragraph opens with a new mark
    that goes on with the quote (``_reopened_run``)."""
    kept: list[QuoteCandidate] = []
    unclosed: list[QuoteCandidate] = []  # carried paragraphs with no mark, waiting for one that closes
    unmarked: list[QuoteCandidate] = []  # every paragraph with no mark since the quote left open
    for quote in quotes:
        if quote.attrs.get("carried"):
            previous = kept[-1] if kept else None
            waiting = [q for q in unclosed if q.group == quote.group]
            if previous is None or previous.group != quote.group or previous.close_mark is not None:
                continue
            if quote.close_mark is None:
                unmarked.append(quote)
            if attributor.cues.holds(quote.start, quote.end) or not looks_like_speech(attributor.text, previous, True):
                unclosed = []
                continue
            if quote.close_mark is None:
                unclosed = [*waiting, quote]
                continue
            if quote.attrs.get("after_comma") and not _cue_after(attributor, quote):
                continue
            kept.extend(waiting)  # `“Awalnya ...` / `Warga panik ...` / `Untung ...,” kata X.`
        elif quote.attrs.get("reopens"):
            run = _reopened_run(attributor, unmarked, quote)
            if run:
                kept.extend(run)
            else:
                _new_group(quotes, quote)
        unclosed = []
        unmarked = []
        kept.append(quote)
    return kept


def _reopened_run(attributor: Attributor, unmarked: list[QuoteCandidate], quote: QuoteCandidate) -> list[QuoteCandidate]:
    """Paragraphs with no mark between a quote paragraph left open and one that opens with a new mark
    and goes on with it (`“Saya datang ke sini ...` / `Saya sudah minta ...` / `“Saya juga ...,” kata
    X.`): parts of that quote that lost both marks, when every one is in the speaker's own voice (a
    speech verb there is the speaker's too: `Saya sudah memberi tahu mereka bahwa ...`)."""
    run = [q for q in unmarked if q.group == quote.group]
    lang = attributor.analysis.lang
    if run and all(in_person(attributor.text, q.start, q.end, lang) for q in run):
        return run
    return []


def _new_group(quotes: list[QuoteCandidate], quote: QuoteCandidate) -> None:
    """Start a group of its own at ``quote`` (with the parts after it that share its group): the
    paragraphs between it and the quote before were the reporter's, so the two are separate quotes."""
    old, new = quote.group, max(q.group for q in quotes) + 1
    for other in quotes:
        if other.group == old and other.start >= quote.start:
            other.group = new



#: A closing mark with no opening one: after a sentence's or clause's punctuation.
#: (The look-behind follows the mark, so that ``re`` looks only at marks; the same matches.)
#: Also closed after a space (`siap, ”`), or right after a word before a small one (`diatur" ujar`).
_ORPHAN_CLOSE = re.compile('[”"»](?:(?<=[,.?!…].)|(?<=[,.?!…] .)|(?<=[^\\W\\d_].)(?= [a-z]))')
#: Characters of the mark forms :func:`mark_view` rewrites (mis-decoded, entities, doubled, primes).
_REWRITTEN_MARKS = re.compile("[€&´′`″＂〝〞‶]|''|’’")
#: The single characters of _REWRITTEN_MARKS: searched alone, re scans for them (an alternation
#: that opens with a set is tried at every character); the doubled marks are substring tests.
_REWRITTEN_CHARS = re.compile("[€&´′`″＂〝〞‶]")


def _has_rewritten_marks(text: str) -> bool:
    """``_REWRITTEN_MARKS.search(text) is not None``, found faster."""
    return _REWRITTEN_CHARS.search(text) is not None or "''" in text or "’’" in text
#: The end of a sentence before the next one (a capital or a mark follows).
_SENTENCE_BREAK = re.compile(r"[.!?…][”\"’)]*\s+(?=[A-Z“\"‘(])")


def open_lost_marks(attributor: Attributor, quotes: list[QuoteCandidate], skip: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """Quotes whose opening mark was lost (`Kami sudah selesai,” kata Budi.`): a closing mark no
    pair used, right after punctuation and followed by its cue, closes a quote that starts at the
    first reported sentence: the sentence after an earlier quote's attribution in the paragraph
    (`“...,” kata Budi. Kami juga ...,” ujarnya.`), when no speech verb stands in it."""
    text = attributor.text
    closing = _straight_closes(attributor, quotes)
    if closing:
        quotes = [q for q in quotes if q not in closing]
    used = {q.close_mark for q in quotes} | {q.open_mark for q in quotes}
    if not any(m.start() not in used for m in _ORPHAN_CLOSE.finditer(text)) and not _has_rewritten_marks(text):
        return quotes  # every closing mark is paired, and no mark is written in a form mark_view rewrites
    view = mark_view(text)
    added: list[QuoteCandidate] = []
    group = max((q.group for q in quotes), default=0)
    paras = paragraphs(view)
    for number, (para_start, para_end) in enumerate(paras):
        for mark in _ORPHAN_CLOSE.finditer(view, para_start, para_end):
            close = mark.start()
            if close in used or any(q.start <= close < q.end for q in quotes) or any(s <= close < e for s, e in skip):
                continue
            attribution = attributor.after_close(close, para_end)
            if attribution is None or attribution.cue is None or attribution.cue.start < close:
                continue
            start = _first_reported(attributor, quotes, para_start, close)
            if start is None:
                continue
            end = close
            while end > start and text[end - 1].isspace():
                end -= 1
            if text[end - 1].isalpha() and not _bare_close(attributor, start, end, close, attribution.cue.start):
                continue
            group += 1
            candidate = QuoteCandidate(start, end, start, close, para_start, para_end, group, len(text[start:end].split()))
            candidate.attrs["lost_open"] = True
            introduced = text[start].islower()  # after a lead-in (`Ia menegaskan, kami ...`)
            if looks_like_speech(text, candidate, True, introduced=introduced):
                if not text[para_start:start].strip(" \t\x00"):
                    added.extend(_unmarked_run_before(attributor, view, paras, number, group, [*quotes, *added], skip))
                added.append(candidate)
    return sorted([*quotes, *added], key=lambda q: q.start) if added else quotes


#: Punctuation right before a straight mark, with at most one space between (`...,"Ucapnya`).
_PUNCT_BEFORE_MARK = re.compile(r"[,.?!…] ?$")


def _straight_closes(attributor: Attributor, quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Quotations that a straight mark opened and nothing closed, where the mark follows punctuation
    and a cue follows it right there (`... oleh Rina Hartono,"Ucapnya`, `... tahun ini, "ujar Budi.`):
    the page lost the quote's opening mark and this one closes it, so pairing's reading of it as
    an opening mark is dropped and ``open_lost_marks`` reads it as an orphan closing mark."""
    text = attributor.text
    found = []
    for quote in quotes:
        if quote.close_mark is not None or quote.attrs.get("carried") or text[quote.open_mark] != '"':
            continue
        if not _PUNCT_BEFORE_MARK.search(text, quote.para_start, quote.open_mark):
            continue
        attribution = attributor.after_close(quote.open_mark, quote.para_end)
        cue = attribution.cue if attribution is not None else None
        if cue is not None and quote.open_mark < cue.start <= quote.open_mark + 2:
            found.append(quote)
    return found


def _bare_close(attributor: Attributor, start: int, end: int, close: int, cue_start: int) -> bool:
    """A closing mark right after a word, with no punctuation before it, ends a quote that lost its
    opening mark only with its cue right after it (`... diatur" ujar Budi`) and the quote in the
    speaker's own voice."""
    return cue_start == close + 2 and in_person(attributor.text, start, end, attributor.analysis.lang)


def _first_reported(attributor: Attributor, quotes: list[QuoteCandidate], para_start: int, close: int) -> int | None:
    """Where a quote that lost its opening mark starts, or None when that cannot be told."""
    text = attributor.text
    earlier = [q for q in quotes if q.para_start == para_start and q.end <= close]
    if not earlier:
        return _whole_sentence_paragraph(attributor, para_start, close)
    if earlier[-1].close_mark is None:
        return None
    last = earlier[-1]
    breaks = list(_SENTENCE_BREAK.finditer(text, last.close_mark + 1, close))
    if not breaks:
        return None
    start = breaks[0].end()
    return _after_lead_in(attributor, start, close) if attributor.cues.holds(start, close) else start


def _whole_sentence_paragraph(attributor: Attributor, para_start: int, close: int) -> int | None:
    """Where a quote that lost its opening mark starts in a paragraph with no earlier quote. One
    sentence up to the closing mark, opened with a capital and holding no speech verb (`Belum ada
    laporan soal itu,” kata X.`): at the paragraph. More sentences: at the first one in the speaker's
    own voice (starting at the paragraph misfired on the real held-out part, where the reporter's
    sentence came first); none in that voice, after the reporter's last sentence that holds a speech
    verb or a cue (``_after_reported_sentence``); neither, at the paragraph when the paragraph before
    introduces the speaker with a speech verb (``_introduced_paragraph``), else no quote. A subject and
    speech verb before a comma there (`Ia menegaskan, kami ...`): after the comma (``_after_lead_in``)."""
    text = attributor.text
    start = para_start
    while start < close and text[start] in " \t\x00":
        start += 1
    last = text[:close].rstrip()[-1:]
    if not text[start : start + 1].isupper() or not (last in (",", ".", "!", "?") or last.isalpha()):
        return None
    sentences = [start, *(b.end() for b in _SENTENCE_BREAK.finditer(text, start, close))]
    if len(sentences) > 1:
        # Several sentences: the speaker's start at the first one in their own voice (`Warga berharap
        # ... . Kami sudah lama menunggu,” kata X`), else after the reporter's last one that holds a
        # speech verb (`Budi menjelaskan, ... . Proyek itu ...,” ujarnya.`); with neither, the two
        # cannot be told apart.
        lang = attributor.analysis.lang
        ends = [*sentences[1:], close]
        spans = list(zip(sentences, ends, strict=True))
        start = next((s for s, e in spans if in_person(text, s, e, lang)), None)
        if start is None:
            start = _after_reported_sentence(attributor, spans)
        if start is None and _introduced_paragraph(attributor, para_start, spans):
            start = spans[0][0]
        if start is None:
            return None
    if _inner_cue(attributor, start, close):
        return None  # `Warga diminta tenang, kata dia,” ujar X`: a report, no speech of its own
    return _after_lead_in(attributor, start, close) if attributor.cues.holds(start, close) else start


def _after_reported_sentence(attributor: Attributor, sentences: list[tuple[int, int]]) -> int | None:
    """The start of the sentence after the last one of ``sentences`` that holds a speech verb, when
    such a sentence and at least one after it come before the closing mark: the reporter's sentence
    names the speaker (`Budi menjelaskan bahwa ...`, `Proyek itu, kata Budi, ...`), the speaker's
    words follow it up to the mark."""
    for k in range(len(sentences) - 2, -1, -1):
        if attributor.cues.holds(*sentences[k]) or _inner_cue(attributor, *sentences[k]):
            return sentences[k + 1][0]
    return None


def _introduced_paragraph(attributor: Attributor, para_start: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether the paragraph before ``para_start`` is the reporter's, holds a speech verb and no
    quotation mark, and no sentence of this one holds a speech verb or a cue: the speaker introduced
    in the paragraph before goes on in this one (`Ketua klub X mengatakan ...` / `Tendangan ke gawang
    ... . Namun mereka ...,” kata X.`; id_b22)."""
    text = attributor.text
    before_end = len(text[:para_start].rstrip())
    before_start = text.rfind("\n", 0, before_end) + 1
    if before_end <= before_start or _ANY_MARK.search(text, before_start, before_end):
        return False
    if not attributor.cues.holds(before_start, before_end):
        return False
    return not any(attributor.cues.holds(s, e) or _inner_cue(attributor, s, e) for s, e in sentences)


def _inner_cue(attributor: Attributor, start: int, end: int) -> bool:
    """Whether a cue stands right after punctuation between ``start`` and ``end`` (`..., kata dia,`)."""
    return any(_cue_at(attributor, punct.start(), end) for punct in _LOST_CLOSE.finditer(attributor.text, start, end))


#: A subject and its speech verb before a comma or colon opening a sentence (`Ia menegaskan, `).
_LEAD_IN = re.compile(r"[^,:.!?\n“”\"]{1,60}?[,:][ \t]+")


def _after_lead_in(attributor: Attributor, start: int, close: int) -> int | None:
    """A quote whose opening mark was lost after the subject and speech verb that introduce it
    (`Ia menegaskan, kami tidak mau diatur," ujarnya.`, `He added: We ...`): it starts after their
    comma or colon when a cue
    ends right before that comma, none stands after it, and what follows is in the speaker's own
    voice, or is one sentence holding no word of the reporter's (`Ia menjelaskan, tim pusat akan
    datang bulan depan," jelasnya.`); `pihaknya tidak mau ...` is the reporter's: no quote."""
    text = attributor.text
    lead = _LEAD_IN.match(text, start, close)
    if lead is None:
        return None
    inner = lead.end()
    attribution = attributor.before_open(inner, start)
    if attribution is None or attribution.cue is None:
        return None
    if text[max(attribution.cue.end, attribution.speaker.end if attribution.speaker else 0) : inner].strip(" ,:\t"):
        return None  # words between the cue and the comma (`Ia menegaskan hal itu, ...`): no lead-in
    lang = attributor.analysis.lang
    if attributor.cues.holds(inner, close):
        return None
    if in_person(text, inner, close, lang):
        return inner
    if in_reporter_voice(text, inner, close, lang) or _STOP_INSIDE.search(text, inner, close):
        return None
    return inner


#: A sentence's end inside a stretch (`... diagnosis. }Keterlambatan ...`), whatever follows it.
_STOP_INSIDE = re.compile(r"[.!?…][\s\x00]")


#: Quotation marks of any kind: a paragraph holding one is no unmarked part of a quote.
_ANY_MARK = re.compile("[“”\"«»„‘’]")


def _unmarked_run_before(
    attributor: Attributor,
    view: str,
    paras: list[tuple[int, int]],
    number: int,
    group: int,
    quotes: list[QuoteCandidate],
    skip: list[tuple[int, int]],
) -> list[QuoteCandidate]:
    """The paragraphs of a quote whose opening mark was lost in its first paragraph (`Kan kembali
    ...` / `Ini baru plafon, ...,” ujarnya.`): right before paragraph ``number``, up to
    ``MAX_UNMARKED_RUN`` of them with no quotation mark and no speech verb, each in the speaker's own
    voice, after a paragraph with a speech verb that introduces the speaker (`X mengatakan bahwa
    ...`). Without that introduction, or with a paragraph in the reporter's voice, none is taken."""
    text, lang = attributor.text, attributor.analysis.lang
    run: list[tuple[int, int]] = []
    k = number - 1
    while k >= 0 and len(run) < MAX_UNMARKED_RUN:
        start, end = paras[k]
        if _ANY_MARK.search(view, start, end) or any(s < end and start < e for s, e in skip):
            break
        if any(q.start < end and start < q.end for q in quotes) or attributor.cues.holds(start, end):
            break
        if not in_person(text, start, end, lang):
            break
        run.append((start, end))
        k -= 1
    if not run or k < 0 or not attributor.cues.holds(*paras[k]):
        return []
    found = []
    for para_start, para_end in reversed(run):
        start, end = para_start, para_end
        while text[start] in " \t\x00":
            start += 1
        while text[end - 1].isspace():
            end -= 1
        found.append(QuoteCandidate(start, end, start, None, para_start, para_end, group, len(text[start:end].split())))
    return found

