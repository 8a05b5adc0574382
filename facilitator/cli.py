"""Command line: ``facilitator [--database X] [demo | list workshops]``; the GUI by default.

The GUI (and with it Qt) is imported only when the GUI is asked for, so the
commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from facilitator import __version__
from facilitator.errors import FacilitatorError

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run multi-stakeholder workshops: attendees, agenda, notes, decisions, "
        "commitments and minutes. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL to use instead of the default database "
        "(also FACILITATOR_DATABASE)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="load the demo series (does nothing if already loaded)")
    list_parser = commands.add_parser("list", help="list things in the database")
    list_parser.add_argument("what", choices=["workshops"], help="what to list")
    return parser


def _open_store(location):
    from facilitator.store import Store

    return Store.open(location)


def _cmd_demo(args) -> int:
    from facilitator.services.demo import load_demo

    store = _open_store(args.database)
    try:
        result = load_demo(store)
    finally:
        store.close()
    if result.loaded:
        print(
            f"Loaded the demo: {result.series} series, {result.workshops} workshops, "
            f"{result.organizations} organizations, {result.people} people."
        )
    else:
        print("The demo is already loaded; nothing changed.")
    return EXIT_OK


def _cmd_list(args) -> int:
    from facilitator.services.workshops import list_workshops

    store = _open_store(args.database)
    try:
        items = list_workshops(store)
    finally:
        store.close()
    for item in items:
        local = item.planned_start.astimezone()
        print(f"{item.id}\t{local:%Y-%m-%d}\t{item.title}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "list":
            return _cmd_list(args)
        return _run_gui(args)
    except FacilitatorError as exc:
        print(f"facilitator: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _run_gui(args) -> int:
    from facilitator.ui.app import run

    return run(database=args.database)


def main_gui() -> int:
    return main()
