"""brat standoff: a ``.txt`` and the ``.ann`` beside it. ``T`` lines become spans (fragments
joined from the first start to the last end), ``R`` relations, ``A``/``M`` attributes, and
``AnnotatorNotes`` with ``source=``/``score=`` restore a suggestion. Events, normalisations and
equivalences have no counterpart and are skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.importers.readers import Incoming
from annotator.importers.readers.building import incoming
from annotator.importers.readers.decoding import read_text

#: Events, normalisations, equivalences and other notes: brat lines with no counterpart here.
SKIPPED_KINDS = ("E", "N", "*", "#")


class BratProblem(ValueError):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


def read_brat(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    text_path, ann_path = path.with_suffix(".txt"), path.with_suffix(".ann")
    ann_label = label.rsplit(".", 1)[0] + ".ann"
    if not text_path.is_file():
        yield Incoming(where=label, problem=f"no {text_path.name} beside it: brat keeps the text in a .txt of the same name")
        return
    text, problem = read_text(text_path, label.rsplit(".", 1)[0] + ".txt", encoding)
    if text is None:
        assert problem is not None
        yield problem
        return
    ann = ""
    if ann_path.is_file():
        ann, problem = read_text(ann_path, ann_label, encoding)
        if ann is None:
            assert problem is not None
            yield problem
            return
    size = text_path.stat().st_size + (ann_path.stat().st_size if ann_path.is_file() else 0)
    try:
        data = parse_ann(text, ann, ann_label)
    except BratProblem as error:
        yield Incoming(where=error.where, problem=error.message, size=size)
        return
    stem = text_path.stem
    parts = stem.split("@")
    if len(parts) == 3 and parts[2] in ("annotation", "prelabel", "gold"):
        data |= {"id": parts[0], "annotator": parts[1], "layer": parts[2]}
    else:
        data["id"] = stem
    yield incoming(data, ann_label, None, size)


def _number(identifier: str, ours: str) -> str:
    """``T7`` -> ``s7``, ``R3`` -> ``r3``; other names are kept."""
    return f"{ours}{identifier[1:]}" if identifier[1:].isdigit() else identifier


def parse_ann(text: str, ann: str, where: str) -> dict[str, Any]:
    spans: dict[str, dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        identifier = fields[0]
        body = fields[1].split() if len(fields) > 1 else []
        try:
            if identifier.startswith("T"):
                offsets = " ".join(fields[1].split(" ", 1)[1:]).split(";")
                pairs = [tuple(int(value) for value in piece.split()) for piece in offsets]
                spans[identifier] = {
                    "id": _number(identifier, "s"),
                    "start": min(pair[0] for pair in pairs),
                    "end": max(pair[1] for pair in pairs),
                    "label": body[0],
                    "attrs": {},
                }
            elif identifier.startswith("R"):
                arguments = dict(argument.split(":", 1) for argument in body[1:3])
                relations.append(
                    {
                        "id": _number(identifier, "r"),
                        "label": body[0],
                        "head": spans[arguments["Arg1"]]["id"],
                        "child": spans[arguments["Arg2"]]["id"],
                    }
                )
            elif identifier[0] in "AM":
                spans[body[1]]["attrs"][body[0]] = body[2] if len(body) > 2 else True
            elif identifier.startswith("#") and body and body[0] == "AnnotatorNotes":
                note = fields[2] if len(fields) > 2 else ""
                target = spans[body[1]]
                for item in note.split():
                    key, _, value = item.partition("=")
                    if key == "source" and value in ("human", "rule", "model"):
                        target["source"] = value
                    elif key == "score":
                        target["score"] = float(value)
                    else:
                        target["attrs"]["note"] = note
            elif identifier[:1] not in SKIPPED_KINDS:
                raise ValueError(identifier)
        except KeyError as error:
            raise BratProblem(f"{where}:{number}", f"refers to {error.args[0]}, which is not defined above it") from None
        except (ValueError, IndexError, TypeError):
            raise BratProblem(f"{where}:{number}", f"not a brat standoff line: {line[:80]!r}") from None
    return {"text": text, "spans": list(spans.values()), "relations": relations}
