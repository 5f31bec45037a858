"""English passes after the scan about who is (and is not) a person (sixth round, the fifth batch of
real dev articles and fresh Kenyan, Pakistani, Gulf and Irish pages):

- a name the scan guessed that ends in a government or law noun is no one's (`the Philippine
  Government`, `the Constitution`);
- aliases are names (`Darwin Sali, also known as Kumbo`, `the aliases A and B`);
- a known place opening a patronymic (`Oman bin Sultan Al Harthy`) or standing between a role and a
  name (`Cabinet Secretary Aden Duale`) is the person's first name.

The word sets are ``government_nouns``, ``law_nouns``, ``alias_words``, ``alias_joiners``,
``patronymic_particles`` and ``regional_roles`` of ``en/entity_words.toml``.
"""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import HYPHEN_PARTICLE, EntityState


def run(state: EntityState) -> None:
    """The passes after :func:`governments` (and the islands of ``entity_english``), in order."""
    aliases(state)
    places_opening_patronymics(state)
    places_opening_names_after_roles(state)


def _mention_at(s: EntityState, start: int) -> Mention | None:
    return next((m for m in s.found if m.start == start), None)


def governments(s: EntityState) -> None:
    """`the Philippine Government`, `Royal Government`, `Government` opening a headline, `the
    Philippine Constitution`: a name the scan guessed (PERSON) whose last word is a
    ``government_nouns`` or ``law_nouns`` word, or whose first word is a ``government_nouns`` word
    (`Government Palace`, `Government Resolution`), is no one's; it is dropped (the place of `Royal
    Government of Cambodia` is a GPE of its own; laws are not tagged)."""
    nouns = s.words.government_nouns | s.words.law_nouns
    if not nouns or s.tokens.by_text.keys().isdisjoint(nouns | s.words.law_title_tails):
        return
    opening = s.words.government_nouns

    def governs(m: Mention) -> bool:
        last, first = s.tokens.last_ending_at_or_before(m.end), s.tokens.first_at_or_after(m.start)
        return m.label == "PERSON" and (s.word(last) in nouns or s.word(first) in opening)

    s.found = [m for m in s.found if not governs(m) and not (m.label == "PERSON" and _law_title_ahead(s, m))]


def _law_title_ahead(s: EntityState, m: Mention) -> bool:
    """Whether the words after ``m`` on its line run through capitalised words and
    ``law_title_links`` small words to a ``law_title_tails`` word (`Non-Fatal Offences Against [the
    Person Act]`): the guessed name opens a law's title, which is not tagged. A sentence's end, a
    comma or any other lower-case word ends the walk."""
    k = s.tokens.last_ending_at_or_before(m.end) + 1
    for _ in range(8):
        if k >= s.n or not s.joined(k - 1, k):
            return False
        word = s.word(k)
        if word in s.words.law_title_tails:
            return True
        if not (word[:1].isupper() or word in s.words.law_title_links):
            return False
        k += 1
    return False


def aliases(s: EntityState) -> None:
    """`Darwin Sali, also known as Kumbo`, `the aliases Ramon Cruz Bautista and Botchok`: free capitalised
    runs (up to four words) right after an ``alias_words`` phrase, and after a comma or an
    ``alias_joiners`` word between them, are PERSON."""
    for first, last in s.phrase_places(s.words.alias_words):
        if all(s.joined(k, k + 1) for k in range(first, last)):
            _names_after(s, last + 1)


def _names_after(s: EntityState, k: int) -> None:
    """Tag the list of free capitalised runs from word ``k`` on as PERSON (a name the scan found
    already stays as it is and the list goes on after it)."""
    while k < s.n and s.joined(k - 1, k):
        taken = _mention_at(s, s.tokens.tokens[k].start)
        if taken is not None and taken.label == "PERSON":
            end = s.tokens.last_ending_at_or_before(taken.end)
        elif s.cap_word(k):
            end = k
            while end + 1 < s.n and end - k < 3 and s.cap_word(end + 1) and s.joined(end, end + 1):
                end += 1
            s.add(k, end, "PERSON", rule="alias")
        else:
            return
        nxt = end + 1
        if s.tokens.gap(end, nxt) == ", ":
            k = nxt
        elif s.word(nxt) in s.words.alias_joiners and s.joined(end, nxt):
            k = nxt + 1
        else:
            return


