"""Files built to exhaust the attendee reader: is each refused or read within 10 s and 300 MB?

Crafts each file in a temporary folder, then reads it with
``facilitator.documents.attendee_files.read_attendee_file`` in a fresh Python
process of its own and prints, per file, what the reader said (the message, or
how many rows it read), the wall time of that process and its peak memory (the
child's ``ru_maxrss`` from ``os.wait4``). The process starts Python and imports
the reader too, so the figures include that (about 40 MB and a fraction of a
second); the target is the whole of it: at most 10 s and 300 MB per file.

On Linux a child's ``ru_maxrss`` starts from its parent's high-water mark (the
kernel carries it over fork and exec), so the files are built by a process of
their own and the process that measures stays small (some 15 MB).

The files:

* dimension bomb: 1.5 KB, a sheet declaring ``A1:XFD1048576`` around two rows
  (openpyxl's read-only mode filled in 17 billion cells: about 27 minutes);
* zip bomb: a few MB holding a 2 GB sheet (openpyxl ran past 5 minutes);
* zip bomb with understated sizes: the zip's directory claims 1 MB, the data
  unpacks to more than 100 MB;
* sharedStrings bomb: a few MB packing a table of 1.5 GB of shared texts
  (openpyxl took 3.1 GB of memory for a 1.5 MB one);
* 2 million numbered shared texts, the sheet using the last one; a sheet of
  10,000 rows by 200 numbered cells; a million merged ranges over 10,001 rows
  (these three pack only about 10:1, as an attacker would make them, so they pass
  the size and ratio checks and meet the budget of entries read);
* the largest attendee list imaginable: 10,000 rows by 30 columns, each cell a shared
  text of its own (read), and the same with 60 columns (over the budget of entries);
* wide row: one row with 16,384 filled cells;
* a 50 MB text in one cell of a workbook;
* many parts: a zip listing 200,000 parts;
* CSV, 20,000 lines of ``;;;`` (Excel's blank rows) around one attendee;
* CSV, a 5 MB cell; CSV, 31 MB on a single line; CSV, 32 million blank lines;
* CSV, 10,000 rows of 200 columns (the largest table the limits let through).

    python benchmarks/import_limits.py [--keep FOLDER [--reuse]] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIME_LIMIT = 10.0  # seconds, the target
MEMORY_LIMIT = 300  # MB, the target
KILL_AFTER = 180.0  # seconds: a reader that runs this long is stopped and reported
ADDRESS_SPACE = 6 * 1024**3  # the child may not take more: a bomb must not take the machine

# The workbook writer the tests use: one way to build a raw .xlsx, bombs included.
sys.path.insert(0, str(ROOT))
from tests.data.attendees.crafted import MAIN, letter, repeated  # noqa: E402
from tests.data.attendees.crafted import inline as _inline  # noqa: E402
from tests.data.attendees.crafted import workbook as _workbook  # noqa: E402


def write_workbook(path: Path, sheet, shared_strings=None, **options) -> None:
    """A minimal .xlsx of one sheet (parts given as bytes or chunks are streamed in)."""
    _workbook(path, sheet, shared=shared_strings, **options)


column_name = letter

CHILD = """
import json, resource, sys
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))  # a bomb must not take the machine
from facilitator.documents.attendee_files import read_attendee_file
from facilitator.errors import FacilitatorError
try:
    table = read_attendee_file(sys.argv[1])
except FacilitatorError as exc:
    print(json.dumps({"refused": str(exc)}))
else:
    print(json.dumps({"rows": len(table.rows), "columns": len(table.headers)}))
