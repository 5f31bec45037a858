"""Indonesian entities of round id_entities9: community figures named by their group, an election
committee after a committee role, a village whose name opens with a known city, a regency named
like a place type, a father's name opened by an initial after `bin`, and a town glued to an
outlet's web address; invented sentences."""

from __future__ import annotations

import pytest

from annotator.text.tokens import TOKEN_RE


def test_community_figures_named_by_their_group_are_no_person(label_id):
    text = "Pertemuan itu dihadiri Tokoh Adat, Tokoh Masyarakat, dan Tokoh Agama dari tiga kecamatan."
    assert label_id(text).texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tokoh masyarakat Budi Santoso mengatakan jalan itu rusak sejak tahun lalu.",
        "Tokoh Agama Budi Santoso meminta warga menahan diri.",
        "Hadir pula Tokoh Adat, Budi Santoso, dalam pertemuan itu.",
    ],
)
def test_a_community_figure_role_is_no_part_of_the_name(label_id, text):
    assert label_id(text).texts("PERSON") == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Tokoh Masyarakat Desa Sukamaju, Andi Pratama, mengatakan hal itu.", ["Desa Sukamaju"]),
        (
            "Tokoh Adat Desa Sukamaju Kecamatan Cibadak Kabupaten Sukabumi berkumpul di balai desa.",
            ["Desa Sukamaju", "Kecamatan Cibadak", "Kabupaten Sukabumi"],
        ),
    ],
)
def test_the_community_of_a_community_figure_is_a_place(label_id, text, places):
    assert label_id(text).texts("GPE") == places


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Panitia Pengawas Pemilu Kabupaten Garut, Budi Santoso, mengatakan laporan itu diproses.",
        "Ketua Panitia Pengawas Pemilu Kabupaten Garut Budi Santoso mengatakan laporan itu diproses.",
    ],
)
def test_an_election_committee_after_a_committee_role_is_an_organisation(label_id, text):
    labelled = label_id(text)
    assert labelled.texts("ORG") == ["Panitia Pengawas Pemilu Kabupaten Garut"]
    assert labelled.texts("PERSON") == ["Budi Santoso"]


def test_an_event_committee_role_still_strips_the_role(label_id):
    """Guard: `Ketua Panitia` of an event stays a role before the name (id_names7)."""
    assert label_id("Ketua Panitia, I Made Sudarma, mengatakan acara lancar.").texts("PERSON") == ["I Made Sudarma"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bentrok terjadi di Desa Batu Merah, Kecamatan Sirimau, Jumat malam.", "Desa Batu Merah"),
        ("Kepala Desa Batu Merah, Budi Santoso, membenarkan kejadian itu.", "Desa Batu Merah"),
        ("Warga Kelurahan Batu Ampar mengungsi ke masjid.", "Kelurahan Batu Ampar"),
    ],
)
def test_a_village_named_after_a_known_city_keeps_its_whole_name(label_id, text, place):
    assert place in label_id(text).texts("GPE")


@pytest.mark.parametrize(
    "text",
    [
        "Ia pindah ke Kota Batu Jawa Timur tahun lalu.",
        "Banjir melanda Kabupaten Bogor Jawa Barat sejak pagi.",
    ],
)
def test_a_known_place_after_a_city_stays_a_place_of_its_own(label_id, text):
    """Guard: the longer village name is taken only when the words after the city are no place."""
    assert len(label_id(text).texts("GPE")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Daerah yang terdampak adalah Kabupaten Tapin, Banjar, Tanah Laut, dan Kotabaru.",
        "Sawah di Hulu Sungai Tengah dan Banjar terendam air pasang.",
    ],
)
def test_a_regency_named_like_a_place_type_is_a_place(label_id, text):
    assert "Banjar" in label_id(text).texts("GPE")


