"""English forms around a quote's cue that the attributor reads apart: a participle after a comma
introducing the quote (`She ..., saying: “...”`, `X could be heard saying, “...”`), a participle with no
comma before a colon (`X ... defended the plan saying: “...”`) and the passive `was told`, whose subject heard
the words rather than spoke them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_words

if TYPE_CHECKING:
    from annotator.nlp.analysis import Mention
    from annotator.nlp.speakers.attribution import Attributor

#: English participles that introduce a quote after a comma (`She ..., saying: “...”`).
_PARTICIPLES = speech_words()["participles"]
#: Between a participle and the opening mark it introduces: a colon or a comma at most.
_PARTICIPLE_GAP = re.compile(r"^[\s\x00]*[:,]?[\s\x00]*$")
#: Words right before the participle that make its subject the speaker with no comma (`could be
#: heard saying, “...”`, `was quoted as saying: “...”`, `was filmed saying “...”`).
_HEARD_OR_QUOTED = speech_words()["heard_or_quoted"]
_PASSIVE_AUXILIARIES = speech_words()["heard_auxiliaries"]
#: Participles that report the subject's words with no comma before them (`opposed the bail saying ...`).
_BARE_PARTICIPLES = frozenset(speech_words()["bare_participles_en"])
#: Words before such a participle that make it no report of the subject (`without saying`, `heard him
#: saying`, `placards saying`).
_NOT_BEFORE_BARE = frozenset(speech_words()["not_before_bare_participle_en"])
#: A verb in the past (`opposed`, `defended`): the subject's act before a bare participle.
_PAST_VERB = re.compile(r"\b[a-z]+ed\b")


def bare_participle_reports(text: str, start: int, participle: int) -> bool:
    """Whether a participle with no comma before it, at ``participle``, tells what the subject of the
    clause from ``start`` said: a verb in the past stands before it, and the word right before it is
    no preposition, aspect verb, hearer or sign (`opposed the bail application saying ...`)."""
    before = text[start:participle].split()
    return bool(before) and before[-1].lower() not in _NOT_BEFORE_BARE and _PAST_VERB.search(text, start, participle) is not None


def participle_before(
    attributor: Attributor, first: int, last: int, open_mark: int, region_start: int
) -> tuple[Mention, Mention | None] | None:
    """`She expressed dissatisfaction ..., saying: “...”`: a participle after a comma right before
    the opening mark is the cue, and the subject of the sentence the speaker (cue, speaker)."""
    if not attributor.english or last <= first:
        return None
    tokens = attributor.tokens.tokens
    if not _PARTICIPLE_GAP.match(attributor.text[tokens[last].end : open_mark]):
        return None
    if tokens[last].text.lower() == "that" and last - 1 > first:
        last -= 1  # `said, noting that “...”`: the participle's own clause holds the quote
    if tokens[last].text.lower() not in _PARTICIPLES:
        last = _before_hearer(attributor, first, last)
        if tokens[last].text.lower() not in _HEARER_PARTICIPLES:
            return None
    before = tokens[last - 1].text.lower()
    heard = before in _HEARD_OR_QUOTED
    if (
        not heard
        and before != "by"
        and not _after_comma_or_paired(attributor, first, last, before)
        and not _bare_before_colon(attributor, first, last, open_mark)
    ):
        return None  # `responded to X by saying that “...”`: the manner of the verb, a cue of its own
    speaker = (
        attributor.earlier_subject(last, region_start)
        or _titled_subject(attributor, first, last)
        or _role_subject(attributor, first, last)
    )
    if speaker is None and heard:
        speaker = _subject_before_verb_group(attributor, first, last - 1)
    if speaker is None and (sender := _sender_verb(attributor, first, last)) is not None:
        speaker = _subject_before_verb_group(attributor, first, sender)  # `Spokesman X sent a statement ... saying:`
    return attributor.token_mention(last, last, "CUE"), speaker


#: Speech verbs whose infinitive closes a clause before a colon (`... to say: “...”`).
_COLON_INFINITIVES = frozenset(speech_words()["colon_infinitives_en"])


def infinitive_before_colon(
    attributor: Attributor, first: int, last: int, open_mark: int, region_start: int
) -> tuple[Mention, Mention | None] | None:
    """`X held the ribbon and turned to the cameras to say: “...”`: a speech verb's infinitive right
    before a colon and the opening mark, after a clause with a verb in the past whose last word is
    no verb in the past itself (`declined to say`) and none of [not_before_bare_participle_en]
    (`asked him to say`): the verb is the cue, the subject of the clause the speaker."""
    tokens = attributor.tokens.tokens
    if not attributor.english or last - 2 <= first or tokens[last].text.lower() not in _COLON_INFINITIVES:
        return None
    if tokens[last - 1].text.lower() != "to" or ":" not in attributor.text[tokens[last].end : open_mark]:
        return None
    if not _PARTICIPLE_GAP.match(attributor.text[tokens[last].end : open_mark]):
        return None
    if _PAST_VERB.fullmatch(tokens[last - 2].text):
        return None
    if not bare_participle_reports(attributor.text, tokens[first].start, tokens[last - 1].start):
        return None
    speaker = (
        attributor.earlier_subject(last - 1, region_start)
        or _titled_subject(attributor, first, last - 1)
        or _role_subject(attributor, first, last - 1)
    )
    return attributor.token_mention(last, last, "CUE"), speaker


def _bare_before_colon(attributor: Attributor, first: int, participle: int, open_mark: int) -> bool:
    """`X agreed with ... and defended the plan saying: “...”`: a bare participle (no comma before it)
    right before a colon and the opening mark, after a verb in the past of the subject's clause, or
    after the subject sent out a document (`X sent a statement to the paper saying: “...”`)."""
    tokens = attributor.tokens.tokens
    if tokens[participle].text.lower() not in _BARE_PARTICIPLES:
        return False
    if ":" not in attributor.text[tokens[participle].end : open_mark]:
        return False
    start, end = tokens[first].start, tokens[participle].start
    return bare_participle_reports(attributor.text, start, end) or _sender_verb(attributor, first, participle) is not None


def _sender_verb(attributor: Attributor, first: int, participle: int) -> int | None:
    """The token of the verb by which the clause's subject sent out a document before the
    participle (`sent` in `X sent a statement to the paper saying`), or None."""
    tokens = attributor.tokens.tokens
    found = _SENT_DOCUMENT.search(attributor.text, tokens[first].start, tokens[participle].start)
    return attributor.tokens.first_at_or_after(found.start()) if found is not None else None


#: `sent a statement`, `issued a short letter`: the subject sends out a document of its own words
#: (one word may stand between the article and the document).
_SENT_DOCUMENT = re.compile(
    r"\b(?:" + "|".join(sorted(speech_words()["document_senders_en"], key=len, reverse=True)) + r")\s+"
    r"(?:a|an|the|his|her|their|its|our)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(speech_words()["participle_documents"])) + r")\b"
)


def _after_comma_or_paired(attributor: Attributor, first: int, participle: int, before: str) -> bool:
    """Whether the participle follows a comma, or an `and` after another participle of its clause."""
    start = attributor.tokens.tokens[participle].start
    if attributor.text[max(0, start - 8) : start].rstrip(" \x00").endswith(","):
        return True
    return before == "and" and _participle_before_and(attributor, first, participle - 1)


def _participle_before_and(attributor: Attributor, first: int, conjunction: int) -> bool:
    """`..., smiling and adding: “...”`, `before turning to the crowd and adding: “...”`: a participle
    of the same clause (after its comma or its `before`) comes before the `and` that joins the
    speech participle to it, so both tell what the sentence's subject did."""
    tokens = attributor.tokens.tokens
    for k in range(conjunction - 1, first, -1):
        word = tokens[k].text
        if word.islower() and word.endswith("ing") and len(word) > 4:
            opener = tokens[k - 1].text.lower()
            return opener in _PARTICIPLE_OPENERS or "," in attributor.tokens.gap(k - 1, k)
    return False


