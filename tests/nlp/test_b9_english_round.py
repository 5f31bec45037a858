"""English pages from Pakistan, India, South Korea, Taiwan, Japan and New Zealand (issue 11, the
ninth batch's English dev pages): decades, given names that are also words after a role, names
opened by an initial, names repeated in Chinese script, `quoted as saying` after a pronoun, claims
in an infinitive. Every sentence is invented."""

from __future__ import annotations


def test_a_decade_is_a_date(label_en):
    result = label_en("The quarrel over steel goes back to the 1970s and grew in the 2010s; both men are in their 40s.")
    assert result.texts("DATE") == ["1970s", "2010s"]
