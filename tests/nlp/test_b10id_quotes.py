"""Indonesian quotes of the b10id_quotes round (issue 11): indirect speech after a sentence-opening
connective and a small passive cue (`Selanjutnya, dikatakan X, [report]`), and a counsel phrase
before the client's name as the speaker (`kata kuasa hukum X`). Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("connective", ["Selanjutnya,", "Pasalnya,", "Selain itu,", "Lebih lanjut,"])
def test_a_connective_before_a_passive_cue_is_no_part_of_the_report(label_id, connective):
    text = (
        "Rudi Hartono menuturkan petugas sudah berjaga sejak pagi. "
        f"{connective} dikatakan Rudi, petugas kemudian menutup jalan menuju pasar."
    )
    result = label_id(text)
    clause = "petugas kemudian menutup jalan menuju pasar"
    assert clause in result.texts("QUOTE", type="indirect")
    assert not any(q.startswith(connective.rstrip(",")) for q in result.texts("QUOTE", type="indirect"))
    assert result.cue_of(clause) == "dikatakan"
    assert result.speaker_of(clause) == "Rudi"
    assert result.resolved_speaker_of(clause) == "Rudi Hartono"


def test_selanjutnya_before_an_opening_cue(label_id):
    text = "Selanjutnya kata Ani Lestari, sekolah itu akan dibuka kembali pekan depan."
    result = label_id(text)
    clause = "sekolah itu akan dibuka kembali pekan depan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Ani Lestari"


def test_a_connective_before_a_passive_with_no_speaker_reports_nothing(label_id):
    assert label_id("Selanjutnya, disampaikan bahwa jalan itu ditutup.").texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Klien kami tidak bersalah,” kata kuasa hukum Budi Santoso.", "kuasa hukum Budi Santoso"),
        ("“Klien kami tidak bersalah,” ujar penasihat hukum Budi Santoso.", "penasihat hukum Budi Santoso"),
        (
            "Tim kuasa hukum Budi Santoso lantas menyatakan bahwa kliennya belum menerima surat panggilan.",
            "Tim kuasa hukum Budi Santoso",
        ),
    ],
)
def test_a_counsel_phrase_before_the_client_is_the_speaker(label_id, text, speaker):
    result = label_id(text)
    quote = (result.quotes() or result.texts("QUOTE", type="indirect"))[0]
    assert result.speaker_of(quote) == speaker
    assert "Budi Santoso" in result.texts("PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "“Klien kami tidak bersalah,” kata kuasa hukum Budi Santoso, Rudi Hartono.",
        "“Klien kami tidak bersalah,” kata Rudi Hartono, kuasa hukum Budi Santoso.",
    ],
)
def test_a_named_lawyer_stays_the_speaker(label_id, text):
    result = label_id(text)
    assert result.speaker_of(result.quotes()[0]) == "Rudi Hartono"


def test_the_counsel_description_resolves_to_the_lawyer_named_before(label_id):
    text = (
        "Rudi Hartono menjadi kuasa hukum Budi Santoso sejak Mei. "
        "“Klien kami tidak bersalah,” kata kuasa hukum Budi Santoso."
    )
    result = label_id(text)
    quote = result.quotes()[0]
    assert result.speaker_of(quote) == "kuasa hukum Budi Santoso"
    assert result.resolved_speaker_of(quote) == "Rudi Hartono"


def test_an_expert_in_law_is_the_person_named(label_id):
    result = label_id("“Aturan itu jelas,” kata pakar hukum Budi Santoso.")
    assert result.speaker_of(result.quotes()[0]) == "Budi Santoso"


@pytest.mark.parametrize("opening", ["Menurut Rudi,", "Namun menurut Rudi,", "Pasalnya, menurut Rudi,"])
def test_a_causative_keeps_the_inner_speech_verb_inside_the_report(label_id, opening):
    text = f"Rudi Hartono meminta warga tenang. {opening} pernyataan Budi membuat publik menilai pemerintah lamban bekerja."
    result = label_id(text)
    clause = "pernyataan Budi membuat publik menilai pemerintah lamban bekerja"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause).lower() == "menurut"
    assert result.resolved_speaker_of(clause) == "Rudi Hartono"


def test_a_speech_verb_right_after_according_still_opens_its_own_report(label_id):
    result = label_id("Menurut laporan itu, polisi menilai dua pria itu bersalah.")
    assert result.texts("QUOTE", type="indirect") == ["dua pria itu bersalah"]
