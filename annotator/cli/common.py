"""Helpers shared by commands: opening a project with a clean error message."""

from __future__ import annotations

from annotator.cli.main import CommandError
from annotator.storage.project import Project, ProjectError


def open_project(location: str) -> Project:
    try:
        return Project.open(location)
    except ProjectError as error:
        raise CommandError(str(error)) from error
