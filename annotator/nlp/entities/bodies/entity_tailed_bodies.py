"""English organisations found by their tail word (`Jakarta Disaster Mitigation Agency`, `Monetary
Authority of Singapore`): the run of capitalised words that ends in a tail word, with `of` and a
place or name after it, unless the run is a person before `of` or a known place."""

from __future__ import annotations

from annotator.nlp.entities.bodies import entity_generic_bodies as generic_bodies
from annotator.nlp.entities.bodies.entity_bodies import role_word
from annotator.nlp.entities.bodies.entity_headline_bodies import headline_body_start
from annotator.nlp.entities.bodies.entity_state_words import state_word
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_trade_surnames import trade_surname
from annotator.nlp.entities.roles.entity_role_offices import numbered_tail

#: Tail words that are also verbs or plain nouns, so no tail in a headline (`Floods Force Thousands
#: From Homes`, `New Research Shows ...`).
HEADLINE_VERB_TAILS = frozenset({"Force", "Forces", "Guard", "Command", "Squad", "Research", "News", "Mail"})


def tailed_organisation(s: EntityState, index: int) -> int | None:
    """English: a capitalised run ending in a tail word is an ORG (`Jakarta Disaster Mitigation Agency`),
    with `of` and a place or name after it (`Monetary Authority of Singapore`, `Bank of Thailand`)."""
    tails = s.lex.org_tails
    if not tails or (s.tokens.tokens[index].text in s.lex.stopwords and not _opens_body(s, index)):
        return None
    if role_word(s, index) and (s.word(index) not in s.words.adjective_titles or s.in_title_line(index)):
        return None  # `Gubernur Bank Indonesia`: a role, then a known name (`General Statistics Office`: a body)
    if s.word(index) in tails and (post_end := post_of_body(s, index + 1)) is not None:
        s.block(index, post_end - 1)  # `Board Chairman of X`: the tail word alone is part of the post, no body
        return post_end
    opener = s.word(index) in s.words.sentence_openers and s.tokens.sentence_initial(index)  # `Yesterday Royal Thai Police`
    k = index
    best = None
    while k < s.n and s.free(k) and (k == index or joined_in_name(s, k)) and k - index < 10:
        word = s.word(k)
        if k > index and country_mark(s, k):
            k += 1  # `Nestle (M) Bhd`, `Mukwano Industries (U) Ltd`: the bracketed mark belongs to the name
            continue
        if k > index and s.lex.titles.match(s.tokens, k) and not _title_word_before_tail(s, k):
            break  # `PNP Spokesperson Police Brigadier General X`: a rank opens a name, no tail here
        if best is not None and k == best + 1 and post_of_body(s, k) is not None:
            break  # `the Board Chairman of Ghana Revenue Authority`: the post ends the name, its body follows
        if s.tokens.tokens[k].is_cap:
            after_joiner = k > index and s.word(k - 1) in s.words.role_joiners
            heads_next = after_joiner and bool(s.lex.org_heads.match(s.tokens, k)) and s.cap_word(k + 1) and s.joined(k, k + 1)
            if heads_next:
                break  # `Persija Jakarta dan FC Bekasi City`: `FC` opens the next club's name
            # `Floods Force Thousands From Homes`; after a tail word it ends a name (`Nigeria Police Force Arrests ...`)
            verb = word in HEADLINE_VERB_TAILS and s.in_title_line(k) and not (k > index and s.word(k - 1) in tails)
            head_first = (  # `PT Bank Central Asia`, `Direksi Bank Sukamaju`: `Bank` opens a name, it does not end one
                bool(s.lex.org_heads.match(s.tokens, k))
                and (bool(s.lex.org_heads.match(s.tokens, k - 1)) or _board_before(s, k))
                and s.cap_word(k + 1)
                and s.joined(k, k + 1)
            )
            ends_name = k > index or (
                word not in s.words.club_suffixes  # `the United Nations`: `United` ends a club's name only
                and (s.word(k + 1) == "of" or _for_name(s, k + 1) or s.word(index - 1).lower() == "the")
            )
            tail = word in tails or word in s.words.team_tails or numbered_tail(s, word) or body_conference(s, index, k)
            if tail and not verb and not head_first and ends_name:
                best = k
            k += 1
        elif word in s.words.role_joiners and s.cap_word(k + 1):
            if word == "of" and best is not None and k == best + 1:
                break
            if word == "and" and best is not None and k == best + 1 and s.word(best) in s.words.team_tails:
                break  # `Orlando Pirates and SuperSport United`: a club's mascot word ends its name
            if word == "and" and best is not None and k == best + 1 and in_country_mark(s, best):
                break  # `Lobatse Clay Works (Pty) Ltd and Yarona Holdings (Pty) Ltd`: the legal form ends a name (en_ents8)
            if word == "and" and (known := s.gazetteer(index)) and known[0] == k and known[1] == "ORG":
                break  # `Petronas and Tenaga Nasional Berhad`: a known body, then a second one
            k += 1
        else:
            break
    if best is None or person_before_of(s, index, best) or unnamed_broadcaster(s, index, best) or two_teams(s, index, best):
        return None
    if trade_surname(s, index, best):
        return None  # `spokesperson Alan Steel`: a person whose surname is a trade word (en_ents23)
    if portfolio_before_role(s, index, best):
        return None  # `Financial Services Minister X`: the minister's portfolio, no body (en_ents21)
    if national_ministry(s, index, best):
        return None  # `Ukrainian Interior Ministry`: the scan goes on to the ministry's common name (en_b22)
    if listed_names(s, index, best):
        return None  # `PSMS Medan dan Semen Padang FC`: the scan goes on to the second name
    known = s.gazetteer(index)
    if known and known[1] == "ORG" and known[0] > best + 1:
        return None  # `the Committee to Protect Journalists`: a known body runs on past the tail word
    if any(s.word(j) in s.words.company_openers for j in range(index + 1, best)):
        return None  # `Laba PT Bank Nusantara Tbk naik`: the company opens at `PT`, its own head
    for start in range(index, best + 1):
        gaz = s.gazetteer(start)
        opens = start == index or s.word(start - 1) in s.words.role_joiners
        if opens and gaz and gaz[0] >= best + 1 and gaz[1] in ("GPE", "LOC"):
            return None  # `La Union`, `Tagum City and La Union`: a known place ends in the tail word
    if k - 1 > best and s.word(k - 1) in s.res.facility_tails and s.word(k) != "of":
        s.block(index, k - 1)  # `Renunakorn Police Station`: a building, not the body
        return k
    if k - 1 > best + 1 and s.word(best + 1) in s.res.facility_tails and s.word(best + 2) != "of":
        s.block(index, best + 1)  # `Sonagazi Police Station Md Rafiq Hasan`: the building, then a name
        return best + 2
    end = best + 1
    closed = s.word(best) in s.words.club_suffixes  # `Muangthong United of Thailand`: the club, then its country
    if not closed and s.word(end) == "of" and s.joined(end - 1, end) and s.cap_word(end + 1) and s.joined(end, end + 1):
        gaz = s.gazetteer(end + 1)
        if gaz:
            end = gaz[0]
        elif not s.in_title_line(index):
            k = end + 1
            # `Ministry of Energy Pengiran Haji X`: a title after the first word opens a name
            while s.cap_word(k) and s.joined(k - 1, k) and k - end <= 3 and not (k > end + 1 and s.lex.titles.match(s.tokens, k)):
                k += 1
            if s.word(k) in s.words.company_endings and s.free(k) and s.joined(k - 1, k):
                k += 1  # `Association of Island Ferry Operators Incorporated`: a company ending closes it
            end = k
    if generic_bodies.generic_body(s, index, end) and not _for_name(s, end):
        s.block(index, end - 1)  # `the Police`, `the Village Council`: a kind of body, no name
        return end
    if end - index == 1 and not (s.word(index - 1).lower() == "the" and s.joined(index - 1, index)) and not _for_name(s, end):
        return None  # a tail word alone is an ORG only as `the Commission` (or before its `for`-name)
    if end - index == 1 and state_word(s, index):
        s.block(index, index)  # `Attorney General of the Federation`, `the Federation Account`: the state, no body
        return end
    if s.word(index) in s.words.role_modifiers or opener:
        if end - index == 2 and opener:
            s.block(index, end - 1)  # `Today Police said ...`: a day and a tail word alone name no body
            return end
        if end - index == 2:
            return None
        s.block(index, index)  # `Deputy National Police Chief`: the role's word, then the body
        index += 1
    start = headline_body_start(s, index, end)
    if start is None:
        return None  # `Police Bust Party At Hotel`: a headline's words, no body's name
    s.add(start, end - 1, "ORG")
    return end


