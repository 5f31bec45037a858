"""Whether a paired quotation is speech (``looks_like_speech``) rather than a scare quote, a title
(`berjudul "..."`), a quoted term or a partial quote woven into the reporter's sentence."""

from __future__ import annotations

import re

from annotator.nlp.quotes.pairing import QuoteCandidate
from annotator.nlp.quotes.signature_line import next_line_dash, signature_dash
from annotator.nlp.resources import speech_word_list, speech_words
from annotator.nlp.text.marks import OPENING_MARKS, mark_chars
from annotator.nlp.text.pattern_needs import FOLDS_TO_ASCII

#: Words right before a quotation that make it a title or a name, not speech (in small letters:
#: `_title_word_before` reads them as they are, TITLE_WORDS case-insensitively).
_TITLE_WORD_LIST = speech_word_list("title_words")
TITLE_WORDS = re.compile(r"(?:" + "|".join(_TITLE_WORD_LIST) + r")\s*$", re.IGNORECASE)
#: A title word a few words before the quotation (`dengan judul berbeda, yaitu “...”`).
TITLE_NEAR = re.compile(
    r"\b(?:" + "|".join(speech_word_list("title_words_near")) + r")\b[^.!?“”\"\n]{0,30}$", re.IGNORECASE
)
#: Articles right before an opening mark: the quotation is a noun phrase (`the “...” in`).
_ARTICLES = frozenset(speech_word_list("article_words"))
_END_PUNCT = (".", ",", "?", "!", "…", ";", ":", "-", "–", "—")
_TITLE_SMALL = speech_words()["title_small_words"]


