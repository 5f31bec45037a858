"""A stored model that won QUOTE (and CUE, SPEAKER) on its dev split: its spans reach the
pre-labels, and the rules link them to cues and speakers.

The "model" is a real spaCy pipeline saved to a folder, as ``annotator train`` stores one: a
``span_ruler`` fills ``doc.spans["quotes"]`` where a trained spancat would, and the
``annotator_label_choice`` component names the labels the model won."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import annotator.training.components  # noqa: F401  (registers annotator_label_choice)
from annotator.nlp import prelabel
from annotator.nlp.pipeline import clear_cache
from annotator.training.components import NAME as LABEL_CHOICE

TEXT = (
    "JAKARTA – Menteri Rina Hartono meninjau pasar.\n\n"
    "“Kami siap menambah stok beras,” kata Rina.\n\n"
    "Harga cabai turun, ujar Siti Rahma."
)


def stored_model(folder: Path, patterns: list[tuple[str, str]], keep: list[str]) -> str:
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "annotator_words.v1"}}})
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "quotes"})
    ruler.add_patterns([{"label": label, "pattern": pattern} for label, pattern in patterns])
    nlp.add_pipe(LABEL_CHOICE, config={"keep": keep})
    nlp.to_disk(folder)
    clear_cache()
    return str(folder)


def linked(text: str, model: str | None) -> dict[str, dict[str, tuple[str, str]]]:
    """Per quote text: its label -> (child text, child source), and the quote's own source."""
    spans, relations = prelabel(text, "id", model=model)
    by_id = {span.id: span for span in spans}
    result: dict[str, dict[str, tuple[str, str]]] = {}
    for span in spans:
        if span.label == "QUOTE":
            result[span.text] = {"source": (span.source, "")}
    for relation in relations:
        head, child = by_id[relation.head], by_id[relation.child]
        if head.label == "QUOTE":
            result[head.text][relation.label] = (child.text, child.source)
    return result


def test_a_model_that_won_quote_gives_quotes_the_rules_link(tmp_path: Path) -> None:
    model = stored_model(
        tmp_path / "v1",
        [("QUOTE", "Kami siap menambah stok beras"), ("QUOTE", "Harga cabai turun,"), ("CUE", "ujar")],
        keep=["QUOTE"],  # the model lost CUE and SPEAKER: its CUE span is not used
    )
    quotes = linked(TEXT, model)
    # The model's quote replaces the rules' (which ends after the comma) and keeps its attribution;
    # the quote without marks, which the rules miss, is attributed by the rules' after-quote slot.
    assert quotes == {
        "Kami siap menambah stok beras": {"source": ("model", ""), "CUE": ("kata", "rule"), "SPEAKER": ("Rina", "rule")},
        "Harga cabai turun,": {"source": ("model", ""), "CUE": ("ujar", "rule"), "SPEAKER": ("Siti Rahma", "rule")},
    }
    without = linked(TEXT, None)
    assert list(without) == ["Kami siap menambah stok beras,"]


def test_model_cues_and_speakers_replace_the_rules_and_are_linked(tmp_path: Path) -> None:
    model = stored_model(
        tmp_path / "v2",
        [("QUOTE", "Harga cabai turun,"), ("CUE", "ujar"), ("SPEAKER", "Siti"), ("CUE", "kata"), ("SPEAKER", "Menteri Rina")],
        keep=["CUE", "SPEAKER"],  # quotes stay the rules'
    )
    spans, _ = prelabel(TEXT, "id", model=model)
    assert {(span.text, span.source) for span in spans if span.label in ("CUE", "SPEAKER")} == {
        ("kata", "model"), ("ujar", "model"), ("Siti", "model"), ("Menteri Rina", "model"),
    }  # fmt: skip
    quotes = linked(TEXT, model)
    # The rule quote's cue is the model's cue at the same place; the rules' speaker `Rina` has no
    # model speaker over it, so the nearest model speaker in the paragraph would be taken: none there.
    assert quotes == {"Kami siap menambah stok beras,": {"source": ("rule", ""), "CUE": ("kata", "model")}}


def test_a_model_without_the_choice_leaves_quotes_to_the_rules(tmp_path: Path) -> None:
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "annotator_words.v1"}}})
    nlp.add_pipe("span_ruler", config={"spans_key": "quotes"}).add_patterns([{"label": "QUOTE", "pattern": "Harga cabai"}])
    nlp.to_disk(tmp_path / "foreign")
    clear_cache()
    assert list(linked(TEXT, str(tmp_path / "foreign"))) == ["Kami siap menambah stok beras,"]


@pytest.fixture(autouse=True)
def _fresh_pipelines() -> None:
    clear_cache()
