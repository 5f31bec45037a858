"""Pre-merge into gold, roles, and export of the gold layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.adjudication import merge_to_gold
from annotator.cli.main import main
from annotator.storage import AnnotationEditor, EditError, Project
from annotator.storage.roles import RoleError, set_role
from tests.agreement.helpers import record, span
from tests.core.helpers import read_jsonl

TEXT = 'Budi Santoso tiba di Medan. "Kami siap," kata Budi.'


def quote_record(annotator: str, extra: list[dict] | None = None, speaker_label: str = "PERSON") -> dict:
    return record(
        "d1",
        TEXT,
        annotator,
        [
            span(TEXT, "Budi Santoso", "PERSON", "p"),
            span(TEXT, "Kami siap,", "QUOTE", "q"),
            span(TEXT, "kata", "CUE", "c"),
            {**span(TEXT, "Budi.", "PERSON", "s"), "start": TEXT.rindex("Budi"), "end": TEXT.rindex("Budi") + 4},
            *(extra or []),
        ],
        relations=[{"head": "q", "child": "c", "label": "CUE"}, {"head": "q", "child": "s", "label": "SPEAKER"}],
    )


def build(tmp_path: Path, records: list[dict]) -> str:
    from tests.agreement.helpers import make_project

    location = make_project(tmp_path, records)
    project = Project.open(location)
    set_role(project, "lena", "lead")
    project.close()
    return location


def gold_spans(project: Project) -> set[tuple[int, int, str]]:
    record_ = AnnotationEditor(project, "lena", "gold").record(1)
    assert record_ is not None
    return {(s.start, s.end, s.label) for s in record_.spans}


def test_unanimous_merge_keeps_the_leads_decisions(tmp_path: Path) -> None:
    medan = span(TEXT, "Medan", "GPE", "g")
    location = build(tmp_path, [quote_record("alice", [medan]), quote_record("bob")])
    project = Project.open(location)
    result = merge_to_gold(project, "lena")
    assert (result.documents, result.spans, result.relations) == (1, 4, 2)
    assert (medan["start"], medan["end"], "GPE") not in gold_spans(project)  # bob did not mark Medan
    gold = AnnotationEditor(project, "lena", "gold")
    record_ = gold.record(1)
    assert record_ is not None and record_.status == "in_progress" and len(record_.relations) == 2
    # The lead rejects the first PERSON and adds Medan herself.
    first_person = next(s for s in record_.spans if s.start == 0)
    gold.delete_span(1, str(first_person.id))
    gold.add_span(1, medan["start"], medan["end"], "GPE")
    again = merge_to_gold(project, "lena")
    assert (again.spans, again.relations) == (0, 0)
    spans = gold_spans(project)
    assert (0, 12, "PERSON") not in spans and (medan["start"], medan["end"], "GPE") in spans
    project.close()


def test_majority_and_relations_need_both_spans_in_gold(tmp_path: Path) -> None:
    records = [quote_record("alice"), quote_record("bob"), quote_record("carol")]
    records[2]["spans"] = records[2]["spans"][:1]  # carol marked only the first PERSON
    records[2]["relations"] = []
    location = build(tmp_path, records)
    project = Project.open(location)
    assert merge_to_gold(project, "lena", strategy="unanimous").spans == 1
    result = merge_to_gold(project, "lena", strategy="majority")
    assert (result.spans, result.relations) == (3, 2)
    project.close()


def test_a_relation_waits_for_its_spans(tmp_path: Path) -> None:
    location = build(tmp_path, [quote_record("alice"), quote_record("bob")])
    project = Project.open(location)
    gold = AnnotationEditor(project, "lena", "gold")
    budi = TEXT.rindex("Budi")
    gold.add_span(1, budi, budi + 4, "ORG")  # the lead's own call: the speaker's place is taken by an ORG
    result = merge_to_gold(project, "lena")
    assert (result.spans, result.relations) == (3, 1)  # no PERSON speaker, so no SPEAKER relation
    record_ = gold.record(1)
    assert record_ is not None and [r.label for r in record_.relations] == ["CUE"]
    project.close()


def test_only_leads_write_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = build(tmp_path, [quote_record("alice"), quote_record("bob")])
    project = Project.open(location)
    with pytest.raises(RoleError):
        merge_to_gold(project, "alice")
    with pytest.raises(EditError, match="only leads write gold"):
        AnnotationEditor(project, "alice", "gold")
    project.close()
    capsys.readouterr()
    assert main(["merge", location, "--as", "alice"]) == 2
    assert "only leads write gold: alice is an annotator" in capsys.readouterr().err


def test_merge_and_export_the_gold_layer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = tmp_path / "p.annotator"
    main(["init", str(location)])
    source = tmp_path / "in.jsonl"
    import json

    source.write_text("".join(json.dumps(r) + "\n" for r in [quote_record("alice"), quote_record("bob")]), encoding="utf-8")
    main(["import", str(location), str(source)])
    project = Project.open(str(location))
    set_role(project, "lena", "lead")  # `annotator users add P lena --role lead` (the roles branch) does the same
    project.close()
    assert main(["merge", str(location), "--as", "lena", "--strategy", "majority"]) == 0
    assert "merged 4 spans and 2 relations into the gold of 1 document" in capsys.readouterr().out
    out = tmp_path / "gold.jsonl"
    assert main(["export", str(location), "-o", str(out), "--layer", "gold"]) == 0
    (gold,) = read_jsonl(out)
    assert gold["layer"] == "gold" and gold["annotator"] == "lena"
    assert sorted(s["text"] for s in gold["spans"]) == ["Budi", "Budi Santoso", "Kami siap,", "kata"]
    assert {r["label"] for r in gold["relations"]} == {"CUE", "SPEAKER"}
