"""The label scheme of a project: which span and relation labels exist, their keys and colours,
and which spans a relation may join. It is stored in the project and validated by pydantic."""

from __future__ import annotations

import itertools
import tomllib
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from annotator.model.records import Record, RecordProblem
from annotator.wording import quoted

Group = Literal["entity", "quote", "furniture"]

LABEL_PATTERN = r"^[A-Z][A-Z0-9_]*$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"
KEY_PATTERN = r"^[0-9a-z]$"
ATTRIBUTE_PATTERN = r"^[a-z][a-z0-9_]*$"


class SpanAttribute(BaseModel):
    """A property of the spans of one label, chosen from a fixed list (QUOTE ``type``: direct/indirect)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=ATTRIBUTE_PATTERN)
    values: list[str] = Field(min_length=2, description="The values it may take, in the order a key press cycles them.")
    default: str | None = Field(default=None, description="The value a span without the attribute has; one of values.")
    key: str | None = Field(
        default=None,
        pattern=KEY_PATTERN,
        description="Pressing it with a span of this label selected sets the next value.",
    )
    description: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> SpanAttribute:
        for value in self.values:
            if not value.strip():
                raise ValueError(f"attribute {self.name!r} has an empty value")
            if self.values.count(value) > 1:
                raise ValueError(f"attribute {self.name!r} lists the value {value!r} twice")
        if self.default is not None and self.default not in self.values:
            raise ValueError(f"attribute {self.name!r}: default {self.default!r} is not one of its values")
        return self

    def value_of(self, attrs: dict[str, Any]) -> str | None:
        """The span's value: its own, else the default."""
        value = attrs.get(self.name)
        return value if isinstance(value, str) else self.default

    def next_value(self, attrs: dict[str, Any]) -> str:
        """The value after the span's current one, wrapping round (a key press)."""
        current = self.value_of(attrs)
        if current not in self.values:
            return self.values[0]
        return self.values[(self.values.index(current) + 1) % len(self.values)]


class SpanLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=LABEL_PATTERN)
    color: str = Field(pattern=COLOR_PATTERN)
    key: str | None = Field(default=None, pattern=KEY_PATTERN, description="Shortcut key: a digit or lower-case letter.")
    group: Group = "entity"
    description: str = ""
    attributes: list[SpanAttribute] = Field(default_factory=list, description="Attributes the spans of this label may have.")

    def attribute(self, name: str) -> SpanAttribute | None:
        return next((attribute for attribute in self.attributes if attribute.name == name), None)


class RelationLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=LABEL_PATTERN)
    color: str = Field(default="#555555", pattern=COLOR_PATTERN)
    key: str | None = Field(default=None, pattern=KEY_PATTERN)
    heads: list[str] = Field(min_length=1, description="Span labels the relation may start from.")
    children: list[str] = Field(min_length=1, description="Span labels the relation may point to.")
    description: str = ""


