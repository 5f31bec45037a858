"""A state named by its style: `the Republic of Cyprus`, `the Kingdom of Tonga`, `the Sultanate of
Sulu`. The scan finds the place after `of` and left the style word outside it, but the guidelines
take the whole style as the GPE (`[Republic of Cyprus]`, as `[Benin Republic]` is). A GPE right
after a style word of ``state_styles`` and `of` is widened to the style word, when the word
before the style is not `of` (`Secretary of State of X`: an office) nor capitalised (`The` opening a
sentence aside, `The State of X`; `the Democratic Republic of X` keeps its place alone: an
adjective may open the style, which this rule does not decide) and no other entity holds it."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: The word between the style and the place.
STYLE_LINK = "of"


def states_by_style(s: EntityState) -> None:
    """Widen a GPE after `<style> of` to the style word (English only)."""
    styles = s.words.state_styles
    if s.analysis.lang != "en" or not styles or not s.has_any_word(styles):
        return
    for mention in s.found:
        if mention.label != "GPE":
            continue
        k = s.tokens.first_at_or_after(mention.start)
        style = k - 2
        if style < 0 or s.word(k - 1) != STYLE_LINK or s.word(style) not in styles:
            continue
        if not (s.joined(style, k - 1) and s.joined(k - 1, k) and s.free(style) and s.free(k - 1)):
            continue
        before = s.word(style - 1)
        if s.joined(style - 1, style) and before[:1].isupper() and before.lower() not in s.res.determiners:
            continue  # `the Islamic Republic of Iran`, `Bank of the Republic`: not this rule's
        if s.word(style - 1) == STYLE_LINK:
            continue  # `Secretary of State of Qatar`, `Head of State of X`: the style ends an office
        mention.start = s.tokens.starts[style]
        mention.rule = "state_style"
        s.block(style, k - 1)
