"""Where a Save or Export dialog opens: the folder the user last saved to in this window,
else the session's, else the folder of the versions' files, else the home folder. Pure, so a
test can drive it without a dialog."""
from __future__ import annotations

import os
from collections.abc import Iterable


def start_folder(last_used: str, session_path: str, sources: Iterable[str]) -> str:
    """The first of ``last_used``, the session file's folder and the sources' folders that
    is a folder on disk; the home folder when none is (pasted text has no folder)."""
    candidates = [last_used, os.path.dirname(session_path) if session_path else ""]
    candidates += [os.path.dirname(os.path.abspath(s)) for s in sources if s and os.path.isfile(s)]
    return next((c for c in candidates if c and os.path.isdir(c)), os.path.expanduser("~"))
