"""Names in apposition (nlp/entities/people/entity_apposition.py), the one rule for a name set off by a comma after
a role and for a name before a person noun; invented sentences."""

from __future__ import annotations


def test_one_word_name_set_off_by_commas_after_a_role_and_its_body(label_id):
    result = label_id(
        "Acara itu dihadiri Ketua PWI Kabupaten Garut, Hendrawan, dan Kanit Reskrim Polsek Tarogong, Masdi, serta puluhan warga."
    )
    assert result.texts("PERSON") == ["Hendrawan", "Masdi"]
    assert result.texts("ORG") == ["PWI Kabupaten Garut", "Polsek Tarogong"]


def test_a_name_after_a_bare_role(label_id):
    result = label_id("Kata Kapolsek, Sunarto, situasi di desa itu sudah aman.")
    assert result.texts("PERSON") == ["Sunarto"]


def test_two_words_after_a_role_then_a_verb_or_a_small_word(label_id):
    result = label_id(
        "Pelatih Persib Bandung, Ivo Markov, memberikan keterangan. Kepala Unit Pengelola Kota Pintar, "
        "Yudistiro ketika ditanya wartawan tidak menjawab."
    )
    assert result.texts("PERSON") == ["Ivo Markov", "Yudistiro"]


def test_a_name_after_a_long_role_with_joiners(label_id):
    result = label_id(
        "Hal itu diungkapkan Kasi Pencegahan dan Pengendalian Penyakit Dinas Kesehatan Kabupaten Wajo, "
        "Komarudin saat dikonfirmasi."
    )
    assert "Komarudin" in result.texts("PERSON")


def test_a_name_then_a_degree(label_id):
    result = label_id("Rapat dibuka Ketua DPRD Kabupaten Lahat, Marwansyah, S.I.P. Agenda rapat dimulai pukul 10.00 WIB.")
    assert result.texts("PERSON") == ["Marwansyah"]


def test_a_place_in_a_list_after_a_body_is_no_name(label_id):
    result = label_id("Acara itu digelar di Sekretariat Dewan Pimpinan Pusat Partai Maju, Kebonsari, Jakarta.")
    assert "Kebonsari" not in result.texts("PERSON")


def test_a_role_going_on_after_its_comma_is_no_name(label_id):
    result = label_id("Kepala Pusat Data, Informasi dan Komunikasi BNPB Abdul Muhari mengatakan hal itu.")
    assert "Informasi" not in result.texts("PERSON")
    assert result.texts("PERSON") == ["Abdul Muhari"]


def test_a_common_word_after_a_role_is_no_name(label_id):
    result = label_id("Menurut Ketua RT, Sebelumnya warga sudah diingatkan. sebelumnya hujan turun.")
    assert result.texts("PERSON") == []


def test_a_name_before_a_person_noun(label_id):
    result = label_id("Warga menolak rencana itu.\n\nYanto, reporter Radio Suara Rakyat, juga menyayangkan sikap itu.")
    assert "Yanto" in result.texts("PERSON")


def test_english_name_after_a_role_and_a_comma(label_en):
    result = label_en("The Head Coach of Kedah, Tan Cheng, said the team was ready.")
    assert "Tan Cheng" in result.texts("PERSON")


def test_opener_matches_are_those_of_the_anchored_pattern() -> None:
    """`_after_opener_matches` checks the sentence start after the search; on invented strings it
    gives what the pattern anchored at a line or sentence start gives with ``finditer``."""
    import random
    import re

    from annotator.nlp.entities.people.entity_apposition import _after_opener, _after_opener_matches

    for lang in ("id", "en"):
        plain = _after_opener(lang)
        anchored = re.compile(r"(?:^|(?<=[.!?][ \t]))" + plain.pattern, re.MULTILINE)
        rng = random.Random(7)
        openers = ["Sementara", "Kemudian", "Today", "Sementara,", "Namun"]
        names = ["Budi", "Ani Rahma", "x"]
        tails = [", warga desa, kata", ", a farmer, said", ", warga", ", x"]
        seps = ["", " ", ". ", "? ", "!\t", "\n", "x", ", "]
        pieces = [f"{sep}{opener} {name}{tail}" for sep in seps for opener in openers for name in names for tail in tails]
        texts = ["Sementara Burhan, pedagang lainnya, mengaku rugi.", "Namun Budi, warga kota? Sementara Ani, pedagang, kata"]
        texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(2000)]
        found = 0
        for text in texts:
            expected = [(m.span(), m.groups()) for m in anchored.finditer(text)]
            assert [(m.span(), m.groups()) for m in _after_opener_matches(lang, text)] == expected, text
            found += len(expected)
        assert found > 10


def test_a_name_after_a_counted_person_noun_and_its_place(label_id):
    """`kata salah seorang pedagang di Pasar X, Name`: the quantifier opens an indefinite description
    that a place may end; the one word after its comma names the speaker."""
    result = label_id(
        "“Harga naik sejak pekan lalu,” kata salah seorang pedagang di Pasar Baru Sukamaju, Darso di Sukamaju, Senin (3/2)."
    )
    assert "Darso" in result.texts("PERSON")
    assert result.speaker_of("Harga naik sejak pekan lalu,") == "Darso"


def test_a_name_after_a_counted_person_noun_and_its_trade(label_id):
    result = label_id("“Pasokan dari Jawa berkurang,” ujar salah satu petani cabai di Desa Karangrejo, Wagimin, Rabu.")
    assert "Wagimin" in result.texts("PERSON")
    assert result.speaker_of("Pasokan dari Jawa berkurang,") == "Wagimin"


def test_a_place_after_a_counted_noun_that_is_no_person_is_no_name(label_id):
    result = label_id("Bantuan itu dikirim ke salah satu gudang di Kecamatan Tegalrejo, Sumberan, pekan lalu.")
    assert "Sumberan" not in result.texts("PERSON")
