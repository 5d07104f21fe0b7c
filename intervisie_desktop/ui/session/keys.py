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

# Messages to the room (ui.session.messages): 1-5 a preset, M a typed one, 0 takes it away.
MESSAGE_KEYS: dict[str, tuple[int | str, ...]] = {
    "message_1": (K.Key_1,),
    "message_2": (K.Key_2,),
    "message_3": (K.Key_3,),
    "message_4": (K.Key_4,),
    "message_5": (K.Key_5,),
    "message_text": (K.Key_M,),
    "message_own": ("Shift+M",),
    "message_clear": (K.Key_0,),
}

# Keys of the presenter's own helpers: E enters the evaluation at the evaluation step; on one
# screen, P shows the presenter overlay over the audience view and F the script in it; D, C and X
# mark a follow-up at the follow-up step.
EVALUATE_KEY = "E"
HELPER_KEYS: dict[str, tuple[int | str, ...]] = {
    "evaluate": (EVALUATE_KEY,),
    "overlay": (K.Key_P,),
    "overlay_script": (K.Key_F,),
    # at the follow-up step: the chosen open action is done, carried over or dropped
    "follow_up_done": (K.Key_D,),
    "follow_up_carried": (K.Key_C,),
    "follow_up_dropped": (K.Key_X,),
}

#: Every table, in the order the manual lists them.
ALL_KEYS: dict[str, tuple[int | str, ...]] = {**KEYS, **MESSAGE_KEYS, **HELPER_KEYS}
