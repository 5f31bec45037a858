"""`Begitu jembatan selesai, menurutnya, warga bisa ...`, `Selain menambah armada, menurut Budi, dinas
akan ...`: an Indonesian adverbial phrase or clause that carries content, its comma, then `menurut X`
or the clitic `menurutnya` between commas and a whole clause (subject and predicate) after it. The
real set keeps the adverbial inside the item, the cue and speaker inside too (`[Selain ...,
menurutnya, Kantor Imigrasi ... juga rutin ...]`, as `[Dari jumlah tersebut, kata X, ...]`); before,
the clitic form gave only the clause after the cue and the named form gave no report at all. A bare
sentence connective (`Namun,`, `Sementara itu,`) is no such phrase: it stays out (other rules)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import MIN_WORDS, reported_clause
from annotator.nlp.indirect.connectives import connective_only
from annotator.nlp.indirect.predicates import verb_like
from annotator.nlp.speakers.attribution import Attributor

#: The most words of the adverbial before the cue (`Selain penindakan hukum berupa tindakan ...`).
MAX_ADVERBIAL_WORDS = 12


def _clause_goes_on(words: list[str]) -> bool:
    """Whether the words after the cue's comma are a clause: a verb-like word before any comma or
    `yang` (`Kantor Imigrasi juga rutin melaksanakan ...`), so not an apposition of the speaker
    (`Kepala Desa Sukamaju, warga ...`)."""
    if len(words) < MIN_WORDS:
        return False
    for word in words:
        if word.lower() == "yang":
            return False
        if verb_like(word):
            return True
        if word.endswith(","):
            return False
    return False


def adverbial_before_inner_cue(attributor: Attributor, start: int, cue_start: int, after: str, end: int) -> Mention | None:
    """The whole sentence ``start``..``end`` as the report when an adverbial with its comma stands
    before the cue at ``cue_start`` and ``after`` (the text from the cue's speaker on) is a comma and a
    clause; None otherwise, or for English (its `according to` keeps the adjunct out)."""
    if attributor.analysis.lang != "id" or not after.startswith(","):
        return None
    opening = attributor.text[start:cue_start].rstrip()
    if not opening.endswith(",") or connective_only(opening):
        return None
    words = opening[:-1].split()
    if not 2 <= len(words) <= MAX_ADVERBIAL_WORDS or not words[0][:1].isupper():
        return None
    if not _clause_goes_on(after[1:].split()):
        return None
    return reported_clause(attributor, start, end, whole_sentence=True, inner_source=True)
