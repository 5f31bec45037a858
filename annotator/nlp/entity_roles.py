"""Titles and roles before a name (`Menteri Luar Negeri Prancis Jean Dupont`, `Kasat Reskrim
Polres Lahat AKP Rudi`): the role's words are no entity, places and bodies inside it keep their
labels, and the name after it is a PERSON. Chains of rank, position and unit, fused police titles
and buildings with their place, portfolios no list knows, a unit defined by an acronym."""

from __future__ import annotations

import re

from annotator.nlp import entity_bodies as bodies
from annotator.nlp import entity_capital_names as capital_names
from annotator.nlp import entity_local_areas as local_areas
from annotator.nlp import entity_nicknames as nicknames
from annotator.nlp import entity_places as places
from annotator.nlp import entity_units as units
from annotator.nlp.entity_name_runs import initial_opens, name_run, valid_name
from annotator.nlp.entity_police import unit_heads
from annotator.nlp.entity_state import DEFINED_ACRONYM, EntityState

#: An acronym in parentheses with two capitals or more (`(P2PM)`, `(BPBD)`; not a nickname `(Jokowi)`).
UNIT_ACRONYM = re.compile(r"\s*\((?=[^)]*[A-Z][^)]*[A-Z])[A-Z][A-Za-z0-9]{1,9}\)")
#: A head's short title of two words in brackets after a written unit (`... Pengamanan (Kabid Propam)`).
SHORT_TITLE = re.compile(r"\s*\([A-Z][a-z]+ [A-Z][A-Za-z]+\)")


def unit_before_acronym(s: EntityState, index: int, k: int) -> None:
    """`Kepala Bidang Profesi dan Pengamanan (Propam) Polda X`: a unit written out (``written_units``)
    after the role's head and before its own defined acronym is an ORG of its own, as the real
    gold has it (the body after the acronym is another)."""
    start, end = s.tokens.tokens[index].start, s.tokens.tokens[k - 1].end
    if s.pending is not None and any(m.start < end and start < m.end for m in s.pending.mentions):
        return  # the role's chain has tagged its unit already (`Kepala Biro Sumber Daya Manusia`)
    for j in range(index + 1, k - 1):
        if s.word(j) in s.words.written_units and s.tokens.tokens[j].is_cap:
            s.add(j, k - 1, "ORG")
            return


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
    k = match[0]
    if degree(s, index, k):
        s.block(index, k - 1)  # `Hisdan, S.I.P. Agenda ...`: a degree closes a name, it opens none
        return k
    inner: list[tuple[int, int, str]] = []
    if s.word(index) in s.words.unit_titles and s.continues(k):
        k = unit_place(s, k, inner, building=s.word(index) in s.words.unit_buildings)
    after_rank = False  # a rank has been read: what follows is the name, no longer a place
    board: int | None = None  # a party's board (`DPC`) read before its party's name
    role_end = k  # where the last role word read ends (`Kepala Seksi | ...`)
    while k < s.n:
        if not s.continues(k):
            break
        if after_rank and s.word(k - 1) in s.words.initials_ranks and capital_names.capital_name_end(s, k) is not None:
            break  # `AKP SUJARWO`: a name printed in capitals after the rank, no unit's acronym
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
        if s.word(k) in ("for", "of") and s.analysis.lang == "en" and lex.portfolio.match(s.tokens, k + 1):
            k += 1  # `Coordinating Minister for Economic Affairs Sofyan Djalil`: the portfolio, then the name
            continue
        if s.analysis.lang == "en" and len(s.word(k)) <= 2 and initial_opens(s, k):
            break  # `Senator JV Ejercito`, `MP V. Sivakumar`: initials open the name
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
        return k
    acronym = DEFINED_ACRONYM.match(s.text, s.tokens.tokens[k - 1].end) if k < s.n else None
    if acronym or (k < s.n and SHORT_TITLE.match(s.text, s.tokens.tokens[k - 1].end)):
        unit_before_acronym(s, index, k)  # `(Propam)`, or the head's short title `(Kabid Propam)`
    if acronym and k + 1 < s.n and s.tokens.tokens[k].end < acronym.end() <= s.tokens.tokens[k + 1].start:
        if lex.roles.match(s.tokens, k) or lex.titles.match(s.tokens, k) or role_initials(s, index, k):
            s.block(k, k)  # `Menteri Keuangan (Menkeu) Sri Mulyani`, `Station House Officer (SHO)`: the role's short form
        elif regional_role(s, index) and len(inner) == 1 and inner[0][1] == k - 1 and inner[0][2] == "GPE":
            s.add(k, k, inner[0][2])  # `Gubernur Sumatra Utara (Sumut), Edy`: the place's short form
        else:
            s.add(k, k, "ORG")  # `Ketua Umum APPSI ... (APPSI) Sudaryono`
        k += 1
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
        rank = lex.titles.match(s.tokens, k) if s.tokens.gap(k - 1, k) == ") " else None
        if rank and s.cap_word(rank[0]) and s.joined(rank[0] - 1, rank[0]):
            s.block(k, rank[0] - 1)  # `(BNPB) Letjen TNI Suharyanto`: the rank, then the name
            k = rank[0]
            end = name_run(s, k)
            if end > k and valid_name(s, k, end):
                s.add(k, end - 1, "PERSON")
                return end
            return k
        if s.tokens.gap(k - 1, k) == ") " and s.word(k) in unit_heads(s.analysis.lang):
            return k  # `Kepala Bidang Propam (Propam) Polda Papua Kombes X`: the parent body, left to its rule
        if s.cap_word(k) and s.tokens.gap(k - 1, k) == ") ":
            end = name_run(s, k)
            if end > k and valid_name(s, k, end):
                s.add(k, end - 1, "PERSON")
                return end
        return k
    if k < s.n and s.cap_word(k) and s.continues(k):
        if lex.facilities.match(s.tokens, k):
            return k  # `Pemilik Guest House Melati`: a building after the role, no person (the facility rule holds it)
        caps_end = capital_names.capital_name_end(s, k) if s.word(k - 1) in s.words.initials_ranks else None
        if caps_end is not None:
            s.add(k, caps_end - 1, "PERSON")  # `Kapolsek Ponggok AKP SUJARWO`: the name printed in capitals
            return caps_end
        end = name_run(s, k, opening_initial=True)
        if end > k and regional_role(s, index) and name_in_apposition(s, end):
            s.add(k, end - 1, "GPE")  # `Camat Cipatat, Rudi Hartono, ...`: the place, then the name
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
        if end > k and UNIT_ACRONYM.match(s.text, s.tokens.tokens[end - 1].end):
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