def test_a_body_of_a_regency_named_like_a_place_type_keeps_it(label_id):
    assert label_id("BPBD Banjar melaporkan banjir meluas ke tujuh kecamatan.").texts("ORG") == ["BPBD Banjar"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warga Banjar Dinas Tegal bergotong royong membersihkan pura.", "Banjar Dinas Tegal"),
        ("Kegiatan itu digelar di Banjar Ngoneng, Desa Mendoyo.", "Banjar Ngoneng"),
    ],
)
def test_a_balinese_hamlet_keeps_its_type_word(label_id, text, place):
    """Guard: `Banjar` before a name is still the hamlet's type word."""
    assert place in label_id(text).texts("GPE")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Terdakwa Rudi Hartono bin M. Yusuf hadir di persidangan.", "Rudi Hartono bin M. Yusuf"),
        ("Terdakwa Agus bin R. Suparman membantah dakwaan itu.", "Agus bin R. Suparman"),
    ],
)
def test_a_fathers_name_opened_by_an_initial_stays_in_the_name(label_id, text, person):
    assert label_id(text).texts("PERSON") == [person]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Garut.kabarpriangan.com – Warga", ["Garut", ".", "kabarpriangan.com", "–", "Warga"]),
        ("Katadata.co.id melaporkan", ["Katadata.co.id", "melaporkan"]),
        ("Kompas.com melaporkan", ["Kompas.com", "melaporkan"]),
        ("https://Nasional.kompas.com/read", ["https", ":", "/", "/", "Nasional.kompas.com", "/", "read"]),
    ],
)
def test_a_town_glued_to_a_web_address_is_a_word_of_its_own(text, words):
    assert [match.group() for match in TOKEN_RE.finditer(text)] == words


def test_a_town_glued_to_a_web_address_is_a_place_and_the_address_an_outlet(label_id):
    labelled = label_id("Garut.kabarpriangan.com – Warga Desa Sukamaju mengeluhkan jalan rusak.")
    assert labelled.texts("GPE") == ["Garut", "Desa Sukamaju"]
    assert labelled.texts("ORG") == ["kabarpriangan.com"]


@pytest.mark.parametrize(
    "text",
    [
        "Upacara piodalan digelar di Pura Desa Sukawati pada malam hari.",
        "Ibadah digelar di Gereja Katedral Semarang dengan pengamanan ketat.",
        "Ledakan terjadi di depan Katedral Semarang pada pagi hari.",
        "Warga salat Id di Masjid Agung Kota Bogor sejak subuh.",
    ],
)
def test_a_house_of_worship_holds_no_tagged_place(label_id, text):
    labelled = label_id(text)
    assert labelled.texts("GPE") == []
    assert labelled.texts("PERSON") == []  # `Katedral Semarang` was a PERSON


def test_a_place_after_a_house_of_worship_and_a_comma_is_still_a_place(label_id):
    """Guard: the comma closes the building's name."""
    text = "Pengurus Masjid Al-Ikhlas, Desa Sukamaju, membagikan zakat kepada warga."
    assert label_id(text).texts("GPE") == ["Desa Sukamaju"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Presiden menerima Majelis Rakyat Papua (MRP) di Istana Bogor.", "Majelis Rakyat Papua"),
        ("Ketua DPR Papua, Yohanes Wenda, membuka sidang itu.", "DPR Papua"),
    ],
)
def test_papuan_assemblies_are_organisations(label_id, text, org):
    labelled = label_id(text)
    assert org in labelled.texts("ORG")
    assert "Papua" not in labelled.texts("GPE")


def test_a_numbered_village_keeps_its_number(label_id):
    text = (
        "Siswa dari Sungai Raya 1, Kecamatan Pontianak Timur, diarahkan ke Sungai Raya 2. "
        "Untuk wilayah Sungai Raya 1 itu memang belum ada sekolah."
    )
    places = label_id(text).texts("GPE")
    assert places.count("Sungai Raya 1") == 2
    assert "Sungai Raya 2" in places


def test_a_numbered_village_before_a_list_word_keeps_its_number(label_id):
    text = "Warga kampung Waibhu 1 dan kampung Toware sepakat berdamai."
    assert "Waibhu 1" in label_id(text).texts("GPE")


@pytest.mark.parametrize(
    "text",
    [
        "Korban terdiri atas warga Inggris 6 orang dan Jepang 2 orang.",
        "Perolehan emas sementara: Kota Bandung 2, Kabupaten Bogor 1.",
        "Proyek Pembangkit Listrik Tenaga Uap (PLTU) Riau 1.",
    ],
)
def test_a_count_a_tally_or_a_numbered_plant_is_no_village_number(label_id, text):
    """Guards: a count, a tally of places and a plant's number stay out of the place."""
    assert not any(place[-1:].isdigit() for place in label_id(text).texts("GPE"))
