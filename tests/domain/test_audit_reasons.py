"""Texts the program writes into the audit trail, read back for translation."""

from __future__ import annotations

import pytest

from domain.audit_reasons import (
    EXPORTED,
    MEMO_PRINTED,
    PURGED_BY_RETENTION,
    PURGED_PAYLOAD,
    audit_message,
    audit_text,
)
from domain.i18n import Message


def test_a_stored_program_text_reads_back_as_its_message_with_the_values() -> None:
    stored = audit_text(MEMO_PRINTED, file="3301-20261127-0001.pdf")
    assert stored == "memo printed as 3301-20261127-0001.pdf"
    assert audit_message(stored) == Message(MEMO_PRINTED, {"file": "3301-20261127-0001.pdf"})


def test_texts_with_several_values_keep_each_value() -> None:
    stored = audit_text(PURGED_BY_RETENTION, days=1825, date="2021-03-01")
    assert stored == "retention 1825 days; archived 2021-03-01"
    assert audit_message(stored) == Message(
        PURGED_BY_RETENTION, {"days": "1825", "date": "2021-03-01"}
    )
    assert audit_message("purged; 3 attachments removed") == Message(PURGED_PAYLOAD, {"count": "3"})


def test_a_file_name_with_the_words_of_the_template_in_it_is_kept_whole() -> None:
    stored = audit_text(EXPORTED, file="exported to head office as x.fcwpkg")
    message = audit_message(stored)
    assert message is not None
    assert message.render() == stored


def test_the_officers_own_words_are_not_taken_for_a_program_text() -> None:
    assert audit_message("客户要求降低金额") is None
    assert audit_message("memo printed") is None  # no file: not the template
    assert audit_message("") is None


def test_only_the_modules_templates_can_be_stored() -> None:
    with pytest.raises(ValueError, match="not an audit template"):
        audit_text("printed {file}", file="x.pdf")
