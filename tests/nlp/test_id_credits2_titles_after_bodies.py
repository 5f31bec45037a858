"""A title inside a body's phrase before a name (issue 11, round id_credits2): in `Ketua MUI
Kabupaten X KH Ahmad ...` the honorific after the body's place opens the person, it is no acronym
of the body; the religious honorifics of the other faiths and regions (`Pdt.`, `Romo`, `Tuan
Guru`, `Tgk.`) stay outside the name as `KH` and `Ustaz` do. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Ketua MUI Kabupaten Kendal KH Asroi Thohir meminta warga tenang.", "MUI Kabupaten Kendal", "Asroi Thohir"),
        (
            "Ketua Baznas Kabupaten Sleman KH. Ahmad Muhtarom menyerahkan bantuan kepada warga.",
            "Baznas Kabupaten Sleman",
            "Ahmad Muhtarom",
        ),
        (
            "Ketua Baznas Kabupaten Sleman Pdt. Yohanes Lado menyerahkan bantuan kepada warga.",
            "Baznas Kabupaten Sleman",
            "Yohanes Lado",
        ),
    ],
)
def test_the_title_after_a_body_opens_the_person(label_id, text, body, person):
    result = label_id(text)
    assert body in result.texts("ORG")
    assert person in result.texts("PERSON")
    assert not any(org.endswith(("KH", "KH.")) for org in result.texts("ORG"))
    assert "Pdt" not in result.texts("PERSON")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Romo Budi Santoso memimpin misa di gereja, Minggu.", "Budi Santoso"),
        ("Tuan Guru Ahmad Fauzi memberikan tausiah di masjid.", "Ahmad Fauzi"),
        ("Ceramah disampaikan oleh Tgk. Muhammad Yusuf di dayah itu.", "Muhammad Yusuf"),
    ],
)
def test_religious_honorifics_stay_outside_the_name(label_id, text, person):
    assert person in label_id(text).texts("PERSON")


def test_a_rank_after_a_police_unit_still_opens_the_person(label_id):
    result = label_id("Kasat Reskrim Polres Sleman AKP Budi Santoso mengatakan pelaku ditangkap.")
    assert "Polres Sleman" in result.texts("ORG")
    assert "Budi Santoso" in result.texts("PERSON")
