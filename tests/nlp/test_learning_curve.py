"""benchmarks/learning_curve.py: grouped by outlet, every fold's test pages come from newsrooms
its training folds never saw (as on a held-out set); ``all`` trains on every remaining page."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def curve() -> ModuleType:
    spec = importlib.util.spec_from_file_location("learning_curve", ROOT / "benchmarks" / "learning_curve.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page(number: int, outlet: str | None) -> dict:
    return {"id": f"p{number}", "text": "", "meta": {"outlet": outlet} if outlet else {}}


def test_one_newsroom_stays_in_one_fold(curve: ModuleType) -> None:
    outlets = ["Harian Contoh", "Harian Contoh (via cermin.example)", "Warta Rekaan", "Warta Rekaan", "Kabar Fiktif"]
    records = [page(number, outlets[number % len(outlets)]) for number in range(20)] + [page(20, None), page(21, None)]
    for seed in range(5):
        folds = curve.make_folds(records, 3, seed, "outlet")
        assert sorted(record["id"] for fold in folds for record in fold) == sorted(record["id"] for record in records)
        rooms = [{curve.newsroom(record) for record in fold} for fold in folds]
        for first in range(3):
            for second in range(first + 1, 3):
                assert not rooms[first] & rooms[second], (seed, rooms)


def test_outlet_note_and_case_do_not_split_a_newsroom(curve: ModuleType) -> None:
    assert curve.newsroom(page(1, "Harian Contoh (via cermin.example)")) == curve.newsroom(page(2, "harian contoh"))
    assert curve.newsroom(page(1, "Harian Contoh Bali")) != curve.newsroom(page(2, "Harian Contoh"))
    assert curve.newsroom(page(1, None)) != curve.newsroom(page(2, None))  # no outlet: a newsroom of its own


def test_grouped_folds_stay_balanced(curve: ModuleType) -> None:
    records = [page(number, f"Outlet {number % 30}") for number in range(90)]
    sizes = sorted(len(fold) for fold in curve.make_folds(records, 3, 0, "outlet"))
    assert sizes[-1] - sizes[0] <= 3


def test_ungrouped_folds_mix_outlets(curve: ModuleType) -> None:
    records = [page(number, "Harian Contoh") for number in range(9)]
    assert [len(fold) for fold in curve.make_folds(records, 3, 0, None)] == [3, 3, 3]


def test_sizes_take_all(curve: ModuleType) -> None:
    assert curve.size_of("all") == 0
    assert curve.size_of("40") == 40
