"""Error classes of Indonesian quotes, speakers and indirect speech found on the eleventh batch's
regional pages and fresh probe pages (read, never stored here); every text below is invented to
show one class."""

from __future__ import annotations


def test_a_role_shouted_in_the_lede_names_its_holder_not_the_deputy_named_after(label_id):
    text = (
        "KAPOLRES Sukamaju AKBP Hendra Wijaya memberikan penjelasan soal kericuhan di pasar.\n"
        "Dalam jumpa pers, Kapolres didampingi Wakapolres Kompol Budi Santoso dan Kasat Reskrim AKP Rudi Hartono.\n"
        "Kapolres menegaskan bahwa anggotanya tidak melakukan kekerasan terhadap pedagang."
    )
    result = label_id(text)
    report = "anggotanya tidak melakukan kekerasan terhadap pedagang"
    assert result.speaker_of(report) == "Kapolres"
    assert result.resolved_speaker_of(report) == "Hendra Wijaya"


def test_a_lone_name_before_a_quantified_person_noun_without_comma_speaks(label_id):
    text = (
        "Atap rumah warga rusak diterjang angin kencang.\n"
        "Sudarmo salah satu warga yang rumahnya rusak mengatakan, sebelum angin datang ia melihat awan hitam.\n"
        '"Anginnya berputar lama sekali," ujarnya.'
    )
    result = label_id(text)
    assert "Sudarmo" in result.texts("PERSON")
    assert result.speaker_of("sebelum angin datang ia melihat awan hitam") == "Sudarmo"
    assert result.resolved_speaker_of("Anginnya berputar lama sekali,") == "Sudarmo"


def test_a_sentence_opener_before_a_quantified_person_noun_is_no_name(label_id):
    text = "Kemudian seorang warga mengatakan, angin datang dari arah laut."
    assert "Kemudian" not in label_id(text).texts("PERSON")


def test_a_speaker_wrapped_onto_the_line_after_the_speech_verb_still_speaks(label_id):
    text = (
        "Seorang petani, Darto (50), berharap harga gabah naik.\n"
        '"Harga gabah masih terlalu murah," kata\n'
        "Darto."
    )
    assert label_id(text).speaker_of("Harga gabah masih terlalu murah,") == "Darto"


def test_a_new_paragraph_opening_a_quote_after_a_wrapped_line_is_not_joined(label_id):
    text = (
        '"Harga gabah masih terlalu murah dan kami\nTidak tahu harus bagaimana" kata Darto.\n'
        '"Panen tahun ini bagus," ujar Sumi.'
    )
    result = label_id(text)
    assert "Panen tahun ini bagus," in result.quotes()
    assert result.speaker_of("Panen tahun ini bagus,") == "Sumi"


def test_a_role_answering_a_question_is_not_the_asker(label_id):
    text = (
        "Para tersangka dihadirkan di depan Kapolres Sukamaju AKBP Hendra Wijaya, Senin (3/2).\n"
        "“Kalian menyesal atau tidak?” tanya Kapolres.\n"
        "“Menyesal, Pak,” jawab lagi tersangka serentak.\n"
        "Di hadapan Kapolres, mereka berjanji tidak akan mencuri lagi.\n"
        "“Kami tidak akan mengulangi,” janji tersangka."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kalian menyesal atau tidak?") == "Hendra Wijaya"
    assert result.speaker_of("Menyesal, Pak,") == "tersangka"
    assert result.resolved_speaker_of("Menyesal, Pak,") == "tersangka"
    assert result.resolved_speaker_of("Kami tidak akan mengulangi,") == "tersangka"


def test_a_fused_preposition_opening_a_sentence_is_no_name(label_id):
    text = "Dihadapan Kapolda, para pelaku berjanji tidak mengulangi perbuatannya."
    assert not any("Dihadapan" in name for name in label_id(text).texts("PERSON"))
