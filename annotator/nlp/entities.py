"""Named entities by rule: gazetteers, title and role lists, organisation patterns, dates and
capitalisation. Entities never overlap each other (they are placed left to right).

Order of the rules at a capitalised word: an organisation head or a known name (the longer wins),
a place type (`Kecamatan X`), a region or event head, a title or role (whose name after it is a
PERSON), a facility (not tagged), then a run of capitalised words (a PERSON, or an ORG in English
when it ends in `Agency`, `Group`...). A last pass tags parts of known full names standing alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.dates import find_dates
from annotator.nlp.furniture import dateline_entities
from annotator.nlp.lexicon import NAME_PARTICLES, ROLE_JOINERS, Lexicon, lexicon
from annotator.nlp.tokens import TokenIndex

_ROMAN = re.compile(r"^(?:[IVX]{1,5}|\d{1,3})$")
_NUMBER = re.compile(r"^(?:\d{1,4}|[IVX]{1,5})$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
_SPACE = re.compile(r"^[ \t]+$")
#: Words after a known organisation that continue its name (`BMKG Wilayah I Medan`).
_UNIT_WORDS = {"Wilayah", "Cabang", "Perwakilan", "Daerah", "Regional", "Kota", "Kabupaten", "Provinsi", "Region", "Branch"}
#: Prepositions after which an unknown capitalised word is a place (`di Gunungsitoli`).
_PLACE_PREPOSITIONS = {"di", "ke", "menuju", "asal", "warga", "in", "near"}
#: Words before a place name that make a following unknown word part of it (`di Medan Maimun`).
_LIST_BEFORE_PLACE = {"di", "ke", "dari", "dan", "wilayah", "kawasan", "daerah", "in", "and"}
MAX_NAME_WORDS = 5
#: Arabic article joined to a name (`Khalid al-Harthi`, `Ahmed el-Sayed`).
_HYPHEN_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DEFINED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")
#: An acronym defined in parentheses: one word or two (`(BGN)`, `(BPH Migas)`).
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9})?)\)")
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
#: Roles whose next word is a portfolio, not a body (`Menteri Koperasi`, `Deputi Pusat`).
_MINISTERS = {"Menteri", "Menko", "Wamen", "Deputi", "Minister", "Secretary"}
#: Roles that head a place, so that a place may follow them (`Camat Cipatat, Rudi Hartono`).
_REGIONAL_ROLES = {
    "Camat",
    "Bupati",
    "Wakil Bupati",
    "Wali Kota",
    "Walikota",
    "Wakil Wali Kota",
    "Gubernur",
    "Wakil Gubernur",
    "Lurah",
    "Kepala Desa",
    "Governor",
    "Mayor",
}
#: Words before a ship's name, which is no person (`kapal Cahaya Segara`, `the tanker Nordic Aurora`).
_VESSEL_WORDS = {"kapal", "feri", "tanker", "vessel", "ship", "ferry", "freighter", "trawler", "yacht"}
#: Joiners that may follow a head directly (`Perkumpulan untuk Pemilu dan Demokrasi`).
_PURPOSE_JOINERS = {"untuk", "for"}
#: `the town of X`: nouns whose `of` introduces a place.
_PLACE_NOUNS = {"town", "city", "village", "port", "province", "state", "district", "county", "region", "island", "capital"}
#: Words before a place type that make it a count (`tiga desa`), not part of a name.
_COUNT_WORDS = {
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "belasan",
    "puluhan",
    "ratusan",
    "ribuan",
    "beberapa",
    "sejumlah",
    "banyak",
    "semua",
    "seluruh",
    "setiap",
    "tiap",
    "antar",
}
#: Compass words that make a known place's part a place too (`East Jakarta`).
_COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Greater"}
#: After a single name, an age or an appositive role marks it as a person (`Sutrisno, a 58-year-old driver`).
_APPOSITION_AFTER_NAME = re.compile(r"^(?:,\s*(?:a|an|seorang|\d{1,3},)\s|\s*\(\d{1,3}\))")


class EntityFinder:
    """Finds entities in one text; build one per text (it keeps per-text state)."""

    def __init__(self, analysis: Analysis, tokens: TokenIndex, lex: Lexicon | None = None) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.tokens = tokens
        self.lex = lex or lexicon(analysis.lang)
        self.res = self.lex.res
        self.n = len(tokens)
        self.found: list[Mention] = []
        self.taken: list[bool] = [False] * self.n
        self.lower_words = {t.text for t in tokens.tokens if t.text.islower()}
        self.title_case_lines = self._title_case_lines() - self._credit_lines()
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self.dotted_titles = {title.rstrip(".") for title in self.res.titles if title.endswith(".")}
        self.portfolio_words = {word for word in self.res.portfolio if " " not in word}

    # --- helpers --------------------------------------------------------------------------

    def _title_case_lines(self) -> set[int]:
        """Line numbers of headline-like lines (most words capitalised, no final full stop)."""
        lines: set[int] = set()
        for number, line in enumerate(self.text.split("\n")):
            words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
            stripped = line.rstrip()
            if len(words) >= 3 and not stripped.endswith((".", ":", "”", '"', "?", "!")):
                capitalised = sum(1 for w in words if w[:1].isupper())
                if capitalised / len(words) >= 0.6:
                    lines.add(number)
        return lines

    def _credit_lines(self) -> set[int]:
        """`Editor: Yohanes Simbolon` lines hold names, not a headline."""
        return {
            self.text.count("\n", 0, m.start) for m in self.analysis.furniture if m.attrs.get("kind") in ("editor", "dateline")
        }

    def _in_title_line(self, index: int) -> bool:
        if not self.title_case_lines:
            return False
        return bisect_right(self.line_starts, self.tokens.tokens[index].start) - 1 in self.title_case_lines

    def _joined(self, left: int, right: int) -> bool:
        """Whether tokens ``left`` and ``right`` are separated by spaces only."""
        return left >= 0 and right < self.n and bool(_SPACE.match(self.tokens.gap(left, right)))

    def _continues(self, k: int) -> bool:
        """Token ``k`` continues the phrase: spaces only before it, or a dotted title (`Prof. X`)."""
        if k >= self.n:
            return False
        if self._joined(k - 1, k):
            return True
        previous = self.tokens.tokens[k - 1]
        return previous.text in self.dotted_titles and self.tokens.gap(k - 1, k) == ". "

    def _free(self, index: int) -> bool:
        return index < self.n and index >= 0 and not self.taken[index]

    def _add(self, first: int, last: int, label: str, *, start: int | None = None, end: int | None = None) -> None:
        tokens = self.tokens.tokens
        mention = Mention(tokens[first].start if start is None else start, tokens[last].end if end is None else end, label)
        self.found.append(mention)
        self._block(first, last)

    def _block(self, first: int, last: int) -> None:
        for index in range(first, last + 1):
            self.taken[index] = True

    def _cap_word(self, index: int) -> bool:
        if not self._free(index):
            return False
        token = self.tokens.tokens[index]
        return token.is_cap and token.text not in self.lex.stopwords

    def _word(self, index: int) -> str:
        return self.tokens.tokens[index].text if 0 <= index < self.n else ""

    def _gazetteer(self, index: int) -> tuple[int, str] | None:
        if not self._free(index):
            return None
        match = self.lex.gazetteer.match(self.tokens, index)
        if match and all(self._free(k) for k in range(index, match[0])):
            return match
        return None

    def _is_head(self, index: int) -> bool:
        """Whether a role, organisation, region, event or facility head starts at ``index``."""
        lex = self.lex
        return bool(
            lex.roles.match(self.tokens, index)
            or lex.org_heads.match(self.tokens, index)
            or lex.loc_heads.match(self.tokens, index)
            or lex.event_heads.match(self.tokens, index)
            or lex.facilities.match(self.tokens, index)
            or (self._word(index) in self.res.place_types and self._cap_word(index + 1))
        )

    # --- organisation, place and event phrases --------------------------------------------

    def _body_tail(self, index: int, kind: str, inner: list[tuple[int, int, str]]) -> int:
        """Consume what may follow an organisation or role head; returns the index after it."""
        lex = self.lex
        k = index
        while k < self.n and self._free(k) and (k == index or self._joined(k - 1, k) or self._comma_list(k, kind)):
            token = self.tokens.tokens[k]
            if kind == "named":
                if k - index >= 8 or (k > index and (lex.titles.match(self.tokens, k) or lex.roles.match(self.tokens, k))):
                    break  # `Polres Metro Bekasi AKBP Bambang Wijaya`: a rank starts the person
                if (token.is_cap or token.text[:1].isdigit()) and (token.text not in lex.stopwords or self._cap_ahead(k + 1)):
                    gaz = self._gazetteer(k)
                    if gaz:
                        inner.append((k, gaz[0] - 1, gaz[1]))
                        k = gaz[0]
                        continue
                    k += 1
                    continue
                if token.text in ROLE_JOINERS and self._cap_word(k + 1) and (k > index or token.text in _PURPOSE_JOINERS):
                    if self._gazetteer(k + 1) or lex.org_heads.match(self.tokens, k + 1):
                        break  # `Universitas Tanjungpura dan TNI Angkatan Laut`: a second body
                    k += 1
                    continue
                break
            if token.text in self.res.name_prefixes and self._word(k + 1) in self.res.name_prefixes:
                break  # `... Bali I Nyoman Gede Arsana`: a Balinese name starts here
            if token.text in self.res.place_types and self._cap_word(k + 1) and self._joined(k, k + 1):
                k = self._place_name_end(k + 1, max_words=1)  # `Dinas Kesehatan Kabupaten Timor Tengah Selatan`
                continue
            portfolio = lex.portfolio.match(self.tokens, k) if kind != "regional" else None
            if portfolio and (token.is_cap or self._word(portfolio[0] - 1)[:1].isupper()):
                k = portfolio[0]
                continue
            gaz = self._gazetteer(k)
            if gaz and gaz[1] in ("GPE", "ORG"):
                place_end = self._place_ending(gaz[0], gaz[1])[0] if gaz[1] == "GPE" else gaz[0]
                inner.append((k, place_end - 1, gaz[1]))
                k = place_end
                continue
            if (
                kind == "domain"
                and (_ROMAN.match(token.text) or _ACRONYM.match(token.text))
                and token.text not in lex.stopwords
                and self._word(k + 1) not in self.res.name_prefixes
            ):
                k += 1
                continue
            if kind == "domain" and token.text in ROLE_JOINERS and k > index and self._free(k + 1):
                follow = lex.portfolio.match(self.tokens, k + 1)
                if follow and self.tokens.tokens[k + 1].is_cap:
                    k += 1
                    continue
            break
        return k

    def _role_word(self, index: int) -> bool:
        """A title or role starts at ``index`` (after a head that is also a facility word, such as
        `Kantor Gubernur`, it makes the governor's office, a building)."""
        return bool(self.lex.titles.match(self.tokens, index) or self.lex.roles.match(self.tokens, index))

    def _defined_term_ahead(self, end: int) -> bool:
        """Whether capitalised words and joiners from ``end`` on lead to an acronym in parentheses."""
        k = end
        while k < self.n and self._joined(k - 1, k) and (self.tokens.tokens[k].is_cap or self._word(k) in ROLE_JOINERS):
            k += 1
        return bool(_DEFINED_ACRONYM.match(self.text, self.tokens.tokens[k - 1].end))

    def _cap_ahead(self, k: int) -> bool:
        """A capitalised word that is no stop word comes later in this run (`Pasar Seluruh Indonesia`)."""
        while k < self.n and self._free(k) and self._joined(k - 1, k) and self.tokens.tokens[k].is_cap:
            if self.tokens.tokens[k].text not in self.lex.stopwords:
                return True
            k += 1
        return False

    def _comma_list(self, k: int, kind: str) -> bool:
        """`Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi`: a comma between portfolio words."""
        if kind != "domain" or self.tokens.gap(k - 1, k) != ", ":
            return False
        if self.lex.portfolio.match(self.tokens, k) is None and self._word(k) != "dan":
            return False
        return self.tokens.tokens[k - 1].is_cap

    def _organisation(self, index: int, *, in_role: bool = False) -> int | None:
        """An organisation starting with a head word; adds it and returns the index after it. After a
        minister, a head that is also a portfolio word takes no unlisted words (`Menteri Koperasi Arif`,
        but `Ketua Koperasi Baitul Qiradh Gayo`)."""
        match = self.lex.org_heads.match(self.tokens, index)
        if not match:
            return None
        after_head, kind = match
        portfolio_of_minister = in_role and self._word(index - 1) in _MINISTERS and self.lex.portfolio.match(self.tokens, index)
        if portfolio_of_minister and kind == "named":
            return None  # `Menteri Koperasi Arif Sulaiman`: the head is the minister's portfolio
        inner: list[tuple[int, int, str]] = []
        end = self._body_tail(after_head, kind, inner) if self._joined(after_head - 1, after_head) else after_head
        if (
            end == after_head
            and kind == "domain"
            and self._cap_word(after_head)
            and self._joined(after_head - 1, after_head)
            and not (self.lex.facilities.match(self.tokens, index) and self._role_word(after_head))
            and not portfolio_of_minister
        ):
            # `Satgas Karhutla Riau`, `Badan Bantuan dan Pekerjaan PBB`: a body with words we do not list.
            end = self._body_tail(after_head, "named", inner)
        if end == after_head and kind != "regional":
            return None
        if end == after_head and not self._gazetteer(index):
            return None
        # A trailing comma-joined portfolio list must not end on `dan`.
        while end > after_head and self._word(end - 1) in ROLE_JOINERS:
            end -= 1
        self._add(index, end - 1, "ORG")
        return end

    def _known_organisation(self, index: int, gaz_end: int) -> int:
        """A known organisation, with unit words after it (`BMKG Wilayah I Medan`)."""
        end = gaz_end
        if self._word(end) in _UNIT_WORDS and self._joined(end - 1, end):
            inner: list[tuple[int, int, str]] = []
            end = self._body_tail(end, "domain", inner)
        self._add(index, end - 1, "ORG")
        return end

    def _headed(self, index: int, heads_label: str) -> int | None:
        matcher = self.lex.loc_heads if heads_label == "LOC" else self.lex.event_heads
        match = matcher.match(self.tokens, index)
        if not match:
            return None
        k = match[0]
        while k < self.n and self._free(k) and self._joined(k - 1, k):
            token = self.tokens.tokens[k]
            if heads_label == "EVENT":
                gaz = self._gazetteer(k)
                if gaz:
                    k = gaz[0]
                elif _NUMBER.match(token.text):
                    k += 1
                else:
                    break
            elif token.is_cap and token.text not in self.lex.stopwords:
                if k > match[0] and self._in_title_line(index) and token.text not in self.res.place_suffixes:
                    break  # `Pulau Karimata Terancam Bangkrut`: a headline's next words are no part of it
                k += 1
            else:
                break
        if k == match[0] and heads_label == "LOC":
            return None
        if k == match[0] and " " not in self.text[self.tokens.tokens[index].start : self.tokens.tokens[k - 1].end]:
            return None  # a one-word event head alone (`Pemilu`) is no named event
        self._add(index, k - 1, heads_label)
        return k

    def _place_type(self, index: int) -> int | None:
        """`Kecamatan Pakenjeng`: the name after an administrative type word is a GPE."""
        if self._word(index) not in self.res.place_types or not self._cap_word(index + 1) or not self._joined(index, index + 1):
            return None
        if self._word(index - 1).lower() in _COUNT_WORDS or self._word(index - 1).isdigit():
            return None  # `tiga desa`, `Tiga Desa Kesulitan Air`: a count of places, not a place's name
        k = self._place_name_end(index + 1, max_words=3)
        self._block(index, index)
        self._add(index + 1, k - 1, "GPE")
        return k

    def _place_ending(self, end: int, label: str) -> tuple[int, str]:
        """After a known place ending before ``end``: compass words that continue it (`Aceh Tengah`) or a
        natural-feature word that makes it a LOC (`Ciliwung River`)."""
        k = end
        while k < self.n and self._free(k) and self._word(k) in self.res.place_suffixes and self._joined(k - 1, k):
            k += 1
        if k == end and k < self.n and self._free(k) and self._word(k) in self.res.loc_tails and self._joined(k - 1, k):
            return k + 1, "LOC"
        return k, label

    def _place_name_end(self, first: int, *, max_words: int) -> int:
        """Index after a place name at ``first``: a known name or up to ``max_words`` capitalised
        words, with the compass and position words after it (`Bandung Barat`, `Timor Tengah Selatan`)."""
        gaz = self._gazetteer(first)
        if gaz:
            k = gaz[0]
        else:
            k = first
            while k < self.n and self._cap_word(k) and (k == first or self._joined(k - 1, k)) and k - first < max_words:
                if k > first and (self._is_head(k) or self._word(k) in self.res.place_suffixes):
                    break
                k += 1
        while k < self.n and self._free(k) and self._word(k) in self.res.place_suffixes and self._joined(k - 1, k):
            k += 1
        return k

    # --- people ---------------------------------------------------------------------------

    def _name_run(self, index: int) -> int:
        """Index after a run of capitalised words (particles allowed inside) starting at ``index``."""
        lex = self.lex
        k = index
        while k < self.n and self._free(k) and (k == index or self._joined(k - 1, k)) and k - index < MAX_NAME_WORDS:
            token = self.tokens.tokens[k]
            if k > index:
                head_follows = self._cap_word(k + 1) and self._joined(k, k + 1)
                closing_tail = token.text in self.res.loc_tails and not head_follows  # `Kafue River`
                if (
                    self._is_head(k)
                    and not closing_tail
                    and (head_follows or not lex.roles.match(self.tokens, k) or lex.roles.match(self.tokens, k)[0] > k + 1)
                ):
                    break
                gaz = lex.gazetteer.match(self.tokens, k)
                # A one-word known name may end a personal name (`Kadek Dwi Antara`), not begin a new entity.
                if gaz and (gaz[0] - k > 1 or (self._cap_word(k + 1) and self._joined(k, k + 1))):
                    break
            if (
                (token.is_cap and not token.text.isdigit() and token.text not in lex.stopwords)
                or (token.text in NAME_PARTICLES and k > index and self._cap_word(k + 1))
                or (k > index and _HYPHEN_PARTICLE.match(token.text))
                or (k == index and self._prefix_starts_name(k))
            ):
                k += 1
            else:
                break
        return k

    def _prefix_starts_name(self, index: int) -> bool:
        """A name prefix that is also a common word (`Lalu` 'then') starts a name inside a sentence,
        before a capitalised word that is no portfolio word (`Lalu Lintas` is traffic)."""
        word = self._word(index)
        return (
            word in self.res.name_prefixes
            and not self.tokens.sentence_initial(index)
            and self._cap_word(index + 1)
            and self._joined(index, index + 1)
            and self.lex.portfolio.match(self.tokens, index) is None
        )

    def _valid_name(self, first: int, end: int) -> bool:
        for k in range(first, end):
            word = self.tokens.tokens[k].text
            if word in self.res.name_prefixes:
                continue
            if word in self.portfolio_words or word in _UNIT_WORDS:
                return False
            if len(word) == 1 and word not in self.res.name_prefixes and self.tokens.gap(k, k + 1)[:1] != ".":
                return False
        return True

    def _role(self, index: int) -> int | None:
        """A capitalised title or role (`Menteri Luar Negeri Prancis`, `Prof.`): the entities inside
        it are added; a name right after it is a PERSON. Returns the index after all of it."""
        lex = self.lex
        match = lex.titles.match(self.tokens, index) or lex.roles.match(self.tokens, index)
        if not match:
            return None
        k = match[0]
        inner: list[tuple[int, int, str]] = []
        while k < self.n:
            if not self._continues(k):
                break
            more = lex.titles.match(self.tokens, k) or lex.roles.match(self.tokens, k)
            if more:
                k = more[0]
                continue
            if lex.org_heads.match(self.tokens, k) and self._free(k):
                gaz = self._gazetteer(k)
                end = self._organisation(k, in_role=True) if not (gaz and gaz[1] == "ORG" and gaz[0] - k > 1) else None
                if end:
                    k = end
                    continue
            gaz = self._gazetteer(k)
            if gaz and gaz[1] == "ORG":
                self._block(index, k - 1)
                k = self._known_organisation(k, gaz[0])
                continue
            end = self._body_tail(k, "domain", inner)
            if end == k:
                break
            k = end
        for first, last, label in inner:
            if all(self._free(i) for i in range(first, last + 1)):
                self._add(first, last, label)
        for i in range(index, k):
            if not self.taken[i]:
                self.taken[i] = True  # the role's own words are no entity (and no name part)
        if self._in_title_line(index):
            return k
        acronym = _DEFINED_ACRONYM.match(self.text, self.tokens.tokens[k - 1].end) if k < self.n else None
        if acronym and k + 1 < self.n and self.tokens.tokens[k].end < acronym.end() <= self.tokens.tokens[k + 1].start:
            self._add(k, k, "ORG")  # `Ketua Umum APPSI ... (APPSI) Sudaryono`
            k += 1
            if self._cap_word(k) and self.tokens.gap(k - 1, k) == ") ":
                end = self._name_run(k)
                if end > k and self._valid_name(k, end):
                    self._add(k, end - 1, "PERSON")
                    return end
            return k
        if k < self.n and self._cap_word(k) and self._continues(k):
            end = self._name_run(k)
            if end > k and self._regional_role(index) and self._name_in_apposition(end):
                self._add(k, end - 1, "GPE")  # `Camat Cipatat, Rudi Hartono, ...`: the place, then the name
                return end
            if end > k and self._valid_name(k, end):
                split = self._place_before_name(k, end)
                if split is not None:
                    self._add(k, split - 1, "GPE")  # `Bupati Kayong Utara Citra Duani Hakim`
                    k = split
                self._add(k, end - 1, "PERSON")
                return end
        return k

    def _regional_role(self, index: int) -> bool:
        """A role that heads a place (`Camat`, `Bupati`, `Wali Kota`, `Mayor`): a place may follow it."""
        match = self.lex.roles.match(self.tokens, index)
        return (
            bool(match) and self.text[self.tokens.tokens[index].start : self.tokens.tokens[match[0] - 1].end] in _REGIONAL_ROLES
        )

    def _name_in_apposition(self, end: int) -> bool:
        """`, Rudi Hartono,` after the run ending before ``end``: a name of two or more words between
        commas, so the run before it is the role's place, not the person."""
        if self.tokens.gap(end - 1, end) != ", " or not self._cap_word(end) or self._role_word(end):
            return False
        name_end = self._name_run(end)
        return name_end - end >= 2 and self.tokens.gap(name_end - 1, name_end).startswith(",")

    def _place_before_name(self, first: int, end: int) -> int | None:
        """Where a name starts after an unknown place that ends in a compass or position word
        (`Kayong Utara | Citra Duani Hakim`); None when the run holds no such place."""
        for k in range(end - 2, first, -1):
            if self._word(k) in self.res.place_suffixes:
                return k + 1
        return None

    # --- the passes -----------------------------------------------------------------------

    def run(self) -> list[Mention]:
        tokens = self.tokens.tokens
        taken_ranges: list[tuple[int, int]] = []
        for start, end, label in dateline_entities(self.analysis, self.res.gazetteer):
            first, last = self.tokens.first_at_or_after(start), self.tokens.last_ending_at_or_before(end)
            if first <= last and all(self._free(k) for k in range(first, last + 1)):
                self._add(first, last, label, start=start, end=end)
        taken_ranges += [(m.start, m.end) for m in self.found]
        for found_start, found_end in find_dates(self.text, self.analysis.lang, taken_ranges):
            start, end = self.tokens.snap_out(found_start, found_end)
            first, last = self.tokens.first_at_or_after(start), self.tokens.last_ending_at_or_before(end)
            if first <= last and all(self._free(k) for k in range(first, last + 1)):
                self._add(first, last, "DATE", start=start, end=end)
        index = 0
        while index < len(tokens):
            if not self._free(index) or not tokens[index].is_cap:
                index += 1
                continue
            index = max(self._at(index), index + 1)
        if self.analysis.lang == "en":
            self._extend_english_organisations()
        self._merge_adjacent_organisations()
        self._events_with_years()
        self._acronyms_in_parentheses()
        self._propagate_names()
        self._propagate_places()
        self.found.sort(key=lambda m: m.start)
        return self.found

    def _person_before_of(self, index: int, tail: int) -> bool:
        """`Priya Raman of Seaborne Tankers Limited`: before an `of` in front of the tail stand only
        name words (no tail or head word), so the run is a person and then the organisation."""
        of = next((k for k in range(tail - 1, index, -1) if self._word(k) == "of"), None)
        if of is None:
            return False
        words = range(index, of)
        return not any(self._word(k) in self.lex.org_tails or self.lex.org_heads.match(self.tokens, k) for k in words)

    def _tailed_organisation(self, index: int) -> int | None:
        """English: a capitalised run ending in a tail word is an ORG (`Jakarta Disaster Mitigation Agency`),
        with `of` and a place or name after it (`Monetary Authority of Singapore`, `Bank of Thailand`)."""
        tails = self.lex.org_tails
        if not tails or self.tokens.tokens[index].text in self.lex.stopwords:
            return None
        k = index
        best = None
        while k < self.n and self._free(k) and (k == index or self._joined(k - 1, k)) and k - index < 10:
            word = self._word(k)
            if self.tokens.tokens[k].is_cap:
                if word in tails and (k > index or self._word(k + 1) == "of" or self._word(index - 1).lower() == "the"):
                    best = k
                k += 1
            elif word in ROLE_JOINERS and self._cap_word(k + 1):
                if word == "of" and best is not None and k == best + 1:
                    break
                k += 1
            else:
                break
        if best is None or self._person_before_of(index, best):
            return None
        end = best + 1
        if self._word(end) == "of" and self._joined(end - 1, end) and self._cap_word(end + 1) and self._joined(end, end + 1):
            gaz = self._gazetteer(end + 1)
            if gaz:
                end = gaz[0]
            elif not self._in_title_line(index):
                k = end + 1
                while self._cap_word(k) and self._joined(k - 1, k) and k - end <= 3:
                    k += 1
                end = k
        if end - index == 1 and not (self._word(index - 1).lower() == "the" and self._joined(index - 1, index)):
            return None  # a tail word alone is an ORG only as `the Commission`
        self._add(index, end - 1, "ORG")
        return end

    def _at(self, index: int) -> int:
        """Try each rule at a capitalised token; returns the index to continue from."""
        tailed = self._tailed_organisation(index)
        if tailed is not None:
            return tailed
        gaz = self._gazetteer(index)
        if self.lex.org_heads.match(self.tokens, index) and not (gaz and gaz[1] == "ORG" and gaz[0] - index > 1):
            saved = len(self.found), list(self.taken)
            org_end = self._organisation(index)
            if org_end is not None and gaz and gaz[0] > org_end:
                # The gazetteer knows a longer name (`Bank Indonesia` vs `Bank`): undo.
                del self.found[saved[0] :]
                self.taken[:] = saved[1]
                org_end = None
            if org_end is not None:
                return org_end
        if gaz:
            return self._known(index, gaz)
        if self._word(index) in _COMPASS and self._joined(index, index + 1):
            follow = self._gazetteer(index + 1)
            if follow and follow[1] == "GPE":
                self._add(index, follow[0] - 1, "GPE")
                return follow[0]
        end = self._place_type(index)
        if end is not None:
            return end
        for label in ("LOC", "EVENT"):
            end = self._headed(index, label)
            if end is not None:
                return end
        role_end = self._role(index)
        if role_end is not None:
            return role_end
        facility = self.lex.facilities.match(self.tokens, index)
        if facility:
            k = facility[0]
            while self._cap_word(k) and self._joined(k - 1, k) and not self._is_head(k) and not self._gazetteer(k):
                k += 1
            self._block(index, k - 1)
            return k
        if self._in_title_line(index):
            return index + 1
        return self._person(index)

    def _known(self, index: int, gaz: tuple[int, str]) -> int:
        """A gazetteer name; a one-word place followed by an unknown capitalised word is either a
        district (`di Medan Maimun`) or the first name of a person (`pelatih Milan Petrovic`)."""
        end, label = gaz
        if end == index + 1 and self._word(index).isupper() and _AGE_AFTER.match(self.text, self.tokens.tokens[index].end):
            self._block(index, index)
            return end  # `AS (34)`: a suspect's initials, not a country
        if label == "ORG":
            return self._known_organisation(index, end)
        if label in ("GPE", "LOC"):
            end, label = self._place_ending(end, label)
        follows = end < self.n and self._cap_word(end) and self._joined(end - 1, end)
        if label == "GPE" and end == index + 1 and follows and not self._gazetteer(end) and not self._is_head(end):
            single_follower = not (self._cap_word(end + 1) and self._joined(end, end + 1))
            before = self._word(index - 1).lower() if index > 0 and self._joined(index - 1, index) else ""
            after_comma = self.tokens.gap(index - 1, index) == ", " and single_follower
            if before in _LIST_BEFORE_PLACE or before in _PLACE_PREPOSITIONS or after_comma:
                if single_follower and not self._in_title_line(index):
                    self._add(index, end, "GPE")
                    return end + 1
            elif not self._in_title_line(index) and single_follower:
                run_end = self._name_run(index)
                if run_end > end and self._valid_name(index, run_end):
                    run_label = self._run_label([self._word(k) for k in range(index, run_end)])
                    if run_label:
                        self._add(index, run_end - 1, run_label)
                        return run_end
        self._add(index, end - 1, label)
        return end

    def _person(self, index: int) -> int:
        end = self._name_run(index)
        if end == index:
            return index + 1
        first = index
        # A sentence-initial common word (`Harga`, `Warga`) is not part of a name.
        while first < end and self.tokens.sentence_initial(first) and self.tokens.tokens[first].text.lower() in self.lower_words:
            first += 1
        words = [self.tokens.tokens[k].text for k in range(first, end)]
        if not words:
            return end
        if words[0].endswith("-flagged") or self._word(first - 1).lower() in _VESSEL_WORDS:
            self._block(first, end - 1)
            return end  # `the Liberian-flagged Nordic Aurora`, `kapal Cahaya Segara`: a ship's name
        label = self._run_label(words)
        if label == "PERSON" and len(words) >= 2 and self._place_context(first):
            label = "GPE"  # `di Labuhan Lombok`, `asal Sumbawa Besar`, `in Fort Calloway`
        if label == "PERSON" and self._defined_term_ahead(end):
            return end  # `Stabilisasi Pasokan dan Harga Pangan (SPHP)`: a defined term, not a person
        if label != "PERSON":
            if label:
                self._add(first, end - 1, label)
            return end
        if not self._valid_name(first, end):
            return end
        elif len(words) >= 2 and not all(w.isupper() for w in words):
            self._add(first, end - 1, "PERSON")
        elif len(words) == 1 and self._single_name(first):
            self._add(first, first, "PERSON")
        elif len(words) == 1 and self._single_place(first):
            self._add(first, first, "GPE")
        return end

    def _run_label(self, words: list[str]) -> str | None:
        """What a run of two or more capitalised words is: its last word decides (`... Agency` ORG,
        `... Masters` EVENT, `... Timur` GPE); acronyms or only common words make it nothing."""
        if len(words) < 2:
            return "PERSON"
        if words[-1] in self.lex.org_tails:
            return "ORG"
        if words[-1] in self.res.event_tails:
            return "EVENT"
        if words[-1] in self.res.place_suffixes:
            return "GPE"  # `Sumba Timur`, `Rokan Hilir`
        if words[-1] in self.res.loc_tails:
            return "LOC"  # `Arabian Sea`, `Kafue River`, `Daymaniyat Islands`
        if any(w.isupper() and len(w) > 1 for w in words) or all(w.lower() in self.lower_words for w in words):
            return None  # `Prestasi PBSI`, `Gempa Bumi`: not a person's name
        return "PERSON"

    def _single_name(self, index: int) -> bool:
        """A lone capitalised word is a name next to a speech verb or a courtesy title."""
        token = self.tokens.tokens[index]
        if token.is_upper or token.text.lower() in self.lower_words or token.text in self.lex.stopwords:
            return False
        if token.text in self.lex.org_tails:
            return False  # `Police said`: a body's kind, not a person's name
        lex = self.lex
        if index + 1 < self.n and self._joined(index, index + 1) and lex.cues_before.match(self.tokens, index + 1):
            return True
        if _APPOSITION_AFTER_NAME.match(self.text[token.end : token.end + 12]):
            return True  # `Rosmawati (54)`, `Ferreira, 18,`, `Sutrisno, a 58-year-old driver`
        previous = index - 1
        if previous >= 0 and self._joined(previous, index):
            before = self.tokens.tokens[previous].text
            if lex.cues_after.match(self.tokens, previous) or lex.cues_before.match(self.tokens, previous):
                return True
            if before.lower() in ("menurut", "according"):
                return True
        return False

    def _naming_context(self, index: int) -> bool:
        """Right after a speech verb or right before one (`kata Putri`, `Putri mengatakan`)."""
        lex = self.lex
        after_cue = lex.cues_after.match(self.tokens, index - 1) or lex.cues_before.match(self.tokens, index - 1)
        if index > 0 and self._joined(index - 1, index) and after_cue:
            return True
        return index + 1 < self.n and self._joined(index, index + 1) and bool(lex.cues_before.match(self.tokens, index + 1))

    def _place_context(self, index: int) -> bool:
        """Right after a preposition of place (`di`, `asal`, `in`, `the town of`), or in a list that
        follows a place (`di Mimika Baru, Kuala Kencana, dan Tembagapura`)."""
        if index < 1 or self._naming_context(index) or self.lex.event_heads.match(self.tokens, index):
            return False  # `di Olimpiade 2028`: an event, not a place
        if self.tokens.gap(index - 1, index) == ", ":
            return self._list_goes_on(index) and self._place_ends_at(self.tokens.tokens[index - 1].end)
        if not self._joined(index - 1, index):
            return False
        before = self._word(index - 1)
        if before in _PLACE_PREPOSITIONS:
            return True
        if before == "of" and self._word(index - 2).lower() in _PLACE_NOUNS:
            return True  # `the town of Fort Calloway`
        if before in ("dan", "and") and index >= 2:
            return self._place_ends_at(self.tokens.tokens[index - 2].end)
        return False

    def _place_ends_at(self, offset: int) -> bool:
        return any(m.end == offset and m.label == "GPE" for m in self.found[-3:])

    def _list_goes_on(self, index: int) -> bool:
        """The capitalised run at ``index`` is the last but one item of a list (`, dan X`, `and X`):
        a comma alone would also follow a name in apposition (`di Jakarta, Yuliana Sembiring, ...`)."""
        end = index
        while end + 1 < self.n and self._joined(end, end + 1) and self.tokens.tokens[end + 1].is_cap:
            end += 1
        following = self.text[self.tokens.tokens[end].end : self.tokens.tokens[end].end + 6]
        return following.startswith((", dan ", ", and ", " dan ", " and "))

    def _single_place(self, index: int) -> bool:
        """`di Gunungsitoli`: an unknown capitalised word right after `di`/`ke` is a place."""
        token = self.tokens.tokens[index]
        if token.is_upper or token.text.lower() in self.lower_words:
            return False
        return self._place_context(index)

    def _merge_adjacent_organisations(self) -> None:
        """An ORG followed, one space apart, by a unit or a place is one name (`Walhi Jawa Barat`,
        `Pusat Riset Kelautan Universitas Tanjungpura`); two acronyms side by side stay two."""
        self.found.sort(key=lambda m: m.start)
        merged: list[Mention] = []
        for mention in self.found:
            previous = merged[-1] if merged else None
            if previous is not None and self._mergeable(previous, mention):
                merged[-1] = Mention(previous.start, mention.end, "ORG", source=previous.source)
                continue
            merged.append(mention)
        self.found = merged

    def _mergeable(self, left: Mention, right: Mention) -> bool:
        if left.label != "ORG" or right.label not in ("ORG", "GPE") or left.source != right.source:
            return False
        if self.text[left.end : right.start] != " ":
            return False
        if right.label == "GPE" and self.analysis.lang != "id":
            return False  # English puts the place first (`Jakarta Police`)
        left_text, right_text = self.text[left.start : left.end], self.text[right.start : right.end]
        return not (_ACRONYM.match(left_text) and _ACRONYM.match(right_text))

    def _extend_english_organisations(self) -> None:
        """`Ministry of Agriculture, Fisheries and Water Resources`, `World Wide Fund for Nature`,
        `Regional Organization for the Protection of the Marine Environment`: an English ORG goes on
        through `of`/`for` (and `the`) and capitalised words, and a list of them joined by `and`."""
        for mention in list(self.found):
            if mention.label != "ORG":
                continue
            last = self.tokens.last_ending_at_or_before(mention.end)
            if self._in_title_line(last):
                continue
            end = self._english_org_end(last + 1)
            if end == last + 1 and " of " in self.text[mention.start : mention.end]:
                end = self._listed_words_end(last + 1)
                end = self._joined_portfolio_end(end)
            if end > last + 1:
                self._absorb(mention, end - 1)

    def _english_org_end(self, k: int) -> int:
        """Index after `of`/`for` phrases (and a capitalised list) that continue an ORG ending before ``k``."""
        start = k
        while self._word(k) in ("of", "for") and self._joined(k - 1, k):
            j = k + 1 if self._word(k + 1) != "the" else k + 2
            run_end = self._org_words_end(j)
            if run_end == j or not self._joined(j - 1, j):
                break
            gaz = self.lex.gazetteer.match(self.tokens, j)
            if self._word(k) == "for" and gaz and gaz[0] == run_end and gaz[1] == "GPE":
                break  # `the European Union for Ukraine`: a place after `for` is no part of the name
            k = run_end
            k = self._listed_words_end(k)
        return k if k > start else start

    def _org_words_end(self, k: int) -> int:
        """Index after capitalised words (joined by `and`/`of` between them) from ``k``."""
        end = k
        while end < self.n and self.tokens.tokens[end].is_cap and (end == k or self._joined(end - 1, end)):
            end += 1
            if self._word(end) in ("and", "&") and self._joined(end - 1, end) and self._word(end + 1)[:1].isupper():
                end += 1
        return end

    def _listed_words_end(self, k: int) -> int:
        """`..., Fisheries and Water Resources`: comma-joined capitalised words that end with `and`."""
        j = k
        while self.tokens.gap(j - 1, j) == ", " and j < self.n and self.lex.portfolio.match(self.tokens, j):
            run_end = self._org_words_end(j)
            if any(self._word(i) == "and" for i in range(j, run_end)):
                return run_end
            j = run_end
        return k

    def _joined_portfolio_end(self, k: int) -> int:
        """`Department of Water | and Sanitation`: `and` and a portfolio word go on with a ministry's name."""
        if self._word(k) != "and" or not self._joined(k - 1, k) or not self._joined(k, k + 1):
            return k
        portfolio = self.lex.portfolio.match(self.tokens, k + 1)
        return portfolio[0] if portfolio and self.tokens.tokens[k + 1].is_cap else k

    def _absorb(self, mention: Mention, last: int) -> None:
        """Stretch ``mention`` to token ``last``; mentions inside the new stretch are dropped."""
        end = self.tokens.tokens[last].end
        self.found = [m for m in self.found if m is mention or not (mention.end <= m.start < end)]
        self._block(self.tokens.first_at_or_after(mention.end), last)
        mention.end = end

    def _events_with_years(self) -> None:
        """`Indonesia Masters 2025`, `Olimpiade 2028`: a year right after an event (or a lone event
        head) belongs to the event's name, not to a DATE of its own."""
        self.found.sort(key=lambda m: m.start)
        kept: list[Mention] = []
        for mention in self.found:
            year = mention.label == "DATE" and _YEAR.match(self.text[mention.start : mention.end])
            previous = kept[-1] if kept else None
            if year and previous is not None and previous.label == "EVENT" and self.text[previous.end : mention.start] == " ":
                previous.end = mention.end
                continue
            if year:
                head = self._lone_event_head_before(mention.start)
                if head is not None:
                    kept.append(Mention(self.tokens.tokens[head].start, mention.end, "EVENT"))
                    self._block(head, head)
                    continue
            kept.append(mention)
        self.found = kept

    def _lone_event_head_before(self, offset: int) -> int | None:
        """Index of a free one-word event head (`Olimpiade`) one space before ``offset``."""
        index = self.tokens.last_ending_at_or_before(offset - 1)
        if index < 0 or not self._free(index) or self.tokens.tokens[index].end != offset - 1:
            return None
        match = self.lex.event_heads.match(self.tokens, index)
        return index if match and match[0] == index + 1 and self.tokens.tokens[index].is_cap else None

    def _propagate_places(self) -> None:
        """A one-word place found once is a place everywhere (`MUSCAT` in the dateline, then `to Muscat`;
        `in Sohar` and, earlier, `the port of Sohar`)."""
        places = {self.text[m.start : m.end] for m in self.found if m.label == "GPE" and " " not in self.text[m.start : m.end]}
        places |= {p[:1] + p[1:].lower() for p in places if p.isupper() and len(p) > 3}
        people = {w for m in self.found if m.label == "PERSON" for w in self.text[m.start : m.end].split()}
        for index, token in enumerate(self.tokens.tokens):
            if token.text in places and token.text not in people and self._free(index) and not token.is_upper:
                self._add(index, index, "GPE")

    def _propagate_names(self) -> None:
        """Parts of names found elsewhere are names when they stand alone (`Rina` of `Rina Hartono`)."""
        parts: set[str] = set()
        for mention in self.found:
            if mention.label == "PERSON":
                words = self.text[mention.start : mention.end].split()
                parts.update(
                    w for w in words if w[:1].isupper() and w not in self.lex.stopwords and w not in self.res.name_prefixes
                )
        common_parts = {w for w in parts if w.lower() in self.lower_words}
        if not parts:
            return
        for index, token in enumerate(self.tokens.tokens):
            if token.text in common_parts and self._free(index) and not self._naming_context(index):
                continue
            if token.text in parts and self._free(index):
                start = index
                while (
                    start > 0
                    and self._free(start - 1)
                    and self._word(start - 1) in self.res.name_prefixes
                    and self._joined(start - 1, start)
                ):
                    start -= 1
                end = index + 1
                while end < self.n and self._word(end) in parts and self._free(end) and self._joined(end - 1, end):
                    end += 1
                self._add(start, end - 1, "PERSON")

    def _acronyms_in_parentheses(self) -> None:
        """`Badan Gizi Nasional (BGN)`, `... (BPH Migas)`: the acronym after an ORG is an ORG, here and
        everywhere after."""
        known: set[str] = set()
        by_end = {m.end: m for m in self.found if m.label == "ORG"}
        for match in _ACRONYM_IN_PARENTHESES.finditer(self.text):
            before = self.text[: match.start()].rstrip()
            if len(before) in by_end:
                known.add(match.group(1))
        for acronym in sorted(known, key=len, reverse=True):
            for match in re.finditer(r"(?<!\w)" + re.escape(acronym) + r"(?!\w)", self.text):
                first = self.tokens.first_at_or_after(match.start())
                last = self.tokens.last_ending_at_or_before(match.end())
                if first <= last and all(self._free(k) for k in range(first, last + 1)):
                    self._add(first, last, "ORG")


def find_entities(analysis: Analysis, tokens: TokenIndex, preset: list[Mention] | None = None) -> list[Mention]:
    """Entities of the text; ``preset`` ones (a trained NER's) are kept and rules fill the rest; a
    preset mention with an empty label only keeps the rules off its words."""
    finder = EntityFinder(analysis, tokens)
    for mention in preset or []:
        first, last = tokens.first_at_or_after(mention.start), tokens.last_ending_at_or_before(mention.end)
        if first <= last and all(finder._free(k) for k in range(first, last + 1)):
            if not mention.label:
                finder._block(first, last)  # a model entity with no label in the scheme
                continue
            finder._add(first, last, mention.label, start=mention.start, end=mention.end)
            finder.found[-1].source = mention.source
    found = finder.run()
    analysis.entities = found
    return found