class Scheme(BaseModel):
    """Span labels, relation labels and the overlap rule."""

    model_config = ConfigDict(extra="forbid")

    name: str = "custom"
    span_labels: list[SpanLabel] = Field(min_length=1)
    relation_labels: list[RelationLabel] = Field(default_factory=list)
    exclusive_groups: list[Group] = Field(
        default_factory=lambda: ["entity"],
        description="Spans whose labels are in one of these groups may not overlap each other.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Scheme:
        span_names = [label.name for label in self.span_labels]
        relation_names = [label.name for label in self.relation_labels]
        for kind, names in (("span label", span_names), ("relation label", relation_names)):
            for name in names:
                if names.count(name) > 1:
                    raise ValueError(f"{kind} {name!r} is defined twice")
        keys: dict[str, str] = {}
        for label in [*self.span_labels, *self.relation_labels]:
            if label.key is None:
                continue
            if label.key in keys:
                raise ValueError(f"key {label.key!r} is used by both {keys[label.key]!r} and {label.name!r}")
            keys[label.key] = label.name
        for span_label in self.span_labels:
            attribute_keys: set[str] = set()
            names = [attribute.name for attribute in span_label.attributes]
            for attribute in span_label.attributes:
                if names.count(attribute.name) > 1:
                    raise ValueError(f"span label {span_label.name!r} defines attribute {attribute.name!r} twice")
                if attribute.key is None:
                    continue
                if attribute.key in keys:
                    owner = keys[attribute.key]
                    where = f"{span_label.name}.{attribute.name}"
                    raise ValueError(f"key {attribute.key!r} of attribute {where} is used by {owner!r}")
                if attribute.key in attribute_keys:
                    raise ValueError(f"span label {span_label.name!r} gives two attributes the key {attribute.key!r}")
                attribute_keys.add(attribute.key)
        for relation in self.relation_labels:
            for end_name, labels in (("heads", relation.heads), ("children", relation.children)):
                for label in labels:
                    if label not in span_names:
                        raise ValueError(f"relation label {relation.name!r} names unknown span label {label!r} in {end_name}")
        return self

    @cached_property
    def _span_labels_by_name(self) -> dict[str, SpanLabel]:
        return {label.name: label for label in self.span_labels}

    @cached_property
    def _exclusive_labels(self) -> frozenset[str]:
        return frozenset(label.name for label in self.span_labels if label.group in self.exclusive_groups)

    # --- look-ups -------------------------------------------------------------------------

    def span_label(self, name: str) -> SpanLabel | None:
        return self._span_labels_by_name.get(name)

    def relation_label(self, name: str) -> RelationLabel | None:
        return next((label for label in self.relation_labels if label.name == name), None)

    def labels_in_group(self, group: Group) -> list[str]:
        return [label.name for label in self.span_labels if label.group == group]

    def is_exclusive(self, span_label: str) -> bool:
        return span_label in self._exclusive_labels

    def attribute_keys(self) -> dict[str, list[tuple[str, SpanAttribute]]]:
        """Each attribute key with the (span label, attribute) pairs it sets."""
        found: dict[str, list[tuple[str, SpanAttribute]]] = {}
        for span_label in self.span_labels:
            for attribute in span_label.attributes:
                if attribute.key:
                    found.setdefault(attribute.key, []).append((span_label.name, attribute))
        return found

    def check_attrs(self, label: str, attrs: dict[str, Any]) -> None:
        """Raise :class:`RecordProblem` when a declared attribute of the label has a value it does not allow.

        Attributes the scheme does not declare are kept as they are (other tools' extra data)."""
        span_label = self.span_label(label)
        if span_label is None:
            return
        for attribute in span_label.attributes:
            if attribute.name in attrs and attrs[attribute.name] not in attribute.values:
                raise RecordProblem(
                    f"{label} attribute {attribute.name!r} may not be {attrs[attribute.name]!r} "
                    f"(allowed: {', '.join(attribute.values)})"
                )

    def check_record(self, record: Record) -> None:
        """Raise :class:`RecordProblem` when the record uses a label, an attribute value or a relation the scheme forbids."""
        labels_by_id: dict[str, str] = {}
        exclusive: list[tuple[int, int, str]] = []
        for span in record.spans:
            if self.span_label(span.label) is None:
                raise RecordProblem(f"span label {span.label!r} is not in the project's scheme ({self.name})")
            if span.attrs:
                self.check_attrs(span.label, span.attrs)
            if span.id is not None:
                labels_by_id[span.id] = span.label
            if self.is_exclusive(span.label):
                exclusive.append((span.start, span.end, span.label))
        exclusive.sort()
        for (start_a, end_a, label_a), (start_b, end_b, label_b) in itertools.pairwise(exclusive):
            if start_b < end_a:
                words_a, words_b = quoted(record.text[start_a:end_a]), quoted(record.text[start_b:end_b])
                raise RecordProblem(
                    f"{label_a} span {words_a} ({start_a}-{end_a}) overlaps {label_b} span {words_b} ({start_b}-{end_b}); "
                    f"{', '.join(self.exclusive_groups)} spans may not overlap"
                )
        for relation in record.relations:
            self.check_relation(relation.label, labels_by_id.get(relation.head), labels_by_id.get(relation.child))

    def check_relation(self, label: str, head_label: str | None, child_label: str | None) -> None:
        rule = self.relation_label(label)
        if rule is None:
            raise RecordProblem(f"relation label {label!r} is not in the project's scheme ({self.name})")
        if head_label not in rule.heads:
            raise RecordProblem(f"a {label} relation may not start from a {head_label} span (allowed: {', '.join(rule.heads)})")
        if child_label not in rule.children:
            raise RecordProblem(f"a {label} relation may not point to a {child_label} span (allowed: {', '.join(rule.children)})")

    def overlapping_exclusive(self, spans: list[tuple[int, int, str]], start: int, end: int, label: str) -> bool:
        """Whether a new span (start, end, label) would overlap an exclusive span among ``spans``."""
        if not self.is_exclusive(label):
            return False
        return any(s < end and start < e for s, e, other in spans if self.is_exclusive(other))


class SchemeError(Exception):
    """A scheme file that cannot be read or breaks the rules; the message names the bad entry."""


def load_scheme(path: Path) -> Scheme:
    """Read a scheme from a TOML (or JSON) file, with an error that names the bad entry."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SchemeError(f"{path}: cannot read the scheme: {error.strerror}") from error
    try:
        if path.suffix.lower() == ".json":
            return Scheme.model_validate_json(raw)
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SchemeError(f"{path}: not valid TOML: {error}") from error
    except ValidationError as error:
        raise SchemeError(f"{path}: {describe_validation_error(error, data=None)}") from error
    try:
        return Scheme.model_validate(data)
    except ValidationError as error:
        raise SchemeError(f"{path}: {describe_validation_error(error, data=data)}") from error


def default_scheme() -> Scheme:
    """The news scheme that ships with the program."""
    text = resources.files("annotator.resources").joinpath("schemes/news.toml").read_text("utf-8")
    return Scheme.model_validate(tomllib.loads(text))


def describe_validation_error(error: ValidationError, data: object | None) -> str:
    """Turn a pydantic error into one line per problem, naming the entry (e.g. ``span_labels[3] 'FOO'``)."""
    lines = []
    for problem in error.errors():
        location = problem["loc"]
        parts: list[str] = []
        node = data
        for step in location:
            if isinstance(step, int):
                parts[-1:] = [f"{parts[-1]}[{step}]"] if parts else [f"[{step}]"]
                try:
                    node = node[step]  # type: ignore[index]
                    if isinstance(node, dict) and "name" in node:
                        parts[-1] += f" ({node['name']!r})"
                except (TypeError, IndexError, KeyError):
                    node = None
            else:
                parts.append(str(step))
                node = node.get(step) if isinstance(node, dict) else None
        where = ".".join(parts) or "scheme"
        lines.append(f"{where}: {problem['msg']}")
    return "; ".join(lines)
