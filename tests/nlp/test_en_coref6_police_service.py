"""`the Police` points back at a whole force named `X Police Service` or `X Police Force` (issue 11,
en_coref6 round), as at `the National Police`; never at a unit of one (`... Unit of the X Police
Service`). Invented examples only."""

from __future__ import annotations

QUOTE = "Anyone who shelters these men will face the law,"


def test_the_police_is_the_police_service_named_before(label_en):
    text = (
        "The Malawi Police Service has arrested four men over the theft of fuel from a depot in Blantyre.\n\n"
        f"“{QUOTE}” the Police warned."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Malawi Police Service"


def test_the_police_is_the_police_force_named_before(label_en):
    text = (
        "The Nigeria Police Force has recovered a stolen truck in Kano.\n\n"
        f"“{QUOTE}” the police said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Nigeria Police Force"


def test_the_police_is_not_a_unit_of_the_police_service(label_en):
    text = (
        "Officers of the Cybercrime Unit of the Malawi Police Service arrested four men in Blantyre.\n\n"
        f"“{QUOTE}” the police said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) != "Cybercrime Unit of the Malawi Police Service"
