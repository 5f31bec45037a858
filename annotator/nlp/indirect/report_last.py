"""Reports whose verb or cue closes the sentence: `Rescuers pulled 52 people out, said X.`,
`..., officials said.`, `Pabrik itu sudah dua kali ditegur, katanya.`, and a cue between commas
inside the clause (`The suspect, Kurnia said, had been held ...`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.appositions import MAX_APPOSITION_WORDS
from annotator.nlp.indirect.clause_adjuncts import english_that_after_adjunct
from annotator.nlp.indirect.clauses import ARTICLES, INDIRECT_SCORE, MIN_WORDS, reported_clause
from annotator.nlp.indirect.closing_occasion import occasion_after_speaker
from annotator.nlp.indirect.closing_role_name import rest_after_speaker, role_name_after
from annotator.nlp.indirect.demonstrative_object import object_points_back
from annotator.nlp.indirect.indirect_backward import reports_backward_only
from annotator.nlp.indirect.indirect_forms import WHEN, long_name_subject, name_in_apposition_last, past_sentence_adverb
from annotator.nlp.indirect.inner_cue import MAX_WORDS_BEFORE_INNER_CUE, cue_inside, report_goes_on
from annotator.nlp.indirect.inner_role_cue import speaker_before_predicate
from annotator.nlp.indirect.participle_no_comma import BARE_PARTICIPLE_TAIL
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.indirect.report_bare_role import bare_plural_speaker
from annotator.nlp.indirect.report_bounds import adjunct_first
from annotator.nlp.indirect.role_name_last import role_chain_name_last, role_then_name_last
from annotator.nlp.indirect.speech_occasion import only_a_date
from annotator.nlp.indirect.told_apposition import told_after_apposition
from annotator.nlp.resources import load_resources, speech_word_list, speech_words
from annotator.nlp.speakers.addressee import RELATIVE_ON_ADDRESSEE, past_addressee, reads_as_clause
from annotator.nlp.speakers.anonymous_subjects import anonymous_role, anonymous_speaker_after
from annotator.nlp.speakers.attribution import SPEAKER_STOPS, Attribution, Attributor
from annotator.nlp.speakers.speaker_degrees import comma_before_degrees
from annotator.nlp.text.marks import CLOSING_MARKS, mark_chars

#: Words that open a predicate, not a clause with its own subject (`bisa`, `akan`, `merupakan`).
_PREDICATE_OPENERS = speech_words()["subjectless_predicate_openers"]


def predicate_first(tail: str) -> bool:
    """Whether the text after `, dia melanjutkan,` starts with a predicate (`bisa mendatangi ...`,
    `menjadi ...`, `ditangkap ...`) rather than a subject of its own (`pihaknya akan ...`). A pronoun
    spelt like a verb (`dirinya`, `mereka`) or a capitalised word (`Menteri ...`) is a subject."""
    words = tail.lstrip(" ,").split()
    if not words:
        return False
    first = words[0].lower()
    if first in _PREDICATE_OPENERS:
        return True
    if first in _subject_pronouns() or not words[0][:1].islower():
        return False
    return len(first) > 5 and first.startswith(("me", "ber", "ter", "di")) and first.isalpha()


@cache
def _subject_pronouns() -> frozenset[str]:
    """The Indonesian pronouns that may be a subject (`dirinya`, `mereka`, `beliau`)."""
    return frozenset(load_resources("id").pronouns)


#: English words that open a predicate with no subject of its own (`..., he added, is not appropriate`).
_EN_PREDICATE_OPENERS = speech_words()["subjectless_predicate_openers_en"]


def english_predicate_first(tail: str) -> bool:
    """Whether the text after `, he added,` starts with a predicate (`is not appropriate`)."""
    if not tail.startswith(","):
        return False
    words = tail[1:].split()
    return len(words) >= 2 and words[0] in _EN_PREDICATE_OPENERS


def title_of_speaker(attributor: Attributor, before: str, speaker: Mention | None) -> bool:
    """Whether the words before the comma that precedes a named speaker are that speaker's title
    (`Sementara itu, Ketua Komisi IV DPRD X, Azwar mengatakan, dirinya ...`, also after an outlet
    credit and `|`): an apposition, so what follows the verb is the whole report, not the rest of a
    clause whose subject opens the sentence."""
    if speaker is None or speaker.attrs.get("kind") != "name":
        return False
    words = before.rsplit(",", 1)[-1].rsplit("|", 1)[-1].split()
    return bool(words) and words[0].lower() in _role_heads(attributor.analysis.lang)


def name_of_role_speaker(attributor: Attributor, start: int, comma: int, speaker: Mention | None) -> bool:
    """Whether the sentence opens with a person's name alone before the comma that precedes a role
    speaker (`Budi Santoso, Kepala Dinas X mengatakan, telah menerima ...`): the name is apposed to
    the role, so what follows the verb is the whole report, not the rest of a clause whose subject
    opens the sentence (the mirror of :func:`title_of_speaker`)."""
    if speaker is None or speaker.attrs.get("kind") != "role":
        return False
    words = attributor.text[comma + 1 : speaker.start].split()
    if words or attributor.text[speaker.start : speaker.end].split()[0].lower() not in _role_heads(attributor.analysis.lang):
        return False
    first = comma - len(attributor.text[start:comma].lstrip())
    return any(m.label == "PERSON" and m.start == first and m.end == comma for m in attributor.analysis.entities)


#: A word of a capitalised title (`Deputy Premier`, `Minister of State for Cabinet Affairs`).
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*|of|and|for|the")
#: The most words of one title between two commas before a closing speaker.
_MAX_TITLE_WORDS = 4


def _comma_before_titles(text: str, comma: int, start: int, verb: int) -> int:
    """`[...], Deputy Premier, Minister of Interior and Minister of State X said ...`: when the words
    after the comma before the verb open with a role and the words between it and the comma before
    are a capitalised title alone, the titles are all the speaker's, so the report ends at the first
    comma (en_indcount2)."""
    after = text[comma + 1 : verb].split()
    if not after or after[0].lower() not in _role_heads("en"):
        return comma
    while (before := text.rfind(",", start, comma)) >= 0:
        words = text[before + 1 : comma].split()
        if not (
            0 < len(words) <= _MAX_TITLE_WORDS
            and words[0].lower() in _role_heads("en")
            and all(_TITLE_WORD.fullmatch(word) for word in words)
        ):
            break
        comma = before
    return comma


@cache
def _role_heads(lang: str) -> frozenset[str]:
    """First words of the language's role heads (`Ketua`, `Sekretaris`, `Kepala`)."""
    return frozenset(role.split()[0].lower() for role in load_resources(lang).roles if role.split())


