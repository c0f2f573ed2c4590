"""The news and picture agencies whose names make a line a picture's credit ("Chris
McGrath/Getty Images", "(AP Photo/Evan Vucci)", "… /Lehtikuva via AP"): one list for every
reader of credits (``classify`` for lines, ``facts`` for names, ``commentary`` for captions).

No dependencies; names only.
"""
from __future__ import annotations

import re

# wires whose name alone closes a caption's line after the photographer's ("… Jorge Silva
# AP"); no one's surname or a company's name
WIRES = ("AP", "AFP", "Reuters", "EPA", "UPI", "TASS", "Xinhua")
# credited only beside a slash, "via" or "Photo": "Bloomberg" and "Pool" are names too
PICTURE_DESKS = ("PA", "Getty Images", "Getty", "Shutterstock", "iStock", "Bloomberg",
                 "Sputnik", "Pool")
AGENCIES = WIRES + PICTURE_DESKS


def alternation(names: tuple[str, ...] = AGENCIES) -> str:
    """A regular expression's alternation of ``names``, longest first ("Getty Images" before
    "Getty")."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
