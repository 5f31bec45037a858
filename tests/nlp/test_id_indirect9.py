"""Indonesian indirect speech from the grammar of reporting (issue 11, id_indirect9 round): the whole
di- passive family of the reporting verbs with an agent, a negated verb of denial (an admission),
the object-focus form (`Dia jelaskan, ...`) and the meN-/ber- forms of the short cues. Every text is
invented to show one form; most members were taken from the grammar, not from a page."""

from __future__ import annotations

import pytest

CLAUSE = "pelaku sudah ditahan di rutan polres"


@pytest.mark.parametrize(
    "cue",
    [
        "Dinyatakan",
        "Diuraikan",
        "Ditandaskan",
        "Ditekankan",
        "Dirincikan",
        "Dikemukakan",
        "Diutarakan",
        "Diimbuhkan",
        "Dibenarkan",
        "Diulas",
    ],
)
def test_a_passive_cue_with_its_agent_opens_a_report(label_id, cue):
    text = f"{cue} Kapolres Sukamaju, {CLAUSE}."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [CLAUSE], text
    assert result.cue_of(CLAUSE) == cue


@pytest.mark.parametrize("cue", ["Dinyatakannya", "Diuraikannya", "Ditekankannya", "Dikemukakannya"])
def test_a_passive_cue_with_the_clitic_is_cue_and_speaker(label_id, cue):
    result = label_id(f"{cue}, {CLAUSE}.")
    assert result.texts("QUOTE", type="indirect") == [CLAUSE]
    assert result.cue_of(CLAUSE) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Dijelaskan pula oleh Kapolres, pelaku sudah ditahan di rutan polres.",
        "Ditambahkan juga kapolres, pelaku sudah ditahan di rutan polres.",
        "Diungkapkan dia, pelaku sudah ditahan di rutan polres.",
    ],
)
def test_an_agent_after_an_adverb_a_small_role_or_a_pronoun_still_speaks(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [CLAUSE], text


@pytest.mark.parametrize(
    "text",
    [
        "Dinyatakan lulus, para siswa itu merayakan dengan konvoi keliling kota.",
        "Dibenarkan atau tidak, kabar itu sudah menyebar ke seluruh desa.",
        "Diuraikan secara rinci, anggaran itu terdiri atas tiga pos belanja.",
        "Dijelaskan secara rinci, anggaran itu terdiri atas tiga pos belanja.",
        "Disampaikan dalam rapat, usulan itu ditolak mayoritas anggota dewan.",
        "Ditekankan pada aspek keselamatan, pelatihan itu diikuti 40 peserta.",
    ],
)
def test_a_passive_before_a_state_or_a_manner_names_no_speaker(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    ("verb", "text"),
    [
        (
            "dibenarkan",
            "Pelaku sudah ditahan di rutan polres sejak Jumat. Hal itu dibenarkan Kapolres Sukamaju Budi Santoso, Senin.",
        ),
        (
            "ditambahkan",
            "Pelaku sudah ditahan di rutan polres sejak Jumat. Hal tersebut ditambahkan Kapolres Sukamaju Budi Santoso.",
        ),
        (
            "dibeberkan",
            "Pelaku sudah ditahan di rutan polres sejak Jumat. Demikian dibeberkan Kapolres Sukamaju Budi Santoso, Senin.",
        ),
    ],
)
def test_the_passive_family_after_the_reported_sentence(label_id, verb, text):
    result = label_id(text)
    report = "Pelaku sudah ditahan di rutan polres sejak Jumat"
    assert result.texts("QUOTE", type="indirect") == [report], text
    assert result.cue_of(report) == verb


@pytest.mark.parametrize(
    ("text", "clause", "cue"),
    [
        (
            "Kapolres juga tak menampik pihaknya kewalahan menangani kasus itu.",
            "pihaknya kewalahan menangani kasus itu",
            "menampik",
        ),
        ("Ia tak memungkiri, warga sempat panik saat air naik.", "warga sempat panik saat air naik", "memungkiri"),
        ("Ia tidak membantah bahwa dana itu sudah cair bulan lalu.", "dana itu sudah cair bulan lalu", "membantah"),
        ("Warga itu tidak menyangkal dirinya sudah menerima uang itu.", "dirinya sudah menerima uang itu", "menyangkal"),
    ],
)
def test_a_negated_denial_admits_and_reports(label_id, text, clause, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause], text
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Ia tak menepis kemungkinan adanya pelaku lain.",
        "Ia tidak membantah kabar itu.",
        "Ia tak bisa menjelaskan penyebab kebakaran itu secara rinci.",
        "Kapolres belum bisa memastikan pelaku sudah ditahan di rutan polres.",
    ],
)
def test_a_negated_denial_of_a_noun_phrase_and_other_negations_report_nothing(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    ("text", "clause", "cue"),
    [
        (
            "Dia jelaskan, dalam kondisi darurat semua petugas harus siaga di posko.",
            "dalam kondisi darurat semua petugas harus siaga di posko",
            "jelaskan",
        ),
        ("Ia tambahkan, bantuan beras akan disalurkan pekan depan.", "bantuan beras akan disalurkan pekan depan", "tambahkan"),
        ("Budi akui, semua petugas belum siaga di posko.", "semua petugas belum siaga di posko", "akui"),
        (
            "Kapolres tegaskan pihaknya tidak akan mundur dalam kasus itu.",
            "pihaknya tidak akan mundur dalam kasus itu",
            "tegaskan",
        ),
    ],
)
def test_the_object_focus_form_reports(label_id, text, clause, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause], text
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Ketua DPRD Sukamaju Tegaskan Tak Ada Titipan Anggaran\n\nRapat itu digelar Senin.",
        "Kami sampaikan terima kasih kepada warga yang membantu.",
    ],
)
def test_a_capitalised_stem_in_a_headline_or_an_object_reports_nothing(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    ("text", "clause", "cue"),
    [
        ("Polisi menyimpulkan, korban meninggal karena tenggelam.", "korban meninggal karena tenggelam", "menyimpulkan"),
        (
            "Ia mengimbuhkan, kerugian akibat banjir mencapai Rp2 miliar.",
            "kerugian akibat banjir mencapai Rp2 miliar",
            "mengimbuhkan",
        ),
        (
            "Ia menguraikan, kerugian akibat banjir mencapai Rp2 miliar.",
            "kerugian akibat banjir mencapai Rp2 miliar",
            "menguraikan",
        ),
        ("Ia berkilah, dana itu sudah dikembalikan ke kas daerah.", "dana itu sudah dikembalikan ke kas daerah", "berkilah"),
        ("Ia menyanggah, dana itu sudah dikembalikan ke kas daerah.", "dana itu sudah dikembalikan ke kas daerah", "menyanggah"),
        ("Ia bersikeras dirinya tidak bersalah dalam kasus itu.", "dirinya tidak bersalah dalam kasus itu", "bersikeras"),
    ],
)
def test_the_long_forms_of_the_short_cues(label_id, text, clause, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause], text
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menyimpulkan hasil rapat koordinasi itu.",
        "Ia menguraikan kronologi kejadian kepada wartawan.",
        "Ia menyanggah tuduhan itu.",
        "Ia enggan banyak berkomentar karena masih menunggu hasil pemeriksaan.",
        "Ia menduga pelaku sudah melarikan diri ke luar kota.",
        "Ia berharap pemerintah segera memperbaiki jalan itu.",
    ],
)
def test_objects_and_beliefs_stay_no_report(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    ("text", "clause", "cue"),
    [
        (
            "Jumlah laporan itu diakuinya tersebar di 24 kecamatan di kabupaten itu.",
            "Jumlah laporan itu diakuinya tersebar di 24 kecamatan di kabupaten itu",
            "diakuinya",
        ),
        (
            "Kasus itu dijelaskannya sudah ditangani aparat kepolisian setempat.",
            "Kasus itu dijelaskannya sudah ditangani aparat kepolisian setempat",
            "dijelaskannya",
        ),
        (
            "Selain itu, stok beras diungkapkannya masih cukup hingga Lebaran.",
            "stok beras diungkapkannya masih cukup hingga Lebaran",
            "diungkapkannya",
        ),
    ],
)
def test_a_clitic_passive_inside_its_clause_reports_the_clause(label_id, text, clause, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause], text
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan itu disampaikannya langsung kepada warga terdampak banjir.",
        "Hal itu disampaikannya menanggapi pertanyaan wartawan di gedung dewan.",
        "Pernyataan tersebut diungkapkannya menjawab kritik warga.",
        "Rumah itu dibangunnya sendiri selama dua tahun.",
    ],
)
def test_a_clitic_passive_of_handing_over_or_pointing_back_reports_nothing(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text
