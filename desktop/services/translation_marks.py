"""Marks service texts for the UI's Qt catalogues without importing Qt."""

# The catalogue context of every sync message; the UI translates under it.
CONTEXT = "SyncMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as Qt's macro, which lupdate reads
    """Returns `text` unchanged; pyside6-lupdate collects it under `context` for translators.

    Texts are written in Vietnamese, what the command line prints; the English catalogue
    translates them for an English UI.
    """
    return text