#: Where or when a speaker closing the sentence spoke (`said from the scene`, `said at a briefing`).
_WHERE_SPOKEN = re.compile(
    r"(?:" + "|".join(speech_word_list("where_spoken_prepositions")) + r")\s+(?:the|a|an|his|her|their|its)\b"
)
#: Participles that open an adjunct of the occasion before the subject (`Speaking in the House, X ...`).
_OCCASION_PARTICIPLES = frozenset(w for w in speech_words()["subject_adjunct_openers"] if w.endswith("ing"))


def _occasion_only(text: str, start: int, comma: int) -> bool:
    """Whether all before the subject's comma is one adjunct of the occasion (`Speaking in the House,`,
    `Addressing the rally,`), which reports nothing (en_indirect16)."""
    words = text[start:comma].split()
    return bool(words) and words[0].lower() in _OCCASION_PARTICIPLES and "," not in text[start:comma]


#: A participle after the closing verb and a comma (`..., a police chief said, vowing to ...`).
_PARTICIPLE_TAIL = re.compile(r",\s*(?:while\s+)?[a-z]+ing\b")
#: A subordinate clause after the closing verb and a comma (`..., a politician said yesterday, after an
#: emergency law failed ...`): when or why it was said, not the report.
_SUBORDINATE_TAIL = re.compile(
    r",\s*(?:" + "|".join(speech_word_list("subordinate_tail_openers")) + r")\s"
    # `..., prosecutors argued Tuesday as a judge prepared to ...`: no comma before them
    r"|(?:" + "|".join(speech_word_list("subordinate_tail_openers_no_comma")) + r")\s"
)
#: Another act of the speaker after the closing verb and `and` (`..., he said and termed their efforts
#: a storm in a teacup.`): no report after the verb, so the clause before the comma is the report
#: (en_indcount1); `and added that ...` is left to its own rules.
_ACT_TAIL = re.compile(
    r"and\s+(?:also\s+)?(?![a-z]+\s+that\b)(?:[a-z]+ed|" + "|".join(sorted(speech_words()["irregular_pasts"])) + r")\s"
)
#: An order after `told` and whom it addresses (`..., which angered residents who told her to
#: leave.`): the verb directs, it closes no report (en_indcount3).
_DIRECTIVE_TAIL = re.compile(r"(?:[a-z]+\s+){0,3}to\s+[a-z]+\b")
#: The outlet that relayed the words, after the closing verb (`..., X said on Monday as quoted by kompas.com.`).
_QUOTED_BY_TAIL = re.compile(r",?\s*as\s+quoted\s+by\s")
#: `to` after a closing verb other than `told`, before whom the words went (`..., she said to the Gazette.`).
_SAID_TO = re.compile(r"\s+to(?=\s)")
#: Where a role speaker closing the sentence was (`..., says the police in Eastern Finland.`).
_PLACE_AFTER_ROLE = re.compile(r"(?:in|at|from)\s+(?:\S+\s*){1,6}$")  # `in the hill town of Mara`
#: At most this many words may follow a closing cue and its speaker (`katanya kepada wartawan`).
MAX_WORDS_AFTER_CUE = 3
#: At most this many words of place and time may follow them (`kata dia kepada wartawan di Jakarta, Senin`).
MAX_CONTEXT_WORDS = 10


