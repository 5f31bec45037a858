"""Indirect speech: reported clauses, their cues and speakers, and where a report starts and ends."""
