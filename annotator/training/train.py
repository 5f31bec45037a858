"""``train_project``: documents -> DocBins -> ``spacy train`` on the CPU -> held-out scores of
the model and of the rules per label -> a new model version stored with the project."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.model.scheme import Scheme
from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage.project import Project
from annotator.training.config import build_config
from annotator.training.data import split_records, training_records, write_docbins
from annotator.training.evaluate import Scores, SpanKey, compare, gold_spans, model_spans, rule_spans, score
from annotator.training.store import models_folder, store_model
from annotator.wording import plural

MIN_DOCUMENTS = 3


class TrainingError(ValueError):
    pass


@dataclass
class TrainResult:
    version: int
    path: Path
    documents: dict[str, int]
    table: dict[str, Any]  # held-out (test) scores of model and rules per label
    choice: dict[str, str]  # per label, the better on the dev split: "model" or "rules"


def _labels(project: Project) -> list[str]:
    scheme = project.scheme
    return scheme.labels_in_group("entity") + [label for label in ("QUOTE", "CUE", "SPEAKER") if scheme.span_label(label)]


def train_project(
    project: Project,
    *,
    output: Path | None = None,
    data_folder: Path | None = None,
    layer: str = "gold",
    max_steps: int = 0,
    seed: int = 0,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> TrainResult:
    """Train on the ``layer`` documents (``gold`` or ``accepted``); spaCy prints its progress.
    With hooks (the window), ``progress`` gets each training step and ``cancel`` is asked at each
    step and before the model is stored: cancelling raises :class:`Cancelled`, nothing stored.
    The model goes to ``output``, or beside a project file, or for a project on a server to the
    user's data folder (``data_folder``: the window passes Qt's; see :func:`models_folder`)."""
    folder = models_folder(project, output, data_folder)
    records = training_records(project, layer)
    if len(records) < MIN_DOCUMENTS:
        raise TrainingError(
            f"{plural(len(records), 'document')} in the {layer} layer: at least {MIN_DOCUMENTS} are needed (train, dev, test)"
        )
    parts = split_records(records, seed)
    labels = _labels(project)
    with tempfile.TemporaryDirectory(prefix="annotator-train-") as work_name:
        work = Path(work_name)
        trained = train_pipeline(
            parts, work, project.scheme, project.lang, max_steps=max_steps, seed=seed, progress=progress, cancel=cancel
        )
        table = score_table(parts["test"], trained, project.lang, labels)  # the model alone, before the choice
        choice = choose_labels(trained, parts["dev"], project.lang, labels)
        documents = {part: len(items) for part, items in parts.items()}
        info = {
            "layer": layer,
            "lang": project.lang,
            "max_steps": max_steps,
            "seed": seed,
            "documents": documents,
            "document_ids": {part: [record["id"] for record in items] for part, items in parts.items()},
            "scores": table,
            "better": choice,
        }
        if cancel is not None and cancel():
            raise Cancelled("training cancelled before the model was stored; nothing was stored")
        version, path = store_model(project, trained, folder, info)
    return TrainResult(version, path, documents, table, choice)


def train_pipeline(
    parts: dict[str, list[dict[str, Any]]],
    work: Path,
    scheme: Scheme,
    lang: str,
    *,
    max_steps: int = 0,
    seed: int = 0,
    pipeline: tuple[str, ...] = ("ner", "spancat"),
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> Path:
    """Train on ``parts["train"]`` (best model chosen on ``parts["dev"]``); returns the model folder.
    The hooks, if given, see every training step (see :mod:`annotator.training.hooks`)."""
    from spacy.cli.train import train as spacy_train

    paths = write_docbins({part: parts[part] for part in ("train", "dev")}, work, scheme, lang)
    config = build_config(lang, paths["train"], paths["dev"], max_steps=max_steps, seed=seed, pipeline=pipeline)
    if progress is None and cancel is None:
        config.to_disk(work / "config.cfg")
        spacy_train(work / "config.cfg", work / "output", use_gpu=-1)
    else:
        from annotator.training.hooks import hooked, unhook

        with hooked(config, progress or no_progress, cancel or never_cancel):
            config.to_disk(work / "config.cfg")
            spacy_train(work / "config.cfg", work / "output", use_gpu=-1)
        unhook(work / "output" / "model-best")
    return work / "output" / "model-best"


def choose_labels(model: Path, dev: list[dict[str, Any]], lang: str, labels: list[str]) -> dict[str, str]:
    """Per label, "model" or "rules": the better F1 on the dev documents; the choice is added to
    the model. Then the combination (the pre-labeller with this model) is scored on the same
    documents: while some label scores below the rules alone there, a chosen label goes back to
    the rules (that label itself if it is one, else the one the model won by the least), so that
    on the dev split the combination is never worse than the rules, label by label."""
    texts = [record["text"] for record in dev]
    wanted = set(labels)
    gold = gold_spans(dev, wanted)
    rule_found = rule_spans(texts, lang, wanted)
    rules = score(gold, rule_found)
    alone = score(gold, model_spans(model, texts, wanted))
    choice = {label: "model" if alone.get(label, Scores()).f1 > rules.get(label, Scores()).f1 else "rules" for label in labels}
    _add_choice(model, [label for label, better in choice.items() if better == "model"])
    while any(better == "model" for better in choice.values()):
        combined = score(gold, combined_spans(model, texts, lang, wanted))
        worse = [label for label in labels if combined.get(label, Scores()).f1 < rules.get(label, Scores()).f1]
        if not worse:
            break
        chosen = [label for label in labels if choice[label] == "model"]
        back = [label for label in worse if label in chosen] or [
            min(chosen, key=lambda label: alone.get(label, Scores()).f1 - rules.get(label, Scores()).f1)
        ]
        choice.update(dict.fromkeys(back, "rules"))
        _add_choice(model, [label for label, better in choice.items() if better == "model"])
    return choice


def combined_spans(model: Path, texts: list[str], lang: str, labels: set[str]) -> list[set[SpanKey]]:
    """The spans of the pre-labeller with ``model`` (its chosen labels, the rules for the rest)."""
    from annotator.nlp import prelabel_texts
    from annotator.nlp.pipeline import clear_cache

    clear_cache()  # the model folder was just rewritten
    found = [
        {(span.start, span.end, span.label) for span in spans if span.label in labels}
        for spans, _ in prelabel_texts(texts, lang, model=str(model))
    ]
    clear_cache()
    return found


def score_table(records: list[dict[str, Any]], model: Path, lang: str, labels: list[str]) -> dict[str, Any]:
    texts = [record["text"] for record in records]
    wanted = set(labels)
    return compare(gold_spans(records, wanted), model_spans(model, texts, wanted), rule_spans(texts, lang, wanted), labels)


def _add_choice(model: Path, keep: list[str]) -> None:
    """Store the per-label choice (made on the dev split) in the pipeline itself."""
    import spacy

    from annotator.training.components import add_label_choice

    nlp = spacy.load(model)
    add_label_choice(nlp, keep)
    nlp.to_disk(model)
