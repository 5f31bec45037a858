"""Other forms of a person's name that a speaker mention may use: a nickname that begins the full
name (`Mega` for `Megawati Soekarnoputri`), an alias introduced in the text (`Ani, sapaan akrab
Sri Mulyani`), and a full name printed where no entity was tagged (the headline's `Jusuf Kalla`
for a later `Kalla`)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from annotator.nlp.coref.name_form_search import given_names_before, longer_word, names_after
from annotator.nlp.entities.bodies.entity_police import headline_verbs
from annotator.nlp.entities.people.entity_initials import PASSIVE_VERB
from annotator.nlp.entities.roles.entity_opening_cue import opening_cue_in_text
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.text.marks import CLOSING_MARKS_WITH_GUILLEMETS
from annotator.nlp.text.pattern_needs import finditer

if TYPE_CHECKING:
    from annotator.nlp.analysis import Analysis

#: A nickname must keep at least this many letters of the name it shortens (`Mega`, `Yudhis`).
MIN_PREFIX = 3
#: A name's words; a line break after a full stop ends it (`kata Arteria.⏎Pria yang akrab disapa
#: Teri`: the sentence before the alias phrase is no part of the name).
_NAME = r"[A-Z][\w'’.-]*(?:(?:[ \t]+|(?<!\.)\s+)[A-Z][\w'’.-]*){0,3}"


@cache
def _alias_phrase() -> re.Pattern[str]:
    """`sapaan akrab`, `yang akrab disapa`, `known as` ... (the phrases only: a cheap first pass)."""
    words = speech_words()["alias"]
    joined = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{joined})\b")


_NAME_BEFORE = re.compile(rf"({_NAME})\s*,?\s*$")
_NAME_AFTER = re.compile(rf"\s+(?:(?:Pak|Bu|Mas|Mbak|Bung|Kang)\s+)?({_NAME})")
#: How far before an alias phrase its name may start.
_WINDOW = 80


def alias_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(alias offsets, full-name offsets) for every alias the text introduces (`A, sapaan akrab B`,
    `A yang akrab disapa B`, `A, known as B`); the form with more words is the full name."""
    pairs = []
    for phrase in finditer(_alias_phrase(), text):
        window = max(0, phrase.start() - _WINDOW)
        before = _NAME_BEFORE.search(text, window, phrase.start())
        after = _NAME_AFTER.match(text, phrase.end())
        if before is None or after is None:
            continue
        first, second = before.span(1), after.span(1)
        if len(before.group(1).split()) > len(after.group(1).split()):
            pairs.append((second, first))
        else:
            pairs.append((first, second))
    return pairs


def is_nickname_of(short: str, full: str) -> bool:
    """`Mega` of `Megawati Soekarnoputri`, `Yudhis` of `Yudhistira`: one word that begins a longer
    word of the full name."""
    if " " in short or len(short) < MIN_PREFIX:
        return False
    return any(len(word) > len(short) and word.startswith(short) for word in full.split())


#: Old and new Indonesian spellings of the same sound, and `y` for `i` (`Soekarno`/`Sukarno`,
#: `Djoko`/`Joko`, `Feby`/`Febi`): one name written two ways in one article. A doubled letter
#: counts as one (`Abbas`/`Abas`, `Muhammad`/`Muhamad`).
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("y", "i"), ("dh", "d"))
_DOUBLED = re.compile(r"(\w)\1")
#: A final `h` after a vowel is often dropped or added (`Fitrah` of `Fitra`, `Ramadhan`/`Ramadan`).
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


@lru_cache(maxsize=16384)
def _spelling_key(word: str) -> str:
    key = word.lower()
    for old, new in _SPELLINGS:
        key = key.replace(old, new)
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", key))


def is_spelling_of(short: str, full: str) -> bool:
    """`Febi` of `Feby Hutagalung`: one word that is a word of the full name spelt another way; or
    a name of several words each of which is a word of the full name, one at least spelt another
    way (`Bahrum Abbas` of `Bahrum Abas`)."""
    words = short.split()
    if len(words) > 1:
        full_words = full.split()
        keys = {_spelling_key(word) for word in full_words}
        return (
            short != full
            and len(words) <= len(full_words)
            and all(len(word) >= MIN_PREFIX and _spelling_key(word) in keys for word in words)
            and any(word not in full_words for word in words)
        )
    if len(short) < MIN_PREFIX:
        return False
    key = _spelling_key(short)
    return any(
        word != short and len(word) >= MIN_PREFIX and (_spelling_key(word) == key or one_letter_typed_in(short, word))
        for word in full.split()
    )


