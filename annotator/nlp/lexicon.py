"""Phrase matchers built once per language from its resources."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from annotator.nlp.entities.places.entity_gazetteers import package_places
from annotator.nlp.resources import LangResources, load_resources, read_list
from annotator.nlp.text.tokens import PhraseMatcher, PhraseMatcherGroup, ShapeMatcher, TokenIndex

#: White space inside a shape: spaces or tabs only (a line break ends it).
_INNER_SPACE = {"TEXT": {"REGEX": r"^[ \t]+$"}, "OP": "?"}
_CAPITALISED = {"SHAPE": {"REGEX": "^X"}}
_YEAR = {"LENGTH": 4, "TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}


def _shapes(res: LangResources) -> ShapeMatcher:
    """Simple shapes as spaCy ``Matcher`` patterns: a place type before a capitalised word
    (`Kecamatan Pakenjeng`), a one-word event head before a year (`Olimpiade 2028`)."""
    one_word_events = sorted(head for head in res.event_heads if " " not in head)
    return ShapeMatcher(
        {
            "place_type": [[{"ORTH": {"IN": sorted(res.place_types)}}, _INNER_SPACE, _CAPITALISED]],
            "event_year": [[{"ORTH": {"IN": one_word_events}, "SHAPE": {"REGEX": "^X"}}, _YEAR]],
        }
    )


def _case_variants(phrase: str) -> set[str]:
    """The phrase, its lower-case form and its first-letter capitalised form."""
    variants = {phrase, phrase.lower()}
    variants.add(phrase[:1].upper() + phrase[1:])
    variants.add(phrase[:1].lower() + phrase[1:].lower())
    return variants


def _apart_variants(phrase: str, prefixes: tuple[str, ...]) -> set[str]:
    """The phrase with a verb prefix typed apart from its stem (`di ungkapkan`, `Seperti di
    sampaikan`), for each of its words that opens with one of ``prefixes``; else nothing."""
    variants: set[str] = set()
    words = phrase.split(" ")
    for i, word in enumerate(words):
        for prefix in prefixes:
            if word.lower().startswith(prefix) and len(word) > len(prefix) + 3:
                apart = f"{word[: len(prefix)]} {word[len(prefix) :]}"
                variants.add(" ".join([*words[:i], apart, *words[i + 1 :]]))
    return variants


def _demonyms(lang: str) -> list[str]:
    """Nationalities and believers (`Indonesians`, `Muslim`) of ``common/demonyms.txt``, less any
    the language's gazetteer names as a place (`Saudi` is Saudi Arabia in Indonesian news)."""
    places = {name for name, label in load_resources(lang).gazetteer.items() if label in ("GPE", "LOC")}
    return [word for word in read_list("common", "demonyms.txt") + read_list(lang, "demonyms.txt") if word not in places]


def _title_variants(title: str) -> set[str]:
    """A dotted title is also written without its dot (`Prof Dwikorita`); one letter is not
    (`H` may be an initial). A one-word rank is also written in capitals (`IPTU Haryono`)."""
    bare = title.rstrip(".")
    variants = {title, bare} if len(bare) > 1 else {title}
    if len(bare) >= 3 and bare.isalpha() and not bare.isupper() and bare[:1].isupper():
        variants.add(bare.upper())
    return variants


def _misprinted_ranks(res: LangResources, known: dict[str, str]) -> set[str]:
    """A police rank printed in capitals with two letters after its first swapped (`AKPB` for
    `AKBP`, `IPUT` for `IPTU`): still a title before the name, which an unknown acronym would
    otherwise swallow. The ranks of four letters or more that ``initials_ranks`` of
    ``entity_words.toml`` lists in capitals; a form that is a known name or a title is left alone."""
    forms: set[str] = set()
    for rank in res.entity_words.get("initials_ranks", ()):
        if len(rank) < 4 or not (rank.isalpha() and rank.isupper()):
            continue
        for k in range(1, len(rank) - 1):
            if rank[k] != rank[k + 1]:
                forms.add(rank[:k] + rank[k + 1] + rank[k] + rank[k + 2 :])
    return {form for form in forms if form not in res.titles and form not in known and form.capitalize() not in known}


def _title_case_acronyms(res: LangResources, known: dict[str, str]) -> list[tuple[str, str]]:
    """Known ORG acronyms of four letters or more in title case, as some newsrooms write them
    (`Fifa`, `Uefa`, `Nato`), when the language lists the forms that are names or words instead
    (``title_case_acronym_exceptions`` in ``entity_words.toml``: `Gail`, `Sana`, `Tempo`)."""
    exceptions = res.entity_words.get("title_case_acronym_exceptions")
    if exceptions is None:
        return []
    forms = []
    for name, label in known.items():
        if label == "ORG" and len(name) >= 4 and name.isalpha() and name.isupper():
            form = name.capitalize()
            if form not in exceptions and form not in known:
                forms.append((form, label))
    return forms


