"""`python -m desktop` runs the same as the `bvte` command."""

import sys

from desktop.cli import main

sys.exit(main())
