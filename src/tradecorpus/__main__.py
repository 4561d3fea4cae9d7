"""``python -m tradecorpus``: the same as the ``tradecorpus`` command."""

import sys

from tradecorpus.cli import main

if __name__ == "__main__":
    sys.exit(main())
