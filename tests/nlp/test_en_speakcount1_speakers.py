"""English direct-quote speakers (issue 11, en_speakcount1 round): four causes counted on fresh
pages. A participle with no comma before a colon (`... defended the plan saying: “...”`); a quote
closed by a full stop and followed by a sentence reporting its own words (`“... .” Coach X
confirmed that ...`); `U.S.` inside a subject after a closing mark; `once` between a role and its
verb. Invented examples only."""

from __future__ import annotations


def _quote(labelled, opening: str) -> str:
    """The text of the direct quote that opens with ``opening``."""
    found = [quote for quote in labelled.quotes() if quote.startswith(opening)]
    assert found, f"no quote opening {opening!r}; have {labelled.quotes()}"
    return found[0]


MARKET = (
    "Finance Minister Daniel Foster opened the new market in the harbour town on Monday.\n\n"
    "Minister Foster agreed with his Kenyan counterpart and defended the choices made over the "
    "three-day summit saying: “This market will serve the town for fifty years.”\n\n"
    "“It is where the farmers of the valley meet.\n\n"
    "“We will open a second one next year.”\n"
)


def test_bare_participle_before_a_colon_names_the_subject(label_en):
    labelled = label_en(MARKET)
    first = _quote(labelled, "This market")
    assert labelled.speaker_of(first) == "Foster"
    assert labelled.cue_of(first) == "saying"
    assert labelled.resolved_speaker_of(first) == "Daniel Foster"
    assert labelled.resolved_speaker_of(_quote(labelled, "We will open")) == "Daniel Foster"


def test_bare_participle_after_a_sign_names_no_speaker(label_en):
    """Guard: `placards saying: “...”` is what the placards read, not the subject's words."""
    text = (
        "Finance Minister Daniel Foster opened the new market in the harbour town on Monday.\n\n"
        "Traders who opposed the fees carried placards saying: “No more market fees.”\n"
    )
    labelled = label_en(text)
    assert all(labelled.speaker_of(quote) is None for quote in labelled.quotes())


CAPTAIN = (
    "Lakeside named Mary Wanjiku as captain of the women's side on Monday.\n\n"
    "“I am proud to lead this team,” Wanjiku said. “We have a young squad and we want to win "
    "the league.” Coach Tom Reyes confirmed that Wanjiku would keep her place at the top of the order.\n"
)


def test_a_following_report_does_not_take_the_quote(label_en):
    labelled = label_en(CAPTAIN)
    second = _quote(labelled, "We have a young squad")
    assert labelled.speaker_of(second) == "Wanjiku"
    assert labelled.resolved_speaker_of(second) == "Mary Wanjiku"


def test_a_name_and_verb_after_a_full_stop_still_sign(label_en):
    """Guard: `“... .” Coach X said.` (no report of its own after the verb) keeps its speaker."""
    text = (
        "Lakeside named Mary Wanjiku as captain of the women's side on Monday.\n\n"
        "“We have a young squad and we want to win the league.” Coach Tom Reyes said.\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(_quote(labelled, "We have a young squad")) == "Tom Reyes"


def test_dotted_capitals_in_a_subject_after_the_quote(label_en):
    text = (
        "Judges often speak about the weight of the job.\n\n"
        '"Every case leaves a mark on the person who decides it," former U.S. District Judge Mary '
        "Wanjiku of the Northern District of New York wrote in 2019, in an essay on her years on the "
        'bench. Judge Tom Reyes said at a hearing last year: "No one should envy this work."\n'
    )
    labelled = label_en(text)
    assert labelled.speaker_of(_quote(labelled, "Every case")) == "Mary Wanjiku"
    assert labelled.speaker_of(_quote(labelled, "No one should")) == "Tom Reyes"


def test_once_between_a_role_and_its_verb(label_en):
    text = (
        "Judges often speak about the weight of the job.\n\n"
        '"Every case leaves a mark on the person who decides it," one retired appeals judge once remarked.\n'
    )
    labelled = label_en(text)
    assert labelled.speaker_of(_quote(labelled, "Every case")) == "one retired appeals judge"
