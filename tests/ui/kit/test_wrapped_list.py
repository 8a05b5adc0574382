"""A list of wrapped rows: whole text, wrapped again at another width, the newest in view."""

from PySide6.QtCore import QStringListModel

from facilitator.ui.kit.wrapped_list import WrappedListView

SENTENCE = "Belediye, gönüllülerin ulaşımı için ring servisi sağlayabileceğini söyledi. "


def test_rows_wrap_at_the_width_and_wrap_again_when_it_changes(qtbot):
    model = QStringListModel([f"{n}. {SENTENCE * 3}" for n in range(300)])
    view = WrappedListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(420, 300)
    view.show()
    qtbot.waitExposed(view)
    last = model.index(299, 0)
    line = view.fontMetrics().height()

    def height_at(width: int) -> int:
        view.resize(width, 300)
        qtbot.wait(20)
        view.scrollToBottom()
        qtbot.wait(20)
        rect = view.visualRect(last)
        assert view.viewport().rect().contains(rect.bottomLeft())  # the newest in view
        return rect.height()

    medium = height_at(420)
    narrow = height_at(260)
    wide = height_at(1400)
    assert medium >= 3 * line
    assert narrow > medium > wide
    assert wide <= 2 * line
