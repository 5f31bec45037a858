"""Titles and roles before a name (`Menteri Luar Negeri Prancis Jean Dupont`, `Kasat Reskrim
Polres Lahat AKP Rudi`): the role's words are no entity, places and bodies inside it keep their
labels, and the name after it is a PERSON. Chains of rank, position and unit, fused police titles
and buildings with their place, portfolios no list knows, a unit defined by an acronym. The
chain's parts are read by ``entity_role_chain``, what stands right after the role by
``entity_after_role``."""

from __future__ import annotations

import re

from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.bodies import entity_listed as listed
from annotator.nlp.entities.bodies import entity_military_units as military_units
from annotator.nlp.entities.entity_state import DEFINED_ACRONYM, EntityState
from annotator.nlp.entities.people import entity_capital_names as capital_names
from annotator.nlp.entities.people import entity_given_words as given_words
from annotator.nlp.entities.people import entity_headline_names as headline_names
from annotator.nlp.entities.people import entity_nicknames as nicknames
from annotator.nlp.entities.people.entity_name_runs import initial_opens, name_run, valid_name
from annotator.nlp.entities.people.entity_person_initials import initials_open_name
from annotator.nlp.entities.places import entity_local_areas as local_areas
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.roles import entity_bracketed_units as bracketed_units
from annotator.nlp.entities.roles import entity_fused_head_titles as fused_head_titles
from annotator.nlp.entities.roles import entity_role_known_bodies as role_known_bodies
from annotator.nlp.entities.roles import entity_short_titles as short_titles
from annotator.nlp.entities.roles import entity_units as units
from annotator.nlp.entities.roles.entity_after_role import (
    place_run_before_name,
    portfolio_pair_end,
    regional_role,
    role_initials,
    unit_before_acronym,
)
from annotator.nlp.entities.roles.entity_role_chain import (
    board_before_body,
    body_over_role,
    degree,
    extend_to_board,
    place_before_rank,
    unit_place,
    unknown_body,
    unlisted_portfolio,
)
from annotator.nlp.entities.roles.entity_role_portfolios import portfolio_before_name
from annotator.nlp.text.brackets import CLOSE, OPEN

#: An acronym in parentheses with two capitals or more (`(P2PM)`, `(BPBD)`; not a nickname `(Jokowi)`).
UNIT_ACRONYM = re.compile(rf"\s*{OPEN}(?=[^)]*[A-Z][^)]*[A-Z])[A-Z][A-Za-z0-9]{{1,9}}{CLOSE}")
#: A head's short title of two words in brackets after a written unit (`... Pengamanan (Kabid Propam)`).
SHORT_TITLE = re.compile(rf"\s*{OPEN}[A-Z][a-z]+ [A-Z][A-Za-z]+{CLOSE}")


