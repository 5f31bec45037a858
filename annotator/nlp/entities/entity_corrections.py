"""Corrections after the scan and its passes, before acronyms and names are spread over the text:
each is a small rule of its own module, run here in order so that the scan needs one call."""

from __future__ import annotations

from annotator.nlp.entities.bodies import entity_club_nicknames as club_nicknames
from annotator.nlp.entities.bodies import entity_club_roles as club_roles
from annotator.nlp.entities.bodies import entity_clubs as clubs
from annotator.nlp.entities.bodies import entity_company_countries as company_countries
from annotator.nlp.entities.bodies import entity_inner_governments as inner_governments
from annotator.nlp.entities.bodies import entity_market as market
from annotator.nlp.entities.bodies import entity_namesake_institutions as namesakes
from annotator.nlp.entities.bodies import entity_national_societies as national_societies
from annotator.nlp.entities.bodies import entity_numbered_bodies as numbered
from annotator.nlp.entities.bodies import entity_opening_governments as opening_governments
from annotator.nlp.entities.bodies import entity_org_lists as org_lists
from annotator.nlp.entities.bodies import entity_police as police
from annotator.nlp.entities.bodies import entity_score_clubs as score_clubs
from annotator.nlp.entities.credits import entity_outlet_credits as outlet_credits
from annotator.nlp.entities.credits import entity_outlet_heads as outlet_heads
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.exclusions import entity_abbreviated as abbreviated
from annotator.nlp.entities.exclusions import entity_venues as venues
from annotator.nlp.entities.people import entity_apposition as apposition
from annotator.nlp.entities.people import entity_article_surnames as article_surnames
from annotator.nlp.entities.people import entity_name_edges as name_edges
from annotator.nlp.entities.people import entity_naming_frames as naming_frames
from annotator.nlp.entities.people import entity_opening_names as opening_names
from annotator.nlp.entities.people import entity_shouted_leads as shouted_leads
from annotator.nlp.entities.people import entity_split_names as split_names
from annotator.nlp.entities.places import entity_apposed_places as apposed_places
from annotator.nlp.entities.places import entity_community_places as community_places
from annotator.nlp.entities.places import entity_government_areas as government_areas
from annotator.nlp.entities.places import entity_local_areas as local_areas
from annotator.nlp.entities.places import entity_org_seats as org_seats
from annotator.nlp.entities.places import entity_place_checks as place_checks
from annotator.nlp.entities.places import entity_place_prefixed as place_prefixed
from annotator.nlp.entities.places import entity_seated_areas as seated_areas
from annotator.nlp.entities.places import entity_state_styles as state_styles
from annotator.nlp.entities.places import entity_station_areas as station_areas


def run(state: EntityState) -> None:
    outlet_credits.outlet_credits(state)  # `(rki/cr5/Sumeks)`, `(KLIK-RED)`, and the outlet elsewhere
    apposition.names_in_apposition(state)  # `Kepala Dinas X, Nama, mengatakan`, `Nama, reporter X, ...`
    apposed_places.places_after_apposed_roles(state)  # `Sarji, mantan Kades Sukamaju`: the village
    org_seats.places_after_organisations(state)  # `The Police Command in Delta says`: the command's seat
    community_places.places_of_communities(state)  # `Residents of Bhangarpur said`: where they live
    state_styles.states_by_style(state)  # `the Republic of Cyprus`: the style is part of the GPE
    station_areas.station_areas(state)  # `Totogo Police Station`: the area, the station untagged
    government_areas.government_areas(state)  # `Akwanga Local Government Area`: name and unit, one GPE
    abbreviated.drop_names_cut_at_abbreviations(state)  # `Pasca Sarjana Bid.`: no person
    venues.drop_venue_names(state)  # `the Blue Anchor cafe`: a venue, no person
    place_prefixed.split_known_place_and_name(state)  # `camat Tanalili Andi Suryanti`: place, then name
    org_lists.split_joined_organisations(state)  # `Home Ministry and Royal Malaysian Police`
    place_checks.run(state)  # `Santos` of a person; `ke Puskesmas`
    local_areas.split_district_and_regency(state)  # `Wonosari Kebumen`: the village, then its regency
    local_areas.district_before_regency(state)  # `Desa X, Ngamprah, Kabupaten Bandung Barat`
    seated_areas.areas_before_their_seats(state)  # `Jalan X, Ancol, Jakarta Utara`: the village
    seated_areas.areas_after_area_nouns(state)  # `di kawasan Legok`: the district, not a person
    police.run(state)  # `Polres X` on its own; no place guessed in a headline
    inner_governments.split_inner_governments(state)  # `Sat Pol PP Pemkot Ambon`: the body, then the place
    opening_governments.governments_as_places(state)  # `Pemkot Mataram`: the place alone
    name_edges.run(state)  # degrees after names, `Dg.`, `Jr.`, `K. Gunalan`
    market.run(state)  # listed companies and tickers, before their acronyms are looked for
    namesakes.namesake_institutions(state)  # `Queen Elizabeth Hospital`: one ORG, not a title and a PERSON
    national_societies.national_societies(state)  # `Kenya Red Cross`: one ORG, not a GPE and an ORG
    company_countries.company_countries(state)  # `Ecobank Ghana`: the company's national arm, one ORG
    if state.analysis.lang == "en":
        split_names.join_places_before_surnames(state)  # `coach Victoria Ashby said`, then `Ashby added`
        article_surnames.article_surnames(state)  # `Mohammed Al Arabi`: a man, not the listed club
    clubs.clubs(state)  # `Persatu Tuban`, `Babel United` taken for a person or a place
    club_roles.clubs_before_club_roles(state)  # `Gor Mahia coach Dylan Kerr`: the club, not a person
    score_clubs.clubs_in_result_lines(state)  # `Highlanders beat Dynamos 2-1`: two clubs
    score_clubs.untagged_clubs_before_club_roles(state)  # `Highlanders coach Brandon Moyo`
    club_nicknames.quoted_club_nicknames(state)  # `fans of the 'Red Hawks' squad`: the club
    numbered.numbered_bodies(state)  # `PTPN VII`, `Pelindo II`: the numeral of a state company
    opening_names.names_opened_by_common_words(state)  # `gol Hari Nur Yulianto`: `Hari` opens the name
    shouted_leads.shouted_lead_names(state)  # `AMINA Bello Yusuf, the minister`: the shouted word opens the name
    naming_frames.names_in_naming_frames(state)  # `warga bernama Sutarman`, `Nurdin alias Udin`
    outlet_heads.outlet_heads(state)  # `Golden Ridge: Ghana's Foreign Minister, X, has ...`: the outlet, an ORG
