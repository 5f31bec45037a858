"""`<relay> quoted <who> as saying`: who was quoted speaks, not the relay (nlp/indirect/quoted_subject.py).
Texts are invented."""

from __future__ import annotations


def test_a_direct_quote_relayed_by_an_agency_is_the_quoted_persons(label_en):
    result = label_en("“We will not reopen the border,” the Loria news agency quoted Foreign Minister Adel Haddad as saying.")
    assert result.speaker_of("We will not reopen the border,") == "Adel Haddad"


def test_a_direct_quote_relayed_with_a_role(label_en):
    result = label_en("“We will not reopen the border,” the agency quoted the foreign minister as saying.")
    assert result.speaker_of("We will not reopen the border,") == "the foreign minister"


def test_an_indirect_report_relayed_keeps_the_name_without_its_title(label_en):
    result = label_en("The Loria news agency quoted Foreign Minister Adel Haddad as saying that the border would reopen soon.")
    assert result.speaker_of("the border would reopen soon") == "Adel Haddad"


def test_a_direct_quote_with_its_own_verb_is_unchanged(label_en):
    result = label_en("“We will not reopen the border,” the minister told the agency.")
    assert result.speaker_of("We will not reopen the border,") == "the minister"
