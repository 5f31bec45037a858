"""en_coref2: court papers, police filings and messages that speak (`the petition read`, `The FIR
stated that ...`) stand for no one named before them: their speaker stays unresolved, as a
statement's does (guidelines: a court verdict and an FIR are unresolved document speakers)."""


def test_a_petition_quoted_after_a_named_person_stays_unresolved(label_en):
    text = (
        "Market traders led by Chidi Okafor marched to the council offices on Monday.\n\n"
        "“We want the council to rebuild the stalls before the rains,” the petition read."
    )
    result = label_en(text)
    assert result.speaker_of("We want the council to rebuild the stalls before the rains,") == "the petition"
    assert result.resolved_speaker_of("We want the council to rebuild the stalls before the rains,") == "the petition"


def test_a_first_information_report_stays_unresolved(label_en):
    text = (
        "Station house officer Ravinder Malhotra said the two men were held near the bus stand.\n\n"
        "The FIR stated that the accused had snatched a phone from a student on Tuesday night."
    )
    result = label_en(text)
    assert result.speaker_of("the accused had snatched a phone from a student on Tuesday night") == "The FIR"
    assert result.resolved_speaker_of("the accused had snatched a phone from a student on Tuesday night") == "The FIR"


def test_a_verdict_stays_unresolved_and_a_named_judge_still_resolves(label_en):
    text = (
        "Judge Margaret Oduya read out the ruling on Thursday.\n\n"
        "The verdict said the company had broken the labour law.\n\n"
        "Oduya said the fine had to be paid within 30 days."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("the company had broken the labour law") == "The verdict"
    assert result.resolved_speaker_of("the fine had to be paid within 30 days") == "Margaret Oduya"
