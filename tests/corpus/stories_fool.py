"""Clean borrowers with features that often fool rules: family staff,
seasonal workers, online sales with no cash, a leased shop with the
landlord's seal and the meter in the landlord's name, a young company whose
owner has traded for years."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.corpus.build import D, Story, build, card, credit_code, mobile
from tests.corpus.stories_clean import own_seal, purpose

Case = dict[str, Any]


def family_staff() -> Case:
    s = Story(
        key="fool_family_staff", industry="restaurant", name="临海市阿香面馆", owner="徐阿香",
        owner_born=date(1968, 3, 8), seq=201, spouse="王德林", registered=date(2012, 6, 1),
        years=14, description="面馆，早餐和午餐为主，一家人在店里帮忙",
        seasons={"normal": (12, D(90000))}, margin=D("0.60"),
        rent=D(5000), wages=D(15600), utilities=D(2500), other=D(1400),
        products=[("海鲜面", "0.7", "碗", "25", "0.60"), ("早餐", "0.3", "份", "10", "0.60")],
        suppliers=["临海市古城农贸市场海鲜摊"], staff=6, insured=3, observed=3,
        payroll=D(15600), stock=D(10800), cash=D(10000), deposits=D(40000),
        fixed_assets=D(120000), household_assets=D(900000), household_spending=D(6000),
        observation=(D(120), D(25), 360),
        loan=D(60000), term=24, purpose="更换厨房设备（燃气灶、冷柜）", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "80000.00", "厨具店报价单", "20000.00")
    case["applicant"]["household"] = [
        {"name": "王德林", "relation": "配偶", "age": 60, "occupation": "在店帮工"},
        {"name": "王晓东", "relation": "儿子", "age": 34, "occupation": "在店帮工",
         "phone": mobile(2011)},
        {"name": "陈燕", "relation": "儿媳", "age": 32, "occupation": "在店帮工"},
    ]  # fmt: skip
    case["business"]["staff_family"] = 3
    case["visits"][0]["notes"] = "上午十点到店，儿子儿媳外出送餐、采购，店内三名雇工在岗"
    return case


ZONGZI_SEASONS = (
    {5: "peak", 6: "peak"}
    | {m: "normal" for m in (1, 2, 9, 10)}
    | {m: "slack" for m in (3, 4, 7, 8, 11, 12)}
)


def seasonal_workers() -> Case:
    s = Story(
        key="fool_seasonal_workers", industry="food_processing", name="仙居县五芳粽子加工厂",
        owner="吴国庆", owner_born=date(1972, 10, 1), seq=202, region="331024",
        place="浙江省仙居县", spouse="杨春花", registered=date(2011, 4, 18), years=15,
        description="粽子加工，端午前两个月为旺季，旺季另雇季节工十二人",
        seasons={"peak": (2, D(800000)), "normal": (4, D(250000)), "slack": (6, D(120000))},
        season_of_month=ZONGZI_SEASONS, margin=D("0.26"),
        rent=D(8000), wages=D(44000), utilities=D(5000), other=D(3000),
        products=[("鲜肉粽", "1", "千克", "20", "0.26")],
        suppliers=["仙居县粮油购销有限公司"], customers=["台州市联华超市有限公司"],
        staff=20, insured=8, observed=8, payroll=D(44000), stock=D(150000),
        receivables=D(150000), payables=D(60000), cash=D(15000), deposits=D(40000),
        fixed_assets=D(400000), household_assets=D(800000), household_spending=D(8000),
        loan=D(100000), term=12, purpose="冬季储备糯米、粽叶", repayment="interest_only",
        growth=D("0.25"), receivable_days=D(30), payable_days=D(15),
    )  # fmt: skip
    case = build(s)
    case["business"]["staff_seasonal"] = 12
    case["visits"][0]["notes"] = (
        "淡季走访，八名长期工在岗，旺季季节工名册及上年五六月工资发放记录已核"
    )
    return case


TEA_SEASONS = (
    {9: "peak", 10: "peak"}
    | {m: "normal" for m in (11, 12, 1, 3, 4, 5)}
    | {m: "slack" for m in (2, 6, 7, 8)}
)


def online_no_cash() -> Case:
    s = Story(
        key="fool_online_no_cash", industry="retail", kind="company",
        name="临海市茗香电子商务有限公司", owner="罗晓峰", owner_born=date(1988, 7, 16), seq=203,
        spouse="孙婷", registered=date(2017, 3, 3), years=9,
        description="网店销售临海羊岩勾青等茶叶礼盒（天猫、抖音），无门店，不收现金",
        seasons={"peak": (2, D(600000)), "normal": (6, D(250000)), "slack": (4, D(150000))},
        season_of_month=TEA_SEASONS, margin=D("0.30"), cash_share=D(0),
        rent=D(6000), wages=D(24000), utilities=D(800), other=D(30000),
        products=[("茶叶礼盒", "1", "盒", "180", "0.30")],
        suppliers=["临海市羊岩茶厂"],
        customers=["浙江天猫技术有限公司", "北京抖音信息服务有限公司"],
        staff=4, stock=D(380000), receivables=D(60000), payables=D(190000), cash=D(10000),
        deposits=D(30000), household_assets=D(700000), household_spending=D(8000),
        extra_meters={}, loan=D(80000), term=12, purpose="春节礼盒备货",
        repayment="interest_only", growth=D("0.25"), receivable_days=D(7), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    # a warehouse and an office, no shop: about 3 kWh per thousand yuan of
    # sales where a shop uses 8
    for reading in case["meters"]:
        reading["quantity"] = str((D(reading["quantity"]) * 3 / 8).quantize(D(1)))
    case["business"]["cash_share"] = "0"
    own_seal(case)
    return case


def leased_shop_landlord_seal() -> Case:
    landlord = "台州市椒江华泰物业管理有限公司"
    landlord_code = credit_code("331002", 7204, True)
    s = Story(
        key="fool_leased_shop_landlord_seal", industry="repair_services",
        name="椒江区顺风汽车美容店", owner="蔡明辉", owner_born=date(1985, 12, 24), seq=204,
        region="331002", place="浙江省台州市椒江区", spouse="胡静",
        registered=date(2016, 5, 12), years=10, description="汽车美容、保养及小修，店面租自物业公司",  # noqa: E501
        seasons={"normal": (12, D(120000))}, margin=D("0.50"), cash_share=D("0.20"),
        rent=D(9000), wages=D(18000), utilities=D(1200), other=D(1800),
        suppliers=["台州市汽配城永盛配件商行"], staff=3, stock=D(61600), payables=D(24700),
        cash=D(10000), deposits=D(50000), fixed_assets=D(150000), household_assets=D(600000),
        household_spending=D(7000), observation=(D(13), D(306), 362), meter_holder=landlord,
        loan=D(80000), term=24, purpose="店面翻新及洗车区改造", purpose_kind="premises",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "premises", "120000.00", "装修合同（椒江美居装饰）", "40000.00")
    case["business"]["premises"] |= {"landlord": landlord, "landlord_uscc": landlord_code,
                                     "lease_end": "2029-12-31"}  # fmt: skip
    for tx in case["transactions"]:
        if tx["description"] == "房租":
            tx["counterparty"] = landlord
    case["seals"] = [
        {"code": case["applicant"]["uscc"], "name": s.name, "party": "applicant",
         "document": "房屋租赁合同"},
        {"code": landlord_code, "name": landlord, "party": "lessor", "document": "房屋租赁合同",
         "registered_name": landlord, "registered_code": landlord_code},
    ]  # fmt: skip
    return case


def young_company_long_owner() -> Case:
    predecessor = "温岭市鑫达建材商行"
    s = Story(
        key="fool_young_company", industry="building_materials", kind="company",
        name="温岭市鑫达建材有限公司", owner="郑海军", owner_born=date(1976, 4, 4), seq=205,
        region="331081", place="浙江省温岭市", spouse="李红", registered=date(2026, 3, 5),
        years=12, description="瓷砖、板材批发；2026年3月由个体工商户鑫达建材商行转为公司（个转企）",
        seasons={"normal": (12, D(300000))}, margin=D("0.18"),
        rent=D(10000), wages=D(16500), utilities=D(1500), other=D(8000),
        suppliers=["佛山市恒洁陶瓷销售有限公司"], customers=["温岭市新居装饰工程队"],
        staff=3, stock=D(485200), receivables=D(591800), payables=D(242600), cash=D(20000),
        deposits=D(50000), household_assets=D(900000), household_spending=D(9000),
        loan=D(120000), term=12, repayment="interest_only", growth=D("0.25"),
        receivable_days=D(60), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    case["applicant"] |= {"predecessor_name": predecessor,
                          "predecessor_registration_date": "2014-05-20"}  # fmt: skip
    old_account = card(2055)
    for reading in case["meters"]:
        if reading["month"] < "2026-04":
            reading["account_holder"] = predecessor
    for tx in case["transactions"]:
        if tx["on"] < "2026-04-01":
            tx["account"] = old_account
    own_seal(case)
    return case


STORIES = {
    "fool_family_staff": family_staff,
    "fool_seasonal_workers": seasonal_workers,
    "fool_online_no_cash": online_no_cash,
    "fool_leased_shop_landlord_seal": leased_shop_landlord_seal,
    "fool_young_company": young_company_long_owner,
}
