"""The named word sets of ``entity_words.toml`` as attributes of ``EntityWords`` (a rule reads
``s.words.initials_ranks``), made once per lexicon with the dotted titles and one-word portfolios
(``word_sets``)."""

from __future__ import annotations

from annotator.nlp.lexicon import Lexicon


class EntityWords:
    """The named word sets of ``entity_words.toml`` (common and the language's own) as attributes."""

    name_particles: frozenset[str]
    role_joiners: frozenset[str]
    unit_words: frozenset[str]
    place_prepositions: frozenset[str]
    list_before_place: frozenset[str]
    ministers: frozenset[str]
    regional_roles: frozenset[str]
    vessel_words: frozenset[str]
    purpose_joiners: frozenset[str]
    place_nouns: frozenset[str]
    place_nouns_after: frozenset[str]
    plural_people: frozenset[str]
    sentence_openers: frozenset[str]
    passive_openers: frozenset[str]
    storm_words: frozenset[str]
    holidays: frozenset[str]
    seat_roles: frozenset[str]
    not_seats: frozenset[str]
    count_words: frozenset[str]
    compass: frozenset[str]
    initials_words: frozenset[str]
    government_words: frozenset[str]
    unit_titles: frozenset[str]
    unit_buildings: frozenset[str]
    haji: frozenset[str]
    road_words: frozenset[str]
    unit_words_before: frozenset[str]
    written_units: frozenset[str]
    not_clubs: frozenset[str]
    club_prefixes: frozenset[str]
    club_suffixes: frozenset[str]
    club_acronym_prefixes: frozenset[str]
    place_heads: frozenset[str]
    nickname_heads: frozenset[str]
    council_bodies: frozenset[str]
    office_words: frozenset[str]
    not_names: frozenset[str]
    role_modifiers: frozenset[str]
    degrees: frozenset[str]
    body_titles: frozenset[str]
    verb_shapes: frozenset[str]
    not_body_acronyms: frozenset[str]
    inner_name_words: frozenset[str]
    opening_name_words: frozenset[str]
    list_joiners: frozenset[str]
    military_titles: frozenset[str]
    company_country_marks: frozenset[str]
    company_endings: frozenset[str]
    acronym_joiners: frozenset[str]
    branch_words: frozenset[str]
    nickname_words: frozenset[str]
    unit_openers: frozenset[str]
    police_units: frozenset[str]
    born_suffixes: frozenset[str]
    possessive_words: frozenset[str]
    possessive_body_tails: frozenset[str]
    on_bodies: frozenset[str]
    relatives: frozenset[str]
    newsroom_nouns: frozenset[str]
    byline_words: frozenset[str]
    credit_works: frozenset[str]
    credit_joined_works: frozenset[str]
    credit_work_joiners: frozenset[str]
    credit_by: frozenset[str]
    photo_credit_words: frozenset[str]
    credit_name_joiners: frozenset[str]
    government_nouns: frozenset[str]
    law_nouns: frozenset[str]
    law_title_tails: frozenset[str]
    law_title_links: frozenset[str]
    news_agency_nouns: frozenset[str]
    adjective_titles: frozenset[str]
    island_nouns: frozenset[str]
    island_group_nouns: frozenset[str]
    alias_words: frozenset[str]
    alias_joiners: frozenset[str]
    apposition_articles: frozenset[str]
    apposition_place_nouns: frozenset[str]
    patronymic_particles: frozenset[str]
    numbered_unit_tails: frozenset[str]
    saint_place_words: frozenset[str]
    saint_words: frozenset[str]
    term_bodies: frozenset[str]
    affiliation_suffixes: frozenset[str]
    vietnamese_openers: frozenset[str]
    name_final_titles: frozenset[str]
    admin_tails: frozenset[str]
    plural_place_nouns: frozenset[str]
    place_police: frozenset[str]
    place_police_kinds: frozenset[str]
    police_adjectives: frozenset[str]
    origin_words: frozenset[str]
    name_initials: frozenset[str]
    titled_names: frozenset[str]
    rank_name_words: frozenset[str]
    initials_ranks: frozenset[str]
    resident_nouns: frozenset[str]
    initials_titles: frozenset[str]
    inner_governments: frozenset[str]
    emblem_words: frozenset[str]
    law_name_words: frozenset[str]
    address_words: frozenset[str]
    courtesy_credits: frozenset[str]
    court_acronyms: frozenset[str]
    body_final_words: frozenset[str]
    separate_bodies: frozenset[str]
    company_openers: frozenset[str]
    dotted_company_heads: frozenset[str]
    board_words: frozenset[str]
    team_heads: frozenset[str]
    adjective_heads: frozenset[str]
    role_offices: frozenset[str]
    not_org_acronyms: frozenset[str]
    acronym_member_nouns: frozenset[str]
    common_noun_endings: frozenset[str]
    generation_suffixes: frozenset[str]
    short_form_openers: frozenset[str]
    patronym_joiners: frozenset[str]
    hospital_heads: frozenset[str]
    hospital_titles: frozenset[str]
    named_body_acronyms: frozenset[str]
    open_event_heads: frozenset[str]
    generic_bodies: frozenset[str]

    def __init__(self, sets: dict[str, frozenset[str]]) -> None:
        for name in self.__annotations__:
            setattr(self, name, sets.get(name, frozenset()))


#: The word sets of each lexicon (by id; the lexicon is kept with them), made once, not per text.
_WORD_SETS: dict[int, tuple[Lexicon, EntityWords, frozenset[str], frozenset[str]]] = {}


def word_sets(lex: Lexicon) -> tuple[EntityWords, frozenset[str], frozenset[str]]:
    """The named entity words, the dotted titles without their stop and the one-word portfolios."""
    known = _WORD_SETS.get(id(lex))
    if known is None or known[0] is not lex:
        res = lex.res
        dotted = frozenset(title.rstrip(".") for title in res.titles if title.endswith("."))
        portfolio = frozenset(word for word in res.portfolio if " " not in word)
        known = _WORD_SETS[id(lex)] = (lex, EntityWords(res.entity_words), dotted, portfolio)
    return known[1], known[2], known[3]
