"""Whether a later name continues a speaker's chain of rank, title and unit (`Kapolres Metro Jakarta
Timur Kombes Pol Nicolas Ary Lilipaly`: the name ends the chain) or stands in the report after it
(`Menurut Erwin kegiatan ini dilaksanakan atas dukungan Bupati X ...`: no comma after the source,
so the phrase ran on into the report; its small words say it is no chain)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention

#: The most words in small letters between two names of one chain (`Kepala Dinas PU dan Tata Ruang`).
MAX_SMALL_WORDS = 1


def continues_chain(text: str, person: Mention, later: Mention) -> bool:
    """Whether ``later`` (a PERSON after ``person``) ends the same title chain: no comma and at most
    one word in small letters between them."""
    between = text[person.end : later.start]
    return "," not in between and sum(word[:1].islower() for word in between.split()) <= MAX_SMALL_WORDS