#: The shortest word in which a letter typed in by mistake is read as the same name (`Sumarajaya`).
MIN_TYPO_LENGTH = 8


def one_letter_typed_in(short: str, word: str) -> bool:
    """`Sumarajaya` for `Sumarjaya`: a long name with one letter more than a word of the full name."""
    if len(short) != len(word) + 1 or len(word) < MIN_TYPO_LENGTH - 1 or short[:1] != word[:1]:
        return False
    return any(short[:i] + short[i + 1 :] == word for i in range(1, len(short)))


#: The shortest name in which one letter off inside it is read as a typo of the same name
#: (`Pejor` for `Penjor`); shorter names differ by a letter as different people do (`Andi`, `Andri`).
MIN_OFF_LENGTH = 5


def typo_of(short: str, full: str) -> tuple[str, str] | None:
    """`Equavoen` of `Augustine Eguavoen`, `Gembo Pejor` of `Gembo Penjor`: when the name's words
    are words of the full name but one, which is a word of it with one letter inside typed wrong,
    dropped or added, that word and the one it stands for. Either form may be the typo; the caller
    keeps the one printed more (``CorefResolver.is_other_form``)."""
    words, full_words = short.split(), full.split()
    if short == full or len(words) > len(full_words):
        return None
    off = [word for word in words if word not in full_words]
    if len(off) != 1:
        return None
    return next(((off[0], other) for other in full_words if one_letter_off(off[0], other)), None)


