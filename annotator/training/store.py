"""Trained models kept with the project: folders ``v1``, ``v2``... beside a project file
(``news.annotator`` -> ``news.models/``), in the user's data folder for a project on a server
(:func:`server_models_folder`), or in the folder given, each with ``training.json`` (scores,
the documents it saw); the project's ``models`` setting lists them in order."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator.storage.database import database_url, is_url
from annotator.storage.project import Project

SETTING = "models"
#: The project setting naming the model ``annotator prelabel`` uses when given no ``--model``.
PRELABEL_SETTING = "prelabel_model"
INFO_FILE = "training.json"


class ModelStoreError(ValueError):
    pass


def models_folder(project: Project, output: Path | None, data_folder: Path | None = None) -> Path:
    """``output`` if given; beside a project file; else in the user's data folder (``data_folder``,
    the window's own, or :func:`user_data_folder`), keyed by the server project's URL."""
    if output is not None:
        return output
    if is_url(project.location):
        return server_models_folder(str(project.location), data_folder)
    return Path(project.location).with_suffix(".models")


def user_data_folder() -> Path:
    """The per-user data folder of the program, where platformdirs' ``user_data_dir`` and Qt's
    ``AppDataLocation`` put it (``$XDG_DATA_HOME/annotator/annotator`` on Linux)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "annotator" / "annotator"  # organisation / application, as the window names them


def server_key(location: str) -> str:
    """A folder name for a server project: its user, host, port and database, never its password,
    with a short digest telling apart URLs that read alike (``postgres://`` and ``postgresql://``
    are one)."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url(location))
    plain = f"{url.username or ''}@{url.host or ''}:{url.port or ''}/{url.database or ''}"
    readable = re.sub(r"[^\w.@-]+", "-", f"{url.get_backend_name()}-{plain}").strip("-")
    return f"{readable}-{hashlib.sha256(plain.encode()).hexdigest()[:8]}"


def server_models_folder(location: str, data_folder: Path | None = None) -> Path:
    """Where the models of a project on a server go: ``models/<server_key>`` in the data folder."""
    return (data_folder or user_data_folder()) / "models" / server_key(location)


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
