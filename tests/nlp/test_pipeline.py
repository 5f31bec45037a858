"""The spaCy side: pipeline building and caching, the factories, model errors, and the API contract."""

from __future__ import annotations

import pytest
import spacy

from annotator.model import Record, default_scheme
from annotator.nlp import PipelineError, build_pipeline, prelabel, prelabel_texts
from annotator.nlp.components import EXTENSION, RELATIONS_EXTENSION, SPAN_KEY

TEXT = (
    "JAKARTA, Kompas.id – Menteri Perdagangan Rina Hartono meninjau Pasar Induk pada Jumat (11/10/2024).\n\n"
    "“Kami siap menambah stok beras di semua pasar,” kata Rina. “Harga akan turun minggu depan.”\n\n"
    "Ia mengatakan bahwa operasi pasar akan digelar di 38 provinsi hingga akhir tahun."
)


def test_build_pipeline_is_cached_and_named_components():
    nlp = build_pipeline("id")
    assert nlp is build_pipeline("id")
    assert nlp.pipe_names == ["annotator_furniture", "annotator_entities", "annotator_quotes", "annotator_coref"]


def test_prelabel_contract_ids_sources_and_scheme():
    spans, relations = prelabel(TEXT, "id")
    assert [s.id for s in spans] == [f"s{n}" for n in range(1, len(spans) + 1)]
    assert [r.id for r in relations] == [f"r{n}" for n in range(1, len(relations) + 1)]
    assert all(s.source == "rule" and r.source == "rule" for s in spans for r in relations)
    assert all(s.text == TEXT[s.start : s.end] for s in spans)
    assert any(s.score is not None for s in spans if s.label == "QUOTE")
    default_scheme().check_record(Record(text=TEXT, spans=spans, relations=relations))
    labels = {s.label for s in spans}
    assert {"FURNITURE", "PERSON", "GPE", "DATE", "QUOTE", "CUE", "SPEAKER"} <= labels


def test_prelabel_texts_matches_prelabel_one_by_one():
    texts = [TEXT, "“Kami tetap bekerja keras untuk warga,” ujar Budi Santoso.", ""]
    assert list(prelabel_texts(texts, "id", batch_size=2)) == [prelabel(text, "id") for text in texts]


@pytest.mark.slow
def test_worker_processes_give_the_same_results():
    texts = [TEXT.replace("Rina", name) for name in ("Rina", "Dewi", "Sari", "Ayu", "Tari")]
    assert list(prelabel_texts(texts, "id", processes=2, batch_size=2)) == list(prelabel_texts(texts, "id"))


def test_news_factory_in_another_users_pipeline():
    nlp = spacy.blank("id")
    nlp.add_pipe("annotator_news")
    doc = nlp(TEXT)
    labels = {span.label_ for span in doc.spans[SPAN_KEY]}
    assert {"QUOTE", "CUE", "SPEAKER", "PERSON"} <= labels
    relations = doc._.get(RELATIONS_EXTENSION)
    assert any(label == "SPEAKER" for _head, _child, label in relations)
    assert doc._.get(EXTENSION).quotes


def test_plain_component_makes_docs_serialisable():
    nlp = spacy.blank("en")
    nlp.add_pipe("annotator_news", config={"set_spans": False})
    nlp.add_pipe("annotator_plain")
    doc = nlp('"We will rebuild every bridge," said Mayor Lina Park.')
    data = doc.to_bytes()
    assert doc._.get(EXTENSION)["spans"]
    assert data


def test_unknown_language_and_missing_model_are_clear_errors():
    with pytest.raises(PipelineError, match="no pre-labelling resources for language 'xx'"):
        build_pipeline("xx")
    with pytest.raises(PipelineError, match="cannot load spaCy model"):
        build_pipeline("id", model="/nonexistent/model-folder")


def test_model_folder_entities_are_used_with_source_model(tmp_path):
    """A trained pipeline's NER output (here: an entity ruler saved to a folder) comes first, as `model`."""
    trained = spacy.blank("en")
    ruler = trained.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": "Acme Rivers"}, {"label": "FAC", "pattern": "Golden Gate"}])
    trained.to_disk(tmp_path / "model")
    spans, _relations = prelabel("Acme Rivers bought land near Golden Gate in Texas.", "en", model=str(tmp_path / "model"))
    by_text = {s.text: s for s in spans}
    assert by_text["Acme Rivers"].label == "ORG" and by_text["Acme Rivers"].source == "model"
    assert "Golden Gate" not in by_text  # FAC is not in the news scheme
    assert by_text["Texas"].label == "GPE" and by_text["Texas"].source == "rule"
