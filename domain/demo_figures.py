"""Figures of a demo case: statements, meters, customs, tax, bank lines.

Everything is derived from one "true" business (annual sales, margin, month
weights) so that the independent estimates of DOMAIN.md §4.1 agree with the
declared figures for a clean case: meters via the industry's usage per unit,
VAT via the rate, stock via days of stock, bank inflows via the cash share.
Fraud archetypes (:mod:`domain.demo_fraud`) then bend the declared side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from random import Random

from domain.case import (
    BankTransaction,
    Case,
    CustomsDeclaration,
    Figure,
    MeterReading,
    Product,
    SeasonLine,
    TaxRecord,
)
from domain.demo_data import FOREIGN_BUYERS, MERCHANTS, Place, Profile
from domain.enums import MeterKind, Provenance, Season, TaxpayerType, TxCategory
from domain.money import to_money

D = Decimal
ZERO = D(0)
ONE = D(1)
TZ = timezone(timedelta(hours=8))
SEASON_FACTOR = {Season.SLACK: D("0.85"), Season.NORMAL: D("1.00"), Season.PEAK: D("1.15")}
ELECTRICITY_PRICE = {True: D("0.70"), False: D("0.80")}  # industrial / commercial, yuan/kWh
WATER_PRICE = {True: D("6.00"), False: D("4.80")}  # with sewage charge, yuan/m³


def uniform(rng: Random, lo: str | Decimal, hi: str | Decimal, places: int = 4) -> Decimal:
    """A Decimal drawn evenly from [lo, hi] with ``places`` decimals (no floats)."""
    scale = 10**places
    a, b = int(D(lo) * scale), int(D(hi) * scale)
    return D(rng.randint(a, b)).scaleb(-places)


def round_to(value: Decimal, unit: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    """``value`` rounded to a multiple of ``unit`` yuan."""
    return (value / unit).quantize(ONE, rounding=rounding) * unit


def whole(value: Decimal) -> Decimal:
    return value.quantize(ONE, rounding=ROUND_HALF_UP)


def fig(value: Decimal, source: Provenance = Provenance.DECLARED, document: str = "") -> Figure:
    return Figure(value, source, document)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@dataclass
class DemoContext:
    """The true business behind one demo case, shared by the builders."""

    rng: Random
    profile: Profile
    place: Place
    today: date
    application: date
    light: bool
    sales: Decimal  # true annual sales
    margin: Decimal  # true gross margin
    season_of_month: dict[int, Season] = field(default_factory=dict)
    account: str = ""
    bank_name: str = ""
    holder: str = ""  # who the utility bills are made out to
    customers: list[tuple[str, Decimal]] = field(default_factory=list)
    suppliers: list[tuple[str, Decimal]] = field(default_factory=list)
    export_share: Decimal = ZERO
    payroll: Decimal = ZERO  # monthly
    rent: Decimal = ZERO  # monthly
    loan_interest: Decimal = ZERO  # monthly, existing business loan
    lender: str = ""
    house_value: Decimal = ZERO

    def factor(self, month: int) -> Decimal:
        return SEASON_FACTOR[self.season_of_month.get(month, Season.NORMAL)]

    def month_sales(self, month: int) -> Decimal:
        """True sales of a calendar month: annual ÷ 12 × the season factor
        (the factors of a year sum to 12)."""
        return self.sales / 12 * self.factor(month)

    def past_months(self, count: int) -> list[tuple[int, int]]:
        """The ``count`` whole months before the application month, oldest first."""
        y, m = self.application.year, self.application.month
        return [add_months(y, m, -k) for k in range(count, 0, -1)]


def season_map(ctx: DemoContext) -> None:
    p = ctx.profile
    if not p.seasonal:
        return
    for month in range(1, 13):
        season = Season.NORMAL
        if month in p.peak_months:
            season = Season.PEAK
        elif month in p.slack_months:
            season = Season.SLACK
        ctx.season_of_month[month] = season


def meter_prices(ctx: DemoContext) -> tuple[Decimal, Decimal]:
    p = ctx.profile
    return ELECTRICITY_PRICE[p.manufacturer], WATER_PRICE[p.id == "dyeing"]


def annual_meter_use(
    ctx: DemoContext, unit_price: Decimal | None = None
) -> dict[MeterKind, Decimal]:
    """kWh (and m³) a year: output units × usage per unit for the proxy meter.
    The units are the sales at the business's own average price when it sells
    in the industry's unit (``unit_price``), else at the norm's."""
    p = ctx.profile
    units = ctx.sales / (unit_price or p.unit_price)
    use = {p.utility: units * p.usage_per_unit}
    if p.utility is MeterKind.WATER:
        use[MeterKind.ELECTRICITY] = ctx.sales * p.kwh_per_yuan
    return use


def annual_utility_cost(ctx: DemoContext) -> Decimal:
    e_price, w_price = meter_prices(ctx)
    use = annual_meter_use(ctx)
    return use.get(MeterKind.ELECTRICITY, ZERO) * e_price + use.get(MeterKind.WATER, ZERO) * w_price


def own_unit_price(products: Sequence[Product], unit: str) -> Decimal | None:
    """The average price of the products sold in ``unit``: Σ share ÷ Σ (share ÷
    price), as the assessment reads it (``domain.checks.parameters``)."""
    shares = units = ZERO
    for x in products:
        if x.unit == unit and x.unit_price and x.share_of_sales:
            shares += x.share_of_sales
            units += x.share_of_sales / x.unit_price
    return shares / units if units > 0 else None


def meters(ctx: DemoContext, months: int, unit_price: Decimal | None = None) -> list[MeterReading]:
    """Monthly readings, proportional to each month's sales, ±3 %."""
    e_price, w_price = meter_prices(ctx)
    out: list[MeterReading] = []
    for kind, per_year in annual_meter_use(ctx, unit_price).items():
        price = e_price if kind is MeterKind.ELECTRICITY else w_price
        for y, m in ctx.past_months(months):
            qty = whole(per_year / 12 * ctx.factor(m) * uniform(ctx.rng, "0.97", "1.03"))
            out.append(
                MeterReading(kind, f"{y:04d}-{m:02d}", qty, to_money(qty * price), ctx.holder)
            )
    return out


