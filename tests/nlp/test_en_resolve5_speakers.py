"""English speaker causes counted by the en_resolve5 round on fresh South Asian, Southern African
and local UK and Australian pages (issue 11): a person named so far only inside an accuser's
report who answers it (`Minister X flatly denied the claim. “...,” he said`), and the short
form `Md.` / `Mohd.` of Muhammad splitting a name, and a noun `claims` after a preposition
read as a verb whose subject is the preposition. Invented examples only."""

from __future__ import annotations

ACCUSED = (
    "Councillor Mark Doyle alleged that Transport Minister Peter Brooks had approved the tender in secret.\n"
    "Later, speaking at the depot, Minister Brooks flatly denied the claim. "
    "“I never saw the tender before it was signed,” he said.\n"
    "He added that the tender board had acted on its own.\n"
)


def test_the_accused_who_answers_speaks_next(label_en):
    labelled = label_en(ACCUSED)
    assert labelled.resolved_speaker_of("I never saw the tender before it was signed,") == "Peter Brooks"
    assert labelled.resolved_speaker_of("the tender board had acted on its own") == "Peter Brooks"


def test_the_accused_who_rejects_a_claim_speaks_next(label_en):
    text = (
        "The union leader, Grace Mutale, claimed that mine manager Joseph Banda had hidden the safety report.\n"
        "Banda rejected the claim on Tuesday. “The report was handed to the inspectors in May,” he said.\n"
    )
    assert label_en(text).resolved_speaker_of("The report was handed to the inspectors in May,") == "Joseph Banda"


def test_a_person_talked_about_is_still_not_the_pronoun(label_en):
    """Guard: a person named inside the report who does not answer it (a passive, no rebuttal verb)
    is still not whom the pronoun means; the accuser who spoke before is."""
    text = (
        "Councillor Mark Doyle alleged that Transport Minister Peter Brooks had approved the tender in secret.\n"
        "Brooks was questioned by the committee last year. “We will publish every letter,” he said.\n"
    )
    assert label_en(text).resolved_speaker_of("We will publish every letter,") == "Mark Doyle"


def test_md_short_form_stays_in_the_name(label_en):
    text = "“We found nothing at the house,” said Md. Karim Hossain, sub-inspector of the police station.\n"
    labelled = label_en(text)
    assert labelled.texts("PERSON") == ["Md. Karim Hossain"]
    assert labelled.speaker_of("We found nothing at the house,") == "Md. Karim Hossain"


def test_mohd_short_form_stays_in_the_name(label_en):
    labelled = label_en("Police officer Mohd. Rafiq Uddin said the two men were released on Monday.\n")
    assert labelled.speaker_of("the two men were released on Monday") == "Mohd. Rafiq Uddin"


def test_a_state_abbreviation_is_no_given_name(label_en):
    """Guard: `Md.` as a US state after a town is no part of a name after it."""
    labelled = label_en("BALTIMORE, Md. - Mayor Ann Keller said the bridge would reopen on Friday.\n")
    assert labelled.speaker_of("the bridge would reopen on Friday") == "Ann Keller"


def test_claims_after_with_are_a_noun(label_en):
    labelled = label_en("The decision drew anger online, with claims that the school had hidden the results.\n")
    assert labelled.texts("SPEAKER") == []
    assert labelled.texts("QUOTE") == []


def test_claims_after_amid_are_a_noun(label_en):
    labelled = label_en("Shares fell on Monday amid claims that the bank would cut its dividend.\n")
    assert labelled.texts("SPEAKER") == []


def test_a_subject_before_claims_still_speaks(label_en):
    """Guard: a present-tense cue after its subject stays a verb (`The union claims ...`)."""
    labelled = label_en("Talks over wages stalled. The union claims the offer is too low.\n")
    assert labelled.speaker_of("the offer is too low") == "The union"
