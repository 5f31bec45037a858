"""Direct quotes: marks, pairing, paragraphs, and what is not a quote."""

from __future__ import annotations


def test_curly_quote_is_text_strictly_inside_the_marks(label_id):
    result = label_id("“Kami siap membantu warga,” kata Budi Santoso.")
    assert result.quotes() == ["Kami siap membantu warga,"]


def test_straight_and_mixed_marks_pair(label_id):
    result = label_id('"Harga beras naik lagi minggu ini," ujar Rina.\n\n“Stok kami cukup untuk sebulan," tutur Andi.')
    assert result.quotes() == ["Harga beras naik lagi minggu ini,", "Stok kami cukup untuk sebulan,"]


def test_single_marks_inside_a_double_quote_belong_to_it(label_id):
    result = label_id("“Jangan sampai rakyat hanya jadi ‘penonton’ lagi di negeri sendiri,” kata Fadli.")
    assert result.quotes() == ["Jangan sampai rakyat hanya jadi ‘penonton’ lagi di negeri sendiri,"]


def test_split_quote_gives_two_quotes_with_one_speaker_and_cue(label_id):
    result = label_id("“Kami siap bekerja keras,” kata Budi Santoso. “Besok kami mulai dari desa terdekat.”")
    assert result.quotes() == ["Kami siap bekerja keras,", "Besok kami mulai dari desa terdekat."]
    assert result.speaker_of("Besok kami mulai dari desa terdekat.") == "Budi Santoso"
    assert result.cue_of("Besok kami mulai dari desa terdekat.") == "kata"
    first, second = (result.span("QUOTE", q) for q in result.quotes())
    assert result.linked(first, "SPEAKER")[0].id == result.linked(second, "SPEAKER")[0].id


def test_multi_paragraph_quote_one_quote_per_paragraph(label_id):
    text = (
        "Rektor Ahmad Rizky Santoso mengatakan:\n\n"
        "“Selama negara hanya menanggung sepertiga biaya, kampus akan terus mencari uang.\n\n"
        "“Solusinya adalah menambah bantuan operasional secara bertahap.”"
    )
    result = label_id(text)
    assert result.quotes() == [
        "Selama negara hanya menanggung sepertiga biaya, kampus akan terus mencari uang.",
        "Solusinya adalah menambah bantuan operasional secara bertahap.",
    ]
    assert result.speaker_of("Solusinya adalah menambah bantuan operasional secara bertahap.") == "Ahmad Rizky Santoso"


def test_scare_quotes_and_titles_are_not_quotes(label_id):
    text = (
        'Pemerintah menyebut kebijakan itu "sementara" saja. Lembaga itu menerbitkan kajian berjudul '
        '"Pilkada yang Jujur dan Murah" pekan lalu. Warga menyebutnya “Jalan Tikus Baru”.\n\n'
        "“Kami menolak kebijakan itu,” kata Andi Wijaya."
    )
    result = label_id(text)
    assert result.quotes() == ["Kami menolak kebijakan itu,"]  # the real quotation only
    assert result.speaker_of("Kami menolak kebijakan itu,") == "Andi Wijaya"


def test_quote_marks_in_furniture_lines_are_skipped(label_id):
    text = 'Harga naik.\n\nBaca juga: "Kami Siap Membantu Semua Warga," Kata Menteri\n\nEditor: Andi Saputra'
    result = label_id(text)
    assert result.quotes() == []
    assert result.texts("FURNITURE", kind="read_also") == ['Baca juga: "Kami Siap Membantu Semua Warga," Kata Menteri']
