"""Each suggestion says which pre-labeller made it: the rules (and which rule) or a model (and
its version), in the attributes panel and in the document view's tooltip."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.gui.provenance import suggested_by
from annotator.model import Record, Span
from annotator.nlp.project import mark_model_spans, model_version
from annotator.storage import Project
from annotator.storage.bulk import insert_annotations
from tests.gui.conftest import open_window
from tests.gui.driving import click_span
from tests.gui.projects import Doc, build_project

TEXT = "SURABAYA - Hujan deras mengguyur Surabaya sejak Selasa malam, kata Budi Santoso."


def _click_a_span(qtbot, window, label: str) -> str:  # type: ignore[no-untyped-def]
    """Click the first span of ``label`` in the document view; returns its id."""
    span_id = next(span.id for span in window.session.record.spans if span.label == label)
    click_span(qtbot, window, span_id)
    assert window.session.selected_span == span_id
    return span_id


def test_rule_suggestions_name_their_rule(qtbot, settings, tmp_path: Path) -> None:
    path = build_project(tmp_path / "news.annotator", [Doc("a", TEXT, "A"), Doc("b", TEXT.replace("Budi", "Ani"), "B")])
    window = open_window(qtbot, settings, path)
    job = window.prelabel()  # File > Pre-label documents, with the rules (no model in this project)
    with qtbot.waitSignal(job.finished, timeout=240000):
        pass
    window.action("next_document").trigger()
    qtbot.waitUntil(lambda: window.session.document is not None and window.session.document.doc_id == "b", timeout=5000)
    span_id = _click_a_span(qtbot, window, "GPE")
    span = window.session.span(span_id)
    assert span.source == "rule" and span.attrs.get("rule")
    expected = f"suggested by rules: {span.attrs['rule']}"
    assert window.attributes_panel.origin.isVisible() and window.attributes_panel.origin.text() == expected
    assert expected in window.view._mouse.tooltip(window.view._index.by_id[span_id])
    assert "rule =" not in window.attributes_panel.hint.text()  # not repeated as an attribute
    window.close()


def test_model_suggestions_name_the_model_version(qtbot, settings, tmp_path: Path) -> None:
    path = build_project(tmp_path / "news.annotator", [Doc("a", TEXT, "A")])
    start = TEXT.index("Budi Santoso")
    record = Record(
        text=TEXT,
        spans=[
            Span(id="s1", start=start, end=start + 12, label="PERSON", source="model", attrs={"rule": "model", "model": "v2"})
        ],
    )
    with Project.open(path) as project, project.transaction() as connection:
        pk = project.document_by_id("a").pk
        insert_annotations(connection, project, [(pk, record)], annotator="prelabel", layer="prelabel")
    window = open_window(qtbot, settings, path)
    span_id = _click_a_span(qtbot, window, "PERSON")
    assert window.attributes_panel.origin.text() == "suggested by model v2"
    assert "suggested by model v2" in window.view._mouse.tooltip(window.view._index.by_id[span_id])
    window.close()


def test_prelabelling_with_a_stored_model_records_its_version(tmp_path: Path) -> None:
    folder = tmp_path / "news.models" / "v3"
    folder.mkdir(parents=True)
    (folder / "training.json").write_text(json.dumps({"version": 3}), encoding="utf-8")
    assert model_version(str(folder)) == "v3"
    assert model_version(str(tmp_path / "someone-elses-model")) == "someone-elses-model"
    spans = [Span(start=0, end=8, label="GPE", source="model"), Span(start=11, end=16, label="PERSON", source="rule")]
    mark_model_spans([(spans, [])], "v3")
    assert spans[0].attrs == {"model": "v3"} and "model" not in spans[1].attrs


def test_wording() -> None:
    assert suggested_by({"rule": "title_person"}, "rule") == "suggested by rules: title_person"
    assert suggested_by({"rule": "model", "model": "v4"}) == "suggested by model v4"
    assert suggested_by({}, "model") == "suggested by a model"
    assert suggested_by({}, "human") is None
