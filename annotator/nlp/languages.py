"""The language codes spaCy knows, found without importing spaCy (so that `annotator init` stays fast):
the language packages under ``spacy/lang/`` plus any registered through the ``spacy_languages``
entry point. The English names come from each package's ``class Name(Language)``."""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from annotator.nlp.resources import LANGUAGES

_CLASS = re.compile(r"^class (\w+)\(Language\)", re.MULTILINE)


@cache
def spacy_languages() -> dict[str, str]:
    """Language code -> English name (the code itself when no name is found)."""
    found: dict[str, str] = {}
    spec = importlib.util.find_spec("spacy")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "lang"
        for package in sorted(folder.glob("*/__init__.py")):
            code = package.parent.name
            match = _CLASS.search(package.read_text(encoding="utf-8", errors="replace"))
            found[code] = _spaced(match.group(1)) if match else code
    for entry in entry_points(group="spacy_languages"):
        found.setdefault(entry.name, entry.name)
    return found


def _spaced(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)  # "MultiLanguage" -> "Multi Language"


def code_for_name(name: str) -> str | None:
    """The code of a language given by its English name ("Indonesian" -> "id"), if spaCy has it."""
    wanted = name.strip().lower()
    return next((code for code, known in spacy_languages().items() if known.lower() == wanted), None)


def has_prelabel_resources(code: str) -> bool:
    return code in LANGUAGES


def language_table() -> list[str]:
    """One line per language: code, name, and whether the pre-labeller has resources for it."""
    return [
        f"{code:<4} {name}{'  (pre-labelling resources)' if has_prelabel_resources(code) else ''}"
        for code, name in sorted(spacy_languages().items())
    ]
