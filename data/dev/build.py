"""Build the development set: parse the marked-up articles in ``src/`` into gold JSONL records.

Usage: ``python data/dev/build.py [--out DIR]`` writes ``DIR/id.jsonl`` and ``DIR/en.jsonl``
(``DIR`` defaults to this folder). The markup is described in ``README.md``. Every record is
checked with the record model, ``check_record_consistency`` and the default scheme before it is
written, so a markup mistake stops the build with the file and the problem named.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from annotator.model import Record, Relation, Span, default_scheme
from annotator.model.records import RecordProblem, check_record_consistency

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
LANGUAGES = ("id", "en")

ENTITY_TAGS = {
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "EVT": "EVENT",
    "DATE": "DATE",
    "FURN": "FURNITURE",
}
GROUP_TAG = re.compile(r"^(Q|QS|I|C|S|CS)(\d+)$")
#: ``@key value`` lines at the top of a source file become ``meta`` fields (the real set's ``@url``, ``@outlet``).
FRONT_MATTER = re.compile(r"^@(\w+)[ \t]+(.+?)[ \t]*$")
ESCAPES = {"\\[": "[", "\\]": "]", "\\\\": "\\", "\\|": "|"}


class MarkupError(Exception):
    """A mistake in an article's markup; the message names the file and line."""


@dataclass
class Mark:
    """One bracketed stretch: its plain-text offsets and the tags of its header."""

    start: int
    end: int
    tags: list[str]
    coref: str | None
    line: int


@dataclass
class Group:
    """The quotes of one attribution (``Q1``/``I1``), with their cue (``C1``) and speaker (``S1``)."""

    quotes: list[str] = field(default_factory=list)
    cue_less: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)


def split_front_matter(source: str) -> tuple[dict[str, str], str, int]:
    """``@key value`` lines at the top: the fields, the rest of the source, and the line the rest starts on."""
    meta: dict[str, str] = {}
    lines = source.split("\n")
    taken = 0
    while taken < len(lines) and (match := FRONT_MATTER.match(lines[taken])):
        meta[match.group(1)] = match.group(2)
        taken += 1
    return meta, "\n".join(lines[taken:]), taken + 1


def parse_markup(source: str, where: str = "<markup>", first_line: int = 1) -> tuple[str, list[Mark]]:
    """Strip the markup; return the plain text and the marks with code-point offsets into it."""
    out: list[str] = []
    length = 0
    stack: list[tuple[int, list[str], str | None, int]] = []
    marks: list[Mark] = []
    line = first_line
    i = 0
    while i < len(source):
        two = source[i : i + 2]
        char = source[i]
        if two in ESCAPES:
            out.append(ESCAPES[two])
            length += 1
            i += 2
            continue
        if char == "[":
            bar = source.find("|", i)
            newline = source.find("\n", i)
            if bar == -1 or (newline != -1 and newline < bar):
                raise MarkupError(f"{where}:{line}: '[' without a 'TAGS|' header (write \\[ for a literal bracket)")
            header = source[i + 1 : bar]
            tags, coref = _parse_header(header, f"{where}:{line}")
            stack.append((length, tags, coref, line))
            i = bar + 1
            continue
        if char == "]":
            if not stack:
                raise MarkupError(f"{where}:{line}: ']' closes nothing")
            start, tags, coref, open_line = stack.pop()
            if length == start:
                raise MarkupError(f"{where}:{open_line}: empty mark {tags}")
            marks.append(Mark(start, length, tags, coref, open_line))
            i += 1
            continue
        if char == "\n":
            line += 1
        out.append(char)
        length += 1
        i += 1
    if stack:
        raise MarkupError(f"{where}:{stack[-1][3]}: mark {stack[-1][1]} is never closed")
    return "".join(out), marks


