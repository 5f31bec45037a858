"""Indonesian pre-labels of round id_b20 (the twentieth batch's general classes): a prosecutor or
judge known by office alone stays an unresolved speaker, a `“BACA JUGA : ...”` line in quotation
marks is furniture, `Gerakan`/`Front` open one ORG, and a sponsor before `Liga N` is no ORG;
invented sentences."""

from __future__ import annotations

import pytest

COURT = (
    "Pengadilan Negeri Sukamaju menggelar sidang perdana kasus suap dengan terdakwa Budi Hartono dan "
    "Rina Dewi. Ketua Majelis Hakim Wahyu Pratama memimpin sidang dengan agenda pembacaan dakwaan.\n"
    "Jaksa menyebut bahwa Budi Hartono dan Rina Dewi diduga menerima uang dari kontraktor.\n"
    "Selain itu, jaksa mengungkap bahwa Rina Dewi mengancam pegawai yang menolak. Ia menyatakan bahwa "
    "kepala dinas bisa dicopot dari jabatannya.\n"
    "“Terdakwa Budi menerima uang itu di rumahnya,” jelas jaksa.\n"
    "“Saya minta para terdakwa tenang,” ujar Wahyu Pratama."
)


def test_an_unnamed_prosecutor_stays_unresolved(label_id):
    """Was resolved to the judge named before (`Jaksa menyebut`), to a defendant (`jelas jaksa`)."""
    labelled = label_id(COURT)
    reported = "Budi Hartono dan Rina Dewi diduga menerima uang dari kontraktor"
    assert labelled.speaker_of(reported) == "Jaksa"
    assert labelled.resolved_speaker_of(reported) == "Jaksa"
    assert labelled.resolved_speaker_of("Rina Dewi mengancam pegawai yang menolak") == "jaksa"
    assert labelled.resolved_speaker_of("Terdakwa Budi menerima uang itu di rumahnya,") == "jaksa"


def test_a_pronoun_after_an_unnamed_prosecutor_is_whom_the_report_is_about(label_id):
    """`jaksa mengungkap bahwa X mengancam ... . Ia menyatakan`: the threatener, not the first defendant."""
    labelled = label_id(COURT)
    assert labelled.resolved_speaker_of("kepala dinas bisa dicopot dari jabatannya") == "Rina Dewi"


def test_a_named_judge_is_still_what_hakim_points_at(label_id):
    """Guard: `tanya hakim` after `ketua majelis hakim X` resolves to X."""
    labelled = label_id(
        "Ketua majelis hakim Wahyu Pratama membuka sidang.\n"
        "“Apakah saudara sudah mengerti dakwaan itu?” tanya hakim kepada terdakwa."
    )
    assert labelled.resolved_speaker_of("Apakah saudara sudah mengerti dakwaan itu?") == "Wahyu Pratama"


def test_a_named_prosecutor_is_still_what_jaksa_points_at(label_id):
    """Guard: `kata jaksa` after `Jaksa X` resolves to X."""
    labelled = label_id(
        "Sidang dibuka pukul 10.00. Jaksa Andi Saputra membacakan dakwaan.\n"
        "“Terdakwa menerima uang itu dua kali,” kata jaksa."
    )
    assert labelled.resolved_speaker_of("Terdakwa menerima uang itu dua kali,") == "Andi Saputra"


def test_a_read_also_line_in_quotation_marks_is_furniture(label_id):
    """Was a direct quote; now one FURNITURE span, marks included."""
    line = "“BACA JUGA : Harga Beras di Pasar Sukamaju Turun Lagi”"
    labelled = label_id(f"Polisi menutup jalan itu sejak pagi.\n{line}\nWarga diminta memakai jalan lain.")
    assert labelled.texts("FURNITURE") == [line]
    assert labelled.quotes() == []


def test_a_quote_that_opens_with_the_words_stays_a_quote(label_id):
    """Guard: without the colon the line is what someone said."""
    labelled = label_id("Warga berkumpul di balai desa.\n“Baca juga aturannya, jangan asal bicara,” kata Budi Hartono.")
    assert labelled.quotes() == ["Baca juga aturannya, jangan asal bicara,"]
    assert labelled.texts("FURNITURE") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Massa dari Gerakan Rakyat Sukamaju Bersatu menggelar aksi di depan kantor bupati.", "Gerakan Rakyat Sukamaju Bersatu"),
        ("Massa dari Gerakan Aceh Bersatu menggelar aksi di depan kantor bupati.", "Gerakan Aceh Bersatu"),
        ("Ratusan anggota Front Pemuda Riau Bersatu mendatangi kantor bupati.", "Front Pemuda Riau Bersatu"),
    ],
)
def test_a_movement_or_front_is_one_organisation(label_id, text, name):
    """Was a GPE (`Aceh`, `Riau`) and an ORG `Bersatu`, or a PERSON; now one ORG."""
    labelled = label_id(text)
    assert labelled.texts("ORG") == [name]
    assert labelled.texts("GPE") == []


def test_gerakan_before_small_words_is_no_name(label_id):
    """Guard: the common noun opening a sentence names nothing."""
    labelled = label_id("Gerakan itu dimulai oleh warga Sukamaju pada 2019.")
    assert labelled.texts("ORG") == []


def test_a_sponsor_before_a_league_is_no_organisation(label_id):
    """Was ORG `Pertamina` beside the league; now the sponsor is held untagged."""
    labelled = label_id("Tim itu menang tipis pada laga lanjutan Pertamina Liga 2 di kandang sendiri.")
    assert labelled.texts("ORG") == []


def test_a_company_or_club_apart_from_the_league_keeps_its_organisation(label_id):
    """Guards: the company as a subject, and a club with a preposition before the league."""
    labelled = label_id("Pertamina menjadi sponsor utama. Persib bermain di Liga 1 sejak lama.")
    assert labelled.texts("ORG") == ["Pertamina", "Persib"]


@pytest.mark.parametrize(
    "text",
    [
        "Dinas itu belum mencapai target selama Pekan Imunisasi Nasional (PIN) Polio 2019 di Sukamaju.",
        "Puskesmas Sukamaju mengejar Target Imunisasi Campak 2019 bulan ini.",
    ],
)
def test_a_programmes_year_is_no_date(label_id, text):
    """Was DATE `2019`; a programme's year names the programme, as an operation's does."""
    assert label_id(text).texts("DATE") == []


def test_a_year_after_a_small_letter_week_stays_a_date(label_id):
    """Guard: `Pekan lalu` is no programme."""
    assert label_id("Pekan lalu warga kembali mengungsi, sama seperti pada 2019.").texts("DATE") == ["2019"]


def test_a_campaign_named_by_its_steps_is_no_movement(label_id):
    """Guard: `Gerakan 3M Plus` is a health campaign, no ORG."""
    assert label_id("Ia mengajak warga kembali menggalakkan Gerakan 3M Plus di lingkungan masing-masing.").texts("ORG") == []


def test_a_named_prosecutor_with_small_letter_office_words_is_still_found(label_id):
    """Guard: `Jaksa penuntut umum X` names the officer; `tanya jaksa` after it is X."""
    labelled = label_id(
        "Jaksa penuntut umum Rina Agustina kemudian menunjukkan kuitansi.\n"
        "“Ini tanda tangan saudara?” tanya jaksa."
    )
    assert labelled.resolved_speaker_of("Ini tanda tangan saudara?") == "Rina Agustina"
