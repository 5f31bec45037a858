"""Names of God and of deities, and devotional phrases, are no one's name (sacred_names.txt,
entity_sacred_names.py; en_precision round), while names built on them are kept. Invented sentences."""

from __future__ import annotations


def test_god_and_devotional_phrases_in_a_speakers_words_are_not_people(label_en):
    result = label_en(
        "“Allah gave us the strength, and Insha Allah we will finish the road by June,” "
        "Minister Farid Qureshi said. “God willing, Mashallah, the farmers will see it.”"
    )
    assert result.texts("PERSON") == ["Farid Qureshi"]
    assert result.texts("ORG") == []


def test_deities_of_other_traditions_are_held(label_en):
    result = label_en("Pilgrims prayed to Vishnu and Hanuman at dawn, said Ravi Menon.")
    assert result.texts("PERSON") == ["Ravi Menon"]


def test_names_built_on_a_sacred_word_are_kept(label_en):
    result = label_en("Allah Ditta, a trader, said members of the Church of God had helped him.")
    assert result.texts("PERSON") == ["Allah Ditta"]
    assert result.texts("ORG") == ["Church of God"]