def post_of_body(s: EntityState, k: int) -> int | None:
    """Where the post starting at word ``k`` ends when a capitalised role (``roles``) stands there
    and `of` and a body's name follow it (`Board Chairman of Ghana Revenue Authority`, `Council
    Chair of the Bar Association`; en_ents18), or None."""
    if k >= s.n or not s.tokens.tokens[k].is_cap or not s.joined(k - 1, k):
        return None
    role = s.lex.roles.match(s.tokens, k)
    if role is None:
        return None
    end = role[0]
    if s.word(end) != "of" or not s.joined(end - 1, end) or not s.joined(end, end + 1):
        return None
    return end if s.cap_word(end + 1) or s.word(end + 1) == "the" else None


def body_conference(s: EntityState, index: int, k: int) -> bool:
    """`Zambia Episcopal Conference`, `Kenya Conference of Catholic Bishops`: word ``k`` is a
    conference head (``conference_heads``) with a standing body's word (``conference_body_words``)
    among the words from ``index`` before it or the three after its `of` (en_orgs5)."""
    if s.word(k) not in s.words.conference_heads:
        return False
    words = s.words.conference_body_words
    if any(s.word(j) in words for j in range(index, k)):
        return True
    if s.in_title_line(k):
        return False  # a title line takes no `of`-name after the head (`The Zambia Conference of ...` as a heading)
    return s.word(k + 1) == "of" and any(s.word(j) in words and s.joined(j - 1, j) for j in range(k + 2, k + 5))


