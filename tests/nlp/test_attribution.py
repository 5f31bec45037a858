"""Cues, speakers and coreference, in Indonesian."""

from __future__ import annotations


def test_title_is_stripped_from_the_speaker(label_id):
    result = label_id("“Kami siap membantu semua pedagang,” kata Menteri Perdagangan Rina Hartono.")
    assert result.cue_of("Kami siap membantu semua pedagang,") == "kata"
    assert result.speaker_of("Kami siap membantu semua pedagang,") == "Rina Hartono"
    assert "Rina Hartono" in result.texts("PERSON")


def test_name_after_comma_following_a_title(label_id):
    result = label_id("“Kami tidak akan mundur dari wilayah itu,” kata Presiden Rusia, Vladimir Putin.")
    assert result.speaker_of("Kami tidak akan mundur dari wilayah itu,") == "Vladimir Putin"
    assert result.texts("GPE") == ["Rusia"]


def test_clitic_cue_is_cue_and_speaker_and_corefers(label_id):
    text = (
        "Kepala BPBD Kota Medan Hendra Sitompul meninjau lokasi. "
        "“Kami prioritaskan yang sakit dan yang tinggal sendiri,” ujarnya."
    )
    result = label_id(text)
    quote = "Kami prioritaskan yang sakit dan yang tinggal sendiri,"
    assert result.cue_of(quote) == "ujarnya"
    assert result.speaker_of(quote) == "ujarnya"
    cue, speaker = result.span("CUE", "ujarnya"), result.span("SPEAKER", "ujarnya")
    assert (cue.start, cue.end) == (speaker.start, speaker.end)
    assert result.resolved_speaker_of(quote) == "Hendra Sitompul"


def test_role_with_determiner_is_the_speaker(label_id):
    text = (
        "Prof. Budi Santoso pernah memimpin UGM. "
        "“Kalau datanya terbuka, perdebatan bisa lebih jernih,” ucap mantan rektor UGM tersebut."
    )
    result = label_id(text)
    quote = "Kalau datanya terbuka, perdebatan bisa lebih jernih,"
    assert result.speaker_of(quote) == "mantan rektor UGM tersebut"
    assert result.resolved_speaker_of(quote) == "Budi Santoso"


def test_short_name_corefers_to_full_name(label_id):
    text = "Menteri Perdagangan Rina Hartono meninjau pasar. “Stok beras cukup sampai Maret,” kata Rina."
    result = label_id(text)
    assert result.speaker_of("Stok beras cukup sampai Maret,") == "Rina"
    assert result.resolved_speaker_of("Stok beras cukup sampai Maret,") == "Rina Hartono"


def test_cue_before_the_quote(label_id):
    text = "Juru bicara KPK Ali Fikri mengatakan, “Kami akan memanggil saksi tambahan pekan depan.”"
    result = label_id(text)
    quote = "Kami akan memanggil saksi tambahan pekan depan."
    assert result.cue_of(quote) == "mengatakan"
    assert result.speaker_of(quote) == "Ali Fikri"


def test_menurut_before_a_quote(label_id):
    result = label_id("Menurut Rina Hartono, “Pasar harus kembali tenang sebelum Lebaran tiba.”")
    assert result.cue_of("Pasar harus kembali tenang sebelum Lebaran tiba.") == "Menurut"
    assert result.speaker_of("Pasar harus kembali tenang sebelum Lebaran tiba.") == "Rina Hartono"


def test_short_cue_forms_only_right_after_a_closing_quote(label_id):
    text = "Penjelasan itu jelas bagi warga. “Kami akan menambah petugas di lapangan,” jelas Andi Wijaya."
    result = label_id(text)
    assert result.texts("CUE") == ["jelas"]
    assert result.span("CUE", "jelas").start > text.index("”")


def test_pronoun_speaker_corefers_to_previous_speaker(label_id):
    text = (
        "“Air naik sangat cepat malam ini,” kata Hendra Sitompul.\n\n"
        "Menurut dia, “Tim gabungan sudah mengerahkan empat belas perahu karet.”"
    )
    result = label_id(text)
    quote = "Tim gabungan sudah mengerahkan empat belas perahu karet."
    assert result.speaker_of(quote) == "dia"
    assert result.resolved_speaker_of(quote) == "Hendra Sitompul"


