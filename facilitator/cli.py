"""Command line: ``facilitator [--database X] [demo | list | import | export]``; the GUI by default.

``facilitator [--database X] FILE.facilitator`` opens the app with that bundle's
import preview (``cli_gui.py``).

The GUI (and with it Qt) is imported only when the GUI is asked for, so the
commands start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator import __version__
from facilitator.cli_gui import run_gui, take_bundle_argument
from facilitator.errors import FacilitatorError

EXIT_OK = 0
EXIT_BAD_INPUT = 2

# What a terminal must never receive raw from user data or file names: control
# characters (ESC sequences, carriage returns, newlines that split a message)
# and the invisible marks that reorder or hide text.
_INVISIBLE = frozenset("\u061c\u200e\u200f\u2028\u2029") | frozenset(
    chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def terminal_safe(value) -> str:
    """``value`` as text a terminal shows as it is: control characters escaped (``\\x1b``)."""
    out = []
    for ch in str(value):
        code = ord(ch)
        if code < 0x20 or 0x7F <= code < 0xA0 or ch in _INVISIBLE or 0xD800 <= code < 0xE000:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def _say(*parts, file=None) -> None:
    """Print one line; everything in it goes through :func:`terminal_safe`."""
    print(" ".join(terminal_safe(p) for p in parts), file=file)


def _say_fields(*fields) -> None:
    """Print one tab-separated line; each field escaped, so a tab in a title cannot split it."""
    print("\t".join(terminal_safe(f) for f in fields))


class _Parser(argparse.ArgumentParser):
    """argparse, with what the user typed escaped in its error line."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {terminal_safe(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    parser.add_argument(
        "--live",
        metavar="WORKSHOP_ID",
        type=int,
        help="open straight into the live screen of that workshop",
    )
    parser.add_argument(
        "--check-start",
        action="store_true",
        help="start the app, print when its main window was first painted, and quit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="load the demo series (does nothing if already loaded)")
    list_parser = commands.add_parser("list", help="list things in the database")
    list_parser.add_argument("what", choices=["workshops"], help="what to list")
    commands.add_parser(
        "check",
        help="check the database: of a file its integrity, of a server the connection; "
        "the schema version and row counts (exit status 0 when healthy, 1 when not)",
    )
    backup_parser = commands.add_parser(
        "backup",
        help="write a verified copy of the database file, or an export of a server's "
        "database (safe while the app runs)",
    )
    backup_parser.add_argument("-o", "--output", metavar="FILE", required=True)
    restore_parser = commands.add_parser(
        "restore",
        help="replace the database file with a backup (the replaced file is kept beside it), "
        "or load a server's export into an empty database on a server",
    )
    restore_parser.add_argument(
        "file", metavar="FILE", help="a Facilitator database or backup, or a server's export"
    )
    bundle_parser = commands.add_parser(
        "bundle",
        help="move a workshop between databases as one .facilitator file",
        description="export: the workshop with everything it refers to; import: merged by "
        "UUID, all rows or none. A row that differs here and in the bundle is never changed "
        "without a choice: such rows are listed and the import refused unless --conflicts "
        "is given. Where no database exists yet, import creates it.",
    )
    bundle_commands = bundle_parser.add_subparsers(dest="bundle_command", required=True)
    bundle_export = bundle_commands.add_parser("export", help="write a workshop bundle")
    bundle_export.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    bundle_export.add_argument("-o", "--output", metavar="FILE", required=True)
    bundle_import = bundle_commands.add_parser("import", help="import a workshop bundle")
    bundle_import.add_argument("file", metavar="FILE")
    bundle_import.add_argument(
        "--conflicts",
        choices=["mine", "theirs"],
        help="for every row that differs: keep this database's (mine) or take the "
        "bundle's (theirs); without it an import with differing rows is refused and "
        "lists them",
    )

    import_parser = commands.add_parser(
        "import",
        help="import attendees from a CSV or XLSX file (all rows or none)",
        description="Import attendees into a workshop from a CSV or .xlsx file. Columns are "
        "recognised by their headers; every row is checked first and nothing is imported "
        "unless every row can be.",
    )
    import_parser.add_argument("what", choices=["attendees"], help="what to import")
    import_parser.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    import_parser.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")

    export_parser = commands.add_parser(
        "export",
        help="export attendees (CSV/XLSX), a document (PDF or Word), the invitation (.ics) "
        "or name badges with room codes (PDF)",
        description="attendees: FILE.csv or FILE.xlsx; minutes, agenda, attendance: a PDF "
        "(FILE.pdf) or an editable Word document (FILE.docx) of the workshop; roadmap: a PDF "
        "of the workshop's series; ics: a calendar invitation; badges: name badges (FILE.pdf, "
        "in the workshop's language), each with the QR code of its attendee's key to the room "
        "(`facilitator room`) at --host and --port.",
    )
    export_parser.add_argument(
        "what",
        choices=["attendees", "minutes", "roadmap", "agenda", "attendance", "ics", "badges"],
        help="what to export",
    )
    export_parser.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    export_parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="FILE.csv or FILE.xlsx (attendees), FILE.pdf or FILE.docx (minutes, agenda, "
        "attendance), FILE.pdf (roadmap, badges), FILE.ics (ics)",
    )
    export_parser.add_argument(
        "--host",
        metavar="ADDR",
        help="badges: the address the room is served on (default: this computer's address on "
        "its local network)",
    )
    export_parser.add_argument(
        "--port", type=int, metavar="N", help="badges: the room's port (default: 8765)"
    )
    export_parser.add_argument(
        "--lang",
        choices=["tr", "en"],
        default="tr",
        help="language of the headers and labels (default: tr)",
    )
    export_parser.add_argument(
        "--no-attribution",
        action="store_true",
        help="minutes: notes without speakers' names (Chatham House rule)",
    )
    export_parser.add_argument(
        "--landscape", action="store_true", help="attendance: landscape pages"
    )
    export_parser.add_argument(
        "--columns",
        metavar="LIST",
        help="attendance: its columns, comma-separated, from name, organization, position, "
        "email (printed for those who consented), gender, photo (photo consent), signature; "
        "default: name,organization,position,signature",
    )
    export_parser.add_argument(
        "--version",
        dest="minutes_version",
        metavar="N|final|draft",
        type=_minutes_version,
        help="minutes: version N as recorded, the final, or the current draft (recorded as the "
        "next version, listing what changed since the final); default: the latest final, else "
        "the current draft",
    )
    export_parser.add_argument(
        "--agenda-only",
        action="store_true",
        help="minutes of a workshop not held yet: a draft of its details and agenda only",
    )
    export_parser.add_argument(
        "--no-branding",
        action="store_true",
        help="documents without the logos, disclaimer and colour chosen in the app's Settings",
    )
    _add_minutes_parser(commands)
    room_parser = commands.add_parser(
        "room",
        help="open a workshop's room to the phones in it (no internet needed)",
        description="Serve the workshop's room on this computer's local network: attendees "
        "scan their badge (`facilitator export badges`) to follow along and vote; the room "
        "code opens the idea box. Prints the address and the room code; Ctrl+C closes the "
        "room, and so does the end of the session.",
    )
    room_parser.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)
    room_parser.add_argument(
        "--host",
        metavar="ADDR",
        help="the address to listen on (default: this computer's address on its local network)",
    )
    room_parser.add_argument(
        "--port",
        type=int,
        default=None,
        metavar="N",
        help="the port (default: 8765; 0 takes a free one)",
    )
    return parser


