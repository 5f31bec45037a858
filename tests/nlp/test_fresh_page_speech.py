"""Error classes of quotes, speakers and indirect speech found on real pages outside the real
development set (read, never stored here); every text below is invented to show one class."""

from __future__ import annotations


def _indirect(result) -> list[str]:
    return result.texts("QUOTE", type="indirect")


def _speaker_of_indirect(result, clause: str) -> str | None:
    return result.speaker_of(clause)


# --- quotation marks ----------------------------------------------------------------------------


def test_a_closing_mark_and_a_space_open_a_quote_at_the_paragraph_start(label_id):
    text = (
        "Polisi masih menyelidiki kasus itu.\n\n"
        "” Sketsa wajah pelaku sudah kami sebar ke semua pos jaga, ” terang Kapolres Lembah Hijau AKBP Rudi Santoso."
    )
    result = label_id(text)
    quote = "Sketsa wajah pelaku sudah kami sebar ke semua pos jaga,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "terang"
    assert result.speaker_of(quote) == "Rudi Santoso"


def test_a_closing_mark_opens_a_quote_after_a_sentence_in_the_paragraph(label_id):
    text = "Menurut Kapolda, pemeriksaan berjalan lancar. ” Kami sudah periksa enam saksi hari ini, ” ujarnya."
    result = label_id(text)
    assert result.quotes() == ["Kami sudah periksa enam saksi hari ini,"]


def test_a_straight_mark_and_a_space_open_a_quote(label_id):
    text = "Kasus itu masih didalami.\n\" Kita tunggu hasil laboratorium dulu, baru bisa disimpulkan,\" tegas Kapolsek."
    result = label_id(text)
    quote = "Kita tunggu hasil laboratorium dulu, baru bisa disimpulkan,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "tegas"


def test_a_closing_mark_after_a_word_still_closes(label_id):
    text = "“Kami tidak akan mundur sedikit pun dari tuntutan ini,” kata Sulastri.\nIa lalu pulang ke rumahnya."
    assert label_id(text).quotes() == ["Kami tidak akan mundur sedikit pun dari tuntutan ini,"]


# --- continuation after indirect speech ----------------------------------------------------------


def test_a_quote_paragraph_after_indirect_speech_continues_its_speaker(label_id):
    text = (
        "Hartono menerangkan, penetapan tersangka harus dilakukan dengan sangat hati-hati.\n"
        "\"Kemarin baru dugaan. Menetapkan orang jadi tersangka harus ada bukti dan saksi.\""
    )
    result = label_id(text)
    quote = "Kemarin baru dugaan. Menetapkan orang jadi tersangka harus ada bukti dan saksi."
    assert result.speaker_of(quote) == "Hartono"
    assert result.cue_of(quote) is None


def test_a_quote_after_a_blank_line_continues_the_indirect_speaker(label_id):
    text = (
        "Suryani menjawab semua desa di kabupaten itu rawan banjir setiap musim hujan.\n\n"
        "\"Kalau daerah kita, semua kecamatan rawan banjir karena berada di tepi sungai."
    )
    result = label_id(text)
    assert result.speaker_of("Kalau daerah kita, semua kecamatan rawan banjir karena berada di tepi sungai.") == "Suryani"


def test_a_quote_after_narration_does_not_continue_the_indirect_speaker(label_id):
    text = (
        "Suryani menjawab semua desa di kabupaten itu rawan banjir setiap musim hujan.\n"
        "Hujan deras turun sejak pagi di seluruh wilayah itu.\n"
        "\"Kami sudah siapkan perahu karet di setiap posko pengungsian warga.\""
    )
    result = label_id(text)
    assert result.speaker_of("Kami sudah siapkan perahu karet di setiap posko pengungsian warga.") is None


# --- what is no report ----------------------------------------------------------------------------


def test_a_negated_or_unable_speech_verb_reports_nothing(label_id):
    text = (
        "Rudi mengatakan dua saksi sudah diperiksa penyidik. "
        "Namun, untuk hasil pemeriksaannya, ia tak bisa menjelaskan secara rinci saat ini."
    )
    result = label_id(text)
    assert _indirect(result) == ["dua saksi sudah diperiksa penyidik"]


