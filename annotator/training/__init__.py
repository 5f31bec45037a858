"""Training a spaCy pipeline on the corpus (tok2vec + ner for entities, spancat for QUOTE, CUE
and SPEAKER), scoring it against the rules on a held-out split, and keeping it with the project,
versioned, as a pre-labeller (``annotator prelabel P --model latest``)."""

from annotator.training.store import ModelStoreError, resolve_model
from annotator.training.train import TrainingError, TrainResult, train_project

__all__ = ["ModelStoreError", "TrainResult", "TrainingError", "resolve_model", "train_project"]
