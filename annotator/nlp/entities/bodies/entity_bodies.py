"""Organisation, region and event rules and the body predicates other rules share: a head word
and what may follow it (`Kementerian Luar Negeri`, `Dinas Kesehatan Kabupaten X`, `Satgas
Karhutla Riau`), a known organisation with its units (`BMKG Wilayah I Medan`), an English run that
ends in a tail word (`Jakarta Disaster Mitigation Agency`), a region or event head (`Sungai X`,
`KTT X`); facilities are in ``entity_facilities``."""

from __future__ import annotations

import re

from annotator.nlp.entities.bodies import entity_courts as courts
from annotator.nlp.entities.bodies import entity_cups as cups
from annotator.nlp.entities.bodies import entity_hospitals as hospitals
from annotator.nlp.entities.bodies import entity_listed as listed
from annotator.nlp.entities.bodies import entity_office_names as office_names
from annotator.nlp.entities.bodies import entity_party_members as party_members
from annotator.nlp.entities.bodies import entity_teams as teams
from annotator.nlp.entities.bodies.entity_police import headline_verbs, unit_heads
from annotator.nlp.entities.entity_state import ACRONYM, DEFINED_ACRONYM, NUMBER, ROMAN, YEAR, EntityState
from annotator.nlp.entities.places import entity_lower_places as lower_places
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.roles import entity_body_names as body_names

#: One capital letter right after a head names a unit (`Komisi A`, `Komisi B DPRD Surabaya`).
LETTER = re.compile(r"^[A-Z]$")
#: Heads of a club's name (`PS TNI`, `FC Goa`): a known body right after one ends the name.
CLUB_PREFIXES = frozenset({"PS", "FC", "AC"})


def organisation_at(s: EntityState, index: int) -> int | None:
    """An organisation head (`Kementerian`, `Universitas`) and the words after it, unless the
    gazetteer knows a longer organisation starting here (then that rule has it)."""
    if not s.lex.org_heads.match(s.tokens, index):
        return None
    gaz = s.gazetteer(index)
    if gaz and gaz[1] == "ORG" and gaz[0] - index > 1:
        return None
    if s.word(index) in s.words.campaign_heads and s.word(index + 1)[:1].isdigit():
        return None  # `Gerakan 3M Plus`: a campaign named by its steps, no movement
    if s.word(index) in s.words.office_words and s.joined(index, index + 1) and s.word(index + 1) in s.res.place_types:
        s.block(index, index)  # `Kantor Kecamatan Kelumpang Hilir`: the office is a building, the place is a GPE
        return index + 1
    if s.word(index) in s.words.office_words and s.joined(index, index + 1) and (
        body_named_at(s, index + 1) or s.word(index + 1) in unit_heads(s.analysis.lang)
    ):
        s.block(index, index)  # `Kantor DPP PDI-P`, `Rutan Polres Lamongan`: the body's office or cells, the body alone
        return index + 1
    return organisation(s, index)


def body_named_at(s: EntityState, k: int) -> bool:
    """An organisation's name starts at ``k``: an acronym, a `domain` head (`Dewan`, `Kemko`; a
    `named` one such as `Kabinet` makes `Sekretariat Kabinet` a body itself) or a known ORG."""
    gaz = s.gazetteer(k)
    head = s.lex.org_heads.match(s.tokens, k)
    regional = bool(head and head[1] == "regional")  # `Kantor Sat Reskrim Polresta Banyumas`
    return bool(ACRONYM.match(s.word(k)) or (head and head[1] == "domain") or regional or (gaz and gaz[1] == "ORG"))


def region(s: EntityState, index: int) -> int | None:
    """`Sungai Ciliwung`, `Selat Alas`: a region head and its name (LOC)."""
    return headed(s, index, "LOC")


def event(s: EntityState, index: int) -> int | None:
    """`KTT ASEAN`, `Piala Dunia 2026`: an event head and its name (EVENT)."""
    return headed(s, index, "EVENT")


UNIT_NUMBER = re.compile(r"^(?:\d+(?:-\d+)?|[IVX]{1,5})$")
#: A match's score (`1-0`, `2–1`): it ends a club's name, never goes on in it (`FC Mbeza 1-0 Kolo
#: Stars` are two clubs; en_ents17 round).
SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