def _add_minutes_parser(commands) -> None:
    minutes_parser = commands.add_parser(
        "minutes",
        help="the minutes' versions: status, versions, finalize",
        description="status: where the minutes stand (versions, the final, changes since); "
        "versions: every recorded version with its date and SHA-256; finalize: freeze "
        "today's content as the final version (its status becomes minutes sent).",
    )
    minutes_parser.add_argument("action", choices=["status", "versions", "finalize"])
    minutes_parser.add_argument("workshop_id", metavar="WORKSHOP_ID", type=int)


def _minutes_version(text: str):
    if text in ("final", "draft"):
        return text
    if text.isascii() and text.isdigit() and 0 < int(text) < 100_000:
        return int(text)
    raise argparse.ArgumentTypeError("expected a version number, final or draft")


def _open_store(location, *, create: bool = False, write: bool = False):
    """The database; only ``demo`` and ``bundle import`` may create it, where none exists.

    Every other command needs a Facilitator database that exists: a missing,
    empty or foreign file is refused and left untouched.

    Commands that write pass ``write=True``: they hold the file's lock, so they
    are refused while the app (or another writing command) has it open.
    """
    from facilitator.store import Store

    return Store.open(location, create=create, lock=write)


def _cmd_demo(args) -> int:
    from facilitator.services.demo import load_demo

    store = _open_store(args.database, create=True, write=True)
    try:
        result = load_demo(store)
    finally:
        store.close()
    if result.loaded:
        _say(
            f"Loaded the demo: {result.series} series, {result.workshops} workshops, "
            f"{result.organizations} organizations, {result.people} people."
        )
    else:
        _say("The demo is already loaded; nothing changed.")
    return EXIT_OK


