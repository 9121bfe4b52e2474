"""Issue 20: every hostile package signed by a known key is refused on its
own with a sentence naming the member and the path, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storage import package
from storage.export import export_case
from storage.import_case import import_package
from storage.package import PackageError
from tests.storage.export_fixtures import (
    EXPORT_TIME,
    HEAD_OFFICE,
    snapshot,
    walked_case,
    workstation,
)
from tests.storage.hostile_packages import ATTACKS, all_attacks, build, hostile
from tests.storage.workspace_fixtures import new_workspace


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, bytes], Any]:
    base = tmp_path_factory.mktemp("good")
    with workstation(base / "ws") as ws:
        case = walked_case(ws)
        path = export_case(ws, case.uuid, base / "out", clock=lambda: EXPORT_TIME).path
        verified, members = package.open_package(path, HEAD_OFFICE.encryption)
        return verified.envelope, members, ws.signing_key()


@pytest.fixture
def ho(tmp_path: Path) -> Any:
    with new_workspace(tmp_path / "ho") as workspace:
        yield workspace


def test_the_good_package_rebuilt_by_the_attack_helper_is_imported(ho: Any, good: Any) -> None:
    envelope, members, signer = good
    assert import_package(ho, build(envelope, members, signer), HEAD_OFFICE.encryption).outcome == (
        "imported"
    )


@pytest.mark.parametrize(("cls", "name", "attack"), all_attacks(), ids=lambda v: str(v)[:40])
def test_each_hostile_package_is_refused_alone_and_writes_nothing(
    ho: Any, good: Any, cls: str, name: str, attack: Any
) -> None:
    envelope, members, signer = good
    before = snapshot(ho)
    with pytest.raises(PackageError):
        import_package(ho, hostile(attack, envelope, members, signer), HEAD_OFFICE.encryption)
    assert snapshot(ho) == before


def _refusal(good: Any, attack: Any) -> str:
    envelope, members, signer = good
    with pytest.raises(PackageError) as caught:
        package_bytes = hostile(attack, envelope, members, signer)
        import_package_into_scratch(package_bytes)
    return caught.value.message.render()


def import_package_into_scratch(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, new_workspace(Path(tmp) / "ws") as ws:
        import_package(ws, data, HEAD_OFFICE.encryption)


def _attack(cls: str, name: str) -> Any:
    return dict(ATTACKS[cls])[name]


@pytest.mark.parametrize(
    ("cls", "name", "says"),
    [
        ("wrong types", "flags not a list", "assessment.json/flags is not a list"),
        ("wrong types", "assessment a list", "assessment.json is not an object"),
        ("wrong types", "audit seq as text", "audit.json/entries/0/"),
        ("nested JSON", "case 100000 deep", "case.json cannot be read: /: nested deeper than 32"),
        ("nested JSON", "case 40 deep", "case.json cannot be read: /x_deep/0/0/"),
        ("huge numbers", "40-digit amount", "loan/amount"),
        ("surrogates", "lone surrogate in name",
         "/applicant/registered_name: the text holds a lone surrogate"),
        ("surrogates", "NUL in owner name", "/applicant/owner/name: the text holds a NUL"),
        ("long strings", "1000-char registered name",
         "applicant/registered_name: 1000 characters, longer than 200"),
        ("10MB field", "10 MB notes",
         "case.json does not fit the case schema: notes: 10000000 characters, longer than 10000"),
        ("bad versions", 'format_version "1"',
         'envelope.json/format_version must be a whole number of at least 1, not "1"'),
        ("bad versions", "format_version true",
         "format_version must be a whole number of at least 1, not true"),
        ("bad versions", "format_version 0", "not 0."),
        ("bad versions", "format_version -5", "not -5."),
        ("bad versions", "case_version 1.0",
         "envelope.json/case_version must be a whole number of at least 1, not 1.0"),
        ("bad versions", "format_version 2",
         "envelope.json/format_version is 2, newer than this program reads (1)"),
        ("bad versions", "envelope over 64 KB", "'envelope.json' is too large"),
        ("zip bombs", "40 MB of zeros", "zip bomb"),
        ("zip bombs", "100 MB of zeros", "payload: member 'attachments/bomb' is too large"),
        ("zip bombs", "100 x 1 MB members", "payload: the contents are too large"),
    ],
)  # fmt: skip
def test_the_refusal_names_the_member_and_the_path(
    good: Any, cls: str, name: str, says: str
) -> None:
    assert says in _refusal(good, _attack(cls, name))


def test_a_long_text_is_refused_by_the_schema_at_its_column_size(good: Any) -> None:
    """Head office stores the registered name in varchar(200): 200 characters
    pass the schema, 201 do not (the workstation refuses them too)."""
    from storage.export import schema_errors

    data = json.loads(good[1]["case.json"])
    data["applicant"]["registered_name"] = "名" * 200
    assert schema_errors(data) == []
    data["applicant"]["registered_name"] = "名" * 201
    assert schema_errors(data) == ["applicant/registered_name: 201 characters, longer than 200"]


def test_a_decimal_with_16_digits_before_the_point_is_refused_by_the_schema(good: Any) -> None:
    from storage.export import schema_errors

    data = json.loads(good[1]["case.json"])
    data["loan"]["amount"] = "9" * 15 + ".0123456789"
    assert schema_errors(data) == []
    data["loan"]["amount"] = "9" * 16
    assert schema_errors(data)
