"""English indirect speech and its speakers on unseen wire and Gulf/East Asian pages (issue 11,
en_speech round): one invented example of each class fixed."""

from __future__ import annotations


def test_it_never_resolves_to_a_person(label_en):
    result = label_en(
        "Minister Noura Ali said that the country wants change.\n\n"
        "Meanwhile, the management of the network rejected any intervention. "
        "It said that it wants to keep its independence."
    )
    assert result.speaker_of("it wants to keep its independence") == "It"
    assert result.resolved_speaker_of("it wants to keep its independence") == "It"
