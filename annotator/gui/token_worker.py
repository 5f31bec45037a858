"""The tokenizer process: ``python -m annotator.gui.token_worker``.

Token boundaries for snapping come from the project's one tokenizer
(``annotator.text.tokens.token_boundaries``), the same one the pre-labeller's Doc is made from,
so snapping reaches every pre-labelled edge. It is pure Python and fast (no spaCy any more), so
this process could now give way to a direct call. No Qt here: one JSON request per line on
stdin, one JSON answer per line on stdout; it ends with stdin.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO


def answer(request: dict[str, Any]) -> dict[str, Any]:
    from annotator.text.tokens import token_boundaries

    try:
        starts, ends = token_boundaries(str(request["text"]), str(request.get("lang") or "xx"))
    except Exception as error:  # every failure goes back to the window as a message
        return {"id": request.get("id"), "error": f"{type(error).__name__}: {error}"}
    return {"id": request.get("id"), "starts": starts, "ends": ends}


def serve(source: TextIO, sink: TextIO) -> None:
    for line in source:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as error:
            reply: dict[str, Any] = {"id": None, "error": f"bad request: {error}"}
        else:
            reply = answer(request)
        sink.write(json.dumps(reply, separators=(",", ":")) + "\n")
        sink.flush()


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    sys.stdin.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    serve(sys.stdin, sys.stdout)
