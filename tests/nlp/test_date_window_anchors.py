"""The date windows from one match per cluster of digit runs (speed18) are the windows of one
anchor per run of digits: runs at most twice the reach apart, and names between them, merge alike."""

from __future__ import annotations

import random
import re

from annotator.nlp.entities import dates


def _windows_by_run(text: str, lang: str) -> list[tuple[int, int]]:
    """The windows as before speed18: an anchor per run of digits and per name."""
    names = dates._anchor_patterns(lang)[1]
    anchors = sorted([m.span() for m in re.finditer(r"\d+", text)] + [m.span() for m in names.finditer(text)])
    windows: list[tuple[int, int]] = []
    last = -1
    for anchor_start, anchor_end in anchors:
        if windows and anchor_start - dates._REACH <= last:
            last = min(len(text), anchor_end + dates._REACH)
            windows[-1] = (windows[-1][0], last)
        else:
            last = min(len(text), anchor_end + dates._REACH)
            windows.append((max(0, anchor_start - dates._REACH), last))
    return windows


def _invented(seed: int) -> str:
    """Digits, month and day names and gaps of every width around twice the reach."""
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(1, 12)):
        parts.append(rng.choice(["12", "2024", "7", "Maret", "Senin", "May", "Friday", "x", "", "3/4"]))
        parts.append(" " * rng.choice([0, 1, 60, 63, 64, 65, 127, 128, 129, 200]) + rng.choice(["", "a", "\n"]))
    return "".join(parts)


def test_cluster_anchors_give_the_windows_of_run_anchors() -> None:
    for lang in ("id", "en"):
        for seed in range(400):
            text = _invented(seed)
            assert dates._windows(text, lang) == _windows_by_run(text, lang), (lang, seed)


def test_a_name_between_two_runs_does_not_cut_the_window_short() -> None:
    # `1 Maret ... 2` is one digit anchor with a name inside it; `Senin` is within reach of `2` only
    text = "1 Maret" + " " * 60 + "2" + " " * 120 + "Senin"
    assert dates._windows(text, "id") == _windows_by_run(text, "id") == [(0, len(text))]
    far = "7" + " " * 129 + "8"
    assert dates._windows(far, "en") == [(0, 65), (66, 131)]
