"""Word lists of the quote, speaker, indirect-speech and coreference modules live in
`common/speech_words.toml`, not in code (tidy19): a module-level `frozenset({...})` of words in
those packages is a list the table should hold. Sets of rule names or speaker kinds are no
language knowledge and stay in code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from annotator.nlp.quotes.quote_speech import TITLE_NEAR, TITLE_WORDS
from annotator.nlp.resources import speech_word_list, speech_words

NLP = Path(__file__).resolve().parents[2] / "annotator" / "nlp"
PACKAGES = ("indirect", "speakers", "quotes", "coref")
#: Sets of speaker kinds and rule or furniture names: the pipeline's own vocabulary, not words of a language.
NOT_WORDS = {
    ("closing_no_comma.py", "_SPEAKER_KINDS"),
    ("closing_that_only.py", "_SPEAKER_KINDS"),
    ("outlet_relayed.py", "_OUTLET_KINDS"),
    ("coref_salience.py", "CREDIT_RULES"),
    ("coref_salience.py", "CREDIT_FURNITURE"),
}


def _word_set_literals(path: Path) -> list[str]:
    found = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if not (isinstance(call.func, ast.Name) and call.func.id == "frozenset" and call.args):
            continue
        elements = call.args[0].elts if isinstance(call.args[0], ast.Set) else []
        if elements and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elements):
            name = node.targets[0].id if isinstance(node.targets[0], ast.Name) else "?"
            if (path.name, name) not in NOT_WORDS:
                found.append(f"{path.parent.name}/{path.name}: {name}")
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_no_word_set_literals_in_code(package: str) -> None:
    found = [hit for path in sorted((NLP / package).glob("*.py")) for hit in _word_set_literals(path)]
    assert found == []


def test_the_guard_sees_a_word_set(tmp_path: Path) -> None:
    invented = tmp_path / "invented_rule.py"
    invented.write_text('_OPENERS = frozenset({"lalu", "then"})\n', "utf-8")
    assert _word_set_literals(invented) == [f"{tmp_path.name}/invented_rule.py: _OPENERS"]


def test_ordered_lists_keep_table_order() -> None:
    # A regex alternation built from the table keeps the order the rule was written in.
    assert speech_word_list("when_after_verb")[:2] == ("Monday", "Tuesday")
    assert set(speech_word_list("opening_cues")) == speech_words()["opening_cues"]
    # `slogan` is listed twice on purpose: the tuple keeps it, the set has it once.
    assert speech_word_list("title_words").count("slogan") == 2


def test_title_words_from_the_table_still_match() -> None:
    assert TITLE_WORDS.search("lagu berjudul ")
    assert TITLE_WORDS.search("a campaign dubbed ")
    assert TITLE_NEAR.search("dengan judul berbeda, yaitu ")
    assert not TITLE_WORDS.search("kata dia ")
