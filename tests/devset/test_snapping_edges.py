"""Pre-labels and selection snapping share one tokenizer: on every article of the evaluation sets,
each pre-labelled span starts and ends on an edge that snapping produces."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.model import Record
from annotator.nlp import prelabel_texts
from annotator.text.tokens import token_boundaries

DATA = Path(__file__).resolve().parents[2] / "data"
#: Every evaluation set under data/ (data/dev, data/heldout, and data/real/* once it is there).
SETS = sorted(path for path in DATA.glob("**/*.jsonl") if path.stem in ("id", "en"))


@pytest.mark.parametrize("path", SETS, ids=["-".join(p.relative_to(DATA).with_suffix("").parts) for p in SETS])
def test_every_prelabelled_edge_is_a_snapping_edge(path: Path) -> None:
    texts = [Record.model_validate_json(line).text for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts
    checked = 0
    for text, (spans, _relations) in zip(texts, prelabel_texts(texts, path.stem), strict=True):
        starts, ends = token_boundaries(text, path.stem)
        start_set, end_set = set(starts), set(ends)
        bad = [(s.label, s.text, s.start, s.end) for s in spans if s.start not in start_set or s.end not in end_set]
        assert not bad, f"{path.name}: spans off the snapping edges: {bad[:5]}"
        checked += len(spans)
    assert checked >= 5 * len(texts)  # the check looked at real output, not an empty list
