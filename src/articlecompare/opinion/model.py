"""Loading and running the opinion model (ONNX, int8) with its tokenizer.

Depends on ``onnxruntime``, ``tokenizers`` and ``numpy``; reads package data only. Loads
once, lazily, on whichever thread first asks; scoring is thread-safe and batched. Results
are remembered per sentence, so recomputing a comparison costs nothing for sentences seen.
"""
from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

BATCH = 32
MAX_TOKENS = 128
# two threads read a batch about 1.6 times as fast as one (measured on two cores); the work
# runs off the GUI thread and outside the interpreter lock
THREADS = min(2, os.cpu_count() or 1)
_REMEMBERED = 20_000  # sentences whose score is kept


def model_files() -> Traversable:
    """The folder of package data the model is read from."""
    return resources.files("articlecompare.resources").joinpath("models", "opinion")


class OpinionModel:
    """Callable: ``model(sentences) -> [probability, ...]`` in the same order."""

    def __init__(self, folder: Traversable | None = None, threads: int = THREADS) -> None:
        import numpy as np
        import onnxruntime as ort  # type: ignore[import-untyped]
        from tokenizers import Tokenizer

        folder = folder or model_files()
        self.threads = threads
        self._np = np
        self.card: dict[str, Any] = json.loads(folder.joinpath("card.json").read_text("utf-8"))
        self._tokenizer = Tokenizer.from_str(folder.joinpath("tokenizer.json").read_text("utf-8"))
        # truncated where the model was trained to read (its card says), else the default
        self._tokenizer.enable_truncation(int(self.card.get("max_tokens", MAX_TOKENS)))
        self._tokenizer.enable_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(folder.joinpath("model.onnx").read_bytes(), options,
                                             providers=["CPUExecutionProvider"])
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, sentences: Sequence[str]) -> list[float]:
        with self._lock:
            todo = list(dict.fromkeys(s for s in sentences if s not in self._seen))
        found = self.read_new(todo)
        with self._lock:
            # the answer first: forgetting old readings below may drop some of these
            readings = [found[s] if s in found else self._seen[s] for s in sentences]
            self._seen.update(found)
            while len(self._seen) > _REMEMBERED:
                self._seen.popitem(last=False)
        return readings

    def read_new(self, sentences: list[str]) -> dict[str, float]:
        """Read ``sentences`` (distinct, none remembered) in batches, shortest first: a batch
        of like lengths wastes little on padding."""
        todo = sorted(sentences, key=len)
        found: dict[str, float] = {}
        for i in range(0, len(todo), BATCH):
            chunk = todo[i:i + BATCH]
            found.update(zip(chunk, self._run(chunk)))
        return found

    def _run(self, sentences: list[str]) -> list[float]:
        np = self._np
        encoded = self._tokenizer.encode_batch([_readable(s) for s in sentences])
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        (out,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        return [float(p) for p in out]


def _readable(sentence: str) -> str:
    """The sentence as the tokenizer takes it: white space made single, and a lone surrogate
    (a session's text may hold one) read as U+FFFD, since the tokenizer refuses it."""
    text = " ".join(sentence.split())
    if text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_loaded: OpinionModel | None = None
_loading = threading.Lock()
_threads = THREADS


def use_threads(threads: int) -> bool:
    """Run the shared model on ``threads`` threads (at least one) once it loads: a process
    among several comparing at once (a batch worker) wants one, so that the workers together
    keep to the cores. Once the model is loaded its threads stay as they are: the answer says
    whether it runs (or will run) on that many."""
    global _threads
    with _loading:
        if _loaded is not None:
            return _loaded.threads == max(1, threads)
        _threads = max(1, threads)
        return True


def load_opinion_model() -> OpinionModel:
    """The model, loaded on first use and shared after."""
    global _loaded
    with _loading:
        if _loaded is None:
            _loaded = OpinionModel(threads=_threads)
        return _loaded


def fresh_reader() -> Callable[[Sequence[str]], list[float]]:
    """A reading function like ``read_opinion`` with a memory of its own that starts empty.

    The int8 model scales each batch as a whole, so a sentence's reading depends a little on
    the sentences read beside it; a comparison read through a fresh reader comes out the
    same whatever the process read before (what a batch needs, its pairs landing on any
    worker in any order). The shared model is loaded only when there is something to read."""
    seen: dict[str, float] = {}

    def read(sentences: Sequence[str]) -> list[float]:
        todo = list(dict.fromkeys(s for s in sentences if s not in seen))
        if todo:
            seen.update(load_opinion_model().read_new(todo))
        return [seen[s] for s in sentences]

    return read


def read_opinion(sentences: Sequence[str]) -> list[float]:
    """The shared model's reading of ``sentences``: what front ends pass to ``compare`` as
    ``opinion``. The model is loaded only when there is something to read."""
    return load_opinion_model()(sentences) if sentences else []
