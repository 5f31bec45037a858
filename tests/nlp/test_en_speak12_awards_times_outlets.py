"""English speakers (issue 11, en_speak12 round): a match award before a name is a title
(`Player of the Match X` gives X); a time phrase after an opening subject ends the speaker
(`The X Party on Wednesday ..., saying`); an outlet after `According to` relays the report of the
speaker after the comma and gets none of its own. Invented examples only."""

from __future__ import annotations

REPORT = "the men were caught through intelligence"


def test_a_match_award_is_no_part_of_the_name(label_en):
    said = "the side had trained hard all week"
    result = label_en(f"Player of the Match Daniel Foster said {said}.\n")
    assert result.speaker_of(said) == "Daniel Foster"
    assert "Player" not in result.texts("PERSON")


def test_a_named_award_winner_keeps_his_name(label_en):
    result = label_en("Daniel Foster was named Man of the Match after the final on Sunday.\n")
    assert result.texts("PERSON") == ["Daniel Foster"]


def test_a_time_phrase_ends_an_opening_speaker(label_en):
    report = "the party had misled voters"
    result = label_en(f"The Harbour Party on Wednesday hit out at the council, saying {report}.\n")
    assert result.speaker_of(report) == "Harbour Party"


def test_a_date_after_on_ends_the_speaker_too(label_en):
    report = "the count had been rigged"
    result = label_en(f"The Harbour Party on 12 March said {report}.\n")
    assert result.speaker_of(report) == "Harbour Party"


def test_an_outlet_relays_the_commanders_report(label_en):
    text = f"According to Lakeside FM, the district commander said {REPORT}.\n"
    result = label_en(text)
    assert result.speaker_of(REPORT) == "the district commander"
    assert f"the district commander said {REPORT}" not in result.texts("QUOTE", type="indirect")


def test_an_outlet_alone_is_still_the_source(label_en):
    result = label_en(f"According to Lakeside FM, {REPORT}.\n")
    assert result.speaker_of(REPORT) == "Lakeside FM"


def test_police_before_a_report_keep_their_outer_report(label_en):
    inner = "they saw smoke over the hill"
    result = label_en(f"According to police, residents said {inner}.\n")
    assert f"residents said {inner}" in result.texts("QUOTE", type="indirect")
