"""Near-misses: sound borrowers whose figures sit just inside a threshold.
Just inside red they deserve an amber (a question to ask), just inside
amber nothing at all."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.corpus.build import D, Story, build, credit_code, money
from tests.corpus.stories_clean import own_seal, purpose

Case = dict[str, Any]


def near_wholesale() -> Case:
    """VAT 18 % under the declared sales, 1.4 times the staff evidenced, stock
    counted 18 % under the claim: each just inside red."""
    s = Story(
        key="near_wholesale", industry="wholesale_market", name="临海市东湖调味品批发部",
        owner="蔡东湖", owner_born=date(1976, 9, 9), seq=501, spouse="章燕",
        registered=date(2011, 6, 6), years=15, description="调味品批发",
        seasons={"normal": (12, D(300000))}, margin=D("0.16"), rent=D(6000), wages=D(26000),
        utilities=D(1500), other=D(1500), customers=["临海市百佳超市", "临海市古城饭店"],
        suppliers=["浙江恒丰食品有限公司"], staff=7, insured=5, observed=4, payroll=D(26000),
        stock=D(331400), receivables=D(295900), payables=D(124300), cash=D(15000),
        deposits=D(30000), household_assets=D(800000), household_spending=D(8000),
        loan=D(90000), term=12, repayment="interest_only", growth=D("0.25"),
        receivable_days=D(30), payable_days=D(15),
    )  # fmt: skip
    case = build(s)
    case["tax"]["vat_paid"] = money(D(36000) * D("0.82"))
    case["balance_sheet"]["inventory_claimed"]["value"] = "404100.00"
    return case


def near_retail() -> Case:
    """Request 1.4 times the working-capital need, photos 4.4 km from the shop,
    1.8 years more in business than registered: each just inside red."""
    s = Story(
        key="near_retail", industry="retail", name="临海市乐家超市", owner="乐家明",
        owner_born=date(1983, 3, 13), seq=502, spouse="苗苗", registered=date(2021, 9, 1),
        years=7, description="社区超市，此前在菜场摆摊两年", seasons={"normal": (12, D(130000))},
        margin=D("0.22"), rent=D(6000), wages=D(9600), utilities=D(1200), other=D(200),
        staff=2, stock=D(200000), cash=D(8000), deposits=D(20000),
        household_assets=D(500000), household_spending=D(5000),
        observation=(D(290), D(15), 359), loan=D(106000), term=12,
        repayment="interest_only", growth=D("0.30"), payable_days=D(0), receivable_days=D(0),
    )  # fmt: skip
    case = build(s)
    case["attachments"] = [
        {"id": "a5020001", "filename": "门头.jpg", "kind": "photo", "mime": "image/jpeg",
         "exif_time": "2026-11-12T10:05:00", "exif_latitude": "28.898500",
         "exif_longitude": "121.144300"}
    ]  # fmt: skip
    return case


def near_garments() -> Case:
    """An order 1.47 times the spare capacity at 45 % above the usual price, and
    equity 9 % short also with the verified profit: each just inside red."""
    buyer = "宁波森航服装有限公司"
    s = Story(
        key="near_garments", industry="garments", kind="company",
        name="路桥区恒美服装有限公司", owner="龚恒", owner_born=date(1980, 10, 10), seq=503,
        region="331004", place="浙江省台州市路桥区", spouse="祁琳",
        registered=date(2012, 2, 2), years=14, description="针织服装生产",
        seasons={"normal": (12, D(480000))}, margin=D("0.22"), rent=D(10000), wages=D(48000),
        utilities=D(6000), other=D(5000), products=[("针织T恤", "1", "件", "60", "0.22")],
        customers=[buyer], staff=8, stock=D(738500), receivables=D(710100),
        payables=D(369300), cash=D(20000), deposits=D(80000), fixed_assets=D(400000),
        household_assets=D(1000000), household_spending=D(10000), taxpayer="general",
        r1=D("-0.09"), equipment=[("平缝机", 16, "600", 14)],
        loan=D(300000), term=6, purpose="森航服装订单备料", purpose_kind="order_financing",
        repayment="interest_only", growth=None,
    )  # fmt: skip
    case = build(s)
    case["contracts"] = [
        {"counterparty": buyer, "counterparty_uscc": credit_code("330212", 7503, True),
         "item": "针织T恤", "quantity": "6960", "unit": "件", "unit_price": "87.00",
         "amount": "605520.00", "signed_on": "2026-11-05", "delivery_by": "2027-02-03"}
    ]  # fmt: skip
    purpose(case, "order_financing", "605520.00", "森航服装购销合同", "150000.00")
    own_seal(case)
    return case


def near_logistics() -> Case:
    """Everything just inside amber: VAT 9 % under the declared sales, 1.18 times
    the staff evidenced, equity 4.5 % short, a request 1.18 times the quote less
    own funds; the instalment takes 68 % of the disposable income."""
    s = Story(
        key="near_logistics", industry="logistics", name="三门县捷运货运部", owner="褚捷",
        owner_born=date(1982, 12, 12), seq=504, region="331022", place="浙江省三门县",
        spouse="毕红", registered=date(2013, 3, 3), years=13, description="零担货运",
        seasons={"normal": (12, D(200000))}, margin=D("0.20"), rent=D(3000), wages=D(14300),
        utilities=D(500), other=D(3200), customers=["三门县物流园有限公司"], staff=13,
        insured=11, observed=11, payroll=D(71500), stock=D(0), cash=D(10000),
        deposits=D(40000), receivables=D(200000), fixed_assets=D(600000),
        household_assets=D(500000), household_spending=D(6000), r1=D("-0.045"),
        equipment=[("厢式货车", 5, None, 5)], loan=D(200000), term=24,
        purpose="购置厢式货车", purpose_kind="equipment", repayment="equal_instalment",
        growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "250000.00", "车辆报价单", "80000.00")
    case["tax"]["vat_paid"] = money(D(24000) * D("0.91"))
    return case


STORIES = {
    "near_wholesale": near_wholesale,
    "near_retail": near_retail,
    "near_garments": near_garments,
    "near_logistics": near_logistics,
}

_ = own_seal
