import sys

from intervisie_desktop.cli import main

sys.exit(main())
