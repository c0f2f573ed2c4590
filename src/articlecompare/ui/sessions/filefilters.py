"""The kinds of file the Open dialogs list (one table, for every dialog that opens a version)."""
from __future__ import annotations

FILE_FILTER = ("Articles (*.html *.htm *.xhtml *.shtml *.mhtml *.mht *.txt *.text *.md *.markdown *.mdown *.mkd "
               "*.mkdn *.docx *.odt *.epub *.pdf *.warc *.warc.gz *.wacz);;"
               "Web pages (*.html *.htm *.xhtml *.shtml *.mhtml *.mht);;"
               "Word documents (*.docx);;OpenDocument text (*.odt);;EPUB books (*.epub);;PDF documents (*.pdf);;"
               "Web archives (*.warc *.warc.gz *.wacz);;Text (*.txt *.text *.md *.markdown *.mdown *.mkd *.mkdn);;"
               "Sessions (*.acsession);;All files (*)")