"""


# -- building workbooks ------------------------------------------------------------------


HEADER_ROW = '<row r="1">' + _inline("A1", "Ad Soyad") + _inline("B1", "Kurum") + "</row>"
DATA_ROW = (
    '<row r="2">'
    + _inline("A2", "Gülşen Öztürk")
    + _inline("B2", "Uludere Üniversitesi")
    + "</row>"
)


def sheet_around(padding, before: str = "", after: str = "") -> list:
    head = f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}{DATA_ROW}{before}'.encode()
    tail = f"{after}</sheetData></worksheet>".encode()
    return [head, *padding, tail]


def understate_sizes(path: Path, name: str, declared: int) -> None:
    """Rewrite the zip's own records so that ``name`` claims to unpack to ``declared`` bytes."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    assert data[local : local + 4] == b"PK\x03\x04"
    data[local + 22 : local + 26] = declared.to_bytes(4, "little")
    at = data.find(b"PK\x01\x02")  # the directory at the end
    while data[at + 46 : at + 46 + len(encoded)] != encoded:
        at = data.find(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = declared.to_bytes(4, "little")
    path.write_bytes(bytes(data))


# -- the files ---------------------------------------------------------------------------


def craft(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}

    def add(name: str) -> Path:
        files[name] = folder / name
        return files[name]

    dimension = (
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>'
        f'{HEADER_ROW}{DATA_ROW}<row r="1048576"><c r="XFD1048576" s="0"/></row>'
        "</sheetData></worksheet>"
    )
    write_workbook(add("dimension_bomb.xlsx"), dimension.encode(), level=9)

    write_workbook(
        add("zip_bomb_2GB_sheet.xlsx"),
        sheet_around(repeated(b"<row/>", 2 * 1024**3)),
        level=9,
        zip64=True,
    )

    lying = add("zip_bomb_understated_sizes.xlsx")
    write_workbook(lying, sheet_around(repeated(b"<row/>", 120 * 1024**2)), level=9)
    understate_sizes(lying, "xl/worksheets/sheet1.xml", 1024 * 1024)

    uses_last = (
        f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}'
        '<row r="2"><c r="A2" t="s"><v>{last}</v></c><c r="B2" t="s"><v>0</v></c></row>'
        "</sheetData></worksheet>"
    )
    entry = b"<si><t>a</t></si>"
    count = 1536 * 1024**2 // len(entry)
    write_workbook(
        add("sharedStrings_bomb_1.5GB.xlsx"),
        uses_last.replace("{last}", str(count - 1)).encode(),
        [f'<sst xmlns="{MAIN}">'.encode(), *repeated(entry, count * len(entry)), b"</sst>"],
        level=9,
        zip64=True,
    )
    # Under the size and ratio checks, as an attacker would build them: numbered
    # entries pack only about 10:1. What stops these is the budget of entries read.
    count = 2_000_000
    write_workbook(
        add("sharedStrings_2M_numbered.xlsx"),
        uses_last.replace("{last}", str(count - 1)).encode(),
        [
            f'<sst xmlns="{MAIN}">'.encode(),
            *(
                "".join(f"<si><t>{n:x}</t></si>" for n in range(start, start + 100_000)).encode()
                for start in range(0, count, 100_000)
            ),
            b"</sst>",
        ],
    )

    write_workbook(
        add("cell_flood_10000x200_numbered.xlsx"),
        sheet_around(
            "".join(
                f'<row r="{r}">'
                + "".join(
                    f'<c r="{column_name(c)}{r}"><v>{r * 200 + c}</v></c>' for c in range(200)
                )
                + "</row>"
                for r in range(start, start + 500)
            ).encode()
            for start in range(3, 10_003, 500)
        ),
    )

    rows = "".join(
        f'<row r="{n}">{_inline(f"A{n}", f"Katılımcı {n}")}{_inline(f"B{n}", "Kurum")}</row>'
        for n in range(3, 10_002)
    )
    merges = [
        f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}{DATA_ROW}{rows}</sheetData>'
        '<mergeCells count="1000000">'.encode(),
        *(
            "".join(f'<mergeCell ref="A{k}:GR10001"/>' for k in range(start, start + 1000)).encode()
            for start in range(1, 1_000_000, 1000)
        ),
        b"</mergeCells></worksheet>",
    ]
    write_workbook(add("merge_flood.xlsx"), merges)

    for columns in (30, 60):
        wide_table(add(f"xlsx_10000_rows_{columns}_columns.xlsx"), columns)

    wide = "".join(_inline(f"{column_name(i)}3", "x") for i in range(16_384))
    write_workbook(
        add("wide_row_16384_columns.xlsx"),
        f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}{DATA_ROW}<row r="3">{wide}</row>'
        "</sheetData></worksheet>".encode(),
    )

    write_workbook(
        add("cell_of_50MB.xlsx"),
        sheet_around(
            repeated(b"x", 50 * 1024**2),
            before='<row r="3"><c r="A3" t="inlineStr"><is><t>',
            after="</t></is></c></row>",
        ),
        level=9,
    )

    many = add("zip_of_200000_parts.xlsx")
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as archive:
        for n in range(200_000):
            archive.writestr(f"x/{n}", b"")

    blank_lines = add("csv_20000_blank_rows.csv")
    with blank_lines.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Ad Soyad;Kurum;E-posta;Telefon\r\n")
        fh.write(";;;\r\n" * 10_000)
        fh.write("Gülşen Öztürk;Uludere Üniversitesi;gulsen@uludere.edu.tr;0532\r\n")
        fh.write(";;;\r\n" * 10_000)

    cell = add("csv_cell_of_5MB.csv")
    cell.write_bytes(
        b"Ad Soyad;Kurum\r\nG\xc3\xbcl\xc5\x9fen \xc3\x96zt\xc3\xbcrk;"
        + b"x" * (5 * 1024**2)
        + b"\r\n"
    )

    line = add("csv_single_line_31MB.csv")
    line.write_bytes(b"Ad Soyad;" + b"y" * (31 * 1024**2))

    blank = add("csv_32_million_blank_lines.csv")
    blank.write_bytes(b"Ad Soyad;Kurum\n" + b"\n" * (32 * 1024**2 - 20))

    widest = add("csv_10000_rows_200_columns.csv")
    header = ";".join(["Ad Soyad", "Kurum"] + [f"Soru {n}" for n in range(198)])
    body = ";".join(f"ab{n}" for n in range(200))
    widest.write_text(header + "\r\n" + (body + "\r\n") * 10_000, encoding="utf-8")
    return files


