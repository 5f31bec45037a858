"""The quotation marks a copied page spells in other ways, made one mark each before pairing
(``mark_view``): marks mis-decoded as Windows-1252 (`â€œ`), HTML entities (`&ldquo;`), two single
marks for a double one (`''`), straight single marks around a quotation, double primes and
fullwidth marks. Each keeps its length, so offsets into the view are offsets into the text."""

from __future__ import annotations

import re

#: Quotation marks mis-decoded as Windows-1252 (`â€œ`, or `'€œ` on some pages) and read as one mark;
#: the closing one's last byte may be lost or replaced (`â€�`).
_MOJIBAKE_OPEN = re.compile("(?:â|')€œ")
_MOJIBAKE_SINGLE = re.compile("â€[˜™]")
_MOJIBAKE_CLOSE = re.compile("(?:â|')€(?:[\x9d\ufffd]|(?=[\\s.,;:!?)]|$))")
#: Fills the view where a mark spelled with several characters became one (`â€œ`: two pads, then `“`).
PAD = "\x00"
#: Marks that stand for a straight double mark: double prime, fullwidth and vertical marks.
_AS_STRAIGHT = str.maketrans({"″": '"', "＂": '"', "〝": '"', "〞": '"', "‶": '"'})
_STRAIGHTENED = re.compile("[" + "".join(map(chr, _AS_STRAIGHT)) + "]")
_STRAIGHT_MARKS = tuple(map(chr, _AS_STRAIGHT))
#: Quotation marks left as HTML entities by a copy of the page (`&ldquo;Kami ...&rdquo;`).
_ENTITY_MARK = re.compile("&(?:ldquo|rdquo|quot|#8220|#8221|#34);")
#: Two single marks standing for a double one (`''Kami ...,'' kata X`, `‘‘...’’`, `’’...’’`,
#: `‘’...’’`, ``` ``...'' ```).
_DOUBLED_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(]))(?:''|‘‘|‘’|’’|``|´´|′′)(?=\S)", re.MULTILINE)
_DOUBLED_CLOSE = re.compile(r"(?<=\S)(?:''|’’|‘’|´´|′′)")
#: A doubled pair after punctuation and a space, glued to the cue that follows (`‘’Jadi ..., ‘’ujar
#: dia`, `‘Kami ..., ''kata X`): shaped like an opening pair, it closes when a quotation is open
#: before it in its line (see ``_closes_open_quote``).
_DOUBLED_GLUED_CLOSE = re.compile(r"(?<=[,.?!…] )(?:''|’’|‘’|‘‘)(?=[a-z])")
#: The marks that may open or close a quotation when read back from a doubled pair.
_LINE_MARKS = "“”„‘’'\"`´′"
#: A quotation in straight single marks (`'Kami ...,' kata X`): it opens before a capital letter and
#: holds no other single mark, so apostrophes inside words (`Jum'at`) never pair; such an apostrophe
#: may stand inside the quotation (`'I don't know'`). The mark comes first and the character before
#: it (none, white space or `(:,—–`) is checked after it, so that re scans for the marks only.
_STRAIGHT_SINGLE = re.compile(
    r"'(?<![^\s(:,—–]')(?=[A-Z])((?:[^'\n]|(?<=[A-Za-z])'(?=[a-z]))*?[^\s'\n])'(?![\w'])", re.MULTILINE
)
#: A straight single mark typed for the double one, closed by a curly double mark after
#: punctuation (`'Kami sudah siap,” kata X`): it opens before a capital letter, and only
#: apostrophes inside words stand between it and its closing mark.
_SINGLE_FOR_DOUBLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(:,—–]))'(?=[A-Z](?:[^'\n“”\"]|(?<=[A-Za-z])'(?=[a-z]))*?[,.?!…]”)", re.MULTILINE
)

#: A straight single mark opening a quotation that a curly single mark closes after punctuation
#: (`'Cold. Dark. I was so afraid,’ she said`): it opens before a capital letter, and only apostrophes
#: inside words stand between it and its closing mark. The mark comes first, as in ``_STRAIGHT_SINGLE``.
_STRAIGHT_OPEN_CURLY_CLOSE = re.compile(
    r"'(?<![^\s(:,—–]')(?=[A-Z](?:[^'\n‘’“”\"]|(?<=[A-Za-z])['’](?=[a-z]))*?[,.?!…]’(?!\w))"
)


