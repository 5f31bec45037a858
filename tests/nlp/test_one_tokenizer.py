"""One tokenizer for the rules, doc.spans and snapping; results survive Doc serialisation; combining
marks stay with their letters."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from annotator.nlp import build_pipeline, prelabel
from annotator.nlp.components import EXTENSION, RELATIONS_EXTENSION, SPAN_KEY
from annotator.nlp.text.tokenizer import WordTokenizer
from annotator.text.tokens import token_boundaries

TEXT = (
    "JAKARTA, Kompas.id – Menteri Perdagangan Rina Hartono meninjau Pasar Induk pada Jumat (11/10/2024).\n\n"
    "“Kami siap menambah stok beras di semua pasar,” kata Rina. “Harga akan turun minggu depan.”\n\n"
    "Ia mengatakan bahwa operasi pasar akan digelar di 38 provinsi hingga akhir tahun."
)
RENE = "Rene\u0301"  # `René` as e + U+0301


def test_the_pipeline_doc_has_the_snapping_tokens_and_keeps_the_text() -> None:
    nlp = build_pipeline("id")
    assert isinstance(nlp.tokenizer, WordTokenizer)
    text = "Kata  U.S.\n\nlalu “Ya.”  "
    doc = nlp.make_doc(text)
    assert doc.text == text
    edges = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    starts, ends = token_boundaries(text)
    assert edges == list(zip(starts, ends, strict=True))


def test_doc_spans_round_trip_through_bytes() -> None:
    nlp = build_pipeline("id")
    doc = nlp(TEXT)
    group = doc.spans[SPAN_KEY]
    spans, relations = prelabel(TEXT, "id")
    assert [(s.start_char, s.end_char, s.label_) for s in group] == [(s.start, s.end, s.label) for s in spans]
    assert len(group.attrs["relations"]) == len(relations) > 0

    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    again = restored.spans[SPAN_KEY]
    assert [(s.start_char, s.end_char, s.label_) for s in again] == [(s.start_char, s.end_char, s.label_) for s in group]
    assert again.attrs["relations"] == group.attrs["relations"]
    assert again.attrs["meta"] == group.attrs["meta"]
    assert [list(r) for r in restored._.get(RELATIONS_EXTENSION)] == [r[:3] for r in group.attrs["relations"]]
    # The relation SPEAKER from the quote to `Rina` is found again after the round trip.
    by_index = list(again)
    speaker = [(by_index[h].text, by_index[c].text) for h, c, label, *_rest in again.attrs["relations"] if label == "SPEAKER"]
    assert ("Kami siap menambah stok beras di semua pasar,", "Rina") in speaker
    assert restored._.get(EXTENSION) is None  # the working analysis stays in the process that made it


def test_rule_names_travel_with_suggestions() -> None:
    spans, _relations = prelabel(TEXT, "id")
    rules = {(s.label, s.text): s.attrs.get("rule") for s in spans}
    assert rules[("PERSON", "Rina Hartono")] == "title_or_role"  # the name after `Menteri Perdagangan`
    assert rules[("PERSON", "Rina")] == "capitalised_run"  # a lone name after the cue `kata`
    assert rules[("DATE", "Jumat (11/10/2024)")] == "date"
    assert rules[("GPE", "JAKARTA")] == "dateline"
    assert rules[("QUOTE", "Kami siap menambah stok beras di semua pasar,")] == "quotation_marks"
    assert all(rules.values()), rules
    meta = build_pipeline("id")(TEXT).spans[SPAN_KEY].attrs["meta"]
    assert all(entry["rule"] for entry in meta)


def test_a_combining_accent_stays_in_the_name() -> None:
    text = f"“Kami akan memperbaiki jalan itu,” kata {RENE} Dupont.\n\nDia juga menemui {RENE} di Bandung."
    spans, _relations = prelabel(text, "id")
    people = [s.text for s in spans if s.label == "PERSON"]
    assert f"{RENE} Dupont" in people
    assert RENE in people  # the short name alone, with its accent, not `Rene`
    for span in spans:
        assert span.end == len(text) or text[span.end] != "\u0301", span


def test_other_users_tokenizer_still_gets_exact_results() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("annotator_news")
    doc = nlp('"We will rebuild every bridge," said Mayor Lina Park of the U.S.')
    assert "Lina Park" in [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "PERSON"]


def test_factories_declare_what_they_assign() -> None:
    nlp = build_pipeline("id")
    assert "doc.spans" in nlp.get_pipe_meta("annotator_coref").assigns
    assert f"doc._.{EXTENSION}" in nlp.get_pipe_meta("annotator_entities").assigns
    analysis = nlp.analyze_pipes()
    assert "doc.spans" in analysis["summary"]["annotator_coref"]["assigns"]


def test_tokenizer_is_registered_for_configs_and_survives_serialisation() -> None:
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "annotator_words.v1"}}})
    assert isinstance(nlp.tokenizer, WordTokenizer)
    assert [t.text for t in nlp("Kata René.")] == ["Kata", "René", "."]
    again = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "annotator_words.v1"}}}).from_bytes(nlp.to_bytes())
    assert [t.text for t in again.make_doc("U.S. dan AS")] == ["U.S", ".", "dan", "AS"]


def test_record_spans_are_aligned_to_token_edges() -> None:
    from annotator.nlp.analysis import Analysis, Mention, to_record_parts
    from annotator.nlp.rules import tokens_of

    text = f"Pada 27-29 Agustus, {RENE} datang. "
    analysis = Analysis(text, "id")
    tokens_of(analysis)
    analysis.entities = [
        Mention(text.index("29"), text.index(","), "DATE"),  # inside the word `27-29`
        Mention(text.index(RENE) - 1, text.index(RENE) + 4, "PERSON"),  # a space before, the accent cut off
    ]
    analysis.furniture = [Mention(text.index("datang"), len(text), "FURNITURE")]  # trailing space
    spans, _relations = to_record_parts(analysis)
    assert [(s.label, s.text) for s in spans] == [("DATE", "27-29 Agustus"), ("PERSON", RENE), ("FURNITURE", "datang.")]
    starts, ends = token_boundaries(text)
    assert all(s.start in starts and s.end in ends for s in spans)


def test_the_tokenizer_knows_the_docs_it_made_only_while_they_live() -> None:
    import gc

    from annotator.nlp.text.tokenizer import _MadeDocs, text_of, word_tokenizer, word_tokens_of

    tokenizer = word_tokenizer("id")
    doc = tokenizer("Kata Budi  di Medan.")
    assert text_of(doc) == "Kata Budi  di Medan." and [t.text for t in word_tokens_of(doc)[0]] == ["Kata", "Budi", "di", "Medan"]
    made = _MadeDocs(sweep_at=4)
    kept = [tokenizer(f"Teks {number}") for number in range(3)]
    for one in kept:
        made.add(one, (one.text, [], []))
    assert [made.get(one)[0] for one in kept] == ["Teks 0", "Teks 1", "Teks 2"]
    assert made.get(tokenizer("Teks 0")) is None  # another Doc of the same text was not added
    latest = tokenizer("Lagi")  # made while the others live: an id of its own
    del kept, one
    gc.collect()
    assert len(made._entries) == 3
    made.add(latest, (latest.text, [], []))  # the fourth entry: those of the Docs that died go
    assert len(made._entries) == 1 and made.get(latest) == ("Lagi", [], [])