def _parse_header(header: str, where: str) -> tuple[list[str], str | None]:
    coref = None
    if ">" in header:
        header, coref = header.split(">", 1)
        coref = coref.strip()
        if not coref:
            raise MarkupError(f"{where}: empty coreference target in [{header}>|")
    tags = header.split()
    if not tags:
        raise MarkupError(f"{where}: mark without a tag")
    for tag in tags:
        if tag not in ENTITY_TAGS and not GROUP_TAG.match(tag):
            raise MarkupError(f"{where}: unknown tag {tag!r}")
    return tags, coref


SETS = {
    # name: (folder, meta.source)
    "dev": (HERE, "annotator development set (invented articles)"),
    "heldout": (HERE.parent / "heldout", "annotator held-out evaluation set (invented articles)"),
    "real-dev": (HERE.parent / "real" / "dev", "annotator real development set (published articles, for evaluation only)"),
    "real-heldout": (HERE.parent / "real" / "heldout", "annotator real held-out set (published articles, for evaluation only)"),
}


def build_record(path: Path, lang: str, set_name: str = "dev") -> Record:
    """Parse one source file into a checked gold record (id from the file name, title from line 1)."""
    where = str(path.relative_to(HERE.parent)) if path.is_relative_to(HERE.parent) else str(path)
    front, source, first_line = split_front_matter(path.read_text("utf-8").rstrip("\n"))
    text, marks = parse_markup(source, where, first_line)
    # ``@title`` names the headline when the page opens with furniture; else the first line is the title.
    title = front.pop("title", None) or text.split("\n", 1)[0].strip()
    if title not in text:
        raise MarkupError(f"{where}: @title {title!r} is not in the text")
    spans, relations = _spans_and_relations(text, marks, where)
    record = Record(
        id=f"{set_name}-{lang}-{path.stem}",
        text=text,
        meta={**front, "lang": lang, "title": title, "source": SETS[set_name][1]},
        spans=spans,
        relations=relations,
        annotator="gold",
        layer="gold",
        status="accepted",
    )
    try:
        check_record_consistency(record)
        default_scheme().check_record(record)
    except RecordProblem as error:
        raise MarkupError(f"{where}: {error}") from error
    return record


def _spans_and_relations(text: str, marks: list[Mark], where: str) -> tuple[list[Span], list[Relation]]:
    marks = sorted(marks, key=lambda mark: (mark.start, -mark.end))
    spans: list[Span] = []
    groups: dict[str, Group] = {}
    corefs: list[tuple[str, str, int, Mark]] = []  # (head span id, target name, position, mark)

    def add(mark: Mark, label: str, attrs: dict[str, str] | None = None) -> str:
        covered = text[mark.start : mark.end]
        span_id = f"s{len(spans) + 1}"
        spans.append(Span(id=span_id, start=mark.start, end=mark.end, label=label, text=covered, attrs=attrs or {}))
        return span_id

    for mark in marks:
        covered = text[mark.start : mark.end]
        if covered != covered.strip():
            raise MarkupError(f"{where}:{mark.line}: mark {mark.tags} has white space at its edge: {covered!r}")
        head_id: str | None = None
        for tag in mark.tags:
            if tag in ENTITY_TAGS:
                span_id = add(mark, ENTITY_TAGS[tag])
                if head_id is None and ENTITY_TAGS[tag] in ("PERSON", "ORG"):
                    head_id = span_id
                continue
            kind, number = GROUP_TAG.match(tag).groups()  # type: ignore[union-attr]
            group = groups.setdefault(number, Group())
            if kind in ("Q", "QS", "I"):
                if covered[0] in "“”\"‘’'" or covered[-1] in "“”\"‘’'":
                    raise MarkupError(f"{where}:{mark.line}: quote {tag} includes a quotation mark: {covered!r}")
                quote_id = add(mark, "QUOTE", {"type": "indirect"} if kind == "I" else None)
                (group.cue_less if kind == "QS" else group.quotes).append(quote_id)
            elif kind == "C":
                group.cues.append(add(mark, "CUE"))
            elif kind == "S":
                head_id = add(mark, "SPEAKER")
                group.speakers.append(head_id)
            else:  # CS: a clitic cue that is also the speaker (ujarnya, katanya)
                group.cues.append(add(mark, "CUE"))
                head_id = add(mark, "SPEAKER")
                group.speakers.append(head_id)
        if mark.coref is not None:
            if head_id is None:
                raise MarkupError(f"{where}:{mark.line}: coreference '>{mark.coref}' on a mark with no SPEAKER/PERSON/ORG tag")
            corefs.append((head_id, mark.coref, mark.start, mark))

    relations: list[Relation] = []

    def relate(head: str, child: str, label: str) -> None:
        relations.append(Relation(id=f"r{len(relations) + 1}", head=head, child=child, label=label))

    for number, group in sorted(groups.items(), key=lambda item: int(item[0])):
        if not group.quotes and not group.cue_less:
            raise MarkupError(f"{where}: group {number} has a cue or speaker but no quote")
        # A group of only QS quotes (no attributing verb anywhere) has a speaker and no cue.
        cues_wanted = 1 if group.quotes else 0
        if len(group.speakers) != 1 or len(group.cues) != cues_wanted:
            raise MarkupError(f"{where}: group {number} needs exactly one speaker and {cues_wanted} cue")
        for quote in group.quotes:
            relate(quote, group.speakers[0], "SPEAKER")
            for cue in group.cues:
                relate(quote, cue, "CUE")
        for quote in group.cue_less:
            relate(quote, group.speakers[0], "SPEAKER")
    for head_id, name, position, mark in corefs:
        relate(head_id, _coref_target(spans, name, position, head_id, f"{where}:{mark.line}"), "COREF")
    return spans, relations


