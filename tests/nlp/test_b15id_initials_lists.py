"""Suspects named by initials in a list (issue 11, the `b15id` round): after `berinisial` or a
suspect noun (directly or through `yakni`, `yaitu`, `masing-masing`), every set of initials of a
list closed by `dan`/`serta` is a PERSON; commas with no joiner closing them make no list. Every
text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Polisi menangkap pelaku berinisial AB, KPR, MS dan IS di Desa Sukamaju.", {"AB", "KPR", "MS", "IS"}),
        ("Enam tersangka yakni SL, DLT, RN, NH, ZAI dan WP kini ditahan.", {"SL", "DLT", "RN", "NH", "ZAI", "WP"}),
        ("Kedua tersangka yaitu AB dan CD ditahan di Polres Sleman.", {"AB", "CD"}),
        ("Penyidik memeriksa tersangka masing-masing EF, GH serta JK pekan lalu.", {"EF", "GH", "JK"}),
        ("Tiga terdakwa, yakni TW, BS dan HR, hadir di ruang sidang.", {"TW", "BS", "HR"}),
        ("Polisi menahan pelaku berinisial UT, WY, dan ZK di Mapolsek.", {"UT", "WY", "ZK"}),
    ],
)
def test_each_set_of_a_list_of_initials_is_a_person(label_id, text, people):
    assert people <= set(label_id(text).texts("PERSON"))


def test_commas_without_a_closing_joiner_make_no_list(label_id):
    result = label_id("Pelaku berinisial AB, KPK menyebut kasus itu sudah lama.")
    assert "KPK" not in result.texts("PERSON")


def test_a_list_opener_without_a_suspect_noun_takes_no_initials(label_id):
    result = label_id("Tim yakni TNI, BPBD dan SAR menyisir sungai itu.")
    assert result.texts("PERSON") == []
