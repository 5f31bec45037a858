"""Speaker resolution on the forms of real regional and English pages (issue 11, third batch):
pronouns, clitics and roles resolve to the person a passage is about, never to a credit, a
byline, a quoted nickname or a club, and names resolve to their full form without degrees.
Every text here is invented."""

from __future__ import annotations

from tests.nlp.helpers import run


def test_a_photo_credit_and_an_editor_line_are_no_antecedent():
    text = (
        "Petugas mengevakuasi warga di Kecamatan Sukamaju, Kamis (4/1/2024). (ANTARA/HO-BPBD Sukamaju)\n"
        "Penulis: Wahyudi | Editor: Rahmat Hidayat\n\n"
        "Kepala Pelaksana BPBD Kabupaten Sukamaju, Hasan, menyatakan bahwa ratusan warga sudah dievakuasi "
        "ke balai desa sejak Kamis malam.\n\n"
        "“Kami terus mendata rumah warga yang terdampak banjir bandang ini,” ujarnya.\n\n"
        "“Bantuan logistik sudah kami kirim ke semua posko pengungsian,” kata dia."
    )
    result = run(text)
    assert result.resolved_speaker_of("Kami terus mendata rumah warga yang terdampak banjir bandang ini,") == "Hasan"
    assert result.resolved_speaker_of("Bantuan logistik sudah kami kirim ke semua posko pengungsian,") == "Hasan"
    assert "Hasan" in result.texts("PERSON")


def test_a_pronoun_means_the_subject_not_a_person_mentioned_beside_it():
    text = (
        "Ketua Umum Partai Maju, Bambang Sutrisno, hadir dalam acara itu.\n\n"
        "Sutrisno juga membandingkan dirinya dengan Harry Potter, tokoh fiksi yang terkenal di dunia. "
        "Menurutnya, dia dan tokoh itu sama-sama suka membaca buku sejak kecil sampai sekarang."
    )
    result = run(text)
    indirect = [s for s in result.spans if s.label == "QUOTE" and s.attrs.get("type") == "indirect"]
    assert indirect, result.spans
    speaker = result.linked(indirect[0], "SPEAKER")[0]
    targets = result.linked(speaker, "COREF")
    assert [t.text for t in targets] == ["Bambang Sutrisno"]


def test_a_person_opening_the_paragraph_after_the_last_speaker_takes_over():
    text = (
        "“Kami sudah menjelaskan kronologi kejadian kepada semua pihak,” kata Kasubag Humas Polres Sukamaju "
        "AKP Deni Saputra.\n\n"
        "Sejumlah wartawan menunggu di depan gedung sejak pagi.\n\n"
        "Sontak AKBP Rudi Hartono marah-marah kepada wartawan yang memotret dirinya.\n\n"
        "“Yang memotret saya tadi tidak punya etika, tidak minta izin dulu,” ucapnya."
    )
    result = run(text)
    assert result.resolved_speaker_of("Yang memotret saya tadi tidak punya etika, tidak minta izin dulu,") == "Rudi Hartono"


def test_a_person_named_after_a_noun_does_not_take_over():
    text = (
        "“Air naik sejak pukul tiga sore dan merendam puluhan rumah,” kata Kepala BPBD Kabupaten Sukamaju, Adam Prasetyo.\n\n"
        "Kemudian, banjir merusak satu unit rumah milik Joko Widarto di tepi sungai.\n\n"
        "“Kami sudah mengirim perahu karet ke lokasi,” ujarnya."
    )
    result = run(text)
    assert result.resolved_speaker_of("Kami sudah mengirim perahu karet ke lokasi,") == "Adam Prasetyo"


def test_a_description_headed_by_a_person_noun_is_a_person_not_its_party():
    text = (
        "Ketua Komisi II DPRD Sukamaju, Ririn Kartika, menyebut rapat paripurna sudah sesuai jadwal Badan "
        "Musyawarah.\n\n"
        "“Tidak ada yang kami tunda, semua sesuai jadwal,” ujar politisi Partai Golkar itu."
    )
    result = run(text)
    assert result.resolved_speaker_of("Tidak ada yang kami tunda, semua sesuai jadwal,") == "Ririn Kartika"


def test_degrees_and_coach_are_not_part_of_the_name():
    text = (
        "SUKAMAJU – Kapolres Sukamaju AKBP Eka Pratama Wijaya SIK mendatangi kantor redaksi.\n\n"
        "“Kami datang untuk bersilaturahmi,” kata Eka.\n\n"
        "Sementara di kubu tuan rumah, Coach Joko Susanto mengakui timnya kalah.\n\n"
        "“Kami harus bangkit di laga berikutnya,” ujar Joko."
    )
    result = run(text)
    assert result.resolved_speaker_of("Kami datang untuk bersilaturahmi,") == "Eka Pratama Wijaya"
    assert result.resolved_speaker_of("Kami harus bangkit di laga berikutnya,") == "Joko Susanto"
    assert "Eka Pratama Wijaya" in result.texts("PERSON")
    assert "Joko Susanto" in result.texts("PERSON")


def test_a_name_with_an_abbreviated_part_is_not_cut_at_its_full_stop():
    text = (
        "Kapolsek Sukamaju, Iptu Amir Dg. Ngalle, mengatakan bahwa pihaknya tidak pernah mengintimidasi "
        "wartawan di lokasi kejadian.\n\n"
        "“Kami hanya meminta keterangan,” jelasnya."
    )
    result = run(text)
    assert "Amir Dg. Ngalle" in result.texts("PERSON")
    assert result.resolved_speaker_of("Kami hanya meminta keterangan,") == "Amir Dg. Ngalle"


