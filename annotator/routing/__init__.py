"""Routing documents to annotators: quotas with overlap, claims as leases, progress. Qt-free."""

from annotator.routing.claims import NotInPool, next_document
from annotator.routing.config import RoutingConfig, load_routing
from annotator.routing.progress import Progress, progress
from annotator.routing.quota import clear_routing, set_routing

__all__ = ["NotInPool", "Progress", "RoutingConfig", "clear_routing", "load_routing", "next_document", "progress", "set_routing"]
