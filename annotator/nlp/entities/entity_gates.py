"""Where a candidate generator can propose at all, computed once per text (a speed-up only).

Most generators of :data:`annotator.nlp.entities.ruler.RULES` give up at once unless a word list
matches at the word (an organisation head, a title, a gazetteer name) or the word is of a small
set (a compass or place-type word). The resolver asks every generator at every free capitalised
word; with a gate it skips the generators whose first test must fail there, which is most of
them at most words. A gate must be exactly that first test (a precondition): it may let through
words where the generator then finds nothing, never keep out one where it would find something.
``tests/nlp/test_entity_gates.py`` checks each gate against its generator on every word of the
development and real sets, and checks that the results are the same with and without gates.

Gates are keyed by the generator function, so a rule that gets another generator is asked
everywhere until its gate is written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection

from annotator.nlp.entities.bodies import entity_airlines as airlines
from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.bodies import entity_squads as squads
from annotator.nlp.entities.bodies import entity_tailed_bodies as tailed_bodies
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.exclusions import entity_emblems as emblems
from annotator.nlp.entities.exclusions import entity_facilities as facilities
from annotator.nlp.entities.exclusions import entity_vehicles as vehicles
from annotator.nlp.entities.people import entity_initial_names as initial_names
from annotator.nlp.entities.people import entity_people as people
from annotator.nlp.entities.people import entity_person_initials as person_initials
from annotator.nlp.entities.people import entity_royal as royal
from annotator.nlp.entities.people import entity_suspect_initials as suspect_initials
from annotator.nlp.entities.places import entity_address_areas as address_areas
from annotator.nlp.entities.places import entity_balinese as balinese
from annotator.nlp.entities.places import entity_known_names as known_names
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.roles import entity_portfolio_acronyms as portfolio_acronyms
from annotator.nlp.entities.roles import entity_roles as roles
from annotator.nlp.entities.roles.entity_role_offices import numbered_tail
from annotator.nlp.text.tokens import words_present

Gate = Callable[[EntityState], Collection[int]]

#: An age in brackets (the bracket part of AGE_AFTER, which allows white space before it).
AGE_BRACKETS = re.compile(r"\(\d{1,3}\)")
Generator = Callable[[EntityState, int], int | None]


def _phrase_starts(name: str) -> Gate:
    """The words where the lexicon's ``name`` phrase matcher matches."""
    return lambda s: getattr(s.lex, name).starts(s.tokens).keys()


def _titles_or_roles(s: EntityState) -> Collection[int]:
    return s.lex.titles.starts(s.tokens).keys() | s.lex.roles.starts(s.tokens).keys()


def _words_in(words: Callable[[EntityState], Collection[str]]) -> Gate:
    """The words whose text is in the set ``words(state)`` gives."""

    def gate(state: EntityState) -> Collection[int]:
        by_text = state.tokens.by_text
        return {index for text in words_present(by_text, words(state)) for index in by_text[text]}  # the smaller set is read

    return gate


def _after_initials_word(s: EntityState) -> Collection[int]:
    """`berinisial RH`: the word after an initials word; `Aipda RP`: a rank (person_initials.rank_initials);
    `FK (20)`: capitals of four letters or fewer with an age in brackets after them (person_initials.aged_initials)."""
    initials_words = s.words.initials_words
    by_lower, by_text = s.tokens.by_lower, s.tokens.by_text
    words = {index + 1 for lowered in words_present(by_lower, initials_words) for index in by_lower[lowered]}
    words.update(index for text in words_present(by_text, s.words.initials_ranks) for index in by_text[text])  # `Aipda RP`
    # The words an age in brackets follows: one search of the text for the brackets, then the word
    # ending where the white space before them starts (AGE_AFTER at that word's end).
    ends, texts, text = s.tokens.ends, s.tokens.texts, s.text
    for match in AGE_BRACKETS.finditer(text):
        at = match.start()
        while at and text[at - 1].isspace():
            at -= 1
        index = bisect_left(ends, at)
        if index < len(ends) and ends[index] == at:
            word = texts[index]
            if len(word) <= 4 and word.isupper() and word.isalpha():
                words.add(index)
    return words


