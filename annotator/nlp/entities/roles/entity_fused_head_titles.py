"""A head's fused short title in brackets after the title written out: `Kepala Biro Penerangan
Masyarakat (Karopenmas) Divisi Humas Polri`, `Kepala Bagian Penerangan Umum (Kabagpenum)`,
`Kepala Pusat Penerangan Hukum (Kapuspenkum)`. Indonesian abbreviates `Kepala` to `Ka` and fuses
it with the unit's short form; the bracket repeats the title, so it is no body's name (the real
gold leaves `(Kabid Propam)`, `(Kapolsek)`, `(Kades)` untagged), whether or not the roles list
knows the fused form."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: The head's word written out, and its fused short form.
_HEAD, _SHORT = "Kepala", "Ka"


def head_short_title(s: EntityState, index: int, k: int) -> bool:
    """Whether the bracketed word ``k`` after a role opened by `Kepala` at ``index`` is its fused
    short form (`Ka` and at least three more letters, not all capitals)."""
    if s.analysis.lang != "id" or s.word(index) != _HEAD:
        return False
    word = s.word(k)
    return word.startswith(_SHORT) and len(word) >= 5 and not word.isupper() and word.isalpha()
