"""Generated news articles that read like real ones: paragraphs of the development set.

Each article is a headline followed by paragraphs drawn at random from the development set's
Indonesian articles (``data/dev/id.jsonl``: invented but realistic news, annotated by hand), until
it reaches about ``words`` words. The paragraphs bring their annotations: entities, quotes with
their cues and speakers, and the relations whose both ends lie in the same paragraph.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEV_SET = Path(__file__).resolve().parents[1] / "data" / "dev" / "id.jsonl"


@dataclass
class Paragraph:
    text: str
    spans: list[dict[str, Any]] = field(default_factory=list)  # offsets within the paragraph
    relations: list[tuple[int, int, str]] = field(default_factory=list)  # (head, child) indexes into spans

    @property
    def words(self) -> int:
        return len(self.text.split())


def _paragraphs(record: dict[str, Any]) -> list[Paragraph]:
    text = record["text"]
    found: list[Paragraph] = []
    where: dict[str, tuple[int, int]] = {}  # span id -> (paragraph, index)
    start = 0
    for chunk in text.split("\n\n"):
        end = start + len(chunk)
        paragraph = Paragraph(chunk)
        for span in record["spans"]:
            if start <= span["start"] and span["end"] <= end:
                where[span["id"]] = (len(found), len(paragraph.spans))
                paragraph.spans.append(
                    {
                        "start": span["start"] - start,
                        "end": span["end"] - start,
                        "label": span["label"],
                        "attrs": span.get("attrs") or {},
                    }
                )
        found.append(paragraph)
        start = end + 2
    for relation in record["relations"]:
        head, child = where.get(relation["head"]), where.get(relation["child"])
        if head is not None and child is not None and head[0] == child[0]:
            found[head[0]].relations.append((head[1], child[1], relation["label"]))
    return [paragraph for paragraph in found if paragraph.text.strip()]


class ArticleMaker:
    """Articles of about ``words`` words from the development set's paragraphs."""

    def __init__(self, words: int = 400, source: Path = DEV_SET) -> None:
        self.words = words
        self.headlines: list[Paragraph] = []
        self.bodies: list[Paragraph] = []
        with source.open(encoding="utf-8") as handle:
            for line in handle:
                paragraphs = _paragraphs(json.loads(line))
                self.headlines.append(paragraphs[0])
                self.bodies.extend(paragraphs[1:])

    def article(self, number: int, rng: random.Random) -> dict[str, Any]:
        """One record in the project's JSONL schema (pre-annotated, ``source: rule``)."""
        chosen = [rng.choice(self.headlines)]
        words = chosen[0].words
        while words < self.words - 20:
            paragraph = rng.choice(self.bodies)
            chosen.append(paragraph)
            words += paragraph.words
        texts: list[str] = []
        spans: list[dict[str, Any]] = []
        relations: list[dict[str, Any]] = []
        offset = 0
        for paragraph in chosen:
            first = len(spans)
            for span in paragraph.spans:
                spans.append(
                    {
                        **span,
                        "id": f"s{len(spans) + 1}",
                        "start": span["start"] + offset,
                        "end": span["end"] + offset,
                        "source": "rule",
                    }
                )
            for head, child, label in paragraph.relations:
                relations.append(
                    {
                        "id": f"r{len(relations) + 1}",
                        "head": f"s{first + head + 1}",
                        "child": f"s{first + child + 1}",
                        "label": label,
                    }
                )
            texts.append(paragraph.text)
            offset += len(paragraph.text) + 2
        return {
            "id": f"bench-{number}",
            "text": "\n\n".join(texts),
            "meta": {"title": chosen[0].text},
            "spans": spans,
            "relations": relations,
        }
