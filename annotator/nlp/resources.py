"""Language data of the pre-labeller, read once per process from ``annotator/resources/lang/``.

Every list is a plain text file (one entry a line, ``#`` comments) or a TOML file with a reason
per entry; see ``annotator/resources/lang/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as importlib_resources

#: Languages with a folder of resources.
LANGUAGES = ("id", "en")


class UnknownLanguage(ValueError):
    """No resources for the language asked for."""


def _read_text(lang: str, name: str) -> str | None:
    node = importlib_resources.files("annotator.resources").joinpath("lang", lang, name)
    if not node.is_file():
        return None
    return node.read_text("utf-8")


def read_list(lang: str, name: str) -> list[str]:
    """Entries of a one-per-line file, comments and blank lines dropped; missing file -> []."""
    text = _read_text(lang, name)
    if text is None:
        return []
    entries = []
    for line in text.splitlines():
        entry = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            entries.append(entry)
    return entries


def read_toml(lang: str, name: str) -> dict:
    text = _read_text(lang, name)
    return tomllib.loads(text) if text else {}


@dataclass(frozen=True)
class FurniturePattern:
    kind: str
    regex: re.Pattern[str]


@dataclass
class LangResources:
    """Everything one language needs; built by :func:`load_resources`."""

    lang: str
    cues_after: dict[str, str]
    cues_before: dict[str, str]
    cues_according: dict[str, str]
    cues_direct_only: dict[str, str]
    not_speakers: dict[str, str]
    clause_ends: dict[str, str]
    titles: list[str]
    roles: list[str]
    portfolio: list[str]
    org_heads: dict[str, str]
    org_tails: set[str]
    event_tails: set[str]
    place_suffixes: set[str]
    loc_tails: set[str]
    #: Words that end a building's or venue's name (`Indomilk Arena`): the run is no one's name and not tagged.
    facility_tails: set[str]
    orgs: list[str]
    gpe: list[str]
    loc: list[str]
    loc_heads: list[str]
    event_heads: list[str]
    stopwords: set[str]
    pronouns: set[str]
    determiners: set[str]
    dates: dict
    furniture: list[FurniturePattern]
    place_types: set[str]
    name_prefixes: set[str]
    facility_words: list[str]
    #: Cues matched only in the slot right after a closing quote (`“...,” geram X`), nowhere else.
    cues_after_close: dict[str, str] = field(default_factory=dict)
    #: Cues of [before] in a plural or modal form (`admit`, `warn`): a report's verb, but no sign
    #: that the lone capitalised word next to it is a person's name (`Hornbills deny ...`).
    cues_plural: frozenset[str] = frozenset()
    #: Verb prefixes a page may type apart from their stem (`di ungkapkan` for `diungkapkan`): each
    #: [before] and [according] cue that opens with one also matches written apart.
    cues_apart_prefixes: tuple[str, ...] = ()
    #: First words of a byline line (`By Jane Doe`): such a line is never a promoted headline.
    byline_openers: tuple[str, ...] = ()
    #: Named word sets of the entity rules (`entity_words.toml`, common and the language's own).
    entity_words: dict[str, frozenset[str]] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Later entries win: an ORG name overrides a GPE of the same spelling (`Bank Indonesia`).
        for label, names in (("LOC", self.loc), ("GPE", self.gpe), ("ORG", self.orgs)):
            for name in names:
                self.gazetteer[name] = label


def _org_heads(lang: str) -> dict[str, str]:
    heads = {}
    for entry in read_list(lang, "org_heads.txt"):
        parts = entry.rsplit(None, 1)
        if len(parts) == 2 and parts[1] in ("domain", "named", "regional"):
            heads[parts[0].strip()] = parts[1]
        else:
            heads[entry] = "named"
    return heads


def _entity_words(lang: str) -> dict[str, frozenset[str]]:
    merged: dict[str, set[str]] = {}
    for folder in ("common", lang):
        for name, words in read_toml(folder, "entity_words.toml").items():
            merged.setdefault(name, set()).update(words)
    return {name: frozenset(words) for name, words in merged.items()}


@cache
def speech_words() -> dict[str, frozenset[str]]:
    """The word sets of the quote, attribution and coreference rules (`common/speech_words.toml`)."""
    return {name: frozenset(words) for name, words in read_toml("common", "speech_words.toml").items()}


@cache
def _speech_table() -> dict[str, list[str]]:
    return read_toml("common", "speech_words.toml")


@cache
def speech_word_list(name: str) -> tuple[str, ...]:
    """One array of `common/speech_words.toml` in its table order, as a tuple: for a regex alternation
    or a `str.endswith` whose order the rule keeps (`speech_words()` gives the same words as a set)."""
    return tuple(_speech_table()[name])


@cache
def load_resources(lang: str) -> LangResources:
    """The resources of ``lang`` (plus the shared ``common/`` gazetteers), cached per process."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(f"no pre-labelling resources for language {lang!r} (available: {', '.join(LANGUAGES)})")
    cues = read_toml(lang, "cues.toml")
    furniture_table = read_toml(lang, "furniture.toml")
    furniture = [
        FurniturePattern(kind=entry["kind"], regex=re.compile(entry["regex"], re.MULTILINE))
        for entry in furniture_table.get("pattern", [])
    ]
    return LangResources(
        lang=lang,
        cues_after=dict(cues.get("after", {})),
        cues_before=dict(cues.get("before", {})),
        cues_according=dict(cues.get("according", {})),
        cues_direct_only=dict(cues.get("direct_only", {})),
        cues_after_close=dict(cues.get("after_close", {})),
        cues_plural=frozenset(cues.get("plural", {})),
        cues_apart_prefixes=tuple(cues.get("apart_prefixes", {})),
        byline_openers=tuple(furniture_table.get("byline_openers", [])),
        not_speakers=dict(cues.get("not_speakers", {})),
        clause_ends=dict(cues.get("clause_ends", {})),
        titles=read_list(lang, "titles.txt"),
        roles=read_list(lang, "roles.txt"),
        portfolio=read_list(lang, "portfolio.txt"),
        org_heads=_org_heads(lang),
        org_tails=set(read_list("common", "org_tails.txt") + read_list(lang, "org_tails.txt")),
        event_tails=set(read_list("common", "event_tails.txt") + read_list(lang, "event_tails.txt")),
        place_suffixes=set(read_list(lang, "place_suffixes.txt")),
        loc_tails=set(read_list("common", "loc_tails.txt") + read_list(lang, "loc_tails.txt")),
        facility_tails=set(read_list("common", "facility_tails.txt") + read_list(lang, "facility_tails.txt")),
        orgs=read_list("common", "orgs.txt") + read_list(lang, "orgs.txt") + read_list(lang, "companies.txt")
        + read_list(lang, "legislatures.txt") + read_list(lang, "state_bodies.txt") + read_list(lang, "outlets.txt"),
        # a language's not_places also drops shared names that are its common words (`Lima`: five)
        gpe=[name for name in read_list("common", "gpe.txt") if name not in set(read_list(lang, "not_places.txt"))]
        + read_list(lang, "gpe.txt"),
        loc=read_list("common", "loc.txt") + read_list(lang, "loc.txt"),
        loc_heads=read_list(lang, "loc_heads.txt"),
        event_heads=read_list(lang, "event_heads.txt"),
        stopwords=set(read_list(lang, "stopwords.txt")),
        pronouns=set(read_list(lang, "pronouns.txt")),
        determiners=set(read_list(lang, "determiners.txt")),
        dates=read_toml(lang, "dates.toml"),
        furniture=furniture,
        place_types=set(read_list(lang, "place_types.txt")),
        name_prefixes=set(read_list(lang, "name_prefixes.txt")),
        facility_words=read_list(lang, "facility_words.txt"),
        entity_words=_entity_words(lang),
    )
