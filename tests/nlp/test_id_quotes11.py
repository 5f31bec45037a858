"""Indonesian speakers and quote marks met on fresh pages (issue 11, id_quotes11 round): a role
subject that runs on into its addressee, a counted role subject (`Sejumlah warga`), and a closing
mark typed as an opening one after a space. Every text is invented to show one form."""

from __future__ import annotations


def test_an_unknown_name_before_an_addressee_ends_before_kepada(label_id):
    text = "Darsa kepada sejumlah wartawan, mengatakan bahwa jembatan gantung itu akan diperbaiki bulan depan."
    result = label_id(text)
    clause = "jembatan gantung itu akan diperbaiki bulan depan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Darsa"


def test_a_role_before_a_channel_ends_before_melalui(label_id):
    text = "Kepala desa melalui sambungan telepon menjelaskan bahwa bantuan beras sudah dibagikan kepada warga."
    result = label_id(text)
    clause = "bantuan beras sudah dibagikan kepada warga"
    assert result.speaker_of(clause) == "Kepala desa"


def test_a_known_name_before_an_addressee_stays_the_name(label_id):
    text = "Kepala Dusun Melati Wahyu Pratomo kepada wartawan mengatakan bahwa jalan desa akan dicor tahun depan."
    result = label_id(text)
    assert result.speaker_of("jalan desa akan dicor tahun depan") == "Wahyu Pratomo"


def test_kepada_after_a_cue_inside_the_report_is_untouched(label_id):
    text = "Camat itu mengatakan bantuan akan diserahkan kepada korban banjir pekan depan."
    result = label_id(text)
    clause = "bantuan akan diserahkan kepada korban banjir pekan depan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Camat itu"


def test_a_counted_role_subject_keeps_its_quantifier(label_id):
    text = "Sejumlah nelayan mengatakan ombak tinggi membuat mereka tidak melaut selama sepekan."
    result = label_id(text)
    assert result.speaker_of("ombak tinggi membuat mereka tidak melaut selama sepekan") == "Sejumlah nelayan"


def test_salah_seorang_opening_the_sentence_stays_in_the_speaker(label_id):
    text = "Salah seorang penjual sayur mengatakan harga tomat turun sejak awal pekan ini."
    result = label_id(text)
    assert result.speaker_of("harga tomat turun sejak awal pekan ini") == "Salah seorang penjual sayur"


def test_a_plain_role_subject_is_unchanged(label_id):
    text = "Petugas kebersihan mengatakan sampah di pasar itu diangkut setiap pagi."
    result = label_id(text)
    assert result.speaker_of("sampah di pasar itu diangkut setiap pagi") == "Petugas kebersihan"


def test_an_opening_mark_after_a_space_before_a_comma_closes_the_quote(label_id):
    text = "“Kami masih mendata rumah yang rusak di dusun itu “, ujar Sutrisno."
    result = label_id(text)
    quote = "Kami masih mendata rumah yang rusak di dusun itu"
    assert result.texts("QUOTE") == [quote]
    assert result.cue_of(quote) == "ujar"
    assert result.speaker_of(quote) == "Sutrisno"


def test_an_opening_mark_after_a_space_before_a_word_still_opens(label_id):
    text = "Warga menyebut tempat itu “kampung air” karena sering tergenang, kata Rahmat."
    result = label_id(text)
    assert "kampung air" not in result.texts("QUOTE")


def test_a_cue_on_the_line_after_a_closing_mark_belongs_to_the_quote(label_id):
    text = (
        "Warga desa itu mengaku resah karena pencurian sapi\nterus terjadi. “Kami sudah lapor ke polisi"
        " tetapi belum ada hasil,”\nkata Budi Santoso, peternak setempat."
    )
    result = label_id(text)
    quote = "Kami sudah lapor ke polisi tetapi belum ada hasil,"
    assert result.cue_of(quote) == "kata"
    assert result.speaker_of(quote) == "Budi Santoso"


def test_a_capital_after_a_closing_mark_still_opens_a_paragraph(label_id):
    text = "“Kami sudah lapor ke polisi tetapi belum ada hasil,” kata Budi.\nPolisi belum memberi keterangan soal kasus itu."
    result = label_id(text)
    assert result.speaker_of("Kami sudah lapor ke polisi tetapi belum ada hasil,") == "Budi"
    assert result.texts("QUOTE", type="indirect") == []
