"""The person at the far end of a long Indonesian role speaker. National pages name council members,
ministry and central-bank officials with roles the phrase rules cut short or swallow whole:

- a faction or party tag after `dari` (`kata anggota Komisi III DPR dari Fraksi PDIP Arteria
  Dahlan`, `ujar Wakil Ketua DPR dari Fraksi Partai Gerindra Sufmi Dasco Ahmad`): the role stopped
  at `dari`, so the role was the speaker;
- a unit written with `dan` or followed by its bracketed acronym (`ujar Direktur Jenderal Pencegahan
  dan Pengendalian Penyakit Kemenkes dr Maxi Rein`, `kata Kepala Pusat Vulkanologi dan Mitigasi
  Bencana Geologi (PVMBG) Kasbani`);
- a name after an acronym the text never tags, swallowed by the role (`kata Direktur Eksekutif
  Kepala Departemen Komunikasi BI Onny Widjanarko`);
- a person tagged inside the role (`kata Wali Kota Eri`, after `Eri Cahyadi` earlier).

The phrase is followed on over capitalised words, bracketed acronyms, small titles and the joining
words of `role_tail_joiners` (`common/speech_words.toml`) up to the first other word or stop; the
PERSON ending there is the speaker. Where no PERSON ends there, one to three unknown capitalised
words right after an organisation, an acronym or a closing bracket are tagged as the person (two or
three inside the role itself, as `speaker_unit_names` does after a named unit), and so are closing
words the text tags as a person elsewhere (`Eri` of `Eri Cahyadi`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_apposed_titles import small_titles
from annotator.nlp.speakers.speaker_swap import swap_role_speakers
from annotator.nlp.speakers.speaker_unit_names import gazetteer_places, not_name_words

#: How many words the role may run on past the phrase the attribution rules kept.
MAX_TAIL_WORDS = 14
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROMAN = re.compile(r"[IVX]+")
_STOPS = ",.;:!?\"”“"


def people_at_role_tails(analysis: Analysis, attributor: Attributor) -> None:
    if analysis.lang != "id":
        return
    swap_role_speakers(analysis, attributor, lambda speaker: _tail_person(analysis, speaker))


def _tail_person(analysis: Analysis, speaker: Mention) -> Mention | None:
    words, extended = _role_words(analysis, speaker)
    if not words:
        return None
    end = words[-1][1]
    person = next(
        (m for m in analysis.entities if m.label == "PERSON" and m.end == end and speaker.start < m.start),
        None,
    )
    if person is not None:
        return person
    return _new_person(analysis, words, first_tail=len(_words_in(analysis.text, speaker)), extended=extended)


def _known_names(analysis: Analysis) -> frozenset[str]:
    """The PERSONs the text tags elsewhere, whole and by their first and last words (`Eri` of `Eri
    Cahyadi`): such words closing a role are the person, not a place."""
    names: set[str] = set()
    for m in analysis.entities:
        if m.label == "PERSON":
            words = analysis.text[m.start : m.end].split()
            names.update((" ".join(words), words[0], words[-1]))
    return frozenset(names)


def _words_in(text: str, speaker: Mention) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, speaker.start, speaker.end)]


def _role_words(analysis: Analysis, speaker: Mention) -> tuple[list[tuple[int, int]], bool]:
    """The words of the role with its run-on (start, end without a stop), and whether it ran on."""
    text = analysis.text
    words = _words_in(text, speaker)
    if not words or text[words[-1][1] - 1] in _STOPS:
        return [(s, len(text[s:e].rstrip(_STOPS)) + s) for s, e in words], False
    joiners = speech_words()["role_tail_joiners"]
    titles = small_titles("id")
    position, added = speaker.end, []
    while len(added) < MAX_TAIL_WORDS:
        match = _WORD.match(text, position + 1) if text[position : position + 1] == " " else None
        if match is None:
            break
        word = match.group()
        bare = word.rstrip(_STOPS)
        if not bare:
            break
        fits = bare in joiners or bare[:1].isupper() or (bare.startswith("(") and bare.endswith(")")) or bare in titles
        if not fits:
            break
        added.append((match.start(), match.start() + len(bare)))
        position = match.end()
        if bare != word:
            break
    while added and text[added[-1][0] : added[-1][1]] in joiners:
        added.pop()
    ran_on = any(text[s:e] in joiners or text[s] == "(" for s, e in added)
    return words + (added if ran_on else []), ran_on


def _new_person(analysis: Analysis, words: list[tuple[int, int]], *, first_tail: int, extended: bool) -> Mention | None:
    """One to three unknown capitalised words closing the role after an organisation, an acronym
    or a bracket: tagged as the PERSON."""
    text = analysis.text
    never, places = not_name_words("id"), gazetteer_places("id")
    org_ends = {m.end for m in analysis.entities if m.label == "ORG"}
    known = _known_names(analysis)
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        if extended and len(words) - size < first_tail:
            continue  # the name must lie past the phrase the rules kept
        name, before = words[-size:], words[-size - 1]
        tokens = [text[s:e] for s, e in name]
        if not all(t.isalpha() and t[:1].isupper() and not t.isupper() and t not in never and t not in places for t in tokens):
            continue
        previous = text[before[0] : before[1]]
        after_unit = before[1] in org_ends or previous.endswith(")") or (
            _ACRONYM.fullmatch(previous) is not None and _ROMAN.fullmatch(previous) is None
        )
        if not (after_unit and (extended or size > 1)) and " ".join(tokens) not in known:
            continue
        start, end = name[0][0], name[-1][1]
        overlapping = [m for m in analysis.entities if m.start < end and start < m.end]
        if overlapping and not _place_read_from_role(overlapping, start, end, " ".join(tokens) in known):
            return None
        for m in overlapping:
            analysis.entities.remove(m)
        person = Mention(start, end, "PERSON", rule="name_after_role_tail")
        analysis.entities.append(person)
        return person
    return None


def _place_read_from_role(overlapping: list[Mention], start: int, end: int, known: bool) -> bool:
    """`Wali Kota Eri`: the words were read as the town the role governs, but the text names a
    person so elsewhere."""
    if not known or len(overlapping) != 1:
        return False
    place = overlapping[0]
    return place.label == "GPE" and (place.start, place.end) == (start, end)
