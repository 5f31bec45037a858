"""Error classes of the sixth batch's Indonesian development pages (issue 11), each on invented
sentences."""

from __future__ import annotations


def test_a_passive_verb_opening_a_sentence_is_no_part_of_the_name_after_it(label_id):
    result = label_id(
        "Bupati Sidomaju Hj Ratna meminta bantuan segera disalurkan.\n\n"
        "Ditambahkan Ratna, warga membagikan nasi untuk masyarakat.\n\n"
        "Diduga Kamaludin meninggal akibat kelelahan. Diungkap Kapolres, tersangka sempat kabur."
    )
    people = result.texts("PERSON")
    assert "Ratna" in people and "Kamaludin" in people
    assert not any(name.startswith("Di") for name in people)
    assert result.resolved_speaker_of("warga membagikan nasi untuk masyarakat") in ("Ratna", "Hj Ratna")


def test_a_headline_verb_after_a_name_is_no_part_of_it(label_id):
    text = (
        "Ratna Instruksikan BPBD Bantu Warga\n\n"
        "Warga Desa Sukamaju meminta bantuan BPBD. "
        "Ratna mengatakan, bantuan akan datang besok."
    )
    result = label_id(text)
    assert "Ratna Instruksikan" not in result.texts("PERSON")
    assert result.resolved_speaker_of("bantuan akan datang besok") == "Ratna"


def test_initials_after_a_word_for_the_dead_are_a_person_who_does_not_speak(label_id):
    result = label_id(
        "Kepala Dinas Kesehatan Sidomaju, dr. Rudi Hartono, saat ditanya kenapa pemakaman almarhum DA "
        "dilakukan dengan protokol ketat, menjelaskan, langkah tersebut hanya antisipasi saja. "
        "Makam almarhum KH Ahmad Fauzi juga ramai."
    )
    people = result.texts("PERSON")
    assert "DA" in people and "KH" not in people
    assert result.speaker_of("langkah tersebut hanya antisipasi saja") == "Rudi Hartono"


def test_a_short_form_in_brackets_after_a_place_is_that_place_everywhere(label_id):
    result = label_id(
        "Bupati Tanah Merah (Tamer) Hj Ratna meminta BPBD membantu warga. "
        "Bupati Tamer juga meminta warga waspada."
    )
    assert result.texts("GPE") == ["Tanah Merah", "Tamer", "Tamer"]
    assert "Tamer" not in result.texts("PERSON")


def test_a_word_in_brackets_that_does_not_shorten_the_place_is_left_alone(label_id):
    result = label_id("Warga Tanah Merah (Budi) datang ke kantor desa.")
    assert "Budi" not in result.texts("GPE")


def test_a_short_passive_cue_opens_a_report_whose_subject_is_no_apposition(label_id):
    text = (
        "Polisi menangkap seorang pemuda di Sidomaju.\n"
        "Diungkap Kapolres, tersangka diduga melakukan penghasutan kepada massa, "
        "sehingga massa melakukan tindakan anarkis."
    )
    result = label_id(text)
    report = "tersangka diduga melakukan penghasutan kepada massa, sehingga massa melakukan tindakan anarkis"
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.cue_of(report) == "Diungkap"
    assert result.speaker_of(report) == "Kapolres"


def test_the_long_name_of_the_disease_is_no_person_and_its_year_no_date(label_id):
    result = label_id(
        "Pasien itu diduga terpapar Corona Virus Disease 2019 (Covid-19) sebelum meninggal pada 2020. "
        "Warga Sidomaju takut Corona Virus."
    )
    assert result.texts("PERSON") == []
    assert result.texts("DATE") == ["2020"]


def test_a_long_comma_list_of_places_opened_by_a_place_type_goes_on_with_places(label_id):
    result = label_id(
        "Banjir merendam rumah warga di Kecamatan Sukamaju, Tanah Abang Hilir, Pulau Malan, "
        "Tewang Sari Garing, Senaman Mantikey, kata Budi."
    )
    places = result.texts("GPE")
    assert "Tewang Sari Garing" in places and "Senaman Mantikey" in places
    assert result.texts("PERSON") == ["Budi"]


def test_a_name_after_a_hierarchy_of_places_stays_a_person(label_id):
    result = label_id("Seorang warga Kecamatan Sukamaju Utara, Kabupaten Sukamaju, Rudi Hartono, jatuh pingsan.")
    assert result.texts("PERSON") == ["Rudi Hartono"]


def test_a_name_after_a_person_noun_and_its_comma_is_a_person_who_then_speaks(label_id):
    text = (
        "“Harga naik sejak kemarin,” kata Diki.\n"
        "Pedagang lainnya, Sukirno, juga mengeluhkan kenaikan harga. "
        "Ia mengatakan, kenaikan harga cabai sudah terjadi sejak pekan lalu."
    )
    result = label_id(text)
    assert "Sukirno" in result.texts("PERSON")
    assert result.resolved_speaker_of("kenaikan harga cabai sudah terjadi sejak pekan lalu") == "Sukirno"
