"""Direct quotes, quotes_count1 round (issue 11): a quote paragraph that lost its opening mark and
is closed before a titled speaker (`...,” Dr Lee said.`), a title-case title closed by the
reporter's full stop inside its marks (`lines from “Oh, What a Lovely Day.”`), and a quote
opened with a single mark that ends on a nested double-quoted one (`‘... “...”’`, also with `‘`
typed for the closing `’`). Invented examples only."""

from __future__ import annotations

_EN_CARRIED = (
    "Dr Ana Lee from the city university said that flood warnings must come earlier.\n"
    "“The office issued warnings as well as it could, but what was missed was the step from a warning "
    "to advice people can act on.\n"
    "People needed to see a map of their own street with the risk for the next day. With that they "
    "could have left in time,” Dr Lee said.\n"
    "The office did not reply to questions on Friday.\n"
)
_EN_FIRST = (
    "The office issued warnings as well as it could, but what was missed was the step from a warning "
    "to advice people can act on."
)
_EN_SECOND = (
    "People needed to see a map of their own street with the risk for the next day. With that they "
    "could have left in time,"
)


def test_a_carried_paragraph_closed_before_a_titled_speaker_is_a_quote(label_en):
    result = label_en(_EN_CARRIED)
    assert _EN_SECOND in result.quotes()
    assert result.cue_of(_EN_SECOND) == "said"
    assert result.speaker_of(_EN_SECOND) == "Lee"


def test_the_paragraph_before_a_titled_speakers_carried_quote_shares_its_cue(label_en):
    result = label_en(_EN_CARRIED)
    assert _EN_FIRST in result.quotes()
    assert result.cue_of(_EN_FIRST) == "said"


def test_a_carried_paragraph_closed_before_a_two_word_title_is_a_quote(label_en):
    text = _EN_CARRIED.replace("Dr Ana Lee from the city university", "Police Chief Ana Lee").replace(
        "Dr Lee said", "Police Chief Lee said"
    )
    assert _EN_SECOND in label_en(text).quotes()


def test_a_carried_paragraph_closed_before_a_reporters_sentence_stays_out(label_en):
    # guard: after the closing mark the reporter goes on with a sentence of his own, no cue
    text = _EN_CARRIED.replace("in time,” Dr Lee said.", "in time,” Dr Lee. The office declined to comment.")
    assert _EN_SECOND not in label_en(text).quotes()


def test_a_title_in_title_case_closed_by_the_reporters_stop_is_no_quote(label_en):
    text = (
        "The first witness was his sister. She said he sang lines from “Oh, What a Lovely Day.” "
        "She said the family still plays the song every Sunday.\n"
    )
    assert "Oh, What a Lovely Day." not in label_en(text).quotes()


def test_a_title_case_quote_after_a_colon_is_still_a_quote(label_en):
    # guard: a quote whose every word is capitalised but that opens after the cue's colon is speech
    text = "The coach shouted one line to his players: “Run For The Line Now, All Of You.” They did.\n"
    assert "Run For The Line Now, All Of You." in label_en(text).quotes()


def test_a_title_case_title_closed_by_the_reporters_stop_in_indonesian(label_id):
    text = (
        "Warga desa menonton film bersama di balai desa. Anak-anak menyanyikan “Halo Halo Bandung.” "
        "Kepala desa mengatakan acara itu akan digelar setiap bulan.\n"
    )
    assert "Halo Halo Bandung." not in label_id(text).quotes()


_EN_NESTED = (
    "The best lines of the weekend from the tour.\n"
    "‘I told him what I tell every player: “Win or lose, we will share a meal after the game.”’ – Lions "
    "coach Pete Marsh on his talk with the young fly-half.\n"
)
_EN_NESTED_QUOTE = "I told him what I tell every player: “Win or lose, we will share a meal after the game.”"


def test_a_single_quote_ending_on_a_nested_double_quote_keeps_its_inner_mark(label_en):
    result = label_en(_EN_NESTED)
    assert _EN_NESTED_QUOTE in result.quotes()
    assert result.speaker_of(_EN_NESTED_QUOTE) == "Pete Marsh"


def test_an_opening_single_mark_typed_for_the_closing_one_after_a_nested_quote(label_en):
    result = label_en(_EN_NESTED.replace("”’", "”‘"))
    assert _EN_NESTED_QUOTE in result.quotes()
    assert not any(quote.startswith("–") for quote in result.quotes())


def test_a_double_mark_typed_for_the_single_closing_one_still_closes_it(label_en):
    # guard: no nested quote inside, the double mark is the closing one (`‘...,” said X`)
    text = "‘We will share a meal after the game,” said Pete Marsh, the Lions coach.\n"
    result = label_en(text)
    assert "We will share a meal after the game," in result.quotes()
    assert result.cue_of("We will share a meal after the game,") == "said"
