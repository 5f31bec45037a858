"""Direct quotes and speakers, round quotes_direct2: quote paragraphs run into one line, a quote
paragraph after a speaker's call, and a headline's verb taken into a speaker's full name. Every
text below is invented to show one class or its guard."""

from __future__ import annotations

# Several quote paragraphs printed on one line, each opening with its own mark.


def test_quote_paragraphs_run_into_one_line_are_parts_of_one_quote(label_en):
    text = (
        "The minister opened the ward in Kisumu on Monday.\n"
        "“We have built twelve clinics this year. “Each has a doctor and two nurses. "
        "“We will open five more before March,” she said.\n"
    )
    labelled = label_en(text)
    parts = [
        "We have built twelve clinics this year.",
        "Each has a doctor and two nurses.",
        "We will open five more before March,",
    ]
    assert labelled.quotes() == parts
    assert [labelled.cue_of(part) for part in parts] == ["said"] * 3
    assert [labelled.speaker_of(part) for part in parts] == ["she"] * 3


def test_indonesian_quote_paragraphs_run_into_one_line(label_id):
    text = (
        "Bupati Rudi Hartono meresmikan jembatan itu pada Senin.\n"
        "“Jembatan ini dibangun dengan dana desa. “Warga sudah lama menunggu. "
        "“Kami akan membangun dua jembatan lagi,” kata Rudi.\n"
    )
    labelled = label_id(text)
    assert labelled.quotes() == [
        "Jembatan ini dibangun dengan dana desa.",
        "Warga sudah lama menunggu.",
        "Kami akan membangun dua jembatan lagi,",
    ]
    assert labelled.speaker_of("Warga sudah lama menunggu.") == "Rudi"


def test_a_mark_after_a_comma_inside_a_quote_starts_no_new_part(label_en):
    """Guard: only a mark after a sentence's end and before a capital opens a run-on paragraph."""
    text = "“The roads are open, “and the markets too,” the mayor said.\n"
    assert len(label_en(text).quotes()) == 1


# A quote paragraph after a paragraph where the speaker calls on someone (a directive, no report).


def test_a_quote_after_a_named_speakers_call_takes_that_speaker(label_en):
    text = (
        "Residents of the estate met on Sunday.\n"
        "Senator Grace Okafor called on lawmakers to pass the budget before the recess.\n"
        "“Whatever the outcome of the vote, the clinics must stay open.”\n"
    )
    labelled = label_en(text)
    quote = "Whatever the outcome of the vote, the clinics must stay open."
    assert labelled.speaker_of(quote) == "Grace Okafor"
    assert labelled.cue_of(quote) is None


def test_a_quote_after_a_pronouns_call_takes_the_pronoun(label_en):
    text = (
        "Senator Grace Okafor spoke to traders in the market on Sunday.\n"
        "Earlier she urged lawmakers to pass the budget before the recess.\n"
        "“Whatever the outcome of the vote, the clinics must stay open.”\n"
    )
    labelled = label_en(text)
    quote = "Whatever the outcome of the vote, the clinics must stay open."
    assert labelled.speaker_of(quote) == "she"
    assert labelled.resolved_speaker_of(quote) == "Grace Okafor"


def test_an_indonesian_quote_after_a_request_takes_the_speaker(label_id):
    text = (
        "Warga berkumpul di balai desa.\n"
        "Bupati Rudi Hartono meminta warga menjaga kebersihan sungai.\n"
        "“Sungai ini sumber air kita bersama.”\n"
    )
    assert label_id(text).speaker_of("Sungai ini sumber air kita bersama.") == "Rudi Hartono"


def test_a_quote_after_a_pronoun_with_no_speech_verb_stays_unattributed(label_en):
    """Guard: the pronoun must be followed by a verb of speech or request."""
    text = (
        "Senator Grace Okafor toured the market on Sunday.\n"
        "She bought rice and beans from a stall near the gate.\n"
        "“Whatever the outcome of the vote, the clinics must stay open.”\n"
    )
    assert label_en(text).speaker_of("Whatever the outcome of the vote, the clinics must stay open.") is None


# A headline's capitalised verb is no part of a speaker's full name.


def test_a_headline_speech_verb_does_not_extend_a_speakers_name(label_en):
    text = (
        "Mensah Urges Calm After Floods\n"
        "ACCRA - The minister spoke on Monday.\n"
        "“We will rebuild every bridge,” Mensah said.\n"
    )
    labelled = label_en(text)
    assert "Mensah Urges Calm" not in labelled.texts("PERSON")
    assert labelled.resolved_speaker_of("We will rebuild every bridge,") == "Mensah"


def test_a_headline_says_does_not_extend_a_speakers_name(label_en):
    text = (
        "Odera Says Talks Will Resume\n"
        "The president spoke in the capital.\n"
        "“We will talk again next week,” Odera said.\n"
    )
    labelled = label_en(text)
    assert not any(name.startswith("Odera ") for name in labelled.texts("PERSON"))


def test_a_full_name_after_the_short_one_in_a_headline_is_still_found(label_en):
    """The surname after the short name stays in the full form; the verb after it does not."""
    text = (
        "Governor Adewale Okonjo Tells Flood Victims To Stay\n"
        "The governor spent the day in the camps.\n"
        "“We will stay until the water goes down,” Adewale said.\n"
    )
    assert label_en(text).resolved_speaker_of("We will stay until the water goes down,") == "Adewale Okonjo"
