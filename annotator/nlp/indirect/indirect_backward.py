"""Cues that report only what came before them (`[...], X made the remark on Monday`): after such a
cue the words are where or when it was said, never a report (en/cues.toml, [backward_only])."""

from __future__ import annotations

from functools import cache

from annotator.nlp.resources import read_toml


@cache
def _backward_only(lang: str) -> frozenset[str]:
    return frozenset(cue.lower() for cue in read_toml(lang, "cues.toml").get("backward_only", {}))


def reports_backward_only(cue: str, lang: str) -> bool:
    """Whether ``cue`` (as the cue matcher found it) reports only the sentence part before it."""
    return cue.lower() in _backward_only(lang)
