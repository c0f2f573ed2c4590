"""Pairs the batch tests compare: short news items this project wrote, each revised in one
of four ways, so that every kind of outcome a filter looks at is there."""
from __future__ import annotations

import json
from pathlib import Path

STORY = [
    "Council votes to close the Elm Street library",
    "The town council voted 7 to 2 on Tuesday to close the Elm Street library, the mayor's "
    "office said.",
    "The library, opened in 1962, lends about 40,000 books a year.",
    "Councillor Ann Reyes said the building needs repairs costing $1.2 million.",
    "The books will move to the central library in March.",
]
COMMENTARY = "This is a shameful, cowardly decision by a hopeless council."
# the revision each pair gets, by its number modulo 4
REVISIONS = ("commentary", "omission", "figure", "none")


def story(k: int) -> list[str]:
    """The story of pair ``k``: its own street and figures, so no two pairs are the same."""
    street = ("Elm", "Oak", "Pine", "Birch", "Cedar", "Maple", "Ash")[k % 7] + f" {k}"
    return [s.replace("Elm Street", f"{street} Street").replace("40,000", f"{40 + k},000")
            for s in STORY]


def revision(k: int) -> list[str]:
    sentences = story(k)
    how = REVISIONS[k % 4]
    if how == "commentary":
        return sentences[:2] + [COMMENTARY] + sentences[2:]
    if how == "omission":
        return sentences[:2] + sentences[3:]
    if how == "figure":
        return [s.replace("7 to 2", "6 to 3") for s in sentences]
    return sentences


def text(sentences: list[str]) -> str:
    return "\n\n".join(sentences) + "\n"


def pair_texts(count: int) -> list[tuple[str, str, str]]:
    """``count`` pairs as ``(id, original, revised)``."""
    return [(f"p{k:03d}", text(story(k)), text(revision(k))) for k in range(count)]


def write_jsonl(path: Path, count: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for pair_id, original, revised in pair_texts(count):
            fh.write(json.dumps({"id": pair_id, "original": original, "revised": revised}) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
