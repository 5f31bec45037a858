"""One capitalised word right after a small-letter role is the person holding it: `the striker
Haaland scored`, `police arrested the driver Somsak`, `goalkeeper Ederson saved` (en_ents4 round).
The scan reads a capitalised role as a role and the name after it, but a role in small letters
opens nothing there, and one unknown capitalised word alone is no entity.

Only a single word is taken (two or more are a name run the scan reads already), and only one
that stands free: no place, body, date or title took it, the text never writes it in small
letters, and no capitalised word follows it. English only, after the scan."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import load_resources, read_toml


@cache
def small_roles(lang: str) -> frozenset[str]:
    """The one-word roles of ``roles.txt`` in small letters (`striker`, `spokesman`, `coach`) and the
    trades of ``one_name_roles`` (`actor`, `candidate`)."""
    roles = {role.lower() for role in load_resources(lang).roles if " " not in role and role[1:].islower()}
    return frozenset(roles | set(read_toml(lang, "entity_words.toml").get("one_name_roles", [])))


def one_names_after_roles(s: EntityState) -> None:
    lex = s.lex
    roles = small_roles(s.analysis.lang)
    for index in s.tokens.indices_of(roles):  # the role words in small letters only
        k = index + 1
        if not s.joined(index, k) or not s.cap_word(k):
            continue
        if k + 1 < s.n and s.joined(k, k + 1) and s.tokens.tokens[k + 1].is_cap:
            continue  # `the striker Erling Haaland`: a longer name, the scan's
        word = s.word(k)
        if word.lower() in s.lower_words or not word[1:].islower() or lex.gazetteer.match(s.tokens, k):
            continue
        if lex.roles.match(s.tokens, k) or lex.titles.match(s.tokens, k) or s.is_head(k):
            continue
        s.add(k, k, "PERSON", rule="one_name_after_role")
