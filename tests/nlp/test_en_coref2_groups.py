"""en_coref2: a role speaker that counts the people it stands for (`The duo`, `The two`, `Both
men`) is a group, resolved to no single person (guidelines: `The two` is one unresolved SPEAKER)."""

from annotator.nlp.speakers.speaker_descriptions import plural_group


def test_the_duo_after_two_named_people_stays_unresolved(label_en):
    text = (
        "Shop owners Ibrahim Sesay and Mohamed Kamara were released on bail on Friday.\n\n"
        "The duo said they would fight the charges in court."
    )
    result = label_en(text)
    assert result.speaker_of("they would fight the charges in court") == "The duo"
    assert result.resolved_speaker_of("they would fight the charges in court") == "The duo"


def test_the_two_after_a_named_speaker_stays_unresolved(label_en):
    text = (
        "Councillor Ama Boateng said the new market would open in March.\n\n"
        "Her colleague Kojo Mensah agreed.\n\n"
        "The two said the traders had been consulted."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("the traders had been consulted") == "The two"


def test_a_count_deep_in_a_role_or_a_couple_s_lawyer_is_still_one_person():
    assert plural_group(["Both", "men"])
    assert plural_group(["The", "pair"])
    assert not plural_group(["The", "couple's", "lawyer"])
    assert not plural_group(["The", "head", "of", "the", "two", "agencies"])
