"""domain.fast_init: the faster __init__ of frozen dataclasses builds the same objects."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import InitVar, dataclass, field

import pytest

from domain.checks.base import CheckResult, Input
from domain.enums import Light
from domain.fast_init import fast_frozen_init
from domain.i18n import Message


@dataclass(frozen=True)
class _Plain:
    name: str
    value: int
    unit: str = "kg"
    tags: list[str] = field(default_factory=list)


@fast_frozen_init
@dataclass(frozen=True)
class _Fast:
    name: str
    value: int
    unit: str = "kg"
    tags: list[str] = field(default_factory=list)


def _as_tuple(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def test_the_fast_init_stores_the_same_values_as_the_generated_one() -> None:
    for args, kwargs in [
        (("a", 1), {}),
        (("a", 1, "t"), {}),
        (("a", 1), {"tags": ["x"]}),
        ((), {"value": 2, "name": "b", "unit": "m"}),
    ]:
        assert _as_tuple(_Fast(*args, **kwargs)) == _as_tuple(_Plain(*args, **kwargs))


def test_the_fast_init_keeps_parameter_names_and_plain_defaults() -> None:
    fast = inspect.signature(_Fast.__init__).parameters
    plain = inspect.signature(_Plain.__init__).parameters
    assert list(fast) == list(plain)
    assert fast["unit"].default == "kg"


def test_each_object_gets_a_fresh_value_from_the_default_factory() -> None:
    one, two = _Fast("a", 1), _Fast("b", 2)
    assert one.tags == [] and two.tags == []
    assert one.tags is not two.tags


def test_a_fast_built_object_is_still_frozen_equal_and_printed_alike() -> None:
    obj = _Fast("a", 1, "t", ["x"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.name = "b"  # type: ignore[misc]
    assert repr(obj) == repr(_Plain("a", 1, "t", ["x"])).replace("_Plain", "_Fast")
    assert _Fast("a", 1) == _Fast("a", 1)
    assert Message("x {n}", {"n": 1}) == Message("x {n}", {"n": 1})


def test_missing_or_unexpected_arguments_fail_as_with_the_generated_init() -> None:
    with pytest.raises(TypeError):
        _Fast("a")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast("a", 1, colour="red")  # type: ignore[call-arg]


def test_the_assessment_classes_build_what_their_fields_say() -> None:
    result = CheckResult("S1", Message("name"), [Input("sales", None, "declared")])
    assert result.light is Light.MISSING
    assert result.missing == [] and result.notes == []
    assert result.arithmetic == Message("")
    assert result.inputs[0].unit == ""
    assert Message("hello").params == {}


def test_classes_it_cannot_serve_are_refused_when_decorated() -> None:
    with pytest.raises(TypeError):

        @fast_frozen_init
        @dataclass
        class NotFrozen:
            a: int

    with pytest.raises(TypeError):

        @fast_frozen_init
        @dataclass(frozen=True)
        class PostInit:
            a: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):

        @fast_frozen_init
        @dataclass(frozen=True)
        class WithInitVar:
            a: int
            b: InitVar[int] = 0

    with pytest.raises(TypeError):

        @fast_frozen_init
        @dataclass(frozen=True)
        class NotInInit:
            a: int
            b: int = field(default=0, init=False)

    with pytest.raises(TypeError):

        @fast_frozen_init
        @dataclass(frozen=True, slots=True)
        class Slotted:
            a: int

    with pytest.raises(TypeError):

        @fast_frozen_init
        @dataclass(frozen=True)
        class Clash:
            _d_: int
