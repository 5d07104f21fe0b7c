"""Child of the protection kill trials: switches protection on or off, to be killed midway.

Run as `python protect_child.py DATA_DIR protect|unprotect PASSPHRASE`. It opens the database
of the data folder, prints `GO` just before the switch begins and `DONE <seconds>` when it
returned; the parent kills it with SIGKILL at a random moment in between.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir


def main() -> None:
    folder, mode, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    current = passphrase if mode == "unprotect" else None
    db = open_database(folder / DATABASE_NAME, current, backup_dir=backup_dir(folder))
    services = Services(db, methods_dir())
    print("GO", flush=True)
    started = time.monotonic()
    if mode == "protect":
        services.protection.protect(passphrase)
    else:
        services.protection.unprotect(passphrase)
    print(f"DONE {time.monotonic() - started:.3f}", flush=True)
    db.close()


if __name__ == "__main__":
    main()
