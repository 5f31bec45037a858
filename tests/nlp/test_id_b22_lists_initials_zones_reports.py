"""Indonesian pre-labels of round id_b22 (the twenty-second batch's general classes): lone given
names in a closed list with a person, an initial-shaped title inside a name, connectives, the
north-coast road's short name and a zone's word before a place, the predicate openers of a clause
after `menyebutkan`, a subjectless clause of intent, `sehingga` after a speech verb, and a paragraph
that lost its opening mark after the reporter introduced its speaker; invented sentences."""

from __future__ import annotations

LIST = (
    "Saat itu saksi Budi Santoso alias Kacung, Sulistyo dan Parjono sedang meliput di gudang itu.\n"
    "Setiba di sana, Wahyu beserta Sulistyo, Kacung dan Parjono langsung memeriksa tumpukan kayu.\n"
    "Sulistyo terluka di bagian hidung dan Parjono mengalami memar di kepala."
)


def test_lone_given_names_in_a_closed_list_with_a_person(label_id):
    """Were missed: a lone word is a name only beside a speech verb or a title."""
    people = label_id(LIST).texts("PERSON")
    assert people.count("Sulistyo") == 3
    assert people.count("Parjono") == 3
    assert "Budi Santoso" in people


def test_a_list_of_places_after_a_person_stays_places(label_id):
    """Guard: known places in the list are no given names."""
    labelled = label_id("Rombongan Budi Santoso singgah di Jakarta, Bandung dan Surabaya.")
    assert labelled.texts("PERSON") == ["Budi Santoso"]
    assert set(labelled.texts("GPE")) == {"Jakarta", "Bandung", "Surabaya"}


def test_an_open_list_names_no_one(label_id):
    """Guard: a comma with no closing joiner makes no list (`Budi Santoso, Sukirno menyebut ...`)."""
    labelled = label_id("Menurut Budi Santoso, Garuda tampil buruk malam itu.")
    assert "Garuda" not in labelled.texts("PERSON")


def test_a_haji_initial_inside_a_name_is_its_initial(label_id):
    """Was `Rina` and `Siregar`: the title `H.` broke the run."""
    labelled = label_id("Acara itu dihadiri Kajari Dr. Rina H. Siregar dan sejumlah camat.")
    assert labelled.texts("PERSON") == ["Rina H. Siregar"]


def test_haji_before_a_name_after_a_place_stays_a_title(label_id):
    """Guard: after a council's place `H.` is the next name's title (`DPRD Sukamaju H. Ahmad Yani`)."""
    labelled = label_id("Rapat dipimpin Wakil Ketua DPRD Banyumas H. Ahmad Yani.")
    assert labelled.texts("PERSON") == ["Ahmad Yani"]


def test_connectives_and_zones_open_no_name(label_id):
    """Were PERSON `Yaitu Zona ...` and `Zona Bandarlampung`: the zone's place is the GPE."""
    labelled = label_id(
        "Liga itu dibagi menjadi tiga zona. Yaitu Zona Lampung Tengah, Zona Tulang Bawang dan Zona "
        "Bandarlampung.\nPembukaan Zona Bandarlampung dilakukan pengurus liga."
    )
    assert labelled.texts("PERSON") == []
    assert labelled.texts("GPE") == ["Lampung Tengah", "Tulang Bawang", "Bandarlampung", "Bandarlampung"]


def test_a_zone_named_by_a_colour_names_nothing(label_id):
    """Was PERSON `Zona Merah`: a kind of zone, no place and no one."""
    labelled = label_id("Kecamatan itu kini termasuk Zona Merah penularan.")
    assert labelled.texts("PERSON") == []
    assert "Merah" not in labelled.texts("GPE")


def test_the_north_coast_road_is_no_person(label_id):
    """Was PERSON `Pantura Kudus`: the road is untagged and the towns of its section are GPEs."""
    labelled = label_id("Polisi menutup jalur Pantura Kudus–Demak sejak pagi. Arus di jalur utama Pantura padat.")
    assert labelled.texts("PERSON") == []
    assert labelled.texts("GPE") == ["Kudus", "Demak"]


