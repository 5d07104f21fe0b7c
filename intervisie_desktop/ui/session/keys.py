"""The keys of session mode, as the house design fixes them: a presentation clicker sends
PageDown/PageUp (or the arrows), and the rest are single keys the supervisor can reach blind.

One table: the controller makes its actions from it, and the manual prints it."""

from __future__ import annotations

from PySide6.QtCore import Qt

K = Qt.Key
KEYS: dict[str, tuple[int, ...]] = {
    "next": (K.Key_PageDown, K.Key_Right, K.Key_Return, K.Key_Enter),
    "back": (K.Key_PageUp, K.Key_Left),
    "pause": (K.Key_Space,),
    "blank": (K.Key_B, K.Key_Period),
    "more": (K.Key_Plus,),
    "less": (K.Key_Minus,),
    "skip": (K.Key_S,),
    "start": (K.Key_F5,),
    "leave": (K.Key_Escape,),
}
