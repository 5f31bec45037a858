"""`Kerja sama itu, menurutnya, perlu diperluas`: the fused Indonesian `menurutnya` set off by
commas between a short subject and the predicate of its clause. The cue stands inside the report,
so the indirect item is the whole clause from its subject (an opening adjunct before an earlier
comma stays out), as `..., menurut X, ...` and `..., kata dia, ...` already are; before, only the
predicate after the second comma was taken."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import reported_clause
from annotator.nlp.indirect.predicates import verb_like
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: The most words of the subject before `, menurutnya,`.
MAX_SUBJECT_WORDS = 8
#: Adverbs before the predicate (`sering`, `justru`): the word after them must be the predicate.
_ADVERBS = speech_words()["inside_cue_adverbs"]


def clitic_inside(attributor: Attributor, k: int, start: int, end: int) -> Mention | None:
    """The whole clause of the sentence ``start``..``end`` around the clitic cue at token ``k``
    (`menurutnya`), or None unless a short subject with its comma comes before the cue and a
    predicate word right after the cue's own comma."""
    if attributor.analysis.lang != "id":
        return None
    text = attributor.text
    token = attributor.tokens.tokens[k]
    opening = text[start : token.start].rstrip()
    after = text[token.end : end]
    if not opening.endswith(",") or not after.startswith(","):
        return None
    opening = opening[:-1]
    subject_start = opening.rfind(",") + 1  # `Selain itu, kerja sama ...`: the adjunct stays out
    subject = text[start + subject_start : start + len(opening)].split()
    if not 1 <= len(subject) <= MAX_SUBJECT_WORDS:
        return None
    rest = after[1:].split()
    if rest and rest[0].lower() in _ADVERBS:
        rest = rest[1:]  # `..., menurutnya, sering tidak ...`
    if not rest or not verb_like(rest[0]):
        return None  # `..., menurutnya, warga desa itu ...`: no predicate goes on after the cue
    return reported_clause(attributor, start + subject_start, end, whole_sentence=True)
