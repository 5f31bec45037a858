"""Speed-ups of speed17 (docs/rounds/prelabelling-speed17.md) give what the longer way gives.
Invented texts."""

from __future__ import annotations

import pytest

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_resolver import CorefResolver
from annotator.nlp.entities.people import entity_apposition as apposition

_PAGE = (
    "Banjir merendam Desa Sukamaju. Yanto, petani setempat, juga mengungsi.\n"
    "Sementara Burhan, pedagang lainnya, mengaku rugi. Awalnya Sarji, warga desa, menolak!\t"
    "Darto seorang petani ikut membantu. Kemudian Budi, warga lain, datang? Tono salah satu warga hadir.\n"
    "Ahmad, guru, diam.XKini Rudi, warga, pergi. kini Ani, warga, pulang."
)


def test_sentence_capitals_are_the_line_and_sentence_openings() -> None:
    starts = apposition._sentence_capitals(_PAGE)
    assert 0 in starts and _PAGE.index("Yanto") in starts and _PAGE.index("Sementara") in starts
    assert _PAGE.index("Darto") in starts  # after `!` and a tab
    assert _PAGE.index("Desa") not in starts and _PAGE.index("Kini") not in starts and _PAGE.index("Ani") not in starts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_patterns_tried_at_sentence_capitals_give_finditer_matches(lang: str) -> None:
    starts = apposition._sentence_capitals(_PAGE)
    for pattern in (apposition._BEFORE_NOUN, apposition._before_quantified(lang)):
        expected = [m.span() for m in pattern.finditer(_PAGE)]
        assert [m.span() for m in apposition._matches_at(pattern, _PAGE, starts)] == expected
    expected = [m.span() for m in apposition._after_opener_matches(lang, _PAGE)]
    assert [m.span() for m in apposition._after_opener_matches(lang, _PAGE, starts)] == expected
    if lang == "id":
        assert len(expected) == 3 and len([*apposition._matches_at(apposition._BEFORE_NOUN, _PAGE, starts)]) >= 2


def test_name_forms_follow_a_widened_name() -> None:
    text = "Budi Santoso hadir. Kata Budi, semua aman. Jusuf Kalla datang."
    analysis = Analysis(text, "id")
    resolver = CorefResolver(analysis)
    person = Mention(text.index("Kalla"), text.index("Kalla") + 5, "PERSON")
    assert resolver.name_forms(person) == (["Kalla"], frozenset({"Kalla"}))
    person.start = text.index("Jusuf")  # widened as person_at widens the headline's `Kalla`
    assert resolver.name_forms(person) == (["Jusuf", "Kalla"], frozenset({"Jusuf", "Kalla"}))


def test_full_name_still_finds_the_longer_form() -> None:
    text = "Budi Santoso hadir. Kata Budi, semua aman."
    analysis = Analysis(text, "id")
    full = Mention(0, 12, "PERSON")
    analysis.entities = [full]
    resolver = CorefResolver(analysis)
    resolver.all_people = [full]
    short = Mention(text.index("Budi,"), text.index("Budi,") + 4, "PERSON")
    assert resolver.full_name(short) is full


def test_acronym_before_a_word_needs_its_bracket_and_space_right_before() -> None:
    from annotator.nlp.entities.bodies.entity_acronym_tails import ACRONYM_BEFORE

    text = "Badan Usaha Milik Desa (BUMDes) Maju Jaya dan Kelompok Tani (Poktan) \nSubur Makmur (Sumber) Rejo."
    found = []
    for start in range(len(text) + 1):
        match = ACRONYM_BEFORE.search(text, max(0, start - 24), start)
        if match is not None:
            found.append(start)
            assert text.endswith(") ", 0, start) or text.endswith(") \n", 0, start)
    assert text.index("Maju") in found and text.index("Subur") in found  # `$` before the last line break too


@pytest.mark.parametrize(
    "clause",
    ["Kepala Dinas X, Ria Tahun Nope, ", "Kepala Dinas X, Ria Tahun Nope,\n", "Kepala Dinas X, Ria Nope", "X, Ria, kata"],
)
def test_an_appositive_before_the_verb_ends_with_a_comma(clause: str) -> None:
    from annotator.nlp.speakers.speaker_subjects import _APPOSITIVE

    assert (_APPOSITIVE.search(clause) is not None) == clause.rstrip().endswith(",")


def test_other_forms_answered_once_per_pair_give_the_predicates_answer() -> None:
    text = "Joko Widodo hadir. Soekarno dan Agus Harimurti Yudhoyono juga."
    resolver = CorefResolver(Analysis(text, "id"))
    for name, full, expected in [
        ("Jokowi", "Joko Widodo", True),
        ("Sukarno", "Soekarno", True),
        ("AHY", "Agus Harimurti Yudhoyono", True),
        ("Budi", "Joko Widodo", False),
    ]:
        assert resolver.is_other_form(name, full) is expected
        assert resolver.is_other_form(name, full) is expected  # the second answer from the pairs kept


