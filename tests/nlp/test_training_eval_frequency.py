"""The training config evaluates often enough, and late enough that the best model can be one of
the last steps: spaCy keeps as best only a model it evaluated."""

from __future__ import annotations

import pytest

from annotator.training.config import EVAL_EVERY_STEPS, eval_frequency


@pytest.mark.parametrize("max_steps", [1, 2, 3, 20, 150, 199, 200, 201, 500, 999, 1000, 1500, 2345])
def test_last_evaluation_is_near_the_last_step(max_steps: int) -> None:
    every = eval_frequency(max_steps)
    assert 1 <= every <= max(1, min(EVAL_EVERY_STEPS, max_steps))
    evaluations = max_steps // every
    assert evaluations >= min(2, max_steps)  # at least two when there are two steps
    assert max_steps - evaluations * every < evaluations  # the steps after the last evaluation: a rounding rest


def test_five_hundred_steps_are_not_cut_at_four_hundred() -> None:
    every = eval_frequency(500)
    assert (500 // every) * every > 400
