"""The kinds of file the Open dialogs list (one table, for every dialog that opens a version)."""
from __future__ import annotations

FILE_FILTER = ("Articles (*.html *.htm *.mhtml *.mht *.txt *.md *.markdown *.docx *.odt *.epub *.pdf "
               "*.warc *.warc.gz *.wacz);;"
               "Web pages (*.html *.htm *.mhtml *.mht);;Documents (*.docx *.odt *.epub *.pdf);;"
               "Web archives (*.warc *.warc.gz *.wacz);;Text (*.txt *.md *.markdown);;"
               "Sessions (*.acsession);;All files (*)")
