"""Clean borrowers, one per industry of the rule pack: what a credit officer
would approve. Each covers a loan purpose and an applicant kind (the labels
say which); figures are in :mod:`tests.corpus.build`'s terms."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.corpus.build import D, Story, build, credit_code, money, patent

Case = dict[str, Any]


def own_seal(case: Case) -> None:
    """The applicant's own seal on its documents, as registered."""
    a = case["applicant"]
    case["seals"] = [
        {"code": a["uscc"], "name": a["registered_name"], "party": "applicant",
         "document": "借款申请书"}
    ]  # fmt: skip


def purpose(case: Case, kind: str, cost: str, document: str, own_funds: str) -> None:
    case["loan"] |= {
        "purpose_kind": kind,
        "purpose_cost": cost,
        "purpose_document": document,
        "own_funds": own_funds,
    }


def restaurant_renovation() -> Case:
    s = Story(
        key="clean_restaurant_renovation", industry="restaurant", kind="company",
        name="临海市味香园餐饮有限公司", owner="陈建国", owner_born=date(1978, 4, 12), seq=101,
        spouse="王丽君", registered=date(2012, 5, 8), years=14,
        description="中式快餐及家常菜，堂食为主，兼做企业团餐",
        seasons={"normal": (12, D(240000))}, margin=D("0.58"),
        rent=D(18000), wages=D(41600), utilities=D(9000), other=D(6000),
        products=[("家常菜套餐", "0.60", "份", "42", "0.58"), ("团餐", "0.40", "份", "25", "0.58")],
        suppliers=["临海市鲜丰蔬菜配送有限公司", "台州市黄岩海鲜批发部"],
        staff=8, payroll=D(41600), stock=D(29800), cash=D(30000), deposits=D(150000),
        fixed_assets=D(600000), household_assets=D(1200000), household_spending=D(15000),
        extra_meters={"electricity": D("0.6")},
        observation=(D(180), D(48), 333),
        loan=D(300000), term=24, purpose="大堂及后厨翻新装修", purpose_kind="premises",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "premises", "420000.00", "装修工程预算书（台州华艺装饰）", "120000.00")
    case["loan"]["payee"] = {"name": "台州华艺装饰工程有限公司",
                             "uscc": credit_code("331002", 7101, True),
                             "registration_date": "2009-06-15",
                             "business_scope": "室内外装饰装修工程设计、施工"}  # fmt: skip
    own_seal(case)
    return case


def retail_shop() -> Case:
    s = Story(
        key="clean_retail_shop", industry="retail", name="临海市惠民便利店", owner="李国华",
        owner_born=date(1980, 9, 3), seq=102, spouse="张美芳", registered=date(2014, 8, 20),
        years=12, description="日用百货、食品零售",
        seasons={"normal": (12, D(150000))}, margin=D("0.225"),
        rent=D(6000), wages=D(9600), utilities=D(1400), other=D(1000),
        products=[
            ("日用百货", "0.50", "件", "12", "0.23"),
            ("食品饮料", "0.50", "件", "6", "0.22"),
        ],
        suppliers=["台州市华润批发有限公司"], staff=2, stock=D(229300), cash=D(8000),
        deposits=D(22000), household_assets=D(800000), household_spending=D(6000),
        observation=(D(330), D(15), 365), loan=D(80000), term=12,
        purpose="增设生鲜区备货", repayment="interest_only", growth=D("0.30"),
        payable_days=D(0), receivable_days=D(0),
    )  # fmt: skip
    return build(s)


def wholesale_stall() -> Case:
    s = Story(
        key="clean_wholesale_stall", industry="wholesale_market", name="临海市鑫源副食品批发部",
        owner="王志强", owner_born=date(1975, 1, 22), seq=103, spouse="陈秀英",
        registered=date(2010, 3, 1), years=16, description="副食品、调味品批发，供应周边饭店和小超市",  # noqa: E501
        seasons={"normal": (12, D(400000))}, margin=D("0.13"),
        rent=D(10000), wages=D(15600), utilities=D(1200), other=D(3200),
        suppliers=["浙江恒丰食品有限公司"],
        customers=["临海市古城饭店", "临海市百佳超市", "临海市江南大酒店"],
        staff=3, stock=D(457600), receivables=D(394500), payables=D(171600),
        cash=D(15000), deposits=D(45000), household_assets=D(900000), household_spending=D(9000),
        loan=D(100000), term=12, repayment="interest_only", growth=D("0.25"),
        receivable_days=D(30), payable_days=D(15),
    )  # fmt: skip
    return build(s)


