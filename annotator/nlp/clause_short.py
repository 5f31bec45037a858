"""Reported clauses of three words (`Edi membantah [LA masih siswa]`, `Polisi mengklaim [dia sudah
lulus]`): a name, initials or a pronoun as subject, then a predicate word (`masih`, `sudah`, `tidak`)
and one more word. Other clauses need :data:`annotator.nlp.clauses.MIN_WORDS` words."""

from __future__ import annotations

#: Predicate words of Indonesian that make a three-word clause a sentence of its own.
PREDICATE_SECOND = frozenset(
    {"masih", "sudah", "telah", "akan", "tidak", "tak", "belum", "bukan", "sedang", "pernah", "harus", "bisa", "dapat"}
)
#: Pronouns that may be the subject of such a clause.
SUBJECT_PRONOUNS = frozenset({"dia", "ia", "mereka", "dirinya", "pihaknya", "kami", "saya", "beliau"})


def short_clause(words: list[str]) -> bool:
    """Whether three words read as a whole clause: subject, predicate word, complement."""
    if len(words) != 3 or words[1].lower() not in PREDICATE_SECOND:
        return False
    subject = words[0]
    return subject.lower() in SUBJECT_PRONOUNS or (subject[:1].isupper() and subject.isalpha())
