"""The method library: browse built-in and own methods, copy and edit them."""

from intervisie_desktop.ui.methods.pane import MethodLibraryPane
from intervisie_desktop.ui.methods.window import MethodLibraryWindow

__all__ = ["MethodLibraryPane", "MethodLibraryWindow"]
