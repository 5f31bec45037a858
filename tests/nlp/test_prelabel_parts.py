"""benchmarks/prelabel_parts.py: the dumps' instructions are summed by part, a nested part's
taken out of the step around it (the tally itself; the callgrind run is the benchmark's)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("prelabel_parts", ROOT / "benchmarks" / "prelabel_parts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dump(name: str, instructions: int) -> str:
    return f"version: 1\ndesc: Trigger: Client Request: {name}\nevents: Ir\nsummary: {instructions}\n"


def test_a_nested_part_is_taken_out_of_the_step_around_it() -> None:
    script = _script()
    nested = script.NESTED[0][2]
    dumps = [
        _dump("entities: the scan", 100),
        _dump(script._PENDING, 30),  # the scan's instructions before the matchers ran inside it
        _dump(nested, 50),
        _dump("entities: the scan", 20),  # the scan's rest
        _dump(script._PENDING, 5),
        _dump(nested, 7),
        _dump("quotes: direct", 1),
        "version: 1\ndesc: Trigger: Program termination\nsummary: 999\n",
    ]
    found = script.tally(dumps)
    assert found == {"entities: the scan": 150, nested: 57, "quotes: direct": 6}
    assert sum(found.values()) == 100 + 30 + 50 + 20 + 5 + 7 + 1


def test_every_part_names_a_function_that_exists() -> None:
    script = _script()
    import importlib

    for module, name, *_rest in (*script.PARTS, *script.NESTED):
        owner: object = importlib.import_module(module)
        for step in name.split("."):
            owner = getattr(owner, step)
        assert callable(owner), (module, name)
