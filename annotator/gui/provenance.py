"""Which pre-labeller made a suggestion, in words for the window: the rules (with the rule's name,
which pre-labels carry in ``attrs["rule"]``) or a trained model (with its version, in
``attrs["model"]``). Qt-free, shared by the document view's tooltip and the attributes panel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Attributes that say where a span came from rather than what it is.
PROVENANCE_KEYS = ("rule", "model")


def suggested_by(attrs: Mapping[str, Any], source: str | None = None) -> str | None:
    """``suggested by rules: <rule>``, ``suggested by model v3``, or None for a span typed by hand."""
    model, rule = attrs.get("model"), attrs.get("rule")
    if model or rule == "model" or source == "model":
        return f"suggested by model {model}" if model else "suggested by a model"
    if rule:
        return f"suggested by rules: {rule}"
    if source == "rule":
        return "suggested by rules"
    return None
