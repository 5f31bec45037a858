"""Speech classes of the newest real Indonesian development articles (issue 11, round newid), each
on invented sentences: a title before a named speaker is no clause opening, a connective is no
part of a role speaker, and a quote paragraph after a short lead-in continues the quote before it."""

from __future__ import annotations


def test_a_title_before_the_named_speaker_leaves_the_report_after_the_verb(label_id):
    result = label_id(
        "Sementara itu, Ketua Komisi II DPRD Kota Sawahlunto, Rudi Hartono mengatakan, dirinya belum "
        "menerima undangan rapat itu."
    )
    assert result.texts("QUOTE", type="indirect") == ["dirinya belum menerima undangan rapat itu"]
    assert result.texts("SPEAKER") == ["Rudi Hartono"]


def test_a_title_after_an_outlet_credit_is_no_clause_opening(label_id):
    result = label_id(
        "Warta.com | Sekretaris Dinas Pertanian, Lina Marlina mengatakan, dipilihnya desa itu bertujuan "
        "agar panen lebih merata."
    )
    assert result.texts("QUOTE", type="indirect") == ["dipilihnya desa itu bertujuan agar panen lebih merata"]


def test_a_cue_inside_a_clause_is_still_read_as_one(label_id):
    result = label_id("Penangkapan itu, Budi mengatakan, merupakan hasil penyelidikan panjang.")
    assert result.texts("QUOTE", type="indirect") == ["Penangkapan itu, Budi mengatakan, merupakan hasil penyelidikan panjang"]


def test_a_connective_before_a_role_speaker_is_no_part_of_it(label_id):
    result = label_id(
        "Lebih lanjut Kapolres mengatakan sudah ada dua belas saksi yang diperiksa. "
        "Sementara itu Bupati menjelaskan bahwa bantuan sudah dikirim ke lokasi."
    )
    assert result.texts("SPEAKER") == ["Kapolres", "Bupati"]


def test_a_quote_paragraph_after_a_short_lead_in_continues_the_quote_before(label_id):
    result = label_id(
        "Seorang warga, Parto, melihat kejadian itu dari dekat.\n"
        '"Pelakunya sempat ngobrol dulu sama petugas itu, lalu langsung kabur ke arah pasar", jelasnya.\n'
        'Dalam kejadian ini, "pelaku memakai baju hitam dan celana pendek. Pelaku dua orang, semuanya pakai helm".'
    )
    second = "pelaku memakai baju hitam dan celana pendek. Pelaku dua orang, semuanya pakai helm"
    assert result.cue_of(second) == "jelasnya"
    assert result.speaker_of(second) == "jelasnya"


def test_a_reporter_sentence_before_a_quote_is_no_lead_in(label_id):
    result = label_id(
        '"Kami sudah siap menghadapi banjir tahun ini," kata Camat Rudi.\n'
        'Warga kemudian diminta mengungsi ke balai desa yang lebih tinggi, "sebelum air naik lagi malam nanti".'
    )
    assert result.quotes() == ["Kami sudah siap menghadapi banjir tahun ini,"]


def test_a_name_with_cs_stands_for_a_team_and_is_no_antecedent(label_id):
    result = label_id(
        "Terkait hasil ini, pelatih Budi Santoso mengatakan laga kali ini sangat melelahkan. Hal ini mengingat "
        "tim harus bermain dengan 10 orang. Meski hanya 10 pemain, Andi Wijaya cs mampu menyerang hingga unggul.\n"
        "“Untuk itu, mereka perlu diapresiasi atas kerja kerasnya selama 90 menit tadi,” urainya."
    )
    quote = "Untuk itu, mereka perlu diapresiasi atas kerja kerasnya selama 90 menit tadi,"
    assert result.resolved_speaker_of(quote) == "Budi Santoso"


def test_jika_pun_opens_a_concession_inside_the_report(label_id):
    result = label_id("Dia menandaskan, jika pun terpaksa, lebih baik lapak lama dibongkar secara bertahap.")
    assert result.texts("QUOTE", type="indirect") == ["jika pun terpaksa, lebih baik lapak lama dibongkar secara bertahap"]


def test_jika_right_after_the_verb_is_a_complementiser(label_id):
    result = label_id("Kepala dinas itu mengatakan jika penyebab mahalnya harga cabai adalah cuaca buruk.")
    assert result.texts("QUOTE", type="indirect") == ["penyebab mahalnya harga cabai adalah cuaca buruk"]


def test_a_passive_clitic_after_a_connective_is_cue_and_speaker(label_id):
    result = label_id(
        "Rapat dipimpin Syahrul. Lebih lanjut dikatakannya, yang menentukan tempat rapat adalah Badan Musyawarah."
    )
    assert result.texts("CUE") == ["dikatakannya"]
    assert result.texts("QUOTE", type="indirect") == ["yang menentukan tempat rapat adalah Badan Musyawarah"]


def test_a_sentence_glued_to_a_quote_after_it_is_still_its_own(label_id):
    result = label_id(
        "Air naik sejak pagi. Diakuinya penyebab banjir itu curah hujan yang tinggi dan air pasang."
        '"Itu penyebabnya," ungkapnya.'
    )
    assert result.texts("QUOTE", type="indirect") == ["penyebab banjir itu curah hujan yang tinggi dan air pasang"]
    assert result.cue_of("Itu penyebabnya,") == "ungkapnya"


def test_a_short_name_spelt_another_way_resolves_to_the_full_name(label_id):
    result = label_id(
        "Kepala Bagian Penerangan Umum Kombes Feby Hutagalung memberi keterangan di Jakarta.\n"
        '"Kasus itu masih kami selidiki bersama tim," kata Febi.'
    )
    assert result.resolved_speaker_of("Kasus itu masih kami selidiki bersama tim,") == "Feby Hutagalung"


def test_old_and_new_spellings_are_one_name(label_id):
    from annotator.nlp.coref.name_forms import is_spelling_of

    assert is_spelling_of("Djoko", "Joko Santoso")
    assert is_spelling_of("Sukarno", "Ahmad Soekarno")
    assert not is_spelling_of("Budi", "Budi Santoso")  # the same word is no other spelling
    assert not is_spelling_of("Budi", "Bude Santoso")


def test_a_head_with_a_degree_speaking_through_an_officer_is_the_speaker(label_id):
    result = label_id(
        "Kepala Dinas Perdagangan, Hendra Wijaya, S.Sos melalui Pengawas Pasar, Rina Lestari, SE menjelaskan bahwa "
        "harga bahan pokok di pasar masih stabil."
    )
    assert result.texts("SPEAKER") == ["Hendra Wijaya"]


def test_an_organisation_with_its_province_after_a_comma_speaks(label_id):
    result = label_id(
        "Dinas Kesehatan Kabupaten Sidrap, Sulawesi Selatan mengaku bakal mengantisipasi penyebaran penyakit itu."
    )
    assert result.texts("SPEAKER") == ["Dinas Kesehatan Kabupaten Sidrap"]


def test_a_short_name_resolves_to_the_fullest_form_through_a_shorter_one(label_en):
    result = label_en(
        "Assemblyman Datuk Ahmad Rizal Hamdan claims the recording was edited.\n"
        "Ahmad Rizal also said he respected the minister.\n"
        "Rizal said he would cooperate with the authorities if required.\n"
        "“I urge all parties to be fair,” he added."
    )
    assert result.resolved_speaker_of("I urge all parties to be fair,") == "Ahmad Rizal Hamdan"
