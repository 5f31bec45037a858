"""English entities on pages of newsrooms new to the set (issue 11, en_ents5 round): one pass for a
company's or a party's shorter name. Every sentence is invented."""

from __future__ import annotations


def test_company_and_party_short_names_read_as_people_are_org(label_en):
    result = label_en(
        "Teluk Emas said on Monday it had sold the mill. Teluk Emas Holdings owns three ports. "
        "Sinar Baru said the vote was fair. The Sinar Baru Party won four seats."
    )
    assert result.texts("ORG") == ["Teluk Emas", "Teluk Emas Holdings", "Sinar Baru", "Sinar Baru Party"]
    assert result.texts("PERSON") == []
