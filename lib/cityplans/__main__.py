"""`python -m cityplans ...` runs the command line."""

import os
import sys

from cityplans.cli import main

try:
    sys.exit(main())
except KeyboardInterrupt:  # Ctrl-C: notebooks already running finish, kernels shut down
    print("interrupted", file=sys.stderr)
    sys.exit(130)
except BrokenPipeError:  # output piped into head or less that closed early
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(1)
