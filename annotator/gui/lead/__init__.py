"""The lead's windows: agreement (heat map, bars, documents worst first) and the gold review."""

from annotator.gui.lead.agreement_view import AgreementView
from annotator.gui.lead.review_window import ReviewWindow

__all__ = ["AgreementView", "ReviewWindow"]