def role(s: EntityState, index: int) -> int | None:
    """A capitalised title or role (`Menteri Luar Negeri Prancis`, `Prof.`): the entities inside
    it are added; a name right after it is a PERSON. Returns the index after all of it."""
    lex = s.lex
    match = lex.titles.match(s.tokens, index) or lex.roles.match(s.tokens, index)
    if not match or (s.word(index - 1) in s.words.patronymic_particles and s.joined(index - 1, index)):
        return None  # `Suhaimi bin Haji Gafar`: a title after `bin` is the father's, inside the name
    if s.word(index) in s.words.name_final_titles and s.word(index + 1) == s.word(index) and s.joined(index, index + 1):
        return None  # `Ko Ko Gyi`, `Tun Tun Oo`: a doubled honorific word opens a name, it is no title
    if f"{s.word(index)} {s.word(index + 1)}" in s.words.titled_names and s.joined(index, index + 1):
        return None  # `Sheikh Hasina`: in Bangladeshi names `Sheikh` is part of the name
    if match[0] == index + 1 and s.word(index + 1) in s.lex.org_tails and s.joined(index, index + 1):
        return None  # `the Detective Branch`: a rank word naming a unit by an organisation's tail, no title
    k = role_known_bodies.role_end(s, index, match[0])  # `Ketua | Tim Penggerak PKK`
    if (short := short_titles.bracketed_short_title(s, index, k)) is not None:
        return short  # `(Dirjen Yankes)`: the portfolio's abbreviation, no name
    if degree(s, index, k):
        s.block(index, k - 1)  # `Hisdan, S.I.P. Agenda ...`: a degree closes a name, it opens none
        return k
    inner: list[tuple[int, int, str]] = []
    if s.word(index) in s.words.military_titles and (unit_end := military_units.numbered_unit(s, k, inner)) is not None:
        k = unit_end  # `Pangdam V Brawijaya`, `Danrem 084/Bhaskara Jaya`: the unit's name, no place
    elif s.word(index) in s.words.unit_titles and s.continues(k):
        k = unit_place(s, k, inner, building=s.word(index) in s.words.unit_buildings)
    k = listed.company_after_role(s, k) or k  # `Direktur Utama Mitra Karya Abadi Tbk Budi Santoso`
    after_rank = False  # a rank has been read: what follows is the name, no longer a place
    board: int | None = None  # a party's board (`DPC`) read before its party's name
    role_end = k  # where the last role word read ends (`Kepala Seksi | ...`)
    while k < s.n:
        if not s.continues(k):
            break
        if after_rank and s.word(k - 1) in s.words.initials_ranks and capital_names.capital_name_end(s, k) is not None:
            break  # `AKP SUJARWO`: a name printed in capitals after the rank, no unit's acronym
        if after_rank and initials_open_name(s, k):
            break  # `Kapolres X AKBP MP Nainggolan`: the officer's initials open the name, no unit's acronym
        unit = None if after_rank else units.unit_start(s, k, role_end)
        unit_end = units.unit_of_body(s, unit, k) if unit is not None else None
        if unit_end is not None:
            k = unit_end  # `Kepala Bidang Distribusi Dinas Perdagangan Kota X`: the unit and its body
            continue
        place_end = None if after_rank else places.place_in_role(s, index, k, role_end, inner)
        if place_end is not None:
            k = place_end  # `Kepala Desa Wates Kecamatan Wayratai Andes`: the places, then the name
            continue
        if after_rank and s.word(k) in s.words.haji and s.cap_word(k + 1) and s.joined(k, k + 1):
            k += 1  # `Kompol H Haldun`: after a rank a bare `H` is Haji, not an initial
            continue
        if (
            s.word(k) in ("for", "of")
            and any(s.word(i) in s.words.ministers for i in range(index, k))
            and (unlisted := portfolio_before_name(s, k)) is not None
        ):
            k, portfolio_places = unlisted  # `Minister for Parliamentary Affairs Rashid Mehmood`: the name next
            inner.extend((first, last, "GPE") for first, last in portfolio_places)
            break
        if s.word(k) in ("for", "of") and s.analysis.lang == "en" and (portfolio := lex.portfolio.match(s.tokens, k + 1)):
            after = portfolio[0]
            if s.word(after) in ("for", "of") and s.joined(after - 1, after):
                k = after  # `Minister of State | for Petroleum Resources X`: a second portfolio follows
                continue
            k += 1  # `Coordinating Minister for Economic Affairs Sofyan Djalil`: the portfolio, then the name
            continue
        if s.analysis.lang == "en" and len(s.word(k)) <= 2 and initial_opens(s, k) and not lex.titles.match(s.tokens, k):
            break  # `Senator JV Ejercito`, `MP V. Sivakumar`: initials open the name (`Chairman U Aung Than`: a title)
        more = lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k)
        if more and s.word(k) in s.words.rank_name_words and lex.titles.match(s.tokens, k - 1) and s.cap_word(k + 1):
            break  # `Maj-Gen Tun Tun Naing`, `Col Tun Myint`: after a rank `Tun` opens a Burmese name
        if more and body_over_role(s, k, more[0]):
            more = None  # `Ketua Relawan Sapu Lidi Nusantara`: after a role, `Relawan` heads the body it chairs
        if more:
            after_rank = after_rank or bool(lex.titles.match(s.tokens, k))
            k = role_end = more[0]
            continue
        if board_before_body(s, k):
            board = k  # `Sekretaris DPC Partai Gerindra Kabupaten Kendal`: the board is part of the party's name
            k += 1
            continue
        if lex.org_heads.match(s.tokens, k) and s.free(k):
            gaz = s.gazetteer(k)
            end = bodies.organisation(s, k, in_role=True) if not (gaz and gaz[1] == "ORG" and gaz[0] - k > 1) else None
            if end:
                k = end
                board = extend_to_board(s, board, k)  # the body just added ends before k
                continue
        gaz = s.gazetteer(k)
        if gaz and gaz[1] == "ORG":
            s.block(index, k - 1)
            k = bodies.known_organisation(s, k, gaz[0])
            board = extend_to_board(s, board, k)
            continue
        body_end = unknown_body(s, index, k)
        if body_end is not None:
            inner.append((k, body_end - 1, "ORG"))  # `Ketua KNPI Garut`: a body no list knows, with its place
            k = body_end
            continue
        portfolio = None if after_rank else lex.portfolio.match(s.tokens, k)
        if portfolio and s.tokens.tokens[k].is_cap and s.joined(portfolio[0] - 1, portfolio[0]):
            place_end = places.place_in_role(s, index, portfolio[0], portfolio[0], inner, after_portfolio=True)
            if place_end is not None:
                k = place_end  # `Ketua Pemuda Desa X, Y`: a role's portfolio, then the place it serves
                continue
        end = bodies.body_tail(s, k, "domain", inner, shaped=True)
        if end == k:
            portfolio_end = None if after_rank else unlisted_portfolio(s, k)
            if portfolio_end is not None:
                k = portfolio_end  # `Chief Economics Minister`, `Kepala Seksi Kedaruratan dan Logistik BPBD`
                continue
            unit_head = s.word(index) in s.words.unit_titles
            place_end = None if after_rank else place_before_rank(s, k, comma=unit_head)  # `AKBP Wendry Purbyantoro SH`
            if place_end is None:
                break
            inner.append((k, place_end - 1, "GPE"))  # `Kapolsek Penjaringan AKP Susetio`
            end = place_end
        k = end
    for first, last, label in inner:
        if all(s.free(i) for i in range(first, last + 1)):
            s.add(first, last, label)
    s.block(index, k - 1)  # the role's own words are no entity (and no name part)
    if s.in_title_line(index):
        return headline_names.name_before_colon(s, index, k)  # `Menteri Siti Nurbaya: ...`
    acronym = DEFINED_ACRONYM.match(s.text, s.tokens.tokens[k - 1].end) if k < s.n else None
    if acronym or (k < s.n and SHORT_TITLE.match(s.text, s.tokens.tokens[k - 1].end)):
        unit_before_acronym(s, index, k)  # `(Propam)`, or the head's short title `(Kabid Propam)`
    if acronym and k + 1 < s.n and s.tokens.tokens[k].end < acronym.end() <= s.tokens.tokens[k + 1].start:
        short_title = role_initials(s, index, k) or fused_head_titles.head_short_title(s, index, k)  # `(Karopenmas)`
        short_form_is_role = bool(lex.roles.match(s.tokens, k) or lex.titles.match(s.tokens, k) or short_title)
        # `(Kades)`, `(Camat)`; a unit head's short title heads its unit's seat too (`(Kajari) Sukamaju, Name`)
        heads_place = short_form_is_role and (regional_role(s, index) or regional_role(s, k) or s.word(k) in s.words.unit_titles)
        if short_form_is_role:
            s.block(k, k)  # `Menteri Keuangan (Menkeu) Sri Mulyani`, `Station House Officer (SHO)`: the role's short form
        elif regional_role(s, index) and len(inner) == 1 and inner[0][1] == k - 1 and inner[0][2] == "GPE":
            s.add(k, k, inner[0][2])  # `Gubernur Sumatra Utara (Sumut), Edy`: the place's short form
        elif s.word(k) in lex.stopwords:
            s.block(k, k)  # `Peraturan Presiden (Perpres)`: a regulation's short form, no body
        else:
            s.add(k, k, "ORG")  # `Ketua Umum APPSI ... (APPSI) Sudaryono`
        k += 1
        if s.word(k - 1) in s.words.military_titles and s.tokens.gap(k - 1, k) == ") ":
            unit_spans: list[tuple[int, int, str]] = []
            if (unit_end := military_units.numbered_unit(s, k, unit_spans)) is not None:
                for first, last, label in unit_spans:
                    s.add(first, last, label)  # `Komandan Rayon Militer (Danramil) 11/Gresik`: the unit's seat
                return unit_end
        gaz = s.gazetteer(k) if s.tokens.gap(k - 1, k) == ") " else None
        if gaz and gaz[1] == "GPE":
            s.add(k, gaz[0] - 1, "GPE")  # `Kepala BPBD (BPBD) Banjarnegara, Arief Rahman`: the body's place
            k = gaz[0]
            if s.tokens.gap(k - 1, k) == ", " and s.cap_word(k) and not s.gazetteer(k):  # `Padang, Sumatra Barat`: a province
                end = name_run(s, k)
                if end - k >= 2 and valid_name(s, k, end):
                    s.add(k, end - 1, "PERSON")
                    return end
            return k
        if gaz and gaz[1] == "ORG" and s.cap_word(gaz[0]) and s.joined(gaz[0] - 1, gaz[0]):
            end = name_run(s, gaz[0])  # `Dirjen Industri Kimia (IKFT) Kemenperin Muhammad Khayam`: the parent body, then the name
            if end - gaz[0] >= 2 and valid_name(s, gaz[0], end):
                s.add(k, gaz[0] - 1, "ORG")
                s.add(gaz[0], end - 1, "PERSON")
                return end
        if gaz and gaz[1] == "ORG":
            s.add(k, gaz[0] - 1, "ORG")  # `Inspektur Jenderal (Irjen) Kemenkeu untuk ...`: the body, no name
            return gaz[0]
        rank = lex.titles.match(s.tokens, k) if s.tokens.gap(k - 1, k) == ") " else None
        if rank and s.cap_word(rank[0]) and s.joined(rank[0] - 1, rank[0]):
            s.block(k, rank[0] - 1)  # `(BNPB) Letjen TNI Suharyanto`: the rank, then the name
            k = rank[0]
            end = name_run(s, k)
            if end > k and valid_name(s, k, end):
                s.add(k, end - 1, "PERSON")
                return end
            return k
        if s.tokens.gap(k - 1, k) == ") " and bracketed_units.body_opens(s, k):
            return k  # `(Propam) Polda Papua Kombes X`, `(Pidsus) Kejaksaan Negeri X`: the parent body, left to its rule
        if s.cap_word(k) and s.tokens.gap(k - 1, k) == ") ":
            if short_form_is_role and (body := bracketed_units.unit_before_body(s, k)) is not None:
                return body  # `Kepala Satuan (Kasat) Reserse Kriminal (Reskrim) Polres X`: the unit, then its body
            unit_place_end = place_before_rank(s, k, comma=True) if s.word(k - 1) in s.words.unit_titles else None
            if unit_place_end is not None:
                s.add(k, unit_place_end - 1, "GPE")  # `(Kapolres) X, AKBP Y`: the unit's place, then the rank
                return unit_place_end
            end = name_run(s, k)
            if heads_place and end > k and place_run_before_name(s, k, end):
                s.add(k, end - 1, "GPE")  # `Kepala Desa (Kades) Sukamaju, X`: the village, then the name
                return end
            if end > k and valid_name(s, k, end):
                s.add(k, end - 1, "PERSON")
                return end
        return k
    if k < s.n and (s.cap_word(k) or given_words.opens_name_after_role(s, k)) and s.continues(k):
        if s.word(k) in s.words.abbreviated_place_types and s.tokens.gap(k, k + 1) == ". ":
            return k  # `Gubernur Prov. Jawa Barat`: a shortened place type, no name (the place rule reads it)
        if lex.facilities.match(s.tokens, k):
            return k  # `Pemilik Guest House Melati`: a building after the role, no person (the facility rule holds it)
        caps_end = capital_names.capital_name_end(s, k) if s.word(k - 1) in s.words.initials_ranks else None
        if caps_end is not None:
            s.add(k, caps_end - 1, "PERSON")  # `Kapolsek Ponggok AKP SUJARWO`: the name printed in capitals
            return caps_end
        end = name_run(s, k, opening_initial=True)
        if end == k and given_words.opens_name_after_role(s, k):
            end = max(k, name_run(s, k + 1))  # `Legislator May Chin`: a given name that is also a stop word
        if end == k + 1 and (head := lex.org_heads.match(s.tokens, k)) is not None and head[0] == end:
            s.block(k, k)  # `Anggota Polsek pun ...`: a body's head word standing alone is no one's name
            return end
        if end > k and regional_role(s, index) and place_run_before_name(s, k, end):
            s.add(k, end - 1, "GPE")  # `Camat Cipatat, Rudi Hartono, ...`, `Kades Sukamaju Kecamatan Cibadak, X`
            return end
        split = portfolio_pair_end(s, k, end)
        if split is not None:
            s.block(k, split - 1)  # `Deputi Bidang Statistik Distribusi dan Jasa Yunita Rusanti`
            name_end = name_run(s, split)
            s.add(split, name_end - 1, "PERSON")
            return name_end
        named = nicknames.initials_name_start(s, k, end) if end > k + 1 else None
        if named is not None:
            if named > k:
                s.add(k, named - 1, "GPE")  # `Gubernur Sukamaju Hendra Wira Lesmana (HWL)`: the place, then the name
            s.add(named, end - 1, "PERSON")
            return end
        unit_acronym = end > k and UNIT_ACRONYM.match(s.text, s.tokens.tokens[end - 1].end)
        if unit_acronym and not bodies.bracketed_honour(s, s.tokens.tokens[end - 1].end):
            s.block(k, end - 1)  # `Kepala Bidang ... Penyakit Menular (P2PM)`: the unit's defined name, no person
            return end
        if end > k and s.analysis.lang == "en" and s.word(end - 1) in s.lex.org_tails:
            return k  # `Head of Public Relations Division of ...`: a body's name after the role, no person
        if end > k and valid_name(s, k, end):
            split = places.place_before_name(s, k, end)
            if split is None and regional_role(s, index):
                split = local_areas.area_before_name(s, k, end)  # `Camat Pleret Ahmad Fauzi`
            if split is not None:
                s.add(k, split - 1, "GPE")  # `Bupati Kayong Utara Citra Duani Hakim`
                k = split
            elif regional_role(s, index) and local_areas.named_as_area(s, k, end):
                s.add(k, end - 1, "GPE")  # `Kecamatan Gondang` ... `Camat Gondang`: the place, no name
                return end
            s.add(k, end - 1, "PERSON")
            return end
    return k


