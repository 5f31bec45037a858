from __future__ import annotations

import pytest

from annotator.storage.opening import describe_connection_error
from annotator.storage.urls import mask_password, mask_passwords_in


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("postgresql://ann:s3cret@db.example:5432/news", "postgresql://ann:***@db.example:5432/news"),
        ("postgresql://ann:p%40ss:word@host/db?sslmode=require", "postgresql://ann:***@host/db?sslmode=require"),
        ("postgres://ann@host/db", "postgres://ann@host/db"),
        ("postgresql://host/db", "postgresql://host/db"),
        ("news.annotator", "news.annotator"),
        ("/data/a:b@c.annotator", "/data/a:b@c.annotator"),
    ],
)
def test_mask_password(location: str, shown: str) -> None:
    assert mask_password(location) == shown


def test_a_password_inside_a_driver_message_is_masked() -> None:
    url = "postgresql://ann:s3cret@host/db"
    assert mask_passwords_in(f"cannot parse {url} (s3cret)", url) == "cannot parse postgresql://ann:***@host/db (***)"
    message = describe_connection_error(url, RuntimeError("weird failure mentioning s3cret\nsecond line"))
    assert message == "postgresql://ann:***@host/db: cannot connect (weird failure mentioning ***)"
