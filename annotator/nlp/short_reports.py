"""How many words an Indonesian report needs. Four in general, so that an object or a phrase
after a verb is not taken for a report; three when a comma or `bahwa` after the verb sets the
clause off (`Kapolsek mengatakan, pelaku sudah diamankan.`, `Ia menyebut bahwa kondisinya
membaik.`), where a short clause is still a whole report."""

from __future__ import annotations

from annotator.nlp.attribution import Attributor

#: The words a report needs, and how many when it is set off (see above).
MIN_WORDS = 4
MIN_WORDS_SET_OFF = 3


def minimum_words(attributor: Attributor, begin: int, introduced: bool) -> int:
    """The words the report starting at ``begin`` needs."""
    if attributor.analysis.lang != "id":
        return MIN_WORDS
    before = attributor.text[max(0, begin - 3) : begin].rstrip()
    return MIN_WORDS_SET_OFF if introduced or before.endswith(",") else MIN_WORDS