def income_lines(ctx: DemoContext, opex: dict[str, Decimal]) -> list[SeasonLine]:
    """Seasonal income statement, per-month figures; ``opex`` holds annual costs."""
    p = ctx.profile
    seasons = [Season.SLACK, Season.NORMAL, Season.PEAK] if p.seasonal else [Season.NORMAL]
    lines: list[SeasonLine] = []
    for season in seasons:
        months = sum(1 for m in range(1, 13) if ctx.season_of_month.get(m, Season.NORMAL) is season)
        factor = SEASON_FACTOR[season]
        sales = to_money(ctx.sales / 12 * factor)
        share = factor / 12  # this month's share of a year's sales-driven costs
        lines.append(
            SeasonLine(
                season=season,
                months=months,
                sales=fig(sales),
                cogs=fig(to_money(sales * (ONE - ctx.margin)), Provenance.DOCUMENT, "进货单据"),
                rent=fig(to_money(opex["rent"] / 12), Provenance.DOCUMENT, "租赁合同"),
                wages=fig(to_money(opex["wages"] / 12), Provenance.DOCUMENT, "工资表"),
                utilities=fig(
                    to_money(opex["utilities"] * share), Provenance.DOCUMENT, "电费/水费单"
                ),
                transport=fig(to_money(opex["transport"] * share)),
                tax=fig(to_money(opex["tax"] * share), Provenance.DOCUMENT, "纳税申报表"),
                other=fig(to_money(opex["other"] * share)),
            )
        )
    return lines


def tax_record(ctx: DemoContext) -> tuple[TaxRecord, Decimal]:
    """The VAT record of the last 12 months and the annual VAT cost in the
    statement. Exports are zero-rated: VAT falls on the home sales, and the
    return states the export sales apart."""
    p = ctx.profile
    if p.vat_levy_rate == 0:
        return TaxRecord(taxpayer_type=TaxpayerType.EXEMPT, months=12), ZERO
    exports = to_money(ctx.sales * ctx.export_share)
    home = ctx.sales - exports
    export_sales = exports if exports > 0 else None
    if ctx.sales > 5_000_000:
        output = to_money(home * p.vat_rate)
        record = TaxRecord(
            TaxpayerType.GENERAL, 12, output_vat=output, vat_rate=p.vat_rate,
            export_sales=export_sales,
        )  # fmt: skip
        return record, to_money(output * D("0.15"))  # net of input VAT, plus surcharges
    paid = to_money(home * p.vat_levy_rate)
    record = TaxRecord(
        TaxpayerType.SMALL_SCALE, 12, vat_paid=paid, levy_rate=p.vat_levy_rate,
        export_sales=export_sales,
    )  # fmt: skip
    return record, paid


def customs(ctx: DemoContext) -> list[CustomsDeclaration]:
    """Twelve months of export declarations; Σ FOB × rate = export share of sales."""
    out: list[CustomsDeclaration] = []
    rng = ctx.rng
    buyers = [name for name, _ in ctx.customers if name in FOREIGN_BUYERS] or list(
        FOREIGN_BUYERS[:2]
    )
    goods = ctx.profile.products[0][0]
    for y, m in ctx.past_months(12):
        rate = uniform(rng, "7.08", "7.24")
        cny = ctx.month_sales(m) * ctx.export_share
        parts = 1 if ctx.light else rng.randint(1, 3)
        for k in range(parts):
            fob = to_money(cny / parts / rate)
            number = f"3101{y:04d}{rng.randint(0, 9)}{rng.randrange(10**9):09d}"
            out.append(
                CustomsDeclaration(
                    f"{y:04d}-{m:02d}", number, fob, "USD", rate, buyers[k % len(buyers)], goods
                )
            )
    return out