def slashed_seat(s: EntityState, k: int, kind: str) -> bool:
    """`Kodim 1606/Mataram`, `Korem 162/Wira Bhakti`, `Koramil 1009-04/Takisung`, `Kodam VI/Mulawarman`:
    a numbered military unit and, after a slash, its seat or epithet belong to one name."""
    return (
        kind == "named"
        and UNIT_NUMBER.match(s.word(k - 1)) is not None
        and s.tokens.gap(k - 1, k) == "/"
        and s.cap_word(k)
    )


def unit_chain_goes_on(s: EntityState, index: int, k: int) -> bool:
    """`Kodim 1009/Tanah Laut Korem 101/Antasari`: after a unit's seat, a second unit head opens the
    next body of the chain (the command above it), not more of this name."""
    seated = any(s.tokens.gap(j - 1, j) == "/" for j in range(index + 1, k))
    return not (seated and s.lex.org_heads.match(s.tokens, k) is not None)


def body_tail(
    s: EntityState, index: int, kind: str, inner: list[tuple[int, int, str]], *, letter: bool = False, shaped: bool = False
) -> int:
    """Consume what may follow an organisation or role head; returns the index after it. With
    ``letter`` (right after an organisation head) one capital letter names a unit (`Komisi A`);
    with ``shaped`` (inside a role) pe-/ke-...-an nouns are portfolios (`Seksi Kedaruratan`)."""
    lex = s.lex
    k = index
    while (
        k < s.n
        and s.free(k)
        and (
            k == index
            or s.joined(k - 1, k)
            or dotted_title_goes_on(s, k, kind)
            or comma_list(s, k, kind)
            or slashed_seat(s, k, kind)
        )
    ):
        token = s.tokens.tokens[k]
        if kind == "named" and k == index and hospitals.doctor_opens_hospital(s, k):
            k += 1  # `RSUD dr. Soedarso`: the title opens the hospital's name
            continue
        if kind == "named":
            titles_of_body = s.word(k) in s.words.body_titles and s.word(k - 1) in s.words.body_titles  # `Prof. Dr.`
            if k > index and not unit_chain_goes_on(s, index, k):
                break
            if k - index >= 8 or (
                k > index and not titles_of_body and (lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k))
            ):
                break  # `Polres Metro Bekasi AKBP Bambang Wijaya`: a rank starts the person
            if k == index and rank_follows(s, k):
                break  # `Kabag Sumda Polres Kompol M.J Siregar`: a bare unit, then the rank and the name
            # `PT Perusahaan Gas Negara`: a stop word that may end a body's name
            goes_on = token.text not in lex.stopwords or (k > index and token.text in s.words.body_final_words)
            if k > index and token.text[:1].isdigit() and SCORE.match(token.text):
                break  # `FC Mbeza 1-0 Kolo Stars`: the score ends the first club
            if (token.is_cap or token.text[:1].isdigit()) and (goes_on or cap_ahead(s, k + 1)):
                gaz = s.gazetteer(k)
                if gaz:
                    inner.append((k, gaz[0] - 1, gaz[1]))
                    k = gaz[0]
                    if gaz[1] == "ORG" and s.word(k - 1).isupper() and (k - 1 > index or s.word(index - 1) in CLUB_PREFIXES):
                        break  # `Pusat Data ... Kebencanaan BNPB Raditya Jati`, `PS TNI Mustaqim`: the body ends the name
                    if gaz[1] == "GPE" and s.in_title_line(k) and not place_goes_on(s, k):
                        break  # a headline's `SMAN 1 Batang Tak Ditampung`: the body's place ends its name
                    if gaz[1] == "GPE" and body_names.person_after_place(s, index, k):
                        break  # `Kepala Kejari Lamongan Budi Santoso`: the person after the body's place
                    continue
                if ends_body_in_headline(s, k, first=k == index):
                    break  # `Pemkab Bengkayang Tidak Mudik ...`, `Polres Landak Musnahkan ...`: a headline's word ends the name
                k += 1
                continue
            if token.text in s.words.role_joiners and s.cap_word(k + 1) and (k > index or token.text in s.words.purpose_joiners):
                if s.gazetteer(k + 1) or lex.org_heads.match(s.tokens, k + 1):
                    break  # `Universitas Tanjungpura dan TNI Angkatan Laut`: a second body
                k += 1
                continue
            break
        if token.text in s.res.name_prefixes and s.word(k + 1) in s.res.name_prefixes:
            break  # `... Bali I Nyoman Gede Arsana`: a Balinese name starts here
        if token.text in s.res.place_types and s.cap_word(k + 1) and s.joined(k, k + 1):
            k = places.place_name_end(s, k + 1, max_words=1)  # `Dinas Kesehatan Kabupaten Timor Tengah Selatan`
            continue
        if (k > index or lower_places.after_head(s, k)) and (small_end := lower_places.small_type_place_end(s, k)) is not None:
            k = small_end  # `DLH provinsi Jambi`: the body's place after a small-letter type
            continue
        if token.text in s.res.place_types and lower_places.lowercase_place(s, k + 1):
            k += 2  # `DPRD Kabupaten ponorogo`
            continue
        office_end = office_names.office_name_end(s, k) if kind == "domain" else None
        if office_end:
            k = office_end  # `Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai`: the class and the airport served
            continue
        portfolio = lex.portfolio.match(s.tokens, k) if kind != "regional" else None
        if portfolio is None and shaped and kind == "domain" and s.portfolio_shaped(k):
            portfolio = (k + 1, "portfolio")  # `Bidang Pengusahaan`, `Seksi Kedaruratan`: an unlisted portfolio
        if portfolio and (token.is_cap or s.word(portfolio[0] - 1)[:1].isupper()):
            k = portfolio[0]
            continue
        gaz = s.gazetteer(k) or ((k + 1, "GPE") if lower_places.lowercase_place(s, k) else None)
        if gaz and gaz[1] in ("GPE", "ORG"):
            place_end = places.place_ending(s, gaz[0], gaz[1])[0] if gaz[1] == "GPE" else gaz[0]
            if gaz[1] == "ORG" and typed_place_after(s, place_end):
                place_end = places.place_name_end(s, place_end + 1, max_words=1)  # `Perwakilan Bank Indonesia Provinsi X`
            inner.append((k, place_end - 1, gaz[1]))
            k = place_end
            continue
        if (
            kind == "domain"
            and (ROMAN.match(token.text) or ACRONYM.match(token.text) or (letter and k == index and LETTER.match(token.text)))
            and token.text not in lex.stopwords
            and s.word(k + 1) not in s.res.name_prefixes
            and not (shaped and k > index and listed.company_opens(s, k))  # `Manajer Humas PT X`: the company's own name
            and not (k > index and lex.titles.match(s.tokens, k) and s.cap_word(k + 1))  # `Ketua MUI Kabupaten X KH Ahmad`
        ):
            k += 1
            continue
        if kind == "domain" and token.text in s.words.role_joiners and k > index and s.free(k + 1):
            follow = lex.portfolio.match(s.tokens, k + 1) or (shaped and s.portfolio_shaped(k + 1))
            if follow and s.tokens.tokens[k + 1].is_cap:
                k += 1
                continue
        break
    return k


