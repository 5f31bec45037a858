"""Cues and speakers: the speech verb next to a quote or report, and the mention it is attributed to."""