def places_opening_patronymics(s: EntityState) -> None:
    """`Oman bin Sultan Al Harthy`: a one-word place (GPE) right before a ``patronymic_particles`` word
    and a PERSON is the first name of that person; the two become one PERSON. A place before an
    Arabic family particle after a title (`Sheikh Sabah al-Khalid al-Sabah`) is a first name too
    (en_ents7; `Gaza al-Jadida` with no title before it stays a place)."""
    particles = s.words.patronymic_particles
    people = {m.start: m for m in s.found if m.label == "PERSON"}
    dropped = []
    for place in s.found:
        if place.label != "GPE":
            continue
        last = s.tokens.last_ending_at_or_before(place.end)
        if s.tokens.first_at_or_after(place.start) != last:
            continue
        if after_title(place) and HYPHEN_PARTICLE.match(s.word(last + 1)) and s.joined(last, last + 1):
            _place_as_first_name(s, place, last + 1, people)
            continue
        if s.word(last + 1) not in particles:
            continue
        if not (s.joined(last, last + 1) and s.joined(last + 1, last + 2)) or last + 2 >= s.n:
            continue
        person = people.get(s.tokens.tokens[last + 2].start)
        if person is not None:
            person.start = place.start
            person.rule = f"{person.rule}+patronymic"
            dropped.append(place)
    if dropped:
        s.found = [m for m in s.found if all(m is not d for d in dropped)]


def after_title(place: Mention) -> bool:
    """The place was read inside a title or role's phrase (`Sheikh Sabah ...`)."""
    return (place.rule or "").startswith("title_or_role")


def _place_as_first_name(s: EntityState, place: Mention, k: int, people: dict[int, Mention]) -> None:
    """The place before word ``k`` (an `al-` particle) opens a PERSON that runs over the particles
    and capitalised words joined after it (a PERSON found among them is taken in)."""
    end = k
    while end < s.n and (s.free(end) or s.tokens.tokens[end].start in people) and (end == k or s.joined(end - 1, end)):
        person = people.get(s.tokens.tokens[end].start)
        if person is not None:
            s.found = [m for m in s.found if m is not person]
            end = s.tokens.last_ending_at_or_before(person.end) + 1
            break
        if not (HYPHEN_PARTICLE.match(s.word(end)) or s.cap_word(end)):
            break
        end += 1
    place.label = "PERSON"
    place.end = s.tokens.tokens[end - 1].end
    place.rule = f"{place.rule}+patronymic"
    s.block(k, end - 1)


def places_opening_names_after_roles(s: EntityState) -> None:
    """`Cabinet Secretary Aden Duale`: English names the place before a role, never between the role
    and the name, so a one-word known place (GPE) between a role's words (held, in no entity) and a
    PERSON right after it is that person's first name."""
    people = {m.start: m for m in s.found if m.label == "PERSON"}
    if not people:
        return
    covered = {s.tokens.first_at_or_after(m.start) for m in s.found}
    dropped = []
    for place in s.found:
        if place.label != "GPE":
            continue
        first = s.tokens.first_at_or_after(place.start)
        if s.tokens.last_ending_at_or_before(place.end) != first or first < 1 or first + 1 >= s.n:
            continue
        role_word = first - 1
        if s.free(role_word) or role_word in covered or not s.tokens.tokens[role_word].is_cap:
            continue
        if not (s.lex.roles.match(s.tokens, role_word) or _role_ends_at(s, role_word)):
            continue
        if s.word(role_word) in s.words.regional_roles:
            continue  # `Governor Lagos ...`: a regional role may name its place
        person = people.get(s.tokens.tokens[first + 1].start)
        if person is not None and s.joined(role_word, first) and s.joined(first, first + 1):
            person.start = place.start
            person.rule = f"{person.rule}+first_name"
            dropped.append(place)
    if dropped:
        s.found = [m for m in s.found if all(m is not d for d in dropped)]


def _role_ends_at(s: EntityState, last: int) -> bool:
    """A role of up to three words ends at word ``last`` (`Cabinet Secretary`)."""
    return any(
        (match := s.lex.roles.match(s.tokens, start)) is not None and match[0] == last + 1
        for start in range(max(0, last - 2), last + 1)
    )
