"""Progress and cancel for ``spacy train``: a training logger (``annotator_progress.v1``) that
wraps spaCy's own and, at every step, reports the step to a progress hook and raises
:class:`annotator.progress.Cancelled` when the cancel hook says so.

spaCy builds the logger from the config, so the hooks cannot travel in it: the config names a
key, and :func:`hooked` keeps the hooks under that key while training runs."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from spacy.util import registry

from annotator.progress import CancelHook, Cancelled, ProgressHook

LOGGER = "annotator_progress.v1"
_hooks: dict[str, tuple[ProgressHook, CancelHook, int]] = {}
_keys = itertools.count(1)


@contextmanager
def hooked(config: Any, progress: ProgressHook, cancel: CancelHook) -> Iterator[None]:
    """Put the progress logger into ``config`` (around the one it has) for the ``with`` block."""
    key = f"train-{next(_keys)}"
    training = config["training"]
    training["logger"] = {"@loggers": LOGGER, "key": key, "inner": training["logger"]}
    _hooks[key] = (progress, cancel, int(training.get("max_steps") or 0))
    try:
        yield
    finally:
        _hooks.pop(key, None)


@registry.loggers(LOGGER)
def progress_logger(key: str, inner: Callable[..., Any]) -> Callable[..., Any]:
    def setup(nlp: Any, stdout: Any = None, stderr: Any = None) -> tuple[Callable[..., None], Callable[[], None]]:
        log_step, finalize = inner(nlp, stdout, stderr)
        progress, cancel, total = _hooks.get(key, (None, None, 0))
        steps = itertools.count(0)  # spaCy logs step 0 (before any update) too

        def step(info: dict[str, Any] | None) -> None:
            log_step(info)
            done = next(steps)
            if progress is not None:
                progress(done, total or None)
            if cancel is not None and cancel():
                raise Cancelled(f"training cancelled at step {done}; no model was stored")

        return step, finalize

    return setup


def unhook(model: Path) -> None:
    """Give the stored model back spaCy's own logger, so that its config trains without us."""
    from spacy.util import load_config

    path = model / "config.cfg"
    config = load_config(path, interpolate=False)
    logger = config["training"]["logger"]
    if logger.get("@loggers") == LOGGER:
        config["training"]["logger"] = logger["inner"]
        config.to_disk(path)
