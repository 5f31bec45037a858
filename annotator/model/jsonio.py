"""``json.loads`` that fails like any malformed JSON on hostile nesting.

Python's decoder recurses once per nested array or object, so a line of ``[[[[...`` raises
``RecursionError``, which no reader expects; here it becomes a ``json.JSONDecodeError`` that every
reader already reports with its file and line.
"""

from __future__ import annotations

import json
from typing import Any

TOO_DEEP = "arrays or objects nested too deeply"


def loads(text: str | bytes, **options: Any) -> Any:
    try:
        return json.loads(text, **options)
    except RecursionError:
        document = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise json.JSONDecodeError(TOO_DEEP, document, 0) from None
