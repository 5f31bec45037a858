"""Direct quotes: pairs of quotation marks, one QUOTE per paragraph, scare quotes and titles left out.

A quote is the text strictly inside its marks. Curly and straight marks pair in any mix (“ closed
by "), single marks inside a double-quoted quote belong to it, and a paragraph whose quote has no
closing mark ends that quote at the paragraph's end; the next paragraph's opening mark continues
it (a multi-paragraph quote, grouped so that all parts share one attribution), and so does the
next paragraph's text up to a closing mark when the copy left out the new opening mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotator.nlp.line_breaks import join_broken_lines
from annotator.nlp.quote_ayn import ayn_in_name
from annotator.nlp.quote_carry import MARKS as _MARKS
from annotator.nlp.quote_carry import carried_without_marks, continuing_close, nested_straight_close
from annotator.nlp.resources import speech_words

OPENERS = "“„«‟"
CLOSERS = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
#: Words right before a quotation that make it a title or a name, not speech.
TITLE_WORDS = re.compile(
    r"(?:berjudul|bertajuk|bertema|judul|judulnya|headline|berjuluk|dijuluki|julukan|disebut|istilah|slogan|tagar|tema|program|lagu|film|buku|novel|"
    r"titled|entitled|called|dubbed|named|nicknamed|slogan|hashtag|term|the word|so-called|yang disebut)\s*$",
    re.IGNORECASE,
)
#: A title word a few words before the quotation (`dengan judul berbeda, yaitu “...”`).
TITLE_NEAR = re.compile(
    r"\b(?:judul|judulnya|berjudul|bertajuk|tajuk|headline|titled|entitled)\b[^.!?“”\"\n]{0,30}$", re.IGNORECASE
)
_END_PUNCT = (".", ",", "?", "!", "…", ";", ":", "-", "–", "—")
#: Inside a quotation only these marks can close it or open a nested one (see find_quotations).
_INNER_MARKS = re.compile('[‘’”»«“„"\']')
_SINGLE_CLOSE = re.compile("[’”]")
_TITLE_SMALL = speech_words()["title_small_words"]


@dataclass(eq=False)
class QuoteCandidate:
    """A quotation: content offsets (inside the marks) and where its marks are."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the paragraph ends first
    para_start: int
    para_end: int
    group: int = 0
    words: int = 0
    attrs: dict = field(default_factory=dict)


def _is_straight_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == "," and after.isupper():
        return True  # `kata dia,"Kami ...` with the space left out
    return (before.isspace() or before in "([—–-:/") and not after.isspace()


def _is_close(text: str, j: int, opener: str) -> bool:
    char = text[j]
    if char in CLOSERS:
        return True
    if (char == "“" and opener in "“„\"”") or (char == "„" and opener == "„") or (char == "«" and opener == "»"):
        # An opening mark typed where the closing one belongs (`“Kami datang,“ kata dia`, `„...“`,
        # `"...,“`, `„...,„`): it closes when it ends a word or punctuation and does not start the
        # next word, or when it stands alone after punctuation before a small word (`desa, “ kata`).
        after = text[j + 1] if j + 1 < len(text) else " "
        if not text[j - 1].isspace():
            return not after.isalnum()
        following = text[j + 2 : j + 3] if after == " " else after
        # `... is ongoing. “` ending its paragraph closes too, and so does one after a sentence's end
        # that no other mark follows in the paragraph (`... tidak tega. “ Tutur Pak Leman.`).
        if text[j - 2 : j - 1] not in ",.?!":
            return False
        return following.islower() or _ends_paragraph(text, j + 1) or (text[j - 2] in ".?!" and _last_mark(text, j))
    if char in "’'" and text[j - 1] in ",.?!" and re.match(r"(?: [a-z]|\s*$)", text[j + 1 : j + 3]):
        return True  # a single mark typed for the double one after punctuation (`“Kami datang,’ kata X`)
    if char == '"':
        # A straight mark closes unless it clearly opens a new quotation.
        return not _is_straight_open(text, j) or opener == '"'
    return False


