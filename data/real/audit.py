"""Audit the real development set's gold for inconsistent entity annotation.

Usage: ``python data/real/audit.py [--lang id|en] [--section NAME]``. Reads the built
``dev/<lang>.jsonl`` only (never the held-out part) and prints, section by section, the places
where the same thing is annotated two ways, so that a gold reviewer can decide each by the
guidelines and ``README.md``. Sections:

- ``labels``: a surface string given different entity labels (across or within pages);
- ``unannotated``: a string tagged as an entity on one page and left untagged elsewhere;
- ``titles``: a title or honorific inside a PERSON span, with how often it stands outside;
- ``admin``: an administrative word (``Kota``, ``Kabupaten`` ...) left outside a GPE that it
  directly precedes, where no title or organisation word explains it;
- ``dates``: DATE bounds: a weekday, ``pukul``/``at`` or a year just outside a DATE;
- ``edges``: for each label, a capitalised word that opens (or closes) spans of that label on
  some pages and stands just outside them on others (``Sheikh``, ``Kota``, ``Tahun``, ``Tbk``).

Why a script: the set was annotated in many sessions by many people; rounds tune on it, so gold
noise turns into rules that chase it. The word lists come from the pre-labeller's tables.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANG_DIR = ROOT / "annotator" / "resources" / "lang"
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")
SECTIONS = ("labels", "unannotated", "titles", "admin", "dates", "edges")
TIME_WORDS = {"id": ("pukul", "jam"), "en": ("at",)}
# Words before an administrative word that make the place stand alone (guidelines).
ADMIN_LEAD_INS = ("Pemerintah", "Pemkab", "Pemkot", "Pemprov", "Wali", "Walikota", "Bupati",
                  "Wakil", "Gubernur", "Camat", "Lurah", "Kepala", "Sekda", "Ketua", "DPRD")


@dataclass(frozen=True)
class Entity:
    """One gold entity span with the page it is on."""

    page: str
    start: int
    end: int
    label: str
    text: str


def read_list(path: Path) -> list[str]:
    """A one-entry-a-line table, comments and blank lines dropped."""
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def weekdays(lang: str) -> list[str]:
    """Day names from the pre-labeller's date table of the language."""
    with (LANG_DIR / lang / "dates.toml").open("rb") as handle:
        return list(tomllib.load(handle)["days"])


def load(lang: str) -> list[dict]:
    """The built development records of one language (never the held-out part)."""
    path = HERE / "dev" / f"{lang}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def entities(records: list[dict]) -> list[Entity]:
    """Every entity span of the records, page by page."""
    found = []
    for record in records:
        page = record["id"].split("-", 3)[3]
        for span in record["spans"]:
            if span["label"] in ENTITY_LABELS:
                found.append(Entity(page, span["start"], span["end"], span["label"], span["text"]))
    return found


def covered(record: dict) -> list[tuple[int, int]]:
    """Character ranges covered by entity spans on a page."""
    return [(s["start"], s["end"]) for s in record["spans"] if s["label"] in ENTITY_LABELS]


