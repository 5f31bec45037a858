"""Entities of a page's credits and furniture, found before the scan over capitalised words:

- words that are never a name on a news page (`Salin Artikel`, `Ukuran Font`, `Contact Us`,
  `not_names.txt`): held so that no rule tags them;
- outlets written as web addresses (`Kompas.com`, `REPUBLIKA.CO.ID`, `www.detik.com`) and known
  outlets that start with a small letter (`detikcom`, `kumparan`): ORG;
- credit lines (`Editor: Yohanes Simbolon`, `Penulis: iwan Arifianto | Editor: muslimah`): the
  names are PERSON, whatever their case;
- photo credits and agency tags (`(Rengga Sancaya/detikcom)`, `ANTARA FOTO/Akbar Nugroho`,
  `(Foto: Nama/MI)`, `(Ant)`), bylines (`Novina Putri Bestari, CNBC Indonesia`) and copyright
  lines (`© 2024 PT Dynamo Media Network`): names PERSON, outlets ORG.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from annotator.nlp.entities.bodies.entity_ri_suffix import known_with_ri
from annotator.nlp.entities.credits.credit_names import credited_person
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.dateline_outlets import outlet_head
from annotator.nlp.text.pattern_needs import finditer

#: A web address used as an outlet's name: one word of the tokenizer (`Kompas.com`, `KONTAN.CO.ID`).
WEB_OUTLET = re.compile(
    r"^(?:www\.)?[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|co\.id|co|id|net|tv|org|news|asia|my|sg)$",
    re.IGNORECASE,
)
_NAME = r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,3}"
#: The last text's web addresses (web_addresses), kept with the word table they were read from.
_last_addresses: list[tuple[dict[str, list[int]], list[str]]] = []


def web_addresses(s: EntityState) -> list[str]:
    """The text's distinct words that are web addresses (WEB_OUTLET), in the order of the word
    table: read once per text for the two rules that ask (address_names, web_outlets)."""
    by_text = s.tokens.by_text
    last = _last_addresses[0] if _last_addresses else None
    if last is not None and last[0] is by_text:
        return last[1]
    found = [text for text in by_text if "." in text and WEB_OUTLET.match(text)]
    _last_addresses[:] = [(by_text, found)]
    return found

#: `Editor: X`, `Penulis: X | Editor: Y`, `Reporter: X, Y`, `Reporting by X; Editing by Y`.
CREDIT = re.compile(
    r"(?:^|^[-–•][ \t]*|\|\s*|;\s*|\.\s+|/)"
    r"(?:Editor|Penulis|Pewarta|Reporter|Penyunting|Redaktur|Kontributor|Fotografer|Pewarta Foto|"
    r"(?:Wartawan|Peliput)(?=\s*:)|Penerjemah|Translator|Rewriter(?=\s*:)|"
    r"Editing by|Reporting by|Writing by|Additional reporting by|Written by|Laporan [Ww]artawan [^:\n]{2,40})\s*:?[ \t]+"
    rf"({_NAME}(?:[ \t]*(?:,|&|dan|and)[ \t]*{_NAME})*)",
    re.MULTILINE,
)
#: `(Rengga Sancaya/detikcom)`, `(Foto: Nama/MI)`, `(ANTARA/JACX)`; not a score (`(SMP 1/385)`).
PAREN_CREDIT = re.compile(r"\((?:Foto|Photo|FOTO)?:?\s*([^()\n/:]{2,40})/(?=[^()\n/]*[^\W\d_])([^()\n/]{2,40})\)")
#: A sign-off of a reporter's name in capitals and two or more staff codes: `(BUDI SANTOSO/AB/CD)`.
CODED_CREDIT = re.compile(r"\(([A-Z]{2,}(?: [A-Z]{2,}){1,3})(?:/[A-Za-z0-9]{2,6}){2,3}\)")
#: A line that is a credit alone: `ANTARA FOTO/Akbar Nugroho Gumay`.
LINE_CREDIT = re.compile(r"^[ \t]*(?:Foto:\s*)?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)/(" + _NAME + r")[ \t]*$", re.MULTILINE)
#: An agency's tag closing a paragraph: `(Ant)`, `(ANT)`, `(AFP)`, `(dpa)`.
AGENCY_TAG = re.compile(r"\((Ant|ANT|Antara|ANTARA|AFP|AP|Reuters|dpa|dtc|dtk|Kompas\.com|rls)\)")
#: `© 2024 PT Dynamo Media Network`, `Copyright © Kompas.com`.
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?"
    r"((?:PT\.? )?[A-Z][\w.&-]*(?: (?!All\b)[A-Z][\w.&-]*){0,4})"
)
#: A byline: a personal name, a comma and an outlet, alone on a line.
BYLINE = re.compile(
    r"^[ \t]*([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}),[ \t]+([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})[ \t]*$", re.MULTILINE
)
#: The outlet after a photographer's name in a copyright credit: `© Name/INDOSPORT`.
PHOTO_OUTLET = re.compile(r"/([A-Za-z][\w.]*)")
#: Capitals that open an outlet's name in a photo credit (`TIMES Indonesia`, `RADAR Bogor`).
OUTLET_FIRST_WORDS = frozenset({"TIMES", "NEWS", "POST", "RADAR", "TRIBUN", "HARIAN", "KORAN", "BERITA"})
_JOINERS = re.compile(r"\s*(?:,|&|\bdan\b|\band\b)\s*")

AddExact = Callable[[EntityState, int, int, str, str], object]


def is_outlet(s: EntityState, text: str) -> bool:
    """A known organisation, a web address or an agency's capitals (`MI`, `JACX`, `ANTARA FOTO`)."""
    text = text.strip()
    if s.res.gazetteer.get(text) == "ORG" or WEB_OUTLET.match(text):
        return True
    letters = text.replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 12


