"""Qt's own words that the app's catalogue supplies or puts right.

Qt translates its dialogs and key names through its own ``qtbase_<lang>.qm``, which
the app loads before its own catalogue; the app's catalogue is installed last, so
Qt looks there first and an entry here wins (``ui/app.py``, ``Translators.use``).

- ``QFileDialog``: Qt 6 asks for "&Look in:" and "Files of &type:" (with their Alt
  letters), which ``qtbase_tr.qm`` only has without the "&", so Qt's own (non-native)
  file dialog showed them in English on a Turkish screen.
- ``QShortcut``: the names ``QKeySequence.toString(NativeText)`` gives the keys in
  menus and tooltips. ``qtbase_tr.qm`` writes "Kontrol+Üst Karakter+Sil"; Turkish
  keyboards print Ctrl, Shift, Alt, Del and Enter on the keys, so the Turkish
  catalogue gives the names printed on the keys (and the arrows as arrows, as the live
  screen writes them). Two keys never get one name: Qt reads a typed key sequence
  ("Enter") by these names first, so Return is "↵", as printed on the key, and Enter
  (the keypad's) stays "Enter".

Nothing calls these at run time: ``QT_TRANSLATE_NOOP`` only marks them for
``pyside6-lupdate``, which files them under Qt's contexts. The tuples let the tests
check that each is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = "QFileDialog"
SHORTCUT = "QShortcut"

FILE_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Delete"),
    QT_TRANSLATE_NOOP("QShortcut", "Ins"),
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Escape"),
    QT_TRANSLATE_NOOP("QShortcut", "Tab"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Home"),
    QT_TRANSLATE_NOOP("QShortcut", "End"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
)