def is_title_case(content: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", content)]
    if not words:
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


#: The fewest words of a title-case cry that is no speech (`“Hidup Jokowi!”` may be a chant).
_MIN_CRY_WORDS = 3


def title_case_cry(content: str, words: int) -> bool:
    """A title-case exclamation or question of a few words (`Gubernur Turun ke Lokasi: “Kita Harus
    Bergerak Cepat!”`, a banner's `“Save Our River!”`): a headline's or a slogan's words, which
    nobody speaks in title case. Unattributed, it is no quote (headlines stay without quotes when
    in doubt, slogans are no quotes)."""
    return _MIN_CRY_WORDS <= words <= MAX_CROSSHEAD_WORDS and content.rstrip().endswith(("!", "?")) and is_title_case(content)


#: What opens a quote's span before its first word: spaces and opening quotation marks.
_SPACE_AND_OPENING = mark_chars(OPENING_MARKS, " ")
#: A sentence ending inside a quotation and another starting: more than a few words woven in.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")


def is_partial(text: str, quote: QuoteCandidate) -> bool:
    """A partial quote woven into the reporter's sentence (`said the groups that “committed
    anarchy ...”`, `by establishing “strict health protocols”`): it starts with a small letter and
    its opening mark stands inside a sentence, not after a colon or at the paragraph's start."""
    content = text[quote.start : quote.end].lstrip(_SPACE_AND_OPENING)
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


#: The most words of a crosshead that repeats a quote (`‘We do not accept guardianship’`).
MAX_CROSSHEAD_WORDS = 10
#: A heading's label before the quote it repeats: a few capitalised words and a colon (`Police
#: Minister: “...”`, `Kapolda Jatim: "..."`).
_HEADING_LABEL = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*\s*:")


def is_crosshead(text: str, quote: QuoteCandidate) -> bool:
    """A crosshead or headline repeating a quote from the story (`‘Their demands are not clear’` on a
    line of its own, `Police Minister: “We will not back down”`): a short quotation that fills its
    paragraph, or follows only a label and a colon, with no punctuation at its end inside or after
    its marks. A quote paragraph ends its sentence (`“We will rebuild.”`, `“...”.`), so this is a
    heading, not speech (the real set's decisions: headlines stay without quotes when in doubt).
    One signed by a dash line right after it (`“I think he should resign”` / `– Senator X on ...`)
    is a week's quotable quote, not a heading (``signed_on_next_line``)."""
    if quote.close_mark is None or quote.words > MAX_CROSSHEAD_WORDS:
        return False
    if text[quote.close_mark + 1 : quote.para_end].strip(" \x00"):
        return False
    if text[quote.para_start : quote.open_mark].strip(" \x00") and not _heading_label(text, quote):
        return False
    return not text[quote.start : quote.end].rstrip().endswith(_END_PUNCT) and not signed_on_next_line(text, quote)


def signed_on_next_line(text: str, quote: QuoteCandidate) -> bool:
    """Whether the paragraph after the quote's opens with a dash, a space and a capitalised word
    (`– President X's response to ...`): the line that signs a quotable quote."""
    dash = next_line_dash(text, quote.para_end)
    if dash is None:
        return False
    line_end = text.find("\n", dash)
    return signature_dash(text, dash, len(text) if line_end < 0 else line_end) is not None


def _heading_label(text: str, quote: QuoteCandidate) -> bool:
    """Whether only a heading's label and its colon stand before the quotation (`Junta Watch: “...`)."""
    return bool(_HEADING_LABEL.fullmatch(text[quote.para_start : quote.open_mark].strip(" \x00")))


def in_headline(text: str, quote: QuoteCandidate) -> bool:
    """A quotation inside a headline (`"We did well" - Captain reviews the series`, `Weekly Brief:
    ‘What Crisis?’ Says Minister; Talks Go On`): words follow its closing mark in its paragraph, the
    first of them not in small letters, and the paragraph ends on a word, with no punctuation
    closing a sentence. Unattributed, or after a heading's label and colon, it stays no quote (the
    real set's decisions: headlines stay without quotes when in doubt). A quotation ending on a
    comma goes on into its sentence (`“...,” the court ordered`): no headline. Nor is one closed by
    a full stop and signed after a dash (`"... Amen." - Pastor X, speaking at ...`): a headline
    does not end its quotation with a full stop (``signed_by_dash``)."""
    if quote.close_mark is None or text[quote.start : quote.end].rstrip().endswith(","):
        return False
    if signed_by_dash(text, quote):
        return False
    tail = text[quote.close_mark + 1 : quote.para_end].rstrip(" \t\x00")
    first = next((char for char in tail if char.isalpha()), "")
    return bool(first) and not first.islower() and tail[-1].isalnum()


#: How a quotation signed after a dash ends: a full stop (or an ellipsis), never a headline's way.
_SIGNED_END = (".", "…")


def signed_by_dash(text: str, quote: QuoteCandidate) -> bool:
    """Whether a quotation ending a sentence with a full stop is signed on its own line by a dash and
    a capitalised word after its closing mark (`"We will not lose hope. Amen." - Pastor X, speaking
    at ...`, `“... sabar menunggu.” - Kiai X, pengasuh ...`): a pull quote or a quotable quote with
    its speaker, not a headline (`"We did well" - Captain reviews ...` ends on no stop)."""
    assert quote.close_mark is not None
    if not text[quote.start : quote.end].rstrip().endswith(_SIGNED_END):
        return False
    return signature_dash(text, quote.close_mark + 1, quote.para_end) is not None


def _title_word_before(before: str) -> bool:
    """``TITLE_WORDS.search(before) is not None``: white space alone after a title word. Without
    the characters ``re`` matches to an ASCII letter case-insensitively (`İ`, the Kelvin sign,
    `ı`, `ſ`), ``lower`` and ``endswith`` give the pattern's answer without its search, which is
    tried at every character of ``before``."""
    if any(char in before for char in FOLDS_TO_ASCII):
        return TITLE_WORDS.search(before) is not None
    return before.rstrip().lower().endswith(_TITLE_WORD_LIST)


def _title_in_sentence(text: str, quote: QuoteCandidate, content: str) -> bool:
    """A title-case quotation closed by the reporter's full stop or comma inside its marks, its
    opening mark right after a word of the reporter's sentence (`greeted each day with lines from
    “Oh, What a Beautiful Morning.”`): a title or a name, not speech."""
    before = text[quote.para_start : quote.open_mark].rstrip(" \x00")
    return content.rstrip().endswith((".", ",")) and before[-1:].isalpha()


def after_article(before: str) -> bool:
    """Whether the text ``before`` an opening mark ends with an article (`the “...”`, `sebuah
    “...”`): the quotation is a noun phrase of the sentence around it, not speech."""
    words = before.rstrip(" \t\x00").rsplit(None, 1)
    return bool(words) and words[-1].lower() in _ARTICLES


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
    if _title_word_before(before) or TITLE_NEAR.search(before) or after_article(before):
        return False
    ends_sentence = content.rstrip().endswith(_END_PUNCT)
    partial = not introduced and not (cued and _comma_clause(text, quote)) and is_partial(text, quote)
    if (quote.words <= 2 and not alone) or partial:
        return False
    if is_title_case(content) and quote.words <= 10 and (not ends_sentence or _title_in_sentence(text, quote, content)):
        return False
    if not attributed and title_case_cry(content, quote.words):
        return False
    if is_crosshead(text, quote):
        return False
    if in_headline(text, quote) and (not attributed or _heading_label(text, quote)):
        return False
    if attributed:
        return True
    # Unattributed: speech if it is a sentence, or long, or a whole paragraph.
    whole_paragraph = text[quote.para_start : quote.open_mark].strip() == ""
    return ends_sentence or quote.words >= 8 or (whole_paragraph and quote.words >= 4)
