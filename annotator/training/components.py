"""``annotator_label_choice``: a component stored in a trained pipeline after its ``ner``. It
keeps on ``doc.ents`` only the labels for which the model beat the rules on the dev split, so
that for every other label the rule pre-labeller works alone, as if there were no model. Its
``keep`` also names the QUOTE, CUE and SPEAKER labels whose spancat spans the pre-labeller
uses (read by :func:`annotator.nlp.pipeline.model_quote_labels`).

Importing this module registers the factory; :func:`annotator.training.resolve_model` does, and
the package declares it as a ``spacy_factories`` entry point for other programs."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

NAME = "annotator_label_choice"


class LabelChoice:
    def __init__(self, keep: list[str]) -> None:
        self.keep = set(keep)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [ent for ent in doc.ents if ent.label_ in self.keep]
        return doc


@Language.factory(NAME, default_config={"keep": []})
def make_label_choice(nlp: Language, name: str, keep: list[str]) -> LabelChoice:
    return LabelChoice(keep)


def add_label_choice(model: Any, keep: list[str]) -> None:
    """Put the component right after ``ner`` in a loaded pipeline (in place of an earlier choice)."""
    if NAME in model.pipe_names:
        model.remove_pipe(NAME)
    model.add_pipe(NAME, config={"keep": sorted(keep)}, after="ner" if "ner" in model.pipe_names else None)
