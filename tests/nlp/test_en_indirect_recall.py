"""English reports the rules used to miss or bound wrong (issue 11, en_indirect5 round): present-tense
cues with a plural subject, subjects after a subordinating word, before an anonymity aside or a
relative clause, reported questions with an object, relative clauses without a comma and closing
verbs followed by `as ...`. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        ("Prosecutors allege she took six million ringgit in bribes from the contractor.", "allege", "Prosecutors"),
        ("The lawsuit alleges the harbour company hid its losses from investors.", "alleges", "The lawsuit"),
        ("Critics argue the new law is used to silence the opposition.", "argue", "Critics"),
        ("Lawyers for the two farmers contend that the confession was forced.", "contend", "Lawyers for the two farmers"),
        ("Residents claim the river water is unsafe to drink.", "claim", "Residents"),
        ("Engineers insist the old dam is safe for another decade.", "insist", "Engineers"),
    ],
)
def test_present_tense_cues_with_a_plural_subject(label_en, sentence, cue, speaker):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor's claim that the bridge is safe was rejected by the council.",
        "A claim that the bridge is safe was rejected by the council.",
        "Residents claim compensation for the flood damage every year.",
        "The suspects maintain the road to the village every dry season.",
    ],
)
def test_claim_and_maintain_with_an_object_or_as_a_noun_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_a_closing_present_tense_cue(label_en):
    result = label_en("The harbour firm paid bribes to two officials, prosecutors allege.")
    clause = "The harbour firm paid bribes to two officials"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "prosecutors"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The trial will go on after a judge ruled on Thursday that the evidence was sufficient.", "a judge"),
        ("Shares fell sharply when the company said that its profit had dropped by half.", "the company"),
        ("The vote was postponed because the commission announced that the ballots had been lost.", "the commission"),
    ],
)
def test_a_subject_after_a_subordinating_word_speaks(label_en, sentence, speaker):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert result.speaker_of(clause) == speaker


def test_a_modal_before_the_verb_is_no_part_of_the_speaker(label_en):
    result = label_en("The mayor would later say that the bridge had been closed for safety reasons.")
    clause = "the bridge had been closed for safety reasons"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The mayor"


@pytest.mark.parametrize(
    ("subject", "aside"),
    [
        (
            "A high-ranking Harbour security official",
            "speaking on condition of anonymity because he was not authorised to talk to the media",
        ),
        ("Two police officers", "speaking on condition of anonymity"),
        ("A senior port official", "who spoke on condition of anonymity as he was not allowed to brief reporters"),
    ],
)
def test_a_role_subject_before_an_anonymity_aside_speaks(label_en, subject, aside):
    result = label_en(f"{subject}, {aside}, said the suspect had fled to the hills.")
    clause = "the suspect had fled to the hills"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == subject


def test_an_anonymous_source_closing_the_sentence_with_a_reason(label_en):
    result = label_en(
        "The talks had stalled over the fishing rights, said a senior official who spoke on condition of "
        "anonymity because he was not authorised to talk to the media."
    )
    clause = "The talks had stalled over the fishing rights"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a senior official"


@pytest.mark.parametrize("opening", ["", "But "])
def test_a_long_common_subject_before_a_relative_clause(label_en, opening):
    result = label_en(
        f"{opening}the defence team of the former mayor, who lost the election last year amid claims of graft, "
        "said that the evidence was not enough to prove his guilt."
    )
    clause = "the evidence was not enough to prove his guilt"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause).lower() == "the defence team of the former mayor"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "clause"),
    [
        (
            "The senators asked the port officials whether they had been ordered to approve the contract.",
            "asked",
            "The senators",
            "they had been ordered to approve the contract",
        ),
        ("She asked him if the fees had been paid on time.", "asked", "She", "the fees had been paid on time"),
        (
            "He also questioned whether the contract had been given to a foreign company.",
            "questioned",
            "He",
            "the contract had been given to a foreign company",
        ),
    ],
)
def test_a_reported_question_with_an_object_or_questioned(label_en, sentence, cue, speaker, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


def test_asked_to_decide_whether_is_a_request(label_en):
    assert label_en("The lawyer asked the court to decide whether the contract was valid.").texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Harbour police arrested a man who they said had helped plan the attack on the ferry.",
            "who they said had helped plan the attack on the ferry",
            "they",
        ),
        (
            "The council approved a plan which officials say will cut the cost of water by half.",
            "which officials say will cut the cost of water by half",
            "officials",
        ),
    ],
)
def test_a_relative_clause_without_a_comma_holding_a_cue(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize("verb", ["said", "argued"])
def test_a_closing_verb_followed_by_as_and_a_clause(label_en, verb):
    result = label_en(
        f"The former mayor took bribes from a building firm, prosecutors {verb} on Tuesday as a judge prepared "
        "to decide whether the trial should go on."
    )
    clause = "The former mayor took bribes from a building firm"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "prosecutors"


@pytest.mark.parametrize("phrase", ["for the time being", "for now", "for its part"])
def test_a_for_phrase_closed_by_a_comma_opens_the_report(label_en, phrase):
    result = label_en(f"Chief Minister Arun Wongsa said {phrase}, cancelling the harbour deal was not the best way forward.")
    clause = f"{phrase}, cancelling the harbour deal was not the best way forward"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Arun Wongsa"


def test_wanted_to_know_if_is_a_reported_question(label_en):
    result = label_en("She was answering a question from Mohd Arif Jaafar who wanted to know if the report would be made public.")
    clause = "the report would be made public"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "wanted to know"
    assert result.speaker_of(clause) == "Mohd Arif Jaafar"


def test_was_reported_as_saying(label_en):
    result = label_en("Governor Lina Sarit was reported as saying that the ferry service would resume in March.")
    clause = "the ferry service would resume in March"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "saying"
    assert result.speaker_of(clause) == "Lina Sarit"


@pytest.mark.parametrize("relay", ["", " by the Harbour Times"])
def test_quoted_as_saying_closing_the_sentence_reports_what_came_before(label_en, relay):
    result = label_en(f"The ferry service would resume in March, she was quoted as saying{relay}.")
    clause = "The ferry service would resume in March"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "she"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry service would resume in March, according to a statement from the port authority.",
        "According to a statement from the port authority, the ferry service would resume in March.",
    ],
)
def test_a_document_from_its_maker_is_one_speaker(label_en, sentence):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert clause.lower() == "the ferry service would resume in march"
    assert result.speaker_of(clause) == "a statement from the port authority"


@pytest.mark.parametrize("where", ["in a statement today", "at a briefing on Monday", "to reporters after the meeting"])
def test_said_this_and_where_is_no_report(label_en, where):
    assert label_en(f"The harbour master said this {where}.").texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize("adverb", ["meanwhile", "for its part", "in turn"])
def test_an_adverb_between_commas_is_no_speaker(label_en, adverb):
    result = label_en(f"The Harbour Health Office, {adverb}, reported that dengue cases had risen by a fifth this year.")
    clause = "dengue cases had risen by a fifth this year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Harbour Health Office"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The agency warned residents that the river could overflow by Friday night.", "warned"),
        ("The prosecutor informed the court that the witness had been threatened twice.", "informed"),
        ("The governor reminded the public that the curfew would stay in force.", "reminded"),
        ("The minister assured investors that the economy would recover this year.", "assured"),
    ],
)
def test_an_addressee_between_the_cue_and_that(label_en, sentence, cue):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert not clause.startswith(("residents", "the court", "the public", "investors"))
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency warned of floods that could hit the city by Friday.",
        "The governor reminded him of the deadline for the permits.",
    ],
)
def test_a_relative_that_or_an_object_after_an_addressing_cue_is_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_a_participle_right_after_a_quote_introduced_before_it(label_en):
    result = label_en('Arun Wongsa said, "We will look into the case," adding that the two suspects had fled.')
    clause = "the two suspects had fled"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "adding"
    assert result.speaker_of(clause) == "Arun Wongsa"


def test_a_participle_after_a_quoted_phrase_and_its_comma(label_en):
    result = label_en('He described the harbour plan as "a disaster waiting to happen", saying it would cost billions.')
    clause = "it would cost billions"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "He"


def test_stated_with_a_noun_phrase_object_is_no_report(label_en):
    result = label_en("The governor stated a high probability of inflation falling below three percent next year.")
    assert result.texts("QUOTE", type="indirect") == []


def test_an_adverb_between_the_cue_and_that_stays_out_of_the_report(label_en):
    result = label_en("The harbour master suggested strongly that the ferry had been overloaded.")
    assert result.texts("QUOTE", type="indirect") == ["the ferry had been overloaded"]


@pytest.mark.parametrize("verb", ["stated", "also confirmed"])
def test_this_was_stated_by_reports_the_sentence_before(label_en, verb):
    result = label_en(
        f"The ferries will stop running on Friday until the storm has passed. This was {verb} by the harbour master "
        "after a meeting on Monday."
    )
    clause = "The ferries will stop running on Friday until the storm has passed"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "the harbour master"
    assert result.cue_of(clause) == verb.split()[-1]


def test_this_was_caused_by_is_no_report(label_en):
    result = label_en("The ferries stopped running on Friday. This was caused by the storm over the strait.")
    assert result.texts("QUOTE", type="indirect") == []


def test_an_adverb_before_the_first_verb_is_no_part_of_a_participle_speaker(label_en):
    result = label_en("The official also criticised the new harbour fees, stressing that the fishermen could not pay them.")
    clause = "the fishermen could not pay them"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The official"


def test_an_adverb_aside_between_the_cue_and_that(label_en):
    result = label_en("The harbour master clarified, however, that not all the ferries had been stopped.")
    assert result.texts("QUOTE", type="indirect") == ["not all the ferries had been stopped"]


@pytest.mark.parametrize("date", ["May 19", "on 19 May", "on Monday"])
def test_an_outlet_relaying_a_report_with_a_date_stays_out_of_it(label_en, date):
    result = label_en(f"Sara Reyes said she had not heard any word that her father was ill, the Harbour Times reported {date}.")
    clause = "she had not heard any word that her father was ill"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Sara Reyes"


def test_who_added_after_a_quote_reports_more_of_its_speaker(label_en):
    result = label_en('"We will look into the case," said Arun Wongsa, who added that the two suspects had fled.')
    clause = "the two suspects had fled"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "added"
    assert result.speaker_of(clause) == "Arun Wongsa"


def test_who_and_a_description_after_a_quote_is_no_report(label_en):
    result = label_en('"We will look into the case," said Arun Wongsa, who heads the district police.')
    assert result.texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    "occasion", ["in a statement", "in an interview", "at a press conference on Monday", "via text message", "in a Facebook post"]
)
def test_an_occasion_before_a_report_without_that_stays_out_of_it(label_en, occasion):
    result = label_en(f"The harbour master said {occasion} the ferry service would stop in June.")
    clause = "the ferry service would stop in June"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The harbour master"


@pytest.mark.parametrize("subject", ["Officials as well as residents", "Groups such as the farmers' union"])
def test_as_inside_a_subject_is_no_subordinating_word(label_en, subject):
    result = label_en(f"{subject} said the bridge had been damaged by the flood.")
    clause = "the bridge had been damaged by the flood"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == subject


def test_a_long_counted_role_with_prepositions_speaks(label_en):
    result = label_en(
        "Four land activists in a long-running dispute with the minister's family say they were questioned for hours."
    )
    clause = "they were questioned for hours"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Four land activists in a long-running dispute with the minister's family"


def test_a_clause_before_a_role_with_and_keeps_the_role_short(label_en):
    result = label_en("Police arrested three men in the village and officials say the raid was legal.")
    clause = "the raid was legal"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "officials"


def test_an_ly_adverb_after_the_subject_is_no_part_of_a_participle_speaker(label_en):
    result = label_en("Police briefly detained three union leaders at the gate, saying workers could only hand in letters.")
    clause = "workers could only hand in letters"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Police"


@pytest.mark.parametrize("place", ["at the scene", "outside the court"])
def test_told_reporters_and_a_place_then_a_report_without_that(label_en, place):
    result = label_en(f"The police chief told reporters {place} the suspect had fled on a motorcycle.")
    clause = "the suspect had fled on a motorcycle"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The police chief"


def test_told_reporters_and_a_place_then_to_is_no_report(label_en):
    assert label_en("The police chief told reporters at the scene to stay back.").texts("QUOTE", type="indirect") == []
