"""English speaker resolution on court, campaign and crime pages (issue 11, en_resolve1 round):
four causes counted on fresh pages. A lawyer's name closed by a counsel's rank (`X Y KC`); a new
sentence after a quote closed inside its marks (`... ." But X, for the defence, ...`); a role
naming a body and one of its people (`The KNP flagbearer`); a role naming a person by age (`the
19-year-old`, `the teenager`). Invented examples only."""

from __future__ import annotations


def _quote(labelled, opening: str) -> str:
    """The text of the quote (direct or reported) that opens with ``opening``."""
    found = [s.text for s in labelled.spans if s.label == "QUOTE" and s.text.startswith(opening)]
    assert found, f"no quote opening {opening!r}; have {labelled.texts('QUOTE')}"
    return found[0]


TRIAL = (
    "A jury at Kisumu High Court heard closing speeches on Tuesday in the trial of a farmer accused "
    "of killing his neighbour.\n\n"
    'Prosecutor Daniel Otieno KC said: "The farmer went to the house with a machete and a plan.\n\n'
    '"No one carries a machete to a talk about a fence." But Samuel Odhiambo-Were KC, defending '
    "the farmer, gave the jury another account.\n\n"
    "He argued the neighbour had attacked first and the farmer had only defended his children.\n\n"
    'The barrister said: "My client was at home minding his goats."\n'
)


def test_a_counsel_rank_closes_a_name(label_en):
    labelled = label_en(TRIAL)
    assert "Samuel Odhiambo-Were KC" in labelled.texts("PERSON")


def test_a_pronoun_and_role_after_a_closed_quote_take_the_newcomer(label_en):
    """The sentence after `... fence." But` is the reporter's, so the lawyer it names is its subject."""
    labelled = label_en(TRIAL)
    assert labelled.resolved_speaker_of(_quote(labelled, "the neighbour had attacked")) == "Samuel Odhiambo-Were KC"
    assert labelled.resolved_speaker_of(_quote(labelled, "My client")) == "Samuel Odhiambo-Were KC"
    assert labelled.resolved_speaker_of(_quote(labelled, "The farmer went")) == "Daniel Otieno KC"


def test_a_nepali_surname_stays_in_the_name(label_en):
    """Guard: `KC` closing a name stays inside the PERSON (a rank or a Nepali surname)."""
    labelled = label_en("Deputy Superintendent Hari Prasad KC said the road was closed on Friday.\n")
    assert "Hari Prasad KC" in labelled.texts("PERSON")


def test_a_quote_closed_by_a_comma_keeps_its_sentence(label_en):
    """Guard: `“...,” Coach X said.` after a closing mark is still the quote's own attribution."""
    text = (
        "Kisumu beat Nakuru 2-0 on Saturday.\n\n"
        '"We were patient," Coach Peter Mwangi said. "The boys kept the ball well." '
        "Striker John Kamau agreed.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of(_quote(labelled, "We were patient")) == "Peter Mwangi"


CAMPAIGN = (
    "Governor Amos Kariuki addressed traders in Nyeri on Monday.\n\n"
    "Lately, Kariuki had said the new levies were aimed at his supporters.\n\n"
    "The KNP flagbearer said voters in the county would return him despite the levies.\n"
)


def test_a_body_s_flagbearer_is_a_person(label_en):
    labelled = label_en(CAMPAIGN)
    assert labelled.resolved_speaker_of(_quote(labelled, "voters in the county")) == "Amos Kariuki"


def test_a_body_speaking_stays_the_body(label_en):
    """Guard: `The KNP said` (no person noun after the name) still resolves to the party."""
    text = (
        "The Kenya National Party (KNP) held its conference in Nyeri on Monday.\n\n"
        "Governor Amos Kariuki said the levies would stay.\n\n"
        "The KNP said voters in the county would reject the levies.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of(_quote(labelled, "voters in the county")) != "Amos Kariuki"


ROBBERY = (
    "Peter Njoroge, 52, was robbed of his motorcycle in Thika by 19-year-old Kevin Mutua, police said.\n\n"
    "Inspector Grace Wambui said officers found the motorcycle at a garage two days later.\n\n"
    "The 19-year-old told the court he had bought the motorcycle from a stranger.\n\n"
    "The teenager said he would call the seller as a witness.\n"
)


def test_an_age_role_takes_the_person_given_that_age(label_en):
    labelled = label_en(ROBBERY)
    assert labelled.resolved_speaker_of(_quote(labelled, "he had bought")) == "Kevin Mutua"
    assert labelled.resolved_speaker_of(_quote(labelled, "he would call")) == "Kevin Mutua"


def test_an_age_no_one_was_given_links_to_no_one(label_en):
    """Guard: `The 30-year-old` when only a 52-year-old was named is someone unnamed."""
    text = (
        "Peter Njoroge, 52, was robbed of his motorcycle in Thika, police said.\n\n"
        "Inspector Grace Wambui said officers found the motorcycle at a garage two days later.\n\n"
        "The 30-year-old told the court he had bought the motorcycle from a stranger.\n"
    )
    labelled = label_en(text)
    quote = _quote(labelled, "he had bought")
    assert labelled.speaker_of(quote) == "The 30-year-old"
    assert labelled.resolved_speaker_of(quote) == "The 30-year-old"


FLOOD = (
    "Floods cut off three villages near Kisumu on Sunday.\n\n"
    'Also speaking to journalists, the county commissioner for roads, Daniel Okoro said, "It is sad that the '
    'water destroyed so many homes. We have asked the families to move to the camps." In Ahero, the chairman '
    "of the village, Mr. Peter Ekong, said an old man drowned when his canoe capsized.\n"
)


def test_a_lead_in_signs_a_quote_closed_by_a_full_stop(label_en):
    labelled = label_en(FLOOD)
    quote = _quote(labelled, "It is sad")
    assert labelled.speaker_of(quote) == "Daniel Okoro"
    assert labelled.resolved_speaker_of(_quote(labelled, "an old man drowned")) == "Peter Ekong"


def test_a_quote_after_a_finished_sentence_keeps_the_name_after_it(label_en):
    """Guard: no lead-in ending in a comma or colon, so the sentence after the close signs it."""
    text = (
        "Kisumu beat Nakuru 2-0 on Saturday.\n\n"
        'Daniel Okoro watched from the stand. "We were patient and the goals came." Coach Peter Mwangi said '
        "the boys kept the ball well.\n"
    )
    labelled = label_en(text)
    assert (
        labelled.speaker_of(_quote(labelled, "We were patient")) == "Coach Peter Mwangi"
        or labelled.resolved_speaker_of(_quote(labelled, "We were patient")) == "Peter Mwangi"
    )