def unit_place(s: EntityState, k: int, inner: list[tuple[int, int, str]], *, building: bool = False) -> int:
    """After a fused police or military title or building (`Kapolres Kendal`, `Mapolres Metro
    Jakarta Timur`): the place of the unit, up to two words or a known place, is a GPE; `Metro`
    belongs to the unit's name, and `Metro Jaya` is no place. Returns the word after it."""
    if s.word(k) == "Metro" and s.joined(k, k + 1):
        if s.word(k + 1) == "Jaya":
            s.block(k, k + 1)
            return k + 2
        k += 1
    gaz = s.gazetteer(k)
    if gaz and gaz[1] in ("GPE", "LOC"):
        end = places.place_ending(s, gaz[0], gaz[1])[0]
    else:
        end = k
        while end < s.n and end - k < 2 and s.cap_word(end) and (end == k or s.joined(end - 1, end)):
            if s.is_head(end) or s.lex.titles.match(s.tokens, end) or s.gazetteer(end):
                break
            end += 1
        rank_after = s.continues(end) and bool(s.lex.titles.match(s.tokens, end))
        if end - k == 2 and not rank_after:
            end = k + 1  # `Kapolres Kendal Budi Santoso`: one word of place, then the name
        alone = not (s.cap_word(end) and s.joined(end - 1, end))
        if end == k + 1 and not rank_after and alone and not building:
            return k  # `Kapolda Tito:`: an unknown word alone may be the name itself
    if end > k:
        inner.append((k, end - 1, "GPE"))
    return end


def portfolio_pair_end(s: EntityState, k: int, end: int) -> int | None:
    """After a role's portfolio words, `X dan Y First Last`: X and Y close the portfolio and the name
    follows Y (one word before `dan`, three capitalised words or more after it). Returns where the
    name starts."""
    if end != k + 1 or s.word(k - 1) not in s.portfolio_words or s.text[s.tokens.tokens[end - 1].end :][:5] != " dan ":
        return None
    second = end + 1
    if not (s.cap_word(second) and s.joined(end, second)) or s.is_head(second):
        return None
    second_end = name_run(s, second)
    if second_end - second < 3 or not valid_name(s, second + 1, second_end):
        return None
    return second + 1


