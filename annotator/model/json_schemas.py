"""JSON Schemas generated from the pydantic models, kept in ``schemas/`` at the repository root."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from annotator.agreement.report import AgreementReport
from annotator.model.records import RECORD_SCHEMA_VERSION, Record
from annotator.model.scheme import Scheme

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "record.schema.json": (Record, f"One line of annotator JSONL (schema version {RECORD_SCHEMA_VERSION})."),
    "scheme.schema.json": (Scheme, "A label scheme of an annotator project (TOML or JSON)."),
    "agreement.schema.json": (AgreementReport, "The report of `annotator agreement --format json`."),
}


def render_schemas() -> dict[str, str]:
    """File name -> JSON text of every schema."""
    rendered = {}
    for name, (model, description) in SCHEMAS.items():
        schema = model.model_json_schema()
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://annotator.example/schemas/v{RECORD_SCHEMA_VERSION}/{name}",
            "description": description,
            **schema,
        }
        rendered[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return rendered


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[str]:
    """Names of schema files that are missing or differ from what the models generate."""
    stale = []
    for name, text in render_schemas().items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
