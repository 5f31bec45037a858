"""A stand-in PostgreSQL server that asks for a password and refuses it, as a real server does
for a wrong password: lets the test of that message run without a password-protected server."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

_NEGOTIATION_CODES = {80877103, 80877104}  # SSLRequest, GSSENCRequest


def _read_exact(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise ConnectionError("client went away")
        data += chunk
    return data


def _serve_one(connection: socket.socket, user_message: str) -> None:
    with connection:
        while True:  # refuse SSL/GSS encryption, then read the startup message
            (length,) = struct.unpack("!I", _read_exact(connection, 4))
            body = _read_exact(connection, length - 4)
            if struct.unpack("!I", body[:4])[0] in _NEGOTIATION_CODES:
                connection.sendall(b"N")
                continue
            break
        connection.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
        kind = _read_exact(connection, 1)
        (length,) = struct.unpack("!I", _read_exact(connection, 4))
        _read_exact(connection, length - 4)
        assert kind == b"p"
        fields = b"".join(code + value.encode() + b"\0" for code, value in
                          ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", "28P01"), (b"M", user_message)))  # fmt: skip
        payload = fields + b"\0"
        connection.sendall(b"E" + struct.pack("!I", len(payload) + 4) + payload)


@contextmanager
def refusing_server(user: str = "ann") -> Iterator[int]:
    """A server on 127.0.0.1 that refuses every password; yields its port."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with suppress(ConnectionError, OSError, AssertionError):
                _serve_one(connection, f'password authentication failed for user "{user}"')

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
