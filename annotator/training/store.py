"""Trained models kept with the project: folders ``v1``, ``v2``... beside a project file
(``news.annotator`` -> ``news.models/``), or in the folder given, each with ``training.json``
(scores, the documents it saw); the project's ``models`` setting lists them in order."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator.storage.database import is_url
from annotator.storage.project import Project

SETTING = "models"
#: The project setting naming the model ``annotator prelabel`` uses when given no ``--model``.
PRELABEL_SETTING = "prelabel_model"
INFO_FILE = "training.json"


class ModelStoreError(ValueError):
    pass


def models_folder(project: Project, output: Path | None) -> Path:
    if output is not None:
        return output
    if is_url(project.location):
        raise ModelStoreError("a PostgreSQL project has no folder beside it: give -o DIR for the models")
    return Path(project.location).with_suffix(".models")


def registered(project: Project) -> list[dict[str, Any]]:
    value = project.settings().get(SETTING) or []
    return list(value) if isinstance(value, list) else []


def store_model(project: Project, trained: Path, folder: Path, info: dict[str, Any]) -> tuple[int, Path]:
    """Copy a trained pipeline in as the next version; returns (version, its folder)."""
    models = registered(project)
    version = max((entry["version"] for entry in models), default=0) + 1
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / f"v{version}"
    while destination.exists():  # a folder shared by projects, or left by an earlier run
        version += 1
        destination = folder / f"v{version}"
    shutil.copytree(trained, destination)
    info = {"version": version, "created": datetime.now(UTC).isoformat(timespec="seconds")} | info
    (destination / INFO_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    summary = {key: info[key] for key in ("version", "created", "layer", "documents", "better") if key in info}
    project.set_setting(SETTING, [*models, summary | {"path": str(destination.resolve())}])
    return version, destination


def resolve_model(project: Project | None, value: str | None) -> str | None:
    """``latest`` or ``vN`` -> the folder of that stored model; anything else is returned as is."""
    if value is None:
        return None
    import annotator.training.components  # noqa: F401  (registers the factory trained pipelines use)

    if not (value == "latest" or (value.startswith("v") and value[1:].isdigit())):
        return value
    if project is None:
        raise ModelStoreError(f"--model {value} names a model stored with a project; give the project, or a folder")
    models = registered(project)
    if not models:
        raise ModelStoreError("the project has no trained model yet (annotator train PROJECT)")
    if value == "latest":
        return str(models[-1]["path"])
    for entry in models:
        if entry["version"] == int(value[1:]):
            return str(entry["path"])
    known = ", ".join(f"v{entry['version']}" for entry in models)
    raise ModelStoreError(f"the project has no model {value} (it has {known})")
