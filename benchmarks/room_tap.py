"""The room under a full room of phones: the laptop's window stays smooth while 150 vote.

The moderator's side runs as in the window: a QApplication whose main thread ticks a
10 ms QTimer (the window's event loop), the room server on its own thread
(``RoomServer.start()``), the database a real file with the demo and 150 attendees
with badges. The phones are another process (as they are other devices), over loopback:

* 150 phones each hold an open Server-Sent Events stream (``/api/events``);
* the moderator opens a named round (fist to five), from the main thread; every phone
  sees it on its stream and gives its position at once (the vote storm);
* then 300 taps one after another (phones changing their minds), the 150 streams open.

It prints:

* tap → position stored and acknowledged (the POST's round trip): median and p90 over
  300 taps; target median ≤ 50 ms;
* the storm: round opened → every phone has seen it; first position sent → last one
  acknowledged; round opened → last acknowledged; target: all 150 voted within 2 s;
* the longest gap between the main thread's 10 ms ticks during the storm and during
  the taps; target ≤ 100 ms (and, for comparison, during a quiet second before the
  phones connect: what the machine itself costs).

The window settles the interpreter once its start page is up (``ui.app.settle_interpreter``:
what exists is frozen out of the garbage collector, a 1 ms switch interval); so does this
script unless ``--plain``, which shows what full collections of the whole heap cost.

    python benchmarks/room_tap.py            # the interpreter as the window settles it
    python benchmarks/room_tap.py --plain    # as Python starts (collector on, no freeze)
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import facilitator  # noqa: F401 - first, as in the app: it sets how PySide6 makes Qt's enums

PHONES = 150
TAPS = 300
TICK_MS = 10
IDLE_MS = 1000
TITLE = "Gönüllü eşleştirme pilotu başlasın"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


# The phones (a child process) ---------------------------------------------------------


async def _views(lines):
    event = None
    async for line in lines:
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:") and event == "view":
            yield json.loads(line[5:])


async def _phones(url: str, tokens: list[str]) -> dict:
    import httpx

    connected = 0
    all_connected = asyncio.Event()
    storm: dict[int, dict] = {}
    storm_done = asyncio.Event()
    finish = asyncio.Event()
    limits = httpx.Limits(max_connections=2 * len(tokens) + 10, max_keepalive_connections=50)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:

        async def phone(n: int, token: str) -> None:
            nonlocal connected
            async with client.stream("GET", "/api/events", params={"t": token}) as stream:
                views = _views(stream.aiter_lines())
                await anext(views)
                connected += 1
                if connected == len(tokens):
                    all_connected.set()
                async for view in views:
                    if view["round"] is not None:
                        break
                seen = time.monotonic()
                answer = await client.post(
                    "/api/position",
                    headers={"X-Room-Token": token},
                    json={"round": view["round"]["id"], "value": str(n % 6)},
                )
                storm[n] = {
                    "round": view["round"]["id"],
                    "seen": seen,
                    "answered": time.monotonic(),
                    "status": answer.status_code,
                }
                if len(storm) == len(tokens):
                    storm_done.set()
                await finish.wait()  # the stream stays open through the taps

        tasks = [asyncio.create_task(phone(n, t)) for n, t in enumerate(tokens)]
        await all_connected.wait()
        print("CONNECTED", flush=True)
        await storm_done.wait()
        round_id = storm[0]["round"]

        taps, statuses = [], []
        taps_start = time.monotonic()
        for k in range(TAPS):
            token = tokens[k % len(tokens)]
            started = time.perf_counter()
            answer = await client.post(
                "/api/position",
                headers={"X-Room-Token": token},
                json={"round": round_id, "value": str((k + 1) % 6)},
            )
            taps.append(time.perf_counter() - started)
            statuses.append(answer.status_code)
        taps_end = time.monotonic()
        finish.set()
        await asyncio.gather(*tasks)
    return {
        "storm": list(storm.values()),
        "taps": taps,
        "tap_statuses": statuses,
        "taps_start": taps_start,
        "taps_end": taps_end,
    }


def phones_main(url: str, tokens_file: str) -> None:
    tokens = json.loads(Path(tokens_file).read_text())
    result = asyncio.run(_phones(url, tokens))
    print("RESULT " + json.dumps(result), flush=True)


# The laptop (this process) ------------------------------------------------------------


def _demo_room(store):
    from facilitator.services import listing, series
    from facilitator.services.demo import load_demo
    from tests.room.served import add_phones, start_session

    load_demo(store)
    main = next(s for s in series.list_series(store) if s.workshop_count >= 6)
    workshop_id = next(
        w.id for w in listing.list_workshops(store) if w.series_id == main.id and w.number == 6
    )
    start_session(store, workshop_id)
    return workshop_id, add_phones(store, workshop_id, PHONES)


def main(plain: bool) -> None:
    from PySide6.QtCore import QObject, QProcess, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from facilitator.room.app import RoomConfig
    from facilitator.room.server import RoomServer
    from facilitator.services import proposals
    from facilitator.store import Store
    from tests.room.served import open_round

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FACILITATOR_HOME"] = tmp
        store = Store.open(Path(tmp) / "çalıştay.db")
        workshop_id, badges = _demo_room(store)
        tokens_file = Path(tmp) / "tokens.json"
        tokens_file.write_text(json.dumps([b.token for b in badges]))

        app = QApplication.instance() or QApplication([])
        if not plain:  # the interpreter as the window sets it once its start page is up
            from facilitator.ui.app import settle_interpreter
            from facilitator.ui.kit.gui_collector import collect_on_gui_thread

            collect_on_gui_thread(app)
            settle_interpreter()

        class Window(QObject):
            changed = Signal()

        window = Window()
        changes = []
        window.changed.connect(lambda: changes.append(time.monotonic()))
        server = RoomServer(
            RoomConfig(store, workshop_id, on_change=window.changed.emit), "127.0.0.1", 0
        )
        server.start()

        ticks: list[float] = [time.monotonic()]
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()

        state: dict = {}
        child = QProcess()
        child.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)

        def read() -> None:
            while child.canReadLine():
                line = bytes(child.readLine()).decode().strip()
                if line == "CONNECTED":
                    state["opened"] = time.monotonic()
                    state["round"] = open_round(store, workshop_id, TITLE, method="fist_to_five")
                elif line.startswith("RESULT "):
                    state["result"] = json.loads(line[7:])
                    app.quit()

        child.readyReadStandardOutput.connect(read)
        child.finished.connect(lambda *_: app.quit())

        def start_phones() -> None:
            state["idle_end"] = time.monotonic()
            child.start(sys.executable, [__file__, "--phones", server.url, str(tokens_file)])

        QTimer.singleShot(IDLE_MS, start_phones)  # first a quiet second: the floor
        app.exec()
        timer.stop()
        child.waitForFinished(30_000)
        server.stop()

        result = state.get("result")
        if result is None:
            sys.exit("the phones did not report (see above)")
        stored = proposals.get_round(store, state["round"])
        store.close()

    storm = result["storm"]
    opened = state["opened"]
    all_seen = max(s["seen"] for s in storm)
    first_sent = min(s["seen"] for s in storm)
    last_answer = max(s["answered"] for s in storm)
    refused = sum(s["status"] != 200 for s in storm) + sum(s != 200 for s in result["tap_statuses"])

    def longest_gap(start: float, end: float) -> float:
        inside = [t for t in ticks if start <= t <= end]
        after = next((t for t in ticks if t > end), end)
        before = max((t for t in ticks if t < start), default=start)
        points = [before, *inside, after]
        return max(b - a for a, b in itertools.pairwise(points))

    taps = result["taps"]
    print(
        f"room: {PHONES} phones on open SSE streams, loopback, server on its own thread; "
        + ("interpreter left as it starts" if plain else "interpreter settled as the window does")
    )
    print(
        f"tap → stored and acknowledged, {len(taps)} taps: median {_ms(statistics.median(taps))}"
        f"  p90 {_ms(_p90(taps))}  max {_ms(max(taps))}   (target: median ≤ 50 ms)"
    )
    print(f"storm: round opened → all {PHONES} phones have seen it   {_ms(all_seen - opened)}")
    print(f"storm: first position sent → last acknowledged       {_ms(last_answer - first_sent)}")
    print(
        f"storm: round opened → last position acknowledged     {_ms(last_answer - opened)}"
        "   (target: ≤ 2000 ms)"
    )
    print(
        f"main thread's longest gap between {TICK_MS} ms ticks: idle (server up, no phone) "
        f"{_ms(longest_gap(ticks[0], state['idle_end']))}, storm "
        f"{_ms(longest_gap(opened, last_answer))}, taps "
        f"{_ms(longest_gap(result['taps_start'], result['taps_end']))}, whole run "
        f"{_ms(longest_gap(ticks[0], ticks[-1]))}   (target: ≤ 100 ms)"
    )
    print(
        f"positions stored: {len(stored.positions)} of {PHONES}; answers not 200: {refused}; "
        f"window told of a change: {len(changes)} times"
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phones":
        phones_main(sys.argv[2], sys.argv[3])
    else:
        main(plain="--plain" in sys.argv)
        # The figures are printed; skip interpreter teardown, where PySide6 can trip over
        # objects collected after their QApplication (seen as "bool_dealloc" at exit).
        sys.stdout.flush()
        os._exit(0)
