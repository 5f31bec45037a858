"""Direct quotes: pairing quotation marks, what counts as speech, and quotes across paragraphs."""
