"""The field-method wording is shown in the interface's language."""

from __future__ import annotations

import tomllib

from domain.paths import resource_path
from domain.workflow import stage_ids, workflow_texts_from_dict


def _shipped() -> dict:  # type: ignore[type-arg]
    with resource_path("workflow.toml").open("rb") as fh:
        return tomllib.load(fh)


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_chinese_is_the_default_wording() -> None:
    texts = workflow_texts_from_dict(_shipped())
    assert texts.three_looks[0] == "不看报表看原始"
    assert texts.for_stage("visit").documents[0].label == "营业执照"


def test_english_interface_gets_english_help_mottos_and_documents_for_every_stage() -> None:
    texts = workflow_texts_from_dict(_shipped(), "en_US")
    assert texts.three_looks[0] == "Not the statements: the original records"
    for stage_id in stage_ids():
        stage = texts.for_stage(stage_id)
        assert stage.help and not _has_cjk(stage.help), stage_id
        assert all(not _has_cjk(d.label) for d in stage.documents), stage_id


def test_a_text_without_an_english_twin_falls_back_to_chinese() -> None:
    data = {"stages": {"visit": {"help": "双人下户", "documents": [{"id": "x", "label": "执照"}]}}}
    texts = workflow_texts_from_dict(data, "en_US")
    assert texts.for_stage("visit").help == "双人下户"
    assert texts.for_stage("visit").documents[0].label == "执照"