#: How a role phrase closing an English sentence may begin (`an official from ...`, `two senior officers of ...`).
_ROLE_PHRASE_OPENERS = speech_words()["closing_role_openers"]
#: The longest such role phrase.
MAX_ROLE_PHRASE_WORDS = 12


def _role_phrase(attributor: Attributor, words: str) -> bool:
    """A long English noun phrase between the report's comma and a closing verb: an article or a
    number first, no comma, no predicate (`an official from the centre`, not `the toll rose to 20`)."""
    split = words.split()
    return (
        attributor.analysis.lang == "en"
        and 4 < len(split) <= MAX_ROLE_PHRASE_WORDS
        and split[0] in _ROLE_PHRASE_OPENERS
        and "," not in words
        and not has_predicate(words)
        and not any(w.endswith("ed") and w.islower() for w in split[1:])
    )


#: The most words of a speaker closing a headline (`..., says weather agency`).
MAX_HEADLINE_SPEAKER_WORDS = 4
#: How a sentence's line ends when it is no headline: a stop, or a closing quotation mark.
_CLOSED_LINE_ENDS = mark_chars(CLOSING_MARKS, ".!?")


def _headline_speaker(attributor: Attributor, verb_end: int, end: int) -> Mention | None:
    """A headline (a line with no final stop) closed by `says` and a bare role (`..., says weather
    agency`, `..., say residents`): the role after the verb is the speaker."""
    text, tokens = attributor.text, attributor.tokens
    rest = text[tokens.tokens[verb_end - 1].end : end]
    words = rest.split()
    line_end = text.find("\n", tokens.tokens[verb_end - 1].end)
    line_end = len(text) if line_end < 0 else line_end
    if (
        attributor.analysis.lang != "en"
        or not words
        or len(words) > MAX_HEADLINE_SPEAKER_WORDS
        or text[:line_end].rstrip()[-1:] in _CLOSED_LINE_ENDS
        or line_end > end + 1
        or has_predicate(rest)
        or not words[0].isalpha()
    ):
        return None
    first = tokens.first_at_or_after(tokens.tokens[verb_end - 1].end)
    last = tokens.last_ending_at_or_before(min(end, line_end))
    if last < first:
        return None
    return attributor.token_mention(first, last, "SPEAKER", kind="role")


def closing_cue(attributor: Attributor, index: int) -> bool:
    """A cue of the slot after a closing quote (`kata`, `lanjut`, `ujarnya`), not a verb that opens a
    clause (`mengatakan`, `said`: those sentences are read from the verb)."""
    lex = attributor.lex
    if lex.cues_before.match(attributor.tokens, index):
        return False
    return bool(lex.cues_after.match(attributor.tokens, index)) or attributor.cues.clitic(index)


