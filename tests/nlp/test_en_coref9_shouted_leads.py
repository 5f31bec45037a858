"""A lead whose first word is shouted in capitals (`KOFI Asante Boateng, the chief executive ...`)
names a PERSON from that word, so later pronouns and roles find the person (issue 11, en_coref9
round). Invented examples only."""

from __future__ import annotations

LEAD = "KOFI Asante Boateng, the chief executive of the authority, says the port will close in March."
LATER = "\n\nMs Abena Owusu, a trader, said she would lose money.\n\n“The dredging cannot wait,” he said."


def test_a_shouted_first_name_opens_the_person(label_en):
    assert "KOFI Asante Boateng" in label_en(LEAD).texts("PERSON")


def test_a_later_pronoun_finds_the_shouted_lead(label_en):
    assert label_en(LEAD + LATER).resolved_speaker_of("The dredging cannot wait,") == "KOFI Asante Boateng"  # was Abena Owusu


def test_a_known_surname_after_the_shouted_word_is_widened(label_en):
    text = "TEMA — ESI Mensah Boateng, a nurse at the clinic, said the ward was full."
    assert "ESI Mensah Boateng" not in label_en(text).texts("PERSON")  # three letters: initials, not a shouted name
    text = "TEMA — AKOSUA Bello Yusuf, a nurse at the clinic, said the ward was full."
    assert "AKOSUA Bello Yusuf" in label_en(text).texts("PERSON")  # `Bello Yusuf` alone before


def test_a_shouted_title_or_common_word_names_no_one(label_en):
    labelled = label_en("HOME Affairs Minister Jone Waqa has thanked the officers at home and abroad.")
    assert labelled.texts("PERSON") == ["Jone Waqa"]
    labelled = label_en("THE Minister of Health, Kofi Boateng, has said the clinics will open.")
    assert labelled.texts("PERSON") == ["Kofi Boateng"]


def test_a_shouted_body_or_place_stays_what_it_was(label_en):
    assert label_en("GHANA Football Association said the match was off.").texts("PERSON") == []


def test_a_shouted_word_inside_a_paragraph_is_left(label_en):
    text = "Prices rose in May. TRADERS Union members said they would strike."
    assert label_en(text).texts("PERSON") == []


def test_indonesian_is_untouched(label_id):
    assert "BUDI Santoso Wibowo" not in label_id("BUDI Santoso Wibowo, warga Sleman, mengatakan harga naik.").texts("PERSON")


def test_a_shouted_label_before_a_headline_or_a_noun_names_no_one(label_en):
    assert label_en("WATCH Residents Flee Floods in Kumasi\n\nThe river rose on Monday.").texts("PERSON") == []
    assert label_en("UPDATE Residents say the water is back.").texts("PERSON") == []
    assert label_en("Read on.\n\nMORE Stories").texts("PERSON") == []