def test_document_speaker(label_id):
    text = "“Setiap warga berhak atas pendidikan yang layak,” bunyi Pasal 31 ayat (1)."
    result = label_id(text)
    assert result.cue_of("Setiap warga berhak atas pendidikan yang layak,") == "bunyi"
    assert result.speaker_of("Setiap warga berhak atas pendidikan yang layak,") == "Pasal 31 ayat (1)"


def test_indirect_speech_is_marked_and_never_confused_with_direct(label_id):
    text = (
        "Kepala BPBD Kota Medan Hendra Sitompul mengatakan bahwa sebanyak 3.400 jiwa terpaksa mengungsi ke masjid. "
        "“Kami terus menambah tenda di posko utama,” ujarnya."
    )
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["sebanyak 3.400 jiwa terpaksa mengungsi ke masjid"]
    assert result.quotes() == ["Kami terus menambah tenda di posko utama,"]
    assert result.speaker_of("sebanyak 3.400 jiwa terpaksa mengungsi ke masjid") == "Hendra Sitompul"


def test_directive_is_not_indirect_speech(label_id):
    result = label_id(
        "Gubernur Jawa Barat Dedi Mulyadi mengimbau warga untuk memeriksa bangunan sebelum kembali. "
        "Ia mengatakan bahwa sebagian besar bangunan sekolah masih retak."
    )
    # The directive is no speech; the report in the next sentence is.
    assert result.texts("QUOTE") == ["sebagian besar bangunan sekolah masih retak"]
    assert result.cue_of("sebagian besar bangunan sekolah masih retak") == "mengatakan"
    assert result.texts("PERSON") == ["Dedi Mulyadi"]


def test_title_with_commas_before_the_name(label_id):
    text = (
        "“Kami terus memantau kondisi di lapangan,” ujar Kepala Pusat Data, Informasi, dan Komunikasi "
        "Kebencanaan BNPB Abdul Muhari dalam keterangan tertulis."
    )
    assert label_id(text).speaker_of("Kami terus memantau kondisi di lapangan,") == "Abdul Muhari"


def test_appositive_name_between_commas_before_the_verb(label_id):
    text = "Kepala Dinas Kesehatan Provinsi Bali, I Nyoman Gede Arsana, mengatakan, “Kasus terbanyak ada di Gianyar.”"
    assert label_id(text).speaker_of("Kasus terbanyak ada di Gianyar.") == "I Nyoman Gede Arsana"


def test_pointing_role_refers_to_the_person_named_last(label_id):
    text = (
        "“Udaranya lembap, tapi penontonnya luar biasa,” ujar Daniel Kiprotich.\n\n"
        "Pelari Indonesia terbaik, Ni Made Ayu Wulandari, finis di posisi kelima.\n\n"
        "“Saya sudah berusaha maksimal tahun ini,” kata atlet asal Tabanan tersebut."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Saya sudah berusaha maksimal tahun ini,") == "Ni Made Ayu Wulandari"


def test_abbreviated_title_acronym_in_parentheses_and_defined_terms(label_id):
    text = (
        '"Stok nasional mencukupi hingga tiga bulan," kata Mendag Budi Santoso. Bulog menyalurkan beras untuk '
        "program Stabilisasi Pasokan dan Harga Pangan (SPHP).\n\n"
        "Menurut Ketua Umum Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI) Sudaryono, harga masih di atas "
        'harga eceran tertinggi. "Pemerintah harus turun ke pasar," tegasnya.'
    )
    result = label_id(text)
    assert result.speaker_of("Stok nasional mencukupi hingga tiga bulan,") == "Budi Santoso"
    assert result.texts("PERSON") == ["Budi Santoso", "Sudaryono"]
    assert "Asosiasi Pedagang Pasar Seluruh Indonesia" in result.texts("ORG")
    assert result.resolved_speaker_of("Pemerintah harus turun ke pasar,") == "Sudaryono"