#: Words that open a participle clause without a comma (`before turning to the crowd`).
_PARTICIPLE_OPENERS = frozenset(speech_words()["participle_openers_en"])
#: Participles whose hearer stands between them and the quote (`, telling reporters: “...”`).
_HEARER_PARTICIPLES = frozenset(speech_words()["hearer_participles"])
#: The most tokens of that hearer (`the Registrar’s lawyer, Noel Bartolo`).
MAX_HEARER_TOKENS = 8


def _before_hearer(attributor: Attributor, first: int, last: int) -> int:
    """`..., telling the lawyer, Tom Vella that “...”`: the participle before a short hearer that
    ends the clause before the quote, or ``last`` itself when there is none (the caller asks only
    when ``last`` is no participle itself: `, telling reporters, adding: “...”` keeps `adding`). A
    hearer holds no `to` (`telling them to lie down` is a request), no `that` and no other
    participle."""
    tokens = attributor.tokens.tokens
    lowest = max(first, last - 1 - MAX_HEARER_TOKENS)
    window = attributor.text[tokens[lowest].start : tokens[last].start]
    if not any(word in window for word in _HEARER_PARTICIPLES):
        return last  # no hearer participle written in the clause's last words (one scan of the text)
    for k in range(last - 1, lowest - 1, -1):
        word = tokens[k].text.lower()
        if word in _HEARER_PARTICIPLES:
            hearer = [tokens[j].text.lower() for j in range(k + 1, last + 1)]
            return k if "to" not in hearer else last
        if word in ("to", "that") or word in _PARTICIPLES:
            return last
    return last


