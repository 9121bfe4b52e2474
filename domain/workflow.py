"""The guided field method as data: stages, their fields, what finishes them.

The case editor renders the stages from :func:`stages_for` and never hard-codes
their order (HOUSE_STYLE.md, "A wizard whose steps come from the domain").
Stages follow Tailong's 三品三表 inside Taizhou's 下户调查 → 自编报表 →
交叉检验 sequence (DOMAIN.md §2).

A field is named by a *path* into :class:`domain.case.Case`: attribute names
and list indices joined by ``/`` (``visits/0/started_at``,
``balance_sheet/cash/value``). Required fields gate *finishing* a stage,
never saving: a case always holds what the officer typed.

Some fields apply only to some businesses (DOMAIN.md §2.2): customs to
exporters, water meters to dyeing / food processing / restaurants, a season
for every month to farms. Which industries those are is an
:class:`Applicability`, read from ``resources/workflow.toml`` by the caller.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from domain.case import Case
from domain.errors import RulePackError
from domain.i18n import Message, tr_noop
from domain.value_bounds import NO_BOUNDS, ValueBounds

# ---------------------------------------------------------------- paths


def get_value(root: Any, path: str) -> Any:
    """The value at ``path`` under ``root``; ``None`` when a list index is absent."""
    node = root
    for part in _parts(path):
        if isinstance(node, list):
            index = int(part)
            if index >= len(node):
                return None
            node = node[index]
        elif isinstance(node, dict):
            node = node.get(part)
        elif node is None:
            return None
        else:
            node = getattr(node, part)
    return node


def set_value(root: Any, path: str, value: Any) -> None:
    """Set the value at ``path``, creating list items (with defaults) on the way.

    ``visits/0/started_at`` on a case without visits appends one ``Visit()``.
    """
    parts = _parts(path)
    node = root
    owner: tuple[type, str] | None = None
    for part in parts[:-1]:
        if isinstance(node, list):
            index = int(part)
            assert owner is not None
            item_type = _list_item_type(*owner)
            while len(node) <= index:
                node.append(item_type())
            node = node[index]
        elif isinstance(node, dict):
            node = node[part]
        else:
            child = getattr(node, part)
            if child is None:
                child = _optional_type(type(node), part)()
                setattr(node, part, child)
            owner = (type(node), part)
            node = child
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    elif isinstance(node, dict):
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    else:
        setattr(node, last, value)


def _parts(path: str) -> list[str]:
    return [p for p in path.split("/") if p]


def _list_item_type(owner: type, attr: str) -> type:
    hint = typing.get_type_hints(owner)[attr]
    (item,) = typing.get_args(hint)
    return typing.cast(type, item)


def _optional_type(owner: type, attr: str) -> type:
    hint = typing.get_type_hints(owner)[attr]
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return typing.cast(type, args[0] if args else hint)


# ---------------------------------------------------------------- stages

ALWAYS = ""
EXPORTER = "exporter"
WATER = "water"
SEASONAL = "seasonal"


@dataclass(frozen=True)
class Applicability:
    """Which industries (ids of the industry table) bring which extra fields,
    and which values are plausible at all (``resources/value_bounds.toml``,
    read with the workflow texts; nothing is checked without it)."""

    water_industries: frozenset[str] = frozenset({"dyeing", "food_processing", "restaurant"})
    seasonal_industries: frozenset[str] = frozenset({"farming"})
    bounds: ValueBounds = NO_BOUNDS


DEFAULT_APPLICABILITY = Applicability()


def applies(case: Case, condition: str, rules: Applicability = DEFAULT_APPLICABILITY) -> bool:
    """Whether a field with ``when=condition`` applies to this case's business."""
    if condition == ALWAYS:
        return True
    if condition == EXPORTER:
        return case.business.exporter
    if condition == WATER:
        return case.business.industry in rules.water_industries
    if condition == SEASONAL:
        return case.business.industry in rules.seasonal_industries
    raise ValueError(f"unknown condition {condition!r}")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a stage.

    ``min_items`` counts list items (or dict entries) that make a collection
    field done, counting only items whose attributes match ``where``.
    ``truthy`` makes a yes/no field done only when ticked (consent signed);
    otherwise an answered ``False`` (e.g. "not able to work") is done.
    """

    path: str
    label: str
    required: bool = False
    when: str = ALWAYS
    min_items: int = 1
    where: tuple[tuple[str, str], ...] = ()
    truthy: bool = False


@dataclass(frozen=True)
class Stage:
    id: str
    title: str  # English source; the UI translates
    short: str  # the Chinese name of the method step, shown as is
    fields: tuple[FieldSpec, ...]

    @property
    def required(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.required)

    def field(self, path: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.path == path), None)

    def has(self, path: str) -> bool:
        return self.field(path) is not None


@dataclass(frozen=True)
class StageStatus:
    """Required fields of a stage that are filled in, and those still missing."""

    done_fields: tuple[str, ...]
    missing_fields: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing_fields


def _f(path: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(path, label, **kw)


def _r(path: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(path, label, required=True, **kw)


V = "visits/0/"
STAGES: tuple[Stage, ...] = (
    Stage(
        "visit",
        tr_noop("Site visit"),
        "下户调查",
        (
            _r("applicant/registered_name", tr_noop("Registered name")),
            _r("applicant/owner/name", tr_noop("Owner")),
            _r("applicant/owner/id_number", tr_noop("Owner ID number")),
            _f("applicant/owner/phone", tr_noop("Owner mobile")),
            _r("business/industry", tr_noop("Industry")),
            _f("business/exporter", tr_noop("Exporter")),
            _r("loan/amount", tr_noop("Amount requested")),
            _r("loan/term_months", tr_noop("Term requested (months)")),
            _r("loan/purpose", tr_noop("Purpose")),
            _f("loan/purpose_kind", tr_noop("What the loan pays for")),
            _f("loan/purpose_cost", tr_noop("Documented cost (quote, budget, inputs, order)")),
            _f("loan/purpose_document", tr_noop("Document stating the cost")),
            _f("loan/own_funds", tr_noop("Own funds put in")),
            _f("applicant/predecessor_name", tr_noop("Business carried on (predecessor)")),
            _f("applicant/predecessor_registration_date", tr_noop("Predecessor registered on")),
            _r(V + "started_at", tr_noop("Visit start")),
            _f(V + "ended_at", tr_noop("Visit end")),
            _r(V + "place", tr_noop("Place")),
            _r(V + "latitude", tr_noop("Latitude")),
            _r(V + "longitude", tr_noop("Longitude")),
            _r(V + "officers", tr_noop("Both officers"), min_items=2),
            _r(V + "persons_met", tr_noop("Persons met")),
            _f(V + "unannounced", tr_noop("Unannounced second visit")),
            _f(V + "notes", tr_noop("Visit notes")),
            _r("attachments", tr_noop("Site photos"), where=(("kind", "photo"),)),
        ),
    ),
    Stage(
        "character",
        tr_noop("Character"),
        "人品",
        (
            _r("character/willing_to_work", tr_noop("Willing to work")),
            _r("character/able_to_work", tr_noop("Able to work")),
            _r("character/no_bad_habits", tr_noop("No bad habits")),
            _f("character/bad_habits", tr_noop("Bad habits seen or heard")),
            _f("character/family_notes", tr_noop("Family")),
            _r("character/inquiries", tr_noop("Side inquiries")),
            _r("credit_report/consent_signed", tr_noop("Signed consent"), truthy=True),
            _r("credit_report/consent_date", tr_noop("Consent date")),
            _f("credit_report/debts", tr_noop("Debts on the credit report")),
            _r("credit_report/overdues_24m", tr_noop("Overdues in 24 months")),
            _r("credit_report/inquiries_6m", tr_noop("Inquiries in 6 months")),
            _f("credit_report/notes", tr_noop("Credit report notes")),
        ),
    ),
    Stage(
        "business",
        tr_noop("Business"),
        "产品",
        (
            _f("business/description", tr_noop("What the business does")),
            _r("business/products", tr_noop("Products")),
            _r("business/suppliers", tr_noop("Top suppliers")),
            _r("business/customers", tr_noop("Top customers")),
            _f("business/equipment", tr_noop("Equipment")),
            _f("business/capacity_notes", tr_noop("Capacity")),
            _r(
                "business/season_of_month",
                tr_noop("Season of every month"),
                when=SEASONAL,
                min_items=12,
            ),
            _r("business/staff_claimed", tr_noop("Staff claimed")),
            _f("business/staff_social_insurance", tr_noop("Staff with social insurance")),
            _r("business/staff_observed", tr_noop("Staff observed")),
            _f("business/payroll_monthly", tr_noop("Monthly payroll")),
            _f("contracts", tr_noop("Contracts presented")),
            _f("seals", tr_noop("Seals on the documents")),
            _f("business/cash_share", tr_noop("Share of sales paid in cash")),
            _f("business/stock_days", tr_noop("Days of stock (stock records)")),
            _f("business/export_share", tr_noop("Share of sales exported")),
            _f("business/staff_family", tr_noop("Family members among the staff")),
            _f("business/staff_seasonal", tr_noop("Seasonal workers among the staff")),
            _f("business/staff_list", tr_noop("Named staff")),
            _f("business/premises/landlord", tr_noop("Landlord")),
            _f("business/premises/landlord_uscc", tr_noop("Landlord's credit code")),
        ),
    ),
    Stage(
        "security",
        tr_noop("Security"),
        "押品",
        (
            _f("collateral", tr_noop("Collateral")),
            _f("guarantors", tr_noop("Guarantors")),
        ),
    ),
    Stage(
        "meters",
        tr_noop("Meters"),
        "三表",
        (
            _r(
                "meters",
                tr_noop("Electricity readings (6 months or more)"),
                min_items=6,
                where=(("kind", "electricity"),),
            ),
            _r(
                "meters",
                tr_noop("Water readings (6 months or more)"),
                min_items=6,
                where=(("kind", "water"),),
                when=WATER,
            ),
            _r("customs", tr_noop("Customs declarations"), when=EXPORTER),
        ),
    ),
    Stage(
        "statements",
        tr_noop("Officer-built statements"),
        "自编报表",
        (
            _r("income/seasons", tr_noop("Seasons of the income statement")),
            _r("income/household_spending/value", tr_noop("Monthly household spending")),
            _f("income/other_household_income/value", tr_noop("Other household income")),
            _r("balance_sheet/as_of", tr_noop("Balance sheet date")),
            _r("balance_sheet/cash/value", tr_noop("Cash")),
            _r("balance_sheet/inventory_claimed/value", tr_noop("Inventory claimed")),
            _r("balance_sheet/inventory_counted/value", tr_noop("Inventory counted")),
        ),
    ),
    Stage(
        "verification",
        tr_noop("Cross-verification"),
        "交叉检验",
        (_f("proposal/parameter_overrides", tr_noop("Parameters set by the officer")),),
    ),
    Stage(
        "conclusion",
        tr_noop("Conclusion"),
        "结论",
        (
            _r("proposal/recommendation", tr_noop("Recommendation")),
            _r("proposal/amount", tr_noop("Amount")),
            _r("proposal/term_months", tr_noop("Term (months)")),
            _r("proposal/annual_rate", tr_noop("Annual rate")),
            _f("proposal/repayment_type", tr_noop("Repayment")),
            _f("proposal/conditions", tr_noop("Conditions")),
            _f("proposal/principal_months", tr_noop("Months principal falls due (seasonal)")),
            _f("proposal/justification", tr_noop("Justification of approving")),
            _r("proposal/opinion", tr_noop("Opinion")),
        ),
    ),
)

# Both meter requirements share the path "meters"; a field is identified by
# path and label together in StageStatus when paths repeat.


def stages_for(case: Case, rules: Applicability = DEFAULT_APPLICABILITY) -> list[Stage]:
    """The stages in method order, each with only the fields that apply to the case."""
    return [
        dataclasses.replace(s, fields=tuple(f for f in s.fields if applies(case, f.when, rules)))
        for s in STAGES
    ]


def stage_ids() -> list[str]:
    return [s.id for s in STAGES]


def field_key(spec: FieldSpec) -> str:
    """Identifies a field within a stage (paths repeat for filtered lists)."""
    if not spec.where:
        return spec.path
    return spec.path + "[" + ",".join(f"{k}={v}" for k, v in spec.where) + "]"


def is_done(case: Case, spec: FieldSpec) -> bool:
    """Whether the field holds an answer (see :class:`FieldSpec`)."""
    value = get_value(case, spec.path)
    if isinstance(value, list | dict):
        items: Iterable[Any] = value.values() if isinstance(value, dict) else value
        if spec.where:
            items = [i for i in items if all(_attr_str(i, k) == v for k, v in spec.where)]
        return len(list(items)) >= spec.min_items
    if value is None:
        return False
    if isinstance(value, bool):
        return value or not spec.truthy
    if isinstance(value, str):
        return value.strip() != ""
    return True


def _attr_str(item: Any, name: str) -> str:
    return str(getattr(item, name, ""))


def completeness(
    case: Case, rules: Applicability = DEFAULT_APPLICABILITY
) -> dict[str, StageStatus]:
    """For each stage id: required fields done and missing (as :func:`field_key`)."""
    result: dict[str, StageStatus] = {}
    for stage in stages_for(case, rules):
        done = tuple(field_key(f) for f in stage.required if is_done(case, f))
        missing = tuple(field_key(f) for f in stage.required if not is_done(case, f))
        result[stage.id] = StageStatus(done, missing)
    return result


def progress_percent(case: Case, rules: Applicability = DEFAULT_APPLICABILITY) -> int:
    """Whole percent of stages finished by the officer (0–100, rounded down).

    A stage counts when it is in ``case.stages_finished`` and its required
    fields are all still filled in (an edit that empties one un-finishes it).
    """
    status = completeness(case, rules)
    finished = sum(1 for sid, st in status.items() if st.complete and sid in case.stages_finished)
    return finished * 100 // len(status)


def missing_labels(
    case: Case, stage_id: str, rules: Applicability = DEFAULT_APPLICABILITY
) -> list[str]:
    """English source labels of the required fields still missing in a stage."""
    stage = next(s for s in stages_for(case, rules) if s.id == stage_id)
    return [f.label for f in stage.required if not is_done(case, f)]


def finish_stage(
    case: Case, stage_id: str, rules: Applicability = DEFAULT_APPLICABILITY
) -> Message | None:
    """Mark a stage finished, or say which required fields are missing.

    Returns ``None`` on success (the id is added to ``case.stages_finished``),
    else a message listing the missing fields (labels joined, untranslated).
    """
    missing = missing_labels(case, stage_id, rules)
    if missing:
        return Message(tr_noop("To finish this stage, fill in: {fields}"), {"fields": missing})
    if stage_id not in case.stages_finished:
        case.stages_finished.append(stage_id)
    return None


# ---------------------------------------------------------------- texts


@dataclass(frozen=True)
class DocumentItem:
    id: str
    label: str


@dataclass(frozen=True)
class StageTexts:
    help: str = ""
    documents: tuple[DocumentItem, ...] = ()


@dataclass(frozen=True)
class WorkflowTexts:
    """The editable wording of ``resources/workflow.toml``."""

    three_looks: tuple[str, ...] = ()
    stages: Mapping[str, StageTexts] = field(default_factory=dict)
    applicability: Applicability = DEFAULT_APPLICABILITY

    def for_stage(self, stage_id: str) -> StageTexts:
        return self.stages.get(stage_id, StageTexts())


def workflow_texts_from_dict(
    data: Mapping[str, Any], language: str = "zh_CN", bounds: ValueBounds = NO_BOUNDS
) -> WorkflowTexts:
    """Build :class:`WorkflowTexts` from the parsed TOML; errors name the key.
    ``bounds`` are the value bounds of ``value_bounds.toml``, carried by the
    applicability rules to every check of invalid values.

    With ``language="en_US"`` the ``*_en`` twins of the texts are used where
    the file has them (the Chinese text otherwise)."""
    english = language == "en_US"
    looks = data.get("three_looks", [])
    if english and data.get("three_looks_en"):
        looks = data["three_looks_en"]
    if not isinstance(looks, list) or not all(isinstance(x, str) for x in looks):
        raise _bad("three_looks", "a list of texts")
    stages: dict[str, StageTexts] = {}
    raw_stages = data.get("stages", {})
    if not isinstance(raw_stages, dict):
        raise _bad("stages", "a table")
    known = set(stage_ids())
    for sid, raw in raw_stages.items():
        if sid not in known:
            raise _bad(f"stages.{sid}", "a known stage id")
        if not isinstance(raw, dict):
            raise _bad(f"stages.{sid}", "a table")
        help_text = raw.get("help_en") if english and raw.get("help_en") else raw.get("help", "")
        if not isinstance(help_text, str):
            raise _bad(f"stages.{sid}.help", "text")
        docs = []
        for i, doc in enumerate(raw.get("documents", [])):
            if (
                not isinstance(doc, dict)
                or not isinstance(doc.get("id"), str)
                or not isinstance(doc.get("label"), str)
            ):
                raise _bad(f"stages.{sid}.documents[{i}]", "a table with id and label")
            label = doc.get("label_en") if english and doc.get("label_en") else doc["label"]
            docs.append(DocumentItem(doc["id"], str(label)))
        stages[sid] = StageTexts(help_text.strip(), tuple(docs))
    app = data.get("applicability", {})
    rules = Applicability(
        water_industries=frozenset(
            app.get("water_industries", DEFAULT_APPLICABILITY.water_industries)
        ),
        seasonal_industries=frozenset(
            app.get("seasonal_industries", DEFAULT_APPLICABILITY.seasonal_industries)
        ),
        bounds=bounds,
    )
    return WorkflowTexts(tuple(looks), stages, rules)


def _bad(key: str, expected: str) -> RulePackError:
    return RulePackError(
        Message(
            tr_noop("workflow.toml: {key} must be {expected}"), {"key": key, "expected": expected}
        ),
        field=key,
    )
