"""Token boundaries for snapping, from a tokenizer process (:mod:`annotator.gui.token_worker`)
driven asynchronously with QProcess: the window never waits for spaCy."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])


class TokenClient(QObject):
    """Emits ``ready(key, starts, ends)`` for each :meth:`request`, or ``failed(key, message)``."""

    ready = Signal(int, list, list)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = b""

    def _ensure_process(self) -> QProcess:
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            return self._process
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        path = environment.value("PYTHONPATH", "")
        environment.insert("PYTHONPATH", PACKAGE_PARENT + (":" + path if path else ""))
        environment.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(lambda error: self.failed.emit(-1, f"tokenizer process: {error.name}"))
        process.start(sys.executable, ["-m", "annotator.gui.token_worker"])
        self._process = process
        self._buffer = b""
        return process

    def request(self, key: int, text: str, lang: str) -> None:
        line = json.dumps({"id": key, "text": text, "lang": lang}, ensure_ascii=False) + "\n"
        self._ensure_process().write(line.encode("utf-8"))

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if not line.strip():
                continue
            try:
                reply = json.loads(line)
            except json.JSONDecodeError:
                continue
            key = int(reply["id"]) if reply.get("id") is not None else -1
            if "error" in reply:
                self.failed.emit(key, str(reply["error"]))
            else:
                self.ready.emit(key, list(reply["starts"]), list(reply["ends"]))

    def stop(self) -> None:
        """End the tokenizer process (it also ends by itself when our end of its stdin closes)."""
        process, self._process = self._process, None
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return
        process.closeWriteChannel()
        if not process.waitForFinished(1000):
            process.kill()
            process.waitForFinished(1000)
