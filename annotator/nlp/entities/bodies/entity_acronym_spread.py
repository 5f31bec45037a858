"""An acronym found once as an organisation is one everywhere in the text: `juru bicara KNPB X`
names the body, and `simpatisan KNPB`, `lambang KNPB` later in the article are the same body,
though no rule knows the word there (an unknown capitals word alone is no entity). Like
``propagate_places`` for one-word places, after the scan and its passes."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def propagate_acronyms(s: EntityState) -> None:
    """Each free occurrence of a one-word ORG in capitals (three to six letters, or with a faction
    letter: `PML-N`) becomes an ORG."""
    acronyms = set()
    for mention in s.found:
        if mention.label == "ORG" and mention.end - mention.start <= 6:
            text = s.text[mention.start : mention.end]
            if len(text) >= 3 and text.replace("-", "").isalpha() and text.isupper():
                acronyms.add(text)
    if not acronyms:
        return
    for index in s.tokens.indices_of(acronyms):
        if s.free(index):
            s.add(index, index, "ORG", rule="acronym_found_elsewhere")
