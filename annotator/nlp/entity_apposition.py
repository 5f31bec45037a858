"""A name set off by commas right after a role that names an organisation (`Kepala Dinas
Kesehatan Bone, Komarudin, mengatakan ...`, `Kepala Satgas BPBD Kalbar, Daniel saat ...`): the
one or two capitalised words after the comma are the person holding the role. The scan tags
a lone unknown word only in a naming context; this is one."""

from __future__ import annotations

from annotator.nlp.entity_state import EntityState

#: How many capitalised words a name after the comma may have.
MAX_WORDS = 3


def names_after_roles(s: EntityState) -> None:
    for mention in list(s.found):
        if mention.label != "ORG" or mention.rule != "title_or_role" or s.text[mention.end : mention.end + 2] != ", ":
            continue
        first = s.tokens.first_at_or_after(mention.end + 2)
        end = first
        while end < s.n and end - first < MAX_WORDS and s.cap_word(end) and (end == first or s.joined(end - 1, end)):
            if s.lex.gazetteer.match(s.tokens, end) or s.is_head(end) or s.lex.titles.match(s.tokens, end):
                break
            end += 1
        if end == first:
            continue
        after = s.text[s.tokens.tokens[end - 1].end : s.tokens.tokens[end - 1].end + 2]
        if end < s.n and (after[:1] == "," or (after[:1] == " " and s.word(end)[:1].islower())):
            s.add(first, end - 1, "PERSON", rule="name_after_role")
