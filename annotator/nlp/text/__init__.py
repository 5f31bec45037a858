"""The text as the rules read it: tokens, sentences, page furniture and compiled patterns."""
