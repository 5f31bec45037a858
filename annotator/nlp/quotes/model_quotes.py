"""A trained model's QUOTE, CUE and SPEAKER spans in the pre-labels, linked by the rules.

A model stored by ``annotator train`` says for which of these labels it beat the rules on its
dev split (its ``annotator_label_choice`` component); the pipeline passes those labels to
``annotator_quotes``, which calls :func:`merge_model_quotes` after the rules have run:

- for each chosen label, the model's spans (``doc.spans["quotes"]``, source ``model``) replace
  the rules' spans of that label; the other labels keep the rules' spans;
- each quote is attributed by the rules: a rule quote keeps its own cue and speaker; a model
  quote takes those of the rule quote it overlaps most, or else the rules' attributor looks
  at the slot after its end and the clause before its start (as for a quotation mark there);
- a cue or speaker the rules found is then swapped for the model's span of that label that
  overlaps it (for a chosen label); without one, the nearest model span of that label in the
  quote's paragraph is taken (:data:`NEAR` code points at most).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.pairing import OPENERS, QuoteCandidate
from annotator.nlp.quotes.quote_introduction import clause_start
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.marks import CLOSING_MARKS_WITH_GUILLEMETS, OPENING_MARKS

QUOTE_LABELS = ("QUOTE", "CUE", "SPEAKER")
#: How far (code points, in the quote's paragraph) a model cue or speaker may lie from its quote.
NEAR = 80
#: Marks that open a quote: the shared ones and the low and reversed ones the pairing knows (`„`, `«`).
_OPEN_MARKS = OPENING_MARKS | frozenset(OPENERS)


@dataclass(frozen=True)
class ModelSpan:
    start: int
    end: int
    label: str
    score: float | None = None


def _overlap(a: Mention, start: int, end: int) -> int:
    return max(0, min(a.end, end) - max(a.start, start))


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    return para_start, len(text) if para_end < 0 else para_end


class _Merge:
    def __init__(self, analysis: Analysis, attributor: Attributor, labels: set[str]) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.attributor = attributor
        self.labels = labels
        self.rule_links: dict[int, dict[str, Mention]] = {}
        for link in analysis.links:
            self.rule_links.setdefault(id(link.head), {})[link.label] = link.child

    def attribution(self, quote: Mention, rule_quotes: list[Mention]) -> dict[str, Mention]:
        """The rules' cue and speaker of ``quote`` (``{"CUE": m, "SPEAKER": m}``, either may lack)."""
        if id(quote) in self.rule_links:
            return self.rule_links[id(quote)]
        best = max(rule_quotes, key=lambda rule: _overlap(rule, quote.start, quote.end), default=None)
        if best is not None and _overlap(best, quote.start, quote.end):
            return self.rule_links.get(id(best), {})
        found = self._attribute(quote)
        if found is None:
            return {}
        return {label: mention for label, mention in (("CUE", found.cue), ("SPEAKER", found.speaker)) if mention is not None}

    def _attribute(self, quote: Mention) -> Attribution | None:
        text = self.text
        para_start, para_end = _paragraph(text, quote.start, quote.end)
        close = quote.end if quote.end < len(text) and text[quote.end] in CLOSING_MARKS_WITH_GUILLEMETS else quote.end - 1
        found = self.attributor.after_close(close, para_end)
        if found is not None:
            return found
        open_mark = quote.start - 1 if quote.start > 0 and text[quote.start - 1] in _OPEN_MARKS else quote.start
        candidate = QuoteCandidate(quote.start, quote.end, open_mark, None, para_start, para_end)
        return self.attributor.before_open(open_mark, clause_start(text, candidate, None))

    def final(self, label: str, rule: Mention, model: list[Mention]) -> Mention | None:
        """The span of ``label`` the quote links to, given the rules' choice ``rule``."""
        if label not in self.labels:
            return rule
        overlapping = max(model, key=lambda m: _overlap(m, rule.start, rule.end), default=None)
        if overlapping is not None and _overlap(overlapping, rule.start, rule.end):
            return overlapping
        return None

    def nearest(self, quote: Mention, model: list[Mention]) -> Mention | None:
        para_start, para_end = _paragraph(self.text, quote.start, quote.end)
        best, distance = None, NEAR + 1
        for mention in model:
            if mention.start < para_start or mention.end > para_end or _overlap(mention, quote.start, quote.end):
                continue
            gap = mention.start - quote.end if mention.start >= quote.end else quote.start - mention.end
            if gap < distance:
                best, distance = mention, gap
        return best


def merge_model_quotes(analysis: Analysis, attributor: Attributor, spans: Iterable[ModelSpan], labels: Iterable[str]) -> None:
    """Put the model's spans of ``labels`` (a subset of QUOTE, CUE, SPEAKER) in place of the
    rules' and link every quote to its cue and speaker (see the module's docstring)."""
    chosen = {label for label in labels if label in QUOTE_LABELS}
    if not chosen:
        return
    model: dict[str, list[Mention]] = {label: [] for label in QUOTE_LABELS}
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.label)):
        if span.label in chosen and span.start < span.end:
            score = None if span.score is None else round(float(span.score), 2)
            model[span.label].append(Mention(span.start, span.end, span.label, source="model", score=score))
    merge = _Merge(analysis, attributor, chosen)
    rule_quotes = list(analysis.quotes)
    quotes = model["QUOTE"] if "QUOTE" in chosen else rule_quotes
    found: dict[str, list[Mention]] = {
        "CUE": list(model["CUE"]) if "CUE" in chosen else list(analysis.cues),
        "SPEAKER": list(model["SPEAKER"]) if "SPEAKER" in chosen else list(analysis.speakers),
    }
    links: list[Link] = [link for link in analysis.links if link.label not in ("CUE", "SPEAKER")]
    for quote in quotes:
        attributed = merge.attribution(quote, rule_quotes)
        for label in ("CUE", "SPEAKER"):
            rule = attributed.get(label)
            child = merge.final(label, rule, model[label]) if rule is not None else None
            if child is None and label in chosen:
                child = merge.nearest(quote, model[label])
            if child is None:
                continue
            child = _shared(found[label], child)
            links.append(Link(quote, child, label, source="model" if "model" in (quote.source, child.source) else "rule",
                              score=quote.score))  # fmt: skip
    analysis.quotes = list(quotes)
    analysis.cues, analysis.speakers = found["CUE"], found["SPEAKER"]
    analysis.links = links


def _shared(mentions: list[Mention], mention: Mention) -> Mention:
    """The mention of ``mentions`` at the same place (added when there is none)."""
    for known in mentions:
        if known is mention or (known.start, known.end, known.label) == (mention.start, mention.end, mention.label):
            return known
    mentions.append(mention)
    return mention


def doc_model_spans(doc: object, key: str) -> list[ModelSpan]:
    """The labelled spans a trained ``spancat`` left in ``doc.spans[key]``, with its scores."""
    group = doc.spans.get(key)  # type: ignore[attr-defined]
    if not group:
        return []
    scores = group.attrs.get("scores")
    return [
        ModelSpan(span.start_char, span.end_char, span.label_, None if scores is None or len(scores) <= n else float(scores[n]))
        for n, span in enumerate(group)
    ]