@dataclass
class Lexicon:
    res: LangResources
    #: One-word places known only from the gazetteer packages: inside a run of capitalised words
    #: they may be part of a personal name (`Susilo Bambang Yudhoyono`, `Hassan Wirajuda`).
    weak_places: frozenset[str]
    gazetteer: PhraseMatcher
    titles: PhraseMatcher
    roles: PhraseMatcher
    roles_any_case: PhraseMatcher
    portfolio: PhraseMatcher
    org_heads: PhraseMatcher
    loc_heads: PhraseMatcher
    event_heads: PhraseMatcher
    cues_after: PhraseMatcher
    cues_before: PhraseMatcher
    cues_according: PhraseMatcher
    facilities: PhraseMatcher
    #: The names airports go by (`Ngurah Rai`, `Sultan Hasanuddin`): an office serving one carries it.
    airports: PhraseMatcher
    pronouns: set[str]
    stopwords: set[str]
    org_tails: set[str]
    shapes: ShapeMatcher
    #: Page furniture and promotion phrases that are never a name (`Salin Artikel`, `Contact Us`).
    not_names: PhraseMatcher
    #: Nationalities and believers (`Indonesians`, `Muslim`): no name, unless a longer one holds them.
    demonyms: PhraseMatcher
    #: Known organisations written with a small first letter (`detikcom`, `kumparan`).
    lower_outlets: frozenset[str]
    #: Every known name and its label: the packages' places, the language's own lists over them.
    known_names: dict[str, str]

    def naming_cue(self, tokens: TokenIndex, index: int) -> bool:
        """Whether a speech verb of [before] starts at ``index`` that marks the lone capitalised word
        next to it as a name (`Budi said`, `said Budi`); a plural form does not (`Hornbills deny`)."""
        found = self.cues_before.match(tokens, index)
        return found is not None and found[1] not in self.res.cues_plural


@cache
def lexicon(lang: str) -> Lexicon:
    res = load_resources(lang)
    gazetteer: list[tuple[str, str]] = []
    packaged = package_places(lang)
    known = dict(packaged)
    known.update(res.gazetteer)  # the project's own lists win (`Bank Indonesia` is an ORG)
    for name, label in known.items():
        gazetteer.append((name, label))
        if label in ("GPE", "LOC") and name.upper() != name:
            gazetteer.append((name.upper(), label))  # datelines and headlines in capitals
    gazetteer.extend(_title_case_acronyms(res, known))
    cues_after = []
    for word in res.cues_after:
        for variant in _case_variants(word):
            cues_after.append((variant, word))
    cues_before = []
    for word in res.cues_before:
        for variant in _case_variants(word):
            cues_before.append((variant, word))
            cues_before.extend((apart, word) for apart in _apart_variants(variant, res.cues_apart_prefixes))
    cues_according = list(res.cues_according.items())
    for phrase, note in res.cues_according.items():
        cues_according.extend((apart, note) for apart in _apart_variants(phrase, res.cues_apart_prefixes))
    lex = Lexicon(
        res=res,
        weak_places=frozenset(name for name in packaged if " " not in name and name not in res.gazetteer),
        gazetteer=PhraseMatcher(gazetteer),
        titles=PhraseMatcher(
            [(variant, "title") for title in res.titles for variant in _title_variants(title)]
            + [(form, "title") for form in sorted(_misprinted_ranks(res, known))]
        ),
        roles=PhraseMatcher((role, "role") for role in res.roles if role[:1].isupper()),
        roles_any_case=PhraseMatcher((variant, "role") for role in res.roles for variant in _case_variants(role)),
        portfolio=PhraseMatcher((variant, "portfolio") for word in res.portfolio for variant in _case_variants(word)),
        org_heads=PhraseMatcher(res.org_heads.items()),
        loc_heads=PhraseMatcher((head, "LOC") for head in res.loc_heads),
        event_heads=PhraseMatcher((head, "EVENT") for head in res.event_heads),
        cues_after=PhraseMatcher(cues_after),
        cues_before=PhraseMatcher(cues_before),
        cues_according=PhraseMatcher(cues_according),
        facilities=PhraseMatcher((word, "facility") for word in res.facility_words),
        airports=PhraseMatcher((name, "airport") for name in read_list(lang, "airport_namesakes.txt")),
        pronouns=res.pronouns,
        stopwords=res.stopwords,
        org_tails=res.org_tails,
        shapes=_shapes(res),
        not_names=PhraseMatcher(
            (variant, "not_name")
            for phrase in read_list("common", "not_names.txt") + read_list(lang, "not_names.txt")
            for variant in (phrase, phrase.upper())
        ),
        demonyms=PhraseMatcher((word, "demonym") for word in _demonyms(lang)),
        lower_outlets=frozenset(name for name, label in res.gazetteer.items() if label == "ORG" and name[:1].islower()),
        known_names=known,
    )
    # Every word list in one spaCy pass per Doc, not one pass per list.
    PhraseMatcherGroup(value for value in vars(lex).values() if isinstance(value, PhraseMatcher))
    return lex