def garments_order() -> Case:
    s = Story(
        key="clean_garments_order", industry="garments", kind="company",
        name="临海市锦衣服饰有限公司", owner="周建平", owner_born=date(1976, 7, 30), seq=104,
        spouse="林小燕", registered=date(2011, 9, 9), years=15,
        description="针织服装来料加工及成衣生产",
        seasons={"normal": (12, D(600000))}, margin=D("0.22"),
        rent=D(12000), wages=D(60000), utilities=D(8000), other=D(6000),
        products=[("针织T恤", "1", "件", "60", "0.22")],
        suppliers=["绍兴柯桥华纺面料有限公司"],
        customers=["杭州美嘉服饰贸易有限公司", "宁波森航服装有限公司"],
        staff=10, stock=D(923200), receivables=D(887700), payables=D(461600),
        cash=D(40000), deposits=D(120000), fixed_assets=D(500000), household_assets=D(1500000),
        household_spending=D(12000), taxpayer="general",
        equipment=[("平缝机", 20, "600", 17)],
        loan=D(150000), term=6, purpose="美嘉服饰订单生产备料", purpose_kind="order_financing",
        repayment="interest_only", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "order_financing", "270000.00", "美嘉服饰采购合同 MJ2026-118", "60000.00")
    case["contracts"] = [
        {"counterparty": "杭州美嘉服饰贸易有限公司",
         "counterparty_uscc": credit_code("330106", 7104, True),
         "item": "针织T恤", "quantity": "4500", "unit": "件", "unit_price": "60.00",
         "amount": "270000.00", "signed_on": "2026-11-02", "delivery_by": "2027-01-31"}
    ]  # fmt: skip
    own_seal(case)
    return case


def plastics_machine() -> Case:
    s = Story(
        key="clean_plastics_machine", industry="plastics", kind="company",
        name="台州市黄岩恒达塑料制品有限公司", owner="郑立新", owner_born=date(1972, 11, 5),
        seq=105, region="331003", place="浙江省台州市黄岩区", spouse="吴丽萍",
        registered=date(2008, 4, 16), years=18, description="注塑日用塑料制品",
        seasons={"normal": (12, D(675000))}, margin=D("0.22"),
        rent=D(15000), wages=D(52000), utilities=D(36000), other=D(7000),
        products=[("塑料收纳盒", "1", "千克", "13.5", "0.22")],
        suppliers=["宁波镇海炼化塑料原料经营部"], customers=["义乌市佳美日用品有限公司"],
        staff=8, stock=D(692400), receivables=D(560000), payables=D(260000),
        cash=D(30000), deposits=D(200000), fixed_assets=D(1800000), household_assets=D(1600000),
        household_spending=D(10000), taxpayer="general",
        equipment=[("注塑机", 6, "10000", 5)],
        loan=D(300000), term=36, purpose="购置海天注塑机一台", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "480000.00", "海天塑机报价单 HT-2026-0931", "180000.00")
    case["loan"]["payee"] = {"name": "宁波海天塑机销售有限公司",
                             "uscc": credit_code("330206", 7105, True),
                             "registration_date": "2003-02-11",
                             "business_scope": "注塑机、塑料机械销售及维修"}  # fmt: skip
    case["patents"] = [{"number": patent(2021, "2", 3310105), "title": "一种塑料收纳盒卡扣结构",
                        "claimed_type": "utility_model", "owner": s.name}]  # fmt: skip
    own_seal(case)
    return case


MOONCAKE_SEASONS = {8: "peak", 9: "peak", 3: "slack", 4: "slack", 11: "slack", 12: "slack"} | {
    m: "normal" for m in (1, 2, 5, 6, 7, 10)
}


def food_mooncake() -> Case:
    s = Story(
        key="clean_food_mooncake", industry="food_processing", kind="company",
        name="仙居县月华食品有限公司", owner="应志明", owner_born=date(1974, 2, 18), seq=106,
        region="331024", place="浙江省仙居县", spouse="朱雅琴", registered=date(2009, 7, 1),
        years=17, description="月饼、糕点生产，中秋为旺季",
        seasons={"peak": (2, D(900000)), "normal": (6, D(300000)), "slack": (4, D(150000))},
        season_of_month=MOONCAKE_SEASONS, margin=D("0.25"),
        rent=D(12000), wages=D(40000), utilities=D(6000), other=D(4000),
        products=[("广式月饼", "0.7", "千克", "20", "0.25"), ("糕点", "0.3", "千克", "20", "0.25")],
        suppliers=["金华市金穗面粉有限公司"], customers=["台州市联华超市有限公司"],
        staff=8, stock=D(120000), receivables=D(120000), payables=D(40000),
        cash=D(20000), deposits=D(60000), fixed_assets=D(900000), household_assets=D(1000000),
        household_spending=D(9000), loan=D(80000), term=12, purpose="采购春节礼盒原料",
        repayment="interest_only", growth=D("0.20"), receivable_days=D(30), payable_days=D(15),
    )  # fmt: skip
    case = build(s)
    own_seal(case)
    return case


