"""en_coref2: a speaker's name printed once with one letter typed wrong, dropped or doubled
resolves to the name as the article prints it elsewhere; the well-spelt mentions keep their own."""

from annotator.nlp.coref.name_forms import one_letter_off, typo_of


def test_a_surname_with_two_letters_swapped_resolves_to_the_full_name(label_en):
    text = (
        "The national team coach, Bartholomew Okwuosa, praised his players after the win on Sunday.\n\n"
        "Okwuosa said the squad had trained together for only four days.\n\n"
        "Okwousa added that the defence had been the best part of the match."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("the defence had been the best part of the match") == "Bartholomew Okwuosa"


def test_a_surname_with_one_letter_typed_wrong_resolves_to_the_full_name(label_en):
    text = (
        "Team manager Gwendolyn Adeyemi-Tagoe said the players would rest for two days.\n\n"
        "“We were not at our best,” Adeyemi-Tagoe said.\n\n"
        "Adeyeni-Tagoe said the club would appeal against the red card."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("the club would appeal against the red card") == "Gwendolyn Adeyemi-Tagoe"


def test_a_name_with_one_letter_dropped_resolves_to_the_name_printed_more_often(label_en):
    text = (
        "“Patrols will continue every night,” district police chief Tashi Lhendrup said.\n\n"
        "Tashi Lhendrup said that most of the offenders were young men.\n\n"
        "“We ask parents to keep an eye on their children,” Tashi Lhedrup said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("We ask parents to keep an eye on their children,") == "Tashi Lhendrup"
    assert result.resolved_speaker_of("most of the offenders were young men") == "Tashi Lhendrup"


def test_a_doubled_letter_in_a_name_resolves_to_the_name_printed_more_often(label_en):
    text = (
        "“The claims are false,” Rasheeed said at a press conference.\n\n"
        "Minister Rasheed said the cases had been sent to the prosecutor.\n\n"
        "Rasheed said that no one had been arrested."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("The claims are false,") == "Rasheed"


def test_names_differing_at_their_edges_or_too_short_are_different_people():
    assert one_letter_off("Equavoen", "Eguavoen")
    assert one_letter_off("Pejor", "Penjor")
    assert one_letter_off("Okwousa", "Okwuosa")
    assert not one_letter_off("Okwasuo", "Okwuosa")  # more than one slip: another name
    assert not one_letter_off("Yanto", "Yanti")  # the last letter: two people
    assert not one_letter_off("Daniel", "Daniela")
    assert not one_letter_off("Mason", "Jason")  # the first letter
    assert not one_letter_off("Andi", "Andri")  # too short to tell a typo from another name
    assert typo_of("Gembo Pejor", "Gembo Penjor") == ("Pejor", "Penjor")
    assert typo_of("Gembo Pejor", "Dorji Penjor") is None  # the other word is not the full name's
