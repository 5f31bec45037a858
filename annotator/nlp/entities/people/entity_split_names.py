"""A name cut in two by a place: `Kajari Darmo Wijoyo menambahkan` gave GPE `Darmo` (a village the
area lists know, read as the unit's place as in `Kajari Lamongan`) and PERSON `Wijoyo`, while the
same text names the person `Darmo Wijoyo` elsewhere (`Kepala Kejari Kukar, Darmo Wijoyo, ...`).
A one-word GPE right before a PERSON whose joined text is a PERSON of the text is that person.
Where no other mention says so, a one-word GPE before a PERSON of two words or more is the name's
first word when nothing before it could take a place (a unit's or a role's seat, `warga X`): the
pair opens a clause, after a comma or at a sentence's start, or follows a naming cue
(`disampaikan Wara Sundari Renny Pramana`: the gazetteer knows `Wara` as a place; id_ents14)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import MAX_NAME_WORDS, EntityState
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name


def _opens_name_slot(s: EntityState, start: int) -> bool:
    """Whether a name starting at ``start`` opens a clause or follows a naming cue."""
    text, k = s.text, start
    while k > 0 and text[k - 1] in " \t":
        k -= 1  # the text before the name, less its spaces, without copying it
    if k == 0 or text[k - 1] in ",.\n":
        return True
    index = s.tokens.first_at_or_after(start)
    return index > 0 and s.lex.naming_cue(s.tokens, index - 1)


def _place_opened_names(s: EntityState) -> set[str]:
    """Texts of the `GPE X` + `PERSON Y Z` pairs that open a name slot, `Y Z` of two words or more."""
    names: set[str] = set()
    people = [m for m in s.found if m.label == "PERSON"]
    places = {m.end: m for m in s.found if m.label == "GPE"}
    for person in people:
        place: Mention | None = places.get(person.start - 1)
        if place is None or s.text[place.end] != " " or " " in s.text[place.start : place.end]:
            continue
        words = s.text[place.start : person.end].split()
        if 3 <= len(words) <= MAX_NAME_WORDS and _opens_name_slot(s, place.start):
            names.add(s.text[place.start : person.end])
    return names


def _one_word_place_before(s: EntityState, previous: Mention | None, mention: Mention) -> bool:
    """``previous`` is a one-word GPE one space before the PERSON ``mention`` (`Victoria Ashby`)."""
    return (
        previous is not None
        and mention.label == "PERSON"
        and previous.label == "GPE"
        and s.text[previous.end : mention.start] == " "
        and " " not in s.text[previous.start : previous.end]
    )


def join_names_split_by_places(s: EntityState) -> None:
    """Merge `GPE X` + `PERSON Y` into PERSON `X Y` where `X Y` is a PERSON elsewhere in the text."""
    people = {s.text[m.start : m.end] for m in s.found if m.label == "PERSON"}
    if s.analysis.lang == "id":
        people |= _place_opened_names(s)
    if not people:
        return
    s.found.sort(key=lambda m: m.start)
    kept = []
    for mention in s.found:
        previous = kept[-1] if kept else None
        if _one_word_place_before(s, previous, mention) and s.text[previous.start : mention.end] in people:
            previous.end, previous.label, previous.rule = mention.end, "PERSON", mention.rule
            continue
        kept.append(mention)
    s.found = kept


def _lone_surnames(s: EntityState) -> set[str]:
    """One-word PERSONs of the text: a surname the page uses alone (`Ashby added ...`)."""
    return {name for m in s.found if m.label == "PERSON" and " " not in (name := s.text[m.start : m.end])}


def _after_stopword(s: EntityState, start: int) -> bool:
    """The word before character ``start`` is a stop word in small letters (`in Kenya Ruto`)."""
    index = s.tokens.first_at_or_after(start)
    return index > 0 and s.joined(index - 1, index) and s.word(index - 1).lower() in s.lex.stopwords


def join_places_before_surnames(s: EntityState) -> None:
    """A place's name as a given name (`coach Victoria Ashby said`, later `Ashby added`): a
    one-word GPE right before the surname the text uses alone, or a GPE of two words ending in it,
    is that person, unless a stop word before it makes it a place (`in Kenya Ruto ...`)."""
    surnames = _lone_surnames(s)
    if not surnames:
        return
    s.found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in s.found:
        previous = kept[-1] if kept else None
        if mention.label == "GPE" and _place_as_given_name(s, mention, surnames):
            mention.label, mention.rule = "PERSON", "place_given_name"
        elif (
            _one_word_place_before(s, previous, mention)
            and s.text[mention.start : mention.end] in surnames
            and s.text[mention.start : mention.end] != s.text[previous.start : previous.end]
            and not _after_stopword(s, previous.start)
        ):
            previous.end, previous.label, previous.rule = mention.end, "PERSON", "place_given_name"
            continue
        kept.append(mention)
    s.found = kept


def _place_as_given_name(s: EntityState, mention: Mention, surnames: set[str]) -> bool:
    """A GPE `X Y` of two words whose `Y` is a lone surname of the text (`Victoria Ashby`)."""
    name = s.text[mention.start : mention.end]
    words = name.split(" ")
    if len(words) != 2 or words[1] not in surnames or name in s.lex.known_names:
        return False  # a place the lists know whole (`Grand Bahama`) stays that place
    return not _after_stopword(s, mention.start)


def join_weekday_given_names(s: EntityState) -> None:
    """A weekday that is a given name (``weekday_given_names``: `The spokesman, Sunday Adeyemi,
    said`): a DATE of the weekday alone, in a name slot (a clause's start or after a role word),
    right before a PERSON or a free capitalised run that can be a name, opens that PERSON. After
    `on`, `said` or any other word it stays a DATE."""
    given = s.words.weekday_given_names
    if not given or not any(word in s.tokens.by_text for word in given):
        return
    s.found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in s.found:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.label == "PERSON"
            and previous.label == "PERSON"
            and previous.rule == "weekday_given_name"
            and previous.end >= mention.start
        ):
            previous.end = max(previous.end, mention.end)
            continue  # the run the weekday took was also found as a PERSON
        if mention.label == "DATE" and s.text[mention.start : mention.end] in given and _weekday_name_slot(s, mention.start):
            end = _name_after_weekday(s, mention.end)
            if end is not None:
                mention.end, mention.label, mention.rule = end, "PERSON", "weekday_given_name"
        kept.append(mention)
    s.found = kept


def _name_after_weekday(s: EntityState, end: int) -> int | None:
    """The character end of a name right after a weekday ending at character ``end``: a PERSON of
    the text, or a free run of capitalised words that can be a name; None if neither follows."""
    if s.text[end : end + 1] != " ":
        return None
    for mention in s.found:
        if mention.label == "PERSON" and mention.start == end + 1:
            return mention.end
    index = s.tokens.first_at_or_after(end + 1)
    if index >= s.n or s.tokens.tokens[index].start != end + 1 or not s.free(index) or not s.tokens.tokens[index].is_cap:
        return None
    if s.word(index) in s.lex.stopwords or s.gazetteer(index):
        return None
    if s.lex.titles.match(s.tokens, index) or s.lex.roles.match(s.tokens, index):
        return None
    run_end = name_run(s, index)
    if run_end <= index or not valid_name(s, index, run_end):
        return None
    return s.tokens.tokens[run_end - 1].end


def _weekday_name_slot(s: EntityState, start: int) -> bool:
    """The weekday at character ``start`` opens a clause (the text's or a line's start, after a
    comma, a stop or an opening quotation mark) or follows a role word (`police spokesman`), not a
    speech verb (`Police said Sunday ...` is the day)."""
    text, k = s.text, start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] in ",.\n\u201c\"":
        return True
    index = s.tokens.first_at_or_after(start)
    return index > 0 and s.joined(index - 1, index) and any(
        role[0] == index for k in range(max(0, index - 3), index) if (role := s.lex.roles_any_case.match(s.tokens, k))
    )
