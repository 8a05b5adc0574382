"""What the command line hands to the app: a workshop bundle to open, ``--check-start``.

A file manager opens a ``.facilitator`` file with ``facilitator-gui FILE`` (the
.desktop file's ``Exec``, the Windows file association). The bundle is taken out
of the arguments before argparse sees them, so it never collides with the
commands (``facilitator demo``, ``facilitator export …``): only the first
argument that is not an option (nor an option's value) is looked at, and only
when its name ends in ``.facilitator`` (any case).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from facilitator.errors import FacilitatorError

_SHARED_LIBRARY_MISSING = "cannot open shared object file"  # the dynamic loader's words
BUNDLE_SUFFIX = ".facilitator"  # facilitator.services.bundles.SUFFIX, without importing it

# The options before a command that take a value (argparse also accepts a prefix of
# their names, e.g. --data, and the form --database=VALUE).
_VALUED = ("--database", "--live")


def _takes_value(option: str) -> bool:
    return "=" not in option and any(
        len(option) > 2 and name.startswith(option) for name in _VALUED
    )


def take_bundle_argument(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``argv`` without the bundle to open, and that bundle (None when there is none)."""
    args = list(argv)
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--":
            index += 1
            if index < len(args) and args[index].lower().endswith(BUNDLE_SUFFIX):
                return args[: index - 1] + args[index + 1 :], args[index]
            return args, None
        if word.startswith("-") and word != "-":
            index += 2 if _takes_value(word) else 1
            continue
        if word.lower().endswith(BUNDLE_SUFFIX):
            return args[:index] + args[index + 1 :], word
        return args, None  # a command: its own arguments are its own
    return args, None


def run_gui(args, *, bundle: str | None, errors_in_window: bool) -> int:
    """Start the app (Qt is imported only now) on ``args.database``."""
    # Starting allocates some 100,000 objects that live as long as the process (Qt's and
    # SQLAlchemy's modules, the window) and frees few: the cyclic collector would walk them
    # again and again for nothing. Automatic collection is off from here; once the
    # application exists, its GUI thread collects on a timer (ui/kit/gui_collector.py),
    # and once the start page is shown what exists by then is frozen out of it.
    gc.disable()
    try:
        try:
            from facilitator.ui.app import run
        except ImportError as exc:
            if _SHARED_LIBRARY_MISSING not in str(exc):
                raise
            # Qt's wheels need some libraries of the system (README.md lists the packages).
            raise FacilitatorError(
                f"the app cannot start: a library of the system is missing ({exc}); "
                "README.md lists the packages to install"
            ) from exc
        return run(
            database=args.database,
            errors_in_window=errors_in_window,
            live=args.live,
            bundle=bundle,
            check_start=args.check_start,
        )
    finally:
        gc.enable()
