"""Questions and answers (`“...?” tanya jaksa.` / `“Benar,” jawabnya.`): a pronoun or clitic that
answers (its cue is an answer cue) right after a question stands for the one who was asked, the
last earlier speaker other than the asker, not for the asker. A role that answers (`“Polisi, Pak,”
jawab pelaku` after `“...?” tanya Kapolda`) is never the asker either."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words


class Turns:
    """The cue and resolved speaker of the last quote, to tell an answer after a question."""

    def __init__(self, analysis: Analysis) -> None:
        self.cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
        self.text = analysis.text
        self.last: tuple[str, Mention | None] | None = None

    def _stem(self, quote: Mention) -> str:
        cue = self.cue_of.get(id(quote))
        return self.text[cue.start : cue.end].lower() if cue is not None else ""

    def answerer(self, quote: Mention, speakers_before: list[tuple[int, Mention]]) -> Mention | None:
        """For an answer right after a question: the last earlier speaker who is not the asker."""
        words = speech_words()
        if self.last is None or not any(self._stem(quote).startswith(cue) for cue in words["answer_cues"]):
            return None
        question, asker = self.last
        if asker is None or not any(question.startswith(cue) for cue in words["question_cues"]):
            return None
        asked = self.text[asker.start : asker.end]
        others = [person for _, person in speakers_before if self.text[person.start : person.end] != asked]
        return others[-1] if others else None

    def answers_the_asker(self, quote: Mention, target: Mention | None) -> bool:
        """Whether ``quote`` answers the question just before it and ``target`` is who asked it."""
        words = speech_words()
        if target is None or self.last is None or not any(self._stem(quote).startswith(cue) for cue in words["answer_cues"]):
            return False
        question, asker = self.last
        if asker is None or not any(question.startswith(cue) for cue in words["question_cues"]):
            return False
        return self.text[asker.start : asker.end] == self.text[target.start : target.end]

    def record(self, quote: Mention, resolved: Mention | None) -> None:
        self.last = (self._stem(quote), resolved)
