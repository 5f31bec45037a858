"""Names that a naming word introduces, whatever the name: `warga bernama Sutarman`, `korban atas
nama Muhardi`, `Nurdin alias Udin`, `pelatih yang akrab disapa Uwak`. Crime, accident and profile
reports name people so, often by a single word that no speech verb or title stands beside, and the
scan leaves a lone word untagged. The frame, not the name, says it is a person: the free capitalised
run right after a ``naming_words`` phrase is a PERSON, and so is the one right before an
``alias_before_words`` word (`Nurdin alias Udin`); ``name_list_joiners`` carry the frame over a list
(`masing-masing bernama Parman dan Jupri`).

A place or a thing is named the same way (`sebuah desa bernama Sukamaju`, `akun bernama Info
Garut`): a ``named_thing_nouns`` word among the three words before the frame keeps it off, and so does
a known place or body (the scan tags those first). The word sets are in the language's
``entity_words.toml``; a language without them has no such frame.
"""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: Words a name after a naming word may run to (`bernama Muhammad Rizki Umbar Prastyo`).
_LONGEST_NAME = 5
#: Words before a frame looked at for a thing it names (`desa yang bernama X`, `akun Instagram bernama X`).
_THING_REACH = 3


def names_in_naming_frames(s: EntityState) -> None:
    """Tag the lone names that naming words introduce (see the module's docstring)."""
    words = s.words
    if not words.naming_words or not s.has_any_word(_first_words(words.naming_words)):
        return
    for first, last in s.phrase_places(words.naming_words):
        if not all(s.joined(k, k + 1) for k in range(first, last)) or _names_thing(s, first):
            continue
        _names_after(s, last + 1)
        if s.word(first) in words.alias_before_words:
            _name_before(s, first)


def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in phrases)


def _names_thing(s: EntityState, first: int) -> bool:
    """Whether a noun for a place or a thing stands just before the frame (`desa bernama`)."""
    nouns = s.words.named_thing_nouns
    return any(s.word(k).lower() in nouns for k in range(max(0, first - _THING_REACH), first))


def _name_run(s: EntityState, k: int) -> int | None:
    """The last word of the free capitalised run from word ``k`` (not a role or a small-letter
    word of the text written with a capital), or None."""
    if not s.joined(k - 1, k) or not _name_word(s, k):
        return None
    end = k
    while end + 1 < s.n and end + 1 - k < _LONGEST_NAME and s.joined(end, end + 1) and _name_word(s, end + 1):
        end += 1
    return end


def _name_word(s: EntityState, k: int) -> bool:
    if not s.cap_word(k) or s.lex.roles.match(s.tokens, k):
        return False
    text = s.word(k)
    if text.isupper():
        return len(text.replace(".", "")) == 1 or "." in text  # initials (`alias R`, `M.A.I alias`), no acronym (`alias HP`)
    return text.lower() not in s.lower_words  # not a common word in title case (`bernama Kampung ...`)


def _names_after(s: EntityState, k: int) -> None:
    """The list of free names from word ``k`` on, joined by commas or ``name_list_joiners``."""
    while k < s.n:
        end = _name_run(s, k)
        if end is None:
            return
        s.add(k, end, "PERSON", rule="naming_frame")
        nxt = end + 1
        if nxt < s.n and s.tokens.gap(end, nxt) == ", ":
            k = nxt
        elif s.word(nxt) in s.words.name_list_joiners and s.joined(end, nxt):
            k = nxt + 1
        else:
            return


def _name_before(s: EntityState, alias_at: int) -> None:
    """`Nurdin alias Udin`: the free capitalised run right before `alias` is a name too."""
    end = alias_at - 1
    if end < 0 or not s.joined(end, alias_at) or not _name_word(s, end):
        return
    first = end
    while first - 1 >= 0 and end - first + 1 < _LONGEST_NAME and s.joined(first - 1, first) and _name_word(s, first - 1):
        first -= 1
    s.add(first, end, "PERSON", rule="naming_frame")