def _for_name(s: EntityState, k: int) -> bool:
    """`Centre for Policy Studies said`: word ``k`` is a small `for` and a capitalised word follows
    (the `for`-name is taken on by ``extend_english_organisations``; en_orgs5)."""
    return s.word(k) == "for" and s.joined(k - 1, k) and s.cap_word(k + 1) and s.joined(k, k + 1)


def _title_word_before_tail(s: EntityState, k: int) -> bool:
    """`Lakeside General Hospital`: a one-word title right before a tail word is the body's adjective,
    no rank opening a name (en_ents9)."""
    match = s.lex.titles.match(s.tokens, k)
    return bool(match) and match[0] == k + 1 and s.word(k + 1) in s.lex.org_tails and s.joined(k, k + 1)


def _opens_body(s: EntityState, index: int) -> bool:
    """`the ruling New Patriotic Party`: a stop word that opens a body's name (``body_opening_stopwords``)
    outside a headline, with a capitalised word after it (en_ents7)."""
    return s.word(index) in s.words.body_opening_stopwords and not s.in_title_line(index) and s.cap_word(index + 1)


def two_teams(s: EntityState, index: int, tail: int) -> bool:
    """`Kaizer Chiefs and Orlando Pirates`: a club's plural mascot word (``team_tails``) ends one
    club's name, so an `and` before it joins two names (en_ents7)."""
    return s.word(tail) in s.words.team_tails and any(s.word(k) == "and" for k in range(index + 1, tail))


def listed_names(s: EntityState, index: int, tail: int) -> bool:
    """`AA Tiga Naga dan Muba Babel FC`: a list joiner of the language (``name_list_joiners``,
    Indonesian `dan`, `serta`) between the run's first word and its tail word joins two names, and
    the tail word ends the second one only (id_ents11)."""
    return any(s.word(k) in s.words.name_list_joiners for k in range(index + 1, tail))


def national_ministry(s: EntityState, index: int, tail: int) -> bool:
    """`Ukrainian Interior Ministry`: a nationality before a portfolio and a tail of
    ``demonym_free_tails`` is no part of the ministry's common name, which the next word opens;
    official names that hold it (`Jordanian Armed Forces`) end in other tails."""
    if s.word(tail) not in s.words.demonym_free_tails or tail - index < 2:
        return False
    nationality = s.lex.demonyms.match(s.tokens, index)
    if not nationality or nationality[0] != index + 1:
        return False
    portfolio = s.lex.portfolio.match(s.tokens, index + 1)
    return bool(portfolio) and portfolio[0] == tail


