"""The names stored in the database and written in records: layers, sources, statuses, machine users.

Defined once here; everything else imports them instead of spelling the strings. The pydantic
``Literal`` types in :mod:`annotator.model.records` are built from the same strings, and a test
checks that the two agree.
"""

from __future__ import annotations

from typing import Final

# Layers: every annotator's own work, the pre-labeller's suggestions, adjudicated gold.
ANNOTATION: Final = "annotation"
PRELABEL: Final = "prelabel"
GOLD: Final = "gold"

# Sources of a span or relation: a person, or a suggestion from rules or a model.
HUMAN: Final = "human"
RULE: Final = "rule"
MODEL: Final = "model"

# Statuses of an annotation.
TODO: Final = "todo"
IN_PROGRESS: Final = "in_progress"
ACCEPTED: Final = "accepted"
REJECTED: Final = "rejected"
SKIPPED: Final = "skipped"

# Machine users: the pre-labeller (layer ``prelabel``) and imported records that name no annotator.
PRELABEL_ANNOTATOR: Final = "prelabel"
IMPORT_ANNOTATOR: Final = "import"
MACHINE_ROLE: Final = "machine"

LAYER_NAMES: Final = (ANNOTATION, PRELABEL, GOLD)
SOURCE_NAMES: Final = (HUMAN, RULE, MODEL)
STATUS_NAMES: Final = (TODO, IN_PROGRESS, ACCEPTED, REJECTED, SKIPPED)
