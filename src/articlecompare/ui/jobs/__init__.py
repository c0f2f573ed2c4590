"""Work off the GUI thread (cancellable, latest-only jobs) and its progress in the status bar."""