def inverted_report(attributor: Attributor, k: int, verb_end: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Rescuers pulled 52 people out, said Muhammad Arif.` / `..., officials said.`: the report comes
    first, the verb and speaker close the sentence after a comma."""
    text, tokens = attributor.text, attributor.tokens.tokens
    start = past_sentence_adverb(attributor, start, k)  # `Meanwhile, ..., officials said.`
    comma = text.rfind(",", start, tokens[k].start)
    # `Camat X Budi Santoso, S.Sos mengatakan bahwa ...`: the comma before a degree is the name's.
    comma = comma_before_degrees(text, comma, start, tokens[k].start, attributor.analysis.lang)
    if attributor.analysis.lang == "en" and comma > start:
        comma = _comma_before_titles(text, comma, start, tokens[k].start)  # `[...], Deputy Premier, Minister of ... X said`
    if comma < 0 or (attributor.analysis.lang == "en" and _occasion_only(text, start, comma)):
        return None  # `Speaking in the House, lawmakers stressed on the need ...`: when, nothing reported
    after_verb = tokens[verb_end - 1].end
    if attributor.analysis.lang == "en" and (
        english_that_after_adjunct(text, after_verb, end, any_words=tokens[k].text == "told") is not None
    ):
        return None  # `During the opening ..., X said during his speech that ...`: the report follows the verb
    if tokens[k].text in ("told", "informed"):  # `..., X informed ANI.`
        after_verb = past_addressee(text, after_verb, end)  # `..., X told a news conference on Monday.`
    elif (
        attributor.analysis.lang == "en"
        and text[comma + 1 : tokens[k].start].lstrip()[:1] not in CLOSING_MARKS  # `completely," X said to AD`: a quote's cue
        and (to := _SAID_TO.match(text, after_verb, end)) is not None
    ):
        # also with nothing between the comma and the verb: `..., the council spokesman, X, said to the Gazette.`
        addressee_end = past_addressee(text, to.end(), end)  # `..., she said to the Gazette on Monday.`
        after_verb = addressee_end if addressee_end > to.end() else after_verb
    # `told reporters on Monday`: the addressee's end may stand after the space the time needs
    when = WHEN.match(text, after_verb, end) or WHEN.match(text, after_verb - 1, end)
    tail = text[when.end() if when else after_verb : end].strip(" .!?")
    if tokens[k].text == "told" and _DIRECTIVE_TAIL.match(tail):
        return None  # `..., residents told her to leave.`: an order, nothing reported before it
    if (
        (_WHERE_SPOKEN.match(tail) and not has_predicate(tail))
        or _PARTICIPLE_TAIL.match(tail)
        or BARE_PARTICIPLE_TAIL.match(tail)  # `..., he said adding that ...`
        or _SUBORDINATE_TAIL.match(tail)
        or _QUOTED_BY_TAIL.match(tail)
        or (attributor.analysis.lang == "en" and _ACT_TAIL.match(tail))
        or (tokens[k].text in ("told", "informed") and RELATIVE_ON_ADDRESSEE.match(tail))
    ):
        # `..., X said from the scene of the accident.`, `..., X said on Monday, vowing to ...`: where
        # the speaker was or what else they did, no report after the verb.
        tail = ""
    if reports_backward_only(text[tokens[k].start : tokens[verb_end - 1].end], attributor.analysis.lang):
        tail = ""  # `..., X made the remark following the incident, where ...`: when and where only
    if len(text[comma + 1 : tokens[k].start].split()) > 4 and not long_name_subject(attributor, comma, k):
        found = name_in_apposition_last(attributor, k, verb_end, start, comma, tokens[k].start, end)
        if found is None and not tail:
            found = role_chain_name_last(attributor, k, verb_end, start, comma)  # `..., X Police chief Y said.`
        role = text[comma + 1 : tokens[k].start]
        if found is None and not tail and (_role_phrase(attributor, role) or anonymous_role(role, _ROLE_PHRASE_OPENERS)):
            # `..., an official from the National Emergency Operations Centre said on Sunday.`
            speaker = attributor.speaker_before(k, comma + 1)
            clause = reported_clause(attributor, start, comma, closed=True)
            if clause is not None and speaker is not None:
                return clause, Attribution(attributor.token_mention(k, verb_end - 1, "CUE"), speaker, INDIRECT_SCORE)
        return found
    if text[comma + 1 : tokens[k].start].strip():
        # `On speculation that ..., Ahmad said it was merely speculation.`: a short clause after the verb.
        clause_after = len(tail.split()) >= MIN_WORDS and bool(reads_as_clause(tail))
        # `Intention for talks with X ..., he added, is not appropriate`: a short predicate after the
        # cue ends a long subject that opened the sentence.
        predicate_after = attributor.analysis.lang == "en" and english_predicate_first(tail)
        if len(tail.split()) > 4 or (clause_after and attributor.analysis.lang == "en") or predicate_after:
            # English only, after a noun phrase (`The suspect, Kurnia said, ...`); `Namun, ia mengatakan,
            # ...` and `However, he said, ...` report what follows the verb.
            opening = text[start : text.find(",", start, comma + 1)].split()
            speaker = attributor.speaker_before(k, comma + 1)
            english = attributor.analysis.lang == "en" and len(opening) >= 2
            # `Warga yang membutuhkan bantuan, dia melanjutkan, bisa mendatangi posko`: the part after
            # the verb has no subject of its own, so the opening is the report's subject.
            subjectless = (
                attributor.analysis.lang != "en"
                and len(opening) >= 2
                and (predicate_first(tail) or adjunct_first(opening))
                and not title_of_speaker(attributor, text[start:comma], speaker)
                and not name_of_role_speaker(attributor, start, comma, speaker)
            )
            inside = (
                cue_inside(attributor, start, comma, tail, end, any_opening=predicate_after, short_rest=predicate_after)
                if speaker is not None and (english or subjectless)
                else None
            )
            if inside is not None:  # `The suspect, Kurnia said, had been held ...`: the cue inside the clause
                return inside, Attribution(attributor.token_mention(k, verb_end - 1, "CUE"), speaker, INDIRECT_SCORE)
            return None  # `..., officials said on Sunday.` only: a clause after the verb is the report itself
        if only_a_date(attributor.analysis, comma + 1, tokens[k].start):
            return None  # `X ketika ditemui ..., Senin (12/5/2025) mengatakan ...`: when, not who
        if attributor.analysis.lang == "id" and (predicate_first(tail) or has_predicate(tail)):
            return None  # `Sedangkan pada taktik, Aji menilai tidak ada yang salah.`: a short report after the verb
        if attributor.analysis.lang == "id" and object_points_back(tail):
            return None  # `Terkait isu itu, pihaknya membantah hal tersebut.`: the verb's object, nothing reported
        speaker = attributor.speaker_before(k, comma + 1)
    else:
        told = told_after_apposition(attributor, k, verb_end, start, comma, end)
        if told is not None:
            return told  # `..., Tom Baker, a police spokesman, told reporters.`
        day = WHEN.match(text, tokens[verb_end - 1].end, end)
        if day and text[start:comma].count(",") >= 1 and len(text[day.end() : end].split()) >= MIN_WORDS:
            return None  # `X, who leads Y, said Monday the cabinet ...`: a time, then the report after the verb
        following = tokens[verb_end] if verb_end < len(tokens) else None
        pronoun = following is not None and following.text.lower() in attributor.lex.pronouns
        role = following is not None and following.start < end and following.text.lower() in ARTICLES
        headline = _headline_speaker(attributor, verb_end, end)
        if headline is not None:  # `Floods will worsen this week, says weather agency`
            clause = reported_clause(attributor, start, comma, closed=True)
            cue = attributor.token_mention(k, verb_end - 1, "CUE")
            return (clause, Attribution(cue, headline, INDIRECT_SCORE)) if clause is not None else None
        bare = bare_plural_speaker(attributor, verb_end, end)  # `..., said villagers.`
        if bare is not None:
            clause = reported_clause(attributor, start, comma)
            cue = attributor.token_mention(k, verb_end - 1, "CUE")
            return (clause, Attribution(cue, bare, INDIRECT_SCORE)) if clause is not None else None
        english = attributor.analysis.lang == "en" and following is not None
        lower_role = role_name_after(attributor, tokens[verb_end - 1].end, end) if english else None
        if lower_role is not None:  # `..., said district administrator Rina Patel.`
            clause = reported_clause(attributor, start, comma, closed=True)
            cue = attributor.token_mention(k, verb_end - 1, "CUE")
            return (clause, Attribution(cue, lower_role, INDIRECT_SCORE)) if clause is not None else None
        if following is None or following.start >= end or not (following.is_cap or pronoun or role):
            # `..., Mark Timbal, a spokesman for the council, said.`
            before = text.rfind(",", start, comma)
            found = name_in_apposition_last(attributor, k, verb_end, start, before, comma, end, after_verb)
            if found is None and not tail:  # `..., the police spokesman, Rudi Hartono, said.`
                found = role_then_name_last(attributor, k, verb_end, start, before, comma)
            return found
        speaker = attributor.speaker_after(verb_end, end)  # `..., said Muhammad Arif.`
        rest = rest_after_speaker(text, speaker.end, end) if speaker is not None else ""  # `said X here on Monday`
        anonymous = anonymous_speaker_after(attributor, following.start, end) if role else None
        if anonymous is not None:
            speaker, rest = anonymous, ""  # `..., said a local who did not want to be named.`
        elif role and speaker is not None:
            # `..., said the ministry's spokesman (on Tuesday | in Manila).`: a role closes the sentence;
            # `..., said the blaze had grown.` is a report after the verb, no role.
            words = text[speaker.start : speaker.end].split()
            if has_predicate(" ".join(words)) or any(w.endswith("ed") and w.islower() for w in words):
                return None
            when = WHEN.match(text, speaker.end, end)
            rest = text[when.end() if when else speaker.end : end].strip(" .!?")
            if _PLACE_AFTER_ROLE.match(rest) or occasion_after_speaker(rest):
                rest = ""  # `..., said the spokesman during a briefing.`: where it was said
            elif _PARTICIPLE_TAIL.match(rest):
                rest = ""  # `..., said the police chief, adding that ...`: what else the speaker did
            if rest:
                return None  # `..., said the chief, ...`: more follows the role, which is no closing attribution
        if rest and not rest.startswith(",") and not occasion_after_speaker(rest):
            return None  # `..., said he had lost ...`: the speaker is followed by the report
    clause = reported_clause(attributor, start, comma, closed=True)
    if clause is None or speaker is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)


