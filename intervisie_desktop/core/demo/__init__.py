"""Fictional demo datasets: a small realistic one, and a large one for benchmarks."""

from intervisie_desktop.core.demo.writer import DemoFolderNotEmpty, write_demo

__all__ = ["DemoFolderNotEmpty", "write_demo"]
