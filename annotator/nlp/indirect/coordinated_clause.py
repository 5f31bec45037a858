"""Where a report ends at a coordinated clause (`, but ...`, `, and ...`, `, while ...`).

A clause coordinated after the report runs on inside it (`said the first suspect was X, while the
second went unidentified`, `..., but they have yet to gain access`) unless it is the speaker's own
act: it opens with a verb of its own, which shares the speaker as its subject (`, and added that
...`, `, and said ...`, `, but urged ...`, `, and criticised ...`; in English a verb of speaking,
asking, judging or promising, not `, and assumed ...` or `, but failed to ...`, which go on with the
report's own subject, en_indirect14), or its subject points back to
the speaker (`, though he accepted ...`, `, though the spokesman ...`). A subject of its own with
a speech verb (`, but the ministry said ...`) is left to the sentence's other rules.
In English a semicolon ends the report (the words after it are the reporter's) unless they hold a
first-person word (`we`, `our`), which only the speaker can say (en_indirect23).
With no comma, only a request with its `to` after a report with a modal ends the report (`said
officers may be wrong and urged citizens to ...`, en_indirect15) or with a judgement (`said
training remained vital and asked donors to ...`, en_indirect21), and a directive with its own
`that` (`said the hall was unsafe and ordered that it be closed`, en_indirect24). A report closed by its cue
(`..., but claimed that ..., local media reported.`) is never cut: the whole part before the cue
is what was reported.
"""

from __future__ import annotations

import re

from annotator.nlp.indirect.report_dash_comment import dash_comment_start
from annotator.nlp.indirect.report_rebuttal import rebuttal_start
from annotator.nlp.indirect.report_withheld import withheld_end
from annotator.nlp.indirect.second_speaker import second_speaker_start
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.text.pattern_needs import holds, needs_of

_SPEAKER_PRONOUNS = speech_words()["speaker_pronouns"]
_SPEAKER_ROLES = speech_words()["speaker_roles"]
#: English verbs in `-ed` that are the speaker's own act (`, and urged ...`, `, but declined ...`).
_SPEAKER_ACTS = frozenset(speech_words()["speaker_act_verbs_en"])
_ARTICLES = speech_words()["english_articles"]
#: A passive in the report and a second participle after a comma (`was detained in the station,
#: “interviewed ...”`): a verb after `, and` with no subject of its own (`, and charged ...`) ends
#: the same series, not the speaker's act.
_PASSIVE_SERIES = re.compile(
    r"\b(?:" + "|".join(sorted(speech_words()["passive_auxiliaries"])) + r")\s+[a-z]+ed\b[^.;!?,]*,\s*[\"“‘']?[a-z]+ed\b"
)
#: A request coordinated without a comma, its `to` a few words on (`... and urged citizens to ...`).
#: `(?<![,\s])\s+` written `\s(?<![,\s]\s)\s*` (the same matches): ``re`` then tries it only at
#: white space, not at every character.
_AND_REQUEST = re.compile(
    r"\s(?<![,\s]\s)\s*and\s+(?:also\s+)?(?:" + "|".join(sorted(speech_words()["speaker_requests_en"]))
    + r")\s+(?:[^\s,;:.!?\"“”]+\s+){1,6}?to\s"
)
#: A modal in the report: a past verb after `and` cannot go on from its verb (`may be wrong and urged ...`).
_MODAL = re.compile(r"\b(?:" + "|".join(speech_words()["request_modals_en"]) + r")\b")
#: A judgement in the report (`remained critical`, `is vital`): a matter judged asks nobody, so a
#: request after `and` is the speaker's own act (en_indirect21).
_JUDGEMENT = re.compile(
    r"\b(?:" + "|".join(speech_words()["judgement_copulas_en"]) + r")\s+(?:[a-z]+ly\s+)?(?:"
    + "|".join(speech_words()["judgement_adjectives_en"]) + r")\b"
)
#: A first-person word after a semicolon: the clause is still the speaker's (`said the rules were
#: clear; our staff would ...`), never the reporter's, so the report is not cut there (en_indirect23).
_FIRST_PERSON = re.compile(r"\b(?:" + "|".join(speech_words()["speaker_voice_pronouns_en"]) + r")\b", re.IGNORECASE)
#: A directive coordinated without a comma, with its own `that` (`said the hall was unsafe and ordered
#: that it be closed`): the speaker's own act, no part of the report (en_indirect24).
_AND_DIRECTIVE_THAT = re.compile(
    r"\s(?<![,\s]\s)\s*and\s+(?:also\s+)?(?:" + "|".join(sorted(speech_words()["directives"])) + r")\s+that\s"
)
#: A speech verb coordinated without a comma, with its own `that` (`... and said that ...`).
#: A chain before the verb's `to` (`... and was proud to say that ...`, en_indirect24) is part of it.
_AND_VERB_THAT = re.compile(
    r"\s+(?:and|but)\s+(?:also\s+)?(?:(?:"
    + "|".join(sorted((re.escape(c) for c in speech_words()["reporting_chains"]), key=len, reverse=True))
    + r")\s+to\s+)?(?P<verb>[a-z]+)\s+that\b"
)  # `but admitted that`