def unlisted_portfolio(s: EntityState, k: int) -> int | None:
    """Capitalised words inside a role that no list knows, where the role goes on after them: up
    to another role word (`Chief Political, Legal and Security Minister`), or up to a body when
    they are joined by `dan`/`and` (`Kepala Seksi Kedaruratan dan Logistik BPBD`). Returns where
    they end, or None when the words may be the name."""
    lex = s.lex
    if not s.cap_word(k):
        return None
    end, joined_by_word = k, False
    while end < s.n and end - k < 6:
        gap_ok = end == k or s.joined(end - 1, end) or (s.tokens.gap(end - 1, end) == ", " and end - k < 4)
        if not gap_ok:
            return None
        starts_role = bool(lex.roles.match(s.tokens, end) or lex.titles.match(s.tokens, end))
        if end > k and starts_role and s.word(end - 1) in s.words.role_joiners:
            return None  # `Anwar Rahim and Coordinating Minister Budi`: two people
        if end > k and s.joined(end - 1, end) and s.word(end - 1) not in s.words.role_joiners:
            role_end = (lex.roles.match(s.tokens, end) or (end, ""))[0]  # ranks: place_before_rank
            if role_end > end:  # the role goes on to a name (`Citra Duani Hakim meninjau`: `Hakim` ends the name)
                named_after = s.cap_word(role_end) and s.joined(role_end - 1, role_end)
                return end if named_after and name_words_joined(s, k, end) else None
            if joined_by_word and (lex.org_heads.match(s.tokens, end) or (s.gazetteer(end) or ("", ""))[1] == "ORG"):
                return end
        word = s.word(end)
        if word in s.words.role_joiners and end > k and s.cap_word(end + 1):
            joined_by_word = True
        elif not s.cap_word(end) or s.lex.org_heads.match(s.tokens, end):
            return None
        end += 1
    return None


def name_words_joined(s: EntityState, k: int, end: int) -> bool:
    """A comma inside the words only in a list closed by `and`/`dan` (`Political, Legal and
    Security`), never in `Retno Marsudi, Trade Minister`."""
    commas = [i for i in range(k + 1, end) if s.tokens.gap(i - 1, i) == ", "]
    if not commas:
        return True
    one_word_items = all(i - start == 1 for start, i in zip([k, *commas], commas, strict=False))
    return one_word_items and any(s.word(i) in s.words.role_joiners for i in range(k, end))


def place_before_rank(s: EntityState, k: int, comma: bool = False) -> int | None:
    """After a role, one or two capitalised words and then a rank or title (`Kapolsek Penjaringan
    Kompol X`): the words are the role's place; returns where they end. With ``comma`` (a unit's
    head) a comma may come before the rank (`Kapolsek Tepuai, IPTU Haryono`)."""
    if s.analysis.lang == "en":
        return None  # English names the place before the role (`Central Sulawesi Police Chief Brigadier ...`)
    end = k
    while end < s.n and end - k < 2 and s.cap_word(end) and (end == k or s.joined(end - 1, end)):
        if s.lex.titles.match(s.tokens, end):
            break
        end += 1
    after = s.continues(end) or (comma and end < s.n and s.tokens.gap(end - 1, end) == ", ")
    rank = s.lex.titles.match(s.tokens, end) if after else None
    if end == k or not rank or degree(s, end, rank[0]) or s.lex.org_heads.match(s.tokens, k):
        return None  # `AKP Agung Basuni SIK`: a degree follows a name, not a place; `Polres Kompol X`: no place
    return end


def regional_role(s: EntityState, index: int) -> bool:
    """A role that heads a place (`Camat`, `Bupati`, `Wali Kota`, `Mayor`): a place may follow it."""
    match = s.lex.roles.match(s.tokens, index)
    return (
        bool(match) and s.text[s.tokens.tokens[index].start : s.tokens.tokens[match[0] - 1].end] in s.words.regional_roles
    )


def name_in_apposition(s: EntityState, end: int) -> bool:
    """`, Rudi Hartono,` after the run ending before ``end``: a name of two or more words between
    commas, so the run before it is the role's place, not the person."""
    if s.tokens.gap(end - 1, end) != ", " or not s.cap_word(end) or bodies.role_word(s, end):
        return False
    name_end = name_run(s, end)
    return name_end - end >= 2 and s.tokens.gap(name_end - 1, name_end).startswith(",")


