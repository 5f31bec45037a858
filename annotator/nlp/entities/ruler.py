"""Named entities by rule, in the manner of spaCy's span ruler: match, filter, set annotations.

1. Entities with exact offsets come first: a trained NER's (``preset``), the dateline's city and
   outlet, and dates (:mod:`annotator.nlp.entities.dates.dates`), each moved out to whole words.
2. A scan over the capitalised words that no entity holds yet. At each one the candidate
   generators of :data:`RULES` propose what they find (:class:`~annotator.nlp.entities.entity_state.Candidate`:
   the words covered, the entities, the rule's name and priority); the resolver accepts the
   candidate of the highest priority (within one priority, the longest name) and goes on after it.
   The generators live in ``entity_bodies``, ``entity_places``, ``entity_known_names``,
   ``entity_person_initials`` and ``entity_people``; their word lists in ``annotator/resources/lang/``.
3. Passes over what was accepted (:mod:`annotator.nlp.entities.entity_passes`).

Every entity carries the name of the rule that made it (``Mention.rule``; ``attrs["rule"]`` in
records), so the window can show why a span was suggested. Entities never overlap each other.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from itertools import groupby

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.entities import entity_corrections as corrections
from annotator.nlp.entities import entity_passes as passes
from annotator.nlp.entities.bodies import entity_acronym_lists as acronym_lists
from annotator.nlp.entities.bodies import entity_acronym_long_forms as acronym_long_forms
from annotator.nlp.entities.bodies import entity_acronym_names as acronym_names
from annotator.nlp.entities.bodies import entity_acronym_spread as acronym_spread
from annotator.nlp.entities.bodies import entity_acronym_subjects as acronym_subjects
from annotator.nlp.entities.bodies import entity_airlines as airlines
from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.bodies import entity_body_kinds as body_kinds
from annotator.nlp.entities.bodies import entity_body_person_bounds as body_person_bounds
from annotator.nlp.entities.bodies import entity_body_roles as body_roles
from annotator.nlp.entities.bodies import entity_bracketed_long_forms as bracketed_long_forms
from annotator.nlp.entities.bodies import entity_clubs as clubs
from annotator.nlp.entities.bodies import entity_companies as companies
from annotator.nlp.entities.bodies import entity_company_names as company_names
from annotator.nlp.entities.bodies import entity_competitions as competitions
from annotator.nlp.entities.bodies import entity_digit_acronyms as digit_acronyms
from annotator.nlp.entities.bodies import entity_group_names as group_names
from annotator.nlp.entities.bodies import entity_headquarters as headquarters
from annotator.nlp.entities.bodies import entity_hyphen_bodies as hyphen_bodies
from annotator.nlp.entities.bodies import entity_listed_long_forms as listed_long_forms
from annotator.nlp.entities.bodies import entity_org_nouns as org_nouns
from annotator.nlp.entities.bodies import entity_outlet_articles as outlet_articles
from annotator.nlp.entities.bodies import entity_ri_suffix as ri_suffix
from annotator.nlp.entities.bodies import entity_squads as squads
from annotator.nlp.entities.bodies import entity_tailed_bodies as tailed_bodies
from annotator.nlp.entities.bodies import entity_the_acronyms as the_acronyms
from annotator.nlp.entities.credits import entity_address_names as address_names
from annotator.nlp.entities.credits import entity_closing_names as closing_names
from annotator.nlp.entities.credits import entity_credits as credits
from annotator.nlp.entities.credits import entity_english_credits as english_credits
from annotator.nlp.entities.dates.dates import find_dates
from annotator.nlp.entities.entity_gates import rule_gates, rule_vetoes
from annotator.nlp.entities.entity_state import Candidate, EntityState
from annotator.nlp.entities.exclusions import entity_emblems as emblems
from annotator.nlp.entities.exclusions import entity_facilities as facilities
from annotator.nlp.entities.exclusions import entity_sacred_names as sacred_names
from annotator.nlp.entities.exclusions import entity_vehicles as vehicles
from annotator.nlp.entities.people import entity_english as english
from annotator.nlp.entities.people import entity_initial_names as initial_names
from annotator.nlp.entities.people import entity_listed_people as listed_people
from annotator.nlp.entities.people import entity_name_openers as name_openers
from annotator.nlp.entities.people import entity_nicknames as nicknames
from annotator.nlp.entities.people import entity_people as people
from annotator.nlp.entities.people import entity_person_initials as person_initials
from annotator.nlp.entities.people import entity_quoted_titles as quoted_titles
from annotator.nlp.entities.people import entity_royal as royal
from annotator.nlp.entities.people import entity_script_names as script_names
from annotator.nlp.entities.people import entity_split_names as split_names
from annotator.nlp.entities.people import entity_suspect_initials as suspect_initials
from annotator.nlp.entities.places import entity_address_areas as address_areas
from annotator.nlp.entities.places import entity_balinese as balinese
from annotator.nlp.entities.places import entity_counted_lists as counted_lists
from annotator.nlp.entities.places import entity_defined_terms as defined_terms
from annotator.nlp.entities.places import entity_known_names as known_names
from annotator.nlp.entities.places import entity_numbered_villages as numbered_villages
from annotator.nlp.entities.places import entity_place_chain as place_chain
from annotator.nlp.entities.places import entity_place_runs as place_runs
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.places import lower_initial_places, saint_parishes, south_asian_districts
from annotator.nlp.entities.roles import entity_police_titles as police_titles
from annotator.nlp.entities.roles import entity_portfolio_acronyms as portfolio_acronyms
from annotator.nlp.entities.roles import entity_role_one_names as role_one_names
from annotator.nlp.entities.roles import entity_roles as roles
from annotator.nlp.entities.roles import entity_title_people as title_people
from annotator.nlp.text.furniture import dateline_entities
from annotator.nlp.text.tokens import TokenIndex, capitals

Generator = Callable[[EntityState, int], int | None]


@dataclass(frozen=True)
class Rule:
    """A candidate generator: ``generate(state, word)`` proposes entities from that word on and
    returns the word after them, or None when it finds nothing there. ``extent`` (optional) says
    where its name ends, when that differs from where the rule goes on."""

    name: str
    priority: int
    generate: Generator
    extent: Callable[[EntityState, int], int] | None = None


#: The generators, highest priority first. Rules of one priority compete on the length of the
#: name they matched (an organisation head or a longer known name: `Bank` vs `Bank Indonesia`).
RULES: tuple[Rule, ...] = (
    Rule("tailed_organisation", 100, tailed_bodies.tailed_organisation),
    Rule("royal_style", 96, royal.royal_style),  # `His Majesty Sultan Haji X ibni Al-Marhum ...`
    Rule("initials", 95, person_initials.initials),
    Rule("suspect_initials", 95, suspect_initials.suspect_initials),  # `terduga teroris AT`
    Rule("airline", 92, airlines.airline),  # `pesawat Lion Air`: ORG, not a name
    Rule("vehicle", 92, vehicles.vehicle),  # `Honda Jazz`, `mobil Toyota`: held, not tagged
    Rule("emblem", 92, emblems.emblem),  # `bendera Bintang Kejora`: held, not tagged
    Rule("village_unit", 91, balinese.village_unit),  # `Desa Adat X`, `Kelian`: before `Banjar` is known
    Rule("organisation_head", 90, bodies.organisation_at),
    Rule("named_squad", 90, squads.named_squad),  # `Tim Kalong Satreskrim Polres X`
    Rule("known_name", 90, known_names.known_name, extent=known_names.known_name_extent),
    Rule("compass_place", 80, places.compass_place),
    Rule("place_type", 70, places.place_type),
    Rule("region_head", 60, bodies.region),
    Rule("event_head", 50, bodies.event),
    Rule("portfolio_acronym_role", 45, portfolio_acronyms.portfolio_acronym_role),  # `Treasury CS X`
    Rule("title_or_role", 40, roles.role),
    Rule("facility", 30, facilities.facility),
    Rule("headline_word", 20, people.headline_word),
    Rule("demonym", 15, people.demonym),
    Rule("address_area", 12, address_areas.address_area),  # `Jalan X, Padangsambian Kaja`
    Rule("initial_name", 11, initial_names.initial_name),  # `identified as A. Sakthivel`
    Rule("capitalised_run", 10, people.person),
)


#: RULES grouped by priority, highest first.
RULE_GROUPS: tuple[tuple[Rule, ...], ...] = tuple(
    tuple(group) for _priority, group in groupby(sorted(RULES, key=lambda rule: -rule.priority), key=lambda rule: rule.priority)
)


RuleGroups = tuple[tuple[Rule, ...], ...]
#: Generator -> words of a text (a gate's or a veto's).
WordsOf = dict[Generator, Collection[int]]


class GatePlan:
    """The rules to ask at a word, by which gates admit it and which vetoes keep a rule out
    (entity_gates.py), made once per text.

    Each gated or vetoed generator has one bit; a word's mask has the bits of the gates that admit
    it and of the vetoes that name it. The rules a mask lets through (in their groups, in priority
    order) are worked out once per mask and kept, so the resolver does not walk every gate's check
    at every word."""

    def __init__(self, groups: RuleGroups, gated: tuple[Generator, ...], vetoed: tuple[Generator, ...] = ()) -> None:
        self.groups = groups
        self.gated = gated
        self.vetoed = vetoed
        self.bits = {generate: 1 << number for number, generate in enumerate(gated)}
        self.veto_bits = {generate: 1 << number for number, generate in enumerate(vetoed, len(gated))}
        self.by_mask: dict[int, tuple[tuple[Rule, ...], ...]] = {}

    def masks(self, gates: WordsOf, vetoes: WordsOf | None = None) -> dict[int, int]:
        """Each word some gate admits or some veto names, with the bits of those gates and vetoes."""
        masks: dict[int, int] = {}
        get = masks.get
        for bits, words_of in ((self.bits, gates), (self.veto_bits, vetoes or {})):
            for generate, words in words_of.items():
                bit = bits[generate]
                for index in words:
                    masks[index] = get(index, 0) | bit
        return masks

    def admits(self, rule: Rule, mask: int) -> bool:
        bit = self.bits.get(rule.generate)
        return (bit is None or bool(mask & bit)) and not mask & self.veto_bits.get(rule.generate, 0)

    def rules_for(self, mask: int) -> tuple[tuple[Rule, ...], ...]:
        """The groups of rules to ask at a word of this mask (a rule with no gate is always asked,
        unless vetoed there)."""
        found = self.by_mask.get(mask)
        if found is None:
            kept = (tuple(rule for rule in group if self.admits(rule, mask)) for group in self.groups)
            found = self.by_mask[mask] = tuple(group for group in kept if group)
        return found


#: The last plan made (a plan depends only on the rule groups and which generators have gates and vetoes).
_last_plan: list[GatePlan] = []


def _plan_for(groups: RuleGroups, gated: tuple[Generator, ...], vetoed: tuple[Generator, ...]) -> GatePlan:
    last = _last_plan[0] if _last_plan else None
    if last is not None and last.groups is groups and last.gated == gated and last.vetoed == vetoed:
        return last
    plan = GatePlan(groups, gated, vetoed)
    _last_plan[:] = [plan]
    return plan


def resolve_at(state: EntityState, index: int, groups: tuple[tuple[Rule, ...], ...] = RULE_GROUPS) -> int:
    """Accept the best candidate at word ``index``; returns the word to go on from. Rules are
    asked in priority order and lower priorities are not asked once one has proposed something."""
    text_plan = state.gated_groups
    if text_plan is None or text_plan[0] is not groups:
        gates = state.gates
        if gates is None:
            gates = state.gates = rule_gates(state)
        vetoes = rule_vetoes(state)
        plan = _plan_for(groups, tuple(gates), tuple(vetoes))
        # Looked up once per text, not per word: at a word outside every gate only the rules
        # without one can propose (mask 0).
        text_plan = state.gated_groups = (groups, plan.masks(gates, vetoes), plan.by_mask, plan.rules_for)
    mask = text_plan[1].get(index, 0)
    todo = text_plan[2].get(mask)
    for group in text_plan[3](mask) if todo is None else todo:
        best: Candidate | None = None
        for rule in group:
            candidate = state.propose(rule.name, rule.priority, index, rule.generate)
            if candidate is None:
                continue
            candidate.extent = rule.extent(state, index) if rule.extent else candidate.end
            if best is None or candidate.extent > (best.extent or 0):
                best = candidate
        if best is not None:
            state.accept(best)
            return max(best.end, index + 1)
    return index + 1


def _add_exact(state: EntityState, start: int, end: int, label: str, rule: str) -> Mention | None:
    """An entity with exact offsets, unless a word of it is taken already."""
    tokens = state.tokens
    start, end = tokens.snap_out(start, end)
    first, last = tokens.first_at_or_after(start), tokens.last_ending_at_or_before(end)
    if first > last or not all(state.free(k) for k in range(first, last + 1)):
        return None
    if not label:
        state.block(first, last)  # a model entity with no label in the scheme keeps the rules off
        return None
    return state.add(first, last, label, start=start, end=end, rule=rule)


def run(state: EntityState, preset: list[Mention] | None = None) -> list[Mention]:
    for mention in preset or []:
        added = _add_exact(state, mention.start, mention.end, mention.label, "model")
        if added is not None:
            added.source = mention.source
    for start, end, label in dateline_entities(state.analysis, state.lex.known_names):
        _add_exact(state, start, end, label, "dateline")
    if state.analysis.lang == "en":
        outlet_articles.weekly_papers(state, _add_exact)  # `The Sunday Times`: the paper, no DATE
    taken_ranges = [(m.start, m.end) for m in state.found]
    for start, end in find_dates(state.text, state.analysis.lang, taken_ranges):
        _add_exact(state, start, end, "DATE", "date")
    credits.block_not_names(state)
    sacred_names.block_sacred_names(state)  # `Allah gave us success`: no one's name in the scheme
    address_names.address_names(state)  # `memorandum.co.id`, then `Reporter : X Memorandum`: the outlet
    credits.credits(state, _add_exact)
    if state.analysis.lang == "en":
        english_credits.credits(state, _add_exact)  # `By X`, `Photo: Reuters/X`, `Story by X and Y`
    else:
        closing_names.closing_name(state, _add_exact)  # `(edy sumantri)`: the reporter in small letters
    credits.web_outlets(state, _add_exact)
    taken = state.taken  # state.free(index) when no proposal is under way, as here
    index = 0  # the capitalised words (Token.is_cap) in text order, each unless a rule went past it
    for capital in capitals(state.tokens.by_text):
        if capital >= index and not taken[capital]:
            index = resolve_at(state, capital)
    if state.analysis.lang == "en":
        passes.extend_english_organisations(state)
        english.run(state)  # entity_english.py: units with their place, `-born`, rivers
        body_roles.roles_after_bodies(state)  # `X Union President Leonard Hikaumba`: the body, the role, the person
    passes.units_before_organisations(state)
    passes.merge_adjacent_organisations(state)
    passes.events_with_years(state)
    corrections.run(state)  # entity_corrections.py: small rules after the scan
    company_names.company_names(state)  # `PT Prodia Widyahusada Tbk`, then `Direktur Utama Prodia`: the company
    if state.analysis.lang == "id":
        name_openers.names_from_markers(state)  # `Bendesa Adat Keliki I Wayan X`: the name opens at `I`
        body_person_bounds.people_after_bodies(state)  # `Ketua Yayasan X Ahmad Fauzi`, then `kata Fauzi`: the person
    if state.analysis.lang == "en":
        companies.company_stops(state)  # `Ayala Land Inc.` keeps its stop
        companies.company_short_forms(state)  # `Eco World` after `Eco World Development Group Bhd`; `MBC chairman`
        group_names.group_names(state)  # `Pakistan Tehreek-e-Insaf`, `Indian Mujahideen`: ORG
        police_titles.places_of_police_titles(state)  # `Milne Bay Police Commander X`: the place
        org_nouns.names_after_org_nouns(state)  # `the charity Sahel Relief`, `brewer X`
        role_one_names.one_names_after_roles(state)  # `the striker Haaland scored`
        acronym_names.acronym_names(state)  # `Department of Budget and Management's (DBM)`: the whole name
        saint_parishes.saint_parishes(state)  # `St Catherine` where the text names Jamaica
        south_asian_districts.districts_in_context(state)  # `Jhang`, `Ilam` where the text names the country
        lower_initial_places.lower_initial_places(state)  # `eSwatini`: the scan visits capitals only
    nicknames.initials_everywhere(state)  # `Susilo Bambang Yudhoyono (SBY)`, then `kata SBY`
    acronym_long_forms.long_forms_before_acronyms(state)  # `Shiromani Akali Dal (SAD)`, `Tim ... (TPID)`
    if state.analysis.lang == "en":
        listed_long_forms.listed_long_forms(state)  # `Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)`
        acronym_long_forms.acronyms_after_names(state)  # `the Lusaka Water Supply Authority LWSA said`
    bracketed_long_forms.long_forms_after_acronyms(state)  # `Fraksi KDNI (Karya Demokrasi Nurani Indonesia)`
    passes.acronyms_in_parentheses(state)
    digit_acronyms.digit_acronyms(state)  # `1MDB`: the scan visits capitalised words only
    place_chain.places_between_places(state)  # `Barangay X, Calatagan, Batangas`
    counted_lists.counted_place_lists(state)  # `tiga desa, yakni Sukamaju, Cibeber dan Desa X`
    place_runs.places_everywhere(state)  # `Kampong Thom province`, then `Kampong Thom` alone
    if state.analysis.lang == "id":
        quoted_titles.drop_quoted_title_people(state)  # `konferensi pers "Update Tanggap Bencana X"`: no person
    listed_people.people_in_lists(state)  # `Budi Santoso, Sulistyo dan Parjono`: the lone names of the list
    passes.propagate_names(state)
    script_names.names_in_script(state, _add_exact)  # `Kuo Kuo-wen (郭國文)`: the name in script too
    passes.propagate_places(state)
    if state.analysis.lang == "en":
        companies.company_first_words(state)  # `Kotani Realty Limited`, then `the chief executive of Kotani`
    numbered_villages.numbered_villages(state)  # `Tanjung Raya 1`, `Kehiran 2`: the number is the village's
    the_acronyms.acronyms_after_the(state)  # `the KIA said`: capitals after `the` name a body
    the_acronyms.acronyms_before_names(state)  # `PRC (Professional Regulation Commission)`
    the_acronyms.acronyms_before_members(state)  # `EFF leader X`, `PML-N leaders`: the body
    acronym_subjects.acronyms_as_subjects(state)  # `KCCA said`: an undefined acronym speaking is a body
    acronym_subjects.acronyms_after_members(state)  # `officials of KCCA`
    acronym_subjects.acronyms_of_named_bodies(state)  # `talking to THT` on a page naming `The Himalayan Times`
    hyphen_bodies.hyphen_bodies(state)  # `PNP-CIDG`, `DTI-Calabarzon`: a body and its unit
    clubs.clubs_before_places(state)  # `melawan Persipa Pati`: the club word left before its place
    clubs.club_short_forms(state)  # `PSCS Cilacap`, then `Gol PSCS` and `persipa Pati`
    clubs.clubs_before_their_places(state)  # `SS Riau FC`, then `Pelatih SS Riau`: the club, no place
    split_names.join_names_split_by_places(state)  # `Kajari Darmo Wijoyo` after `Darmo Wijoyo` elsewhere
    split_names.join_weekday_given_names(state)  # `The spokesman, Sunday Adeyemi, said`: the weekday opens the name
    title_people.people_after_titles(state)  # `Wali Kota Eri` after `Eri Cahyadi`: the person, no place
    defined_terms.defined_terms_no_places(state)  # `Perwira Tinggi (Pati)`: the short form, no regency
    ri_suffix.organisations_with_ri(state)  # `Kejagung RI`: the national letters in the name
    headquarters.units_at_headquarters(state)  # `Bareskrim Mabes Polri`: one ORG
    acronym_lists.listed_acronyms(state)  # `KRA, TMB, NERC and OFGA`: one ORG, the others too
    acronym_spread.propagate_acronyms(state)  # `juru bicara KNPB X`, then `simpatisan KNPB`
    if state.analysis.lang == "en":
        competitions.competitions(state)  # `the Qatar Stars League`: a competition (EVENT), unless it speaks or acts
    body_kinds.drop_body_kinds(state)  # `Organisasi Perangkat Daerah (OPD)`: a kind of office, no ORG
    passes.dotted_abbreviations(state)
    if state.analysis.lang == "en":
        outlet_articles.newspapers(state)  # `The Fiji Times`, `By Korea Herald`
        outlet_articles.newspaper_short_forms(state)  # then `told the Star` on a page naming `The Star`
    state.found.sort(key=lambda m: m.start)
    return state.found


def find_entities(analysis: Analysis, tokens: TokenIndex, preset: list[Mention] | None = None) -> list[Mention]:
    """Entities of the text; ``preset`` ones (a trained NER's) are kept and rules fill the rest; a
    preset mention with an empty label only keeps the rules off its words."""
    found = run(EntityState(analysis, tokens), preset)
    analysis.entities = found
    return found
