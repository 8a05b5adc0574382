"""The frozen programs' entry: ``facilitator-cli`` runs the command line, ``Facilitator``
(the window, started without a console on Windows and macOS) the GUI entry, which shows
errors in a window. Both take the same arguments (``Facilitator x.facilitator``)."""

import multiprocessing
import sys
from pathlib import Path

from facilitator.cli import main, main_gui

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen program that starts processes needs it
    command_line = Path(sys.executable).stem.lower().endswith("-cli")
    sys.exit(main() if command_line else main_gui())
