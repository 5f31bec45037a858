"""The shipped sample articles and annotation guidelines: format, and agreement with the default scheme."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from annotator.model import default_scheme

RESOURCES = resources.files("annotator.resources")
DEV = Path(__file__).resolve().parents[2] / "data" / "dev"
MY_SAMPLES = (
    "id-festival-pasar-terapung.txt",
    "id-beasiswa-guru-daerah.txt",
    "id-timnas-u17-juara.txt",
    "en-harbour-ferry-returns.txt",
)


def test_samples_have_title_blank_line_body_and_are_not_dev_articles() -> None:
    dev_texts = [json.loads(line)["text"] for lang in ("id", "en") for line in (DEV / f"{lang}.jsonl").open(encoding="utf-8")]
    for name in MY_SAMPLES:
        text = RESOURCES.joinpath("samples", name).read_text("utf-8")
        title, blank, *body = text.split("\n")
        assert title.strip() and not blank.strip() and len(" ".join(body).split()) >= 200, name
        assert not any(title in dev for dev in dev_texts), name


def test_guidelines_name_every_key_of_the_default_scheme() -> None:
    guidelines = RESOURCES.joinpath("guidelines.md").read_text("utf-8")
    rows = [line for line in guidelines.splitlines() if line.startswith("| `")]
    scheme = default_scheme()
    for label in [*scheme.span_labels, *scheme.relation_labels]:
        assert label.key is not None
        assert any(row.startswith(f"| `{label.key}` |") and label.name in row for row in rows), f"{label.name} ({label.key})"
