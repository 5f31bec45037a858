"""The project's one tokenizer (annotator.text.tokens): edges for snapping, combining marks kept
with their letter, symbols as tokens of their own."""

from __future__ import annotations

from annotator.text.tokens import cluster_safe, on_mark, token_boundaries, token_spans

ACUTE = "\u0301"
RENE = "Rene" + ACUTE  # `René` written as e + combining acute accent (5 code points)


def words(text: str) -> list[str]:
    return [text[start:end] for start, end, _word in token_spans(text)]


def test_a_combining_mark_stays_with_its_letter() -> None:
    text = f"Kata {RENE}. Lalu"
    assert words(text) == ["Kata", RENE, ".", "Lalu"]
    _starts, ends = token_boundaries(text)
    assert 5 + len(RENE) in ends  # the word ends after the accent ...
    assert 5 + len(RENE) - 1 not in ends  # ... never between the e and its accent
    assert 5 + len(RENE) + 1 in ends  # the full stop is a token of its own, so snapping can leave it out


def test_marks_inside_words_of_other_scripts_and_emoji_clusters() -> None:
    assert words("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"]  # Devanagari vowel signs are marks
    assert words("ok 👍🏽!") == ["ok", "👍🏽", "!"]  # an emoji with its skin tone is one token


def test_joined_words_and_symbols() -> None:
    assert words("Amir-saeed, Kompas.id (11/10) U.S. Jakarta's “Ya”") == [
        "Amir-saeed", ",", "Kompas.id", "(", "11", "/", "10", ")", "U.S", ".", "Jakarta", "'", "s", "“", "Ya", "”",
    ]
    assert [word for *_edges, word in token_spans("a, b")] == [True, False, True]


def test_cluster_safe_moves_edges_off_a_mark() -> None:
    text = f"{RENE} Dupont"
    assert on_mark(text, 4) and not on_mark(text, 5)
    assert cluster_safe(text, 0, 4) == (0, 5)
    assert cluster_safe(text, 4, 11) == (3, 11)
    assert cluster_safe(text, 6, 12) == (6, 12)
