"""The newcomer a pronoun in a quote paragraph stands for: the person the paragraph before is about,
named after the last speaker (`Sontak AKBP X marah-marah ...` / `“...,” ucapnya`), or brought in there
by a passive speech verb (`Hal itu dibenarkan oleh Kanit Reskrim X.` / `“...,” ujarnya`). Lines of
page furniture between them (`ADVERTISEMENT`, `Baca juga: ...`) are passed over, and so are a
crosshead (`New form`) and a paragraph that only carries on the same person (`He has passed ...`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.nlp.coref.coref_salience import coref_words, introduced_by_passive, verb_after_name

if TYPE_CHECKING:
    from annotator.nlp.analysis import Analysis, Mention
    from annotator.nlp.coref.coref_resolver import CorefResolver

#: How many crossheads and carrying-on paragraphs the look-up passes over.
_PASSED_OVER = 2


def newcomer_before(resolver: CorefResolver, para: int, last_speaker: int) -> Mention | None:
    """The person the paragraph before ``para`` is about, when named after the offset of the last
    speaker and outside what anyone reported, else None. A crosshead or a paragraph carrying on
    with a pronoun (no person named, no quote) is passed over to the paragraph before it."""
    analysis = resolver.analysis
    for _ in range(_PASSED_OVER + 1):
        bounds = paragraph_before(analysis, para)
        if bounds is None or bounds[1] <= last_speaker:
            return None
        found = _newcomers_in(resolver, *bounds, last_speaker)
        if found or not _carries_on(analysis, *bounds):
            return found[-1] if found else None
        para = bounds[0]
    return None


def _newcomers_in(resolver: CorefResolver, start: int, end: int, last_speaker: int) -> list[Mention]:
    analysis = resolver.analysis
    reported = {id(m) for m in resolver.named_outside_reports}

    def candidate(m: Mention) -> bool:
        return start <= m.start and m.end <= end and m.start > last_speaker and id(m) in reported

    found = [m for m in resolver.openers if candidate(m) and not passive_subject(analysis.text, m, analysis.lang)]
    if not found:
        found = [
            m
            for m in resolver.people
            if candidate(m) and introduced_by_passive(analysis.text, resolver.sentence_start(m.start), m, analysis.lang)
        ]
    return found


def _carries_on(analysis: Analysis, start: int, end: int) -> bool:
    """`New form` (a crosshead: no full stop) or `He has passed several measures ...` (opened by a
    pronoun): a paragraph naming no one and quoting no one, which keeps the person before it in focus."""
    paragraph = analysis.text[start:end].strip()
    first = paragraph.split(maxsplit=1)[0].lower() if paragraph else ""
    heading = not paragraph.endswith((".", "!", "?", "”", '"'))
    if not heading and first not in coref_words()["paragraph_continuing_pronouns"]:
        return False
    if any(start <= m.start < end for m in analysis.entities_of("PERSON")):
        return False
    return not any(q.start < end and start < q.end for q in analysis.quotes)


def passive_subject(text: str, person: Mention, lang: str) -> bool:
    """`Pelaku bernama Budi diamankan ...`: the name is followed by a passive verb (adverbs between).
    The `di-` prefix marks the Indonesian passive only: English `dismissed`, `disclosed`, `directed`
    are active verbs of a subject."""
    return lang != "en" and verb_after_name(text, person, "passive_verb_prefixes", 4)


def not_passive(text: str, subjects: list[Mention], lang: str) -> list[Mention]:
    """The subjects that are not followed by a passive verb, or all of them when each is."""
    return [m for m in subjects if not passive_subject(text, m, lang)] or subjects


def quote_lead_in(analysis: Analysis, para: int, quote_start: int) -> tuple[int, int] | None:
    """Bounds of the text that leads into a quote at ``quote_start`` in the paragraph opening at
    ``para``: the paragraph's text before the quote, or, when the quote opens its paragraph, the
    paragraph before (None when there is none)."""
    text = analysis.text
    lead_end = quote_start
    while lead_end > para and not text[lead_end - 1].isalnum():
        lead_end -= 1
    if lead_end > para:
        return para, lead_end
    return paragraph_before(analysis, para)


def paragraph_before(analysis: Analysis, para: int) -> tuple[int, int] | None:
    """Bounds of the last paragraph before offset ``para`` that is not page furniture."""
    text = analysis.text
    end = para - 1
    while True:
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        if not any(m.start <= start and end <= m.end for m in analysis.furniture):
            return start, end
        end = start
