"""English reports from a round on fresh wire pages: `said here on <day> that`, a passive report
with its agent (nlp/indirect/passive_report.py). Texts are invented."""

from __future__ import annotations


def test_said_here_on_a_day_that_starts_the_report_after_that(label_en):
    result = label_en("LORIA: Trade minister Adel Haddad said here on Wednesday that exports would recover by June.")
    clause = "exports would recover by June"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Adel Haddad"


def test_said_here_on_a_day_without_that(label_en):
    result = label_en("Trade minister Adel Haddad said here on Wednesday the government would cut fuel taxes.")
    assert result.texts("QUOTE", type="indirect") == ["the government would cut fuel taxes"]


def test_a_passive_report_with_its_agent(label_en):
    result = label_en("It was previously reported by Harbour Radio that the ferry had left the port without lights.")
    clause = "the ferry had left the port without lights"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Harbour Radio"


def test_a_passive_report_without_an_agent_has_no_speaker(label_en):
    result = label_en("It was previously reported that the ferry had left the port without lights.")
    assert result.texts("QUOTE", type="indirect") == []
