"""Indonesian indirect speech on fresh regional pages (issue 11, id_indirect4 round).
Every text is invented to show one form."""

from __future__ import annotations


def test_a_place_ending_a_bodys_name_at_the_end_of_the_text_does_not_crash(label_id):
    # A `Baca juga:` headline ends the page with a body whose name ends in a known place.
    result = label_id("Baca juga:\n- OJK Kediri Cabut Izin Usaha PT BPR Sinar Makmur Batu")
    assert "OJK Kediri" in result.texts("ORG")