def known_outlet(s: EntityState, text: str) -> bool:
    """A known organisation, a web address or a regional outlet's head (`TRIBUN PONTIANAK`)."""
    text = text.strip()
    if s.res.gazetteer.get(text) == "ORG" or s.res.gazetteer.get(text.title()) == "ORG" or WEB_OUTLET.match(text):
        return True
    first = text.split(" ", 1)[0].title()
    return " " in text and s.res.org_heads.get(first) == "named"


def caps_name(s: EntityState, text: str) -> bool:
    """Two or more words in capitals of which none is a known body (`ABDUL GOFUR` in `(ABDUL
    GOFUR/B-6)`): a reporter's name, whereas `ANTARA FOTO` holds a known agency."""
    words = text.split()
    known = s.res.gazetteer
    return len(words) >= 2 and not any(known.get(w) == "ORG" or known.get(w.title()) == "ORG" for w in words)


def credited_caps_person(s: EntityState, text: str) -> bool:
    """Two to four words in capitals after a photo word that no table reads as a body, a place,
    an outlet's word or a small word (`PHOTOS: ROKIAH MAHMUD`, `Image: JANE WANJIRU`): the
    photographer, whereas `PHOTO: BERNAMA`, `PHOTO: ANTARA FOTO` and `PHOTO: BORNEO BULLETIN` name
    the outlet."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not caps_name(s, text) or known_outlet(s, text):
        return False
    res, outlet_words = s.res, s.words.newspaper_tails | OUTLET_FIRST_WORDS
    for word in words:
        title = word.title()
        if not word.isalpha() or res.gazetteer.get(title, "PERSON") != "PERSON" or res.gazetteer.get(word, "PERSON") != "PERSON":
            return False
        if title in res.org_tails or title in res.org_heads or title in outlet_words or word in outlet_words:
            return False
        if word.lower() in res.stopwords or title in s.words.photo_credit_words:
            return False
    return True


def body_named(s: EntityState, text: str) -> bool:
    """A credit naming a body, not a person: it opens with an organisation head or a unit word
    (`Penulis: Humas Polres Tapanuli Tengah`, `Editor: Harian Momentum`)."""
    first = text.split(" ", 1)[0]
    return " " in text and (first in s.res.org_heads or first in s.words.unit_words_before)


def _code(text: str) -> bool:
    """A staff or desk code: two to four capitals (`ABC`, `JACX`)."""
    return text.isalpha() and text.isupper() and 2 <= len(text) <= 4


def _hold(s: EntityState, start: int, end: int) -> None:
    """Keep the words of ``text[start:end]`` from every later rule."""
    s.block(s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(end))


#: A handout mark glued to the picture's source (`ANTARA/HO-BPBD Kalbar`: a handout of the BPBD);
#: the tokenizer splits it off (`HO`, `-`, `BPBD`; id_lists3), the mark is no part of the source.
HANDOUT = re.compile(r"HO-(?=[A-Z])")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] in " .":
        end -= 1
    if handout := HANDOUT.match(text, start, end):
        start = handout.end()
    return start, end


def block_not_names(s: EntityState) -> None:
    """Hold page furniture and promotion phrases so that no rule makes a name of them."""
    for first, (after, _value) in s.lex.not_names.longest(s.tokens).items():
        if all(s.free(k) for k in range(first, after)):
            s.block(first, after - 1)


def web_outlets(s: EntityState, add_exact: AddExact) -> None:
    by_text = s.tokens.by_text
    # the distinct words that are outlets written in small letters or web addresses, each once
    texts = by_text.keys() & s.lex.lower_outlets
    texts.update(web_addresses(s))
    outlets = [index for text in texts for index in by_text[text]]
    for index in sorted(outlets):
        if s.free(index):
            token = s.tokens.tokens[index]
            add_exact(s, token.start, token.end, "ORG", "web_outlet")


def _names(text: str, offset: int) -> Iterator[tuple[int, int]]:
    position = 0
    for part in _JOINERS.split(text):
        at = text.index(part, position)
        position = at + len(part)
        part_end = at + len(part.rstrip(" .,"))
        if handout := HANDOUT.match(text, at, part_end):
            at = handout.end()  # `Foto: ANTARA/HO-BPBD Kalbar`: the source after the handout mark
        if part.strip():
            yield offset + at, offset + part_end


def _capitalised_end(text: str, start: int, end: int) -> int:
    """Where the capitalised words opening ``text[start:end]`` end (``start`` when none does)."""
    stop = start
    for word in re.finditer(r"\S+", text[start:end]):
        if not word.group()[:1].isupper():
            break
        stop = start + word.end()
    return stop


#: A team credited instead of a person (`Tim JACX`, `Tim Redaksi`): the words after it are the desk.
TEAM = re.compile(r"(?:Tim|Team)\s+(?=[A-Z]{2,6}$)")


def credits(s: EntityState, add_exact: AddExact) -> None:
    """Names and outlets of credit lines, photo credits, agency tags, bylines and copyright lines."""
    text = s.text
    for match in finditer(CREDIT, text):
        bare = ":" not in text[match.start() : match.start(1)] and " by" not in text[match.start() : match.start(1)]
        for start, end in _names(match.group(1), match.start(1)):
            if bare and (end := _capitalised_end(text, start, end)) == start:
                continue  # `Reporter Jun Santos said the ...`: without a colon the credit is a sentence
            part = text[start:end]
            team = TEAM.match(part)
            if team:  # `Pewarta: Tim JACX`: a desk of the agency, its code is an ORG
                start += team.end()
                part = text[start:end]
                add_exact(s, start, end, "ORG", "credit")
                continue
            if part.split()[0] in ("the", "our"):
                continue  # `Reporting by the Jakarta bureau` (a name in small letters still counts: `budi santoso`)
            known = s.res.gazetteer.get(part) == "ORG" or WEB_OUTLET.match(part) or body_named(s, part)
            if not known and _code(part) and len(part) <= 3:
                _hold(s, start, end)
                continue  # `Reporter: ABC`: a staff code names no one the reader can tell (`Editor: SUBANDI` does)
            label = "ORG" if known else "PERSON"
            if label == "PERSON" and (bounds := credited_person(s, start, end)) != (start, end):
                if bounds is None:
                    continue  # `Penulis: Rina Wati, S.Pd`: the degree after the comma names no one
                start, end = bounds  # `Redaktur: H.Nopian X`: the title is no part of the name
            add_exact(s, start, end, label, "credit")
    for pattern in (PAREN_CREDIT, LINE_CREDIT):
        for match in finditer(pattern, text):
            parts = [_trimmed(text, *match.span(group)) for group in (1, 2)]
            known = [known_outlet(s, text[start:end]) for start, end in parts]
            if pattern is PAREN_CREDIT and not any(known) and all(_code(text[a:b]) for a, b in parts):
                _hold(s, parts[0][0], parts[1][1])
                continue  # `(ABC/DEF)`: two staff codes closing a story, no outlet among them
            # `(BY/rel)`: beside a code in small letters (`rel`, press release) capitals are initials too.
            initials = pattern is PAREN_CREDIT and any(
                text[a:b].isalpha() and text[a:b].islower() and text[a:b] not in s.words.courtesy_credits for a, b in parts
            )  # `(BP/dok)`: a courtesy word is no code
            for (start, end), is_known, other_known in zip(parts, known, reversed(known), strict=True):
                part = text[start:end]
                if not part[:1].isalpha() or (initials and not is_known and part.isupper() and len(part) <= 3):
                    continue
                if part in s.words.courtesy_credits:
                    continue  # `(BP/Istimewa)`: a picture handed to the paper, no one named
                code = part.isalpha() and part.isupper() and len(part) <= 4  # `JACX`, `MI`: an agency's code
                outlet_after_name = (  # `(Foto: Pangihutan/Mistar)`: a photographer, then the outlet
                    pattern is PAREN_CREDIT and (start, end) == parts[1] and not any(known) and part.istitle() and " " not in part
                )
                outlet_named = part.split()[0] in OUTLET_FIRST_WORDS or (  # `(Foto: X/TIMES Indonesia)`
                    not is_known and outlet_head(part, s.analysis.lang, s.res.gazetteer)  # `(Foto: Warta Sukamaju/X)`
                )
                unknown_outlet = not other_known and is_outlet(s, part) and not caps_name(s, part)
                body = body_named(s, part) or known_with_ri(s, part)  # `(Humas UGM/Gusti X)`, `(X/KPK RI)`
                if is_known or code or unknown_outlet or outlet_after_name or outlet_named or body:
                    add_exact(s, start, end, "ORG", "credit")  # `(ANTARA/JACX)`: both agencies' codes; `(Foto: X/Mistar)`
                elif part[:1].isupper() and len(part.split()) <= 4 and (bounds := credited_person(s, start, end)):
                    add_exact(s, *bounds, "PERSON", "credit")  # `TRIBUN PONTIANAK/SUBANDI`, `(Foto: H.Ahmad X/Humas)`
    for match in finditer(CODED_CREDIT, text):
        start, end = match.span(1)
        if caps_name(s, text[start:end]) and not known_outlet(s, text[start:end]):
            add_exact(s, start, end, "PERSON", "credit")  # `(BUDI SANTOSO/AB/CD)`: the reporter, then editors' codes
    for match in finditer(AGENCY_TAG, text):
        add_exact(s, match.start(1), match.end(1), "ORG", "credit")
    for match in finditer(COPYRIGHT, text):
        photo = PHOTO_OUTLET.match(text, match.end(1))
        if photo and not known_outlet(s, match.group(1)):
            add_exact(s, match.start(1), match.end(1), "PERSON", "credit")  # `© Aldi Aulia Anwar/INDOSPORT`
            add_exact(s, photo.start(1), photo.end(1), "ORG", "credit")
            continue
        add_exact(s, match.start(1), match.end(1), "ORG", "credit")
    for match in finditer(BYLINE, text):
        if is_outlet(s, match.group(2)):
            add_exact(s, match.start(1), match.end(1), "PERSON", "credit")
            add_exact(s, match.start(2), match.end(2), "ORG", "credit")
