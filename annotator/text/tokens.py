"""Token boundaries from the project language's spaCy tokenizer (used to snap selections).

Building a tokenizer takes about two seconds for some languages (Indonesian has 16,000 special
cases), so it is built once per language and process, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=8)
def tokenizer(lang: str) -> Any:
    import spacy  # imported here: spaCy is slow to import and only needed on first use

    try:
        return spacy.blank(lang).tokenizer
    except (ImportError, KeyError, ValueError):
        return spacy.blank("xx").tokenizer


def token_boundaries(text: str, lang: str) -> tuple[list[int], list[int]]:
    """Start and end offsets (code points) of every token, in order."""
    doc = tokenizer(lang)(text)
    starts = [token.idx for token in doc if not token.is_space]
    ends = [token.idx + len(token.text) for token in doc if not token.is_space]
    return starts, ends
