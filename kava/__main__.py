import sys

from kava.cli import main

sys.exit(main())
