"""Span edges that moved (issue 11, edges round): the right label with wrong bounds. Invented
examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“I have never seen such rain,” she was quoted as saying by local media.", "she"),
        ("“We will open the bridge next week,” transport chief Daniel Moore was quoted as saying at a briefing.", "Daniel Moore"),
    ],
)
def test_quoted_as_saying_after_a_quote_is_one_cue_without_the_auxiliary(label_en, text, speaker):
    result = label_en(text)
    quote = result.texts("QUOTE")[0]
    assert result.cue_of(quote) == "quoted as saying"
    assert result.speaker_of(quote) == speaker


def test_a_passive_quoted_with_the_relay_named_leaves_the_auxiliary_out(label_en):
    result = label_en("“We are ready,” the minister was quoted by the agency as saying.")
    assert result.speaker_of("We are ready,") == "the minister"


def test_a_capitalised_the_before_a_newspaper_name_is_part_of_it(label_en):
    result = label_en(
        "The Harbour Times reported that the mayor resigned. He told The Coastal Herald that he was tired. "
        "He later spoke to the Northern Post."
    )
    orgs = result.texts("ORG")
    assert "The Harbour Times" in orgs
    assert "The Coastal Herald" in orgs
    assert "Northern Post" in orgs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "BANDUNG — Dinas Pendidikan (Disdik) Kabupaten Garut menyatakan bahwa 20 sekolah rusak akibat banjir.",
            "Dinas Pendidikan",
        ),
        ("Dinas Sosial (Dinsos) Kota Medan menyebut bantuan sudah disalurkan kepada warga.", "Dinas Sosial"),
    ],
)
def test_an_organisation_speaker_ends_before_its_bracketed_acronym_and_region(label_id, text, speaker):
    result = label_id(text)
    clause = result.texts("QUOTE", type="indirect")[0]
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the Harbour District Police Office, two men were arrested on Monday.", "Harbour District Police Office"),
        ("Forty people died in the floods, the government's National Weather Bureau said.", "National Weather Bureau"),
        ("An official of the Harbour Water Authority said the dam was safe.", "An official of the Harbour Water Authority"),
    ],
)
def test_an_organisation_speaker_leaves_its_article_out(label_en, text, speaker):
    result = label_en(text)
    clause = result.texts("QUOTE", type="indirect")[0]
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # The inner report stops before the closing attribution, which makes the whole sentence a
        # second report of its own (data/real/README.md: a report inside another gives two items).
        (
            "The mayor said that the bridge would reopen next month, officials said.",
            {
                "The mayor said that the bridge would reopen next month": "officials",
                "the bridge would reopen next month": "The mayor",
            },
        ),
        (
            "The guard reported that he had seen a man climbing the fence, police said.",
            {
                "The guard reported that he had seen a man climbing the fence": "police",
                "he had seen a man climbing the fence": "The guard",
            },
        ),
        (
            "The minister said the plan, which critics said was rushed, would go ahead.",
            {"the plan, which critics said was rushed, would go ahead": "The minister"},
        ),
    ],
)
def test_a_reported_clause_stops_before_a_trailing_attribution(label_en, text, clauses):
    result = label_en(text)
    assert sorted(result.texts("QUOTE", type="indirect")) == sorted(clauses)
    for clause, speaker in clauses.items():
        assert result.speaker_of(clause) == speaker
