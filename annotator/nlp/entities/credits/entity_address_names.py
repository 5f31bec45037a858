"""An outlet's name written as words where the page gives it as a web address or as its dateline.

A newsroom prints its address in the dateline or a credit (`Surabaya, memorandum.co.id -`,
`Harianjogja.com, KULONPROGO-`, `Kabar6.com`) and its name as words elsewhere: in a byline
(`Reporter : Budi Santoso Memorandum`), a photo credit (`(Harian Jogja-Nama)`), the body
(`Wartakonstruksi pun menghubungi ...`). The same letters, case, spaces and hyphens aside, are
the outlet, an ORG. An address's name that is one everyday word (`Bisnis`, `Suara`, `Bola`) is
left alone: only a name that cannot be a word of a sentence counts (spaces or digits inside, a
capital inside, or eight letters and more). A name inside an address, an e-mail or a hashtag
is no mention of its own (the address itself is the web outlet's ORG).
"""

from __future__ import annotations

import re

from annotator.nlp.entities.credits.entity_credits import web_addresses
from annotator.nlp.entities.entity_state import EntityState

#: The parts of a host that name no outlet: the top-level and second-level domains and `www`.
_NOT_NAME_PARTS = frozenset({"www", "com", "co", "id", "net", "tv", "org", "news", "asia", "my", "sg", "or", "go"})
#: A name spelt out in words or with digits, or with a capital inside (`Harian Jogja`, `Kabar6`, `LensaKalbar`).
_MARKED = re.compile(r"[ -]|\d|[a-z][A-Z]")
#: The shortest everyday-word-free name without any such mark (`Memorandum`, `Wartakonstruksi`).
LONG_NAME = 8


def _address_stem(address: str) -> str | None:
    """The outlet's letters in a web address (`memorandum.co.id` -> `memorandum`, `nasional.kompas.com`
    -> `kompas`); None when the host has no such part."""
    parts = [part for part in address.lower().split(".") if part not in _NOT_NAME_PARTS]
    if not parts:
        return None
    stem = parts[-1].replace("-", "")
    return stem if len(stem) >= 5 and stem.isalnum() else None


def _letters(word: str) -> str:
    return word.casefold().replace("-", "")


def _spelt_end(s: EntityState, first: int, stem: str) -> int | None:
    """The word after the run from ``first`` whose letters, joined across single spaces or hyphens,
    are the stem's; None when they are not."""
    letters, k = _letters(s.word(first)), first + 1
    while len(letters) < len(stem) and k < s.n and s.tokens.gap(k - 1, k) in ("", " ", "-"):
        letters += _letters(s.word(k))
        k += 1
    return k if letters == stem else None


def _stands_alone(s: EntityState, start: int, end: int) -> bool:
    """No part of an address, an e-mail or a hashtag (`redaksi@x.co.id`, `#x`, `x.com/y`)."""
    text = s.text
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    return before not in ".@#/-" and after[:1] not in ("@", "/", "-") and not (after[:1] == "." and after[1:2].isalnum())


def _written_as_name(found: str) -> bool:
    """Capitalised words that cannot be an everyday word (`Harian Jogja`, `Kabar6`, `Memorandum`)."""
    if not all(word[:1].isupper() or word[:1].isdigit() for word in re.split(r"[ -]", found)):
        return False
    return bool(_MARKED.search(found)) or len(found) >= LONG_NAME


def address_names(s: EntityState) -> None:
    """Tag, as ORG, each free run of words that spells the outlet of a web address of the page."""
    stems = {stem for text in web_addresses(s) if (stem := _address_stem(text)) is not None}
    if not stems:
        return
    initials = {stem[0] for stem in stems}
    openers = [  # the capitalised words that may open a name, in one walk over the page's words
        (_letters(text), indices)
        for text, indices in s.tokens.by_text.items()
        if (text[:1].isupper() or text[:1].isdigit()) and text[:1].casefold() in initials
    ]
    for stem in sorted(stems):
        firsts = sorted(index for letters, indices in openers if letters and stem.startswith(letters) for index in indices)
        for first in firsts:
            end = _spelt_end(s, first, stem)
            if end is None:
                continue
            start_char, end_char = s.tokens.tokens[first].start, s.tokens.tokens[end - 1].end
            found = s.text[start_char:end_char]
            named = "." not in found and _written_as_name(found) and _stands_alone(s, start_char, end_char)
            if named and all(s.free(k) for k in range(first, end)):  # whole words no entity holds
                s.add(first, end - 1, "ORG", rule="address_name")