def test_a_verb_after_untuk_introduces_no_quote(label_id):
    text = (
        "Doni menjelaskan, warga bisa selamat karena kepala desa memaksa penduduk mengungsi lebih awal. "
        "\"Ketika air datang, rumah hanyut tetapi korbannya tidak ada.\" "
        "Pemimpin daerah diminta untuk mengingatkan masyarakat setiap hari."
    )
    result = label_id(text)
    quote = "Ketika air datang, rumah hanyut tetapi korbannya tidak ada."
    assert result.cue_of(quote) is None
    assert result.speaker_of(quote) == "Doni"


def test_declined_to_say_is_no_report(label_en):
    text = "The spokesman declined to say whether the suspects had been charged with any crime."
    assert _indirect(label_en(text)) == []


# --- speakers behind ranks and titles ------------------------------------------------------------


def test_a_name_after_a_comma_and_ranks_is_the_speaker(label_id):
    quote = "Dua alat bukti sudah cukup untuk menaikkan status perkara ini,"
    text = f"\"{quote}\" kata Karopenmas Divhumas Mabes Polri, Brigjen Polisi Bambang Setiawan di Jakarta."
    assert label_id(text).speaker_of(quote) == "Bambang Setiawan"


def test_a_one_word_role_resolves_to_the_person_it_introduced(label_id):
    text = (
        "Kapolda Sulbar Irjen Pol, Haryo Nugroho menetapkan satu tersangka baru, setelah kemarin menahan Tri Wulandari.\n"
        "Kapolda mengatakan pihaknya telah menemukan bukti berupa rekaman video di lokasi.\n"
        "\"Ada kata-kata yang kurang sopan dalam rekaman itu,\" kata Kapolda."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Ada kata-kata yang kurang sopan dalam rekaman itu,") == "Haryo Nugroho"
    clause = "pihaknya telah menemukan bukti berupa rekaman video di lokasi"
    quote = result.span("QUOTE", clause)
    speaker = result.linked(quote, "SPEAKER")[0]
    assert result.linked(speaker, "COREF")[0].text == "Haryo Nugroho"


def test_a_one_word_role_is_not_the_deputy(label_id):
    text = (
        "Bupati Garut Joko Susilo meninjau tanggul yang jebol.\n"
        "Wakil Bupati Sarinah Dewi hadir di lokasi banjir pada pagi hari.\n"
        "\"Semua warga sudah kami ungsikan ke balai desa,\" kata Bupati."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Semua warga sudah kami ungsikan ke balai desa,") == "Joko Susilo"


def test_a_pointing_role_ignores_names_inside_reported_speech(label_id):
    text = (
        "\"Kami tindak tegas bila terbukti,\" kata Karo Penmas Brigjen Wisnu Andika Pratama di Jakarta.\n"
        "Wisnu mengatakan saat ini tim Propam Polda masih memeriksa Kompol Hendra Lukito dan dua anggota lain.\n"
        "\"Kita tunggu semua hasilnya, sabar dulu,\" ujar jenderal bintang satu itu."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kita tunggu semua hasilnya, sabar dulu,") == "Wisnu Andika Pratama"


# --- English trailing speakers -------------------------------------------------------------------


def test_an_english_speaker_after_abbreviated_ranks(label_en):
    quote = "We will keep guarding these stations until one week after the holiday,"
    text = f"\"{quote}\" Jakarta Police spokesman Sr. Comr. Made Yoga Pratama told the Post."
    result = label_en(text)
    assert result.cue_of(quote) == "told"
    assert result.speaker_of(quote) == "Made Yoga Pratama"


def test_an_english_speaker_with_a_less_common_verb(label_en):
    text = (
        "National Police chief Gen. Arief Wicaksono visited the scene on Tuesday.\n"
        "“We must stay fearless, because the attack aimed to incite chaos,” the National Police chief reiterated."
    )
    result = label_en(text)
    quote = "We must stay fearless, because the attack aimed to incite chaos,"
    assert result.cue_of(quote) == "reiterated"
    assert result.resolved_speaker_of(quote) == "Arief Wicaksono"


def test_the_police_resolve_to_the_police_organisation_and_he_to_the_person(label_en):
    text = (
        "National Police chief Tito Hartawan said the groups had links abroad.\n"
        "The State Intelligence Agency was also monitoring the groups.\n"
        "The police said it had identified the provocateurs behind the unrest.\n"
        "“Those responsible have been identified and will be prosecuted,” he said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("Those responsible have been identified and will be prosecuted,") == "Tito Hartawan"
    clause = "it had identified the provocateurs behind the unrest"
    speaker = result.linked(result.span("QUOTE", clause), "SPEAKER")[0]
    assert result.linked(speaker, "COREF")[0].text == "National Police"


def test_according_to_a_title_with_commas_closing_the_sentence(label_en):
    text = (
        "The president has already reached a decision on the ministers in his cabinet, "
        "according to Chief Political, Legal and Security Minister Rahmat Binsar Sitompul."
    )
    result = label_en(text)
    clause = "The president has already reached a decision on the ministers in his cabinet"
    assert _indirect(result) == [clause]
    assert result.speaker_of(clause) == "Rahmat Binsar Sitompul"


# --- more classes: stray closing marks, continuations past furniture, participles, datelines ------


def test_a_closing_mark_with_no_quote_open_before_makes_no_quote(label_en):
    text = (
        "The quake damaged the wall of the observation post near the summit.\n\n"
        "The strong quake moved two of our instruments. However, the equipment remains functional,\" he noted."
    )
    assert label_en(text).quotes() == []


def test_a_quote_paragraph_after_a_read_also_line_continues_the_speaker(label_id):
    first = "Tersangka datang ke markas itu sekitar pukul 16.30 WIB,"
    second = "Masuk ke penjagaan, petugas memeriksa keperluannya sesuai prosedur."
    text = f'"{first}" kata Brigjen Pol. Rusdi Hartawan.\nBaca juga: Polisi Tangkap Dua Pencuri Motor\n"{second}"'
    result = label_id(text)
    assert result.speaker_of(first) == "Rusdi Hartawan"
    assert result.speaker_of(second) == "Rusdi Hartawan"


def test_menurut_a_rank_with_its_stop(label_id):
    text = "Menurut Brigjen Pol. Rusdi Hartawan, tersangka datang ke markas itu untuk menyampaikan surat."
    result = label_id(text)
    clause = "tersangka datang ke markas itu untuk menyampaikan surat"
    assert _indirect(result) == [clause]
    assert result.speaker_of(clause) == "Rusdi Hartawan"


def test_no_role_speaker_holds_another_speech_verb(label_id):
    text = (
        "Polisi mengatakan ada panggilan telepon dari pihak gereja yang menyatakan ada mobil "
        "yang melemparkan benda mencurigakan sekitar pukul 08.00 WIB."
    )
    result = label_id(text)
    clauses = _indirect(result)
    assert len(clauses) == 1 and clauses[0].startswith("ada panggilan telepon")
    assert result.speaker_of(clauses[0]) == "Polisi"


def test_a_participle_after_a_direct_quote_reports_the_same_speaker(label_en):
    text = (
        "“After the quake we escaped on a motorbike as fast as possible,” he said, adding that his house "
        "in the village was destroyed in the disaster."
    )
    result = label_en(text)
    clause = "his house in the village was destroyed in the disaster"
    assert _indirect(result) == [clause]
    assert result.cue_of(clause) == "adding"
    assert result.speaker_of(clause) == "he"


def test_a_trailing_speaker_with_a_time_and_a_date_after_the_verb(label_en):
    text = "The tsunami has killed at least 373 people on the two islands, an official said late on Monday (Dec 24)."
    result = label_en(text)
    clause = "The tsunami has killed at least 373 people on the two islands"
    assert _indirect(result) == [clause]
    assert result.speaker_of(clause) == "an official"


def test_a_relative_that_does_not_open_the_report(label_en):
    text = "Disaster officials say the death toll from a flood that swept several villages has climbed to 120."
    result = label_en(text)
    assert _indirect(result) == ["the death toll from a flood that swept several villages has climbed to 120"]


def test_a_dateline_no_furniture_pattern_knows_is_not_reported(label_en):
    text = (
        "JAKARTA, October 20 (Reuters): Indonesia rejected a proposal to let foreign planes refuel there, "
        "four senior officials said."
    )
    assert _indirect(label_en(text)) == ["Indonesia rejected a proposal to let foreign planes refuel there"]


def test_pointed_out_reports_a_clause(label_en):
    text = "Mr Budi pointed out that the governor, who is Javanese, is a very humble person."
    assert _indirect(label_en(text)) == ["the governor, who is Javanese, is a very humble person"]


# --- sentence ends, lower-case menurut, time clauses, noun-phrase objects ---------------------------


def test_a_stop_before_a_small_letter_ends_no_sentence(label_id):
    text = "Umar menegaskan, sebelum laga ia meminta Yusuf Rahman dkk. untuk bermain kompak dan pantang menyerah."
    assert _indirect(label_id(text)) == ["sebelum laga ia meminta Yusuf Rahman dkk. untuk bermain kompak dan pantang menyerah"]


def test_menurut_in_lower_case_after_a_connective(label_id):
    text = "Namun menurut Kepala Dinkes Kotamobagu, Sinta Lumowa, dari laporan itu tidak ditemukan status darurat."
    result = label_id(text)
    clause = "dari laporan itu tidak ditemukan status darurat"
    assert _indirect(result) == [clause]
    assert result.cue_of(clause) == "menurut"
    assert result.speaker_of(clause) == "Sinta Lumowa"


def test_menurut_in_lower_case_inside_a_sentence_is_no_report(label_id):
    text = "Pertanyaan yang menurut dia tak patut itu membuat rapat berhenti sejenak sebelum dilanjutkan."
    assert _indirect(label_id(text)) == []


def test_a_time_clause_between_a_subject_and_its_verb(label_id):
    text = (
        "Kepala unit itu, Wibisono ketika ditanya beberapa waktu lalu menyatakan informasi banjir di aplikasi "
        "berasal dari BPBD."
    )
    result = label_id(text)
    clause = "informasi banjir di aplikasi berasal dari BPBD"
    assert _indirect(result) == [clause]
    assert result.speaker_of(clause) == "Wibisono"


def test_revealing_facts_is_a_noun_phrase_object(label_id):
    text = "Juru bicara KPK mengungkapkan fakta kasus dugaan pemerasan yang menjerat gubernur itu."
    assert _indirect(label_id(text)) == []


# --- who a pronoun or a role stands for ----------------------------------------------------------


def test_a_clitic_cue_resolves_to_the_speaker_not_the_person_talked_about(label_id):
    text = (
        "KPK mengungkapkan, kasus pemerasan itu menjerat Bupati Garut, Hendra Saputra.\n"
        "\"Uang itu dipakai untuk keperluan pribadi,\" kata juru bicara KPK Ratna Wulansari.\n"
        "Selain itu, Hendra Saputra disebut memakai uang itu untuk kunjungan ke luar negeri. "
        "Menurutnya, perjalanan tersebut bukan bagian dari kegiatan resmi pemerintahan."
    )
    result = label_id(text)
    clause = "perjalanan tersebut bukan bagian dari kegiatan resmi pemerintahan"
    speaker = result.linked(result.span("QUOTE", clause), "SPEAKER")[0]
    assert result.linked(speaker, "COREF")[0].text == "Ratna Wulansari"


def test_a_clitic_cue_still_resolves_to_a_person_introduced_in_its_paragraph(label_id):
    text = (
        "\"Uang itu dipakai untuk keperluan pribadi,\" kata juru bicara KPK Ratna Wulansari.\n"
        "Pengamat hukum Bagus Prakoso hadir dalam diskusi itu. "
        "Menurutnya, perjalanan tersebut bukan bagian dari kegiatan resmi pemerintahan."
    )
    result = label_id(text)
    clause = "perjalanan tersebut bukan bagian dari kegiatan resmi pemerintahan"
    speaker = result.linked(result.span("QUOTE", clause), "SPEAKER")[0]
    assert result.linked(speaker, "COREF")[0].text == "Bagus Prakoso"


def test_a_role_word_before_a_relative_clause_names_the_person_it_introduced(label_id):
    text = (
        "Dirut Perum LKBN Antara Bambang Haryanto hadir dalam konferensi itu.\n"
        "Pada Jumat (22/9) pukul 19.55 Wita, fotografer Wira Santoso menulis laporan tentang status gunung. "
        "Dirut yang menerima laporan itu pun langsung merespons, \"Harap disiapkan semua keperluan keluarga staf.\""
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Harap disiapkan semua keperluan keluarga staf.") == "Bambang Haryanto"


def test_a_quote_opening_inside_the_sentence_but_running_on_is_speech(label_en):
    text = (
        "Australia and the United States “are simply reminding their citizens to be careful, so it is no threat. "
        "We also have the right to remind our own citizens,” the minister said."
    )
    result = label_en(text)
    quote = (
        "are simply reminding their citizens to be careful, so it is no threat. "
        "We also have the right to remind our own citizens,"
    )
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "said"
    assert _indirect(result) == []


def test_a_day_after_an_english_role_is_not_part_of_the_speaker(label_en):
    text = "Indonesia's foreign minister on Friday said the government had imposed new rules on foreign journalists."
    result = label_en(text)
    clause = "the government had imposed new rules on foreign journalists"
    assert result.speaker_of(clause) == "Indonesia's foreign minister"


def test_bare_police_resolve_to_no_outlet(label_en):
    text = (
        "JAKARTA (Reuters) - Officials believe several groups planned the riots.\n"
        "Police have said that envelopes of cash carried by some rioters showed mobs were paid."
    )
    result = label_en(text)
    clause = "envelopes of cash carried by some rioters showed mobs were paid"
    speaker = result.linked(result.span("QUOTE", clause), "SPEAKER")[0]
    assert result.linked(speaker, "COREF") == []


def test_a_clitic_cue_resolves_to_a_person_named_before_only_in_narration(label_id):
    text = (
        "Dua gol Indonesia dicetak Kevin Latuharhary dan Yoga Pranata.\n"
        "\"Kami belum lolos,\" kata kapten timnas Robert Siahaya.\n"
        "Gelandang muda Yoga Pranata, yang mencetak gol kemenangan, mempersembahkan golnya untuk keluarganya. "
        "\"Ini untuk ibu dan ayah,\" katanya."
    )
    assert label_id(text).resolved_speaker_of("Ini untuk ibu dan ayah,") == "Yoga Pranata"


def test_a_second_act_of_the_speaker_ends_the_report(label_en):
    text = (
        "Ursula Becker, director of the consumer group, said the fine showed that the rules finally had teeth, "
        "and criticised the slow pace of enforcement."
    )
    assert _indirect(label_en(text)) == ["the fine showed that the rules finally had teeth"]


def test_a_time_word_early_in_a_long_sentence_makes_no_speaker(label_en):
    text = (
        "Talks to form a new government stalled on Monday after the farmers' party that came second in the "
        "election insisted on a five-year pause in emission cuts."
    )
    assert _indirect(label_en(text)) == []


def test_a_cue_and_its_speaker_opening_the_sentence(label_id):
    result = label_id("Kata Juwita, dirinya hanya memegang kamera kecil milik wartawan itu karena disodorkan.")
    clause = "dirinya hanya memegang kamera kecil milik wartawan itu karena disodorkan"
    assert _indirect(result) == [clause]
    assert result.cue_of(clause) == "Kata"
    assert result.speaker_of(clause) == "Juwita"


def test_masih_kata_opening_the_sentence(label_id):
    result = label_id("Masih kata Hartanto, BPBD tak memiliki kewenangan mengeksekusi melainkan koordinasi saja.")
    clause = "BPBD tak memiliki kewenangan mengeksekusi melainkan koordinasi saja"
    assert _indirect(result) == [clause]
    assert result.speaker_of(clause) == "Hartanto"


def test_aku_opening_a_sentence_is_no_cue(label_id):
    assert _indirect(label_id("Aku tidak tahu, semua warga sudah pergi ke balai desa sejak pagi.")) == []


def test_menurutnya_inside_a_sentence_with_little_after_it_keeps_the_whole_clause(label_id):
    text = "Penangkapan terhadap pelaku perusakan ini menurutnya juga akan bertambah."
    result = label_id(text)
    clause = "Penangkapan terhadap pelaku perusakan ini menurutnya juga akan bertambah"
    assert _indirect(result) == [clause]
    assert result.cue_of(clause) == "menurutnya"


def test_a_subject_and_verb_inside_the_clause_before_a_predicate(label_id):
    text = "Warga yang membutuhkan bantuan mendesak, dia melanjutkan, bisa mendatangi posko di daerah bencana itu."
    result = label_id(text)
    clause = "Warga yang membutuhkan bantuan mendesak, dia melanjutkan, bisa mendatangi posko di daerah bencana itu"
    assert _indirect(result) == [clause]
    assert result.speaker_of(clause) == "dia"


def test_an_opening_phrase_before_a_subject_and_verb_stays_outside(label_id):
    text = "Dalam kesempatan itu, ia mengatakan, pihaknya akan menambah petugas di setiap posko pengungsian."
    assert _indirect(label_id(text)) == ["pihaknya akan menambah petugas di setiap posko pengungsian"]