def _last_mark(text: str, i: int) -> bool:
    """Whether no quotation mark follows ``i`` in its line."""
    end = text.find("\n", i)
    return _INNER_MARKS.search(text, i + 1, end if end >= 0 else len(text)) is None


def _ends_paragraph(text: str, i: int) -> bool:
    """Whether only spaces stand between ``i`` and the end of its line."""
    end = text.find("\n", i)
    return not text[i : end if end >= 0 else len(text)].strip()


#: Quotation marks mis-decoded as Windows-1252 (`â€œ`, or `'€œ` on some pages) and read as one mark;
#: the closing one's last byte may be lost or replaced (`â€�`).
_MOJIBAKE_OPEN = re.compile("(?:â|')€œ")
_MOJIBAKE_SINGLE = re.compile("â€[˜™]")
_MOJIBAKE_CLOSE = re.compile("(?:â|')€(?:[\x9d\ufffd]|(?=[\\s.,;:!?)]|$))")
_PAD = "\x00"
#: Marks that stand for a straight double mark: double prime, fullwidth and vertical marks.
_AS_STRAIGHT = str.maketrans({"″": '"', "＂": '"', "〝": '"', "〞": '"', "‶": '"'})
_STRAIGHTENED = re.compile("[" + "".join(map(chr, _AS_STRAIGHT)) + "]")
#: Quotation marks left as HTML entities by a copy of the page (`&ldquo;Kami ...&rdquo;`).
_ENTITY_MARK = re.compile("&(?:ldquo|rdquo|quot|#8220|#8221|#34);")

#: Two single marks standing for a double one (`''Kami ...,'' kata X`, `‘‘...’’`, `’’...’’`,
#: `‘’...’’`, ``` ``...'' ```).
_DOUBLED_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(]))(?:''|‘‘|‘’|’’|``|´´|′′)(?=\S)", re.MULTILINE)
_DOUBLED_CLOSE = re.compile(r"(?<=\S)(?:''|’’|´´|′′)")
#: A quotation in straight single marks (`'Kami ...,' kata X`): it opens before a capital letter and
#: holds no other single mark, so apostrophes inside words (`Jum'at`) never pair; such an apostrophe
#: may stand inside the quotation (`'I don't know'`). The mark comes first and the character before
#: it (none, white space or `(:,—–`) is checked after it, so that re scans for the marks only.
_STRAIGHT_SINGLE = re.compile(
    r"'(?<![^\s(:,—–]')(?=[A-Z])((?:[^'\n]|(?<=[A-Za-z])'(?=[a-z]))*?[^\s'\n])'(?![\w'])", re.MULTILINE
)

#: A straight single mark typed for the double one, closed by a curly double mark after
#: punctuation (`'Kami sudah siap,” kata X`): it opens before a capital letter, and only
#: apostrophes inside words stand between it and its closing mark.
_SINGLE_FOR_DOUBLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(:,—–]))'(?=[A-Z](?:[^'\n“”\"]|(?<=[A-Za-z])'(?=[a-z]))*?[,.?!…]”)", re.MULTILINE
)


def _entity_mark(match: re.Match) -> str:
    entity, start = match.group(), match.start()
    opening = entity in ("&ldquo;", "&#8220;") or (
        entity in ("&quot;", "&#34;") and (start == 0 or match.string[start - 1] in " \n(")
    )
    pad = _PAD * (len(entity) - 1)
    return pad + "“" if opening else "”" + pad


def _single_mojibake(match: re.Match) -> str:
    """`â€˜` / `â€™` as one single mark; an apostrophe inside a word (`Qurâ€™an`) stays glued to it."""
    pad = _PAD * 2
    if match.group().endswith("˜"):
        return pad + "‘"
    glued = match.string[match.end() : match.end() + 1].isalnum()
    return pad + "’" if glued else "’" + pad


