"""The field method as data: stage order, requirements per business type."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from decimal import Decimal

import pytest

from domain.case import Attachment, Case, Inquiry, MeterReading, Visit
from domain.enums import MeterKind, Season
from domain.errors import RulePackError
from domain.exif import photo_exif
from domain.paths import resource_path
from domain.workflow import (
    Applicability,
    completeness,
    field_key,
    finish_stage,
    get_value,
    progress_percent,
    set_value,
    stages_for,
    workflow_texts_from_dict,
)


def _paths(case: Case, stage_id: str) -> list[str]:
    stage = next(s for s in stages_for(case) if s.id == stage_id)
    return [field_key(f) for f in stage.fields]


def test_stages_come_in_the_order_of_the_field_method() -> None:
    ids = [s.id for s in stages_for(Case())]
    assert ids == [
        "visit",
        "character",
        "business",
        "security",
        "meters",
        "statements",
        "verification",
        "conclusion",
    ]


def test_customs_applies_only_to_exporters() -> None:
    case = Case()
    assert "customs" not in _paths(case, "meters")
    case.business.exporter = True
    assert "customs" in _paths(case, "meters")
    assert "customs" in completeness(case)["meters"].missing_fields


@pytest.mark.parametrize("industry", ["dyeing", "food_processing", "restaurant"])
def test_water_readings_are_required_for_water_heavy_trades(industry: str) -> None:
    case = Case()
    case.business.industry = industry
    assert "meters[kind=water]" in completeness(case)["meters"].missing_fields


def test_water_readings_are_not_asked_of_a_grocery() -> None:
    case = Case()
    case.business.industry = "grocery"
    assert "meters[kind=water]" not in _paths(case, "meters")


def test_a_farm_must_give_a_season_for_all_twelve_months() -> None:
    case = Case()
    case.business.industry = "farming"
    assert "business/season_of_month" in completeness(case)["business"].missing_fields
    case.business.season_of_month = {str(m): Season.NORMAL for m in range(1, 12)}  # 11 months
    assert "business/season_of_month" in completeness(case)["business"].missing_fields
    case.business.season_of_month["12"] = Season.PEAK
    assert "business/season_of_month" in completeness(case)["business"].done_fields


def test_season_months_are_optional_for_a_non_farm() -> None:
    case = Case()
    case.business.industry = "grocery"
    assert "business/season_of_month" not in _paths(case, "business")


def test_electricity_needs_six_monthly_readings_of_electricity() -> None:
    case = Case()
    case.meters = [MeterReading(MeterKind.ELECTRICITY, f"2026-0{m}") for m in range(1, 6)]
    case.meters.append(MeterReading(MeterKind.WATER, "2026-06"))  # water does not count
    assert "meters[kind=electricity]" in completeness(case)["meters"].missing_fields
    case.meters.append(MeterReading(MeterKind.ELECTRICITY, "2026-06"))
    assert completeness(case)["meters"].complete


def test_visit_needs_both_officers_and_a_photo() -> None:
    case = Case(visits=[Visit(officers=["王芳"])])
    missing = completeness(case)["visit"].missing_fields
    assert "visits/0/officers" in missing
    assert "attachments[kind=photo]" in missing
    case.visits[0].officers.append("李强")
    case.attachments.append(Attachment(kind="document"))
    missing = completeness(case)["visit"].missing_fields
    assert "visits/0/officers" not in missing
    assert "attachments[kind=photo]" in missing  # a document is not a site photo


def test_an_answered_no_counts_as_done_but_unsigned_consent_does_not() -> None:
    case = Case()
    case.character.able_to_work = False
    status = completeness(case)["character"]
    assert "character/able_to_work" in status.done_fields
    assert "character/willing_to_work" in status.missing_fields
    assert "credit_report/consent_signed" in status.missing_fields  # False by default
    case.credit_report.consent_signed = True
    assert "credit_report/consent_signed" in completeness(case)["character"].done_fields


def test_blank_text_is_not_an_answer() -> None:
    case = Case()
    case.applicant.owner.name = "   "
    assert "applicant/owner/id_number" in completeness(case)["visit"].missing_fields
    assert "applicant/owner/name" in completeness(case)["visit"].missing_fields


def test_set_value_creates_the_first_visit_and_get_value_reads_it_back() -> None:
    case = Case()
    assert get_value(case, "visits/0/place") is None
    set_value(case, "visits/0/place", "路桥区螺洋街道")
    set_value(case, "character/inquiries/1/who", "邻居张三")
    assert case.visits[0].place == "路桥区螺洋街道"
    assert len(case.character.inquiries) == 2
    assert case.character.inquiries[1] == Inquiry(who="邻居张三")
    set_value(case, "balance_sheet/cash/value", Decimal("1200.00"))
    assert get_value(case, "balance_sheet/cash/value") == Decimal("1200.00")


def test_set_value_creates_an_absent_spouse() -> None:
    case = Case()
    set_value(case, "applicant/spouse/name", "陈丽")
    assert case.applicant.spouse is not None
    assert case.applicant.spouse.name == "陈丽"


def test_finishing_a_stage_lists_what_is_missing_and_does_not_finish_it() -> None:
    case = Case()
    message = finish_stage(case, "conclusion")
    assert message is not None
    assert "Recommendation" in message.params["fields"]
    assert "Opinion" in message.params["fields"]
    assert "conclusion" not in case.stages_finished


def test_progress_counts_finished_stages_out_of_eight() -> None:
    case = Case()
    # verification has no required field: finishing it is 1 of 8 = 12.5% → 12
    assert finish_stage(case, "verification") is None
    assert progress_percent(case) == 12
    # security has none either: 2 of 8 = 25%
    assert finish_stage(case, "security") is None
    assert progress_percent(case) == 25


def test_a_finished_stage_stops_counting_when_a_required_field_is_emptied() -> None:
    case = Case()
    case.character.inquiries = [Inquiry(who="邻居", said="人老实", on=date(2026, 11, 20))]
    case.character.willing_to_work = True
    case.character.able_to_work = True
    case.character.no_bad_habits = True
    case.credit_report.consent_signed = True
    case.credit_report.consent_date = date(2026, 11, 20)
    case.credit_report.overdues_24m = 0
    case.credit_report.inquiries_6m = 2
    assert finish_stage(case, "character") is None
    assert progress_percent(case) == 12  # 1 of 8 = 12.5% rounded down
    case.character.inquiries.clear()
    assert progress_percent(case) == 0


def test_the_shipped_workflow_texts_cover_every_stage_with_help() -> None:
    with resource_path("workflow.toml").open("rb") as fh:
        texts = workflow_texts_from_dict(tomllib.load(fh))
    assert len(texts.three_looks) == 3
    assert "不看报表看原始" in texts.three_looks
    for stage in stages_for(Case()):
        assert texts.for_stage(stage.id).help, stage.id
    assert any(d.id == "credit_consent" for d in texts.for_stage("character").documents)
    assert texts.applicability.water_industries == {"dyeing", "food_processing", "restaurant"}


def test_workflow_texts_refuse_an_unknown_stage_naming_it() -> None:
    with pytest.raises(RulePackError) as err:
        workflow_texts_from_dict({"stages": {"tea_break": {"help": "x"}}})
    assert err.value.field == "stages.tea_break"


def test_applicability_from_the_resource_changes_requirements() -> None:
    case = Case()
    case.business.industry = "brewery"
    rules = Applicability(water_industries=frozenset({"brewery"}))
    keys = [field_key(f) for s in stages_for(case, rules) for f in s.fields]
    assert "meters[kind=water]" in keys


def test_exif_time_and_gps_become_signed_decimal_degrees() -> None:
    # 28° 34' 30" N = 28 + 34/60 + 30/3600 = 28.575
    # 121° 22' 3.6" E = 121 + 22/60 + 3.6/3600 = 121.367667 (6 places)
    tags = {
        "DateTimeOriginal": "2026:11:20 10:15:00",
        "GPSLatitude": ((28, 1), (34, 1), (30, 1)),
        "GPSLatitudeRef": "N",
        "GPSLongitude": ((121, 1), (22, 1), (36, 10)),
        "GPSLongitudeRef": "E",
    }
    info = photo_exif(tags)
    assert info.taken_at == datetime(2026, 11, 20, 10, 15)
    assert info.latitude == Decimal("28.575000")
    assert info.longitude == Decimal("121.367667")


def test_exif_south_and_west_are_negative_and_garbage_is_ignored() -> None:
    tags = {
        "DateTime": "not a time",
        "GPSLatitude": ((33, 1), (30, 1), (0, 1)),  # 33.5
        "GPSLatitudeRef": "S",
        "GPSLongitude": ((70, 1), (0, 0), (0, 1)),  # zero denominator
        "GPSLongitudeRef": "W",
    }
    info = photo_exif(tags)
    assert info.taken_at is None
    assert info.latitude == Decimal("-33.500000")
    assert info.longitude is None
