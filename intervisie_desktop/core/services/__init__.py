"""Named operations on the data; the only way the UI and the command line change anything."""

from intervisie_desktop.core.services.facade import Services

__all__ = ["Services"]