def test_terjadi_and_auxiliaries_open_a_clause_after_menyebutkan(label_id):
    """Were objects: `menyebutkan [pemukulan terjadi ...]`, `menyebutkan [proyek itu akan ...]`."""
    labelled = label_id(
        "Andi Saputra dalam dakwaannya menyebutkan pemukulan terjadi pada Senin di gudang milik warga.\n"
        "Kepala dinas, Rina Dewi, menyebutkan proyek itu akan dimulai bulan depan."
    )
    indirect = labelled.texts("QUOTE", type="indirect")
    assert "pemukulan terjadi pada Senin di gudang milik warga" in indirect
    assert "proyek itu akan dimulai bulan depan" in indirect


def test_an_object_after_menyebutkan_stays_an_object(label_id):
    """Guard: `menyebutkan nama-nama pelaku yang sudah ditangkap` reports nothing."""
    labelled = label_id("Kapolres Budi Santoso menyebutkan nama-nama pelaku yang sudah ditangkap.")
    assert labelled.texts("QUOTE", type="indirect") == []


def test_a_subjectless_clause_of_intent_is_a_report(label_id):
    """Was too short: three words, an auxiliary and a verb (`menyatakan [akan mengajukan eksepsi]`)."""
    labelled = label_id("Penasihat hukum terdakwa, Rina Dewi, menyatakan akan mengajukan eksepsi. Sidang ditunda.")
    assert labelled.texts("QUOTE", type="indirect") == ["akan mengajukan eksepsi"]


def test_three_words_without_a_predicate_word_stay_short(label_id):
    """Guard: `menyatakan sikap tegas itu` (no predicate word first) is no report."""
    labelled = label_id("Rina Dewi menyatakan sikap tegas itu.")
    assert labelled.texts("QUOTE", type="indirect") == []


def test_sehingga_after_a_speech_verb_opens_no_report(label_id):
    """Was a report: what followed the denial, not what was said."""
    labelled = label_id("Namun Wahyu menyangkal sehingga mereka dibawa ke lokasi.")
    assert labelled.texts("QUOTE", type="indirect") == []


def test_a_report_after_bahwa_may_open_with_sehingga(label_id):
    """Guard: after the complementiser the clause is the report, whatever opens it."""
    labelled = label_id("Budi mengatakan bahwa sehingga kini warga belum menerima bantuan apa pun.")
    assert labelled.texts("QUOTE", type="indirect") == ["sehingga kini warga belum menerima bantuan apa pun"]


CLUB = (
    "Ketua klub, Dicky Pratama, mengatakan meskipun para pemain unggul dalam penguasaan bola, "
    "mereka harus mengasah lagi penyelesaian akhir.\n"
    "Tendangan ke gawang mencapai 16 kali. Namun mereka hanya mencetak satu gol. Ini menunjukkan "
    "ada masalah di penyelesaian akhir,” kata Dicky."
)


def test_a_paragraph_that_lost_its_opening_mark_after_its_speaker_was_introduced(label_id):
    """Was missed: no sentence of the paragraph is in the speaker's own voice."""
    labelled = label_id(CLUB)
    quote = (
        "Tendangan ke gawang mencapai 16 kali. Namun mereka hanya mencetak satu gol. Ini menunjukkan "
        "ada masalah di penyelesaian akhir,"
    )
    assert labelled.quotes() == [quote]
    assert labelled.speaker_of(quote) == "Dicky"


def test_a_paragraph_after_a_reporters_paragraph_with_no_speech_verb_stays_out(label_id):
    """Guard: with no speaker introduced in the paragraph before, the sentences cannot be told apart."""
    labelled = label_id(
        "Klub itu menang tipis pada laga pembuka.\n"
        "Tendangan ke gawang mencapai 16 kali. Namun mereka hanya mencetak satu gol. Ini menunjukkan "
        "ada masalah di penyelesaian akhir,” kata Dicky."
    )
    assert labelled.quotes() == []