def _coref_target(spans: list[Span], name: str, position: int, head_id: str, where: str) -> str:
    """The nearest PERSON/ORG span reading ``name`` (a line break as a space) before ``position``, else the first after."""
    candidates = [span for span in spans if span.label in ("PERSON", "ORG") and span.id != head_id]
    # A name broken by a hard line break is written on one line after ``>``.
    named = [span for span in candidates if " ".join((span.text or "").split()) == name]
    before = [span for span in named if span.start < position]
    if before:
        return before[-1].id  # type: ignore[return-value]
    if named:
        return named[0].id  # type: ignore[return-value]
    raise MarkupError(f"{where}: coreference target {name!r} is no PERSON/ORG mark of the article")


def build_language(lang: str, sources: Path = SOURCES, set_name: str = "dev") -> list[Record]:
    """All records of one language, in file-name order."""
    return [build_record(path, lang, set_name) for path in sorted((sources / lang).glob("*.txt"))]


def write_jsonl(records: list[Record], path: Path) -> None:
    lines = [json.dumps(record.model_dump(mode="json", exclude_none=True), ensure_ascii=False) for record in records]
    path.write_text("".join(line + "\n" for line in lines), "utf-8")


def build(out_dir: Path = HERE, sources: Path = SOURCES, set_name: str = "dev") -> dict[str, Path]:
    """Build every language into ``out_dir``; returns the written files by language."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for lang in LANGUAGES:
        path = out_dir / f"{lang}.jsonl"
        write_jsonl(build_language(lang, sources, set_name), path)
        written[lang] = path
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="set_name", choices=sorted(SETS), default="dev", help="which set to build (default: dev)")
    parser.add_argument("--out", type=Path, help="folder for id.jsonl and en.jsonl (default: the set's own folder)")
    args = parser.parse_args(argv)
    folder = SETS[args.set_name][0]
    try:
        written = build(args.out or folder, folder / "src", args.set_name)
    except MarkupError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    for lang, path in written.items():
        count = sum(1 for _ in path.open(encoding="utf-8"))
        print(f"{lang}: {count} records -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