def building_materials() -> Case:
    s = Story(
        key="clean_building_materials", industry="building_materials",
        name="温岭市泽国宏达建材商行", owner="林永福", owner_born=date(1973, 6, 28), seq=107,
        region="331081", place="浙江省温岭市", spouse="江秀芬", registered=date(2007, 10, 10),
        years=19, description="瓷砖、卫浴、水泥批发零售，客户以装修队和小包工头为主",
        seasons={"normal": (12, D(400000))}, margin=D("0.18"),
        rent=D(12000), wages=D(22000), utilities=D(1800), other=D(4200),
        suppliers=["佛山市恒洁陶瓷销售有限公司"],
        customers=["温岭市新居装饰工程队", "温岭市泽国建筑安装公司"],
        staff=4, stock=D(647000), receivables=D(789000), payables=D(323500),
        cash=D(20000), deposits=D(60000), household_assets=D(1100000),
        household_spending=D(10000), loan=D(100000), term=12, repayment="interest_only",
        growth=D("0.20"), receivable_days=D(60), payable_days=D(30),
    )  # fmt: skip
    return build(s)


def logistics_trucks() -> Case:
    s = Story(
        key="clean_logistics_trucks", industry="logistics", name="路桥区顺达货运部",
        owner="金海涛", owner_born=date(1979, 12, 1), seq=108, region="331004",
        place="浙江省台州市路桥区", spouse="蒋丽", registered=date(2013, 4, 2), years=13,
        description="整车及零担货运，线路台州—上海、台州—义乌",
        seasons={"normal": (12, D(300000))}, margin=D("0.20"),
        rent=D(5000), wages=D(19500), utilities=D(800), other=D(4700),
        suppliers=["中国石化台州石油分公司"], customers=["台州市路桥五金城物流有限公司"],
        staff=3, stock=D(0), cash=D(15000), deposits=D(90000), receivables=D(300000),
        fixed_assets=D(900000), household_assets=D(700000), household_spending=D(6000),
        equipment=[("重型货车", 5, None, 5)],
        loan=D(300000), term=36, purpose="购置二手重型货车两辆", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "420000.00", "车辆买卖合同及发票（台州路通汽车）", "120000.00")
    case["loan"]["payee"] = {"name": "台州市路通汽车销售有限公司",
                             "uscc": credit_code("331004", 7108, True),
                             "registration_date": "2006-08-21",
                             "business_scope": "汽车销售；二手车经纪"}  # fmt: skip
    return case


STRAWBERRY_SEASONS = (
    {m: "peak" for m in (12, 1, 2, 3, 4)}
    | {11: "normal", 5: "normal"}
    | {m: "slack" for m in (6, 7, 8, 9, 10)}
)


def farming_strawberry() -> Case:
    s = Story(
        key="clean_farming_strawberry", industry="farming", name="三门县绿源草莓家庭农场",
        owner="叶成林", owner_born=date(1970, 3, 14), seq=109, region="331022",
        place="浙江省三门县", spouse="潘雪梅", registered=date(2016, 2, 25), years=10,
        description="大棚草莓种植40亩，批发给台州、宁波水果批发商",
        seasons={"peak": (5, D(150000)), "normal": (2, D(50000)), "slack": (5, D(10000))},
        season_of_month=STRAWBERRY_SEASONS, margin=D("0.46"), price=D(25),
        rent=D(4000), wages=D(6000), utilities=D(1500), other=D(500),
        cash_share=D("0.10"),
        products=[("草莓", "1", "千克", "25", "0.46")],
        suppliers=["三门县农资有限公司"], customers=[
            "台州市水果批发市场张记果行",
            "宁波市鲜果汇贸易有限公司",
        ],
        staff=2, stock=D(30000), cash=D(10000), deposits=D(60000), fixed_assets=D(350000),
        household_assets=D(500000), household_spending=D(6000), taxpayer="exempt",
        loan=D(180000), term=12, purpose="本季草莓种苗、肥料、棚膜及采摘用工",
        purpose_kind="seasonal_agriculture", repayment="seasonal", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "seasonal_agriculture", "240000.00", "本季生产投入预算（种苗、肥料、棚膜、用工）",
            "60000.00")  # fmt: skip
    case["business"]["cash_share"] = "0.10"
    case["proposal"]["principal_months"] = [3, 4]
    return case


