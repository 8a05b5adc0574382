"""File dialogs start where the user last opened or saved a file; saved files are readable."""

from __future__ import annotations

import os
import stat

from facilitator.documents.attendee_files import write_attendee_file
from facilitator.ui.kit.last_folder import last_folder, remember_folder


def test_the_last_folder_is_remembered_across_dialogs(qapp, tmp_path):
    folder = tmp_path / "Çalıştay belgeleri"
    folder.mkdir()
    remember_folder(folder / "katılımcılar.xlsx")
    assert last_folder() == folder
    folder.rmdir()  # gone: back to Documents rather than a folder that is not there
    assert last_folder() != folder


def test_an_exported_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        target = tmp_path / "katılımcılar.csv"
        write_attendee_file(target, ["Ad Soyad"], [["Ayşe Yılmaz"]])
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
