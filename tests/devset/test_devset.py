"""The development set: built files are up to date, big enough, and consistent with the guidelines."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from annotator.evaluation import evaluate
from annotator.evaluation.matching import RecordView
from annotator.model import Record

DEV = Path(__file__).resolve().parents[2] / "data" / "dev"
MINIMUM = {"id": 22, "en": 11}
#: Speakers that are documents, which resolve to themselves (guidelines: `bunyi Pasal 5 ayat (2)`).
DOCUMENT_SPEAKERS = {"Pasal 112 ayat (2)", "the charge sheet"}


def load_build() -> ModuleType:
    """data/dev/build.py is a script, not a package module; load it by path (once)."""
    if "devset_build" in sys.modules:
        return sys.modules["devset_build"]
    spec = importlib.util.spec_from_file_location("devset_build", DEV / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["devset_build"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def records(lang: str) -> list[Record]:
    with (DEV / f"{lang}.jsonl").open(encoding="utf-8") as handle:
        return [Record.model_validate_json(line) for line in handle]


@pytest.mark.parametrize("set_name", ["dev", "heldout"])
def test_built_files_are_up_to_date(tmp_path: Path, set_name: str) -> None:
    build = load_build()
    folder = build.SETS[set_name][0]
    written = build.build(tmp_path, folder / "src", set_name)
    for lang, path in written.items():
        committed = folder / f"{lang}.jsonl"
        assert committed.read_text("utf-8") == path.read_text("utf-8"), (
            f"{committed} is stale: run python data/dev/build.py --set {set_name}"
        )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_size_and_metadata(lang: str) -> None:
    built = records(lang)
    assert len(built) >= MINIMUM[lang]
    assert len({record.id for record in built}) == len(built)
    for record in built:
        words = len(record.text.split())
        assert 250 <= words <= 600, f"{record.id} has {words} words"
        assert (record.layer, record.annotator, record.status, record.meta.lang) == ("gold", "gold", "accepted", lang)
        assert record.meta.title and record.text.startswith(record.meta.title)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_quote_is_attributed_and_resolves(lang: str) -> None:
    for record in records(lang):
        view = RecordView(record)
        for indirect in (False, True):
            for quote in view.quotes(indirect=indirect):
                where = f"{record.id}: {record.text[quote.span.start : quote.span.end]!r}"
                assert len(quote.speakers) == 1, where
                assert len(quote.cues) == 1, where
                assert quote.span.text == quote.span.text.strip(), where
                speaker = quote.speakers[0]
                resolved = view.resolve(speaker)
                names = {span.text for span in record.spans if span.label in ("PERSON", "ORG")}
                # A speaker resolves to a person or organisation name, unless it is a document.
                assert resolved in names or resolved in DOCUMENT_SPEAKERS, where


@pytest.mark.parametrize("lang", ["id", "en"])
def test_short_name_speakers_point_to_the_full_name(lang: str) -> None:
    """A speaker that is part of a longer name mentioned earlier (``Rina`` after ``Rina Hartono``) needs a COREF."""
    for record in records(lang):
        view = RecordView(record)
        names = [span for span in record.spans if span.label == "PERSON"]
        for speaker in (span for span in record.spans if span.label == "SPEAKER"):
            if view.resolve(speaker) != speaker.text:
                continue
            words = (speaker.text or "").split()
            longer = [
                name.text
                for name in names
                if name.start < speaker.start and name.text != speaker.text and set(words) <= set((name.text or "").split())
            ]
            assert not longer, f"{record.id}: speaker {speaker.text!r} has no COREF to {longer[0]!r}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_gold_against_itself_is_perfect(lang: str) -> None:
    built = records(lang)
    report = evaluate(built, built)
    assert report.quotes.detection.f1 == 1.0
    assert report.quotes.speaker_resolved.accuracy == 1.0
    assert report.entity_micro.f1 == 1.0


def test_markup_errors_name_file_and_line(tmp_path: Path) -> None:
    build = load_build()
    with pytest.raises(build.MarkupError, match=r"x.txt:2: unknown tag 'PERS'"):
        build.parse_markup("Judul\n[PERS|Budi] datang", "x.txt")
    with pytest.raises(build.MarkupError, match="never closed"):
        build.parse_markup("[PER|Budi datang", "x.txt")
    text, marks = build.parse_markup("“[Q1|Siap,]” [C1|kata] [S1 PER|Budi] \\[1\\]", "x.txt")
    assert text == "“Siap,” kata Budi [1]"
    assert [(text[mark.start : mark.end], mark.tags) for mark in marks] == [
        ("Siap,", ["Q1"]),
        ("kata", ["C1"]),
        ("Budi", ["S1", "PER"]),
    ]
