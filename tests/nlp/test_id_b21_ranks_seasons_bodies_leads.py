"""Indonesian pre-labels of round id_b21 (the twenty-first batch's general classes): a police rank
misprinted by two swapped letters is still a title before the name, a league's season is a DATE with
its word and a council's session year none, a body speaking through its spokesperson is the
speaker, `menyampaikan bahwa, ...` reports, the lead a dateline opens is reported backward when it
names no speech act, a long syllable acronym in brackets after an office is an ORG, a small `no`
before a law's number keeps its year out, and a fort or a tourist site is a facility; invented
sentences."""

from __future__ import annotations

RANK = (
    "“Semua peserta aksi sudah kami amankan,” kata Kapolres Sukamaju, AKPB Hendra Wijaya Saputra "
    "kepada wartawan, Senin (3/2/2025).\n"
    "Ia mengatakan, polisi masih memeriksa para peserta aksi.\n"
    "“Kami periksa satu per satu,” katanya."
)


def test_a_misprinted_rank_leaves_the_name(label_id):
    """`AKPB` for `AKBP`: the unknown capitals took the name with them (no PERSON, the title spoke)."""
    labelled = label_id(RANK)
    assert "Hendra Wijaya Saputra" in labelled.texts("PERSON")
    assert labelled.speaker_of("Semua peserta aksi sudah kami amankan,") == "Hendra Wijaya Saputra"
    assert labelled.resolved_speaker_of("polisi masih memeriksa para peserta aksi") == "Hendra Wijaya Saputra"
    assert labelled.resolved_speaker_of("Kami periksa satu per satu,") == "Hendra Wijaya Saputra"


def test_a_body_acronym_after_a_role_is_still_a_body(label_id):
    """Guard: an unknown acronym after a small-letter role stays the ORG before the name."""
    labelled = label_id("Juru bicara KPRB Marten Wenda mengatakan, aksi itu berjalan damai.")
    assert "KPRB" in labelled.texts("ORG")
    assert "Marten Wenda" in labelled.texts("PERSON")


def test_a_season_is_a_date_with_its_word(label_id):
    labelled = label_id("Persiba hanya menang sekali pada musim 2021-2022 dan kini berbenah untuk musim 2023.")
    assert labelled.texts("DATE") == ["musim 2021-2022", "musim 2023"]


def test_a_rainy_season_names_no_date(label_id):
    """Guard: `musim hujan` is no date; its year alone still is."""
    labelled = label_id("Banjir datang setiap musim hujan, terutama pada 2023.")
    assert labelled.texts("DATE") == ["2023"]


def test_a_council_session_year_is_no_date(label_id):
    """`Tahun Sidang 2024, Kamis`: the session's year ran into the weekday as one DATE."""
    labelled = label_id("Rapat itu digelar dalam Masa Sidang ke-2 Tahun Sidang 2024, Kamis sore, 5 Juni 2024.")
    assert labelled.texts("DATE") == ["Kamis", "5 Juni 2024"]


def test_a_year_of_the_calendar_stays_a_date(label_id):
    """Guard: `tahun 2024` with no session before it."""
    labelled = label_id("Rapat itu digelar pada tahun 2024 di gedung dewan.")
    assert labelled.texts("DATE") == ["tahun 2024"]


THROUGH = (
    "Pendamping hukum warga dari Koalisi Warga Peduli Lingkungan\n"
    "Koalisi Warga Peduli Lingkungan melalui Rahmat Hidayat menilai pembangunan pabrik itu merusak sungai. "
    "Ia menegaskan, warga menolak rencana itu.\n"
    "“Kami akan terus melawan,” ujar Rahmat."
)


def test_a_body_speaking_through_its_spokesperson_is_the_speaker(label_id):
    """`X melalui Y menilai`: the coalition speaks (was the spokesperson); `Ia` after it is Y."""
    labelled = label_id(THROUGH)
    assert labelled.speaker_of("pembangunan pabrik itu merusak sungai") == "Koalisi Warga Peduli Lingkungan"
    assert labelled.resolved_speaker_of("warga menolak rencana itu") == "Rahmat Hidayat"
    assert labelled.resolved_speaker_of("Kami akan terus melawan,") == "Rahmat Hidayat"


def test_a_head_speaking_through_an_officer_is_still_the_person(label_id):
    """Guard: `Kepala <body>, A melalui Kabid Y, B mengatakan` stays A's, not the body's."""
    labelled = label_id(
        "Kepala BPBD Sukamaju, Joko Santoso melalui Kabid Kedaruratan, Rudi Hartono mengatakan bahwa "
        "pihaknya sudah menyiapkan perahu karet."
    )
    assert labelled.speaker_of("pihaknya sudah menyiapkan perahu karet") == "Joko Santoso"


