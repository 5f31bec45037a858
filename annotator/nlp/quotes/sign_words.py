"""Words written on a sign, not spoken: a quotation that a banner, a placard or a mural carries
(`membawa spanduk bertuliskan “...”`, `placards reading "..."`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.quotes.pairing import QuoteCandidate
from annotator.nlp.quotes.quote_introduction import SENTENCE_END
from annotator.nlp.resources import speech_word_list
from annotator.nlp.text.patterns import word_alternation


def _words(name: str) -> re.Pattern[str]:
    """Any word of the table ``name`` of `common/speech_words.toml`, also with -nya (a factored
    alternation, `word_alternation`, tried in one pass at each character)."""
    return re.compile(r"\b(?:" + word_alternation(speech_word_list(name)) + r")(?:nya)?\b", re.IGNORECASE)


#: A thing that carries written words, or a word saying something is written on it (`sign_words`).
_SIGN = _words("sign_words")
#: A shout, a chant or a song after the sign word (`sign_voice_words`).
_VOICE = _words("sign_voice_words")


def written_on_sign(text: str, quote: QuoteCandidate, cue: Mention | None) -> bool:
    """Whether a sign word stands in the quotation's sentence before its opening mark with no cue
    and no word of a voice after it (`Ia menambahkan, warga membawa spanduk bertuliskan “...”`: the
    cue reports the sentence, the banner carries the words). A cue or a shout after the sign word
    (`membawa spanduk sambil meneriakkan “...”`, `“...!” teriak massa`) keeps the quotation speech."""
    start = quote.para_start
    for match in SENTENCE_END.finditer(text, quote.para_start, quote.open_mark + 1):
        start = match.end()
    last = None
    for match in _SIGN.finditer(text, start, quote.open_mark):
        last = match
    if last is None or (cue is not None and cue.start > last.start()):
        return False
    return _VOICE.search(text, last.end(), quote.open_mark) is None