#: A phrase quoted in straight single marks inside such a paragraph (`... a 'final check').`;
#: en_resolve4 round): it opens after a space or `(` before a small letter and closes before
#: punctuation or a space, with no line break inside.
_NESTED_PHRASE = r"(?<=[\s(])'[a-z][^'\n]*?[a-z!?.]'(?=[\s.,;:!?)])"

#: A straight single mark opening one paragraph of a quotation that runs over paragraphs
#: (`X said: 'The paper printed it.` / `'I broke no rule.` / `'...'`): it opens before a capital
#: letter, nothing but apostrophes inside words follows it in its line, and the next paragraph
#: opens with a single mark before a capital too (en_resolve3 round); a phrase of its own in single
#: marks (``_NESTED_PHRASE``) may stand in the line. The closing paragraph is
#: ``_STRAIGHT_SINGLE``'s.
_STRAIGHT_RUN_OPEN = re.compile(
    r"'(?<![^\s(:,—–]')(?=[A-Z](?:[^'\n]|(?<=[A-Za-z])'(?=[a-z])|" + _NESTED_PHRASE + r")*\n\s*['‘][A-Z])", re.MULTILINE
)


def _entity_mark(match: re.Match) -> str:
    entity, start = match.group(), match.start()
    opening = entity in ("&ldquo;", "&#8220;") or (
        entity in ("&quot;", "&#34;") and (start == 0 or match.string[start - 1] in " \n(")
    )
    pad = PAD * (len(entity) - 1)
    return pad + "“" if opening else "”" + pad


def _single_mojibake(match: re.Match) -> str:
    """`â€˜` / `â€™` as one single mark; an apostrophe inside a word (`Qurâ€™an`) stays glued to it."""
    pad = PAD * 2
    if match.group().endswith("˜"):
        return pad + "‘"
    glued = match.string[match.end() : match.end() + 1].isalnum()
    return pad + "’" if glued else "’" + pad


def _closes_open_quote(match: re.Match) -> str:
    """A glued doubled pair becomes one closing mark when the last quotation mark before it in its
    line opens (`“`, or a single or doubled mark at the line's start or after a space); apostrophes
    inside words (`Jum'at`, `don't`) are passed over. Otherwise it is left for the opening rule."""
    view, position = match.string, match.start()
    line_start = view.rfind("\n", 0, position) + 1
    k = position - 1
    while k >= line_start:
        char = view[k]
        if char in _LINE_MARKS and not (view[k - 1 : k].isalnum() and view[k + 1 : k + 2].isalnum()):
            break
        k -= 1
    if k < line_start or view[k] == "”":
        return match.group()
    while k > line_start and view[k - 1] in _LINE_MARKS:
        k -= 1  # the first mark of a doubled pair
    opening = view[k] in "“„" or k == line_start or view[k - 1] in " \t(\x00"
    return "”" + PAD if opening else match.group()


def mark_view(text: str) -> str:
    """``text`` with every mis-decoded mark (`â€œ`, `'€œ`) and doubled single mark (`''`) made one
    mark of the same length (padding before an opening mark and after a closing one), so that
    pairing works on it and offsets still hold."""
    # _STRAIGHTENED.search(text) as substring tests (none of these marks fits a Latin-1 text: those
    # tests end at once); translate walks every character
    view = text.translate(_AS_STRAIGHT) if any(map(text.__contains__, _STRAIGHT_MARKS)) else text
    if "&" in view:
        view = _ENTITY_MARK.sub(_entity_mark, view)
    if any(pair in view for pair in ("''", "‘‘", "’’", "‘’", "``", "´´", "′′")):
        view = _DOUBLED_GLUED_CLOSE.sub(_closes_open_quote, view)
        view = _DOUBLED_OPEN.sub(PAD + "“", view)
        view = _DOUBLED_CLOSE.sub("”" + PAD, view)
    if "'" in view:
        view = _STRAIGHT_SINGLE.sub(lambda m: "‘" + m.group(1) + "’", view)
        if "\n" in view:
            view = _STRAIGHT_RUN_OPEN.sub("‘", view)
        if "”" in view:
            view = _SINGLE_FOR_DOUBLE.sub("“", view)
        if "’" in view:
            view = _STRAIGHT_OPEN_CURLY_CLOSE.sub("‘", view)
    if "€" not in view:
        return view
    view = _MOJIBAKE_SINGLE.sub(_single_mojibake, view)
    view = _MOJIBAKE_OPEN.sub(lambda m: PAD * (len(m.group()) - 1) + "“", view)
    return _MOJIBAKE_CLOSE.sub(lambda m: "”" + PAD * (len(m.group()) - 1), view)
