"""English verbs that report only with `that` (`He continued that ...`): a text that lacks what
every match of their pattern holds is not searched sentence by sentence (speed24). The shortcut
must never hide a match the sentence's search would find."""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotator.nlp.indirect.quoted_saying import _that_only
from annotator.nlp.text.pattern_needs import holds, needs_of

_ROOT = Path(__file__).resolve().parents[2]
_INVENTED = (
    "The minister continued that the port would reopen. Residents outlined that the road was closed.",
    "Police reminded that\nthe curfew stands, and the mayor threatened that fines would follow.",
    "He continued thatching the roof. The council projects that costs will rise.",
    "Nobody spoke after the meeting; the talks went on until late at night.",
)


def test_a_sentence_search_finds_nothing_in_a_text_the_needs_rule_out() -> None:
    pattern = _that_only("en")
    assert pattern is not None and needs_of(pattern)
    lines = (_ROOT / "data" / "dev" / "en.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [*_INVENTED, *(json.loads(line)["text"] for line in lines if line.strip())]
    rng = random.Random(24)
    found = 0
    for text in texts:
        held = holds(needs_of(pattern), text)
        for _ in range(40):
            start, end = sorted(rng.randint(0, len(text)) for _ in range(2))
            if pattern.search(text, start, end) is not None:
                found += 1
                assert held, text
    assert found > 10
    # a window that ends inside a word (`thatching` cut after `that`) matches there, and the text holds the needs
    text = _INVENTED[2]
    cut = text.index("thatching") + 4
    assert pattern.search(text, 0, cut) is not None and pattern.search(text, 0, cut + 2) is None
    assert holds(needs_of(pattern), text)
    assert not holds(needs_of(pattern), _INVENTED[3])