def _cmd_list(args) -> int:
    from facilitator.services.workshops import list_workshops

    store = _open_store(args.database)
    try:
        items = list_workshops(store)
    finally:
        store.close()
    from facilitator.zones import zone

    for item in items:
        local = item.planned_start.astimezone(zone(item.time_zone))  # the day where it is held
        _say_fields(item.id, f"{local:%Y-%m-%d}", item.title)
    return EXIT_OK


EXIT_UNHEALTHY = 1


def _cmd_check(args) -> int:
    from facilitator.store.health import check_database, check_server, database_location

    location = database_location(args.database)
    if isinstance(location, Path):
        health = check_database(location)
        where = f"{health.path}: integrity ok"
    else:  # a server keeps its own integrity: where it is, who is connected
        health = check_server(location)
        where = health.connection
        if where and not health.ok:
            _say(where)
    if not health.ok:
        _say(f"facilitator: {health.problem}", file=sys.stderr)
        return EXIT_UNHEALTHY
    state = "current" if health.current else "older; upgraded when opened"
    _say(f"{where}, schema {health.revision} ({state})")
    for table, count in health.counts.items():
        _say_fields(table, count)
    return EXIT_OK


def _cmd_backup(args) -> int:
    from facilitator.store.backups import copy_to, verify_database_file
    from facilitator.store.health import database_location

    source = database_location(args.database)
    output = Path(args.output).expanduser().absolute()
    if not isinstance(source, Path):
        from facilitator.store import server_backup

        result = server_backup.export_database(source, output)  # refuses an existing output
        _say(
            f"Wrote an export of {server_backup.shown_url(source)} to {output}: schema "
            f"{result.revision}, {result.rows} rows in {len(result.counts)} tables"
        )
        return EXIT_OK
    if not source.exists():
        raise FacilitatorError(f"there is no database at {source}")
    if output.exists() or output.is_symlink():
        raise FacilitatorError(f"{output} already exists; choose another file name")
    if output.name.endswith(("-journal", "-wal", "-shm")):
        raise FacilitatorError(
            f"{output.name} is how SQLite names the files it keeps beside a database (and "
            "deletes); choose another file name"
        )
    # Only an intact Facilitator database is copied: not a damaged, empty or foreign file.
    verified = verify_database_file(source)
    if not verified.ok:
        raise FacilitatorError(verified.problem)
    copy_to(source, output)
    _say(f"Wrote a verified backup of {source} to {output}")
    return EXIT_OK


def _cmd_restore(args) -> int:
    from facilitator.store import server_backup
    from facilitator.store.backups import restore_backup
    from facilitator.store.export_file import is_export
    from facilitator.store.health import database_location
    from facilitator.store.lock import InstanceLock

    target = database_location(args.database)
    source = Path(args.file).expanduser()
    if not isinstance(target, Path):  # a server: a logical export, into an empty database
        _say_loaded(server_backup.shown_url(target), server_backup.restore_export(target, source))
        return EXIT_OK
    export = is_export(source)  # a server's export: into a new file only
    held = InstanceLock.acquire(target)  # refused while the app has the file open
    try:
        if export:
            loaded = server_backup.restore_export_into_file(target, source)
        else:
            result = restore_backup(target, source)
    finally:
        held.release()
    if export:
        _say_loaded(target, loaded)
        return EXIT_OK
    _say(f"Restored {target} from {result.source}")
    if result.kept_as is not None:
        _say(f"The replaced file was kept as {result.kept_as}")
    return EXIT_OK


