"""English reports inside reports with the outer cue first, narrowed (en_indirect14): a speech
verb whose subject is no personal pronoun owns the `that` right after it or after whom it
addresses, so the outer report starts at that subject (`said [Mensah told them that ...]`), not
after the inner `that`. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "outer", "speaker"),
    [
        (
            "The detective said Mensah told them that he had buried the cash behind the church.",
            "Mensah told them that he had buried the cash behind the church",
            "The detective",
        ),
        (
            "Police said Tuesday the suspect told them that he had buried the cash.",
            "the suspect told them that he had buried the cash",
            "Police",
        ),
        (
            "The spokesman said Norway confirmed that it would join the talks.",
            "Norway confirmed that it would join the talks",
            "The spokesman",
        ),
        (
            "The official said President Smith said that the plan would go ahead.",
            "President Smith said that the plan would go ahead",
            "The official",
        ),
        (
            "The minister said Friday the fleet reported that catches were down.",
            "the fleet reported that catches were down",
            "The minister",
        ),
        (
            "The minister said Iceland argued that the quota was fair.",
            "Iceland argued that the quota was fair",
            "The minister",
        ),
        (
            "The minister said Britain and Norway announced that they would cut catches.",
            "Britain and Norway announced that they would cut catches",
            "The minister",
        ),
    ],
)
def test_the_that_of_an_inner_speech_verb_is_its_own(label_en, sentence, outer, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [outer]
    assert result.speaker_of(outer) == speaker
    assert result.cue_of(outer) == "said"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # A time word, an addressee or a place before the outer `that`: the `that` is the outer cue's.
        ("The minister said Monday that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister said last Friday that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister told reporters that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister said in Oslo that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister said Tuesday that Norway had agreed to the cut.", "Norway had agreed to the cut"),
        ("The minister said in March that Norway had agreed to the cut.", "Norway had agreed to the cut"),
        # A capitalised word with no speech verb after it before `that`.
        ("The coach said Saturday's defeat meant that changes were needed.", "changes were needed"),
        # A personal pronoun as the inner subject: the outer speaker's own view or deed.
        ("The judge has said he believes the police are hiding crimes.", "he believes the police are hiding crimes"),
        ("She said she told them that the shop was closed.", "she told them that the shop was closed"),
        # A speech verb after a subordinator, or a report that opens with no subject.
        (
            "The nurse told the court that the man became aggressive when she suggested that he should be moved.",
            "the man became aggressive when she suggested that he should be moved",
        ),
        (
            "The doctor revealed that out of the nine admitted seven had gone home.",
            "out of the nine admitted seven had gone home",
        ),
        # A noun-complement `that` after a noun is no inner verb's.
        ("The mayor said the claim that the council lied was false.", "the claim that the council lied was false"),
    ],
)
def test_nearby_shapes_keep_their_bounds(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The inspector said the wife had reported her husband missing, and assumed he had been kidnapped.",
            "the wife had reported her husband missing, and assumed he had been kidnapped",
        ),
        (
            "A police source said they had information about the shipment, but failed to stop the smugglers.",
            "they had information about the shipment, but failed to stop the smugglers",
        ),
        (
            "The witness said the driver lost control of the bus, and crashed into a wall.",
            "the driver lost control of the bus, and crashed into a wall",
        ),
    ],
)
def test_a_coordinated_verb_that_is_no_speakers_act_stays_in_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The minister said the bridge would close for a month, and urged drivers to use the ring road.",
            "the bridge would close for a month",
        ),
        (
            "The minister said the bridge would close for a month, but declined to say when repairs would start.",
            "the bridge would close for a month",
        ),
        (
            "The mayor said the council had cut the budget, and criticised the opposition for its silence.",
            "the council had cut the budget",
        ),
        ("The chairman said the firm had lost money, and thanked the staff for their patience.", "the firm had lost money"),
    ],
)
def test_a_coordinated_speakers_act_still_ends_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]