def mark_view(text: str) -> str:
    """``text`` with every mis-decoded mark (`â€œ`, `'€œ`) and doubled single mark (`''`) made one
    mark of the same length (padding before an opening mark and after a closing one), so that
    pairing works on it and offsets still hold."""
    view = text.translate(_AS_STRAIGHT) if _STRAIGHTENED.search(text) else text  # a search: translate walks every character
    if "&" in view:
        view = _ENTITY_MARK.sub(_entity_mark, view)
    if any(pair in view for pair in ("''", "‘‘", "’’", "‘’", "``", "´´", "′′")):
        view = _DOUBLED_OPEN.sub(_PAD + "“", view)
        view = _DOUBLED_CLOSE.sub("”" + _PAD, view)
    if "'" in view:
        view = _STRAIGHT_SINGLE.sub(lambda m: "‘" + m.group(1) + "’", view)
        if "”" in view:
            view = _SINGLE_FOR_DOUBLE.sub("“", view)
    if "€" not in view:
        return view
    view = _MOJIBAKE_SINGLE.sub(_single_mojibake, view)
    view = _MOJIBAKE_OPEN.sub(lambda m: _PAD * (len(m.group()) - 1) + "“", view)
    return _MOJIBAKE_CLOSE.sub(lambda m: "”" + _PAD * (len(m.group()) - 1), view)


def _orphan_closer_opens(text: str, i: int, para_start: int, para_end: int) -> bool:
    """A closing mark that opens a quotation (`,”Kami ...,”`): no quotation is open, a word follows
    it directly, none precedes it, and another closing mark follows in the paragraph. After a
    sentence's end or at the paragraph's start a space may follow it (`” Kami ..., ” kata X`). Marks
    reversed on the page pair too (`”Kami ...,“ kata X`, `»Kami ...,« kata X`)."""
    if text[i] not in "”»" or i + 1 >= para_end:
        return False
    if i > 0 and text[i - 1].isalnum():
        return False
    if not text[i + 1].isalnum() and not (text[i + 1] == " " and _opens_after_space(text, i, para_start, para_end)):
        return False
    return any(text.find(mark, i + 1, para_end) > 0 for mark in '”"“»«')


def _glued_straight_opens(text: str, i: int) -> bool:
    """A straight mark glued to the previous sentence or clause opens a quotation: `... Budi."Kami`
    (a capital after a sentence's end), `kata Budi,"kami ...` (a small letter after a comma) or
    `menegaskan"Pelaku ...` (a capital right after a word in small letters)."""
    if i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    return (
        (before in ".!?" and after.isupper())
        or (before == "," and after.islower())
        or (before.islower() and after.isupper())
    )


def _opens_after_space(text: str, i: int, para_start: int, para_end: int) -> bool:
    """A mark at ``i`` followed by a space opens a quotation (`" Kita tunggu ...," tegas X`) when it
    starts its paragraph or a sentence (a straight mark also after a comma: `mengatakan, " Kami
    ...`), a capital letter follows the space, and the same mark appears again later in the
    paragraph."""
    before = text[para_start:i].rstrip(" \t\x00")
    ends = (".", "!", "?", ":", ",") if text[i] == '"' else (".", "!", "?", ":")
    if before and not before.endswith(ends):
        return False
    after = text[i + 1 : para_end].lstrip(" ")
    if not after[:1].isupper():
        return False
    return text.find(text[i], i + 1, para_end) > 0


def _single_close_after(text: str, j: int, para_end: int) -> bool:
    """Whether a single closing mark that ends a word (not `King’s`) follows ``j`` in the paragraph."""
    m = text.find(SINGLE_CLOSE, j + 1, para_end)
    while m >= 0:
        if m + 1 >= para_end or not text[m + 1].isalnum():
            return True
        m = text.find(SINGLE_CLOSE, m + 1, para_end)
    return False


def paragraphs(text: str) -> list[tuple[int, int]]:
    result = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            result.append((position, end))
        position = end + 1
    return result


