"""`Alvarez, according to Bustamante, remains on patrol`: an English `according to` set off by
commas between a short subject and the rest of its clause. The cue stands inside the report, so
the indirect item is the whole clause from its subject (an opening adjunct such as `Until then,`
stays out), with cue and speaker inside it. Indonesian `menurut` in small letters does the same
(`Fenomena itu, menurut Dwikorita, dapat memicu banjir`) when a predicate word goes on after it."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import reported_clause
from annotator.nlp.indirect.predicates import verb_like
from annotator.nlp.speakers.attribution import Attributor

#: The most words of the subject before `, according to X,`.
MAX_SUBJECT_WORDS = 5
#: The same for Indonesian `, menurut X,`, as for the clitic `, menurutnya,` (`Pertumbuhan pendapatan
#: hingga akhir September ini, menurut X, merupakan ...`: a noun phrase with a time in it).
MAX_SUBJECT_WORDS_ID = 8


def whole_clause(attributor: Attributor, k: int, start: int, speaker: Mention, end: int) -> Mention | None:
    """The whole clause around `according to` at token ``k`` whose speaker is ``speaker``, or None
    when the cue opens or closes the sentence (the other forms) or nothing verb-like follows."""
    lang = attributor.analysis.lang
    if lang not in ("en", "id"):
        return None
    text = attributor.text
    if lang == "id" and not text[attributor.tokens.tokens[k].start : attributor.tokens.tokens[k].end].islower():
        return None  # `Menurut X, ...` opening the sentence: the other form
    opening = text[start : attributor.tokens.tokens[k].start].rstrip()
    if not opening.endswith(","):
        return None
    opening = opening[:-1]
    subject_start = opening.rfind(",") + 1  # `Until then, Alvarez`: the adjunct stays out
    subject = text[start + subject_start : start + len(opening)].split()
    if not 1 <= len(subject) <= (MAX_SUBJECT_WORDS_ID if lang == "id" else MAX_SUBJECT_WORDS):
        return None
    after = text[speaker.end : end]
    if not after.startswith(","):
        return None
    rest = after[1:].split()
    if not rest or not rest[0][:1].islower() or rest[0].lower() in ("who", "which", "a", "an", "the"):
        return None  # `..., according to X, a spokesman ...`: an apposition, not the clause going on
    if lang == "id" and not verb_like(rest[0]):
        return None  # `..., menurut Budi, warga desa itu, ...`: an apposition, not the predicate
    return reported_clause(attributor, start + subject_start, end, whole_sentence=True, inner_source=True)