def context(text: str, start: int, end: int, width: int = 30) -> str:
    """The span in brackets with a little text either side, on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " / ")


def label_conflicts(ents: list[Entity]) -> Iterator[str]:
    """Surface strings annotated with more than one label."""
    by_text: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for ent in ents:
        by_text[ent.text][ent.label].add(ent.page)
    for text, labels in sorted(by_text.items()):
        if len(labels) > 1:
            parts = "; ".join(f"{label}: {', '.join(sorted(p[:3] for p in pages))}"
                              for label, pages in sorted(labels.items()))
            yield f"{text!r}  {parts}"


def unannotated(records: list[dict], ents: list[Entity]) -> Iterator[str]:
    """Capitalised strings tagged somewhere and found untouched by any entity elsewhere."""
    tagged: dict[str, set[str]] = defaultdict(set)
    for ent in ents:
        if len(ent.text) >= 3 and ent.text[0].isupper() and "\n" not in ent.text:
            tagged[ent.text].add(ent.label)
    texts = sorted(tagged, key=len, reverse=True)
    # One alternation, longest first: each untagged stretch is reported once, by its longest name.
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, texts))})(?!\w)")
    for record in records:
        page = record["id"].split("-", 3)[3]
        text = record["text"]
        ranges = covered(record)
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in ranges):
                continue
            labels = "/".join(sorted(tagged[match.group()]))
            yield f"{page[:3]} {labels:<10} {context(text, start, end)}"


def titles_inside(records: list[dict], lang: str) -> Iterator[str]:
    """PERSON spans that open with a title, and how often that title stands outside."""
    titles = sorted(
        {t.rstrip(".") for t in read_list(LANG_DIR / lang / "titles.txt")}
        | {t.rstrip(".") for t in read_list(LANG_DIR / "common" / "glued_titles.txt")},
        key=len, reverse=True)
    outside: dict[str, int] = defaultdict(int)
    inside: list[tuple[str, str]] = []
    for record in records:
        page = record["id"].split("-", 3)[3]
        text = record["text"]
        for span in record["spans"]:
            if span["label"] != "PERSON":
                continue
            for title in titles:
                if re.match(rf"{re.escape(title)}\.?\s", span["text"]):
                    inside.append((title, f"{page[:3]} {context(text, span['start'], span['end'])}"))
                    break
                if re.search(rf"(?<!\w){re.escape(title)}\.?\s+$", text[:span["start"]][-40:]):
                    outside[title] += 1
                    break
    for title, line in sorted(inside):
        yield f"{title!r} (outside {outside.get(title, 0)} times)  {line}"


def admin_outside(records: list[dict], lang: str) -> Iterator[str]:
    """GPE spans right after an administrative word that was left outside without a reason."""
    types = [t for t in read_list(LANG_DIR / lang / "place_types.txt") if len(t) > 3]
    if not types:
        return
    pattern = re.compile(rf"(?<!\w)(\S+\s+)?({'|'.join(map(re.escape, types))})\s+$")
    for record in records:
        page = record["id"].split("-", 3)[3]
        text = record["text"]
        orgs = [(s["start"], s["end"]) for s in record["spans"] if s["label"] == "ORG"]
        for span in record["spans"]:
            if span["label"] != "GPE":
                continue
            match = pattern.search(text[max(0, span["start"] - 40):span["start"]])
            if not match:
                continue
            before = (match.group(1) or "").strip()
            if before.rstrip(",") in ADMIN_LEAD_INS or (before[:1].isupper() and before.isupper()):
                continue
            if any(s <= span["start"] - 1 < e for s, e in orgs):
                continue
            yield f"{page[:3]} {match.group(2)!r:<12} {context(text, span['start'], span['end'])}"


def date_bounds(records: list[dict], lang: str) -> Iterator[str]:
    """DATE spans with a weekday, a time word or a year just outside them, and inside ones."""
    days = "|".join(map(re.escape, weekdays(lang)))
    times = "|".join(map(re.escape, TIME_WORDS[lang]))
    before = re.compile(rf"(?<!\w)({days})\s*,?\s*\(?$")
    after_year = re.compile(r"^\s*,?\s*(\d{4})(?!\d)")
    after_time = re.compile(rf"^\s*,?\s*({times})\s+\d")
    for record in records:
        page = record["id"].split("-", 3)[3]
        text = record["text"]
        spans = [s for s in record["spans"] if s["label"] == "DATE"]
        for span in spans:
            start, end = span["start"], span["end"]
            where = context(text, start, end)
            if before.search(text[max(0, start - 12):start]):
                yield f"{page[:3]} weekday-outside  {where}"
            if re.match(rf"({days})\b", span["text"]):
                yield f"{page[:3]} weekday-inside   {where}"
            if after_year.match(text[end:end + 8]) and not any(
                    s["start"] <= end + 1 < s["end"] for s in spans):
                yield f"{page[:3]} year-outside     {where}"
            if after_time.match(text[end:end + 12]):
                yield f"{page[:3]} time-outside     {where}"
            if re.search(rf"(?<!\w)({times})\s+\d", span["text"]):
                yield f"{page[:3]} time-inside      {where}"


def edge_words(records: list[dict]) -> Iterator[str]:
    """Words found both as the first/last word of a label's spans and just outside them."""
    seen: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for record in records:
        page = record["id"].split("-", 3)[3]
        text = record["text"]
        for span in record["spans"]:
            if span["label"] not in ENTITY_LABELS:
                continue
            start, end, label = span["start"], span["end"], span["label"]
            words = span["text"].split()
            where = f"{page[:3]} {context(text, start, end)}"
            if len(words) > 1:
                seen[(label, "first", words[0])].append("in  " + where)
                seen[(label, "last", words[-1])].append("in  " + where)
            before = re.search(r"(\S+)[ \t]+$", text[max(0, start - 30):start])
            after = re.match(r"[ \t]+(\S+)", text[end:end + 30])
            if before:
                seen[(label, "first", before.group(1))].append("out " + where)
            if after:
                seen[(label, "last", after.group(1))].append("out " + where)
    for (label, side, word), hits in sorted(seen.items()):
        if not word[:1].isupper() and label != "DATE":
            continue
        inside = [h for h in hits if h.startswith("in ")]
        outside = [h for h in hits if h.startswith("out ")]
        if inside and outside:
            minority = inside if len(inside) <= len(outside) else outside
            yield f"{label} {side} {word!r}: in {len(inside)}, out {len(outside)}"
            for hit in minority[:12]:
                yield "    " + hit


def audit(lang: str, sections: tuple[str, ...]) -> dict[str, list[str]]:
    """Every section's findings for one language."""
    records = load(lang)
    ents = entities(records)
    runners = {
        "labels": lambda: label_conflicts(ents),
        "unannotated": lambda: unannotated(records, ents),
        "titles": lambda: titles_inside(records, lang),
        "admin": lambda: admin_outside(records, lang),
        "dates": lambda: date_bounds(records, lang),
        "edges": lambda: edge_words(records),
    }
    return {name: list(runners[name]()) for name in sections}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), action="append")
    parser.add_argument("--section", choices=SECTIONS, action="append")
    args = parser.parse_args(argv)
    for lang in args.lang or ["id", "en"]:
        for name, lines in audit(lang, tuple(args.section or SECTIONS)).items():
            print(f"== {lang} {name}: {len(lines)}")
            for line in lines:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
