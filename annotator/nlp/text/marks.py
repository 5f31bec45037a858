"""The quotation marks that open and close a quote, straight and curly, as character sets.

Any layer asks these when it reads the character next to a word or a gap (`“Blue Hornets”` as a
nickname, a place right after a closing mark, a report verb right after a quote's cue). Sets that
also hold guillemets (`»`) are kept by the rules that need them."""

#: Marks that open a quote: straight and curly, double and single.
OPENING_MARKS = "\"“‘'"
#: Marks that close a quote: straight and curly, double and single.
CLOSING_MARKS = "\"”’'"