#: Auxiliaries and adverbs between a subject and `heard` / `quoted` (`X could clearly be heard`).
_VERB_GROUP = speech_words()["heard_verb_group"]


def _subject_before_verb_group(attributor: Attributor, first: int, verb: int) -> Mention | None:
    """The name or pronoun right before the verb group ending at ``verb`` (`In the video, Ramos
    could be heard saying ...`): the clause may open with an adjunct, so its first word is no help."""
    k = verb - 1
    while k >= first and attributor.tokens.tokens[k].text.lower() in _VERB_GROUP:
        k -= 1
    if k < first:
        return None
    if attributor.pronoun(attributor.tokens.tokens[k].text):
        return attributor.token_mention(k, k, "SPEAKER", kind="pronoun")
    entity = attributor.entity_by_last.get(k)
    return attributor.name_speaker(entity) if entity is not None and entity.label == "PERSON" else None


def _titled_subject(attributor: Attributor, first: int, verb: int) -> Mention | None:
    """A PERSON opening the clause after capitalised titles only (`Officer Tom Reyes closed ...`)."""
    for k in range(first, verb):
        entity = attributor.entity_by_first.get(k)
        if entity is not None and entity.label == "PERSON":
            return attributor.name_speaker(entity)
        if not attributor.tokens.tokens[k].is_cap:
            return None
    return None


#: The most words of a definite role opening the clause (`The Rivers State governor`).
MAX_ROLE_SUBJECT_WORDS = 4
#: Small words that end such a role: its verb group begins (`The governor also accused ...`).
_VERB_GROUP_START = speech_words()["verb_group_start"]


def _role_subject(attributor: Attributor, first: int, verb: int) -> Mention | None:
    """A definite role opening the clause before its verb (`The governor also accused the police
    ..., saying, “...”`): `the` and a few words up to a past-tense verb or an auxiliary."""
    tokens = attributor.tokens.tokens
    if tokens[first].text.lower() != "the":
        return None
    for k in range(first + 2, min(verb, first + 2 + MAX_ROLE_SUBJECT_WORDS)):
        word = tokens[k].text
        if "," in attributor.tokens.gap(k - 1, k):
            return None
        if word.islower() and (word in _VERB_GROUP_START or (word.endswith("ed") and len(word) > 4)):
            return attributor.token_mention(first, k - 1, "SPEAKER", kind="role")
    return None


def passive_told(attributor: Attributor, verb: int) -> bool:
    """`was told`, `was eventually told`: the subject is who heard the words, not who spoke."""
    if not attributor.english or attributor.tokens.tokens[verb].text.lower() != "told":
        return False
    words = [attributor.tokens.tokens[k].text.lower() for k in range(max(0, verb - 2), verb)]
    if words and words[-1] in _PASSIVE_AUXILIARIES:
        return True
    return len(words) == 2 and words[0] in _PASSIVE_AUXILIARIES and words[1].endswith("ly")
