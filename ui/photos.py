"""Site photos: attach by file dialog or drag and drop, thumbnails, EXIF time/GPS.

Pillow turns the bytes into EXIF tags here; :func:`domain.exif.photo_exif`
turns the tags into a time and a position. Files that are not images, or are
larger than 20 MB, are refused with a message. The bytes go to the store
(``CaseStore.add_attachment``), which keeps them encrypted.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.case import Attachment
from domain.exif import PhotoExif, photo_exif
from domain.ports import Actor, CaseStore
from ui.interaction import Interaction
from ui.undo import EditContext

MAX_PHOTO_BYTES = 20 * 1024 * 1024
THUMB = 128
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Where "use this photo's position / time" write (the first visit).
VISIT = "visits/0/"
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825


def tr(text: str) -> str:
    """Translate a source string (empty context, collected by lupdate)."""
    return QCoreApplication.translate("", text)


class NotAPhoto(ValueError):
    """The bytes are not an image Pillow can read."""


def read_exif_tags(data: bytes) -> dict[str, Any]:
    """EXIF tags by name (base, Exif and GPS directories). Raises :class:`NotAPhoto`."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as img:
            exif = img.getexif()
            tags: dict[str, Any] = {ExifTags.TAGS.get(k, str(k)): v for k, v in exif.items()}
            for k, v in exif.get_ifd(_EXIF_IFD).items():
                tags[ExifTags.TAGS.get(k, str(k))] = v
            for k, v in exif.get_ifd(_GPS_IFD).items():
                tags[ExifTags.GPSTAGS.get(k, str(k))] = v
            tags["_mime"] = Image.MIME.get(img.format or "", "")
            return tags
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise NotAPhoto(str(exc)) from exc


def describe(att: Attachment) -> str:
    """Caption under a thumbnail: file name, EXIF time and position."""
    lines = [att.filename]
    lines.append(f"{att.exif_time:%Y-%m-%d %H:%M}" if att.exif_time else tr("no time in photo"))
    if att.exif_latitude is not None and att.exif_longitude is not None:
        lines.append(f"{att.exif_latitude:.5f}, {att.exif_longitude:.5f}")
    else:
        lines.append(tr("no GPS in photo"))
    return "\n".join(lines)


class PhotoPanel(QWidget):
    def __init__(
        self,
        ctx: EditContext,
        store: CaseStore,
        actor: Actor,
        interaction: Interaction,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.store, self.actor, self.interaction, self.clock = (
            ctx,
            store,
            actor,
            interaction,
            clock,
        )
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setObjectName("photos")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        # laid out again at each width: otherwise the thumbnails stay in the one
        # column of the narrow list they were first laid out in
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 60, THUMB + 64))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(THUMB + 80)
        self.list.setAcceptDrops(False)
        self.add_button = QPushButton(tr("Add photos… (or drop them here)"), self)
        self.add_button.clicked.connect(self.ask_and_add)
        # The visit's position and time from the selected photo's EXIF.
        self.use_position = QPushButton(tr("Use this photo's position for the visit"), self)
        self.use_position.setObjectName("photos#use_position")
        self.use_position.clicked.connect(self.use_selected_position)
        self.use_time = QPushButton(tr("Use this photo's time as the visit's start"), self)
        self.use_time.setObjectName("photos#use_time")
        self.use_time.clicked.connect(self.use_selected_time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        # One button a row: in a longer language three in a row do not fit the form.
        for button in (self.add_button, self.use_position, self.use_time):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        ctx.changed.connect(lambda p: self.reload() if p == "attachments" else None)
        self.reload()

    def selected(self) -> Attachment | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ATTACHMENT_ROLE)
        return next((a for a in self.ctx.case.attachments if a.id == wanted), None)

    def _update_buttons(self) -> None:
        att = self.selected()
        has_position = (
            att is not None and att.exif_latitude is not None and att.exif_longitude is not None
        )
        self.use_position.setEnabled(has_position)
        self.use_time.setEnabled(att is not None and att.exif_time is not None)

    def use_selected_position(self) -> None:
        """The visit's latitude and longitude become the selected photo's."""
        att = self.selected()
        if att is None or att.exif_latitude is None or att.exif_longitude is None:
            return
        self.ctx.edit(VISIT + "latitude", att.exif_latitude, tr("Latitude"), merge=False)
        self.ctx.edit(VISIT + "longitude", att.exif_longitude, tr("Longitude"), merge=False)

    def use_selected_time(self) -> None:
        """The visit's start becomes the time the selected photo was taken."""
        att = self.selected()
        if att is None or att.exif_time is None:
            return
        taken = att.exif_time.replace(second=0, microsecond=0)
        self.ctx.edit(VISIT + "started_at", taken, tr("Visit started"), merge=False)

    def ask_and_add(self) -> None:
        path = self.interaction.ask_open_file(
            self, tr("Add a photo"), "", tr("Images (*.jpg *.jpeg *.png *.heic *.tif *.tiff)")
        )
        if path:
            self.add_file(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def add_file(self, path: Path) -> Attachment | None:
        """Attach one photo; refuse non-images and files over 20 MB with a message."""
        title = tr("Photo not added")
        try:
            size = path.stat().st_size
            if size > MAX_PHOTO_BYTES:
                self.interaction.warn(
                    self,
                    title,
                    tr("{name} is larger than 20 MB.").replace("{name}", path.name),
                )
                return None
            data = path.read_bytes()
        except OSError as exc:
            self.interaction.warn(self, title, str(exc))
            return None
        try:
            tags = read_exif_tags(data)
        except NotAPhoto:
            self.interaction.warn(
                self, title, tr("{name} is not a picture.").replace("{name}", path.name)
            )
            return None
        info: PhotoExif = photo_exif(tags)
        attachment = Attachment(
            filename=path.name,
            kind="photo",
            mime=str(tags.get("_mime", "")),
            size=len(data),
            exif_time=info.taken_at,
            exif_latitude=info.latitude,
            exif_longitude=info.longitude,
            added_at=self.clock(),
        )
        stored = self.store.add_attachment(self.ctx.case.uuid, attachment, data, self.actor)
        self.ctx.case.attachments.append(stored)
        # The store may count the attachment as a new version of the case.
        self.ctx.case.version = self.store.load(self.ctx.case.uuid).version
        self.ctx.changed.emit("attachments")
        return stored

    def reload(self) -> None:
        self.list.clear()
        for att in self.ctx.case.attachments:
            if att.kind != "photo":
                continue
            item = QListWidgetItem(describe(att))
            item.setData(ATTACHMENT_ROLE, att.id)
            try:
                pixmap = QPixmap()
                pixmap.loadFromData(self.store.attachment_bytes(self.ctx.case.uuid, att.id))
                if not pixmap.isNull():
                    item.setIcon(
                        QIcon(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
                    )
            except (KeyError, OSError):
                pass
            self.list.addItem(item)
        self._update_buttons()
