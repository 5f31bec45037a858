"""Indonesian villages split in two and numbered (`Tanjung Raya 1`, `Tanjung Raya 2`, `Kehiran 1`:
a village and its daughter village, often of transmigration settlements): the number is part of
the village's name. The scan found the place without it. A number counts as the name's where it
closes a clause or a list (`di Tanjung Raya 2.`, `Kehiran 1 dan kampung Toware`), not a count
(`Inggris 6 orang`) or a tally (`Kota Bandung 2, Kabupaten Bogor 1`); once the page has written
the numbered name so, every other mention of the same name and number takes it too."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: One digit after a place, then the end of a clause, a list or a line.
NUMBER_CLOSING = re.compile(r" ([1-9])(?=[,.;)]|[ \t]*\n|[ \t]*\Z| (?:dan|serta|yaitu|yakni|atau)\b)")
#: A digit after a place that a number of its own follows: a count or a score (`Kalimantan 2 orang`).
NUMBER_ANY = re.compile(r" ([1-9])(?![\d.,:/-]\d|\d)")
#: A tally of places and numbers (`Kota Bandung 2, Kabupaten Bogor 1`): a capitalised run and a digit.
TALLY_NEXT = re.compile(r", (?:[A-Z][\w-]*[ ]){1,3}\d")


def numbered_villages(s: EntityState) -> None:
    """Take the closing number after a GPE into it, and the same number after the same name."""
    if s.analysis.lang != "id":
        return
    places = [m for m in s.found if m.label == "GPE"]
    named: set[str] = set()
    for mention in places:
        match = NUMBER_CLOSING.match(s.text, mention.end)
        if match and not TALLY_NEXT.match(s.text, match.end()) and not _tally_before(s, mention):
            named.add(s.text[mention.start : match.end()])
    if not named:
        return
    for mention in places:
        match = NUMBER_ANY.match(s.text, mention.end)
        if match is None or s.text[mention.start : match.end()] not in named:
            continue
        if any(m is not mention and m.start < match.end() and m.end > mention.end for m in s.found):
            continue  # the number is another mention's (a date's)
        mention.end = match.end()
        mention.rule = "numbered_village"
        s.block(s.tokens.first_at_or_after(match.start(1)), s.tokens.last_ending_at_or_before(match.end()))


#: Right before the place: a tally's digit and comma (`Kota Bandung 2, Kabupaten Bogor 1`), or a
#: facility's or body's acronym (`PLTU Riau 1`, `(PLTU) Riau 1`: the plant is numbered, not the place).
BEFORE_NO_VILLAGE = re.compile(r"(?:\d, |\b[A-Z]{2,}\)? )\Z")


def _tally_before(s: EntityState, mention: Mention) -> bool:
    return bool(BEFORE_NO_VILLAGE.search(s.text[max(0, mention.start - 12) : mention.start]))
