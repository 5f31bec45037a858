"""How long the GUI thread goes without handling events: a timer that should fire every few
milliseconds notes how late each tick is. The longest lateness is the longest the window was
frozen (a key press, a repaint or database work on the GUI thread all count). Used by the
freeze test and ``benchmarks/gui_latency_benchmark.py``."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class EventLoopProbe(QObject):
    """Start it, use the window, stop it; then read :attr:`worst` (seconds) and :attr:`gaps`."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        #: How late each tick was beyond the interval, in seconds.
        self.gaps: list[float] = []

    @property
    def worst(self) -> float:
        return max(self.gaps, default=0.0)

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(max(now - self._last - self.interval, 0.0))
        self._last = now
