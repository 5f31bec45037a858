"""English coreference (issue 11, en_speak14 round): `identified the suspect as X` names a private
person the incident brings in; a following pronoun of the paragraph stands for X, not for the
officer who named them. Invented examples only."""

from __future__ import annotations


def test_pronoun_after_identified_suspect(label_en):
    text = (
        "Border guards stopped a lorry near the river on Monday. District Police Chief Tomas Berend "
        "identified the suspect as Ravi Malden, 31. He was held at a checkpoint. He admitted that he "
        "had been paid to carry the parcels.\n"
    )
    assert label_en(text).resolved_speaker_of("he had been paid to carry the parcels") == "Ravi Malden"


def test_pronoun_after_identified_victim(label_en):
    text = (
        "A woman was hurt in the blast on Sunday. Inspector Paul Okoro identified the injured victim "
        "as Mary Tanui, 45. She told officers that she had heard a loud bang.\n"
    )
    assert label_en(text).resolved_speaker_of("she had heard a loud bang") == "Mary Tanui"


def test_officer_who_speaks_again_keeps_the_pronoun(label_en):
    text = (
        "Inspector Paul Okoro identified the suspect as Ravi Malden, 31. Okoro said the lorry was "
        "searched. He added that the road would stay closed.\n"
    )
    assert label_en(text).resolved_speaker_of("the road would stay closed") == "Paul Okoro"


def test_identified_as_a_man_is_no_private_role(label_en):
    text = "Inspector Paul Okoro identified the man as Peter Mwangi, 29. He said that the road would stay closed.\n"
    assert label_en(text).resolved_speaker_of("the road would stay closed") == "Paul Okoro"
