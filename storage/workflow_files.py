"""The shipped ``resources/workflow.toml``, read once (help texts, checklists,
and which fields apply to which business), with ``resources/value_bounds.toml``
(which values are plausible)."""

from __future__ import annotations

import tomllib
from functools import cache

from domain.paths import resource_path
from domain.value_bounds import ValueBounds, value_bounds_from_dict
from domain.workflow import Applicability, WorkflowTexts, workflow_texts_from_dict


@cache
def load_value_bounds() -> ValueBounds:
    """The shipped ``resources/value_bounds.toml`` (docs/FORMATS.md, "Value bounds")."""
    with resource_path("value_bounds.toml").open("rb") as fh:
        return value_bounds_from_dict(tomllib.load(fh))


@cache
def load_workflow_texts(language: str = "zh_CN") -> WorkflowTexts:
    with resource_path("workflow.toml").open("rb") as fh:
        return workflow_texts_from_dict(tomllib.load(fh), language, load_value_bounds())


def load_applicability() -> Applicability:
    """Which industries bring water meters and seasons (the stages' extra fields)."""
    return load_workflow_texts().applicability
