"""What a role's chain reads between its head and the name (``entity_roles.role``): the unit's
place after a fused police title (`Kapolres Kendal`), portfolio words no list knows, a party's
board before its body (`DPC Partai X`), a body no list knows (`Ketua KNPI Garut`), a place before
a rank (`Kapolsek Penjaringan AKP X`), and a degree written like a title (`S.I.P.`)."""

from __future__ import annotations

from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.roles import entity_unit_places as unit_places


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
    elif (islands_end := unit_regions(s, k, inner)) is not None:
        return islands_end
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
        if end == k + 1 and not rank_after and alone and not building and not unit_places.district_after_title(s, k):
            return k  # `Kapolda Tito:`: an unknown word alone may be the name itself
    if end > k:
        inner.append((k, end - 1, "GPE"))
    return end


def unit_regions(s: EntityState, k: int, inner: list[tuple[int, int, str]]) -> int | None:
    """`Kapolresta Pulau Ambon dan Pulau-Pulau Lease Kombes X`: after a unit's title, two regions,
    each a region's head and one name, joined by a list joiner, are the places (LOC) the unit
    serves, not the name (id_ents11). Returns the word after them, or None. One region alone is
    left to the reading of the unit's place (`Kapolsek Pulau Haruku Iptu X`: a GPE)."""
    end = region_end(s, k)
    if end is None or s.word(end) not in s.words.name_list_joiners or not s.joined(end, end + 1):
        return None
    second = region_end(s, end + 1)
    if second is None:
        return None
    inner.extend(((k, end - 1, "LOC"), (end + 1, second - 1, "LOC")))
    return second


def region_end(s: EntityState, k: int) -> int | None:
    """The word after a region's head at ``k`` and the one capitalised word naming it, or None."""
    match = s.lex.loc_heads.match(s.tokens, k)
    if not match or not s.cap_word(match[0]) or not s.joined(match[0] - 1, match[0]) or s.lex.titles.match(s.tokens, match[0]):
        return None
    return match[0] + 1


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
            if role_end == end + 1 and s.word(end) in s.words.inner_name_words and s.cap_word(role_end):
                return None  # `Menteri Agama Lukman Hakim Saifuddin`: `Hakim` inside a name, no judge
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
