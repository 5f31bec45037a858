"""English companies with a private company's mark or a country's letter in brackets before their
legal form (issue 11, en_ents8 round): `(Pty) Ltd` of Southern Africa, `(Pvt) Ltd` and `(Private)
Limited` of Zimbabwe and South Asia, `(U) Ltd` and its siblings of the East and West African
registers, and the dotted `Pvt. Ltd`. Every sentence is invented; most marks tested here were seen
on no page (the family was completed from knowledge)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Kalahari Grain Millers (Pty) Ltd said the plant would close.", "Kalahari Grain Millers (Pty) Ltd"),
        ("The tender went to Harare Steel Works (Private) Limited last year.", "Harare Steel Works (Private) Limited"),
        ("A spokesman for Lusaka Cement (Pvt) Ltd denied the claims.", "Lusaka Cement (Pvt) Ltd"),
        ("Mukwano Industries (U) Ltd raised its prices.", "Mukwano Industries (U) Ltd"),
        ("The loan was arranged by Bidco Oil Refineries (K) Ltd in May.", "Bidco Oil Refineries (K) Ltd"),
        ("Auditors from Zenith Mills (Nig) Ltd were questioned.", "Zenith Mills (Nig) Ltd"),
        ("Police raided the offices of Tiger Overseas Pvt. Ltd on Friday.", "Tiger Overseas Pvt. Ltd"),
        ("Tamarind Foods (T) Limited paid the fine.", "Tamarind Foods (T) Limited"),
    ],
)
def test_a_bracketed_mark_before_the_legal_form_is_part_of_the_company(label_en, text, company):
    assert label_en(text).texts("ORG") == [company]


def test_two_companies_with_marks_joined_by_and_stay_two(label_en):
    result = label_en("The court heard that Lobelo Bricks (Pty) Ltd and Serowe Media Holdings (Pty) Ltd were owed money.")
    assert result.texts("ORG") == ["Lobelo Bricks (Pty) Ltd", "Serowe Media Holdings (Pty) Ltd"]
    assert result.texts("PERSON") == []


def test_a_bracketed_letter_without_a_legal_form_after_it_is_no_company(label_en):
    result = label_en("Aung Min (U) told the meeting that the road was closed.")
    assert "Aung Min (U)" not in result.texts("ORG")
