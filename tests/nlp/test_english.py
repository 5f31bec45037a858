"""English quotes, cues, speakers and entities."""

from __future__ import annotations


def test_said_after_the_quote_with_name_and_role(label_en):
    text = '"We have opened 40 shelters across the city," said Hendra Wijaya, head of the Jakarta Disaster Mitigation Agency.'
    result = label_en(text)
    quote = "We have opened 40 shelters across the city,"
    assert result.cue_of(quote) == "said"
    assert result.speaker_of(quote) == "Hendra Wijaya"
    assert "Jakarta Disaster Mitigation Agency" in result.texts("ORG")


def test_speaker_before_verb_and_pronoun_coreference(label_en):
    text = (
        "Foreign Minister Retno Marsudi told reporters: “Indonesia will ask the United Nations for technical help.”\n\n"
        "“The water rose faster than anyone expected,” she said."
    )
    result = label_en(text)
    assert result.speaker_of("Indonesia will ask the United Nations for technical help.") == "Retno Marsudi"
    assert result.cue_of("Indonesia will ask the United Nations for technical help.") == "told"
    assert result.speaker_of("The water rose faster than anyone expected,") == "she"
    assert result.resolved_speaker_of("The water rose faster than anyone expected,") == "Retno Marsudi"
    assert "United Nations" in result.texts("ORG")


def test_according_to_and_indirect_speech(label_en):
    text = (
        "According to the Meteorology, Climatology and Geophysics Agency, rain will continue until Monday.\n\n"
        "A spokesman for the ministry said the government had allocated $5 million in emergency aid."
    )
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [
        "rain will continue until Monday",
        "the government had allocated $5 million in emergency aid",
    ]
    assert result.speaker_of("rain will continue until Monday") == "Meteorology, Climatology and Geophysics Agency"
    assert result.speaker_of("the government had allocated $5 million in emergency aid") == "A spokesman for the ministry"
    assert result.texts("DATE") == ["Monday"]


def test_english_dateline_and_dates(label_en):
    result = label_en("JAKARTA, Jan 29 (Deras Wire) - Floods hit the city on Friday, June 3, 2024.")
    assert result.texts("FURNITURE", kind="dateline") == ["JAKARTA, Jan 29 (Deras Wire) -"]
    assert result.texts("DATE") == ["Jan 29", "Friday, June 3, 2024"]
    assert result.texts("ORG") == ["Deras Wire"]
    assert result.texts("GPE") == ["JAKARTA"]


def test_single_quoted_word_is_not_a_quote(label_en):
    result = label_en(
        "The minister called it a 'temporary' measure and a \"stopgap\" before the Jakarta Summit. "
        '"We will reopen the port next week," she said.'
    )
    assert result.quotes() == ["We will reopen the port next week,"]
    assert result.speaker_of("We will reopen the port next week,") == "she"


def test_told_with_object_then_that_is_indirect_speech(label_en):
    result = label_en("Prime Minister Anthony Albanese told parliament on Wednesday that the government would not back down.")
    assert result.texts("QUOTE", type="indirect") == ["the government would not back down"]
    assert result.speaker_of("the government would not back down") == "Anthony Albanese"


def test_possessive_does_not_glue_to_the_name(label_en):
    text = (
        '"The council has failed the people of the Sahel today," '
        "said France's ambassador to the United Nations, Claire Delaunay."
    )
    result = label_en(text)
    assert result.speaker_of("The council has failed the people of the Sahel today,") == "Claire Delaunay"
    assert "France" in result.texts("GPE")


def test_spokesperson_for_an_organisation_resolves_to_it(label_en):
    text = '"Universities are under severe pressure," a spokesperson for the Jakarta Rainfall Agency said.'
    result = label_en(text)
    quote = "Universities are under severe pressure,"
    assert result.speaker_of(quote) == "a spokesperson for the Jakarta Rainfall Agency"
    assert result.resolved_speaker_of(quote) == "Jakarta Rainfall Agency"


def test_inverted_report_without_quote_marks(label_en):
    text = (
        "MAKASSAR, Indonesia (AP) — A ferry carrying 80 people capsized off Sulawesi on Sunday, officials said.\n\n"
        "Rescuers pulled 52 survivors from the water, said Muhammad Arif, head of the local rescue agency.\n\n"
        "Sutrisno, a 58-year-old driver, said he had lost his only source of income."
    )
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [
        "A ferry carrying 80 people capsized off Sulawesi on Sunday",
        "Rescuers pulled 52 survivors from the water",
        "he had lost his only source of income",
    ]
    assert result.speaker_of("Rescuers pulled 52 survivors from the water") == "Muhammad Arif"
    assert result.speaker_of("he had lost his only source of income") == "Sutrisno"
