"""Site evidence on the visit stage: a photo's position and time fill the
visit, the plot draws where the photos were taken, the pickers default to now,
coordinates are checked and no grey example value passes for data."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QLineEdit

from domain.case import Case
from domain.ports import Actor
from tests.ui.fakes import FakeCaseStore, FakeInteraction, ManualDebouncer
from ui.case_editor import CaseEditor
from ui.site_plot import SitePlotView
from ui.stages.datetime_field import FieldDateTime
from ui.stages.fields import FieldLineEdit

ACTOR = Actor("王芳", "1001", "3301")
NOW = datetime(2026, 11, 27, 10, 15, 2)


@pytest.fixture
def editor(qtbot) -> CaseEditor:  # type: ignore[no-untyped-def]
    store = FakeCaseStore()
    ed = CaseEditor(
        store.add(Case()),
        store,
        ACTOR,
        clock=lambda: NOW,
        timer=ManualDebouncer(),
        interaction=FakeInteraction(),
    )
    qtbot.addWidget(ed)
    return ed


def _photo(path: Path, lat: tuple[float, float, float], lon: tuple[float, float, float]) -> Path:
    img = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x0132] = "2026:11:27 09:41:37"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", lat, "E", lon
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    path.write_bytes(buf.getvalue())
    return path


def _field(ed: CaseEditor, path: str) -> FieldLineEdit:
    return next(f for f in ed.page("visit").findChildren(FieldLineEdit) if f.path == path)


def test_use_this_photos_position_and_time_fill_the_visit(
    editor: CaseEditor, tmp_path: Path
) -> None:
    panel = editor.photos
    assert not panel.use_position.isEnabled()  # nothing selected yet
    # 28° 34' 30" N = 28.575, 121° 22' E = 121.366667 (to six places)
    panel.add_file(_photo(tmp_path / "门头.jpg", (28.0, 34.0, 30.0), (121.0, 22.0, 0.0)))
    panel.list.setCurrentRow(0)
    assert panel.use_position.isEnabled() and panel.use_time.isEnabled()
    panel.use_position.click()
    visit = editor.case.visits[0]
    assert visit.latitude == Decimal("28.575000")
    assert visit.longitude == Decimal("121.366667")
    # the fields on the page show it
    assert _field(editor, "visits/0/latitude").text() == "28.575000"
    assert _field(editor, "visits/0/longitude").text() == "121.366667"
    panel.use_time.click()
    assert visit.started_at == datetime(2026, 11, 27, 9, 41)  # to the minute
    started = next(
        f for f in editor.page("visit").findChildren(FieldDateTime) if f.path.endswith("started_at")
    )
    assert started.picker.dateTime() == QDateTime(2026, 11, 27, 9, 41, 0)
    # one undo step each: undoing the time leaves the position
    editor.undo_stack.undo()
    assert visit.started_at is None and visit.latitude == Decimal("28.575000")


def test_a_photo_without_gps_cannot_give_a_position(editor: CaseEditor, tmp_path: Path) -> None:
    path = tmp_path / "plain.jpg"
    Image.new("RGB", (8, 8)).save(path, "JPEG")
    editor.photos.add_file(path)
    editor.photos.list.setCurrentRow(0)
    assert not editor.photos.use_position.isEnabled()
    assert not editor.photos.use_time.isEnabled()


def test_the_plot_shows_each_photo_around_the_business_with_distance_and_time(
    editor: CaseEditor, tmp_path: Path
) -> None:
    view = editor.page("visit").findChild(SitePlotView)
    assert view is not None and not view.model.has_centre
    editor.ctx.edit("visits/0/latitude", Decimal("28.0"))
    editor.ctx.edit("visits/0/longitude", Decimal("121.0"))
    # 3.6" north of the business = 0.001°: 111 m (6,371,008.8 m × 0.001 × π/180 = 111.195)
    editor.photos.add_file(_photo(tmp_path / "a.jpg", (28.0, 0.0, 3.6), (121.0, 0.0, 0.0)))
    (point,) = view.model.points
    assert (point.filename, point.distance_m) == ("a.jpg", 111)
    assert view.model.ring_m == 200
    legend = view.legend.text()
    assert "a.jpg" in legend and "111 m" in legend and "2026-11-27 09:41" in legend
    # on a 300 px square the 200 m ring has a 120 px radius: 0.6 px a metre, north up
    view.canvas.resize(300, 300)
    at = view.canvas.position(point.east_m, point.north_m)
    assert at.x() == pytest.approx(150.0)
    assert at.y() == pytest.approx(150.0 - 111.195 * 0.6, abs=0.01)


def test_the_visit_pickers_show_now_until_a_time_is_recorded(editor: CaseEditor) -> None:
    started = next(
        f for f in editor.page("visit").findChildren(FieldDateTime) if f.path.endswith("started_at")
    )
    assert started.picker.calendarPopup()
    assert started.picker.dateTime() == QDateTime(2026, 11, 27, 10, 15, 0)  # the clock's now
    assert editor.ctx.value("visits/0/started_at") is None  # shown, not stored
    assert started.message.text() == "Not recorded yet: pick the time, or press Now."
    started.now_button.click()
    assert editor.case.visits[0].started_at == datetime(2026, 11, 27, 10, 15)
    assert started.message.isHidden()


def test_coordinates_are_checked_and_no_placeholder_looks_like_data(editor: CaseEditor) -> None:
    page = editor.page("visit")
    lat = _field(editor, "visits/0/latitude")
    lat.edit.setText("121.37")
    lat.edit.textEdited.emit("121.37")
    assert lat.invalid and "between -90 and 90" in lat.message.text()
    assert editor.ctx.value("visits/0/latitude") is None
    lat.edit.setText("28.37")
    lat.edit.textEdited.emit("28.37")
    assert not lat.invalid and editor.case.visits[0].latitude == Decimal("28.37")
    for edit in page.findChildren(QLineEdit):
        assert not any(ch.isdigit() for ch in edit.placeholderText()), edit.objectName()
