"""Typed coordinates are checked, and the site plot's model places each photo
around the business with its distance (worked out by hand below)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from domain.case import Attachment, Case, Visit
from domain.geo import distance_text, ring_for, site_plot, validate_latitude, validate_longitude


def test_a_latitude_is_a_number_between_minus_90_and_90() -> None:
    assert validate_latitude("28.5750").value == Decimal("28.5750")
    assert validate_latitude("-33.9").ok
    assert validate_latitude("").ok and validate_latitude("").value is None
    swapped = validate_latitude("121.3677")  # the longitude typed in the latitude
    assert not swapped.ok
    assert swapped.errors[0].render() == (
        "A latitude lies between -90 and 90 degrees; 121.3677 is not one (is it the longitude?)."
    )
    word = validate_latitude("north")
    assert not word.ok and "decimal degrees" in word.errors[0].render()


def test_a_longitude_is_a_number_between_minus_180_and_180() -> None:
    assert validate_longitude("121.3677").value == Decimal("121.3677")
    assert validate_longitude("180").ok and validate_longitude("-180").ok
    assert not validate_longitude("180.5").ok
    assert not validate_longitude("12l.4").ok  # a letter l for a one


def _case() -> Case:
    case = Case()
    case.visits = [Visit(latitude=Decimal("28.0"), longitude=Decimal("121.0"))]
    case.attachments = [
        # 0.001° north: R·Δφ = 6,371,008.8 m × 0.001 × π/180 = 111.195 m
        Attachment(
            filename="north.jpg",
            exif_time=datetime(2026, 11, 27, 9, 40),
            exif_latitude=Decimal("28.001"),
            exif_longitude=Decimal("121.0"),
        ),
        # 0.001° east at 28° N: 111.195 m × cos 28° (0.882948) = 98.18 m
        Attachment(
            filename="east.jpg",
            exif_latitude=Decimal("28.0"),
            exif_longitude=Decimal("121.001"),
        ),
        Attachment(filename="no-gps.jpg"),
        Attachment(filename="statement.pdf", kind="statement"),
    ]
    return case


def test_the_plot_places_each_photo_east_and_north_of_the_business_with_its_distance() -> None:
    plot = site_plot(_case())
    assert plot.has_centre
    north, east = plot.points
    assert (north.filename, north.distance_m) == ("north.jpg", 111)
    assert north.taken_at == datetime(2026, 11, 27, 9, 40)
    assert north.north_m == pytest.approx(111.195, abs=0.01)
    assert north.east_m == pytest.approx(0.0, abs=1e-9)
    assert (east.filename, east.distance_m) == ("east.jpg", 98)
    assert east.east_m == pytest.approx(98.18, abs=0.01)
    assert east.north_m == pytest.approx(0.0, abs=1e-9)
    assert plot.without_position == ("no-gps.jpg",)  # the statement is no photo
    assert plot.ring_m == 200  # the smallest ring holding 111 m


def test_without_a_visit_position_there_is_nothing_to_centre_on() -> None:
    case = _case()
    case.visits = [Visit()]
    plot = site_plot(case)
    assert not plot.has_centre and plot.points == ()
    assert plot.without_position == ("no-gps.jpg",)


def test_rings_and_distances_read_as_round_figures() -> None:
    assert [ring_for(d) for d in (0, 50, 51, 999, 1001, 10**9)] == [
        50, 50, 100, 1000, 2000, 100_000,
    ]  # fmt: skip
    assert distance_text(350).render() == "350 m"
    assert distance_text(1234).render() == "1.2 km"
    assert distance_text(5000).render() == "5 km"
