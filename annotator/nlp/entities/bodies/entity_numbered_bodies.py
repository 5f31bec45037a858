"""State companies and military commands numbered by a Roman numeral after their short name:
`Direktur PTPN VII Doni`, `PTPN X Kebun Kertosari`, `Pelindo II`. The scan ends a known one-word
body before the numeral (a lone `X` or `VII` is no word of a name), so the ORG lost its number. A
free Roman numeral right after an ORG joins it (`PT Perkebunan Nusantara VII`); not a Balinese `I`
opening a name (`Kalaksa BPBD I Made Rentin`)."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

ROMAN_NUMERAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV)$")


def numbered_bodies(s: EntityState) -> None:
    """Extend an ORG over the Roman numeral right after it."""
    covered = {m.start for m in s.found}
    for mention in s.found:
        if mention.label != "ORG":
            continue
        last = s.tokens.last_ending_at_or_before(mention.end)
        k = last + 1
        if k >= s.n or not s.joined(last, k) or not ROMAN_NUMERAL.match(s.word(k)):
            continue
        if s.tokens.tokens[k].start in covered:
            continue  # the numeral is another mention's (held words a role read are free to join)
        if s.word(k) == "I" and s.cap_word(k + 1) and s.joined(k, k + 1):
            continue  # `BPBD I Made Rentin`: a Balinese name opens here
        mention.end = s.tokens.tokens[k].end
        s.taken[k] = True
