"""What a bank-statement import hands over: the column mapping, the parsed lines
and the error that says what is wrong and where.

The reading itself lives in :mod:`storage.statements`; these plain types are
here so that the UI (which never imports storage) can build a mapping, show a
preview and place an error next to the right field.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date

from domain.case import BankTransaction
from domain.errors import DomainError
from domain.i18n import Message, tr_noop

#: Mapping fields in the order the import dialog shows them, with their labels.
MAPPING_FIELDS: tuple[tuple[str, str], ...] = (
    ("date", tr_noop("Date")),
    ("amount", tr_noop("Amount (signed, or with a debit/credit flag)")),
    ("direction", tr_noop("Debit/credit flag")),
    ("credit", tr_noop("Credit (money in)")),
    ("debit", tr_noop("Debit (money out)")),
    ("counterparty", tr_noop("Counterparty name")),
    ("counterparty_account", tr_noop("Counterparty account")),
    ("description", tr_noop("Description")),
    ("balance", tr_noop("Balance")),
)


@dataclass(frozen=True)
class ColumnMapping:
    """Which header of the statement holds which field; ``None`` = not present.

    The amount comes either from ``amount`` (signed, or unsigned together with
    the ``direction`` flag column: 借/贷, 支出/收入 …) or from the two columns
    ``debit`` (money out) and ``credit`` (money in). ``date`` is required.
    """

    date: str | None = None
    amount: str | None = None
    direction: str | None = None
    debit: str | None = None
    credit: str | None = None
    counterparty: str | None = None
    counterparty_account: str | None = None
    description: str | None = None
    balance: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def uses_debit_credit(self) -> bool:
        return self.amount is None and (self.debit is not None or self.credit is not None)


@dataclass
class ParsedStatement:
    """The result of reading one statement export.

    ``rows_skipped`` counts table rows that were not transactions (empty,
    totals such as 合计, lines with no amount); ``warnings`` say which.
    """

    transactions: list[BankTransaction]
    mapping: ColumnMapping
    warnings: list[Message] = field(default_factory=list)
    rows_skipped: int = 0
    columns: list[str] = field(default_factory=list)  # the header row as found
    layout: str = ""  # id of the preset that matched best ("" = none)
    layout_label: str = ""  # English label of that preset
    account: str = ""  # the statement's own account number, if the title shows it
    source_rows: list[int] = field(default_factory=list)  # file row of each transaction


class StatementError(DomainError):
    """A statement that cannot be read; the message names file, row and column.

    ``field`` is the mapping field at fault (e.g. ``"amount"``) when there is
    one, so that a dialog can show the error under the right selector.
    ``columns`` is the header row when it was found, so that the officer can
    still choose columns by hand; ``mapping`` is the mapping that was tried.
    """

    def __init__(
        self,
        message: Message,
        field: str = "",
        columns: list[str] | None = None,
        layout: str = "",
        mapping: ColumnMapping | None = None,
    ) -> None:
        super().__init__(message, field)
        self.columns = list(columns or [])
        self.layout = layout
        self.mapping = mapping


def _line_key(t: BankTransaction) -> tuple[str, date | None, object, str, str, str]:
    return (
        t.account,
        t.on,
        t.amount,
        t.counterparty.strip(),
        t.counterparty_account.strip(),
        t.description.strip(),
    )


def merge_transactions(
    existing: Iterable[BankTransaction], new: Iterable[BankTransaction]
) -> tuple[list[BankTransaction], int]:
    """The case's lines plus the new ones not already there, in date order;
    and how many new lines were duplicates.

    Overlapping exports of the same account repeat lines; a line counts as a
    duplicate when own account, date, amount, counterparty, counterparty
    account and description are all equal. Identical lines inside one export
    (two equal payments on one day) are kept: only as many copies are dropped
    as the case already holds.
    """
    kept = list(existing)
    held = Counter(_line_key(t) for t in kept)
    duplicates = 0
    for line in new:
        key = _line_key(line)
        if held[key] > 0:
            held[key] -= 1
            duplicates += 1
            continue
        kept.append(line)
    kept.sort(key=lambda t: t.on or date.min)
    return kept, duplicates
