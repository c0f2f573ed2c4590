"""``python -m articlecompare``."""
import sys

from articlecompare.cli import main

sys.exit(main())
