"""A document and who made it as one speaker after `according to` (nlp/speakers/document_speaker.py).
Texts are invented."""

from __future__ import annotations


def test_a_report_by_an_outlet_is_the_speaker(label_en):
    result = label_en("According to a report by Harbour Daily News, the ferry left without its night crew on Monday.")
    clause = "the ferry left without its night crew on Monday"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a report by Harbour Daily News"


def test_a_report_obtained_by_an_agency_keeps_its_agent(label_en):
    result = label_en("According to the police report obtained by Lantern Press agency, nine officers were suspended.")
    clause = "nine officers were suspended"
    assert result.speaker_of(clause) == "the police report obtained by Lantern Press agency"


def test_a_report_released_by_a_body_closing_the_sentence(label_en):
    text = "Two million tonnes of rice were lost to the floods, according to a study released by the Delta Farmers Union."
    result = label_en(text)
    clause = "Two million tonnes of rice were lost to the floods"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a study released by the Delta Farmers Union"


def test_an_organisation_alone_closing_the_sentence_stays_a_source(label_en):
    text = "More than two million tonnes of rice were lost to the floods, according to the Delta Farmers Union."
    assert label_en(text).texts("QUOTE", type="indirect") == []


def test_a_report_without_its_maker_is_unchanged(label_en):
    result = label_en("According to a police report, the ferry left without its night crew on Monday.")
    assert result.speaker_of("the ferry left without its night crew on Monday") == "a police report"
