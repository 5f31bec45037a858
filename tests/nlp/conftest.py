"""Fixtures of the pre-labeller tests."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import run


@pytest.fixture
def label_id():
    return lambda text: run(text, "id")


@pytest.fixture
def label_en():
    return lambda text: run(text, "en")
