"""Writing a file whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from facilitator.errors import FacilitatorError
from facilitator.i18n import translate


class WriteError(FacilitatorError):
    """A file could not be written (the message names the file and the reason)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path, error: type[FacilitatorError] = WriteError) -> Iterator[str]:
    """A temporary file name beside ``path`` to write to; when the block ends without an
    error the file takes the place of ``path``, otherwise it is removed and ``path`` is left
    as it was. Failures of the file system raise ``error`` naming the file and the reason."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".facilitator-", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise error(
            translate("Errors", "Cannot write in {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    os.close(handle)
    try:
        yield temp_name
        os.chmod(temp_name, 0o666 & ~_umask())  # as any new file: mkstemp makes it private
        os.replace(temp_name, path)
    except OSError as exc:
        raise error(
            translate("Errors", "Cannot write {file}: {reason}").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)


def write_bytes_atomically(path: Path, payload: bytes) -> Path:
    """Write ``payload`` to ``path`` through a temporary file in the same folder."""
    with atomic_path(path) as temp_name, open(temp_name, "wb") as out:
        out.write(payload)
    return path
