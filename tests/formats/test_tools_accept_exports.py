"""The other tools themselves read our exports: ``spacy debug data``, ``spacy train`` and
``datasets.load_dataset``. Slow (each starts spaCy or pyarrow); the default test run, as CI's,
includes them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.exporters import export_corpus
from annotator.importers import import_paths
from annotator.storage import Project
from tests.core.helpers import write_jsonl
from tests.formats.corpus import records

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """150 documents (spaCy's debug data wants 100 to train a new pipeline), each text distinct."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = []
    for number in range(75):
        for record in records():
            lines.append(record | {"id": f"{record['id']}-{number}", "text": f"{record['text']} (Berita {number}.)"})
    project = Project.create(folder / "news.annotator", lang="id")
    import_paths(project, [write_jsonl(folder / "in.jsonl", lines)])
    yield project
    project.close()


def spacy_command(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "spacy", *arguments], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def docbin_split(big_project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spacy")
    export_corpus(big_project, folder / "corpus", "spacy", only_annotated=True, split=(0.8, 0.2, 0.0), seed=1)
    result = spacy_command("init", "config", "config.cfg", "--lang", "id", "--pipeline", "ner,spancat", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_spacy_debug_data_reports_no_errors(docbin_split: Path) -> None:
    result = spacy_command(
        "debug", "data", "config.cfg", "--paths.train", "corpus/train.spacy", "--paths.dev", "corpus/dev.spacy",
        "--components.spancat.spans_key", "quotes", cwd=docbin_split,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "✘" not in output, output
    assert "No entities consisting of or starting/ending with whitespace" in output
    assert "quotes" in output and "QUOTE" in output


def test_a_tiny_spacy_train_on_the_export_gives_a_loadable_pipeline(docbin_split: Path) -> None:
    result = spacy_command(
        "train", "config.cfg", "--paths.train", "corpus/train.spacy", "--paths.dev", "corpus/dev.spacy",
        "--components.spancat.spans_key", "quotes", "--training.max_steps", "4", "--training.eval_frequency", "2",
        "--output", "model", cwd=docbin_split,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    import spacy

    nlp = spacy.load(docbin_split / "model" / "model-last")
    assert nlp.pipe_names == ["tok2vec", "ner", "spancat"]
    assert set(nlp.get_pipe("ner").labels) == {"GPE", "PERSON", "ORG"}
    assert set(nlp.get_pipe("spancat").labels) == {"QUOTE", "CUE", "SPEAKER"}
    doc = nlp("“Kami siap,” kata Budi Santoso di Medan.")
    assert doc.text.startswith("“Kami")


def test_datasets_loads_the_hugging_face_export(big_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")  # local files only: nothing from the network
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    datasets = pytest.importorskip("datasets")
    import json

    export_corpus(big_project, tmp_path / "hf", "hf", only_annotated=True, split=(0.8, 0.1, 0.1), seed=3)
    labels = json.loads((tmp_path / "hf" / "labels.json").read_text())["ner_tags"]
    loaded = datasets.load_dataset(
        "json",
        data_files={part: str(tmp_path / "hf" / f"{part}.jsonl") for part in ("train", "dev", "test")},
        cache_dir=str(tmp_path / "cache"),
    )
    assert {name: len(loaded[name]) for name in loaded} == {"train": 120, "dev": 15, "test": 15}
    example = loaded["train"][0]
    assert len(example["tokens"]) == len(example["ner_tags"])
    assert {labels[tag] for row in loaded["train"] for tag in row["ner_tags"]} >= {"B-PERSON", "B-GPE", "O", "I-PERSON"}
