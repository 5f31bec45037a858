"""After a verb that usually takes a noun phrase ([direct_only]): whether a clause follows (`Wahyu
menyampaikan pihaknya diminta ...`, `claimed the documents had been forged`) or an object, an
addressee or a name given (`mengingatkan mereka agar ...`, `menyebut X sebagai Y`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clause_predicate_verb import verb_predicate_clause
from annotator.nlp.indirect.clause_quantified import quantified_subject
from annotator.nlp.indirect.predicates import PREDICATE_WORDS, has_predicate
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: A clause opening with one of these is a directive or a purpose, not reported speech.
_NOT_SPEECH_START = speech_words()["not_speech_start"]


#: Verbs of [direct_only] that are requests or warnings: a pronoun after them is whom they address.
_ADDRESSING = speech_words()["addressing_verbs"]
#: Auxiliaries and negations that open a predicate whose subject is the speaker's (`meluruskan
#: tidak menangkap ...`): after a verb of [direct_only] a clause, never a noun-phrase object.
_PREDICATE_OPENERS = frozenset(speech_words()["predicate_openers"])
#: Subjects that open a clause of their own after a verb (`menyampaikan pihaknya akan ...`).
_CLAUSE_SUBJECTS = speech_words()["clause_subjects"]


def subject_first(attributor: Attributor, verb: str, after: str, *, relative: bool = False) -> bool:
    """`Wahyu menyampaikan pihaknya diminta membantu ...`: a verb that usually takes a noun phrase
    reports a clause when a subject pronoun follows it (not `mengingatkan mereka agar ...`)."""
    words = after.split(None, 2)
    if verb.lower() in _ADDRESSING or len(words) < 2:
        return False
    first = words[0].lower()
    if first in _PREDICATE_OPENERS and attributor.analysis.lang == "id":
        return True  # `meluruskan tidak menangkap ...`, `menyampaikan akan ada ...`: the subject left out
    subject = first in _CLAUSE_SUBJECTS or first in attributor.lex.pronouns
    if subject:
        return words[1].lower() not in _NOT_SPEECH_START
    # `Dermawan menyebutkan wartawan itu masih jauh dari garis polisi`: a subject noun phrase and an
    # auxiliary soon after it make a clause, where `menyebutkan tiga nama yang akan ...` stays an object.
    opening = after.split(",", 1)[0].split()[:MAX_SUBJECT_BEFORE_AUXILIARY]
    if attributor.analysis.lang == "en":
        # `claimed the documents had been forged`, not `announced the arrest at ...`; `told` and
        # `asked` take whom they address first (`told reporters the toll had risen`).
        if verb.lower() in _ADDRESSING_EN:
            return False
        opening = opening[:MAX_SUBJECT_BEFORE_AUXILIARY_EN]
        conjunction = opening.index("and") if "and" in opening[:-1] else -1
        if conjunction >= 0 and (opening[conjunction + 1] in PREDICATE_WORDS or opening[conjunction + 1].endswith("ed")):
            opening = opening[:conjunction]  # `confirms the report and had directed ...`: a second verb
    clause = has_predicate(" ".join(opening[1:])) or quantified_subject(after)  # `sejumlah orang membakar ...`
    # `membenarkan pasien di RSU itu membludak`; not in a relative clause (`dugaan yang menyebutkan ...`)
    clause = clause or (attributor.analysis.lang == "id" and not relative and verb_predicate_clause(verb, after))
    return first not in _NOT_SPEECH_START and len(opening) > 2 and clause


#: The most words before an auxiliary that makes a clause after a verb of [direct_only] (see above).
MAX_SUBJECT_BEFORE_AUXILIARY = 10
#: The same in English, where a longer object often holds a verb of its own.
MAX_SUBJECT_BEFORE_AUXILIARY_EN = 6
#: English verbs of [direct_only] whose object is the person addressed.
_ADDRESSING_EN = speech_words()["addressing_verbs_en"]
#: `menyebut X sebagai Y`, `menyebut X dengan nama Y`: calling someone something, not a report.
_NAMING = re.compile(r"^(?:\S+\s+){1,4}?(?:sebagai|dengan\s+(?:nama|sebutan|istilah|inisial))\b")


def naming(text: str, verb: str, clause: Mention) -> bool:
    return verb.lower() in ("menyebut", "menyebutkan") and bool(_NAMING.match(text[clause.start : clause.end]))
