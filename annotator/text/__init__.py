"""Text handling shared by every part: normalisation at import and offset conversion."""
