"""A report whose sentence opens with a name apposed to a role speaker (`Name, Kepala Dinas X
mengatakan, telah ...`): the report is what follows the verb, the name speaks
(nlp/indirect/report_last.py, ``name_of_role_speaker``); invented sentences."""

from __future__ import annotations


def test_name_before_a_short_role_and_a_subjectless_report(label_id):
    text = (
        "Dinas mencatat kenaikan kasus.\n"
        "Rina Lestari, Kepala Dinas Kabupaten Sukamaju mengatakan, telah menerima 14 laporan warga."
    )
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["telah menerima 14 laporan warga"]
    assert result.speaker_of("telah menerima 14 laporan warga") == "Rina Lestari"


def test_an_opening_noun_phrase_is_the_subject_of_the_report(label_id):
    """No name opens the sentence: the opening is the report's subject, the cue stands inside."""
    text = "Warga yang terdampak, Kepala Dinas Kabupaten Sukamaju mengatakan, akan menerima bantuan beras."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [text[:-1]]