def test_a_full_name_is_not_widened_by_a_later_account_name():
    text = (
        "Calon gubernur Ahmad Luthfi mengatakan, pihaknya tidak memakai dana kampanye dari luar daerah.\n\n"
        "“Semua dana kami laporkan,” kata Ahmad Luthfi.\n\n"
        "Video itu diunggah di kanal Youtube Ahmad Luthfi Official pada Senin."
    )
    result = run(text)
    assert result.resolved_speaker_of("Semua dana kami laporkan,") == "Ahmad Luthfi"


def test_a_nickname_resolves_to_the_longest_form():
    text = (
        "Ketua Umum Partai Maju, Megawati Sukarno, hadir di acara itu.\n\n"
        "“Saya tidak punya telepon genggam,” kata Megawati.\n\n"
        "“Saya lebih suka bertemu langsung dengan orang,” kata Mega."
    )
    result = run(text)
    assert result.resolved_speaker_of("Saya lebih suka bertemu langsung dengan orang,") == "Megawati Sukarno"


def test_a_team_nickname_in_quotation_marks_is_no_antecedent(label_en):
    text = (
        "KUALA LUMPUR: Perak captain Ahmad Fadzil dedicated the cup to the fans of the ‘Blue Hornets’ squad.\n\n"
        "“This win is for my family and for every supporter,” said the native of Ipoh.\n\n"
        "“We will celebrate tonight and rest tomorrow,” he added."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("This win is for my family and for every supporter,") == "Ahmad Fadzil"
    assert result.resolved_speaker_of("We will celebrate tonight and rest tomorrow,") == "Ahmad Fadzil"


def test_a_name_in_apposition_to_a_role_is_a_person_and_the_speaker():
    text = (
        "Hal tersebut diungkapkan Kasi Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten Sleman, Marzuki "
        "saat dikonfirmasi wartawan.\n"
        "Penulis: Wahyudi | Editor: Rahmat Hidayat\n\n"
        "“Musim hujan selalu membawa kasus demam berdarah,” ujarnya."
    )
    result = run(text)
    assert "Marzuki" in result.texts("PERSON")
    assert result.resolved_speaker_of("Musim hujan selalu membawa kasus demam berdarah,") == "Marzuki"


def test_a_name_before_a_person_noun_opens_a_newcomer():
    text = (
        "“Kami tidak berniat menyudutkan siapa pun,” tegas Edi Santoso, wartawan harian lokal.\n\n"
        "Yanto, reporter Radio Suara Rakyat, juga menyayangkan sikap itu.\n\n"
        "“Tugas kami mencari informasi, bukan mencari musuh,” tambahnya."
    )
    result = run(text)
    assert "Yanto" in result.texts("PERSON")
    assert result.resolved_speaker_of("Tugas kami mencari informasi, bukan mencari musuh,") == "Yanto"


def test_a_sentence_adverb_or_a_place_after_a_comma_is_no_name():
    text = (
        "Sebaliknya, kuasa hukum pasangan nomor urut 1, Hendra Gunawan, menolak hasil itu.\n\n"
        "Acara itu digelar di Sekretariat Dewan Pimpinan Pusat Partai Maju, Menteng, Jakarta."
    )
    result = run(text)
    assert "Sebaliknya" not in result.texts("PERSON")
    assert "Menteng" not in result.texts("PERSON")


def test_the_organisation_before_a_name_is_cut_from_the_person(label_en):
    text = (
        "HANOI: Vice Chairman of Hanoi People’s Committee Tran Van Minh asked residents to stay home.\n\n"
        "He noted that two new cases have been detected in the city over the past two days."
    )
    result = label_en(text)
    assert "Tran Van Minh" in result.texts("PERSON")
    indirect = [s for s in result.spans if s.label == "QUOTE" and s.attrs.get("type") == "indirect"]
    assert indirect
    speaker = result.linked(indirect[0], "SPEAKER")[0]
    assert [t.text for t in result.linked(speaker, "COREF")] == ["Tran Van Minh"]


def test_a_team_nickname_after_a_team_noun_is_no_speaker_of_its_own():
    text = (
        "Pelatih Kepala Persikota, Bambang Sudarsono, mengakui timnya bermain buruk.\n\n"
        "Sementara Andi Pratama mewakili pemain Elang Hitam mengakui kecolongan di menit-menit akhir "
        "pertandingan tadi malam.\n\n"
        "“Kami semua sudah berjuang keras di lapangan, tapi kami kecolongan,” ucap pemain berposisi gelandang itu."
    )
    result = run(text)
    assert result.resolved_speaker_of("Kami semua sudah berjuang keras di lapangan, tapi kami kecolongan,") == "Andi Pratama"


def test_a_name_with_an_initial_after_a_role_is_a_person(label_en):
    text = (
        "KUALA LUMPUR: Kedah captain Ahmad Fadzil dedicated the cup to the fans.\n\n"
        "“This win is for every supporter,” said Ahmad Fadzil.\n\n"
        "Meanwhile, Perak caretaker coach M. Rajagopal praised his players for their display.\n\n"
        "“We lost on penalties but I am proud of the boys,” he added."
    )
    result = label_en(text)
    assert "M. Rajagopal" in result.texts("PERSON")
    assert result.resolved_speaker_of("We lost on penalties but I am proud of the boys,") == "M. Rajagopal"