def _say_loaded(target, loaded) -> None:
    upgraded = ""
    if loaded.exported_revision != loaded.revision:
        upgraded = f" (upgraded from schema {loaded.exported_revision})"
    _say(
        f"Restored {target} from {loaded.source}: schema {loaded.revision}{upgraded}, "
        f"{loaded.rows} rows in {len(loaded.counts)} tables"
    )


def _cmd_bundle(args) -> int:
    from facilitator.services import bundles

    if args.bundle_command == "export":
        output = Path(args.output)
        if output.suffix.lower() != bundles.SUFFIX:
            output = output.with_name(output.name + bundles.SUFFIX)
        store = _open_store(args.database)
        try:
            result = bundles.export_bundle(store, args.workshop_id, output)
        finally:
            store.close()
        rows = sum(result.counts.values())
        _say(f"Wrote {result.workshop_title!r} ({rows} rows) to {output}")
        return EXIT_OK
    from facilitator.store.health import database_path

    new_file = _missing_database(args.database)
    store = _open_store(args.database, create=True, write=True)
    try:
        preview = bundles.preview_import(store, args.file)
        if preview.conflicts and args.conflicts is None:
            for conflict in preview.conflicts:
                fields = ", ".join(d.field for d in conflict.differences)
                _say(
                    f"differs here and in the bundle: {conflict.table} {conflict.label!r} "
                    f"({fields})",
                    file=sys.stderr,
                )
            raise FacilitatorError(
                f"{len(preview.conflicts)} rows differ here and in the bundle; nothing was "
                "imported. Run again with --conflicts mine (keep this database's) or "
                "--conflicts theirs (take the bundle's)"
            )
        choices = {c.uuid: args.conflicts for c in preview.conflicts}
        for conflict in preview.conflicts:
            if choices[conflict.uuid] == bundles.TAKE_THEIRS:
                _say(f"taking the bundle's {conflict.table} {conflict.label!r}")
        result = bundles.apply_import(store, preview, choices)
    except BaseException:
        store.close()
        if new_file:  # the database made for this import holds nothing: no trace is left
            _remove_new_database(database_path(args.database))
        raise
    store.close()
    _say(
        f"Imported {preview.workshop_title!r} as workshop {result.workshop_id}: "
        f"created {result.created}, updated {result.updated}, matched {result.matched}"
    )
    return EXIT_OK


def _missing_database(location) -> bool:
    """True when ``location`` is a database file that does not exist yet."""
    from facilitator.store.health import database_path

    try:
        path = database_path(location)
    except FacilitatorError:
        return False  # a server: created by its own tools
    return not path.exists() and not path.is_symlink()


def _remove_new_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "cp1254": "Windows-1254",
    "utf-16": "UTF-16",
}
_SEPARATORS = {";": "semicolon", ",": "comma", "\t": "tab"}


def _cmd_import(args) -> int:
    from facilitator.documents.attendee_files import (
        guess_columns,
        read_attendee_file,
        repeated_columns,
    )
    from facilitator.errors import ValidationError
    from facilitator.services.attendee_import import (
        RowStatus,
        apply_import,
        build_preview,
        column_name,
    )

    table = read_attendee_file(args.file)  # before opening the database: bad files touch nothing
    repeated = repeated_columns(table)
    if repeated:
        first, later = repeated[0]
        raise ValidationError(
            f"{table.file_name}: columns {column_name(table.headers, first)} and "
            f"{column_name(table.headers, later)} hold the same field, and only one can be "
            "imported; remove or rename one (in the app, the preview lets you choose)"
        )
    store = _open_store(args.database, write=True)
    try:
        preview = build_preview(store, args.workshop_id, table, guess_columns(table))
        problem = preview.first_error()
        if problem is not None:
            raise ValidationError(problem)
        result = apply_import(store, preview)
    finally:
        store.close()
    if table.kind == "xlsx":
        source = f"sheet {table.sheet}"
    else:
        separator = _SEPARATORS.get(table.separator or "", "one column")
        source = f"{_ENCODINGS.get(table.encoding or '', table.encoding)}, {separator}"
    counts = preview.counts
    _say(
        f"{table.file_name} ({source}): {len(preview.rows)} rows into workshop "
        f"{args.workshop_id}; {counts[RowStatus.ATTENDING]} already attending, "
        f"{counts[RowStatus.DUPLICATE]} repeated in the file, "
        f"{result.organizations_created} new organizations"
    )
    _say(f"created {result.created}, matched {result.matched}, skipped {result.skipped}")
    return EXIT_OK


