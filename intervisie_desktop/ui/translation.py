"""Installing Qt translators (ours and Qt's own qtbase); the language is chosen in
intervisie_desktop.language."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intervisie_desktop.paths import resource_dir

if TYPE_CHECKING:
    from intervisie_desktop.core.errors import IntervisieError

logger = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load every resources/translations/*_<lang>.qm plus qtbase_<lang>; keep them referenced."""
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translators: list[QTranslator] = []
    folder = resource_dir() / "translations"
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            logger.warning("could not load translation %s", qm.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if lang != "en" and qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        translators.append(qtbase)
    return translators


def error_text(error: IntervisieError) -> str:
    """The user's-language text of a core error (labels translated too)."""
    args = dict(error.args_map)
    for key in ("label", "what"):
        if key in args:
            args[key] = QCoreApplication.translate(error.label_context, str(args[key]))
    return QCoreApplication.translate(error.context, error.source).format(**args)
