"""The sample project that opens on first start: the articles in ``resources/samples``, pre-labelled."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from annotator.importers import import_paths
from annotator.storage.project import Project, ProjectError

SAMPLE_NAME = "sample.annotator"


def samples_folder() -> Path:
    return Path(str(resources.files("annotator.resources").joinpath("samples")))


def ensure_sample_project(directory: Path) -> Path:
    """Build the sample project in ``directory`` once; returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / SAMPLE_NAME
    if path.exists():
        try:
            Project.open(path).close()
            return path
        except ProjectError:
            path.unlink()
    partial = directory / f".{SAMPLE_NAME}.building"
    for leftover in directory.glob(f".{SAMPLE_NAME}.building*"):
        leftover.unlink()
    project = Project.create(partial, lang="id", name="Sample news")
    try:
        for lang in ("id", "en"):  # sample files are named after their language: id-*.txt, en-*.txt
            import_paths(project, sorted(samples_folder().glob(f"{lang}-*.txt")), lang=lang)
        from annotator.nlp import prelabel_project

        prelabel_project(project)
    finally:
        project.close()
    for suffix in ("-wal", "-shm"):  # normally gone after a clean close; carried along if not
        if Path(f"{partial}{suffix}").exists():
            Path(f"{partial}{suffix}").rename(f"{path}{suffix}")
    partial.rename(path)
    return path
