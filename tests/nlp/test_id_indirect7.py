"""Indonesian indirect speech on fresh regional and national pages (issue 11, id_indirect7 round):
connectives before a cue that opens the sentence, a short report after the verb, a pronoun opening
the report, the speaker's role and nickname around an opening cue, `mengkonfirmasi` and `hanya bisa`.
Every text is invented to show one form."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Sementara itu, menurut Camat Budi Santoso, warga desa itu menolak rencana tersebut.",
        "Di sisi lain, menurut Budi Santoso, warga desa itu menolak rencana tersebut.",
        "Oleh karena itu, menurut Budi Santoso, warga desa itu menolak rencana tersebut.",
        "Meski begitu, menurut Budi Santoso, warga desa itu menolak rencana tersebut.",
        "Terkait hal tersebut, menurut Budi Santoso, warga desa itu menolak rencana tersebut.",
    ],
)
def test_a_connective_phrase_before_lower_case_menurut(label_id, text):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["warga desa itu menolak rencana tersebut"], text
    assert result.cue_of("warga desa itu menolak rencana tersebut") == "menurut"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Meski demikian, lanjut Bupati Rina Wati, pihaknya terus mencari jalan keluar.", "lanjut"),
        ("Oleh karena itu, kata dia, pihaknya terus mencari jalan keluar.", "kata"),
        ("Namun demikian, ujar Budi, pihaknya terus mencari jalan keluar.", "ujar"),
        ("Tak hanya itu, kata Budi, pihaknya terus mencari jalan keluar.", "kata"),
        ("Namun, tambahnya, pihaknya terus mencari jalan keluar.", "tambahnya"),
        ("Apalagi, tambahnya, pihaknya terus mencari jalan keluar.", "tambahnya"),
        ("Meski begitu, tambahnya, pihaknya terus mencari jalan keluar.", "tambahnya"),
        ("Sebab, kata Budi, pihaknya terus mencari jalan keluar.", "kata"),
        ("Menyikapi hal itu, tambahnya, pihaknya terus mencari jalan keluar.", "tambahnya"),
    ],
)
def test_a_connective_before_an_opening_cue_stays_out(label_id, text, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["pihaknya terus mencari jalan keluar"], text
    assert result.cue_of("pihaknya terus mencari jalan keluar") == cue


def test_an_adjunct_before_the_inner_cue_stays_in(label_id):
    text = "Pada prinsipnya, kata Budi, dewan mendukung rencana pembangunan pasar itu."
    clause = "Pada prinsipnya, kata Budi, dewan mendukung rencana pembangunan pasar itu"
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_a_short_report_after_the_verb_is_not_read_backwards(label_id):
    result = label_id("Sedangkan soal taktik, pelatih Budi Santoso menilai tidak ada yang salah.")
    assert result.texts("QUOTE", type="indirect") == ["tidak ada yang salah"]
    assert result.cue_of("tidak ada yang salah") == "menilai"


def test_a_closing_verb_with_its_addressee_still_reads_backwards(label_id):
    text = "Jembatan desa itu rusak berat sejak banjir bulan lalu, Budi Santoso menjelaskan kepada wartawan."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["Jembatan desa itu rusak berat sejak banjir bulan lalu"]


@pytest.mark.parametrize("pronoun", ["dirinya", "mereka"])
def test_a_pronoun_after_the_verb_opens_the_report(label_id, pronoun):
    text = f"Anak korban, Rina Wati mengatakan, {pronoun} sempat mendengar teriakan dari dapur."
    result = label_id(text)
    clause = f"{pronoun} sempat mendengar teriakan dari dapur"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rina Wati"


def test_a_predicate_after_an_inner_cue_still_takes_the_whole_clause(label_id):
    text = "Warga yang kehilangan rumah, dia melanjutkan, bisa mengungsi ke balai desa."
    clause = "Warga yang kehilangan rumah, dia melanjutkan, bisa mengungsi ke balai desa"
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_an_opening_cue_with_a_role_then_the_name(label_id):
    text = "Kata Wali Kota Sukamaju, Budi Santoso, pembangunan pasar baru mencapai 85 persen."
    result = label_id(text)
    clause = "pembangunan pasar baru mencapai 85 persen"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Budi Santoso"


@pytest.mark.parametrize("opening", ["Kata Bu Ani, sapaannya,", "Menurut Ani, sapaan akrab Rina Wati,"])
def test_the_name_a_speaker_goes_by_is_no_part_of_the_report(label_id, opening):
    text = f"{opening} hanya satu pasar yang belum selesai tahun ini."
    assert label_id(text).texts("QUOTE", type="indirect") == ["hanya satu pasar yang belum selesai tahun ini"]


def test_kata_dia_takes_no_apposition(label_id):
    text = "Kata dia, warga desa itu, sudah mengungsi ke balai desa sejak Senin."
    clause = "warga desa itu, sudah mengungsi ke balai desa sejak Senin"
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_mengkonfirmasi_with_bahwa_reports(label_id):
    result = label_id("Kapolsek Budi Santoso mengkonfirmasi bahwa kedua pelaku sudah ditahan.")
    assert result.texts("QUOTE", type="indirect") == ["kedua pelaku sudah ditahan"]
    assert label_id("Kapolsek Budi Santoso mengkonfirmasi kebenaran kabar itu.").texts("QUOTE", type="indirect") == []


def test_hanya_bisa_before_a_speech_verb_reports(label_id):
    result = label_id("Budi Santoso hanya bisa memastikan bahwa kedua pelaku sudah ditahan.")
    assert result.texts("QUOTE", type="indirect") == ["kedua pelaku sudah ditahan"]
    assert result.speaker_of("kedua pelaku sudah ditahan") == "Budi Santoso"


def test_an_inability_before_a_speech_verb_still_reports_nothing(label_id):
    assert label_id("Budi Santoso belum bisa memastikan jumlah korban banjir.").texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize("cue", ["jelasnya lagi", "kata Riko lagi", "katanya pula"])
def test_an_adverb_after_an_inner_cue_keeps_the_whole_clause(label_id, cue):
    text = f"Setelah berkas lengkap, {cue}, kejaksaan akan segera melimpahkan perkara itu ke pengadilan."
    clause = text.rstrip(".")
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_an_adverb_after_a_closing_cue_is_no_part_of_the_report(label_id):
    text = "Kejaksaan akan segera melimpahkan perkara itu ke pengadilan, katanya lagi."
    assert label_id(text).texts("QUOTE", type="indirect") == ["Kejaksaan akan segera melimpahkan perkara itu ke pengadilan"]
