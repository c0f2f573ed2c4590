"""The opinion model as the window uses it: loaded on a thread of its own when the window
opens, with the sentences' cues standing in until it is in, so the first highlights never
wait for it. When it is in, a comparison made without it is made again (``model_ready``)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from articlecompare.core.commentary import lexical_opinion


class _Model(Protocol):
    def __call__(self, sentences: Sequence[str]) -> list[float]: ...


class OpinionReader(QObject):
    """Callable as ``compare``'s ``opinion``; thread-safe."""

    model_ready = Signal()
    model_failed = Signal(str)

    def __init__(self, loader: Callable[[], _Model], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._model: _Model | None = None
        self._provisional = threading.Event()  # a comparison read sentences by cues only
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Load the model in the background."""
        self._thread = threading.Thread(target=self._load, name="opinion-model", daemon=True)
        self._thread.start()

    def wait(self, seconds: float) -> None:
        """Let a load under way finish (at most ``seconds``): a process that exits while the
        runtime is still setting up its threads is aborted by the C++ runtime."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _load(self) -> None:
        try:
            model = self._loader()
        except Exception as exc:  # noqa: BLE001 - any failure leaves the cues in charge
            self._tell(self.model_failed, f"The opinion model could not be loaded ({exc}); "
                       "commentary is told by its cues only.")
            return
        self._model = model
        self._tell(self.model_ready)

    @staticmethod
    def _tell(signal: Any, *args: object) -> None:
        """Emit from the loading thread; the window may have closed meanwhile."""
        try:
            signal.emit(*args)
        except RuntimeError:  # the reader was deleted with its window: nobody to tell
            pass

    @property
    def ready(self) -> bool:
        return self._model is not None

    def take_provisional(self) -> bool:
        """Whether a comparison was made without the model since the last call."""
        was = self._provisional.is_set()
        self._provisional.clear()
        return was

    def __call__(self, sentences: Sequence[str]) -> list[float]:
        if not sentences:
            return []
        model = self._model
        if model is None:
            self._provisional.set()
            return lexical_opinion(sentences)
        return model(sentences)