def _before_tail_word(s: EntityState) -> Collection[int]:
    """An organisation ending in a tail word (`... Agency`) is found from at most ten words before
    that word (the generator's own limit)."""
    by_text = s.tokens.by_text
    tails = s.lex.org_tails | s.words.team_tails | s.words.conference_heads  # `Orlando Pirates`: a club's mascot word
    at_tails = [index for text in by_text.keys() & tails for index in by_text[text]]
    numbered = (text for text in by_text if ("-" in text or "\u2013" in text) and numbered_tail(s, text))  # `Office-13`
    at_tails.extend(index for text in numbered for index in by_text[text])
    return {start for index in at_tails for start in range(index - 9, index + 1)}


def _in_title_lines(s: EntityState) -> Collection[int]:
    """The words of headline-like lines (none in most texts)."""
    if not s.title_case_lines:
        return ()
    starts, lines = s.tokens.starts, s.line_starts
    words: set[int] = set()
    for number in s.title_case_lines:  # the words starting in the line (EntityState.in_title_line)
        first = bisect_left(starts, lines[number])
        words.update(range(first, bisect_left(starts, lines[number + 1]) if number + 1 < len(lines) else len(starts)))
    return words


#: Generator -> the words where it may propose (its own first test, for the whole text at once).
GATES: dict[Generator, Gate] = {
    tailed_bodies.tailed_organisation: _before_tail_word,
    royal.royal_style: _words_in(lambda s: royal.openers(s.analysis.lang)),
    person_initials.initials: _after_initials_word,
    suspect_initials.suspect_initials: suspect_initials.after_suspect_noun,
    vehicles.vehicle: _words_in(lambda s: vehicles.makes()),
    airlines.airline: airlines.before_tails,
    emblems.emblem: emblems.emblem_starts,
    balinese.village_unit: _words_in(lambda s: balinese.gate_words(s.analysis.lang)),
    bodies.organisation_at: _phrase_starts("org_heads"),
    squads.named_squad: _words_in(lambda s: squads.squad_heads(s.analysis.lang)),
    known_names.known_name: _phrase_starts("gazetteer"),
    places.compass_place: _words_in(lambda s: s.words.compass),
    places.place_type: _words_in(lambda s: s.res.place_types),
    bodies.region: _phrase_starts("loc_heads"),
    bodies.event: _phrase_starts("event_heads"),
    roles.role: _titles_or_roles,
    portfolio_acronyms.portfolio_acronym_role: portfolio_acronyms.acronym_neighbourhood,
    facilities.facility: _phrase_starts("facilities"),
    people.demonym: _phrase_starts("demonyms"),
    people.headline_word: _in_title_lines,
    address_areas.address_area: address_areas.after_street,
    initial_names.initial_name: initial_names.initial_words,
}


def rule_gates(state: EntityState, gates: dict[Generator, Gate] = GATES) -> dict[Generator, Collection[int]]:
    """Each gated generator's words in this text (a generator not here may propose anywhere)."""
    return {generate: gate(state) for generate, gate in gates.items()}


#: Per lexicon: the capitalised stop words that cannot open a name run (see _no_run_words).
_run_stoppers: dict[int, tuple[object, frozenset[str]]] = {}


def _no_run_words(s: EntityState) -> Collection[int]:
    """`Di`, `The`, `Dan` (capitalised stop words): ``people.name_run`` takes no word there, so
    ``people.person`` proposes an empty candidate, the same as asking nothing since it is the
    last rule asked. A stop word that may open a name (a name prefix, `Lalu Ahmad`; a Vietnamese
    opener in English, `To An Xo`) is left in (``entity_name_runs.prefix_starts_name``)."""
    lex = s.lex
    kept = _run_stoppers.get(id(lex))
    if kept is None or kept[0] is not lex:
        openers = s.words.vietnamese_openers if s.analysis.lang == "en" else frozenset()
        stoppers = frozenset(word for word in lex.stopwords if word[:1].isupper()) - s.res.name_prefixes - openers
        kept = _run_stoppers[id(lex)] = (lex, stoppers)
    by_text = s.tokens.by_text
    return [index for text in words_present(by_text, kept[1]) for index in by_text[text]]


#: Generator -> the words where it surely adds nothing (the opposite of a gate): the resolver
#: does not ask it there. Only for a generator of the last group asked (an empty candidate there
#: changes nothing); ``tests/nlp/test_entity_gates.py`` checks them like the gates.
VETOES: dict[Generator, Gate] = {
    people.person: _no_run_words,
}


def rule_vetoes(state: EntityState, vetoes: dict[Generator, Gate] = VETOES) -> dict[Generator, Collection[int]]:
    """Each vetoed generator's words in this text, where the resolver does not ask it."""
    return {generate: veto(state) for generate, veto in vetoes.items()}
