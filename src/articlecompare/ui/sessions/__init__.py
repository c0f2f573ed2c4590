"""The inputs and the files of the work: the two versions, opening and pasting, sessions, autosave."""