def test_a_reporter_in_capitals_before_staff_codes_is_a_person(label_id):
    """Was missed: a sign-off of a name in capitals and two editors' codes (`(X Y/AB/CD)`)."""
    labelled = label_id("Keduanya akan dipertemukan pekan depan,” ungkapnya. (BUDI SANTOSO/AB/CD)")
    assert labelled.texts("PERSON") == ["BUDI SANTOSO"]


def test_an_agency_before_staff_codes_stays_an_agency(label_id):
    """Guard: a known agency's name in capitals before codes is no reporter."""
    labelled = label_id("Warga diminta tetap tenang. (ANTARA FOTO/AB/CD)")
    assert labelled.texts("PERSON") == []


CLUB_ROLES = (
    "Poin penuh diraih Sinar Jaya Riau Football Club (SJ Riau FC) pada laga pembuka.\n"
    "Pelatih SJ Riau, Andi Saputra, memaklumi kebuntuan itu.\n"
    "Ketua SJ Riau FC, Rina Dewi, mengatakan timnya harus berbenah. Suporter dari Riau datang."
)


def test_a_club_named_by_acronym_place_and_fc_after_a_role_is_the_club(label_id):
    """Were GPE `Riau` twice: the role left the acronym out and gave the club's place."""
    labelled = label_id(CLUB_ROLES)
    assert labelled.texts("ORG") == ["Sinar Jaya Riau Football Club", "SJ Riau FC", "SJ Riau", "SJ Riau FC"]
    assert labelled.texts("GPE") == ["Riau"]


def test_a_place_after_another_acronym_stays_a_place(label_id):
    """Guard: only the acronym of the club found whole makes its place the club's."""
    labelled = label_id(
        "Poin penuh diraih Sinar Jaya Riau Football Club (SJ Riau FC) pada laga pembuka.\n"
        "Kepala BPBD Riau, Andi Saputra, memantau lokasi."
    )
    assert "Riau" not in labelled.texts("ORG")
    assert "SJ Riau" not in labelled.texts("ORG")


def test_the_water_police_by_its_short_name_is_an_organisation(label_id):
    """Was missed: `Polair` alone, as `Satlantas` is."""
    labelled = label_id("Empat nelayan itu lalu diserahkan kepada Polair untuk diperiksa.")
    assert labelled.texts("ORG") == ["Polair"]


def test_the_water_police_unit_before_its_station_gives_the_station(label_id):
    """Guard: `Kasat Polair Polres X` keeps the station as the ORG."""
    labelled = label_id("Kasat Polair Polres Sukamaju, Budi Santoso, membenarkan penangkapan itu.")
    assert labelled.texts("ORG") == ["Polres Sukamaju"]


def test_a_name_given_as_how_the_speaker_is_addressed_resolves_to_the_full_name(label_id):
    """Was left as its own speaker: `kata Iyan Dicky, sapaan dia` names no one new."""
    labelled = label_id(CLUB.replace("kata Dicky.", "kata Iyan Dicky, sapaan dia."))
    quote = labelled.quotes()[0]
    assert labelled.speaker_of(quote) == "Iyan Dicky"
    assert labelled.resolved_speaker_of(quote) == "Dicky Pratama"


def test_an_address_name_sharing_words_with_two_people_stays_itself(label_id):
    """Guard: with two people named in full who share its word, the name resolves to neither."""
    labelled = label_id(
        "Ketua klub, Dicky Pratama, dan pelatih Dicky Santoso hadir di stadion.\n"
        "“Kami harus berbenah,” kata Iyan Dicky, sapaan dia."
    )
    assert labelled.resolved_speaker_of("Kami harus berbenah,") == "Iyan Dicky"