def export_manufacturing() -> Case:
    s = Story(
        key="clean_export_manufacturing", industry="export_manufacturing", kind="company",
        name="玉环市瑞丰阀门制造有限公司", owner="黄德明", owner_born=date(1969, 8, 8), seq=110,
        region="331083", place="浙江省玉环市", spouse="陈慧", registered=date(2006, 1, 12),
        years=20, description="铜阀门、管件生产，九成出口欧洲",
        seasons={"normal": (12, D(1000000))}, margin=D("0.15"),
        rent=D(20000), wages=D(45000), utilities=D(18000), other=D(12000),
        products=[("铜球阀", "1", "件", "25", "0.15")],
        suppliers=["宁波金田铜业有限公司"],
        customers=["VALVEX GMBH", "AQUA FITTINGS LTD"],
        staff=30, payroll=D(195000), stock=D(1467100), receivables=D(1972600),
        payables=D(838400), cash=D(50000), deposits=D(100000), fixed_assets=D(3500000),
        household_assets=D(2500000), household_spending=D(15000), taxpayer="general",
        export_share=D("0.9"), loan=D(300000), term=12, repayment="interest_only",
        purpose="采购铜棒原材料", growth=D("0.20"), receivable_days=D(60), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    own_seal(case)
    return case


def repair_cash() -> Case:
    s = Story(
        key="clean_repair_cash", industry="repair_services", name="天台县快修汽车修理厂",
        owner="许志刚", owner_born=date(1982, 5, 19), seq=111, region="331023",
        place="浙江省天台县", spouse="袁佳", registered=date(2015, 11, 6), years=11,
        description="汽车维修保养，散客多用现金结账",
        seasons={"normal": (12, D(150000))}, margin=D("0.50"), cash_share=D("0.45"),
        rent=D(10000), wages=D(24000), utilities=D(1500), other=D(2500),
        suppliers=["台州市汽配城永盛配件商行"], staff=4, stock=D(92500), payables=D(37000),
        cash=D(10000), deposits=D(30000), fixed_assets=D(260000), household_assets=D(600000),
        household_spending=D(8000), observation=(D(16), D(310), 363),
        equipment=[("举升机", 3, None, 3)],
        loan=D(100000), term=24, purpose="购置四轮定位仪及举升机", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "150000.00", "设备报价单（元征科技）", "50000.00")
    case["business"]["cash_share"] = "0.45"
    return case


def dyeing() -> Case:
    s = Story(
        key="clean_dyeing", industry="dyeing", kind="company", name="三门县华彩印染有限公司",
        owner="何建伟", owner_born=date(1971, 10, 2), seq=112, region="331022",
        place="浙江省三门县", spouse="郭玲", registered=date(2005, 6, 6), years=21,
        description="针织面料染色、后整理加工",
        seasons={"normal": (12, D(1200000))}, margin=D("0.17"),
        rent=D(30000), wages=D(60000), utilities=D(40000), other=D(20000),
        suppliers=["绍兴市上虞化工染料有限公司"], customers=["绍兴柯桥华纺面料有限公司"],
        staff=12, stock=D(654900), receivables=D(1775300), payables=D(982400),
        cash=D(20000), deposits=D(50000), fixed_assets=D(4000000), household_assets=D(1800000),
        household_spending=D(15000), taxpayer="general",
        loan=D(180000), term=12, repayment="interest_only", purpose="采购染料助剂",
        growth=D("0.30"), receivable_days=D(45), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    own_seal(case)
    return case


STORIES = {
    "clean_restaurant_renovation": restaurant_renovation,
    "clean_retail_shop": retail_shop,
    "clean_wholesale_stall": wholesale_stall,
    "clean_garments_order": garments_order,
    "clean_plastics_machine": plastics_machine,
    "clean_food_mooncake": food_mooncake,
    "clean_building_materials": building_materials,
    "clean_logistics_trucks": logistics_trucks,
    "clean_farming_strawberry": farming_strawberry,
    "clean_export_manufacturing": export_manufacturing,
    "clean_repair_cash": repair_cash,
    "clean_dyeing": dyeing,
}

_ = money
