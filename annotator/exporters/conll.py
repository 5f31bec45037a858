"""CoNLL-2003: ``-DOCSTART- -X- -X- O`` before each document, then one token a line
(``token _ _ TAG``: no part of speech or chunk), IOB2 entity tags, a blank line between
sentences. Entities only: quotes, cues, speakers, relations and overlapping entities are
counted as dropped. A sentence ends at a line break or after ``.``, ``!`` or ``?``."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from annotator.exporters.base import ExportContext
from annotator.exporters.iob import entity_tags

DOCSTART = "-DOCSTART- -X- -X- O"
SENTENCE_ENDS = {".", "!", "?"}


def to_conll(record: dict[str, Any], context: ExportContext) -> str:
    index, tags = entity_tags(record, context)
    text = record["text"]
    lines = [DOCSTART, ""]
    in_sentence = False
    for token, tag in zip(index.tokens, tags, strict=True):
        word = text[token.start : token.end]
        if token.is_space or not word.strip():
            if "\n" in word and in_sentence:
                lines.append("")
                in_sentence = False
            continue
        lines.append(f"{'_'.join(word.split())} _ _ {tag}")
        in_sentence = True
        if word in SENTENCE_ENDS:
            lines.append("")
            in_sentence = False
    if in_sentence:
        lines.append("")
    return "\n".join(lines) + "\n"


class ConllWriter:
    def __init__(self, target: Path | IO[str], context: ExportContext, part: str | None = None) -> None:
        if isinstance(target, Path):
            path = target / f"{part}.conll" if part else target
            self.handle: IO[str] = path.open("w", encoding="utf-8", newline="\n")
            self.owned = True
        else:
            self.handle, self.owned = target, False
        self.context = context

    def write(self, record: dict[str, Any]) -> None:
        self.handle.write(to_conll(record, self.context))

    def close(self) -> None:
        if self.owned:
            self.handle.close()
