"""When and where a photo was taken, from its already-parsed EXIF tags.

The UI reads the tags with Pillow (bytes in) and hands a plain mapping of tag
name → value here (values out), so the rule stays testable without images.
Rationals may arrive as numbers, ``(numerator, denominator)`` pairs or objects
with ``numerator``/``denominator`` (Pillow's ``IFDRational``); they become
``Decimal`` exactly, never through a float.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

COORD_PLACES = Decimal("0.000001")  # about 0.1 m


@dataclass(frozen=True)
class PhotoExif:
    taken_at: datetime | None = None  # camera local time, no offset
    latitude: Decimal | None = None  # degrees, north positive
    longitude: Decimal | None = None  # degrees, east positive


def photo_exif(tags: Mapping[str, Any]) -> PhotoExif:
    """Time (``DateTimeOriginal``, else ``DateTime``) and GPS position of a photo.

    Anything malformed yields ``None`` for that value instead of an error.
    """
    taken = _exif_time(tags.get("DateTimeOriginal")) or _exif_time(tags.get("DateTime"))
    lat = _coordinate(tags.get("GPSLatitude"), tags.get("GPSLatitudeRef"), "S")
    lon = _coordinate(tags.get("GPSLongitude"), tags.get("GPSLongitudeRef"), "W")
    return PhotoExif(taken, lat, lon)


def _exif_time(value: Any) -> datetime | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "ignore")
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _rational(value: Any) -> Decimal | None:
    try:
        if isinstance(value, tuple) and len(value) == 2:
            num, den = value
        elif hasattr(value, "numerator") and hasattr(value, "denominator"):
            num, den = value.numerator, value.denominator
        elif isinstance(value, int | str | Decimal):
            return Decimal(value)
        else:
            return None
        if Decimal(den) == 0:
            return None
        return Decimal(num) / Decimal(den)
    except (InvalidOperation, TypeError, ValueError):
        return None


def _coordinate(dms: Any, ref: Any, negative_ref: str) -> Decimal | None:
    """Degrees/minutes/seconds → signed decimal degrees (S and W negative)."""
    if not isinstance(dms, tuple | list) or len(dms) != 3:
        return None
    parts = [_rational(p) for p in dms]
    if any(p is None for p in parts):
        return None
    deg, minutes, seconds = (p for p in parts if p is not None)
    degrees = deg + minutes / 60 + seconds / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "ignore")
    if isinstance(ref, str) and ref.strip("\x00 ").upper() == negative_ref:
        degrees = -degrees
    return degrees.quantize(COORD_PLACES)
