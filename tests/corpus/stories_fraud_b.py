"""Borrowers with frauds of the report's list (part two): inflated income,
hidden debt, inflated stock, false purposes, orders beyond capacity."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from tests.corpus.build import D, Story, build, credit_code, mobile, money
from tests.corpus.stories_clean import own_seal, purpose

Case = dict[str, Any]


def _individuals() -> list[str]:
    return ["张伟", "王芳", "李强", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"]


def window_dressing_retail() -> Case:
    s = Story(
        key="fraud_window_dressing_retail", industry="retail", name="临海市金家便利店",
        owner="金晓东", owner_born=date(1986, 2, 28), seq=401, spouse="项丽",
        registered=date(2015, 4, 4), years=11, description="社区便利店",
        seasons={"normal": (12, D(140000))}, margin=D("0.22"), rent=D(6000), wages=D(9600),
        utilities=D(1200), other=D(1200), staff=2, stock=D(215400), cash=D(8000),
        deposits=D(20000), household_assets=D(600000), household_spending=D(6000),
        observation=(D(310), D(15), 361), loan=D(80000), term=12, repayment="interest_only",
        growth=D("0.30"), payable_days=D(0), receivable_days=D(0),
    )  # fmt: skip
    case = build(s)
    names = _individuals()
    dressed: list[dict[str, Any]] = []
    months = sorted({t["on"][:7] for t in case["transactions"]})
    for i, month in enumerate(months):
        for t in case["transactions"]:
            if not t["on"].startswith(month):
                continue
            if t["category"] == "sales" and t["on"].endswith("-22"):
                # the second takings of the month come in as round sums from people
                dressed.append(t | {"amount": "30000.00", "counterparty": names[i % 10],
                                    "description": "转账"})  # fmt: skip
                dressed.append(
                    t
                    | {
                        "on": month + "-23",
                        "amount": "20000.00",
                        "counterparty": names[(i + 3) % 10],
                        "description": "转账",
                    }
                )
                continue
            dressed.append(t)
        if i >= len(months) - 2:  # the two months before applying: a spike, most of it sent back
            for k in range(5):
                day = f"{month}-{k + 3:02d}"
                dressed.append({"on": day, "amount": "50000.00", "counterparty": names[k],
                                "counterparty_account": "", "description": "转账",
                                "category": "sales", "account": t["account"]})  # fmt: skip
                if k < 3:
                    dressed.append(
                        {
                            "on": day,
                            "amount": "-49800.00",
                            "counterparty": names[(k + 5) % 10],
                            "counterparty_account": "",
                            "description": "转账",
                            "category": "other_outflow",
                            "account": t["account"],
                        }
                    )
    case["transactions"] = dressed
    return case


def inflated_restaurant() -> Case:
    s = Story(
        key="fraud_inflated_restaurant", industry="restaurant", name="临海市江南人家菜馆",
        owner="舒建华", owner_born=date(1979, 7, 7), seq=402, spouse="方琴",
        registered=date(2013, 1, 15), years=13, description="家常菜馆",
        seasons={"normal": (12, D(100000))}, margin=D("0.58"), rent=D(8000), wages=D(20800),
        utilities=D(4000), other=D(3000), products=[("家常菜", "1", "份", "30", "0.58")],
        staff=4, stock=D(12400), cash=D(10000), deposits=D(30000), fixed_assets=D(150000),
        household_assets=D(600000), household_spending=D(8000),
        observation=(D(110), D(30), 364), loan=D(300000), term=24,
        purpose="店面扩建装修", purpose_kind="premises", repayment="equal_instalment",
        growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "premises", "350000.00", "装修合同", "50000.00")
    for line in case["income"]["seasons"]:  # declares twice what it sells
        line["sales"]["value"] = "200000.00"
        line["cogs"]["value"] = "84000.00"
    return case


def exports_halved() -> Case:
    s = Story(
        key="fraud_exports_halved", industry="export_manufacturing", kind="company",
        name="玉环市宏泰水暖有限公司", owner="缪建军", owner_born=date(1974, 4, 14), seq=403,
        region="331083", place="浙江省玉环市", spouse="虞红", registered=date(2009, 9, 9),
        years=17, description="水暖阀门出口，申报按上年水平",
        seasons={"normal": (12, D(1000000))}, margin=D("0.15"), rent=D(20000),
        wages=D(45000), utilities=D(18000), other=D(12000),
        products=[("水暖阀门", "1", "件", "25", "0.15")], suppliers=["宁波金田铜业有限公司"],
        customers=["PLUMBWORLD LTD", "SANITEC GMBH"], staff=30, payroll=D(195000),
        stock=D(1467100), receivables=D(1972600), payables=D(838400), cash=D(50000),
        deposits=D(100000), fixed_assets=D(3500000), household_assets=D(2500000),
        household_spending=D(15000), taxpayer="general", export_share=D("0.9"),
        loan=D(300000), term=24, purpose="厂房屋顶翻修", purpose_kind="premises",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "premises", "400000.00", "屋顶翻修工程合同", "100000.00")
    # from May 2026 the exports are half of what they were: 450,000 yuan a month
    # instead of 900,000; the home market (100,000 a month) holds
    late = "2026-05"
    for d in case["customs"]:
        if d["month"] >= late:
            d["fob_value"] = money(D(d["fob_value"]) / 2)
    for r in case["meters"]:
        if r["month"] >= late:
            r["quantity"] = "11000"
            r["amount_paid"] = money(D(11000) * D("0.8"))
    for t in case["transactions"]:
        if t["on"][:7] >= late and t["category"] in ("sales", "purchase"):
            t["amount"] = money(D(t["amount"]) * D("0.55"))
    case["tax"]["export_sales"] = money(D(900000) * 6 + D(450000) * 6)
    own_seal(case)
    return case


def hidden_debt_wholesale() -> Case:
    s = Story(
        key="fraud_hidden_debt_wholesale", industry="wholesale_market",
        name="临海市永安水产批发部", owner="葛永安", owner_born=date(1977, 3, 27), seq=404,
        spouse="应秀", registered=date(2012, 8, 8), years=14, description="冻品水产批发",
        seasons={"normal": (12, D(300000))}, margin=D("0.13"), rent=D(8000), wages=D(13000),
        utilities=D(2000), other=D(2000), customers=["临海市海鲜楼酒店", "临海市四季鲜超市"],
        suppliers=["舟山市海港冷冻水产有限公司"], staff=2, stock=D(343200),
        receivables=D(295900), payables=D(128700), cash=D(15000), deposits=D(30000),
        household_assets=D(800000), household_spending=D(8000), loan=D(90000), term=12,
        repayment="interest_only", growth=D("0.25"), receivable_days=D(30),
        payable_days=D(15),
    )  # fmt: skip
    case = build(s)
    account = case["transactions"][0]["account"]
    for k, day in enumerate(("2026-05-20", "2026-06-20", "2026-07-21", "2026-08-20",
                             "2026-09-21", "2026-10-20")):  # fmt: skip
        amount = D("12000") + (k % 3 - 1) * 60
        case["transactions"].append(
            {"on": day, "amount": money(-amount), "counterparty": "李志明",
             "counterparty_account": "", "description": "转账", "category": "other_outflow",
             "account": account}
        )  # fmt: skip
    case["transactions"].sort(key=lambda t: t["on"])
    case["credit_report"]["debts"] = [
        {"lender": "浙江民泰商业银行", "kind": "经营贷款", "balance": "500000.00",
         "monthly_payment": "2750.00", "overdue": False, "maturity": "2027-06-30"}
    ]  # fmt: skip
    return case


def equity_gap_dyeing() -> Case:
    s = Story(
        key="fraud_equity_gap_dyeing", industry="dyeing", kind="company",
        name="三门县恒彩印染有限公司", owner="郑国华", owner_born=date(1970, 12, 20), seq=405,
        region="331022", place="浙江省三门县", spouse="邵敏", registered=date(2008, 8, 8),
        years=18, description="针织布染整", seasons={"normal": (12, D(800000))},
        margin=D("0.17"), rent=D(20000), wages=D(40000), utilities=D(25000), other=D(15000),
        customers=["绍兴柯桥华纺面料有限公司"], staff=8, stock=D(436600),
        receivables=D(1183600), payables=D(654900), cash=D(20000), deposits=D(40000),
        fixed_assets=D(2800000), household_assets=D(1500000), household_spending=D(12000),
        taxpayer="general", r1=D("-0.20"), loan=D(110000), term=12,
        repayment="interest_only", purpose="采购染料", growth=D("0.30"),
        receivable_days=D(45), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    own_seal(case)
    return case


def undeclared_debt_repair() -> Case:
    s = Story(
        key="fraud_undeclared_debt_repair", industry="repair_services", name="仙居县永固汽修店",
        owner="丁永固", owner_born=date(1983, 10, 10), seq=406, region="331024",
        place="浙江省仙居县", spouse="戴丽", registered=date(2014, 6, 6), years=12,
        description="汽车维修", seasons={"normal": (12, D(100000))}, margin=D("0.50"),
        cash_share=D("0.30"), rent=D(6000), wages=D(13000), utilities=D(1200), other=D(1800),
        suppliers=["台州市汽配城永盛配件商行"], staff=2, stock=D(61600), payables=D(20500),
        cash=D(10000), deposits=D(20000), fixed_assets=D(150000), household_assets=D(500000),
        household_spending=D(7000), short_term_loans=D(60000), observation=(D(11), D(305), 358),
        loan=D(60000), term=24, purpose="购置烤漆房设备", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "90000.00", "设备报价单", "30000.00")
    case["business"]["cash_share"] = "0.30"
    case["credit_report"]["debts"] = [
        {"lender": "台州银行", "kind": "经营贷款", "balance": "60000.00",
         "monthly_payment": "300.00", "overdue": False, "maturity": "2027-03-31"},
        {"lender": "招联消费金融有限公司", "kind": "消费贷款", "balance": "120000.00",
         "monthly_payment": "5800.00", "overdue": False, "maturity": "2028-01-31"},
        {"lender": "浙江泰隆商业银行", "kind": "经营贷款", "balance": "80000.00",
         "monthly_payment": "400.00", "overdue": False, "maturity": "2027-05-31"},
    ]  # fmt: skip
    return case


def inflated_stock_building() -> Case:
    s = Story(
        key="fraud_inflated_stock_building", industry="building_materials",
        name="路桥区金鼎建材经营部", owner="褚金鼎", owner_born=date(1978, 5, 25), seq=407,
        region="331004", place="浙江省台州市路桥区", spouse="钱美", registered=date(2010, 10, 1),
        years=16, description="水泥、钢材、管材", seasons={"normal": (12, D(300000))},
        margin=D("0.18"), rent=D(10000), wages=D(16500), utilities=D(1500), other=D(10000),
        customers=["台州市路桥建工集团有限公司"], staff=3, stock=D(485300),
        receivables=D(591800), payables=D(242600), cash=D(20000), deposits=D(50000),
        household_assets=D(900000), household_spending=D(8000), loan=D(100000), term=12,
        repayment="interest_only", growth=D("0.20"), receivable_days=D(60),
        payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    case["balance_sheet"]["inventory_claimed"]["value"] = "900000.00"
    return case


def stock_days_wholesale() -> Case:
    s = Story(
        key="fraud_stock_days_wholesale", industry="wholesale_market", kind="company",
        name="临海市诚信粮油批发有限公司", owner="缪诚", owner_born=date(1980, 1, 1), seq=408,
        spouse="邱燕", registered=date(2011, 3, 15), years=15, description="粮油批发",
        seasons={"normal": (12, D(350000))}, margin=D("0.12"), rent=D(10000), wages=D(13000),
        utilities=D(2000), other=D(5000), customers=["临海市百佳超市"],
        suppliers=["中粮粮油台州经营部"], staff=3, stock=D(1600000), receivables=D(230100),
        payables=D(151900), cash=D(20000), deposits=D(60000), household_assets=D(800000),
        household_spending=D(8000), loan=D(200000), term=12, repayment="interest_only",
        growth=D("0.10"), receivable_days=D(20), payable_days=D(15),
    )  # fmt: skip
    case = build(s)
    # stock said to be in an outside warehouse; the officer could not count it
    case["balance_sheet"]["inventory_counted"]["value"] = None
    own_seal(case)
    return case


def equipment_overstated_plastics() -> Case:
    s = Story(
        key="fraud_equipment_overstated_plastics", industry="plastics", kind="company",
        name="台州市路桥金利塑料有限公司", owner="符金利", owner_born=date(1979, 9, 29), seq=409,
        region="331004", place="浙江省台州市路桥区", spouse="莫兰", registered=date(2013, 5, 5),
        years=13, description="塑料管件注塑", seasons={"normal": (12, D(450000))},
        margin=D("0.22"), rent=D(10000), wages=D(26000), utilities=D(10000), other=D(4000),
        products=[("塑料管件", "1", "千克", "13.5", "0.22")], staff=4, stock=D(385000),
        receivables=D(300000), payables=D(150000), cash=D(20000), deposits=D(80000),
        fixed_assets=D(900000), household_assets=D(900000), household_spending=D(10000),
        taxpayer="general", equipment=[("注塑机", 4, "10000", 3)],
        loan=D(500000), term=36, purpose="购置注塑机", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "300000.00", "注塑机报价单 JL-2026-15", "0.00")
    case["loan"]["payee"] = {"name": "宁波海天塑机销售有限公司",
                             "uscc": credit_code("330206", 7105, True),
                             "registration_date": "2003-02-11",
                             "business_scope": "注塑机、塑料机械销售及维修"}  # fmt: skip
    own_seal(case)
    return case


def renovation_overstated_restaurant() -> Case:
    s = Story(
        key="fraud_renovation_overstated_restaurant", industry="restaurant", kind="company",
        name="温岭市海鲜城餐饮有限公司", owner="池海", owner_born=date(1976, 6, 6), seq=410,
        region="331081", place="浙江省温岭市", spouse="余娟", registered=date(2012, 12, 1),
        years=14, description="海鲜酒楼", seasons={"normal": (12, D(180000))},
        margin=D("0.58"), rent=D(15000), wages=D(26000), utilities=D(8000), other=D(6000),
        staff=5, stock=D(22400), cash=D(20000), deposits=D(60000), fixed_assets=D(500000),
        household_assets=D(900000), household_spending=D(12000),
        observation=(D(100), D(60), 360), loan=D(300000), term=24,
        purpose="大厅装修", purpose_kind="premises", repayment="equal_instalment",
        growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "premises", "150000.00", "装修预算书", "30000.00")
    own_seal(case)
    return case


def payee_related_logistics() -> Case:
    s = Story(
        key="fraud_payee_related_logistics", industry="logistics", name="椒江区远航货运部",
        owner="吴远航", owner_born=date(1981, 8, 18), seq=411, region="331002",
        place="浙江省台州市椒江区", spouse="陶静", registered=date(2014, 9, 9), years=12,
        description="整车货运", seasons={"normal": (12, D(250000))}, margin=D("0.20"),
        rent=D(4000), wages=D(19500), utilities=D(600), other=D(3900),
        suppliers=["中国石化台州石油分公司"], customers=["台州市椒江物流园有限公司"], staff=3,
        stock=D(0), cash=D(10000), deposits=D(60000), receivables=D(250000),
        fixed_assets=D(700000), household_assets=D(600000), household_spending=D(6000),
        equipment=[("重型货车", 4, None, 4)], loan=D(200000), term=36,
        purpose="购置重型货车一辆", purpose_kind="equipment", repayment="equal_instalment",
        growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "300000.00", "车辆报价单", "100000.00")
    phone = mobile(4112)
    case["business"]["staff_list"] = [{"name": "陶建", "phone": phone, "role": "调度，妻弟"}]
    case["loan"]["payee"] = {"name": "台州市通达汽车贸易有限公司",
                             "uscc": credit_code("331002", 7411, True),
                             "registration_date": "2015-03-03",
                             "business_scope": "汽车及配件销售", "phone": phone}  # fmt: skip
    return case


TEA_SEASONS = (
    {m: "peak" for m in (3, 4, 5)}
    | {m: "normal" for m in (6, 7, 8, 9)}
    | {m: "slack" for m in (10, 11, 12, 1, 2)}
)


def seasonal_overstated_farming() -> Case:
    s = Story(
        key="fraud_seasonal_overstated_farming", industry="farming", name="天台县云雾茶场",
        owner="褚云", owner_born=date(1969, 4, 4), seq=412, region="331023",
        place="浙江省天台县", spouse="卢英", registered=date(2012, 3, 3), years=14,
        description="高山茶园120亩，春茶为主", margin=D("0.45"), price=D(120),
        seasons={"peak": (3, D(200000)), "normal": (4, D(50000)), "slack": (5, D(5000))},
        season_of_month=TEA_SEASONS, rent=D(3000), wages=D(6000), utilities=D(800),
        other=D(1200), cash_share=D("0.10"), products=[("高山绿茶", "1", "千克", "120", "0.45")],
        customers=["杭州茶叶市场周记茶行"], staff=2, stock=D(20000), cash=D(10000),
        deposits=D(50000), fixed_assets=D(300000), household_assets=D(500000),
        household_spending=D(5000), taxpayer="exempt", loan=D(300000), term=12,
        purpose="春茶季采摘用工及肥料", purpose_kind="seasonal_agriculture",
        repayment="seasonal", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "seasonal_agriculture", "200000.00", "春茶季投入预算", "80000.00")
    case["business"]["cash_share"] = "0.10"
    case["proposal"]["principal_months"] = [5]
    return case


def order_beyond_spare_garments() -> Case:
    buyer = "杭州森宇服饰有限公司"
    s = Story(
        key="fraud_order_beyond_spare_garments", industry="garments", kind="company",
        name="温岭市锦绣服饰有限公司", owner="芦锦", owner_born=date(1984, 8, 4), seq=413,
        region="331081", place="浙江省温岭市", spouse="谷燕", registered=date(2015, 1, 1),
        years=11, description="针织服装生产", seasons={"normal": (12, D(660000))},
        margin=D("0.22"), rent=D(12000), wages=D(66000), utilities=D(8000), other=D(6000),
        products=[("针织T恤", "1", "件", "60", "0.22")], customers=[buyer], staff=11,
        stock=D(1015500), receivables=D(976400), payables=D(507700), cash=D(30000),
        deposits=D(100000), fixed_assets=D(500000), household_assets=D(1200000),
        household_spending=D(12000), taxpayer="general", equipment=[("平缝机", 20, "600", 18)],
        loan=D(580000), term=6, purpose="森宇服饰订单备料", purpose_kind="order_financing",
        repayment="interest_only", growth=None,
    )  # fmt: skip
    case = build(s)
    case["contracts"] = [
        {"counterparty": buyer, "counterparty_uscc": credit_code("330110", 7413, True),
         "item": "针织T恤", "quantity": "18000", "unit": "件", "unit_price": "60.00",
         "amount": "1080000.00", "signed_on": "2026-11-05", "delivery_by": "2027-02-03"}
    ]  # fmt: skip
    purpose(case, "order_financing", "1080000.00", "森宇服饰购销合同", "250000.00")
    own_seal(case)
    return case


STORIES = {
    "fraud_window_dressing_retail": window_dressing_retail,
    "fraud_inflated_restaurant": inflated_restaurant,
    "fraud_exports_halved": exports_halved,
    "fraud_hidden_debt_wholesale": hidden_debt_wholesale,
    "fraud_equity_gap_dyeing": equity_gap_dyeing,
    "fraud_undeclared_debt_repair": undeclared_debt_repair,
    "fraud_inflated_stock_building": inflated_stock_building,
    "fraud_stock_days_wholesale": stock_days_wholesale,
    "fraud_equipment_overstated_plastics": equipment_overstated_plastics,
    "fraud_renovation_overstated_restaurant": renovation_overstated_restaurant,
    "fraud_payee_related_logistics": payee_related_logistics,
    "fraud_seasonal_overstated_farming": seasonal_overstated_farming,
    "fraud_order_beyond_spare_garments": order_beyond_spare_garments,
}

_ = Decimal
