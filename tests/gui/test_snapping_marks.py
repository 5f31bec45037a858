"""Snapping with combining marks (no widget): token boundaries never split a base letter from its
mark, and the full stop spaCy keeps on ``René.`` (decomposed é) can be left out of a selection."""

from __future__ import annotations

from annotator.gui.document_view.snapping import TokenBoundaries, grapheme_ceil, grapheme_floor, refine_tokens, step_edge
from annotator.text.tokens import token_boundaries

TEXT = "Kata Rene\u0301. Lalu (Zoe\u0308.) dan 👩🏽\u200d🔬 Siti, Dr. Budi."


def words(text: str, starts: list[int], ends: list[int]) -> list[str]:
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def test_the_stop_after_a_name_ending_in_a_mark_is_a_token_of_its_own() -> None:
    starts, ends = token_boundaries(TEXT, "id")
    assert words(TEXT, starts, ends)[:3] == ["Kata", "Rene\u0301", "."]
    refined = words(TEXT, *refine_tokens(TEXT, starts, ends))  # refining keeps what is right already
    assert refined[:8] == ["Kata", "Rene\u0301", ".", "Lalu", "(", "Zoe\u0308", ".", ")"]
    assert "👩🏽\u200d🔬" in refined  # a joined emoji is one token
    # The window snaps to the pre-labeller's own tokens: refining changes none of them.
    assert refine_tokens(TEXT, starts, ends) == (starts, ends)


def test_no_boundary_falls_inside_a_grapheme() -> None:
    starts, ends = refine_tokens(TEXT, *token_boundaries(TEXT, "id"))
    for offset in [*starts, *ends]:
        assert grapheme_floor(TEXT, offset) == offset == grapheme_ceil(TEXT, offset)
    # A boundary inside "é" (between e and U+0301) is moved to the end of the letter.
    name = TEXT.index("Rene")
    mark = name + 4
    starts, ends = refine_tokens(TEXT, [name], [mark])
    assert (starts, ends) == ([name], [mark + 1])


def test_snapping_a_selection_inside_the_name_gives_the_name_without_the_stop() -> None:
    tokens = TokenBoundaries(*refine_tokens(TEXT, *token_boundaries(TEXT, "id")))
    name = TEXT.index("Rene")
    start, end = tokens.snap(name + 1, name + 3)
    assert TEXT[start:end] == "Rene\u0301"
    start, end = tokens.snap(name, name + 6)  # over the stop too
    assert TEXT[start:end] == "Rene\u0301."


def test_edge_steps_without_tokens_move_over_whole_letters() -> None:
    name = TEXT.index("Rene")
    # "Ren" -> "René" (e and its mark), and back.
    assert step_edge(None, name, name + 3, "end", 1, len(TEXT), TEXT) == (name, name + 5)
    assert step_edge(None, name, name + 5, "end", -1, len(TEXT), TEXT) == (name, name + 3)
    emoji = TEXT.index("👩")
    assert step_edge(None, emoji, emoji + 1, "end", 1, len(TEXT), TEXT)[1] == TEXT.index(" Siti")