def _cmd_export(args) -> int:
    if args.what == "badges":
        return _cmd_export_badges(args)
    if args.what != "attendees":
        return _cmd_export_document(args)
    from facilitator import i18n
    from facilitator.documents.attendee_files import write_attendee_file
    from facilitator.errors import ValidationError
    from facilitator.services.attendee_export import attendee_table

    output = Path(args.output)
    if output.suffix.lower() not in (".csv", ".xlsx"):
        raise ValidationError(f"{output}: the file name must end in .csv or .xlsx")
    i18n.set_language(args.lang)
    store = _open_store(args.database)
    try:
        table = attendee_table(store, args.workshop_id)
    finally:
        store.close()
    write_attendee_file(output, table.headers, table.rows, sheet_title=table.sheet_title)
    _say(f"Wrote {len(table.rows)} attendees to {output}")
    return EXIT_OK


def _cmd_export_badges(args) -> int:
    from facilitator.documents.badges import check_path, room_address, write_badges
    from facilitator.room.server import DEFAULT_PORT, lan_address

    check_path(args.output)  # before opening the database: bad names touch nothing
    host = args.host if args.host is not None else lan_address()
    address = room_address(host, args.port if args.port is not None else DEFAULT_PORT)
    store = _open_store(args.database, write=True)  # tokens are issued to those without one
    try:
        count = write_badges(store, args.workshop_id, args.output, address)
    finally:
        store.close()
    badges = "1 badge" if count == 1 else f"{count} badges"
    _say(f"Wrote {badges} to {args.output}, their codes pointing to {address}")
    return EXIT_OK


def _cmd_export_document(args) -> int:
    from facilitator.documents.branding_file import read_branding, read_organizer
    from facilitator.documents.exports import check_output, export_document
    from facilitator.documents.template import Branding, RenderOptions

    check_output(args.what, args.output)  # before opening the database: bad names touch nothing
    columns = ()
    if args.columns is not None:
        from facilitator.documents.attendance import sheet_columns

        columns = sheet_columns(args.columns.split(","))
    options = RenderOptions(
        language=args.lang,
        landscape=args.landscape,
        columns=columns,
        anonymise=args.no_attribution,
        # The branding chosen in the app's Settings, read from its settings file without Qt.
        branding=Branding() if args.no_branding else read_branding(),
    )
    store = _open_store(args.database)
    try:
        result = export_document(
            store,
            args.what,
            args.workshop_id,
            args.output,
            options,
            version=args.minutes_version,
            agenda_only=args.agenda_only,
            organizer=read_organizer() if args.what == "ics" else None,
        )
    finally:
        store.close()
    pages = ""
    if result.pages is not None:
        pages = " (1 page)" if result.pages == 1 else f" ({result.pages} pages)"
    _say(f"Wrote {result.path}{pages}{_version_words(result.stamp)}")
    return EXIT_OK


def _version_words(stamp) -> str:
    if stamp is None:
        return ""
    if stamp.agenda_only:
        return ": a draft of the agenda only"
    return f": final v{stamp.number}" if stamp.final else f": draft v{stamp.number}"


def _cmd_minutes(args) -> int:
    from facilitator.services import minutes_record

    store = _open_store(args.database, write=args.action == "finalize")
    try:
        if args.action == "finalize":
            final, changed = minutes_record.finalize(store, args.workshop_id)
            row = final.row
            if changed:
                _say(f"Finalised the minutes as version {row.number} ({_day(row.created_at)})")
            else:
                _say(f"The minutes are already final as version {row.number}; nothing changed")
            _say(f"SHA-256: {row.sha256}")
            return EXIT_OK
        if args.action == "versions":
            for row in minutes_record.versions(store, args.workshop_id):
                kind = "final" if row.final else "draft"
                _say_fields(f"v{row.number}", kind, _day(row.created_at), row.sha256)
            return EXIT_OK
        now = minutes_record.status(store, args.workshop_id)
    finally:
        store.close()
    _say_minutes_status(now)
    return EXIT_OK