def one_letter_off(short: str, word: str) -> bool:
    """`Equavoen` for `Eguavoen`, `Pejor` for `Penjor`, `Afeeef` for `Afeef`: one letter inside a
    name typed wrong, dropped or added, or two letters swapped. The first and last letters must agree, since names of two
    people differ there (`Yanto`/`Yanti`, `Daniel`/`Daniela`, `Mason`/`Jason`)."""
    if short == word or min(len(short), len(word)) < MIN_OFF_LENGTH or abs(len(short) - len(word)) > 1:
        return False
    if short[0] != word[0] or short[-1].lower() != word[-1].lower():
        return False
    a, b = short.lower(), word.lower()
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        i = differ[0] if differ else 0
        swapped = len(differ) == 2 and differ[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
        return len(differ) == 1 or swapped  # `Okwousa` for `Okwuosa`: two letters swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer) - 1))


@cache
def _not_name_words(lang: str) -> frozenset[str]:
    res = load_resources(lang)
    words = {w.lower().rstrip(".") for w in (*res.titles, *res.roles) if " " not in w}
    words |= {w.lower() for w in res.pronouns} | {w.lower() for w in res.stopwords}
    words |= {w.lower() for w in res.determiners}
    return frozenset(words)


def not_name_words(lang: str) -> frozenset[str]:
    """Titles, roles, pronouns, stop words and determiners of ``lang`` in small letters: never a name."""
    return _not_name_words(lang)


def full_name_in_text(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """Offsets of a fuller form of the one-word name at ``start:end`` printed in the text: one or
    two given names before it (`Jusuf Kalla` for `Kalla`), else one or two names after it (`Tito
    Karnavian` for `Tito`), else a longer word it begins (`Yudhistira` for `Yudhis`). Titles,
    roles and common words do not count as names."""
    return _full_name_of(text, text[start:end], lang)


@lru_cache(maxsize=256)
def _full_name_of(text: str, name: str, lang: str) -> tuple[int, int] | None:
    """:func:`full_name_in_text` by the name's words: coreference asks for the same name at each of
    its speaker mentions, and every search runs over the whole text."""
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return None
    blocked = _not_name_words(lang)
    words = load_resources(lang).entity_words
    openers = words.get("passive_openers", frozenset()) | words.get("sentence_openers", frozenset())
    for start, at in given_names_before(text, name):  # `((?:[A-Z][a-z]+ ){1,2})NAME\b`, no pattern per name
        given = text[start:at].split()
        if any(word.lower() in blocked for word in given):
            continue
        if PASSIVE_VERB.match(given[0]) or given[0] in openers:
            continue  # `Ditambahkan Winarti, ...`: a passive verb opening the sentence, not a given name
        if cue_after_quote(text, start, given[0], lang) or opening_cue_in_text(text, start, at + len(name), given[0], lang):
            continue  # `“...,” Ungkap Sualang`, `Lanjut Teofilo, ...`: a cue in capitals, not a given name
        # The run must start a phrase, not continue a longer capitalised run (`Jalan Jusuf Kalla`).
        before = text[max(0, start - 30) : start].rsplit("\n", 1)[-1].split()
        if before and before[-1][:1].isupper() and before[-1].lower().rstrip(".,:") not in blocked:
            continue
        return start, at + len(name)
    for start, end in names_after(text, name):  # `\bNAME((?: [A-Z][a-z]+){1,2})\b`
        words = text[start + len(name) : end].split()
        verb = next((k for k, w in enumerate(words) if headline_verb(w, lang)), None)
        if verb is not None:
            # A headline's `Winarti Instruksikan BPBD ...`, `Mensah Urges Calm`: its verb ends the name.
            words = words[:verb]
        while words and words[-1].lower() in blocked:
            words.pop()
        if any(word.lower() in _small_words(text) for word in words):
            continue  # a headline's `Budiman Rejects Bribe Offer`: the text writes `bribe` in small letters
        if words and not any(word.lower() in blocked for word in words):
            return start, start + len(name) + len(" ".join(words)) + 1
    if len(name) >= MIN_PREFIX + 2:
        longer = longer_word(text, name)  # `\bNAME[a-z]+\b`
        if longer and text[longer[0] : longer[1]].lower() not in blocked:
            return longer
    return None


def cue_after_quote(text: str, start: int, word: str, lang: str) -> bool:
    """Whether ``word`` at ``start`` is a speech cue right after a closing quotation mark."""
    res = load_resources(lang)
    lower = word.lower()
    if lower not in res.cues_after and lower not in res.cues_after_close and lower not in res.cues_before:
        return False
    return text[max(0, start - 4) : start].rstrip(" ,")[-1:] in CLOSING_MARKS_WITH_GUILLEMETS  # `“...,” Ungkap X`


@lru_cache(maxsize=8)
def headline_verb(word: str, lang: str) -> bool:
    """Whether a capitalised ``word`` after a name is a headline's verb, which no name holds: an
    Indonesian `-kan` verb or listed headline verb (`Instruksikan`, `Minta`), or a verb of speech or
    request in the present (`Says`, `Tells`, `Urges`: the cue tables' `urged`, `called`)."""
    lower = word.lower()
    if lang == "id" and (lower.endswith("kan") or word in headline_verbs(lang)):
        return True
    speech = _speech_verbs(lang)
    if lower in speech:
        return True
    return lang == "en" and lower.endswith("s") and (lower[:-1] + "d" in speech or lower[:-1] + "ed" in speech)


@cache
def _speech_verbs(lang: str) -> frozenset[str]:
    """Cue words and verbs of request of ``lang`` in small letters."""
    res = load_resources(lang)
    return frozenset(w.lower() for w in (*res.cues_after, *res.cues_before, *speech_words()["directives"]) if " " not in w)


def _small_words(text: str) -> frozenset[str]:
    """The words the text writes in small letters (common words there, no names)."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


@cache
def _title_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(titles and ranks, single-word roles), without name particles (`I Nyoman`, `Lalu`)."""
    res = load_resources(lang)
    particles = {w.lower() for w in res.name_prefixes}

    def words(entries: list[str]) -> frozenset[str]:
        found = {w.lower().rstrip(".") for w in entries if " " not in w} - particles
        return frozenset(w for w in found if len(w) > 1)

    return words(res.titles), words(res.roles)


@cache
def _capitals_only_titles(lang: str) -> frozenset[str]:
    """Titles the table writes only in capitals (`SI`, `OC`: a rank's letters), in small letters: in
    a name written in title case the same letters are a word of the name (`Si Wei`), not the rank."""
    entries = load_resources(lang).titles
    capitals = {w.lower() for w in entries if " " not in w and w.isupper()}
    return frozenset(capitals - {w.lower().rstrip(".") for w in entries if " " not in w and not w.isupper()})


@cache
def _name_final_titles(lang: str) -> frozenset[str]:
    """Honorifics that are also words inside or at the end of names (entity_words `name_final_titles`)."""
    return frozenset(w.lower() for w in load_resources(lang).entity_words.get("name_final_titles", ()))


@cache
def _rank_name_words(lang: str) -> frozenset[str]:
    """Honorifics that open a name right after a rank (entity_words `rank_name_words`)."""
    return frozenset(w.lower() for w in load_resources(lang).entity_words.get("rank_name_words", ()))


def after_rank(text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` opens with a word of `rank_name_words` right after a rank
    (`Col Tun Myint`): that word is then the name's own, no title."""
    first = text[start:].split(maxsplit=1)[:1]
    if not first or first[0].lower().rstrip(".,") not in _rank_name_words(lang):
        return False
    before = text[max(0, start - 40) : start]
    previous = before.split()[-1:] if before[-1:].isspace() else []
    return bool(previous) and previous[0].lower().rstrip(".,") in _title_words(lang)[0]


@cache
def _surname_titles(lang: str) -> frozenset[str]:
    """Titles that are also surnames, kept as a name's last word (entity_words `surname_titles`)."""
    return frozenset(w.lower() for w in load_resources(lang).entity_words.get("surname_titles", ()))


@cache
def _titled_names(lang: str) -> frozenset[str]:
    """Lower-case title and given name pairs that are one name (entity_words `titled_names`)."""
    return frozenset(w.lower() for w in load_resources(lang).entity_words.get("titled_names", ()))


@cache
def _bare_dotted_titles(lang: str) -> frozenset[str]:
    """Dotted titles written without their stop (`Sen`, `Gen`), which also end names."""
    titles = set(load_resources(lang).titles)
    return frozenset(t.rstrip(".") for t in titles if t.endswith(".") and t.rstrip(".") not in titles)


def trim_titles(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """A name without the ranks, titles and roles a PERSON entity swallowed at its edges
    (`Inspektur Jenderal Tito` gives `Tito`, `Prof Dwikorita Karnawati` gives `Dwikorita
    Karnawati`). A role word is only cut when two words of name remain (`Hakim Ziyech` stays)."""
    titles, roles = _title_words(lang)
    if titles.isdisjoint(lowered := [w.lower().rstrip(".,") for w in text[start:end].split()]) and roles.isdisjoint(lowered):
        return start, end  # most names: no word to cut (``str.split`` gives the same words as ``\S+``)
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]

    def word(index: int) -> str:
        return text[words[index][0] : words[index][1]].lower().rstrip(".,")

    first, last = 0, len(words) - 1
    inner = _name_final_titles(lang)  # `Min Ko Naing`, `Zaw Min Tun`: titles only at a name's start
    doubled = len(words) > 1 and word(0) in inner and word(0) == word(1)  # `Ko Ko Gyi`: a doubled one is the name's own
    # `Sheikh Hasina`: a title word that, with the given name after it, is the name's own
    doubled = doubled or (len(words) > 1 and f"{word(0)} {word(1)}" in _titled_names(lang))
    doubled = doubled or after_rank(text, start, lang)  # `Col Tun Myint`: after a rank the honorific is the name's own
    particles = load_resources(lang).entity_words.get("patronymic_particles", frozenset())
    capitals_only = _capitals_only_titles(lang)
    for index in range(len(words) - 1):
        if word(index) in particles:
            break  # `Suhaimi bin Haji Gafar`: a title after `bin` is the father's, inside the name
        if word(index) in capitals_only and not text[words[index][0] : words[index][1]].isupper():
            continue  # `Si Wei`: the rank `SI` only in capitals
        if (word(index) in titles and (index == 0 or word(index) not in inner) and not doubled) or (
            word(index) in roles and len(words) - index - 1 >= 2
        ):
            first = index + 1
    bare_dotted = _bare_dotted_titles(lang)
    while (
        last > first
        and word(last) in titles
        and word(last) not in inner
        and word(last) not in _surname_titles(lang)  # `Julie Bishop`
        and text[words[last][0] : words[last][1]] not in bare_dotted
    ):
        last -= 1  # `Lim Wei Sen` keeps `Sen` (`Sen.` is a title only with its stop); `Jr.` is part of a name
    if not words or (first, last) == (0, len(words) - 1):
        return start, end
    return words[first][0], words[last][1]


def trim_people(analysis: Analysis) -> None:
    """Titles and ranks at the edges of a rule's PERSON are never part of the name, and a speaker
    resolved to such a span would carry them to every quote it resolves."""
    for person in analysis.entities:
        if person.label == "PERSON" and person.source == "rule":
            person.start, person.end = trim_titles(analysis.text, person.start, person.end, analysis.lang)
