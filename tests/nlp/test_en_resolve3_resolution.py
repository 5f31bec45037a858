"""English speakers counted on fresh UK, Irish, US, Australian and New Zealand pages (issue 11,
en_resolve3 round): a relative `which` speaking after a body took the last person named; a quote
in straight single marks over several paragraphs kept only its last paragraph. Invented examples
only."""

from __future__ import annotations

COURT = (
    "Judge Peter Hanley rejected the request, saying it could hinder a fair trial.\n\n"
    "In an earlier case the high court sided with the Daily Courier, which argued that a judge "
    "had wrongly withheld the names.\n"
)


def test_which_after_a_body_resolves_to_the_body(label_en):
    labelled = label_en(COURT)
    assert labelled.speaker_of("a judge had wrongly withheld the names") == "which"
    assert labelled.resolved_speaker_of("a judge had wrongly withheld the names") == "Daily Courier"


def test_which_after_a_short_form_resolves_to_the_full_name(label_en):
    text = (
        "Mark Dolan spoke first.\n\n"
        "The ruling was appealed by the Harbour Workers Union (HWU), which said the court had erred.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("the court had erred") == "Harbour Workers Union"


def test_which_after_no_body_links_to_no_person(label_en):
    """Guard: with no body right before it, `which` stands for no one named earlier."""
    text = (
        "Mark Dolan spoke first.\n\n"
        "The ruling was appealed in a long letter, which argued that the court had erred.\n"
    )
    labelled = label_en(text)
    for quote in labelled.spans:
        if quote.label == "QUOTE" and quote.text == "the court had erred":
            assert labelled.resolved_speaker_of(quote.text) != "Mark Dolan"


def test_who_still_resolves_to_the_person(label_en):
    """Guard: the relative `who` is untouched."""
    text = "Residents met the mayor, Ruth Kamau, who said the bridge would reopen in May.\n"
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("the bridge would reopen in May") == "Ruth Kamau"


STATEMENT = (
    "Transport Minister Alan Byrne has said he broke no rule on the night of the crash.\n\n"
    "Minister Byrne said: 'The paper printed its story although my lawyers wrote to it first.\n\n"
    "'I did not break any rule. Such an act would be an offence and I was never charged.\n\n"
    "'I am told that the police have opened an inquiry into the leak.'\n"
)


def test_a_straight_single_quote_over_paragraphs_keeps_every_paragraph(label_en):
    labelled = label_en(STATEMENT)
    assert labelled.quotes() == [
        "The paper printed its story although my lawyers wrote to it first.",
        "I did not break any rule. Such an act would be an offence and I was never charged.",
        "I am told that the police have opened an inquiry into the leak.",
    ]
    for part in labelled.quotes():
        assert labelled.resolved_speaker_of(part) == "Alan Byrne"


def test_an_apostrophe_opening_a_paragraph_opens_no_run(label_en):
    """Guard: a paragraph opening with an apostrophe before a capital, with no quote paragraph
    after it, stays the reporter's."""
    text = (
        "'Tis the season, the shop's owner Alan Byrne joked on Friday.\n\n"
        "Sales rose by a fifth in December.\n"
    )
    labelled = label_en(text)
    assert labelled.quotes() == []


BUYBACK = (
    "Brindle Foods plans to buy back up to 5 percent of its shares on the Nairobi Securities "
    "Exchange over the next year.\n\n"
    "The company said the buyback would be paid for from cash reserves.\n"
)


def test_a_company_role_is_not_the_exchange_its_shares_trade_on(label_en):
    labelled = label_en(BUYBACK)
    assert labelled.resolved_speaker_of("the buyback would be paid for from cash reserves") == "Brindle Foods"


def test_the_firm_is_not_the_stock_exchange_named_after_it(label_en):
    text = (
        "Shares of Brindle Foods fell 4 percent on the Johannesburg Stock Exchange on Monday after "
        "the firm cut its forecast.\n\n"
        "The firm said demand for grain had fallen.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("demand for grain had fallen") == "Brindle Foods"


def test_the_exchange_may_still_be_the_exchange(label_en):
    """Guard: a role naming a venue's noun (`The exchange`) still takes the exchange."""
    text = (
        "Trading on the Nairobi Securities Exchange was halted for an hour on Monday.\n\n"
        "The exchange said a power failure had stopped its systems.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("a power failure had stopped its systems") == "Nairobi Securities Exchange"
