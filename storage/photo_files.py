"""A photo's EXIF time and position, read from its bytes with Pillow.

For the command line (``case attach``); the case editor's photo panel reads
the same tags itself (``ui/photos.py``) and both hand them to
:func:`domain.exif.photo_exif`.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import ExifTags, Image, UnidentifiedImageError

from domain.exif import PhotoExif, photo_exif

_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825


class NotAPhoto(ValueError):
    """The bytes are not an image Pillow can read."""


def read_photo(data: bytes) -> tuple[PhotoExif, str]:
    """The photo's EXIF time and position, and its MIME type. Raises :class:`NotAPhoto`."""
    tags = _tags(data)
    return photo_exif(tags), str(tags.get("_mime", ""))


def _tags(data: bytes) -> dict[str, Any]:
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
