"""Run the pre-labeller on a text (checking the record against the news scheme) and look spans and
relations up by their text."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.model import Record, default_scheme
from annotator.model.records import Relation, Span, check_record_consistency
from annotator.nlp import prelabel


@dataclass
class Labelled:
    text: str
    spans: list[Span]
    relations: list[Relation]

    def texts(self, label: str, **attrs: object) -> list[str]:
        return [s.text for s in self.spans if s.label == label and all(s.attrs.get(k) == v for k, v in attrs.items())]

    def quotes(self) -> list[str]:
        return [s.text for s in self.spans if s.label == "QUOTE" and s.attrs.get("type") != "indirect"]

    def span(self, label: str, text: str) -> Span:
        found = [s for s in self.spans if s.label == label and s.text == text]
        assert found, f"no {label} span {text!r}; have {[(s.label, s.text) for s in self.spans]}"
        return found[0]

    def linked(self, head: Span, label: str) -> list[Span]:
        by_id = {s.id: s for s in self.spans}
        return [by_id[r.child] for r in self.relations if r.head == head.id and r.label == label]

    def speaker_of(self, quote_text: str) -> str | None:
        quote = self.span("QUOTE", quote_text)
        speakers = self.linked(quote, "SPEAKER")
        return speakers[0].text if speakers else None

    def cue_of(self, quote_text: str) -> str | None:
        cues = self.linked(self.span("QUOTE", quote_text), "CUE")
        return cues[0].text if cues else None

    def resolved_speaker_of(self, quote_text: str) -> str | None:
        speakers = self.linked(self.span("QUOTE", quote_text), "SPEAKER")
        if not speakers:
            return None
        current = speakers[0]
        for _ in range(5):
            targets = self.linked(current, "COREF")
            if not targets:
                break
            current = targets[0]
        return current.text


def run(text: str, lang: str = "id") -> Labelled:
    spans, relations = prelabel(text, lang)
    record = Record(text=text, spans=spans, relations=relations)
    check_record_consistency(record, fill_text=False)
    default_scheme().check_record(record)
    return Labelled(text, spans, relations)