def typed_place_after(s: EntityState, k: int) -> bool:
    """A place type and a capitalised word right after a known body inside a role's words (`Kepala
    Perwakilan | Bank Indonesia | Provinsi Jambi`): the regional office's place belongs to the
    body's ORG, as after a domain head (`Dinas Kesehatan Provinsi Bali`; id_entcount1)."""
    return s.word(k) in s.res.place_types and s.joined(k - 1, k) and s.cap_word(k + 1) and s.joined(k, k + 1)


def role_word(s: EntityState, index: int) -> bool:
    """A title or role starts at ``index`` (after a head that is also a facility word, such as
    `Kantor Gubernur`, it makes the governor's office, a building)."""
    return bool(s.lex.titles.match(s.tokens, index) or s.lex.roles.match(s.tokens, index))


#: A word in brackets after a name (`(VC)`).
BRACKETED_WORD = re.compile(r"\s*\((\w+)\)")


def defined_term_ahead(s: EntityState, end: int) -> bool:
    """Whether capitalised words and joiners from ``end`` on lead to an acronym in parentheses
    that is no honour written after a name (`Corporal X Y (VC)`; ``degrees`` and
    ``bracketed_honours`` of ``entity_words.toml``)."""
    k = end
    while k < s.n and s.joined(k - 1, k) and (s.tokens.tokens[k].is_cap or s.word(k) in s.words.role_joiners):
        k += 1
    end_char = s.tokens.tokens[k - 1].end
    return bool(DEFINED_ACRONYM.match(s.text, end_char)) and not bracketed_honour(s, end_char)


