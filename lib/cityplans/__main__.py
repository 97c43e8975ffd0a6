"""`python -m cityplans ...` runs the command line."""

import sys

from cityplans.cli import main

sys.exit(main())
