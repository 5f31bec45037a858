"""Indonesian pre-labels of round id_brackets1: a bracket written with a space on its inner side
(`( Kajari )`) reads as a closed one, and `Plt.`/`Plh.` before an office end no speaker phrase;
invented sentences."""

from __future__ import annotations

import pytest

from annotator.nlp.text.brackets import closed_brackets

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "DATE")


def _entities(labelled) -> list[tuple[str, list[str]]]:
    return [(label, labelled.texts(label)) for label in ENTITY_LABELS]


@pytest.mark.parametrize(
    "spaced",
    [
        "Hal itu disampaikan Kepala Kejaksaan Negeri ( Kajari ) Sukamaju, Budi Hartono, kepada wartawan.",
        "Kepala Seksi Perdata dan Tata Usaha Negara ( Kasi Datun ) Kejari Sukamaju, Rina Dewi, hadir.",
        "Ia menjabat Ketua Persatuan Wartawan Sukamaju ( PWS ) Kabupaten Sukamaju itu.",
        "Direktur Jenderal Pelayanan Kesehatan ( Dirjen Yankes ) Kementerian Kesehatan, Budi Hartono, hadir.",
    ],
)
def test_a_spaced_bracket_reads_as_a_closed_one(label_id, spaced):
    """Was a PERSON read in or before the bracket (`Kejaksaan`, `Datun`, `Yankes`) or the acronym
    missed (`PWS`); now the entities are those of the closed bracket, at the spaced text's offsets."""
    closed = spaced.replace("( ", "(").replace(" )", ")")
    assert _entities(label_id(spaced)) == _entities(label_id(closed))


def test_the_long_form_and_acronym_of_a_spaced_bracket(label_id):
    labelled = label_id("Ia menjabat Ketua Persatuan Wartawan Sukamaju ( PWS ) Kabupaten Sukamaju itu.")
    assert labelled.texts("ORG") == ["Persatuan Wartawan Sukamaju", "PWS"]
    labelled = label_id("Kepala Kejaksaan Negeri ( Kajari ) Sukamaju, Budi Hartono, hadir.")
    assert "Kejaksaan" not in labelled.texts("PERSON")
    assert "Kejaksaan Negeri" in labelled.texts("ORG")


@pytest.mark.parametrize(
    ("gap", "read"),
    [(" ( ", " ("), (" ) ", ") "), (") (", ") ("), (" ), ", "), "), (" (", " ("), (") ", ") "), (" ", " "), ("  ", "  ")],
)
def test_the_bracket_view_of_a_gap(gap, read):
    """Guard: closed brackets and plain white space read as they are."""
    assert closed_brackets(gap) == read


def test_a_spaced_bracket_around_small_words_names_nothing(label_id):
    """Guard: `( bertuliskan ... )` holds no acronym."""
    labelled = label_id("Warga membawa poster ( bertuliskan tolak tambang ) ke kantor desa.")
    assert _entities(labelled) == [(label, []) for label in ENTITY_LABELS]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("“Kami siap,” kata Plt. Kepala Dinas Pendidikan, Budi Hartono.", "Kami siap,", "Budi Hartono"),
        ("“Kami siap,” ujar Plh. Camat Sukamaju, Rina Dewi, kepada wartawan.", "Kami siap,", "Rina Dewi"),
    ],
)
def test_an_acting_holder_s_stop_ends_no_speaker_phrase(label_id, text, quote, speaker):
    """Was SPEAKER `Plt` (the phrase cut at its full stop); now the name after the office speaks."""
    labelled = label_id(text)
    assert labelled.speaker_of(quote) == speaker
    assert "Plt" not in labelled.texts("SPEAKER") and "Plh" not in labelled.texts("SPEAKER")


def test_an_office_without_an_acting_mark_keeps_its_speaker(label_id):
    """Guard: the same lead-out without `Plt.`."""
    labelled = label_id("“Kami siap,” kata Kepala Dinas Pendidikan, Budi Hartono.")
    assert labelled.speaker_of("Kami siap,") == "Budi Hartono"