def bracketed_honour(s: EntityState, offset: int) -> bool:
    """Whether an honour in brackets follows character ``offset`` (`(VC)`, `(MBE)`): a degree or
    one of ``bracketed_honours``, written after a name, not a defined term's acronym."""
    honour = BRACKETED_WORD.match(s.text, offset)
    return honour is not None and (honour.group(1) in s.words.degrees or honour.group(1) in s.words.bracketed_honours)


def cap_ahead(s: EntityState, k: int) -> bool:
    """A capitalised word that is no stop word comes later in this run (`Pasar Seluruh Indonesia`)."""
    while k < s.n and s.free(k) and s.joined(k - 1, k) and s.tokens.tokens[k].is_cap:
        if s.tokens.tokens[k].text not in s.lex.stopwords:
            return True
        k += 1
    return False


def comma_list(s: EntityState, k: int, kind: str) -> bool:
    """`Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi`: a comma between portfolio words."""
    if kind != "domain" or s.tokens.gap(k - 1, k) != ", ":
        return False
    if s.lex.portfolio.match(s.tokens, k) is None and s.word(k) != "dan":
        return False
    if s.lex.org_heads.match(s.tokens, k) and not portfolio_list_ahead(s, k):
        return False  # `Dinas Kesehatan, Kepolisian, TNI`: a list of bodies, not of portfolios
    if s.analysis.lang == "id" and s.word(k) != "dan" and not portfolio_list_ahead(s, k, comma_before_dan=True):
        return False  # `Dinas Kesehatan Provinsi X, Wilayah tersebut`: no list that closes with `dan`
    return s.tokens.tokens[k - 1].is_cap


def portfolio_list_ahead(s: EntityState, k: int, *, comma_before_dan: bool = False) -> bool:
    """From ``k``, portfolios separated by commas up to `dan` and a last portfolio (`Koperasi dan
    UKM` after `Dinas Perdagangan, `; with ``comma_before_dan`` also `Kebudayaan, Riset, dan
    Teknologi`): the comma before ``k`` lists a body's portfolios."""
    j = k
    for _ in range(8):
        match = s.lex.portfolio.match(s.tokens, j)
        if not match:
            return False
        j = match[0]
        if s.word(j) == "dan" and (s.joined(j - 1, j) or (comma_before_dan and s.tokens.gap(j - 1, j) == ", ")):
            return bool(s.lex.portfolio.match(s.tokens, j + 1))
        if s.tokens.gap(j - 1, j) != ", ":
            return False
    return False


