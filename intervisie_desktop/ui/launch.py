"""Start the GUI: logging and the exception hook first, then Qt, the database and the window."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from pathlib import Path

from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import DataDirError, prepare_data_dir, resolve_data_dir

logger = logging.getLogger(__name__)


def launch_gui(args: argparse.Namespace) -> int:
    log_file = setup_logging()
    from intervisie_desktop.ui.errors import install_excepthook

    install_excepthook(log_file)
    demo_dir: Path | None = None
    try:
        if args.demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="intervisie-demo-"))
            folder = demo_dir / "data"
            from intervisie_desktop.core.demo import write_demo
            from intervisie_desktop.paths import DATABASE_NAME

            write_demo(folder, DATABASE_NAME, "small")
        else:
            try:
                folder = prepare_data_dir(resolve_data_dir(args.data_dir), create=True)
            except DataDirError as exc:
                print(f"intervisie: error: {exc}", file=sys.stderr)
                return 2
        from intervisie_desktop.ui.app import run_app

        return run_app(folder, lang=args.lang, demo=args.demo)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
