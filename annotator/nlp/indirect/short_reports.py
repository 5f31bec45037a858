"""How many words an Indonesian report needs. Four in general, so that an object or a phrase
after a verb is not taken for a report; three when a comma or `bahwa` after the verb sets the
clause off (`Kapolsek mengatakan, pelaku sudah diamankan.`, `Ia menyebut bahwa kondisinya
membaik.`), or when the three words read as a whole clause: a name, initials or a pronoun as
subject, a predicate word (`masih`, `sudah`, `tidak`) and one more word (`Edi membantah [LA masih
siswa]`, `Polisi mengklaim [dia sudah lulus]`), or a clause with no subject of its own: a
predicate word and a verb (`menyatakan [akan mengajukan eksepsi]`; id_b22)."""

from __future__ import annotations

from annotator.nlp.indirect.predicates import verb_like
from annotator.nlp.indirect.short_reports_en import short_clause_en
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: The words a report needs, and how many when it is set off or reads as a whole clause (see above).
MIN_WORDS = 4
MIN_WORDS_SET_OFF = 3

#: Predicate words of Indonesian that make a three-word clause a sentence of its own.
PREDICATE_SECOND = speech_words()["short_clause_predicates"]
#: Pronouns that may be the subject of such a clause.
SUBJECT_PRONOUNS = speech_words()["short_clause_subjects"]


def short_clause(words: list[str]) -> bool:
    """Whether three words read as a whole clause: subject, predicate word, complement."""
    if len(words) != 3:
        return False
    if words[0].lower() in PREDICATE_SECOND and verb_like(words[1]):
        return True  # `menyatakan [akan mengajukan eksepsi]`: a clause of intent, its subject the speaker
    if words[1].lower() not in PREDICATE_SECOND:
        return False
    subject = words[0]
    return subject.lower() in SUBJECT_PRONOUNS or (subject[:1].isupper() and subject.isalpha())


def minimum_words(attributor: Attributor, begin: int, introduced: bool, words: list[str]) -> int:
    """The words the report starting at ``begin`` (its ``words``) needs."""
    if short_clause(words):
        return MIN_WORDS_SET_OFF
    if attributor.analysis.lang != "id":
        return MIN_WORDS_SET_OFF if short_clause_en(words) else MIN_WORDS
    before = attributor.text[max(0, begin - 3) : begin].rstrip()
    return MIN_WORDS_SET_OFF if introduced or before.endswith(",") else MIN_WORDS
