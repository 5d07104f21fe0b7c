"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

Every call of a Qt method that returns nothing (setters, QPainter.save...) takes one reference
from None; a few thousand calls later the interpreter aborts with "deallocating None". Rendering
a batch of PDFs makes millions of such calls. Python 3.12 made None immortal, so the bug is
harmless there; on 3.11 we give None so many references that it can never reach zero.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    refcount.value += 1 << 48
    _done = True
