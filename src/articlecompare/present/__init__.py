"""Qt-free presentation that the window and every report read: one palette of kind colours
(and, in time, the marks, redline runs and excerpts), so the two front ends cannot disagree."""
