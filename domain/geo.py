"""Positions on the ground: typed coordinates checked, and where the site
photos were taken around the business (the site-evidence plot).

Coordinates are decimal degrees, north and east positive (as stored in
``Visit.latitude``/``longitude`` and in a photo's EXIF). Distances are
great-circle distances (:func:`domain.fraud.site.distance_km`, haversine).
The plot places each photo by its offset east and north of the business in
metres (an equirectangular projection, exact enough over the few kilometres a
visit spans); its distance label is the haversine distance. See docs/DOMAIN.md
("Site evidence").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from domain.case import Case
from domain.fraud.site import EARTH_RADIUS_KM, distance_km
from domain.i18n import Message, tr_noop
from domain.money import parse_decimal
from domain.validators import ValidationResult

#: Ring radii (metres) the plot may draw: the smallest that holds every photo.
RING_STEPS_M = (50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)


def _coordinate(text: str, limit: int, swapped: str, name_error: str) -> ValidationResult[Decimal]:
    s = text.strip().replace("°", "")
    if not s:
        return ValidationResult(True, None)
    value = parse_decimal(s)
    if value is None:
        return ValidationResult(False, None, [Message(name_error)])
    if not -limit <= value <= limit:
        return ValidationResult(False, None, [Message(swapped, {"value": s})])
    return ValidationResult(True, value)


def validate_latitude(text: str) -> ValidationResult[Decimal]:
    """Latitude in decimal degrees, -90 to 90 (north positive); empty is allowed."""
    return _coordinate(
        text,
        90,
        tr_noop(
            "A latitude lies between -90 and 90 degrees; {value} is not one (is it the longitude?)."
        ),
        tr_noop("Write the latitude as decimal degrees, like 28.5 (north positive)."),
    )


def validate_longitude(text: str) -> ValidationResult[Decimal]:
    """Longitude in decimal degrees, -180 to 180 (east positive); empty is allowed."""
    return _coordinate(
        text,
        180,
        tr_noop("A longitude lies between -180 and 180 degrees; {value} is not one."),
        tr_noop("Write the longitude as decimal degrees, like 121.4 (east positive)."),
    )


@dataclass(frozen=True)
class PlotPoint:
    """One photo on the plot: where (metres east and north of the business),
    how far (haversine, metres) and when it was taken."""

    attachment: int  # index in case.attachments
    filename: str
    taken_at: datetime | None
    east_m: float
    north_m: float
    distance_m: int


@dataclass(frozen=True)
class SitePlot:
    """The business at the centre, the photos around it, the ring to draw."""

    latitude: Decimal | None  # the business: the visit's recorded position
    longitude: Decimal | None
    points: tuple[PlotPoint, ...]
    without_position: tuple[str, ...]  # photos with no GPS in their EXIF
    ring_m: int  # radius of the outer ring, metres

    @property
    def has_centre(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def offset_m(lat0: Decimal, lon0: Decimal, lat: Decimal, lon: Decimal) -> tuple[float, float]:
    """Metres east and north of (lat0, lon0): equirectangular projection."""
    radius = EARTH_RADIUS_KM * 1000
    north = math.radians(float(lat - lat0)) * radius
    east = math.radians(float(lon - lon0)) * radius * math.cos(math.radians(float(lat0)))
    return east, north


def ring_for(distance_m: float) -> int:
    """The smallest ring radius at least ``distance_m`` (the largest when beyond)."""
    return next((r for r in RING_STEPS_M if r >= distance_m), RING_STEPS_M[-1])


def site_plot(case: Case, visit: int = 0) -> SitePlot:
    """Where the case's site photos were taken around the business position
    (the visit's recorded latitude and longitude)."""
    v = case.visits[visit] if len(case.visits) > visit else None
    lat0 = v.latitude if v is not None else None
    lon0 = v.longitude if v is not None else None
    points: list[PlotPoint] = []
    missing: list[str] = []
    for i, att in enumerate(case.attachments):
        if att.kind != "photo":
            continue
        if att.exif_latitude is None or att.exif_longitude is None:
            missing.append(att.filename)
            continue
        if lat0 is None or lon0 is None:
            continue
        east, north = offset_m(lat0, lon0, att.exif_latitude, att.exif_longitude)
        metres = distance_km(lat0, lon0, att.exif_latitude, att.exif_longitude) * 1000
        points.append(
            PlotPoint(i, att.filename, att.exif_time, east, north, int(metres.to_integral_value()))
        )
    farthest = max((p.distance_m for p in points), default=0)
    return SitePlot(lat0, lon0, tuple(points), tuple(missing), ring_for(farthest))


def distance_text(metres: int) -> Message:
    """A distance as people say it: ``350 m``, ``1.2 km``, ``5 km``."""
    if metres < 1000:
        return Message(tr_noop("{m} m"), {"m": metres})
    km = f"{metres // 1000}" if metres % 1000 == 0 else f"{metres / 1000:.1f}"
    return Message(tr_noop("{km} km"), {"km": km})