def organisation(s: EntityState, index: int, *, in_role: bool = False) -> int | None:
    """An organisation starting with a head word; adds it and returns the index after it. After a
    minister, a head that is also a portfolio word takes no unlisted words (`Menteri Koperasi Arif`,
    but `Ketua Koperasi Baitul Qiradh Gayo`)."""
    match = s.lex.org_heads.match(s.tokens, index)
    if not match:
        return None
    after_head, kind = match
    if s.word(index) in s.words.adjective_heads and after_head == index + 1 and role_word(s, after_head):
        return None  # `mobil dinas Wakil Bupati Garut`: "official", the title after it starts its own phrase
    if s.word(index) in s.words.nickname_heads and (s.gazetteer(after_head) or ("", ""))[1] == "ORG":
        s.block(index, index)  # `Pasukan Damkar`: a known body's crew, the body alone is the ORG
        return index + 1
    portfolio_of_minister = in_role and s.word(index - 1) in s.words.ministers and s.lex.portfolio.match(s.tokens, index)
    if portfolio_of_minister and kind == "named":
        return None  # `Menteri Koperasi Arif Sulaiman`: the head is the minister's portfolio
    inner: list[tuple[int, int, str]] = []
    opens_name = s.joined(after_head - 1, after_head) or listed.dotted_head_goes_on(s, after_head - 1)  # `PT. X`
    end = body_tail(s, after_head, kind, inner, letter=True) if opens_name else after_head
    if (
        end == after_head
        and kind == "domain"
        and s.cap_word(after_head)
        and s.joined(after_head - 1, after_head)
        and not (s.lex.facilities.match(s.tokens, index) and role_word(s, after_head))
        and not portfolio_of_minister
    ):
        # `Satgas Karhutla Riau`, `Badan Bantuan dan Pekerjaan PBB`: a body with words we do not list.
        end = body_tail(s, after_head, "named", inner)
    if end == after_head and kind == "regional" and s.joined(after_head - 1, after_head):
        parent = s.lex.org_heads.match(s.tokens, after_head)
        if parent and parent[1] == "named" and s.free(after_head):
            end = body_tail(s, parent[0], "named", inner)  # `Ditreskrimum Polda Jatim`: a unit with its parent
    if end == after_head and kind == "regional" and not ends_body_in_headline(s, after_head, first=True):
        end = courts.court_seat_end(s, index, after_head)  # `Ketua PN Praya`, `Ketua DPRD Humbahas`: the seat
    if (
        end == after_head
        and kind == "named"
        and (rank_follows(s, after_head) or ends_body_in_headline(s, after_head, first=True))
    ):
        s.add(index, after_head - 1, "ORG")  # `Kabag Sumda Polres Kompol M.J Siregar`, `Polres Tangkap ...`: the bare unit
        return after_head
    defined = DEFINED_ACRONYM.match(s.text, s.tokens.tokens[after_head - 1].end)
    long_name = after_head - index > 1 or s.word(index) in unit_heads(s.analysis.lang)  # `Wakil Kepala Polda (Wakapolda)`
    if end == after_head and kind == "named" and long_name and defined:
        s.add(index, after_head - 1, "ORG")  # `Kepolisian Daerah (Polda) Maluku`: the long name, its acronym, the place
        return after_head
    if end == after_head and kind != "regional":
        return None
    end = listed.cut_at_ending(s, after_head, end)  # `PT X Tbk Budi Santoso`: the company ends at `Tbk`
    end = teams.cut_after_country(s, index, after_head, end)  # `Timnas Indonesia Budi Santoso`
    end = party_members.cut_before_member(s, index, end)  # `Fraksi Partai Nusantara Raya Budi Santoso`
    # A trailing comma-joined portfolio list must not end on `dan`.
    while end > after_head and s.word(end - 1) in s.words.role_joiners:
        end -= 1
    if s.words.generic_groups and " ".join(s.word(k) for k in range(index, end)) in s.words.generic_groups:
        s.block(index, end - 1)  # `Ormas Islam`, `LSM Asing`: a kind of group, no group's name and no one's
        return end
    s.add(index, end - 1, "ORG")
    return end


def place_goes_on(s: EntityState, k: int) -> bool:
    """After a place inside a body's name, word ``k`` goes on with it: a place type, a compass or
    position word, a unit word or another place (`Polres Metro Jakarta Selatan`, `BPBD Kota X`)."""
    word = s.word(k)
    return (
        word in s.res.place_types
        or word in s.res.place_suffixes
        or word in s.words.unit_words
        or bool(s.lex.gazetteer.match(s.tokens, k))
    )


def ends_body_in_headline(s: EntityState, k: int, *, first: bool = False) -> bool:
    """In a headline-like line, a word that no body's name holds: a listed headline verb (`Buka`,
    `Minta`; ``headline_verbs`` of ``police_units.toml``), a word of a verb's shape, or (not as the
    ``first`` word after the head) a word the text also writes in lower case (`Tidak`)."""
    if k >= s.n:
        return False  # `... pimpinan Poltabes` ending the text: no word after the head
    word = s.word(k)
    if not s.in_title_line(k):
        # a `Baca juga:` line is no title line, but its verbs still end the body (`Lapas ... Ciangir Dukung`)
        return not first and word in headline_verbs(s.analysis.lang)
    listed = word in headline_verbs(s.analysis.lang) or verb_shaped(s, k)
    return listed or (not first and word.lower() in s.lower_words)


