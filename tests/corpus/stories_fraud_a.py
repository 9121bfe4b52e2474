"""Borrowers with frauds of the report's list (part one): false contracts,
patents, seals, headcount, staged sites, fake businesses, false purposes."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.corpus.build import MONTHS, D, Story, build, credit_code, mobile, month_text, patent
from tests.corpus.stories_clean import own_seal, purpose

Case = dict[str, Any]


def false_contract_export() -> Case:
    s = Story(
        key="fraud_false_contract_export", industry="export_manufacturing", kind="company",
        name="玉环市凯达五金制品有限公司", owner="戴金龙", owner_born=date(1977, 9, 9), seq=301,
        region="331083", place="浙江省玉环市", spouse="邱红", registered=date(2010, 8, 18),
        years=16, description="五金配件生产，九成出口",
        seasons={"normal": (12, D(800000))}, margin=D("0.15"),
        rent=D(18000), wages=D(30000), utilities=D(14000), other=D(8000),
        products=[("不锈钢合页", "1", "件", "25", "0.15")],
        suppliers=["宁波宝新不锈钢有限公司"], customers=["HARDWARE DIRECT INC", "EUROFIX BV"],
        staff=25, payroll=D(162500), stock=D(1173700), receivables=D(1315100),
        payables=D(558900), cash=D(40000), deposits=D(150000), fixed_assets=D(2600000),
        household_assets=D(2000000), household_spending=D(12000), taxpayer="general",
        export_share=D("0.9"), equipment=[("数控冲床", 10, "4000", 8)],
        loan=D(1800000), term=12, purpose="立信国际订单生产备料", purpose_kind="order_financing",
        repayment="interest_only", growth=None,
    )  # fmt: skip
    case = build(s)
    # 64,000 hinges in two months at ¥40 apiece (they sell at ¥25) from a buyer
    # no declaration and no bank line has ever named
    case["contracts"] = [
        {"counterparty": "上海立信国际贸易有限公司",
         "counterparty_uscc": credit_code("310115", 7301, True), "item": "不锈钢合页",
         "quantity": "64000", "unit": "件", "unit_price": "40.00", "amount": "2560000.00",
         "signed_on": "2026-11-01", "delivery_by": "2026-12-31"}
    ]  # fmt: skip
    purpose(case, "order_financing", "2560000.00", "立信国际购销合同 LX-2026-77", "300000.00")
    # an invention patent whose number says utility model (fifth digit 2)
    case["patents"] = [{"number": patent(2022, "2", 3310301), "title": "一种静音合页",
                        "claimed_type": "invention", "owner": s.name}]  # fmt: skip
    own_seal(case)
    return case


def patent_seal_food() -> Case:
    s = Story(
        key="fraud_patent_seal_food", industry="food_processing", kind="company",
        name="天台县山珍食品有限公司", owner="庞立华", owner_born=date(1981, 1, 30), seq=302,
        region="331023", place="浙江省天台县", spouse="汤敏", registered=date(2013, 9, 1),
        years=13, description="笋干、山珍干货加工",
        seasons={"normal": (12, D(350000))}, margin=D("0.24"),
        rent=D(12000), wages=D(33000), utilities=D(5000), other=D(5000),
        products=[("笋干", "1", "千克", "20", "0.24")], suppliers=["天台县山货收购站"],
        customers=["杭州联华华商集团有限公司"], staff=6, stock=D(218600),
        receivables=D(345200), payables=D(131200), cash=D(15000), deposits=D(40000),
        fixed_assets=D(600000), household_assets=D(900000), household_spending=D(9000),
        loan=D(140000), term=24, purpose="购置真空包装机", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "200000.00", "包装机报价单", "60000.00")
    good = patent(2020, "1", 8299670)
    wrong = "0" if good[-1] != "0" else "1"
    case["patents"] = [{"number": good[:-1] + wrong, "title": "一种笋干保鲜加工方法",
                        "claimed_type": "invention", "owner": s.name}]  # fmt: skip
    case["seals"] = [{"code": case["applicant"]["uscc"], "name": "天台县山珍食品厂",
                      "party": "applicant", "document": "借款申请书"}]  # fmt: skip
    return case


def ghost_staff_garments() -> Case:
    buyer = "杭州美嘉服饰贸易有限公司"
    buyer_code = credit_code("330106", 7104, True)
    s = Story(
        key="fraud_ghost_staff_garments", industry="garments", kind="company",
        name="路桥区华美制衣有限公司", owner="蒋国栋", owner_born=date(1980, 4, 21), seq=303,
        region="331004", place="浙江省台州市路桥区", spouse="叶芳", registered=date(2014, 2, 14),
        years=12, description="梭织服装加工",
        seasons={"normal": (12, D(600000))}, margin=D("0.22"),
        rent=D(12000), wages=D(60000), utilities=D(8000), other=D(6000),
        products=[("衬衫", "1", "件", "60", "0.22")], suppliers=["绍兴柯桥华纺面料有限公司"],
        customers=[buyer], staff=30, insured=9, observed=10, payroll=D(60000),
        stock=D(923200), receivables=D(887700), payables=D(461600), cash=D(20000),
        deposits=D(60000), fixed_assets=D(450000), household_assets=D(1000000),
        household_spending=D(10000), taxpayer="general",
        loan=D(200000), term=12, repayment="interest_only", purpose="采购面料辅料",
        growth=D("0.20"), receivable_days=D(45), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    forged = buyer_code[:-1] + ("1" if buyer_code[-1] != "1" else "2")
    case["contracts"] = [
        {"counterparty": buyer, "counterparty_uscc": buyer_code, "item": "衬衫",
         "quantity": "5000", "unit": "件", "unit_price": "60.00", "amount": "300000.00",
         "signed_on": "2026-10-20", "delivery_by": "2026-12-20"}
    ]  # fmt: skip
    case["seals"] = [
        {"code": case["applicant"]["uscc"], "name": s.name, "party": "applicant",
         "document": "购销合同"},
        {"code": forged, "name": buyer, "party": "buyer", "document": "购销合同",
         "registered_name": buyer, "registered_code": buyer_code},
    ]  # fmt: skip
    return case


def contract_related_plastics() -> Case:
    buyer = "台州市黄岩鸿运日用品有限公司"
    s = Story(
        key="fraud_contract_related_plastics", industry="plastics", kind="company",
        name="台州市黄岩永信塑胶有限公司", owner="潘志勇", owner_born=date(1983, 3, 3), seq=304,
        region="331003", place="浙江省台州市黄岩区", spouse="柯晓丽",
        registered=date(2012, 12, 12), years=14, description="注塑家居用品",
        seasons={"normal": (12, D(540000))}, margin=D("0.20"),
        rent=D(15000), wages=D(45500), utilities=D(30000), other=D(6500),
        products=[("塑料衣架", "1", "千克", "13.5", "0.20")],
        suppliers=["宁波镇海炼化塑料原料经营部"], customers=[buyer, "义乌市佳美日用品有限公司"],
        staff=7, stock=D(473400), receivables=D(532600), payables=D(355100), cash=D(25000),
        deposits=D(120000), fixed_assets=D(1500000), household_assets=D(1300000),
        household_spending=D(10000), taxpayer="general", equipment=[("注塑机", 5, "10000", 4)],
        loan=D(280000), term=6, purpose="鸿运日用品订单备料", purpose_kind="order_financing",
        repayment="interest_only", growth=None,
    )  # fmt: skip
    case = build(s)
    spouse_phone = case["applicant"]["spouse"]["phone"]
    # the buyer is reached on the owner's wife's mobile: a related party
    case["business"]["customers"][0] |= {"phone": spouse_phone,
                                         "uscc": credit_code("331003", 7304, True)}  # fmt: skip
    case["contracts"] = [
        {"counterparty": buyer, "counterparty_uscc": credit_code("331003", 7304, True),
         "item": "塑料衣架", "quantity": "36000", "unit": "千克", "unit_price": "13.50",
         "amount": "486000.00", "signed_on": "2026-11-03", "delivery_by": "2027-02-28"}
    ]  # fmt: skip
    purpose(case, "order_financing", "486000.00", "鸿运日用品购销合同", "100000.00")
    case["patents"] = [{"number": "ZL20211234567.3", "title": "一种折叠衣架",
                        "claimed_type": "utility_model", "owner": s.name}]  # fmt: skip
    own_seal(case)
    return case


def forged_lessor_seal_restaurant() -> Case:
    landlord = "台州市椒江东方置业有限公司"
    landlord_code = credit_code("331002", 7305, True)
    s = Story(
        key="fraud_forged_lessor_seal_restaurant", industry="restaurant",
        name="椒江区老街坊酒家", owner="汪海波", owner_born=date(1975, 8, 15), seq=305,
        region="331002", place="浙江省台州市椒江区", spouse="程丽", registered=date(2015, 10, 1),
        years=11, description="本帮菜酒家，包厢及大堂",
        seasons={"normal": (12, D(200000))}, margin=D("0.58"),
        rent=D(15000), wages=D(36400), utilities=D(7000), other=D(5000),
        products=[("家常菜", "1", "份", "45", "0.58")],
        suppliers=["台州市椒江海鲜批发市场"], staff=18, insured=6, observed=7,
        payroll=D(36400), stock=D(24800), cash=D(20000), deposits=D(80000),
        fixed_assets=D(400000), household_assets=D(1000000), household_spending=D(12000),
        observation=(D(150), D(48), 333),
        loan=D(150000), term=24, purpose="包厢装修", purpose_kind="premises",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "premises", "200000.00", "装修合同", "50000.00")
    case["business"]["premises"] |= {"landlord": landlord, "landlord_uscc": landlord_code,
                                     "lease_end": "2030-09-30"}  # fmt: skip
    for tx in case["transactions"]:
        if tx["description"] == "房租":
            tx["counterparty"] = landlord
    case["seals"] = [
        {"code": landlord_code, "name": "台州市椒江东方置业公司", "party": "lessor",
         "document": "房屋租赁合同", "registered_name": landlord,
         "registered_code": landlord_code},
    ]  # fmt: skip
    return case


def ghost_staff_logistics() -> Case:
    s = Story(
        key="fraud_ghost_staff_logistics", industry="logistics", name="路桥区飞驰物流服务部",
        owner="钟晓明", owner_born=date(1984, 6, 6), seq=306, region="331004",
        place="浙江省台州市路桥区", spouse="韩雪", registered=date(2017, 7, 7), years=9,
        description="城配物流，承接五金城商户配送",
        seasons={"normal": (12, D(260000))}, margin=D("0.20"),
        rent=D(6000), wages=D(39000), utilities=D(800), other=D(3200),
        customers=["台州市路桥五金城物流有限公司"], staff=15, insured=5, observed=6,
        payroll=D(39000), stock=D(0), cash=D(10000), deposits=D(50000), receivables=D(260000),
        fixed_assets=D(600000), household_assets=D(500000), household_spending=D(6000),
        equipment=[("厢式货车", 6, None, 6)],
        loan=D(150000), term=24, purpose="购置厢式货车一辆", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "200000.00", "车辆报价单", "50000.00")
    code = case["applicant"]["uscc"]
    case["applicant"]["uscc"] = code[:-1] + ("1" if code[-1] != "1" else "2")
    return case


def staged_site_dyeing() -> Case:
    s = Story(
        key="fraud_staged_site_dyeing", industry="dyeing", kind="company",
        name="三门县鸿运印染有限公司", owner="严正", owner_born=date(1985, 2, 2), seq=307,
        region="331022", place="浙江省三门县", spouse="顾琳", registered=date(2019, 5, 20),
        years=7, description="针织布染色加工", seasons={"normal": (12, D(900000))},
        margin=D("0.17"), rent=D(25000), wages=D(45000), utilities=D(30000), other=D(15000),
        customers=["绍兴柯桥华纺面料有限公司"], staff=9, stock=D(491200),
        receivables=D(1331500), payables=D(736800), cash=D(20000), deposits=D(50000),
        fixed_assets=D(2500000), household_assets=D(1200000), household_spending=D(12000),
        taxpayer="general", meter_holder="许军",
        loan=D(120000), term=12, repayment="interest_only", purpose="采购染料",
        growth=D("0.30"), receivable_days=D(45), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    case["character"]["inquiries"] = [
        {"who": "车间挡车工", "relation": "员工", "said": "老板是许军，严正是许老板的亲戚",
         "on": "2026-11-12", "named_owner": "许军"},
        {"who": "隔壁纺织厂门卫", "relation": "邻居", "said": "这个厂一直是许老板在开",
         "on": "2026-11-12", "named_owner": "许军"},
    ]  # fmt: skip
    own_seal(case)
    return case


def staged_site_food() -> Case:
    s = Story(
        key="fraud_staged_site_food", industry="food_processing",
        name="仙居县乡味土特产加工坊", owner="卢建新", owner_born=date(1990, 9, 19), seq=308,
        region="331024", place="浙江省仙居县", spouse="", registered=date(2018, 3, 8),
        years=8, description="杨梅干、番薯干加工", seasons={"normal": (12, D(250000))},
        margin=D("0.25"), rent=D(6000), wages=D(16500), utilities=D(3000), other=D(2500),
        products=[("杨梅干", "1", "千克", "20", "0.25")], suppliers=["仙居县杨梅合作社"],
        staff=3, stock=D(220000), cash=D(10000), deposits=D(30000), fixed_assets=D(200000),
        household_assets=D(400000), household_spending=D(5000), meter_holder="张伟",
        loan=D(100000), term=24, purpose="购置烘干设备", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "130000.00", "烘干机报价单", "30000.00")
    case["balance_sheet"]["inventory_claimed"]["value"] = "400000.00"
    case["character"]["inquiries"] = [
        {"who": "对门小卖部老板", "relation": "邻居", "said": "加工坊是张伟开的，小卢在这打工",
         "on": "2026-11-12", "named_owner": "张伟"},
    ]  # fmt: skip
    case["attachments"] = [
        {"id": "a3080001", "filename": "车间.jpg", "kind": "photo", "mime": "image/jpeg",
         "exif_time": "2026-11-11T16:05:00", "exif_latitude": "28.858600",
         "exif_longitude": "121.144200"},
        {"id": "a3080002", "filename": "仓库.jpg", "kind": "photo", "mime": "image/jpeg",
         "exif_time": "2026-11-11T16:12:00", "exif_latitude": "28.858600",
         "exif_longitude": "121.144200"},
    ]  # fmt: skip
    return case


def photos_elsewhere_garments() -> Case:
    s = Story(
        key="fraud_photos_elsewhere_garments", industry="garments",
        name="温岭市新潮服装加工厂", owner="毛小军", owner_born=date(1987, 11, 11), seq=309,
        region="331081", place="浙江省温岭市", spouse="孔丽", registered=date(2016, 6, 16),
        years=10, description="童装加工", seasons={"normal": (12, D(300000))},
        margin=D("0.22"), rent=D(8000), wages=D(30000), utilities=D(4000), other=D(3000),
        products=[("童装", "1", "件", "60", "0.22")], customers=["温岭市童心服饰有限公司"],
        staff=5, stock=D(461600), cash=D(10000), deposits=D(40000), fixed_assets=D(200000),
        household_assets=D(500000), household_spending=D(6000),
        loan=D(100000), term=24, purpose="购置电脑绣花机", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "150000.00", "绣花机报价单", "50000.00")
    # taken at the visit's hour, about 8 km north-east of the recorded position
    case["attachments"] = [
        {"id": f"a309000{i}", "filename": f"车间{i}.jpg", "kind": "photo", "mime": "image/jpeg",
         "exif_time": f"2026-11-12T10:0{i}:00", "exif_latitude": "28.910000",
         "exif_longitude": "121.200000"}
        for i in (1, 2, 3)
    ]  # fmt: skip
    return case


def meter_history_restaurant() -> Case:
    s = Story(
        key="fraud_meter_history_restaurant", industry="restaurant", name="临海市聚福楼饭店",
        owner="高国强", owner_born=date(1986, 5, 5), seq=310, spouse="宋佳",
        registered=date(2020, 3, 1), years=6, description="家常菜馆，自称开业六年",
        seasons={"normal": (12, D(120000))}, margin=D("0.58"), rent=D(8000),
        wages=D(20800), utilities=D(4000), other=D(3000), staff=4, stock=D(15000),
        cash=D(10000), deposits=D(40000), fixed_assets=D(150000), household_assets=D(500000),
        household_spending=D(7000), observation=(D(90), D(45), 356),
        loan=D(100000), term=24, purpose="厨房设备更新", purpose_kind="equipment",
        repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "130000.00", "厨具报价单", "30000.00")
    for reading in case["meters"]:
        if reading["month"] < "2026-07":  # the previous tenant's account
            reading["account_holder"] = "陈国平"
    # the applicant's own account opened in July 2026
    case["transactions"] = [t for t in case["transactions"] if t["on"] >= "2026-07-01"]
    case["character"]["inquiries"] = [
        {"who": "隔壁五金店老板", "relation": "邻居", "said": "原来是陈国平开的快餐店，这家今年夏天才开",  # noqa: E501
         "on": "2026-11-12"}
    ]  # fmt: skip
    return case


def fake_business_retail() -> Case:
    s = Story(
        key="fraud_fake_business_retail", industry="retail", name="临海市优选生活超市",
        owner="施宏伟", owner_born=date(1991, 12, 12), seq=311, spouse="",
        registered=date(2026, 4, 1), years=8, description="生活超市，自称经营八年",
        seasons={"normal": (12, D(130000))}, margin=D("0.22"), rent=D(6000),
        wages=D(9600), utilities=D(1200), other=D(1200), staff=2, stock=D(199500),
        cash=D(8000), deposits=D(20000), household_assets=D(300000),
        household_spending=D(5000), observation=(D(290), D(15), 359),
        loan=D(60000), term=12, repayment="interest_only", growth=D("0.30"),
        payable_days=D(0), receivable_days=D(0),
    )  # fmt: skip
    case = build(s)
    # records start with the licence: April 2026
    case["meters"] = [r for r in case["meters"] if r["month"] >= "2026-04"]
    case["transactions"] = [t for t in case["transactions"] if t["on"] >= "2026-04-01"]
    return case


def false_purpose_building() -> Case:
    s = Story(
        key="fraud_false_purpose_building", industry="building_materials", kind="company",
        name="温岭市百川建材有限公司", owner="任立军", owner_born=date(1982, 11, 26), seq=312,
        region="331081", place="浙江省温岭市", spouse="吕晶", registered=date(2026, 3, 10),
        years=9, description="建材批发，自称经营九年", seasons={"normal": (12, D(350000))},
        margin=D("0.18"), rent=D(10000), wages=D(16500), utilities=D(1500), other=D(7000),
        suppliers=["佛山市恒洁陶瓷销售有限公司"], customers=["温岭市新居装饰工程队"],
        staff=3, stock=D(566000), receivables=D(690400), payables=D(283100), cash=D(20000),
        deposits=D(50000), household_assets=D(800000), household_spending=D(9000),
        loan=D(300000), term=12, repayment="interest_only", purpose="采购瓷砖备货",
        growth=D("0.20"), receivable_days=D(60), payable_days=D(30),
    )  # fmt: skip
    case = build(s)
    case["loan"]["payee"] = {
        "name": "温岭市百川商贸有限公司", "uscc": credit_code("331081", 7312, True),
        "registration_date": "2026-10-21",
        "business_scope": "信息技术咨询服务；企业管理咨询；日用百货销售",
        "phone": mobile(3129), "bank_account": "6222021207001234567",
    }  # fmt: skip
    own_seal(case)
    return case


def inflated_income_plastics() -> Case:
    s = Story(
        key="fraud_inflated_income_plastics", industry="plastics", kind="company",
        name="台州市黄岩宏发塑料制品有限公司", owner="卓志华", owner_born=date(1982, 8, 8),
        seq=313, region="331003", place="浙江省台州市黄岩区", spouse="林静",
        registered=date(2011, 11, 1), years=15, description="注塑汽车配件",
        seasons={"normal": (12, D(600000))}, margin=D("0.20"),
        rent=D(15000), wages=D(45000), utilities=D(24000), other=D(6000),
        products=[("汽车塑料件", "1", "千克", "13.5", "0.20")],
        customers=["台州市黄岩汽车配件有限公司"], staff=7, stock=D(631200),
        receivables=D(887700), payables=D(473400), cash=D(30000), deposits=D(100000),
        fixed_assets=D(1600000), household_assets=D(1200000), household_spending=D(12000),
        taxpayer="general", loan=D(400000), term=36, purpose="购置注塑机一台",
        purpose_kind="equipment", repayment="equal_instalment", growth=None,
    )  # fmt: skip
    case = build(s)
    purpose(case, "equipment", "600000.00", "注塑机报价单", "200000.00")
    # declared: sales and cost of goods 1.6 times what meters, VAT and the bank see
    for line in case["income"]["seasons"]:
        line["sales"]["value"] = "960000.00"
        line["cogs"]["value"] = "768000.00"
    own_seal(case)
    return case


STORIES = {
    "fraud_false_contract_export": false_contract_export,
    "fraud_patent_seal_food": patent_seal_food,
    "fraud_ghost_staff_garments": ghost_staff_garments,
    "fraud_contract_related_plastics": contract_related_plastics,
    "fraud_forged_lessor_seal_restaurant": forged_lessor_seal_restaurant,
    "fraud_ghost_staff_logistics": ghost_staff_logistics,
    "fraud_staged_site_dyeing": staged_site_dyeing,
    "fraud_staged_site_food": staged_site_food,
    "fraud_photos_elsewhere_garments": photos_elsewhere_garments,
    "fraud_meter_history_restaurant": meter_history_restaurant,
    "fraud_fake_business_retail": fake_business_retail,
    "fraud_false_purpose_building": false_purpose_building,
    "fraud_inflated_income_plastics": inflated_income_plastics,
}

_ = (MONTHS, month_text)
