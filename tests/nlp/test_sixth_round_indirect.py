"""Indirect speech in shapes that fresh real pages showed the rules missing or bounding wrongly
(round 6 of issue 11). Every text is invented to show one form."""

from __future__ import annotations


def test_a_participle_before_a_state_is_no_speech_verb(label_en):
    text = "The number of people confirmed dead after the bridge collapsed has risen to 14, the governor said Friday."
    result = label_en(text)
    clause = "The number of people confirmed dead after the bridge collapsed has risen to 14"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == "the governor"


def test_a_name_spelled_like_the_verb_is_no_cue(label_en):
    text = "Trade minister Rashid Said said on Monday that exports would recover by the end of the year."
    result = label_en(text)
    clause = "exports would recover by the end of the year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == "Rashid Said"


def test_announced_with_an_object_reports_only_the_participle(label_en):
    text = "Fire chief Dana Moretti announced the arrest at a news conference, saying a man was held over two of the fires."
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["a man was held over two of the fires"]


def test_claimed_responsibility_is_no_report(label_en):
    text = "A little-known group claimed responsibility for the attack on the depot in a post on Sunday."
    assert label_en(text).texts("QUOTE", type="indirect") == []


def test_claimed_before_a_subject_and_an_auxiliary_reports_the_clause(label_en):
    text = "The contractor claimed the permits had been signed by the previous mayor."
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["the permits had been signed by the previous mayor"]


def test_where_the_closing_speaker_spoke_is_no_report(label_en):
    text = "The water could rise again overnight, Felix Mwangi said from the shelter at the school."
    result = label_en(text)
    clause = "The water could rise again overnight"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Felix Mwangi"


def test_a_participle_after_a_closing_speaker_leaves_the_report_before_it(label_en):
    text = (
        "Police have named two suspects in the attack on the market, a provincial police chief said "
        "on Monday, vowing to find everyone behind it."
    )
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["Police have named two suspects in the attack on the market"]


def test_a_closing_told_with_a_title_chain_and_whom_it_told(label_en):
    text = (
        "Rescue teams reached the last two villages on Tuesday, Interior Secretary Ramon Alcala told a news conference in Manila."
    )
    result = label_en(text)
    clause = "Rescue teams reached the last two villages on Tuesday"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) == "Ramon Alcala"


def test_told_whom_then_a_clause_still_reports_the_clause(label_en):
    text = "After the long meeting, Teague told reporters the council would vote again next week."
    assert label_en(text).texts("QUOTE", type="indirect") == ["the council would vote again next week"]


def test_disebutkan_with_an_agent_opens_a_report(label_id):
    text = "Disebutkan Sugeng, korban sempat dibawa ke puskesmas terdekat sebelum dirujuk ke rumah sakit."
    result = label_id(text)
    clause = "korban sempat dibawa ke puskesmas terdekat sebelum dirujuk ke rumah sakit"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "Disebutkan"


def test_agentless_disebutkan_is_no_report(label_id):
    text = "Disebutkan, korban sempat dibawa ke puskesmas terdekat sebelum dirujuk ke rumah sakit."
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_a_resident_apposition_after_the_speaker_stays_out_of_the_report(label_id):
    text = "Menurut Ani Suryani, warga Desa Sukamaju, air mulai masuk ke rumahnya sekitar pukul 02.00 WIB."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["air mulai masuk ke rumahnya sekitar pukul 02.00 WIB"]


def test_residents_with_a_relative_clause_stay_the_reports_subject(label_id):
    text = "Menurut Sugeng, warga yang rumahnya rusak, akan dipindahkan ke rumah susun milik pemerintah."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [
        "warga yang rumahnya rusak, akan dipindahkan ke rumah susun milik pemerintah"
    ]


def test_more_indonesian_speech_verbs_open_a_report_with_a_comma_or_bahwa(label_id):
    text = (
        "Sugeng bercerita, ia sudah tiga kali kehilangan sepeda motor di tempat parkir pasar.\n\n"
        "Kapolres menampik bahwa anggotanya melakukan kekerasan terhadap para demonstran.\n\n"
        "Kepala desa mengonfirmasi, dua warga masih dirawat di rumah sakit akibat luka bakar."
    )
    assert label_id(text).texts("QUOTE", type="indirect") == [
        "ia sudah tiga kali kehilangan sepeda motor di tempat parkir pasar",
        "anggotanya melakukan kekerasan terhadap para demonstran",
        "dua warga masih dirawat di rumah sakit akibat luka bakar",
    ]


def test_those_verbs_with_a_noun_phrase_object_report_nothing(label_id):
    text = (
        "Kapolres menampik tudingan kekerasan terhadap para demonstran di depan gedung dewan.\n\n"
        "Ia menceritakan kejadian itu kepada polisi yang datang ke lokasi."
    )
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_more_english_speech_verbs_report_with_that(label_en):
    text = (
        "The mayor disclosed that the budget had been cut by a third.\n\n"
        "Residents complained that the water had been cut off for three days.\n\n"
        "The mayor disclosed the figures at a council meeting on Tuesday."
    )
    assert label_en(text).texts("QUOTE", type="indirect") == [
        "the budget had been cut by a third",
        "the water had been cut off for three days",
    ]