def verb_shaped(s: EntityState, k: int) -> bool:
    """A word of the shape of a verb (`Musnahkan`, `Berhasil`, `Amankan`; `verb_shapes` of the
    language's entity words: prefixes and suffixes), which no body's name holds in a headline."""
    word = s.word(k).lower()
    return len(word) > 6 and any(
        word.startswith(affix[:-1]) if affix.endswith("-") else word.endswith(affix[1:]) for affix in s.words.verb_shapes
    )


def dotted_title_goes_on(s: EntityState, k: int, kind: str) -> bool:
    """`RSUD Dr. Adjidarmo`: in a named body, a title it may hold goes on across its full stop."""
    return kind == "named" and (
        (s.word(k - 1) in s.words.body_titles and s.continues(k)) or hospitals.doctor_title_goes_on(s, k)
    )


def rank_follows(s: EntityState, k: int) -> bool:
    """A rank (no title a body's name may open with, `Prof.`) right after a head at ``k``."""
    return (
        bool(s.words.body_titles)
        and s.joined(k - 1, k)
        and s.word(k) not in s.words.body_titles
        and bool(s.lex.titles.match(s.tokens, k))
    )


def known_organisation(s: EntityState, index: int, gaz_end: int) -> int:
    """A known organisation, with unit words after it (`BMKG Wilayah I Medan`); a company right before a
    league or tour it sponsors (`Sponsor Liga 1`) is part of the event's name and held untagged."""
    end = gaz_end
    if s.word(end) in s.words.sponsored_event_heads and s.joined(end - 1, end) and s.lex.event_heads.match(s.tokens, end):
        s.block(index, end - 1)
        return end
    if s.word(end) in s.words.unit_words and s.joined(end - 1, end):
        inner: list[tuple[int, int, str]] = []
        after = body_tail(s, end, "domain", inner)
        if after == end and s.joined(end, end + 1):
            beyond = body_tail(s, end + 1, "domain", inner)  # `BMKG Stasiun Pekanbaru`: the unit word, then its place
            after = beyond if beyond > end + 1 else end
        end = after
    s.add(index, end - 1, "ORG")
    return end


def headed(s: EntityState, index: int, heads_label: str) -> int | None:
    matcher = s.lex.loc_heads if heads_label == "LOC" else s.lex.event_heads
    match = matcher.match(s.tokens, index)
    if not match:
        return None
    k = match[0]
    abbreviated = len(s.word(k - 1)) <= 3 and s.tokens.gap(k - 1, k) == ". "  # `Mt. Ile Lewotolok`
    while k < s.n and s.free(k) and (s.joined(k - 1, k) or (abbreviated and k == match[0])):
        token = s.tokens.tokens[k]
        if heads_label == "EVENT":
            gaz = s.gazetteer(k)
            if gaz and gaz[1] == "GPE" and s.word(index) in s.words.open_event_heads and match[0] == index + 1:
                break  # `Piala Bupati | Lamongan`: the place after a regional cup stays a GPE
            if gaz:
                k = gaz[0]
            elif NUMBER.match(token.text):
                k += 1
            elif cups.cup_word(s, index, k):
                k += 1  # `Piala Soeratin`, `Piala Gubernur Kaltim 2020`: a cup named after a person or an office
            else:
                break
        elif token.is_cap and token.text not in s.lex.stopwords:
            if k > match[0] and token.text in s.res.place_types and s.cap_word(k + 1):
                break  # `Bendungan Kebomenggah Dusun Gedangan`: the hamlet is a place of its own
            if k > match[0] and s.in_title_line(index) and token.text not in s.res.place_suffixes:
                break  # `Pulau Karimata Terancam Bangkrut`: a headline's next words are no part of it
            k += 1
        else:
            break
    if k == match[0] and heads_label == "LOC":
        return None
    if k == match[0] and " " not in s.text[s.tokens.tokens[index].start : s.tokens.tokens[k - 1].end]:
        if YEAR.match(s.word(k)) and s.joined(k - 1, k):
            return None  # `Olimpiade 2028`: the event-and-year pass takes it
        s.block(index, index)
        return k  # a one-word event head alone (`Pemilu`, `Liga`) is no named event, and no name
    s.add(index, k - 1, heads_label)
    return k
