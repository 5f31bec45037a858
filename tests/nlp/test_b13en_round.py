"""English pre-labels on the thirteenth batch (issue 11, b13en round): organisations named after
the small-letter noun of their kind (`aid agency X`, `the nonprofit X`, `stock exchange X`), which
also keeps a speaker named before his agency the speaker, and a quote a one-sentence-per-line page
broke across its lines. Every sentence is invented."""

from __future__ import annotations


def test_an_agency_named_after_its_kind_is_org(label_en):
    result = label_en(
        "Thousands left the coast, said international aid agency Tidewell. Ratings agency Corvane kept its outlook."
    )
    assert result.texts("ORG") == ["Tidewell", "Corvane"]
    assert result.texts("PERSON") == []


def test_sibling_nouns_of_the_agency_name_organisations_too(label_en):
    result = label_en(
        "The nonprofit Brightwater handed out food, and the NGO Kalinga Aid ran a clinic. "
        "Shares fell on stock exchange Norbourse while retail chain Mercato closed two shops."
    )
    assert result.texts("ORG") == ["Brightwater", "Kalinga Aid", "Norbourse", "Mercato"]
    assert result.texts("PERSON") == []


def test_the_name_after_the_noun_is_the_same_body_later(label_en):
    result = label_en("The weather agency Stormline warned of floods. On Monday Stormline raised its alert.")
    assert result.texts("ORG") == ["Stormline", "Stormline"]


def test_a_speaker_named_before_his_agency_stays_the_speaker(label_en):
    result = label_en(
        "Climatologist Dr Ivo Rask of independent forecasting agency Skyvane estimated that ten towns would flood."
    )
    assert result.texts("ORG") == ["Skyvane"]
    assert result.speaker_of("ten towns would flood") == "Ivo Rask"


def test_a_role_of_the_agency_before_a_name_keeps_the_person(label_en):
    result = label_en("Managing Director of the agency Tomas Wren handed the award to the mayor on Friday.")
    assert result.texts("PERSON") == ["Tomas Wren"]
    assert result.texts("ORG") == []


#: A page that prints each sentence on its own line and breaks some inside a sentence too.
_WRAPPED_PAGE = (
    "Police chief Anna Velde said the men fled on foot.\n"
    "“The officers followed the car to the bridge, where\n"
    "the men left it.\n"
    "Later on, they were found near the market, where a chase followed,” said Velde.\n"
    "She said the case was still open.\n"
)


def test_a_quote_a_wrapped_page_broke_after_a_sentence_is_one_quote(label_en):
    result = label_en(_WRAPPED_PAGE)
    whole = (
        "The officers followed the car to the bridge, where\nthe men left it.\n"
        "Later on, they were found near the market, where a chase followed,"
    )
    assert result.quotes() == [whole]
    assert result.resolved_speaker_of(whole) == "Anna Velde"


def test_a_quote_paragraph_that_reopens_with_its_mark_stays_apart(label_en):
    text = _WRAPPED_PAGE.replace("Later on,", "“Later on,")
    result = label_en(text)
    assert len(result.quotes()) == 2


def test_an_unwrapped_page_keeps_the_quote_per_paragraph(label_en):
    text = _WRAPPED_PAGE.replace("where\nthe men", "where the men")
    result = label_en(text)
    assert len(result.quotes()) == 2


def test_a_news_outlet_named_after_its_kind_reports_after_according_to(label_en):
    result = label_en("One of the men is a clerk at a local bank, according to Thai news outlet Kaowan.")
    assert result.texts("ORG") == ["Kaowan"]
    assert result.speaker_of("One of the men is a clerk at a local bank") == "Kaowan"


def test_the_newspaper_and_the_news_agency_report_too(label_en):
    result = label_en(
        "Two bridges were shut, according to the provincial newspaper Dalmar. "
        "The mayor resigned on Friday, according to state news agency Orlan."
    )
    assert "Two bridges were shut" in result.texts("QUOTE")
    assert "The mayor resigned on Friday" in result.texts("QUOTE")


def test_an_aid_agency_after_according_to_gives_figures_not_speech(label_en):
    result = label_en("A million people fled the coast, according to aid agency Tidewell.")
    assert result.texts("ORG") == ["Tidewell"]
    assert result.texts("QUOTE") == []
