"""brat standoff: per document a ``.txt`` (the text, unchanged) and an ``.ann``, plus
``annotation.conf`` and ``visual.conf`` generated from the project's scheme.

- ``T7<TAB>LABEL start end<TAB>text`` for span ``s7``; offsets are characters (code points) of
  the ``.txt``, as brat's Python server reads it. A span across a line break is written as
  fragments (``start end;start end``), because brat's text column cannot hold a newline.
- ``R3<TAB>LABEL Arg1:T1 Arg2:T2`` for relation ``r3``.
- ``A1<TAB>type T7 indirect`` for an attribute with a value, ``A2<TAB>name T7`` for a true flag.
- ``#1<TAB>AnnotatorNotes T7<TAB>source=rule score=0.8`` for a span that is a suggestion.

Files are named after the document id, plus ``@annotator@layer`` for an annotation. brat has
no place for document meta or relation attributes: those are counted as dropped.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from annotator.exporters.base import ExportContext, numeric_ids, safe_name
from annotator.model.scheme import Scheme


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of start..end between line breaks."""
    pieces: list[tuple[int, int]] = []
    position = start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop == -1 else stop
        if stop > position:
            pieces.append((position, stop))
        position = stop + 1
    return pieces or [(start, end)]


def record_to_ann(record: dict[str, Any], context: ExportContext, attributes: dict[str, dict[str, set[str]]]) -> str:
    text = record["text"]
    report = context.report
    span_numbers = numeric_ids(record["spans"])
    relation_numbers = numeric_ids(record["relations"])
    lines: list[str] = []
    attribute_count = note_count = 0
    for span in record["spans"]:
        number = span_numbers[span["id"]]
        pieces = fragments(text, span["start"], span["end"])
        offsets = ";".join(f"{start} {end}" for start, end in pieces)
        shown = " ".join(text[start:end] for start, end in pieces).replace("\t", " ")
        lines.append(f"T{number}\t{span['label']} {offsets}\t{shown}")
        for name, value in (span.get("attrs") or {}).items():
            if value is True or (isinstance(value, str) and value and not any(c.isspace() for c in value)):
                attribute_count += 1
                suffix = "" if value is True else f" {value}"
                lines.append(f"A{attribute_count}\t{name} T{number}{suffix}")
                attributes[name].setdefault(span["label"], set()).add("" if value is True else value)
            else:
                report.drop("span attributes that are not a word or true (brat cannot hold them)")
        notes = []
        if span.get("source", "human") != "human":
            notes.append(f"source={span['source']}")
        if span.get("score") is not None:
            notes.append(f"score={span['score']}")
        if notes:
            note_count += 1
            lines.append(f"#{note_count}\tAnnotatorNotes T{number}\t{' '.join(notes)}")
    for relation in record["relations"]:
        head, child = span_numbers[relation["head"]], span_numbers[relation["child"]]
        lines.append(f"R{relation_numbers[relation['id']]}\t{relation['label']} Arg1:T{head} Arg2:T{child}")
        if relation.get("attrs") or relation.get("score") is not None or relation.get("source", "human") != "human":
            report.drop("relation attributes, scores or sources (brat cannot hold them)")
    if record.get("meta") and any(value is not None for value in record["meta"].values()):
        report.drop("document meta (title, url...; brat keeps only the text)")
    if record.get("status") and record.get("annotator"):
        report.drop("annotation statuses")
    return "".join(line + "\n" for line in lines)


def annotation_conf(scheme: Scheme, attributes: dict[str, dict[str, set[str]]]) -> str:
    lines = ["[entities]", *(label.name for label in scheme.span_labels), "", "[relations]"]
    for relation in scheme.relation_labels:
        lines.append(f"{relation.name}\tArg1:{'|'.join(relation.heads)}, Arg2:{'|'.join(relation.children)}")
    lines += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]"]
    for name, by_label in sorted(attributes.items()):
        values = sorted({value for found in by_label.values() for value in found if value})
        entry = f"{name}\tArg:{'|'.join(sorted(by_label))}"
        lines.append(entry + (f", Value:{'|'.join(values)}" if values else ""))
    return "\n".join(lines) + "\n"


def visual_conf(scheme: Scheme) -> str:
    lines = ["[labels]", *(f"{label.name} | {label.name.title()}" for label in scheme.span_labels), "", "[drawing]"]
    lines += [f"{label.name}\tbgColor:{label.color}" for label in scheme.span_labels]
    lines += [f"{label.name}\tcolor:{label.color}" for label in scheme.relation_labels]
    return "\n".join(lines) + "\n"


class BratWriter:
    def __init__(self, target: Path, context: ExportContext, part: str | None = None) -> None:
        self.folder = target / part if part else target
        self.folder.mkdir(exist_ok=True)
        self.context = context
        self.names: set[str] = set()
        self.attributes: dict[str, dict[str, set[str]]] = defaultdict(dict)

    def _name(self, record: dict[str, Any]) -> str:
        base = safe_name(str(record["id"]))
        if record.get("annotator"):
            base += f"@{safe_name(record['annotator'])}@{record.get('layer') or 'annotation'}"
        name, number = base, 2
        while name.lower() in self.names:
            name = f"{base}-{number}"
            number += 1
        self.names.add(name.lower())
        return name

    def write(self, record: dict[str, Any]) -> None:
        name = self._name(record)
        (self.folder / f"{name}.txt").write_text(record["text"], encoding="utf-8", newline="")
        (self.folder / f"{name}.ann").write_text(
            record_to_ann(record, self.context, self.attributes), encoding="utf-8", newline=""
        )

    def close(self) -> None:
        (self.folder / "annotation.conf").write_text(annotation_conf(self.context.scheme, self.attributes), encoding="utf-8")
        (self.folder / "visual.conf").write_text(visual_conf(self.context.scheme), encoding="utf-8")
