"""Session mode: the audience view on the projector and the presenter view on the laptop."""

from intervisie_desktop.ui.session.controller import SessionModeController, start_session_mode

__all__ = ["SessionModeController", "start_session_mode"]
