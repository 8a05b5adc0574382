"""Make the application icon's PNG sizes, .ico and .icns from its SVG source.

    .venv/bin/python packaging/make_icons.py

Reads ``resources/icons/facilitator.svg`` and writes, beside it,
``facilitator-{16,24,32,48,64,128,256,512}.png``, ``facilitator.ico`` (16–256 px)
and ``facilitator.icns`` (16–512 px). The SVG is drawn by Qt's own renderer
(QtSvg, part of PySide6-Essentials), each size on its own so small sizes stay
sharp; Pillow (installed with reportlab) packs the .ico and .icns. Works offline
and without a display. Run it again after changing the SVG, and commit the results.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "facilitator.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # .ico holds at most 256 px
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the .icns slots (1024: 512 @2x)


def png_path(size: int) -> Path:
    return ICONS / f"facilitator-{size}.png"


def render(sizes, source: Path = SOURCE) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not an SVG Qt can draw")
    drawn = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"make_icons: cannot draw {source} at {size} px")
        buffer.close()
        drawn[size] = bytes(data)
    del app
    return drawn


def write_pngs(drawn: dict[int, bytes]) -> list[Path]:
    written = []
    for size in SIZES:
        target = png_path(size)
        target.write_bytes(drawn[size])
        written.append(target)
    return written


def pack_ico_and_icns(drawn: dict[int, bytes]) -> list[Path]:
    """The Windows .ico and macOS .icns, each size drawn on its own."""
    import io

    from PIL import Image

    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in drawn.items()}
    ico = ICONS / "facilitator.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = ICONS / "facilitator.icns"
    images[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return [ico, icns]


def main() -> int:
    drawn = render(sorted(set(SIZES) | set(ICNS_SIZES)))
    written = write_pngs(drawn) + pack_ico_and_icns(drawn)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
