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
_PLACE_PREPOSITIONS = {"di", "ke", "in"}
#: Words before a place name that make a following unknown word part of it (`di Medan Maimun`).
_LIST_BEFORE_PLACE = {"di", "ke", "dari", "dan", "wilayah", "kawasan", "daerah", "in", "and"}
MAX_NAME_WORDS = 5
_DEFINED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")
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
                if token.text in ROLE_JOINERS and self._cap_word(k + 1) and k > index:
                    k += 1
                    continue
                break
            if token.text in self.res.name_prefixes and self._word(k + 1) in self.res.name_prefixes:
                break  # `... Bali I Nyoman Gede Arsana`: a Balinese name starts here
            portfolio = lex.portfolio.match(self.tokens, k) if kind != "regional" else None
            if portfolio and (token.is_cap or self._word(portfolio[0] - 1)[:1].isupper()):
                k = portfolio[0]
                continue
            gaz = self._gazetteer(k)
            if gaz and gaz[1] in ("GPE", "ORG"):
                inner.append((k, gaz[0] - 1, gaz[1]))
                k = gaz[0]
                continue
            if token.text in self.res.place_types and self._cap_word(k + 1) and self._joined(k, k + 1):
                k += 2
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

    def _organisation(self, index: int) -> int | None:
        """An organisation starting with a head word; adds it and returns the index after it."""
        match = self.lex.org_heads.match(self.tokens, index)
        if not match:
            return None
        after_head, kind = match
        inner: list[tuple[int, int, str]] = []
        end = self._body_tail(after_head, kind, inner) if self._joined(after_head - 1, after_head) else after_head
        if end == after_head and kind == "domain" and self._cap_word(after_head) and self._joined(after_head - 1, after_head):
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
        gaz = self._gazetteer(index + 1)
        if gaz:
            self._block(index, index)
            self._add(index + 1, gaz[0] - 1, "GPE")
            return gaz[0]
        k = index + 1
        while k < self.n and self._cap_word(k) and (k == index + 1 or self._joined(k - 1, k)) and k - index <= 3:
            if k > index + 1 and self._is_head(k):
                break
            k += 1
        self._block(index, index)
        self._add(index + 1, k - 1, "GPE")
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
                if self._is_head(k) and (
                    head_follows or not lex.roles.match(self.tokens, k) or lex.roles.match(self.tokens, k)[0] > k + 1
                ):
                    break
                gaz = lex.gazetteer.match(self.tokens, k)
                # A one-word known name may end a personal name (`Kadek Dwi Antara`), not begin a new entity.
                if gaz and (gaz[0] - k > 1 or (self._cap_word(k + 1) and self._joined(k, k + 1))):
                    break
            if (token.is_cap and not token.text.isdigit() and token.text not in lex.stopwords) or (
                token.text in NAME_PARTICLES and k > index and self._cap_word(k + 1)
            ):
                k += 1
            else:
                break
        return k

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
                end = self._organisation(k) if not (gaz and gaz[1] == "ORG" and gaz[0] - k > 1) else None
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
            if end > k and self._valid_name(k, end):
                self._add(k, end - 1, "PERSON")
                return end
        return k

    # --- the passes -----------------------------------------------------------------------

    def run(self) -> list[Mention]:
        tokens = self.tokens.tokens
        taken_ranges: list[tuple[int, int]] = []
        for start, end, label in dateline_entities(self.analysis, self.res.gazetteer):
            first, last = self.tokens.first_at_or_after(start), self.tokens.last_ending_at_or_before(end)
            if first <= last and all(self._free(k) for k in range(first, last + 1)):
                self._add(first, last, label, start=start, end=end)
        taken_ranges += [(m.start, m.end) for m in self.found]
        for start, end in find_dates(self.text, self.analysis.lang, taken_ranges):
            first, last = self.tokens.first_at_or_after(start), self.tokens.last_ending_at_or_before(end)
            if first <= last and all(self._free(k) for k in range(first, last + 1)):
                self._add(first, last, "DATE", start=start, end=end)
        index = 0
        while index < len(tokens):
            if not self._free(index) or not tokens[index].is_cap:
                index += 1
                continue
            index = max(self._at(index), index + 1)
        self._propagate_names()
        self._acronyms_in_parentheses()
        self.found.sort(key=lambda m: m.start)
        return self.found

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
                if word in tails and (k > index or self._word(k + 1) == "of" or self._word(index - 1) == "the"):
                    best = k
                k += 1
            elif word in ROLE_JOINERS and self._cap_word(k + 1):
                if word == "of" and best is not None and k == best + 1:
                    break
                k += 1
            else:
                break
        if best is None:
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
        if end - index == 1 and not (self._word(index - 1) == "the" and self._joined(index - 1, index)):
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
        follows = end < self.n and self._cap_word(end) and self._joined(end - 1, end)
        if label == "GPE" and end == index + 1 and follows and not self._gazetteer(end) and not self._is_head(end):
            single_follower = not (self._cap_word(end + 1) and self._joined(end, end + 1))
            before = self._word(index - 1).lower() if index > 0 and self._joined(index - 1, index) else ""
            if before in _LIST_BEFORE_PLACE or (self.tokens.gap(index - 1, index) == ", " and single_follower):
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
        label = self._run_label(words)
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
        if any(w.isupper() and len(w) > 1 for w in words) or all(w.lower() in self.lower_words for w in words):
            return None  # `Prestasi PBSI`, `Gempa Bumi`: not a person's name
        return "PERSON"

    def _single_name(self, index: int) -> bool:
        """A lone capitalised word is a name next to a speech verb or a courtesy title."""
        token = self.tokens.tokens[index]
        if token.is_upper or token.text.lower() in self.lower_words or token.text in self.lex.stopwords:
            return False
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

    def _single_place(self, index: int) -> bool:
        """`di Gunungsitoli`: an unknown capitalised word right after `di`/`ke` is a place."""
        token = self.tokens.tokens[index]
        if token.is_upper or token.text.lower() in self.lower_words:
            return False
        return index > 0 and self._joined(index - 1, index) and self._word(index - 1) in _PLACE_PREPOSITIONS

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
        """`Badan Gizi Nasional (BGN)`: the acronym after an ORG is an ORG, here and everywhere after."""
        known: set[str] = set()
        by_end = {m.end: m for m in self.found if m.label == "ORG"}
        for match in re.finditer(r"\(([A-Z][A-Za-z]{1,9})\)", self.text):
            before = self.text[: match.start()].rstrip()
            if len(before) in by_end:
                known.add(match.group(1))
        if not known:
            return
        for index, token in enumerate(self.tokens.tokens):
            if token.text in known and self._free(index):
                self._add(index, index, "ORG")


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