def _split(rng: Random, total: Decimal, parts: int) -> list[Decimal]:
    """``total`` in ``parts`` uneven amounts to the fen that add up exactly;
    none is a multiple of ¥10,000 (those would look like window dressing)."""
    weights = [rng.randint(50, 150) for _ in range(parts)]
    whole_sum = sum(weights)
    amounts = [to_money(total * w / whole_sum) for w in weights[:-1]]
    amounts.append(to_money(total) - sum(amounts, ZERO))
    return [a + D("0.37") if a % 10000 == 0 else a for a in amounts]


def pick(rng: Random, weighted: list[tuple[str, Decimal]]) -> str:
    """A name drawn with probability proportional to its share (integer draw)."""
    ticket = rng.randrange(sum(int(share * 100) for _, share in weighted) or 1)
    for name, share in weighted:
        ticket -= int(share * 100)
        if ticket < 0:
            return name
    return weighted[-1][0]


def _day(rng: Random, y: int, m: int) -> date:
    return date(y, m, rng.randint(1, 28))


def transactions(ctx: DemoContext, months: int, opex: dict[str, Decimal]) -> list[BankTransaction]:
    """Bank lines of the applicant's business account for ``months`` months."""
    rng, p = ctx.rng, ctx.profile
    light = ctx.light
    out: list[BankTransaction] = []
    acct = ctx.account

    def add(on: date, amount: Decimal, who: str, desc: str, cat: TxCategory) -> None:
        other = "" if light else f"62{rng.randrange(10**15):015d}"
        out.append(BankTransaction(on, amount, who, other, desc, cat, acct))

    wallets = ["财付通支付科技有限公司", "支付宝（中国）网络技术有限公司"]
    for y, m in ctx.past_months(months):
        sales = ctx.month_sales(m)
        inflow = sales * (ONE - p.cash_share)
        n_in = 3 if light else rng.randint(18, 30)
        for amount in _split(rng, inflow, n_in):
            if p.counter_sales and rng.random() < 0.6:
                who = rng.choice(wallets)
            else:
                who = pick(rng, ctx.customers)
            add(
                _day(rng, y, m),
                amount,
                who,
                "货款" if not p.counter_sales else "收款",
                TxCategory.SALES,
            )
        purchases = sales * (ONE - ctx.margin) * uniform(rng, "0.98", "1.02")
        n_out = 1 if light else rng.randint(4, 8)
        for amount in _split(rng, purchases, n_out):
            who = pick(rng, ctx.suppliers)
            add(_day(rng, y, m), -amount, who, "货款", TxCategory.PURCHASE)
        add(
            date(y, m, 10),
            -to_money(ctx.payroll),
            f"{ctx.bank_name}代发工资专户",
            "代发工资",
            TxCategory.EXPENSE,
        )
        if ctx.rent:
            landlord = f"{ctx.place.district}{ctx.place.streets[0]}股份经济合作社"
            add(date(y, m, 5), -ctx.rent, landlord, "房租", TxCategory.EXPENSE)
        power = to_money(annual_utility_cost(ctx) / 12 * ctx.factor(m))
        add(date(y, m, 18), -power, ctx.place.power, "电费", TxCategory.EXPENSE)
        tax = to_money(opex["tax"] / 12 * ctx.factor(m))
        if tax:
            add(date(y, m, 15), -tax, ctx.place.tax, "增值税", TxCategory.EXPENSE)
        if ctx.loan_interest:
            add(
                date(y, m, 21),
                -ctx.loan_interest,
                ctx.lender,
                "贷款利息",
                TxCategory.LOAN_REPAYMENT,
            )
        if not light:
            for _ in range(rng.randint(2, 4)):
                spend = to_money(uniform(rng, "150", "3000", 2))
                add(_day(rng, y, m), -spend, rng.choice(MERCHANTS), "消费", TxCategory.PERSONAL)
    out.sort(key=lambda t: (t.on or date.min, -t.amount))
    return out


def floor_to(value: Decimal, unit: int) -> Decimal:
    return round_to(value, unit, ROUND_DOWN)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def equal_instalment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    """Monthly payment of an equal-instalment loan (等额本息)."""
    r = annual_rate / 12
    growth = (ONE + r) ** months
    return to_money(principal * r * growth / (growth - ONE))


def annual_sales_declared(case: Case) -> Decimal:
    return sum(((line.sales.value or ZERO) * line.months for line in case.income.seasons), ZERO)