def degree(s: EntityState, index: int, end: int) -> bool:
    """Whether the title from ``index`` to ``end`` is a degree written after a name (`S.I.P.`, `MM`)."""
    written = s.text[s.tokens.tokens[index].start : s.tokens.tokens[end - 1].end].rstrip(".")
    return written in s.words.degrees


def board_before_body(s: EntityState, k: int) -> bool:
    """A party's board written as an acronym (`DPC`, `DPD`; unit_words_before) right before a body."""
    word = s.word(k)
    board = (word.isupper() and word in s.words.unit_words_before) or word in s.words.council_bodies
    return board and s.joined(k, k + 1) and bodies.body_named_at(s, k + 1)


def extend_to_board(s: EntityState, board: int | None, k: int) -> None:
    """Open the body just added (ending before ``k``) at its board's word; returns None (no board left)."""
    if board is not None:
        latest = s.latest(1)
        if latest and latest[0].label == "ORG" and latest[0].end <= s.tokens.tokens[k - 1].end:
            latest[0].start = s.tokens.tokens[board].start
    return None


def unknown_body(s: EntityState, index: int, k: int) -> int | None:
    """Right after a role's head (`Ketua KNPI Garut`, `Ketua KONI`): an acronym no list knows is
    the body the role heads, with a known place after it; returns where it ends. Not after a
    minister (`Menteri BUMN`: a portfolio) nor for acronyms of common nouns (`Ketua RT`)."""
    word = s.word(k)
    head = s.lex.roles.match(s.tokens, index) or s.lex.titles.match(s.tokens, index)
    if s.analysis.lang != "id" or s.word(index) in s.words.ministers or k != (head[0] if head else index + 1):
        return None  # right after the role's words (`Ketua KONI`, `Juru Bicara KNPB`)
    # `Ketua Apdesi Kecamatan X`: a word in mixed case is a body too when a place type follows it
    # (a name is never followed by one); an acronym in capitals needs nothing after it.
    typed_after = s.word(k + 1) in s.res.place_types and s.joined(k, k + 1) and word[:1].isupper() and word[1:].islower()
    if not (word.isalpha() and (word.isupper() or typed_after) and 3 <= len(word) <= 6) or not s.free(k):
        return None
    lex = s.lex
    if word in lex.known_names or word in s.words.not_body_acronyms or lex.portfolio.match(s.tokens, k):
        return None
    if lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k) or lex.org_heads.match(s.tokens, k):
        return None
    if word in s.words.unit_words_before:
        return None
    gaz = s.gazetteer(k + 1) if s.joined(k, k + 1) else None
    typed = gaz is None and s.word(k + 1) in s.res.place_types and s.joined(k, k + 1) and s.joined(k + 1, k + 2)
    if typed and k + 2 < s.n and s.tokens.tokens[k + 2].is_cap and s.free(k + 2) and not s.gazetteer(k + 2):
        # `Ketua PKK Kecamatan Wayjaya Rina`: the unit and its place are one ORG, the name follows
        return places.bounded_place_end(s, k + 2, places.place_name_end(s, k + 2, max_words=3))
    return gaz[0] if gaz and gaz[1] == "GPE" else k + 1


def body_over_role(s: EntityState, k: int, role_end: int) -> bool:
    """A word that is both a role and an organisation head (`Relawan` 'volunteer' / a volunteer
    group), after another role and before a capitalised name: the body's head."""
    head = s.lex.org_heads.match(s.tokens, k)
    return bool(head) and head[0] >= role_end and s.free(k) and s.cap_word(role_end) and s.joined(role_end - 1, role_end)


def role_initials(s: EntityState, index: int, k: int) -> bool:
    """English: the capitals in brackets at word ``k`` are the initials of the role's words from
    ``index`` (`Upazila Nirbahi Officer (UNO)`, `Officer-in-Charge (OC)`), not a body's name."""
    if s.analysis.lang != "en":
        return False
    acronym = s.word(k).removesuffix("s")  # `deputy commissioners (DCs)`
    if not acronym.isupper() or not acronym.isalpha():
        return False
    role_text = s.text[s.tokens.tokens[index].start : s.tokens.tokens[k - 1].end]
    capitals = "".join(part[0] for part in re.split(r"[\s-]+", role_text) if part[:1].isupper())
    return capitals == acronym