def unnamed_broadcaster(s: EntityState, index: int, tail: int) -> bool:
    """`Jordanian TV`, `State TV`: a broadcast tail (``broadcast_tails``) after nationalities and
    kinds of station only (``broadcast_generic``) names no station (en_ents7; `Citi FM` does)."""
    if s.word(tail) not in s.words.broadcast_tails:
        return False
    generic = s.words.broadcast_generic | s.words.broadcast_tails | s.words.role_joiners  # `Jordanian TV and State TV`
    return all(s.word(k) in generic or s.lex.demonyms.match(s.tokens, k) for k in range(index, tail))


def portfolio_before_role(s: EntityState, index: int, best: int) -> bool:
    """The words ``index``..``best`` are a listed portfolio (``portfolio.txt``) and a title or role
    follows them (`Financial Services Minister`, `Health Services Secretary`)."""
    known = s.lex.portfolio.match(s.tokens, index)
    return known is not None and known[0] == best + 1 and s.joined(best, best + 1) and role_word(s, best + 1)


def joined_in_name(s: EntityState, k: int) -> bool:
    """Word ``k`` goes on with the name before it: spaces, ` & `, `(M)` before a company ending, or
    the apostrophe of a plural possessive (`Prosecutors’ Office`, `Workers' Party`)."""
    gap = s.tokens.gap(k - 1, k)
    plural_possessive = gap in ("’ ", "' ") and s.word(k - 1).endswith("s") and s.tokens.tokens[k].is_cap
    if plural_possessive and place_before_apostrophe(s, k):
        return False  # `the Philippines’ National Bureau of Investigation`: the country, then its body
    return s.joined(k - 1, k) or gap == " & " or in_country_mark(s, k) or plural_possessive or dotted_form(s, k)


def dotted_form(s: EntityState, k: int) -> bool:
    """`Tiger Overseas Pvt. Ltd`: word ``k`` is a company ending after an abbreviated form's stop
    (``company_form_openers``), which ends no name there (en_ents8)."""
    return (
        s.tokens.gap(k - 1, k) == ". "
        and s.word(k - 1) in s.words.company_form_openers
        and s.word(k) in s.words.company_endings
    )


def place_before_apostrophe(s: EntityState, k: int) -> bool:
    """The word before the apostrophe ends a place's name (`Philippines`, `United States`)."""
    for start in range(max(0, k - 3), k):
        known = s.lex.gazetteer.match(s.tokens, start)
        if known and known[0] == k and known[1] in ("GPE", "LOC"):
            return True
    return False


def country_mark(s: EntityState, k: int) -> bool:
    """`Nestle (M) Bhd`: word ``k`` is a country's letter in brackets before a company ending."""
    return (
        s.word(k) in s.words.company_country_marks
        and s.tokens.gap(k - 1, k) == " ("
        and s.tokens.gap(k, k + 1) == ") "
        and s.word(k + 1) in s.lex.org_tails
    )


def in_country_mark(s: EntityState, k: int) -> bool:
    """Word ``k`` is the bracketed letter of :func:`country_mark` or the ending after it."""
    return country_mark(s, k) or (k > 0 and country_mark(s, k - 1))


def person_before_of(s: EntityState, index: int, tail: int) -> bool:
    """`Priya Raman of Seaborne Tankers Limited`: before an `of` in front of the tail stand only
    name words (no tail or head word), so the run is a person and then the organisation."""
    of = next((k for k in range(tail - 1, index, -1) if s.word(k) == "of"), None)
    if of is None:
        return False
    words = range(index, of)
    return not any(s.word(k) in s.lex.org_tails or s.lex.org_heads.match(s.tokens, k) for k in words)


def _board_before(s: EntityState, k: int) -> bool:
    """Word ``k - 1`` is a company's board (``board_words``: `Direksi`, `Komisaris`) or an acronym
    (`OJK Bank X`), after which a head opens the company's name. Elsewhere a capitalised word
    before a head is the name the head ends (`Interior Ministry Anton Feld`: `Ministry` ends it)."""
    before = s.word(k - 1)
    return before in s.words.board_words or (len(before) > 1 and before.isupper() and before.isalpha())