def _in_ranges(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


#: Unmarked paragraphs a quote left open may run through before the paragraph that closes it.
MAX_UNMARKED_RUN = 3


def find_quotations(text: str, skip: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """Every quotation, paired per paragraph, before the scare-quote filter."""
    text = mark_view(text)
    found: list[QuoteCandidate] = []
    group = 0
    open_previous = False
    unmarked_run = 0  # paragraphs in a row carried with no mark at all, after a quote left open
    for para_start, para_end in join_broken_lines(text, paragraphs(text)):
        if _in_ranges(para_start, skip) and _in_ranges(para_end - 1, skip):
            continue  # a furniture line (`SCROLL TO CONTINUE WITH CONTENT`) inside a quote does not end it
        i = para_start
        first_in_para = True
        carrying = open_previous or 0 < unmarked_run <= MAX_UNMARKED_RUN
        carried = continuing_close(text, para_start, para_end) if carrying else None
        if carried is not None and not _in_ranges(para_start, skip):
            end = carried
            while end > para_start and text[end - 1].isspace():
                end -= 1
            words = len(text[para_start:end].split())
            carried_attrs = {"carried": True, "after_comma": text[carried - 1] == ","}
            found.append(QuoteCandidate(para_start, end, para_start, carried, para_start, para_end, group, words, carried_attrs))
            first_in_para = False
            open_previous = False
            i = carried + 1
        elif carrying and not _in_ranges(para_start, skip) and carried_without_marks(text, para_start, para_end):
            words = len(text[para_start:para_end].split())
            lost = QuoteCandidate(para_start, para_end, para_start, None, para_start, para_end, group, words, {"carried": True})
            found.append(lost)
            open_previous = False
            unmarked_run += 1  # the next paragraph may still close the quote (`..., kata X.`)
            continue
        unmarked_run = 0
        while i < para_end:
            found_mark = _MARKS.search(text, i, para_end)
            if found_mark is None:
                break
            i = found_mark.start()
            char = text[i]
            opener = None
            if (
                char in OPENERS
                or (char == '"' and _is_straight_open(text, i))
                or (char == SINGLE_OPEN and (i == para_start or not text[i - 1].isalnum()) and not ayn_in_name(text, i))
                or _orphan_closer_opens(text, i, para_start, para_end)
                or (char == '"' and text[i + 1 : i + 2] == " " and _opens_after_space(text, i, para_start, para_end))
            ):
                opener = char
            if opener is None and char == '"' and _glued_straight_opens(text, i):
                opener = char
            if opener is None or _in_ranges(i, skip):
                i += 1
                continue
            close = None
            j = i + 1
            nested = False
            inner = _SINGLE_CLOSE if opener == SINGLE_OPEN else _INNER_MARKS
            while j < para_end:
                mark = inner.search(text, j, para_end)  # no other character can close or nest
                if mark is None:
                    break
                j = mark.start()
                c = text[j]
                if opener == SINGLE_OPEN:
                    if c == "”" and (text[j - 1] in ",.?!" or not _single_close_after(text, j, para_end)):
                        close = j  # a double mark typed for the single one (`‘Kami datang,” kata X`, `‘...support”.`)
                        break
                    if c == SINGLE_CLOSE and (j + 1 >= para_end or not text[j + 1].isalnum()):
                        close = j
                        break
                elif c == SINGLE_OPEN and not text[j - 1].isalnum():
                    nested = True
                elif c == SINGLE_CLOSE and nested and (j + 1 >= para_end or not text[j + 1].isalnum()):
                    nested = False
                elif c == '"' and opener == '"' and (partner := nested_straight_close(text, j, para_end)) is not None:
                    j = partner  # `"... saya bilang "Kacau kamu" namun ...," tegasnya`: a quote inside
                elif _is_close(text, j, opener) and (c != '"' or j > i + 1):
                    close = j
                    break
                j += 1
            start, end = i + 1, close if close is not None else para_end
            if close is not None:
                while close + 1 < para_end and text[close + 1] == _PAD:
                    close += 1
            while start < end and (text[start].isspace() or text[start] == opener):
                start += 1  # a mark typed twice (`““Kami ...`)
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                continues = open_previous and first_in_para and text[para_start:i].strip() == ""
                if not continues:
                    group += 1
                found.append(QuoteCandidate(start, end, i, close, para_start, para_end, group, len(text[start:end].split())))
                if opener == SINGLE_OPEN:
                    found[-1].attrs["single"] = True
                first_in_para = False
                open_previous = close is None
            i = (close + 1) if close is not None else para_end
        if not found or found[-1].para_start != para_start:
            open_previous = False
    return found


def is_title_case(content: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", content)]
    if not words:
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


#: A sentence ending inside a quotation and another starting: more than a few words woven in.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")


def is_partial(text: str, quote: QuoteCandidate) -> bool:
    """A partial quote woven into the reporter's sentence (`said the groups that “committed
    anarchy ...”`, `by establishing “strict health protocols”`): it starts with a small letter and
    its opening mark stands inside a sentence, not after a colon or at the paragraph's start."""
    content = text[quote.start : quote.end].lstrip(" '‘\"“")
    if not content[:1].islower():
        return False
    if _SENTENCE_INSIDE.search(content):
        return False  # `Australia “are simply reminding ... a threat. We also have ...,” he said`: speech
    before = text[quote.para_start : quote.open_mark].rstrip(" \x00'")
    return bool(before) and not before.endswith((":", ".", "!", "?"))


def _stands_alone(text: str, quote: QuoteCandidate) -> bool:
    """A quotation that is a whole sentence of its own: it opens its paragraph or follows a
    sentence's end, and ends with punctuation inside its marks (`" Sudah yah," kata X`); one that
    opens its paragraph may have lost that punctuation (`"Tidak ada" ujar X singkat.`)."""
    before = text[quote.para_start : quote.open_mark].rstrip(" \x00")
    if not before:
        return True
    return text[quote.start : quote.end].rstrip().endswith((",", ".", "?", "!", "…")) and before.endswith((".", "!", "?", ":"))


def _comma_clause(text: str, quote: QuoteCandidate) -> bool:
    """A quotation set off by commas on both sides (`dari oknum itu,”kalian ini ...,” kata X`): with a
    cue after it, a whole utterance even when it starts with a small letter, not a partial quote."""
    before = text[quote.para_start : quote.open_mark].rstrip(" \x00")
    return before.endswith(",") and text[quote.start : quote.end].rstrip().endswith((",", "?", "!"))


def looks_like_speech(
    text: str, quote: QuoteCandidate, attributed: bool, cued: bool = False, introduced: bool = False, answer: bool = False
) -> bool:
    """Whether a quotation is speech rather than a scare quote, a title or a quoted term. With
    ``cued`` (a cue right after its closing mark), a one- or two-word quotation standing alone as
    a sentence is speech too (`"Sudah yah," kata X.`); with ``introduced`` (a cue and its speaker
    right before the opening mark) one starting with a small letter is no partial quote
    (`mengatakan, "kami sudah ..."`); with ``answer`` (a cue, its speaker and a comma or colon right
    before it, nothing after it in its sentence) a short quotation is speech (`says, 'I don't know'`)."""
    content = text[quote.start : quote.end]
    alone = answer or (cued and _stands_alone(text, quote))
    if quote.attrs.get("single") and quote.words < 4 and not alone:
        return False  # `‘temporary’`; but `‘We will rebuild,’ Smith said.` is speech
    before = text[max(quote.para_start, quote.open_mark - 40) : quote.open_mark]
    if TITLE_WORDS.search(before) or TITLE_NEAR.search(before):
        return False
    ends_sentence = content.rstrip().endswith(_END_PUNCT)
    partial = not introduced and not (cued and _comma_clause(text, quote)) and is_partial(text, quote)
    if (quote.words <= 2 and not alone) or partial:
        return False
    if is_title_case(content) and not ends_sentence and quote.words <= 10:
        return False
    if attributed:
        return True
    # Unattributed: speech if it is a sentence, or long, or a whole paragraph.
    whole_paragraph = text[quote.para_start : quote.open_mark].strip() == ""
    return ends_sentence or quote.words >= 8 or (whole_paragraph and quote.words >= 4)
