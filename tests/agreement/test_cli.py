"""``annotator agreement`` on a real project file, in its three formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotator.cli.main import main
from tests.agreement.helpers import make_project


def test_json_has_the_documented_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = make_project(tmp_path)
    capsys.readouterr()
    assert main(["agreement", location, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["alice", "bob"]  # carol has not finished; the lead's gold is no annotation
    assert data["documents"] == 2
    pair = data["pairs"][0]
    assert {"a", "b", "documents", "labels", "f1_exact", "f1_partial", "kappa_token", "speaker_agreement"} <= pair.keys()
    assert {"cue_agreement", "relations_f1_exact"} <= pair.keys()
    assert set(pair["labels"]["PERSON"]) == {"f1_exact", "f1_partial", "support_a", "support_b"}
    # d1: PERSON partial, GPE exact, QUOTE partial, CUE and SPEAKER exact -> 3 of 5 exact; d2: nothing in common.
    assert pair["f1_exact"] == pytest.approx(2 * 3 / 13)
    assert pair["f1_partial"] == pytest.approx(2 * 5 / 13)
    assert pair["speaker_agreement"] == 1.0 and pair["cue_agreement"] == 1.0
    assert pair["relations_f1_exact"] == 0.0  # the quotes differ by their comma
    assert [doc["id"] for doc in data["by_document"]] == ["d2", "d1"]
    assert isinstance(data["alpha_token"], float)
    gold = {ref["annotator"]: ref for ref in data["against_gold"]}
    assert gold["alice"]["f1_exact"] == pytest.approx(0.8) and gold["bob"]["f1_exact"] == pytest.approx(0.5)


def test_status_option_counts_unfinished_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = make_project(tmp_path)
    capsys.readouterr()
    assert main(["agreement", location, "--format", "json", "--status", "accepted", "--status", "in_progress"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["alice", "bob", "carol"]
    assert [(pair["a"], pair["b"]) for pair in data["pairs"]] == [("alice", "bob"), ("alice", "carol"), ("bob", "carol")]


def test_table_and_self_contained_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = make_project(tmp_path)
    capsys.readouterr()
    assert main(["agreement", location]) == 0
    table = capsys.readouterr().out
    assert "alice – bob: 2 documents" in table and "Documents, worst first" in table
    assert "too few items" in table
    out = tmp_path / "agreement.html"
    assert main(["agreement", location, "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 2  # heat map and label bars, inline
    assert not re.search(r"(src|href)=['\"]?https?:", page)  # nothing fetched from the network
    assert "n=13" in page  # the heat map cell says how many spans it rests on
    assert page.index(">d2<") < page.index(">d1<")


def test_missing_project_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agreement", str(tmp_path / "nope.annotator")]) == 2
    assert "no such project file" in capsys.readouterr().err


def test_agreement_and_merge_on_both_databases(project_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from annotator.storage import Project
    from annotator.storage.roles import set_role
    from tests.agreement.helpers import sample_records

    assert main(["init", project_location, "--lang", "id"]) == 0
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample_records()), encoding="utf-8")
    assert main(["import", project_location, str(source)]) == 0
    capsys.readouterr()
    assert main(["agreement", project_location, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2 and data["pairs"][0]["f1_partial"] == pytest.approx(2 * 5 / 13)
    project = Project.open(project_location)
    set_role(project, "lena", "lead")
    project.close()
    assert main(["merge", project_location, "--as", "lena"]) == 0
    assert "merged 3 spans and 0 relations into the gold of 1 document" in capsys.readouterr().out


def test_parallel_counting_gives_the_same_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.agreement import parallel
    from annotator.agreement.load import project_agreement
    from annotator.storage import Project

    project = Project.open(make_project(tmp_path))
    single = project_agreement(project).model_dump()
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    assert len(parallel._ranges(project, 2)) == 2  # one document each: two processes
    split = parallel.parallel_agreement(project, workers=2).model_dump()
    assert split.pop("alpha_token") == pytest.approx(single.pop("alpha_token"), abs=1e-12)
    assert split == single
    project.close()