def _day(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _say_minutes_status(now) -> None:
    _say(f"{now.title}")
    if not now.held:
        _say("Not held yet: no minutes (an agenda-only draft: export minutes --agenda-only)")
        return
    count = len(now.versions)
    _say(f"Versions: {count}" + (f" (last: v{now.versions[-1].number})" if count else ""))
    if now.final is None:
        _say("Final: none (draft)")
    else:
        _say(f"Final: v{now.final.number} ({_day(now.final.created_at)})")
        _say(f"SHA-256: {now.final.sha256}")
    if now.current is not None:
        state = "final" if now.current.final else "draft"
        _say(f"Current content: v{now.current.number} ({state}), unchanged since")
    else:
        _say(f"Current content: changed; the next draft will be v{now.next_number}")
    if now.changes_since_final:
        _say(f"Changes since the final: {len(now.changes_since_final)}")
        for change in now.changes_since_final:
            words = change.kind if not change.field else f"{change.field}: "
            if change.field:
                words += f"{change.before or '-'} -> {change.after or '-'}"
            _say_fields("", change.section, change.subject, words)


def main(argv: Sequence[str] | None = None) -> int:
    # A console that cannot show ğ or ı (e.g. cp1252 on Windows) gets "?" rather
    # than a crash in the middle of a listing.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    argv, bundle = take_bundle_argument(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.command is not None and (bundle is not None or args.check_start):
        parser.error(f"{bundle or '--check-start'} is for the app, not for a command")
    if args.command is not None:
        from facilitator import logs

        logs.setup_logging()  # the GUI sets up its own in facilitator.ui.app.run
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "list":
            return _cmd_list(args)
        if args.command == "import":
            return _cmd_import(args)
        if args.command == "export":
            return _cmd_export(args)
        if args.command == "bundle":
            return _cmd_bundle(args)
        if args.command == "minutes":
            return _cmd_minutes(args)
        if args.command == "room":
            return _cmd_room(args)
        if args.command in ("check", "backup", "restore"):
            return {"check": _cmd_check, "backup": _cmd_backup, "restore": _cmd_restore}[
                args.command
            ](args)
        return run_gui(args, bundle=bundle, errors_in_window=_GUI_ONLY["on"])
    except FacilitatorError as exc:
        _say(f"facilitator: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`facilitator list workshops | head -1`): nothing to tell it.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_UNEXPECTED
    except Exception as exc:  # not foreseen: the traceback goes to the log, one line here
        return _report_unexpected(exc, args.command or "gui")


EXIT_UNEXPECTED = 1


def _report_unexpected(exc: BaseException, command: str) -> int:
    """Log ``exc`` with its traceback; tell the user in one plain line where the details are."""
    from facilitator import logs

    logs.log_unexpected(exc, f"running 'facilitator {command}'")
    where = logs.log_file()
    message = logs.describe(exc)
    if where is not None:
        message = f"{message} ({where})"
    _say(f"facilitator: error: {message}", file=sys.stderr)
    return EXIT_UNEXPECTED


def _cmd_room(args) -> int:
    from facilitator.room.app import RoomConfig
    from facilitator.room.network import network_name
    from facilitator.room.server import DEFAULT_PORT, RoomServer, lan_address
    from facilitator.services import room as room_service
    from facilitator.services.listing import get_workshop

    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise FacilitatorError(f"{port} is not a port number (0–65535; 0 takes a free one).")
    store = _open_store(args.database, write=True)
    try:
        workshop = get_workshop(store, args.workshop_id)
        server = RoomServer(RoomConfig(store, workshop.id), args.host or lan_address(), port)
        code = room_service.room_settings(store, workshop.id).code
        network = network_name()
        _say(f"Room of workshop {workshop.id}: {workshop.title}")
        _say(f"Address: {server.url}" + (f" (Wi-Fi: {network})" if network else ""))
        _say(f"Room code: {code}")
        _say("Ctrl+C closes the room.")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C is how the room is closed
            server.serve()
    finally:
        store.close()
    _say("The room is closed.")
    return EXIT_OK


_GUI_ONLY = {"on": False}


def main_gui() -> int:
    """``facilitator-gui``: started without a console, so errors are shown in a window."""
    _GUI_ONLY["on"] = True
    return main()