#: An adverb after an inner cue and its speaker, before the comma that goes on with the report
#: (`Setelah itu, jelasnya lagi, kejaksaan ...`, `..., kata Riko pula, ...`).
_ADVERB_BEFORE_COMMA = re.compile(
    r"\s+(?i:" + "|".join(sorted(speech_words()["adverbs_after_verb"])) + r")(?=\s*,)"
)


def trailing_cue(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Pabrik itu sudah dua kali ditegur, katanya.` / `..., lanjut dia.`: the report comes first and
    a cue of the slot after a closing quote (`kata`, `lanjut`, a clitic) closes the sentence."""
    text, tokens = attributor.text, attributor.tokens
    comma = text.find(",", start, end)
    while comma >= 0:
        following = tokens.first_at_or_after(comma + 1)
        if following < len(tokens) and tokens.tokens[following].start < end and closing_cue(attributor, following):
            attribution = attributor.after_close(comma, end)
            if attribution is None or attribution.speaker is None:
                return None
            inner = speaker_before_predicate(attributor, attribution.cue, attribution.speaker)
            if inner is not None and len(text[start:comma].split()) <= MAX_WORDS_BEFORE_INNER_CUE:
                clause = reported_clause(attributor, start, end, whole_sentence=True)  # `..., kata Sekda akan ...`
                return (clause, Attribution(attribution.cue, inner, INDIRECT_SCORE)) if clause else None
            tail_start = max(attribution.cue.end, attribution.speaker.end)
            adverb = _ADVERB_BEFORE_COMMA.match(text, tail_start, end)  # `..., jelasnya lagi, ...`
            tail = text[adverb.end() if adverb else tail_start : end].strip(" .!?")
            personal = attribution.speaker.attrs.get("kind") in ("clitic", "pronoun")
            inside = cue_inside(attributor, start, comma, tail, end, any_opening=personal)
            if inside is not None:
                return inside, Attribution(attribution.cue, attribution.speaker, INDIRECT_SCORE)
            if report_goes_on(attributor, attribution.speaker, start, comma, tail):
                # `Saat ini, kata Agus keluarga yang rumahnya rusak ...`: the comma after the name left out.
                clause = reported_clause(attributor, start, end, whole_sentence=True)
                return (clause, Attribution(attribution.cue, attribution.speaker, INDIRECT_SCORE)) if clause else None
            limit = MAX_APPOSITION_WORDS if tail.startswith(",") else MAX_WORDS_AFTER_CUE
            personal = attribution.speaker.attrs.get("kind") in ("name", "pronoun", "clitic")
            if personal and tail.split(" ", 1)[0].lower() in SPEAKER_STOPS:
                limit = MAX_CONTEXT_WORDS  # `..., ujar dia di Jakarta, Selasa (5/3/2024).`: where and when
            if len(tail.split()) > limit:
                return None  # `..., ujar Nani, warga Desa Cibodas.` keeps an apposition after the speaker
            clause = reported_clause(attributor, start, comma, closed=True)
            if clause is None:
                return None
            return clause, Attribution(attribution.cue, attribution.speaker, INDIRECT_SCORE)
        comma = text.find(",", comma + 1, end)
    return None
