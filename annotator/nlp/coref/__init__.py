"""Coreference: the full name a pronoun, clitic, role or short name stands for."""