def wide_table(path: Path, columns: int) -> None:
    """10,000 rows (the header and row 2 included) of ``columns`` cells, each a shared text
    of its own: the largest attendee list imaginable, and beyond."""
    texts = [f"Katılımcı {n} yanıtı" for n in range(9_999 * columns)]
    write_workbook(
        path,
        sheet_around(
            "".join(
                f'<row r="{r}">'
                + "".join(
                    f'<c r="{column_name(c)}{r}" t="s"><v>{(r - 3) * columns + c}</v></c>'
                    for c in range(columns)
                )
                + "</row>"
                for r in range(start, min(start + 500, 10_002))
            ).encode()
            for start in range(3, 10_002, 500)
        ),
        [
            f'<sst xmlns="{MAIN}">'.encode(),
            *(
                "".join(f"<si><t>{t}</t></si>" for t in texts[i : i + 100_000]).encode()
                for i in range(0, len(texts), 100_000)
            ),
            b"</sst>",
        ],
    )


# -- measuring ---------------------------------------------------------------------------


def measure(path: Path) -> tuple[str, float, float]:
    """(outcome, wall seconds, peak MB) of reading ``path`` in a process of its own."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(ADDRESS_SPACE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )  # no preexec_fn: the child is spawned, so its peak is its own, not this process's
    killed = threading.Event()

    def stop() -> None:
        killed.set()
        child.send_signal(signal.SIGKILL)

    timer = threading.Timer(KILL_AFTER, stop)
    timer.start()
    try:
        _pid, status, usage = os.wait4(child.pid, 0)  # waits; gives the child's own peak
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    out = child.stdout.read().decode()
    err = child.stderr.read().decode()
    peak = usage.ru_maxrss / 1024  # kilobytes on Linux
    if killed.is_set():
        return f"stopped after {KILL_AFTER:.0f} s", elapsed, peak
    if child.returncode != 0 or not out.strip():
        last = (err.strip().splitlines() or ["(nothing)"])[-1]
        return f"CRASHED ({child.returncode}): {last}", elapsed, peak
    result = json.loads(out.strip().splitlines()[-1])
    if "refused" in result:
        return "refused: " + result["refused"], elapsed, peak
    return f"read {result['rows']} rows of {result['columns']} columns", elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the files in this folder and keep them")
    parser.add_argument("--reuse", action="store_true", help="with --keep: use the files there")
    parser.add_argument("--only", help="measure only the files whose name holds this")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        craft(args.build_only)
        return 0
    with tempfile.TemporaryDirectory(prefix="import-limits-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        if not (args.reuse and args.keep):
            print("Building the files…", flush=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--build-only", str(folder)], check=True)
            print(f"built in {time.perf_counter() - started:.0f} s\n", flush=True)
        files = {p.name: p for p in sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime)}
        failures = 0
        print(f"{'file':38} {'size':>9} {'wall':>7} {'peak':>8}  outcome")
        for name, path in files.items():
            if args.only and args.only not in name:
                continue
            outcome, elapsed, peak = measure(path)
            within = elapsed <= TIME_LIMIT and peak <= MEMORY_LIMIT and "CRASHED" not in outcome
            failures += not within
            size = path.stat().st_size
            shown = (
                f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KB"
            )
            print(
                f"{name:38} {shown:>9} {elapsed:6.2f}s {peak:6.0f}MB  "
                f"{'ok ' if within else 'OVER'} {outcome}",
                flush=True,
            )
        print(
            f"\ntargets: at most {TIME_LIMIT:.0f} s and {MEMORY_LIMIT} MB per file; "
            f"{failures} file(s) over (this process: "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
