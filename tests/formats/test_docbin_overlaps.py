"""Overlapping entities (a scheme without the overlap rule) in a DocBin: one in doc.ents, the
other in doc.spans["overlapping"], counted, and both read back."""

from __future__ import annotations

from annotator.exporters.base import ExportContext, ExportReport
from annotator.exporters.spacy_docbin import record_to_doc
from annotator.importers.readers.docbin import doc_to_dict
from annotator.model import default_scheme


def test_overlapping_entities_go_to_a_span_group_and_come_back() -> None:
    scheme = default_scheme().model_copy(update={"exclusive_groups": []})
    report = ExportReport()
    text = "Universitas Gadjah Mada 🎓 di Yogyakarta"
    spans = [
        {"id": "s1", "start": 0, "end": 23, "label": "ORG", "source": "human", "score": None, "attrs": {}},
        {"id": "s2", "start": 12, "end": 23, "label": "PERSON", "source": "model", "score": 0.5, "attrs": {}},
        {"id": "s3", "start": 29, "end": 39, "label": "GPE", "source": "human", "score": None, "attrs": {}},
    ]
    record = {"id": "d", "text": text, "meta": {}, "spans": spans, "relations": [], "annotator": None, "layer": None,
              "status": "todo", "updated_at": None}  # fmt: skip
    doc = record_to_doc(record, ExportContext(scheme, "id", report))
    assert [(span.text, span.label_) for span in doc.ents] == [("Universitas Gadjah Mada", "ORG"), ("Yogyakarta", "GPE")]
    assert [(span.text, span.label_, span.id_) for span in doc.spans["overlapping"]] == [("Gadjah Mada", "PERSON", "s2")]
    assert report.dropped == {"overlapping entity spans written to doc.spans['overlapping'] instead of doc.ents": 1}
    back = doc_to_dict(doc)
    assert [(span["id"], span["start"], span["end"], span["label"], span.get("source", "human")) for span in back["spans"]] == [
        ("s1", 0, 23, "ORG", "human"),
        ("s2", 12, 23, "PERSON", "model"),
        ("s3", 29, 39, "GPE", "human"),
    ]