def test_a_long_role_phrase_closing_the_sentence_is_the_speaker(label_en):
    text = "The number of people in shelters has risen to 340, an official from the Provincial Relief Office said on Sunday."
    result = label_en(text)
    clause = "The number of people in shelters has risen to 340"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "an official from the Provincial Relief Office"


def test_a_long_stretch_with_a_predicate_before_the_verb_is_no_role_phrase(label_en):
    text = "The flood cut the road, and the bodies of two fishermen recovered near the dam were said to be found."
    assert label_en(text).texts("QUOTE", type="indirect") == []


def test_and_said_shares_the_subject_of_the_first_verb(label_en):
    text = "The embassy condemned the attack on the ferry and said it stood with the families of the victims."
    result = label_en(text)
    clause = "it stood with the families of the victims"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The embassy"


def test_but_said_after_a_comma_shares_the_subject_too(label_en):
    text = "Investigators gave few details of the suspect, but said a rifle he owned was linked to three of the shootings."
    result = label_en(text)
    clause = "a rifle he owned was linked to three of the shootings"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Investigators"


def test_a_date_and_agency_dateline_stays_out_of_the_report(label_en):
    text = "Sept 18 (Reuters) - A suspect has been arrested over a string of fires along the coast road, police said on Friday."
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["A suspect has been arrested over a string of fires along the coast road"]


def test_a_place_and_slashes_dateline_stays_out_of_the_speaker(label_en):
    text = "LORIA // Trade minister Adel Haddad said today that exports would recover by the end of the year."
    result = label_en(text)
    clause = "exports would recover by the end of the year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Adel Haddad"


def test_a_statement_saying_without_a_comma_reports(label_en):
    text = "The company issued a statement saying that its two factories would reopen next month."
    result = label_en(text)
    clause = "its two factories would reopen next month"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "saying"
    assert result.speaker_of(clause) == "The company"


def test_a_headline_closed_by_says_and_a_bare_role(label_en):
    # after a first line of the body: the page's own headline reports nothing (en_indcount1)
    text = (
        "The coast had its wettest week in years.\n"
        "Floods will worsen this week, says weather agency\n\nThe agency said the rain would continue on the coast."
    )
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [
        "Floods will worsen this week",
        "the rain would continue on the coast",
    ]
    assert result.speaker_of("Floods will worsen this week") == "weather agency"


def test_a_noun_and_a_verb_after_the_comma_are_a_clause_not_an_object(label_id):
    text = "Kapolsek mengatakan, kronologi kejadian bermula saat korban melintas di jalan lingkar kota."
    assert label_id(text).texts("QUOTE", type="indirect") == [
        "kronologi kejadian bermula saat korban melintas di jalan lingkar kota"
    ]


def test_a_nya_noun_after_the_comma_stays_an_object(label_id):
    text = "Ia membantah, adanya dugaan yang menyebutkan petugas menendang wartawan di lokasi."
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_membenarkan_with_a_noun_phrase_object_reports_nothing(label_id):
    text = (
        "Kapolsek membenarkan kejadian yang dialami korban tersebut.\n\n"
        "Kapolsek membenarkan bahwa dua pelaku sudah ditahan di markas polisi."
    )
    assert label_id(text).texts("QUOTE", type="indirect") == ["dua pelaku sudah ditahan di markas polisi"]


def test_an_inner_cue_before_a_noun_and_a_verb_keeps_the_whole_sentence(label_id):
    text = "Sebelum kejadian itu, kata Budi, korban dan tujuh rekannya sempat mengitari kawasan pasar."
    result = label_id(text)
    clause = "Sebelum kejadian itu, kata Budi, korban dan tujuh rekannya sempat mengitari kawasan pasar"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "kata"


def test_an_apposition_after_an_inner_cue_still_ends_the_report(label_id):
    text = "Air naik sejak subuh tadi, kata Nani, warga Desa Cibodas di tepi sungai."
    assert label_id(text).texts("QUOTE", type="indirect") == ["Air naik sejak subuh tadi"]


def test_a_quantifier_opening_the_sentence_is_the_speaker(label_en):
    text = "Many pointed out that the new coast road had been promised for more than a decade."
    result = label_en(text)
    clause = "the new coast road had been promised for more than a decade"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Many"


def test_mengungkap_with_a_noun_phrase_object_reports_nothing(label_id):
    text = (
        "Upaya Polres Lembah Hijau mengungkap kasus pencurian ternak di tiga desa membuahkan hasil.\n\n"
        "Kapolres mengungkap, dua pelaku sudah lama diincar oleh petugas."
    )
    assert label_id(text).texts("QUOTE", type="indirect") == ["dua pelaku sudah lama diincar oleh petugas"]
