"""The real development set's gold stays consistent where the sixth session's audit made it so.

The audit (``data/real/audit.py``) lists places where the same thing is annotated two ways. The
checks below are the ones the audit left empty: a title or honorific from the pre-labeller's
tables inside a PERSON span, and DATE bounds that leave a weekday or a year just outside a DATE
or take a time of day inside it. A new page annotated the other way fails here, so the reviewer
decides it against the guidelines instead of letting the rounds tune on the noise.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

AUDIT_SCRIPT = Path(__file__).resolve().parents[2] / "data" / "real" / "audit.py"


def load_audit() -> ModuleType:
    """The audit script as a module (it is a data script, not part of the package)."""
    if "real_gold_audit" in sys.modules:
        return sys.modules["real_gold_audit"]
    spec = importlib.util.spec_from_file_location("real_gold_audit", AUDIT_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_gold_audit"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_title_inside_a_person(lang: str) -> None:
    findings = load_audit().audit(lang, ("titles",))["titles"]
    assert findings == [], "\n".join(findings)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_date_bounds_are_consistent(lang: str) -> None:
    findings = load_audit().audit(lang, ("dates",))["dates"]
    odd = [line for line in findings if "weekday-outside" in line or "year-outside" in line
           or "time-inside" in line]
    assert odd == [], "\n".join(odd)


def invented_record(number: str, text: str, span_text: str, label: str) -> dict:
    """An invented dev record of ``text`` with one ``label`` span over ``span_text``."""
    start = text.index(span_text)
    return {
        "id": f"real-dev-id-{number}-invented",
        "text": text,
        "spans": [{"start": start, "end": start + len(span_text), "label": label, "text": span_text}],
    }


def test_audit_finds_an_invented_title_inside_a_person() -> None:
    """The check can fail: an invented record with `Pak` inside the PERSON is reported."""
    record = invented_record("999", "Warga menyambut Pak Bambang Sutrisno di balai desa.", "Pak Bambang Sutrisno", "PERSON")
    assert len(list(load_audit().titles_inside([record], "id"))) == 1


def test_audit_finds_an_invented_weekday_outside_a_date() -> None:
    """The check can fail: `Senin, [12 Mei 2026]` leaves the weekday out of the DATE."""
    record = invented_record("998", "Rapat digelar Senin, 12 Mei 2026 di kantor camat.", "12 Mei 2026", "DATE")
    lines = list(load_audit().date_bounds([record], "id"))
    assert any("weekday-outside" in line for line in lines)
