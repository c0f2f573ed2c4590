"""The shipped opinion model: it loads from package data with the network unavailable, and
it reads opinion higher than reporting."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from articlecompare.opinion import load_opinion_model, model_files

NO_NETWORK = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network is unavailable in this test")
socket.socket = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_the_model_loads_and_runs_with_the_network_unavailable() -> None:
    code = NO_NETWORK + (
        "from articlecompare.opinion import OpinionModel\n"
        "m = OpinionModel()\n"
        "p = m(['What a shameful, cowardly decision by this hopeless council.',"
        " 'The council voted 7 to 2 on Tuesday to close the library.'])\n"
        "assert p[0] > 0.5 > p[1], p\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"HF_HUB_OFFLINE": "0", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_the_shipped_files_are_the_ones_the_card_describes() -> None:
    folder = Path(str(model_files()))
    card = json.loads((folder / "card.json").read_text("utf-8"))
    digest = hashlib.sha256((folder / "model.onnx").read_bytes()).hexdigest()
    assert digest == card["model_sha256"]
    assert "all-MiniLM-L6-v2" in card["base"]


def test_scores_are_probabilities_in_order_and_remembered() -> None:
    model = load_opinion_model()
    sentences = ["Shares of the firm rose 3 percent in early trading.",
                 "Frankly, this is the most embarrassing product launch I have ever seen.",
                 "Shares of the firm rose 3 percent in early trading."]
    first = model(sentences)
    assert len(first) == 3 and all(0.0 <= p <= 1.0 for p in first)
    assert first[0] == first[2] < first[1]
    assert model(list(reversed(sentences))) == list(reversed(first))


def test_an_empty_batch_costs_nothing() -> None:
    assert load_opinion_model()([]) == []


def test_the_shipped_model_was_trained_on_the_sentences_in_the_repository() -> None:
    # the training script rebuilds the model from training/commentary/*.tsv; the card records
    # a hash of what it read, so the data and the model cannot drift apart unnoticed
    import importlib.util

    root = Path(__file__).resolve().parents[3]
    spec = importlib.util.spec_from_file_location("train", root / "scripts" / "train_opinion_model.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rows = train.read_data()
    digest = hashlib.sha256("\n".join(f"{s}\t{y}" for s, y in rows).encode()).hexdigest()
    card = json.loads((Path(str(model_files())) / "card.json").read_text("utf-8"))
    assert digest == card["data_sha256"]
    assert len(rows) > 5000 and 0.25 < sum(y for _, y in rows) / len(rows) < 0.5


def test_a_lone_surrogate_is_read_as_a_replacement_character() -> None:
    # a session's text may hold one (saved as a JSON escape); the tokenizer refuses it
    model = load_opinion_model()
    assert model(["It is a \ud800 disgrace."]) == model(["It is a \ufffd disgrace."])
