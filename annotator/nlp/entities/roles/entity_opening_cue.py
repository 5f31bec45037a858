"""A speech cue in capitals opening a sentence before its speaker and a comma (`Lanjut Teofilo,
personel BPBD ...`, `Imbuh Rudi Hartono, ...`) is no part of the name: the PERSON is the name
after it, as the speaker is. Only the cues of the slot after a quote (`[after]` of `cues.toml`:
`lanjut`, `tambah`, `imbuh`, `terang`, `tutur` ...), only with a comma right after the name. The
same cue written in capitals inside a sentence, between commas (`Untuk tahun depan, Lanjut Aa
Umbara, anggaran ...`: the cue inside the reported clause), is no part of the name either."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import load_resources


def opening_cue_before_name(s: EntityState, first: int, end: int) -> bool:
    """Whether token ``first`` of the name run ``first``..``end`` is such a cue."""
    if end - first < 2 or s.analysis.lang != "id":
        return False
    if not (s.tokens.sentence_initial(first) or (first > 0 and s.tokens.gap(first - 1, first) == ", ")):
        return False
    if s.word(first).lower() not in s.res.cues_after:
        return False
    last = s.tokens.tokens[end - 1]
    return s.text[last.end : last.end + 1] == ","


def opening_cue_in_text(text: str, start: int, end: int, word: str, lang: str) -> bool:
    """The same test on plain text, for a fuller form of a short name found by search: ``word``
    opens the sentence at ``start`` and the name ending at ``end`` has a comma after it."""
    if lang != "id" or word.lower() not in load_resources(lang).cues_after or text[end : end + 1] != ",":
        return False
    before = text[:start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", "”", '"', ","))