def coordinated_end(attributor: Attributor, begin: int, end: int, *, closed: bool = False) -> int:
    """The end of the report between ``begin`` and ``end`` once a coordinated clause that is the
    speaker's own act is cut off (``closed``: a cue or source follows ``end``, nothing is cut but
    the reporter's dashed aside)."""
    text = attributor.text
    if not closed:
        end = withheld_end(text, attributor.analysis.lang, begin, end)  # `..., but did not say why`
        second = second_cue_with_that(attributor, begin, end)
        if second is not None:
            end = second.start() - (text[second.start() - 1] == ",")  # `said that A and said that B`: B is its own
        other = second_speaker_start(attributor, begin, end)
        if other is not None:
            end = other  # `said A, and they questioned whether B`: B is another speaker's
        rebuttal = rebuttal_start(text, attributor.analysis.lang, begin, end)
        if rebuttal is not None:
            end = rebuttal  # `said A, but the committee rejected her claim`: another party's answer
        request = _AND_REQUEST.search(text, begin, end) if attributor.analysis.lang == "en" else None
        if request is not None and (
            _MODAL.search(text, begin, request.start()) or _JUDGEMENT.search(text, begin, request.start())
        ):
            end = request.start()  # `said A may ... and urged citizens to ...`: the request is the speaker's own act
        directive = _AND_DIRECTIVE_THAT.search(text, begin, end) if attributor.analysis.lang == "en" else None
        if directive is not None:
            end = directive.start()  # `said A and ordered that B`: the order is the speaker's own act
        semicolon = text.find("; ", begin, end) if attributor.analysis.lang == "en" else -1
        if semicolon > begin and not _FIRST_PERSON.search(text, semicolon, end):
            end = semicolon  # `said the bomb was in the bag; police had been told on Saturday`: the reporter's
    dash = dash_comment_start(text, attributor.analysis.lang, begin, end) if attributor.english else None
    if dash is not None:
        end = dash  # `said [the bridge would open in June] — a promise he has made before`: the reporter's comment
    for marker in attributor.lex.res.clause_ends:
        cut = text.find(marker, begin, end)
        while cut >= 0:
            if marker.strip()[:1] in "-–—" or (not closed and _speakers_act(attributor, begin, cut + len(marker), end)):
                end = cut  # a dash opens the reporter's aside (`... passport - although that is ...`)
                break
            cut = text.find(marker, cut + 1, end)
    return end


def _speakers_act(attributor: Attributor, begin: int, after: int, end: int) -> bool:
    """Whether the clause from ``after`` is the speaker's: a verb first, or a subject pointing back
    to the speaker."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(after)
    words = [tokens.tokens[k] for k in range(first, min(first + 2, len(tokens)))]
    words = [w for w in words if w.start < end]
    if not words:
        return False
    lowered = [w.text.lower() for w in words]
    if lowered[0].endswith("ed") and _PASSIVE_SERIES.search(attributor.text, begin, attributor.text.rfind(",", begin, after)):
        return False  # `said the man was detained, “questioned ...”, and charged`: one more participle of the report
    if lowered[0] in _SPEAKER_PRONOUNS:
        return True  # `, though he accepted ...`
    if lowered[0].endswith("ed"):
        # a verb with no subject of its own: the speaker's act (`, and welcomed ...`) in English only
        # when it is one (`, and assumed it was ...` goes on with the report's subject)
        return attributor.analysis.lang != "en" or lowered[0] in _SPEAKER_ACTS
    if lowered[0] in _ARTICLES and len(lowered) > 1 and _names_speaker(attributor, lowered[1], begin):
        return True  # `A police spokesman said ..., though the spokesman did not ...`
    return attributor.lex.cues_before.match(tokens, first) is not None  # `, and said ...`, `, but told ...`


def _names_speaker(attributor: Attributor, noun: str, begin: int) -> bool:
    """Whether ``noun`` is a speaker's role (`the spokesman`) or already stood before the report in
    its sentence (`A police spokesman said ..., though the spokesman ...`): the subject repeats the
    speaker."""
    text = attributor.text
    opening = max(text.rfind("\n", 0, begin), text.rfind(". ", 0, begin))
    return noun in _SPEAKER_ROLES or (noun.isalpha() and noun in text[opening + 1 : begin].lower().split())



def second_cue_with_that(attributor: Attributor, begin: int, end: int) -> re.Match[str] | None:
    """The first `and <speech verb> that` between ``begin`` and ``end`` (`said that A and said that
    B`, `and also noted that`), whose verb opens a report of its own; else None."""
    if not holds(needs_of(_AND_VERB_THAT), attributor.text):
        return None  # no `that` in the whole text (asked once per text): no report is searched
    tokens = attributor.tokens
    for found in _AND_VERB_THAT.finditer(attributor.text, begin, end):
        k = tokens.first_at_or_after(found.start("verb"))
        if attributor.lex.cues_before.match(tokens, k) is not None:
            return found
    return None