def test_a_comma_after_bahwa_still_reports(label_id):
    """`menyampaikan bahwa, ...`: the comma kept the noun-phrase verb from reporting."""
    labelled = label_id(
        "Budi menyampaikan bahwa, Dinas Sosial Kabupaten Sukamaju juga telah mendorong seluruh desa "
        "untuk menyiapkan posko. Misalnya dengan menyiapkan tenda."
    )
    assert labelled.texts("QUOTE", type="indirect") == [
        "Dinas Sosial Kabupaten Sukamaju juga telah mendorong seluruh desa untuk menyiapkan posko"
    ]
    assert labelled.speaker_of(labelled.texts("QUOTE", type="indirect")[0]) == "Budi"


def test_a_noun_phrase_object_still_reports_nothing(label_id):
    """Guard: `menyampaikan hasil survei ...` is no report."""
    labelled = label_id("Budi menyampaikan hasil survei kepada warga desa.")
    assert labelled.texts("QUOTE", type="indirect") == []


def test_a_dateline_lead_with_no_speech_act_is_reported_backward(label_id):
    """`SUKAMAJU – [lead]. Hal tersebut diungkapkan X`: the lead is X's (was the reporter's)."""
    labelled = label_id(
        "SUKAMAJU – Klub Persiba didirikan untuk menjadi kebanggaan warga Sukamaju. Hal tersebut "
        "diungkapkan Ketua Umum Persiba, Hendrawan Saputra.\n"
        "“Klub ini milik warga,” ujar Hendrawan."
    )
    reported = "Klub Persiba didirikan untuk menjadi kebanggaan warga Sukamaju"
    assert labelled.texts("QUOTE", type="indirect") == [reported]
    assert labelled.speaker_of(reported) == "Hendrawan Saputra"


def test_a_dateline_lead_that_names_its_speech_act_stays_the_reporters(label_id):
    """Guard: `SUKAMAJU - Dinas X ingatkan warga ... . Hal ini diungkapkan Y`: the lead tells what
    the office did, in headline style; no report."""
    labelled = label_id(
        "SUKAMAJU - Dinas Kesehatan ingatkan warga untuk waspada demam berdarah. Hal ini diungkapkan "
        "Kepala Dinas Kesehatan Sukamaju, Budi Santoso."
    )
    assert labelled.texts("QUOTE", type="indirect") == []


def test_a_long_office_acronym_in_brackets_is_an_org(label_id):
    """`Dinas Komunikasi, Informatika dan Persandian (Diskominfosandi)`: cut at its comma, the
    acronym (fifteen letters) missed."""
    labelled = label_id(
        "Kepala Dinas Komunikasi, Informatika dan Persandian (Diskominfosandi) Kota Sukamaju, Budi Santoso, "
        "hadir. Diskominfosandi juga menyiapkan siaran langsung."
    )
    assert labelled.texts("ORG") == [
        "Dinas Komunikasi, Informatika dan Persandian",
        "Diskominfosandi",
        "Diskominfosandi",
    ]
    assert "Kota Sukamaju" in labelled.texts("GPE")


def test_a_word_in_brackets_after_a_person_is_no_org(label_id):
    """Guard: a long capitalised word in brackets after a name is no body's acronym."""
    labelled = label_id("Rapat dipimpin Budi Santoso (Penanggungjawab) di balai desa.")
    assert labelled.texts("ORG") == []


def test_a_small_no_before_a_law_number_keeps_its_year_out(label_id):
    labelled = label_id("Peraturan Daerah no 7 tahun 2019 tentang pariwisata masih berlaku.")
    assert labelled.texts("DATE") == []


def test_a_year_after_a_counted_no_is_still_a_date_elsewhere(label_id):
    """Guard: a year with no number before it stays a DATE."""
    labelled = label_id("Pada tahun 2019 warga pindah ke desa itu.")
    assert labelled.texts("DATE") == ["tahun 2019"]


def test_a_fort_and_a_tourist_site_are_facilities(label_id):
    """`Benteng X` was a PERSON, `Objek Wisata X Y` a GPE; the place after them is still tagged."""
    labelled = label_id(
        "Pasar murah digelar di halaman Benteng Sukamaju, Kelurahan Gamalama. Turis itu berfoto di "
        "Objek Wisata Pohon Kayu Desa Tua."
    )
    assert labelled.texts("PERSON") == []
    assert labelled.texts("GPE") == ["Kelurahan Gamalama", "Desa Tua"]


def test_a_dateline_of_web_address_and_unknown_town(label_id):
    """`OUTLET.ID, TOWN –`: no dateline was read, so a town the lists lack was no GPE."""
    labelled = label_id("WARTASUKA.ID, KAMPUNGLAUT – Delapan orang tersangka penyelundupan ditangkap polisi.")
    assert labelled.texts("FURNITURE") == ["WARTASUKA.ID, KAMPUNGLAUT –"]
    assert labelled.texts("ORG") == ["WARTASUKA.ID"]
    assert labelled.texts("GPE") == ["KAMPUNGLAUT"]


def test_a_web_address_before_a_dash_alone_is_still_the_outlet(label_id):
    """Guard: `SUKA.ID – ...` with no city names the outlet only."""
    labelled = label_id("SUKABERITA.ID – Delapan orang tersangka penyelundupan ditangkap polisi.")
    assert labelled.texts("ORG") == ["SUKABERITA.ID"]
    assert labelled.texts("GPE") == []
