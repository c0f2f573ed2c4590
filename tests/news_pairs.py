"""Large news-like text pairs built from a seed, for tests that need size: paragraphs of
sentences about a council, with facts in them (numbers, money, dates), and a revised version
with paragraphs cut (5%), added (5%), reworded ("said" -> "stated", 5%) and one moved."""
from __future__ import annotations

import random

SUBJECTS = ["The council", "Mayor Jane Ortiz", "Residents", "The committee", "Police",
            "The school board", "Local traders", "A spokesman for the city"]
VERBS = ["said", "voted", "argued", "reported", "announced", "warned", "confirmed", "denied"]
OBJECTS = ["the library would close", "that 2,000 people signed a petition",
           "the budget rose 4% this year", "a new plan on Tuesday",
           "that costs reached $1.2 million", "the road would reopen in March"]
TAILS = ["after a long meeting", "according to officials", "despite objections",
         "in a statement", "on Friday"]


def news_pair(words: int, seed: int = 2024) -> tuple[str, str]:
    """(original, revised) texts of at least ``words`` words in the original."""
    rng = random.Random(seed)

    def sentence() -> str:
        return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                f"{rng.choice(TAILS)}, case {rng.randrange(10**6)}.")

    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(sentence() for _ in range(rng.randint(1, 5)))
        count += paragraph.count(" ") + 1
        paragraphs.append(paragraph)
    revised = []
    for paragraph in paragraphs:
        x = rng.random()
        if x < 0.05:
            continue  # cut
        if x < 0.10:
            revised.append(sentence())  # a new paragraph
        if x < 0.15:
            paragraph = paragraph.replace(" said ", " stated ", 1)
        revised.append(paragraph)
    moved = revised.pop(len(revised) // 3)
    revised.insert(2 * len(revised) // 3, moved)
    return "\n\n".join(paragraphs), "\n\n".join(revised)
