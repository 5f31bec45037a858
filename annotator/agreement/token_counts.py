"""Token labels of a whole corpus on columns, reduced to the counts kappa and alpha are made of.

Each document that two or more annotators finished has its annotators in slots (by name);
``labels[slot, token]`` is the label code the slot's annotator gives the token (0 for ``O``,
-1 where the document has no such slot). A token takes the label of the entity span covering
any part of it; where two spans of one annotation reach the same token, the later one (in the
annotation's order) wins, as in :func:`annotator.agreement.tokens.token_labels`.
"""

from __future__ import annotations

import numpy as np

from annotator.agreement.columns import Columns
from annotator.agreement.keys import expand, spread
from annotator.text.token_array import corpus_tokens


class TokenTable:
    def __init__(self, columns: Columns, documents: list[int], slots: list[list[int]], token_codes: np.ndarray) -> None:
        """``documents``: document rows; ``slots[i]``: their annotation rows in slot order;
        ``token_codes``: the token label code of each span label code (-1: not an entity)."""
        starts, ends, firsts = corpus_tokens([columns.texts[number] for number in documents])
        self.firsts = firsts
        sizes = np.diff(firsts)
        width = max((len(rows) for rows in slots), default=0)
        filled = np.asarray([len(rows) for rows in slots], dtype=np.int64)
        self.labels = np.full((width, len(starts)), -1, dtype=np.int16)
        for slot in range(width):
            self.labels[slot, np.repeat(filled > slot, sizes)] = 0
        annotations = np.asarray([row for rows in slots for row in rows], dtype=np.int64)
        slot_of = np.asarray([slot for rows in slots for slot in range(len(rows))], dtype=np.int64)
        document_of = np.asarray([index for index, rows in enumerate(slots) for _ in rows], dtype=np.int64)
        if len(annotations) == 0 or len(columns.span_start) == 0:
            return
        rows, owner = expand(columns.ann_first, annotations)
        codes = token_codes[columns.span_label[rows]]
        entity = codes >= 0
        rows, owner, codes = rows[entity], owner[entity], codes[entity]
        reach = int(max(columns.span_end.max(initial=0), ends.max(initial=0))) + 2
        token_document = np.repeat(np.arange(len(documents)), sizes)
        base = document_of[owner] * reach
        first = np.searchsorted(token_document * reach + ends, base + columns.span_start[rows], side="right")
        last = np.searchsorted(token_document * reach + starts, base + columns.span_end[rows], side="left")
        tokens, span = spread(first, np.maximum(last - first, 0))
        target_slot = slot_of[owner[span]]
        values = codes[span].astype(np.int16)
        target = target_slot * len(starts) + tokens
        ordered = np.sort(target)
        if (ordered[1:] == ordered[:-1]).any():  # spans of one annotation sharing a token: the later wins
            order = np.lexsort((columns.span_order[rows[span]], target))
            target, values = target[order], values[order]
            last_of_target = np.ones(len(target), dtype=bool)
            last_of_target[:-1] = target[1:] != target[:-1]
            target, values = target[last_of_target], values[last_of_target]
        self.labels.reshape(-1)[target] = values

    @property
    def tokens(self) -> int:
        return self.labels.shape[1]

    def confusions(
        self, documents: np.ndarray, slot_a: np.ndarray, slot_b: np.ndarray, group: np.ndarray, groups: int, values: int
    ) -> np.ndarray:
        """groups x values x values: token label pairs of comparison j (document index
        ``documents[j]``, slots ``slot_a[j]`` and ``slot_b[j]``) added to group ``group[j]``."""
        touched = np.flatnonzero((self.labels > 0).any(axis=0))  # tokens someone labelled; the rest are O for all
        touched_firsts = np.searchsorted(touched, self.firsts)
        positions, job = expand(touched_firsts, documents)
        tokens = touched[positions]
        a = self.labels[slot_a[job], tokens].astype(np.int64)
        b = self.labels[slot_b[job], tokens].astype(np.int64)
        cells = (group[job] * values + a) * values + b
        counts = np.bincount(cells, minlength=groups * values * values).reshape(groups, values, values)
        untouched = np.diff(self.firsts)[documents] - np.diff(touched_firsts)[documents]
        counts[:, 0, 0] += np.bincount(group, weights=untouched, minlength=groups).astype(np.int64)
        return counts

    def value_rows(self, values: int) -> tuple[np.ndarray, np.ndarray]:
        """Distinct rows of per-token value counts (how many slots gave each value) and how many
        tokens have each; only tokens with two or more values (all of them here)."""
        if self.tokens == 0:
            return np.zeros((0, values), dtype=np.int64), np.zeros(0, dtype=np.int64)
        base = self.labels.shape[0] + 1
        if float(base) ** values < 2.0**62:
            powers = base ** np.arange(values, dtype=np.int64)
            keys = np.zeros(self.tokens, dtype=np.int64)
            for slot in self.labels:
                given = slot >= 0
                keys[given] += powers[slot[given]]
            keys.sort()
            new = np.ones(len(keys), dtype=bool)
            new[1:] = keys[1:] != keys[:-1]
            starts = np.flatnonzero(new)
            distinct, multiplicity = keys[starts], np.diff(np.append(starts, len(keys)))
            return (distinct[:, None] // powers[None, :]) % base, multiplicity
        counts = np.zeros((self.tokens, values), dtype=np.int64)
        for slot in self.labels:
            given = np.flatnonzero(slot >= 0)
            counts[given, slot[given]] += 1
        distinct, multiplicity = np.unique(counts, axis=0, return_counts=True)
        return distinct, multiplicity
