"""CoNLL-2003 (and two-column CoNLL): the token in the first column, the IOB tag in the last;
``-DOCSTART-`` starts a document, a blank line a sentence. The text is rebuilt with a space
between tokens and a line break between sentences. CoNLL-2003's ``PER`` is read as our
``PERSON``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.exporters.iob import spans_from_tags, text_from_tokens
from annotator.importers.readers import Incoming
from annotator.importers.readers.building import incoming
from annotator.importers.readers.decoding import read_text

ALIASES = {"PER": "PERSON"}


def read_conll(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    content, problem = read_text(path, label, encoding)
    if content is None:
        assert problem is not None
        yield problem
        return
    stem = label.rsplit(".", 1)[0]
    sentences: list[list[str]] = []
    tags: list[str] = []
    start_line = 1
    documents = 0

    def finish() -> Incoming | None:
        nonlocal documents
        words = [sentence for sentence in sentences if sentence]
        if not words:
            return None
        documents += 1
        text, offsets = text_from_tokens(words)
        spans = spans_from_tags(offsets, tags)
        for span in spans:
            span["label"] = ALIASES.get(span["label"], span["label"])
        data: dict[str, Any] = {"text": text, "spans": spans}
        return incoming(data, f"{label}:{start_line}", f"{stem}-{documents}")

    sentences.append([])
    for number, line in enumerate(content.splitlines(), 1):
        columns = line.split()
        if columns and columns[0] == "-DOCSTART-":
            done = finish()
            if done is not None:
                yield done
            sentences, tags, start_line = [[]], [], number
            continue
        if not columns:
            if sentences[-1]:
                sentences.append([])
            continue
        if len(columns) < 2:
            yield Incoming(where=f"{label}:{number}", problem="a CoNLL line needs a token and a tag, separated by spaces")
            return
        sentences[-1].append(columns[0])
        tags.append(columns[-1])
    done = finish()
    if done is not None:
        yield done
