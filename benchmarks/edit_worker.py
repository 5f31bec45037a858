"""One editing session for the load tests and the edit benchmark (run as a separate process).

    python benchmarks/edit_worker.py PROJECT ANNOTATOR DOC_KEY REGION EDITS [--log]

Cycles through five edits in its own 10-character region of the document: add a QUOTE, add a
SPEAKER, link them, delete the QUOTE (its relation goes with it), delete the SPEAKER. When
another session changed the same annotation (EditConflict) it reloads and makes the edit again;
any other EditError (a busy database) is retried too and counted. Any other exception ends the
process with a traceback: the tests count that as a failure. Prints one JSON summary line; with
``--log``, also one line per committed edit, as soon as it is committed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotator.storage import AnnotationEditor, EditConflict, EditError, Project


def _start_when_free(editor: AnnotationEditor, doc: int) -> int:
    """Start the session, waiting out a busy database as a person would; returns the retries."""
    retries = 0
    while True:
        try:
            editor.start(doc)
            return retries
        except EditError:
            retries += 1
            time.sleep(0.01)


def run(location: str, annotator: str, doc: int, region: int, edits: int, log: bool) -> dict[str, object]:
    project = Project.open(location)
    editor = AnnotationEditor(project, annotator)
    busy = _start_when_free(editor, doc)
    quote = (region, region + 4)
    speaker = (region + 5, region + 9)
    keys: dict[str, str | None] = {"quote": None, "speaker": None, "relation": None}
    done = conflicts = 0
    began = time.perf_counter()

    def step(number: int) -> str:
        phase = number % 5
        if phase == 0:
            keys["quote"] = editor.add_span(doc, *quote, "QUOTE").id
            return f"add {keys['quote']}"
        if phase == 1:
            keys["speaker"] = editor.add_span(doc, *speaker, "SPEAKER").id
            return f"add {keys['speaker']}"
        if phase == 2:
            keys["relation"] = editor.add_relation(doc, str(keys["quote"]), str(keys["speaker"]), "SPEAKER").id
            return f"link {keys['relation']}"
        if phase == 3:
            editor.delete_span(doc, str(keys["quote"]))
            keys["quote"] = keys["relation"] = None
            return "delete quote"
        editor.delete_span(doc, str(keys["speaker"]))
        keys["speaker"] = None
        return "delete speaker"

    while done < edits:
        try:
            what = step(done)
        except EditConflict:
            conflicts += 1
            editor.record(doc)  # the reload the window does, then the same edit again
            continue
        except EditError:
            busy += 1
            time.sleep(0.01)
            continue
        done += 1
        if log:
            print(f"committed {done} {what}", flush=True)
    seconds = time.perf_counter() - began
    project.close()
    alive = sorted(key for key in (keys["quote"], keys["speaker"]) if key)
    return {"annotator": annotator, "edits": done, "conflicts": conflicts, "busy": busy, "seconds": seconds, "alive": alive}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project")
    parser.add_argument("annotator")
    parser.add_argument("doc", type=int)
    parser.add_argument("region", type=int)
    parser.add_argument("edits", type=int)
    parser.add_argument("--log", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(args.project, args.annotator, args.doc, args.region, args.edits, args.log)), flush=True)


if __name__ == "__main__":
    main()
