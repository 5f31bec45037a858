"""Shared fixtures. Qt runs offscreen; PostgreSQL tests run when ANNOTATOR_TEST_POSTGRES_URL is set."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
