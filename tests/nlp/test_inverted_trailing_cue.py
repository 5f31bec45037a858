"""A reported clause that runs to the end of its sentence stops before an inverted trailing
attribution (`He added that ..., said the envoy.`; twelfth batch, English, and a court page of
the tenth). Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "He added that the two ports share many advantages of trade and history, said the envoy.\n",
            "the two ports share many advantages of trade and history",
        ),
        (
            "She claimed that she had not seen the notice on the board, stated the ruling.\n",
            "she had not seen the notice on the board",
        ),
        (
            "The mayor said that the bridge would reopen next month, officials said.\n",
            "the bridge would reopen next month",
        ),
    ],
)
def test_the_report_ends_before_a_trailing_attribution(label_en, text: str, report: str) -> None:
    reports = label_en(text).texts("QUOTE", type="indirect")
    assert report in reports
    assert not any(found.endswith(("envoy", "ruling", "officials said")) for found in reports)