def _finditer_cues(attributor, pattern, keep) -> list[int]:
    """The cues a search of the whole text finds (the way before speed17), as the reference."""
    tokens, found = attributor.tokens, []
    for match in pattern.finditer(attributor.text):
        k = tokens.first_at_or_after(match.start())
        if keep(match) and k < len(tokens) and tokens.tokens[k].start == match.start():
            found.append(k)
    return found


def test_passive_cues_from_the_words_are_those_of_a_search_of_the_text() -> None:
    from annotator.nlp.indirect import lower_according, passive_inside
    from annotator.nlp.lexicon import lexicon
    from annotator.nlp.rules import tokens_of
    from annotator.nlp.speakers.attribution import Attributor
    from annotator.nlp.speakers.cue_words import according_lower

    text = (
        "Bantuan itu tidak diturunkan, disampaikan Budi kepada warga. Lebih jauh disampaikan Seto, bahwa jalan rusak. "
        "Hal itu x-disampaikan Rudi. Namun dijelaskan Kapolres, kasus naik. Surat disampaikan’nya Ani. "
        "Warga dikatakan\\nBudi hadir. Disampaikan Tono, semua aman."
    )
    analysis = Analysis(text, "id")
    attributor = Attributor(analysis, tokens_of(analysis), lexicon("id"))
    known = according_lower(attributor.lex.res)
    inner = _finditer_cues(attributor, passive_inside._PASSIVE, lambda m: m.group() in known)
    assert passive_inside.inner_passive_cues(attributor) == inner and len(inner) >= 2
    lower = _finditer_cues(
        attributor,
        lower_according._PASSIVE_BEFORE_CAPITAL,
        lambda m: m.group() in known and lower_according._after_connectives(text, m.start()),
    )
    assert lower_according.lower_passive_cues(attributor) == lower and len(lower) >= 1


def test_a_plain_text_holds_no_combining_mark() -> None:
    import sys

    import regex

    from annotator.nlp.text.tokenizer import PLAIN_TEXT, _plain_characters
    from annotator.nlp.text.tokens import make_doc as make_words

    mark = regex.compile(r"\p{M}")
    plain = _plain_characters()
    assert all(plain.search(chr(code)) is not None for code in range(sys.maxunicode + 1) if mark.match(chr(code)))
    assert make_words("Kata Budi, “aman”.").user_data.get(PLAIN_TEXT) is True
    assert make_words("Kata Bu\u0301di aman.").user_data.get(PLAIN_TEXT) is None  # a combining acute: searched


def test_a_mention_edge_still_leaves_a_combining_mark_with_its_letter() -> None:
    from annotator.nlp.analysis import align_to_tokens
    from annotator.nlp.text.tokens import make_doc as make_words

    text = "Kata Jose\u0301 Budi aman."
    analysis = Analysis(text, "id", doc=make_words(text))
    mention = Mention(5, 9, "PERSON")  # `Jose` without its mark
    analysis.entities = [mention]
    align_to_tokens(analysis)
    assert text[mention.start : mention.end] == "Jose\u0301"


def test_a_second_cue_with_that_is_looked_for_only_in_a_text_with_that() -> None:
    from annotator.nlp.indirect.coordinated_clause import second_cue_with_that
    from annotator.nlp.lexicon import lexicon
    from annotator.nlp.rules import tokens_of
    from annotator.nlp.speakers.attribution import Attributor

    for text, lang, found in [
        ("The mayor said that the road was closed and added that rain would fall.", "en", True),
        ("Wali kota mengatakan jalan ditutup dan menambahkan hujan akan turun.", "id", False),
    ]:
        analysis = Analysis(text, lang)
        attributor = Attributor(analysis, tokens_of(analysis), lexicon(lang))
        assert (second_cue_with_that(attributor, 0, len(text)) is not None) is found


@pytest.mark.parametrize(
    ("clause", "credited"),
    [
        ("jalan itu rusak parah.(ant/dwi)", True),
        ("jalan itu rusak parah (ant). ", True),
        ("the road stays closed. (dpa)\n", True),
        ("jalan itu rusak parah (sajam) kemarin.", False),
        ("jalan itu rusak parah.", False),
    ],
)
def test_an_agency_credit_closes_the_clause_with_its_bracket(clause: str, credited: bool) -> None:
    from annotator.nlp.indirect.clauses import _AGENCY_CREDIT, _ends_with_bracket

    assert (_AGENCY_CREDIT.search(clause) is not None) is credited
    assert not credited or _ends_with_bracket(clause, 0, len(clause))


def test_a_reported_question_is_still_found_where_the_text_has_its_verb(label_en) -> None:
    text = "The senator asked the minister whether the bridge would open in May."
    result = label_en(text)
    assert "asked" in result.texts("CUE")
    assert label_en("The senator said the bridge would open in May.").texts("CUE") == ["said"]
