"""English entity edits on South and South-East Asian pages (issue 11, en_ents2 round): family
names ending in `Sheikh`, Burmese names opening with `Tun` after a rank, titles, furniture words and
nationality plurals. Every sentence is invented."""

from __future__ import annotations


def test_sheikh_closing_a_bangladeshi_name_is_part_of_it(label_en):
    result = label_en("Karim Sheikh, a ward member, was arrested. His uncle Abdul Malek Sheikh leads the union.")
    assert result.texts("PERSON") == ["Karim Sheikh", "Abdul Malek Sheikh"]


def test_sheikh_opening_a_ruler_s_name_stays_a_title(label_en):
    result = label_en("Kuwait's Sheikh Nawaf met the envoy on Monday.")
    assert result.texts("PERSON") == ["Nawaf"]


def test_tun_after_a_rank_opens_a_burmese_name(label_en):
    result = label_en("Brig-Gen Tun Tun Lwin and Lt-Col Tun Aung said the convoy had left.")
    assert result.texts("PERSON") == ["Tun Tun Lwin", "Tun Aung"]


def test_tun_after_a_civil_role_stays_a_malaysian_title(label_en):
    result = label_en("Former Prime Minister Tun Dr Ismail Karim said the plan was ready.")
    assert result.texts("PERSON") == ["Ismail Karim"]
