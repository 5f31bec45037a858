"""A tqdm progress bar as a core progress hook; silent when output is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from annotator.progress import ProgressHook


@contextmanager
def progress_bar(description: str, unit: str = "it", *, scale: bool = False) -> Iterator[ProgressHook]:
    from tqdm import tqdm

    bar = tqdm(desc=description, unit=unit, unit_scale=scale, disable=not sys.stderr.isatty(), leave=False)

    def hook(done: int, total: int | None) -> None:
        if total is not None and bar.total != total:
            bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield hook
    finally:
        bar.close()
