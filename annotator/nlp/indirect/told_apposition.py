"""`[...], Tom Baker, a spokesman for the district police, told reporters.`: a report closed by a name,
its apposition and `told` with whom it told. The name before the apposition speaks; whom `told`
addresses (`reporters`, `AFP`) never does, and the name and apposition stay out of the report."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.appositions import MAX_APPOSITION_WORDS, role_openers
from annotator.nlp.indirect.clauses import ARTICLES, INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.indirect_forms import WHEN
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.indirect.role_name_last import role_then_name_last
from annotator.nlp.speakers.addressee import past_addressee
from annotator.nlp.speakers.attribution import Attribution, Attributor


def told_after_apposition(
    attributor: Attributor, k: int, verb_end: int, start: int, comma: int, end: int
) -> tuple[Mention, Attribution] | None:
    """The report before `, Name, apposition, told X.` where ``comma`` is the comma right before
    `told` (token ``k``); None when the words do not take that shape."""
    text, tokens = attributor.text, attributor.tokens.tokens
    if attributor.analysis.lang != "en" or tokens[k].text not in ("told", "informed"):
        return None
    after_verb = tokens[verb_end - 1].end
    trimmed = text[:end].rstrip(" .!?")  # the addressee may close the sentence (`told reporters.`)
    after = past_addressee(trimmed, after_verb, len(trimmed))
    if after == after_verb:
        return None  # `told` with no addressee: the other rules read it
    when = WHEN.match(text, after, end) or WHEN.match(text, after - 1, end)
    if text[when.end() if when else after : end].strip(" .!?"):
        return None  # more than whom and when: `told reporters the dam ...` is read from the verb
    before = text.rfind(",", start, comma)
    role_first = role_then_name_last(attributor, k, verb_end, start, before, comma)
    if role_first is not None:
        return role_first  # `..., the police spokesman, Rudi Hartono, told ANI.`
    apposition = text[before + 1 : comma].strip()
    first = apposition.split(" ", 1)[0].lower()
    if before < 0 or len(apposition.split()) > MAX_APPOSITION_WORDS or has_predicate(apposition):
        return None
    if first not in ARTICLES and first not in role_openers("en"):
        return None
    name_comma = text.rfind(",", start, before)
    if name_comma < 0:
        return None
    person = attributor.entity_by_first.get(attributor.tokens.first_at_or_after(name_comma + 1))
    if person is None or person.label != "PERSON" or text[person.end : before].strip():
        return None
    clause = reported_clause(attributor, start, name_comma, closed=True)
    if clause is None:
        return None
    cue = attributor.token_mention(k, verb_end - 1, "CUE")
    return clause, Attribution(cue, attributor.name_speaker(person), INDIRECT_SCORE)
