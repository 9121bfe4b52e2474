"""Every path of the case reads in words: the history's field column and the
undo menu never show ``visits/0/officers/1``."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from domain.case import Case
from domain.field_labels import path_label
from domain.i18n import Message
from domain.path_labels import case_path_label


def leaf_paths(tp: Any = Case, prefix: str = "") -> Iterator[str]:
    """Every leaf path of the case model, with index 0 for list items and a
    month for the dict of seasons."""
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        for f in dataclasses.fields(tp):
            yield from leaf_paths(hints[f.name], f"{prefix}/{f.name}" if prefix else f.name)
        return
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        yield from leaf_paths(inner, prefix)
    elif origin is list:
        yield prefix  # an emptied list is a change of its own
        yield from leaf_paths(args[0], f"{prefix}/0")
    elif origin is dict:
        yield from leaf_paths(args[1], f"{prefix}/3")
    else:
        yield prefix


PATHS = sorted(set(leaf_paths()))


def test_the_model_walk_finds_the_paths_the_history_records() -> None:
    assert len(PATHS) > 300
    assert {"visits/0/officers/0", "transactions/0/amount", "balance_sheet/cash/source"} <= set(
        PATHS
    )


@pytest.mark.parametrize("path", PATHS)
def test_every_leaf_of_the_case_has_words(path: str) -> None:
    assert isinstance(case_path_label(path), Message), path


def words(path: str) -> str:
    shown = case_path_label(path)
    return shown.render() if isinstance(shown, Message) else shown


def test_a_list_item_is_named_by_its_list_and_number_and_its_attribute() -> None:
    # the stage field "Both officers", its second name
    assert words("visits/0/officers/1") == "Both officers no. 2"
    # the thirteenth statement line's amount
    assert words("transactions/12/amount") == "Bank statements no. 13 · Amount"
    assert words("dispositions/0/status") == "Fraud flag decisions no. 1 · Status"


def test_a_figure_reads_as_its_label_its_value_adds_nothing() -> None:
    assert words("balance_sheet/cash/value") == "Cash"  # a stage field
    assert words("balance_sheet/deposits/value") == "Balance sheet · Bank deposits"
    assert words("balance_sheet/deposits/source") == "Balance sheet · Bank deposits · Source"


def test_a_stage_field_keeps_the_label_of_its_page_and_a_month_key_reads_as_a_month() -> None:
    assert words("loan/amount") == "Amount requested"
    assert words("proposal/opinion") == "Opinion"
    assert words("business/season_of_month/3") == "Season of every month, month 3"


def test_a_path_of_no_case_stays_as_it_is() -> None:
    assert case_path_label("nonsense/0/x") == "nonsense/0/x"


def test_the_flags_panel_labels_use_the_same_words() -> None:
    # a path the rule tables name keeps its label; any other reads by its parts
    assert path_label("/contracts/1/quantity") == Message("Contract quantity")
    assert path_label("/business/observation/notes") == case_path_label(
        "business/observation/notes"
    )


def test_chinese_words_come_from_the_translation_of_each_part() -> None:
    zh = {
        "Both officers": "两名调查人员",
        "{field} no. {n}": "{field}第{n}项",
        "Bank statements": "银行流水",
        "Amount": "金额",
        "{field} · {part}": "{field}·{part}",
    }
    shown = case_path_label("visits/0/officers/1")
    assert isinstance(shown, Message)
    assert shown.render(lambda _c, s: zh.get(s, s)) == "两名调查人员第2项"
    shown = case_path_label("transactions/12/amount")
    assert isinstance(shown, Message)
    assert shown.render(lambda _c, s: zh.get(s, s)) == "银行流水第13项·金额"
