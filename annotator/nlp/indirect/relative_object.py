"""A noun phrase and its relative clause after a verb that takes an object as readily as a clause:
`membantah isu tes usap yang dilakukan kepada peserta`, `mengakui kekalahan timnya akibat kesiapan
yang belum matang`. No predicate stands before `yang`, the relative opens with its own predicate, and
no predicate of the sentence comes after it, so the stretch is the verb's object, not a report
(`menyatakan empat mahasiswa yang ditangkap akhirnya telah dilepaskan` stays one). The verbs and
words are in `id/noun_phrase_objects.toml`."""

from __future__ import annotations

from functools import cache

from annotator.nlp.indirect.predicates import verb_like
from annotator.nlp.resources import read_toml


@cache
def _table() -> dict:
    table = read_toml("id", "noun_phrase_objects.toml")
    return {name: frozenset(value) if isinstance(value, list) else value for name, value in table.items()}


def _predicate(word: str) -> bool:
    """A verb, an auxiliary or a degree adverb (not a preposition or demonstrative spelt like a verb)."""
    table = _table()
    if word in table["not_predicates"]:
        return False
    return word in table["auxiliaries"] or word in table["degree_adverbs"] or verb_like(word)


def _past_predicate(words: list[str], index: int) -> tuple[int, bool]:
    """The index after the predicate run of a relative clause or a joined verb starting at ``index``,
    and whether an auxiliary after a verb in that run opens the sentence's own predicate
    (`yang terlibat akan diproses`)."""
    table = _table()
    verb_seen = False
    while index < len(words) and (words[index] in table["relative_adverbs"] or _predicate(words[index])):
        if verb_seen and words[index] in table["auxiliaries"]:
            return index, True
        verb_seen = verb_seen or (words[index] not in table["auxiliaries"] and words[index] not in table["relative_adverbs"])
        index += 1
    return index, False


def relative_object(verb: str, words: list[str]) -> bool:
    """Whether ``words`` (the stretch right after ``verb``, no `bahwa` or comma between) are the
    verb's noun-phrase object with a relative clause."""
    table = _table()
    if verb.lower() not in table["verbs"]:
        return False
    lower = [word.lower().strip(',.;:()“”"') for word in words]
    if "yang" not in lower[1 : table["max_head_words"] + 1]:
        return False
    relative = lower.index("yang", 1)
    if any(_predicate(word) for word in lower[:relative]):
        return False  # `mengakui kekalahan ini adalah ...`: a predicate before `yang`
    index, own_predicate = _past_predicate(lower, relative + 1)
    if own_predicate or index == relative + 1:
        return False  # `yang terlibat akan diproses`; `yang majemuk ...`: no verb opens the relative
    while index < len(lower):
        word = lower[index]
        if word in table["joiners"] or word == "yang":
            index, own_predicate = _past_predicate(lower, index + 1)  # `... dan transaksi`, a second relative
            if own_predicate:
                return False
            continue
        if _predicate(word):
            return False  # `yang ditampilkan di JAKI berasal dari BPBD`: the sentence's own predicate
        index += 1
    return True
