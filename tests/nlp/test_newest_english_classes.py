"""English classes of the newest real development articles (issue 11, fourth batch, quote and
place side), each on invented sentences."""

from __future__ import annotations


def test_a_place_found_by_its_context_is_a_place_everywhere(label_en):
    result = label_en(
        "Prey Chhar police set the two men free on Monday. Officers from Prey Chhar province said "
        "the road was closed. The men were later driven to Prey Chhar."
    )
    assert result.texts("GPE") == ["Prey Chhar", "Prey Chhar", "Prey Chhar"]
    assert result.texts("PERSON") == []


def test_a_commune_after_a_name_makes_it_a_place_and_not_the_speaker(label_en):
    result = label_en(
        "Sok Vanna, chief of the police post in Chamkar Lok district’s Boeng Srey commune, said "
        "Sunday the trouble began at night."
    )
    assert "Boeng Srey" in result.texts("GPE")
    assert result.speaker_of("the trouble began at night") == "Sok Vanna"


def test_a_seat_before_assemblyman_is_a_place_but_a_side_is_not(label_en):
    result = label_en("The Kuala Tenang assemblyman denied the claim. Opposition MP Lim Boon Hai disagreed.")
    assert result.texts("GPE") == ["Kuala Tenang"]
    assert result.texts("PERSON") == ["Lim Boon Hai"]


def test_a_sentence_end_that_lost_its_space_still_ends_the_sentence(label_en):
    text = (
        "“The bridge will be finished next year,” he added.Halim said he would see it through. "
        "Details are on Sebenarnya.my and Kompas.com."
    )
    result = label_en(text)
    assert result.cue_of("The bridge will be finished next year,") == "added"
    assert result.speaker_of("The bridge will be finished next year,") == "he"
    assert result.texts("ORG") == ["Sebenarnya.my", "Kompas.com"]
    assert result.speaker_of("he would see it through") == "Halim"


def test_a_glued_full_stop_splits_words_only_before_a_capitalised_word():
    from annotator.text.tokens import word_spans

    text = "he added.Halim left; see Sebenarnya.my, the U.S. and e.g. v1.2"
    words = [text[a:b] for a, b in word_spans(text)]
    assert words[:3] == ["he", "added", "Halim"]
    assert "Sebenarnya.my" in words and "U.S" in words and "v1.2" in words


def test_the_token_arrays_split_a_glued_full_stop_the_same_way():
    from annotator.text.token_array import corpus_tokens
    from annotator.text.tokens import token_boundaries

    texts = ["he added.Halim left", "ab.Cd a.Bc ab.CD AB.Cd ab.C", "x.Yz ends ab.Cd"]
    starts, ends, _firsts = corpus_tokens(texts)
    expected = [token_boundaries(text) for text in texts]
    assert starts.tolist() == [s for pair in expected for s in pair[0]]
    assert ends.tolist() == [e for pair in expected for e in pair[1]]
    assert len(expected[0][0]) == 5  # he | added | . | Halim | left


def test_a_participle_after_a_bracket_and_an_opening_adverb_reports_the_subject(label_en):
    result = label_en(
        "Separately, Rahman commented on the protests by the Harbour Workers Union (HWU), asserting that "
        "the dockers have every right to strike."
    )
    report = "the dockers have every right to strike"
    assert result.cue_of(report) == "asserting"
    assert result.speaker_of(report) == "Rahman"


def test_a_participle_that_takes_an_object_is_no_report(label_en):
    result = label_en("Separately, the mayor opened the new market, acknowledging the traders.")
    assert result.quotes() == []


def test_a_quoted_fragment_after_a_reported_clause_is_part_of_the_indirect_speech(label_en):
    result = label_en("Ramos said he took the camera, “thinking he was someone who posed a threat during the march.”")
    report = "he took the camera, “thinking he was someone who posed a threat during the march"
    assert result.quotes() == []
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.speaker_of(report) == "Ramos"


def test_a_cue_and_a_time_before_a_small_letter_quote_still_introduce_it(label_en):
    result = label_en("Ramos said on Monday, “we will not back down from this fight.”")
    assert result.speaker_of("we will not back down from this fight.") == "Ramos"


def test_a_speaker_heard_or_quoted_saying_a_quote_is_its_speaker(label_en):
    result = label_en(
        "In the clip, Mayor Ramon Ramos could be heard saying, “Stop it, stop it now, you are not allowed here.”\n\n"
        "Governor Tan Li Wei was quoted as saying: “The river will be clean within two years.”"
    )
    first, second = "Stop it, stop it now, you are not allowed here.", "The river will be clean within two years."
    assert (result.cue_of(first), result.speaker_of(first)) == ("saying", "Ramon Ramos")
    assert (result.cue_of(second), result.speaker_of(second)) == ("saying", "Tan Li Wei")


def test_according_to_inside_the_clause_makes_the_whole_clause_the_report(label_en):
    result = label_en("Until then, the officer, according to Hendricks, remains on desk duty at the station.")
    report = "the officer, according to Hendricks, remains on desk duty at the station"
    assert result.texts("QUOTE", type="indirect") == [report]
    assert (result.cue_of(report), result.speaker_of(report)) == ("according to", "Hendricks")


def test_according_to_opening_or_closing_the_sentence_keeps_its_report(label_en):
    opening = label_en("According to Hendricks, the officer remains on desk duty at the station.")
    closing = label_en("The officer remains on desk duty at the station, according to Hendricks.")
    assert opening.texts("QUOTE", type="indirect") == ["the officer remains on desk duty at the station"]
    assert closing.texts("QUOTE", type="indirect") == ["The officer remains on desk duty at the station"]


def test_a_time_clause_after_said_is_no_report(label_en):
    result = label_en(
        "This is what Mayor Ramon Ramos said when asked to comment on a story which recounted the claims of "
        "three witnesses. Ramos said after the meeting the two sides would talk again next week."
    )
    assert result.texts("QUOTE", type="indirect") == ["after the meeting the two sides would talk again next week"]


def test_this_is_what_x_said_after_a_quote_gives_it_cue_and_speaker(label_en):
    result = label_en(
        "“Kailangan nilang tumayo,” (They have to stand by it.)\n\n"
        "This is what Mayor Ramon Reyes said when asked to comment on a story about three witnesses."
    )
    quote = "Kailangan nilang tumayo,"
    assert (result.cue_of(quote), result.speaker_of(quote)) == ("said", "Ramon Reyes")
    assert result.texts("QUOTE", type="indirect") == []


def test_a_role_after_district_makes_no_place(label_en):
    result = label_en("Bayview Police District Chief Ramon Reyes met the press. Police in District Seven arrested two men.")
    assert result.texts("ORG") == ["Bayview Police District"]
    assert result.texts("PERSON") == ["Ramon Reyes"]
    assert result.texts("GPE") == ["District Seven"]


def test_an_unknown_acronym_before_reporter_is_the_outlet(label_en):
    result = label_en("The chief apologised to KTV reporter Jun Ramos on Friday. A US reporter was there.")
    assert result.texts("ORG") == ["KTV"]
    assert result.texts("GPE") == ["US"]
    assert result.texts("PERSON") == ["Jun Ramos"]
