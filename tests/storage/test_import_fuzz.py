"""Fuzzing the workstation's import (issue 20): mutated example cases, case
JSON, envelopes and inner members, signed by a known key. Each package is
imported or refused with a :class:`PackageError`; never another exception,
and a refusal writes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from tests.storage.fuzz_mutations import dumps, examples, json_value, mutated
from tests.storage.hostile_packages import build
from tests.storage.workspace_fixtures import new_workspace

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, bytes], Any]:
    base = tmp_path_factory.mktemp("good")
    with workstation(base / "ws") as ws:
        case = walked_case(ws)
        path = export_case(ws, case.uuid, base / "out", clock=lambda: EXPORT_TIME).path
        verified, members = package.open_package(path, HEAD_OFFICE.encryption)
        return verified.envelope, members, ws.signing_key()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with new_workspace(tmp_path_factory.mktemp("ho") / "ws") as ws:
        yield ws


def _import_or_refuse(ws: Any, data: bytes) -> None:
    before = snapshot(ws)
    try:
        import_package(ws, data, HEAD_OFFICE.encryption)
    except PackageError as exc:
        assert exc.message.render()  # a sentence, not a traceback
        assert snapshot(ws) == before
        return
    # taken in: the case is there, whole (it loads back)
    assert snapshot(ws)["cases"]


@FUZZ
@given(data=st.data())
def test_a_mutated_case_json_is_imported_or_refused_never_a_crash(
    target: Any, good: Any, data: st.DataObject
) -> None:
    envelope, members, signer = good
    case = data.draw(mutated(json.loads(members["case.json"])))
    _import_or_refuse(target, build(envelope, {**members, "case.json": dumps(case)}, signer))


@FUZZ
@given(data=st.data(), index=st.integers(0, 5))
def test_a_mutated_example_case_is_imported_or_refused_never_a_crash(
    target: Any, good: Any, data: st.DataObject, index: int
) -> None:
    envelope, members, signer = good
    example = examples()[index % len(examples())]
    env = {
        **envelope,
        "case_uuid": example.get("uuid"),
        "case_number": example.get("number"),
        "case_version": example.get("version"),
    }
    case = data.draw(mutated(example))
    _import_or_refuse(target, build(env, {**members, "case.json": dumps(case)}, signer))


@FUZZ
@given(
    name=st.sampled_from(["assessment.json", "audit.json", "access.json", "case.json"]),
    data=st.data(),
)
def test_a_mutated_or_garbled_inner_member_is_imported_or_refused_never_a_crash(
    target: Any, good: Any, name: str, data: st.DataObject
) -> None:
    envelope, members, signer = good
    raw = data.draw(
        st.one_of(
            st.binary(max_size=64),
            json_value.map(dumps),
            st.just(members[name]).map(json.loads).flatmap(mutated).map(dumps),
        )
    )
    _import_or_refuse(target, build(envelope, {**members, name: raw}, signer))


@FUZZ
@given(data=st.data())
def test_a_mutated_envelope_is_imported_or_refused_never_a_crash(
    target: Any, good: Any, data: st.DataObject
) -> None:
    envelope, members, signer = good
    header = {k: v for k, v in envelope.items() if k != "format"}
    _import_or_refuse(target, build(data.draw(mutated(header)), members, signer))
