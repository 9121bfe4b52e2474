<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Utility and bank records go back only {months} months, but the applicant claims {claimed} years in business.</source>
        <translation>水电和银行记录仅可追溯 {months} 个月，但申请人声称已经营 {claimed} 年。</translation>
    </message>
    <message>
        <source>Months of utility or bank history</source>
        <translation>水电或银行记录月数</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>The package is signed by key {fingerprint}, which is none of the trusted keys given.</source>
        <translation>该数据包由密钥 {fingerprint} 签名，不在所给的受信任密钥之中。</translation>
    </message>
    <message>
        <source>Signed by {name}, key {fingerprint} (one of the trusted keys given).</source>
        <translation>签名人：{name}，密钥 {fingerprint}（属于所给的受信任密钥之一）。</translation>
    </message>
    <message>
        <source>WHO SIGNED IS NOT CHECKED: the signature is valid for the key the package carries ({fingerprint}), and anyone can make a key. Name the keys you trust with --trusted-key ENROLMENT_FILE to check the signer.</source>
        <translation>未核实签名人身份：签名对数据包自带的密钥（{fingerprint}）有效，而任何人都可以生成密钥。请用 --trusted-key ENROLMENT_FILE 指定您信任的密钥，以核实签名人。</translation>
    </message>
    <message>
        <source>not computable: missing {missing}</source>
        <extracomment>provenance of a norm or threshold that comes from the rule pack provenance of a figure derived from imported bank statements a sales estimate resting mainly on industry norms rather than the case&apos;s own records: weaker evidence, never outvoting the case&apos;s own</extracomment>
        <translation>无法计算：缺少{missing}</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>The statuses in the order of the method (the case list sorts by it): the enumeration is declared in that order. domain.lifecycle moves between them.</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In field</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>已分析</translation>
    </message>
    <message>
        <source>Memo printed</source>
        <translation>报告已打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>客户申报</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>实地观察</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>凭证资料</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算得出</translation>
    </message>
    <message>
        <source>Slack season</source>
        <translation>淡季</translation>
    </message>
    <message>
        <source>Normal season</source>
        <translation>平季</translation>
    </message>
    <message>
        <source>Peak season</source>
        <translation>旺季</translation>
    </message>
    <message>
        <source>Equal instalment</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Interest monthly, principal at maturity</source>
        <translation>按月付息、到期还本</translation>
    </message>
    <message>
        <source>Seasonal schedule</source>
        <translation>按季节还款</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Commercial property</source>
        <translation>商业用房</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>机器设备</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>存单</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Land use right</source>
        <translation>土地使用权</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>General VAT taxpayer</source>
        <translation>增值税一般纳税人</translation>
    </message>
    <message>
        <source>Small-scale taxpayer</source>
        <translation>小规模纳税人</translation>
    </message>
    <message>
        <source>VAT exempt</source>
        <translation>免征增值税</translation>
    </message>
    <message>
        <source>Invention</source>
        <translation>发明</translation>
    </message>
    <message>
        <source>Utility model</source>
        <translation>实用新型</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>外观设计</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Approve with changes</source>
        <translation>调整后同意</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Escalate to the credit committee</source>
        <translation>提交贷审会</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>流动资金</translation>
    </message>
    <message>
        <source>Premises or renovation</source>
        <translation>经营场所购置或装修</translation>
    </message>
    <message>
        <source>Seasonal agriculture</source>
        <translation>季节性农业生产</translation>
    </message>
    <message>
        <source>Order or contract financing</source>
        <translation>订单（合同）融资</translation>
    </message>
    <message>
        <source>Lessor</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Cash share of sales</source>
        <translation>现金收款占比</translation>
    </message>
    <message>
        <source>Usage per unit of output</source>
        <translation>单位产出耗用量</translation>
    </message>
    <message>
        <source>Return to the officer</source>
        <translation>退回客户经理</translation>
    </message>
    <message>
        <source>Special mention</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Substandard</source>
        <translation>次级</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation>缺少数据</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Fake business</source>
        <translation>经营虚假</translation>
    </message>
    <message>
        <source>Staged site</source>
        <translation>现场虚假</translation>
    </message>
    <message>
        <source>Inflated income</source>
        <translation>收入虚假</translation>
    </message>
    <message>
        <source>Inflated stock</source>
        <translation>库存虚假</translation>
    </message>
    <message>
        <source>Overstated wealth</source>
        <translation>财力虚假</translation>
    </message>
    <message>
        <source>False purpose</source>
        <translation>用途虚假</translation>
    </message>
    <message>
        <source>False contract</source>
        <translation>合同虚假</translation>
    </message>
    <message>
        <source>False headcount</source>
        <translation>员工虚假</translation>
    </message>
    <message>
        <source>False patent</source>
        <translation>专利虚假</translation>
    </message>
    <message>
        <source>Forged seal</source>
        <translation>印章虚假</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Bank statement file</source>
        <translation>银行流水文件</translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>Labels of values that two enumerations share (``normal`` is both a season and a risk class), keyed by the enumeration&apos;s class name.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Equipment or term investment</source>
        <translation>设备购置或固定资产投资</translation>
    </message>
    <message>
        <source>&gt; {amber} amber, &gt; {red} red</source>
        <translation>黄灯 &gt; {amber}，红灯 &gt; {red}</translation>
    </message>
    <message>
        <source>&lt; {amber} amber, &lt; {red} red</source>
        <translation>黄灯 &lt; {amber}，红灯 &lt; {red}</translation>
    </message>
    <message>
        <source>{value} vs {reference}: {deviation}</source>
        <translation>{value}，参照 {reference}，偏离 {deviation}</translation>
    </message>
    <message>
        <source>{case} {name}, {field}</source>
        <translation>{case} {name}（{field}）</translation>
    </message>
    <message>
        <source>Business registry</source>
        <translation>工商登记</translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation>损益表</translation>
    </message>
    <message>
        <source>Credit report</source>
        <translation>征信报告</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Head office blacklist</source>
        <translation>总行黑名单</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Fraud rule {rule}: the rule pack lacks the setting {key}</source>
        <extracomment>thresholds already read by :meth:`dec` (the settings live as long as their rule pack and are read for every case)</extracomment>
        <translation>反欺诈规则 {rule}：规则包缺少参数 {key}</translation>
    </message>
    <message>
        <source>Fraud rule {rule}: the setting {key} is not a number</source>
        <translation>反欺诈规则 {rule}：参数 {key} 不是数字</translation>
    </message>
    <message>
        <source>Fraud rule {rule}: the setting {key} is not a severity</source>
        <translation>反欺诈规则 {rule}：参数 {key} 不是有效的严重程度</translation>
    </message>
    <message>
        <source>The applicant claims {claimed} years in business but was registered only {registered} years ago.</source>
        <translation>申请人自称经营 {claimed} 年，但工商登记仅 {registered} 年。</translation>
    </message>
    <message>
        <source>Years in business claimed</source>
        <translation>自称经营年限</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Claimed minus registered years</source>
        <translation>自称年限减登记年限</translation>
    </message>
    <message>
        <source>The unified social credit code {code} is not valid: {why}</source>
        <translation>统一社会信用代码 {code} 无效：{why}</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>{count} details of this applicant also appear in other applicants&apos; cases.</source>
        <translation>该申请人有 {count} 项信息同时出现在其他申请人的案件中。</translation>
    </message>
    <message>
        <source>electricity {average} kWh a month ÷ {usage} kWh per unit</source>
        <translation>月均用电 {average} 千瓦时 ÷ 单耗 {usage} 千瓦时</translation>
    </message>
    <message>
        <source>water {average} m³ a month ÷ {usage} m³ per unit</source>
        <translation>月均用水 {average} 立方米 ÷ 单耗 {usage} 立方米</translation>
    </message>
    <message>
        <source>stated capacity of the equipment</source>
        <translation>设备标称产能</translation>
    </message>
    <message>
        <source>Order per month ÷ capacity</source>
        <translation>月订单量 ÷ 产能</translation>
    </message>
    <message>
        <source>Monthly output capacity</source>
        <translation>月产能</translation>
    </message>
    <message>
        <source>Full capacity a month</source>
        <translation>满负荷月产能</translation>
    </message>
    <message>
        <source>machines seen running</source>
        <translation>现场在运转的设备</translation>
    </message>
    <message>
        <source>Current load a month</source>
        <translation>当前月负荷</translation>
    </message>
    <message>
        <source>Spare capacity a month</source>
        <translation>富余月产能</translation>
    </message>
    <message>
        <source>{count} contracts order more than the plant can make, judging by its power use.</source>
        <translation>按用电量推算，有 {count} 份合同的订货量超过工厂产能。</translation>
    </message>
    <message>
        <source>Counterparty related to</source>
        <translation>合同对方关联人</translation>
    </message>
    <message>
        <source>Contract counterparties are the applicant&apos;s own people: {names}.</source>
        <translation>合同对方是申请人的关联人：{names}。</translation>
    </message>
    <message>
        <source>Buyer not in customs or bank history</source>
        <translation>买方未见于报关或银行流水</translation>
    </message>
    <message>
        <source>Contract buyers never seen in customs or bank records: {names}.</source>
        <translation>合同买方从未出现在报关或银行记录中：{names}。</translation>
    </message>
    <message>
        <source>product {name}</source>
        <translation>同名产品“{name}”</translation>
    </message>
    <message>
        <source>Contract price vs history</source>
        <translation>合同价格与历史价格对比</translation>
    </message>
    <message>
        <source>{counterparty}; {basis}</source>
        <translation>{counterparty}；{basis}</translation>
    </message>
    <message>
        <source>{count} contract prices are far from the usual price.</source>
        <translation>有 {count} 份合同的价格明显偏离常规价格。</translation>
    </message>
    <message>
        <source>Staff claimed</source>
        <translation>自称员工数</translation>
    </message>
    <message>
        <source>Staff insured</source>
        <translation>参保员工数</translation>
    </message>
    <message>
        <source>Staff seen on site</source>
        <translation>现场所见员工数</translation>
    </message>
    <message>
        <source>Staff implied by payroll</source>
        <translation>按工资推算员工数</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>The applicant claims {claimed} staff, {ratio} times the most any evidence shows.</source>
        <translation>申请人自称员工 {claimed} 人，是所有证据中最高人数的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Declared sales exceed {count} independent estimates; the largest gap is {deviation} ({estimate}).</source>
        <translation>申报销售额高于 {count} 项独立估算，最大偏差为 {deviation}（{estimate}）。</translation>
    </message>
    <message>
        <source>The books balance only with the verified profit: r1 is {r1} with the declared profit and {r1v} with the verified profit.</source>
        <translation>只有按核实利润才能勾稽：按申报利润 r1 为 {r1}，按核实利润为 {r1v}。</translation>
    </message>
    <message>
        <source>r1 with declared profit</source>
        <translation>按申报利润的 r1</translation>
    </message>
    <message>
        <source>r1 with verified profit</source>
        <translation>按核实利润的 r1</translation>
    </message>
    <message>
        <source>Inflows before the application are {ratio} times the earlier monthly average.</source>
        <translation>申请前的流入资金是此前月均水平的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Average monthly inflow, recent months</source>
        <translation>近几个月月均流入</translation>
    </message>
    <message>
        <source>{id}, rests on industry norms</source>
        <translation>{id}，主要依赖行业标准</translation>
    </message>
    <message>
        <source>Declared sales are {deviation} above the verified sales ({verified}); {count} independent estimates fall short by more than {amber}.</source>
        <translation>申报销售额比核实销售额（{verified}）高 {deviation}；有 {count} 项独立估算低于申报额超过 {amber}。</translation>
    </message>
    <message>
        <source>statement {months}</source>
        <translation>银行流水 {months}</translation>
    </message>
    <message>
        <source>Average monthly inflow, earlier months</source>
        <translation>此前月均流入</translation>
    </message>
    <message>
        <source>Ratio the declared seasons expect</source>
        <translation>按申报淡旺季应有的倍数</translation>
    </message>
    <message>
        <source>{share} of inflows by value are round sums of {unit}.</source>
        <translation>按金额计，{share} 的流入为 {unit} 的整数倍。</translation>
    </message>
    <message>
        <source>Round-sum inflows</source>
        <translation>整数金额流入</translation>
    </message>
    <message>
        <source>All inflows</source>
        <translation>全部流入</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Same-day in and out</source>
        <translation>当日进当日出</translation>
    </message>
    <message>
        <source>Share of inflows</source>
        <translation>占流入比例</translation>
    </message>
    <message>
        <source>{share} of inflows by value left the account again the same day ({count} pairs).</source>
        <translation>按金额计，{share} 的流入资金当天即转出（共 {count} 笔）。</translation>
    </message>
    <message>
        <source>Stock counted on site is {gap} below the stock claimed.</source>
        <translation>现场盘点库存比申报库存少 {gap}。</translation>
    </message>
    <message>
        <source>Stock claimed</source>
        <translation>申报库存</translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Stock covers {days} days of sales at cost; the trade norm is {low}–{high} days.</source>
        <translation>按成本计，库存可覆盖 {days} 天销售；行业常规为 {low}–{high} 天。</translation>
    </message>
    <message>
        <source>Stock at cost</source>
        <translation>库存（成本价）</translation>
    </message>
    <message>
        <source>Annual cost of goods</source>
        <translation>年销售成本</translation>
    </message>
    <message>
        <source>Days of stock</source>
        <translation>库存天数</translation>
    </message>
    <message>
        <source>{low}–{high}; &gt; {amber} above amber, &gt; {red} red</source>
        <translation>{low}–{high}；超出上限 {amber} 为黄灯，{red} 为红灯</translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>地址相同</translation>
    </message>
    <message>
        <source>Same bank account</source>
        <translation>银行账号相同</translation>
    </message>
    <message>
        <source>Same credit code</source>
        <translation>信用代码相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>Reference sales S_ref</source>
        <translation>参考销售额</translation>
    </message>
    <message>
        <source>Verified sales</source>
        <translation>核实销售额</translation>
    </message>
    <message>
        <source>Verified profit</source>
        <translation>核实利润</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>Working-capital loan need</source>
        <translation>流动资金贷款需求</translation>
    </message>
    <message>
        <source>Equity gap r1, declared profit</source>
        <translation>权益差异 r1（申报利润）</translation>
    </message>
    <message>
        <source>Quote or invoice less own funds</source>
        <translation>报价或发票金额减自有资金</translation>
    </message>
    <message>
        <source>Contract or budget less own funds</source>
        <translation>合同或预算金额减自有资金</translation>
    </message>
    <message>
        <source>Season&apos;s input costs less own funds</source>
        <translation>当季生产投入减自有资金</translation>
    </message>
    <message>
        <source>Order&apos;s cost less own funds</source>
        <translation>订单成本减自有资金</translation>
    </message>
    <message>
        <source>By the need test of its purpose the loan is not needed (need {need}), yet {request} is requested.</source>
        <translation>按贷款用途测算无需贷款（需求 {need}），却申请了 {request}。</translation>
    </message>
    <message>
        <source>The request is {ratio} times the need of {need} ({basis}).</source>
        <translation>申请金额是需求 {need}（{basis}）的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>The payee {name} was registered only {days} days before the application.</source>
        <translation>受托支付对象 {name} 在申请前仅 {days} 天才注册。</translation>
    </message>
    <message>
        <source>Payee registration date</source>
        <translation>受托支付对象注册日期</translation>
    </message>
    <message>
        <source>Days before the application</source>
        <translation>距申请日天数</translation>
    </message>
    <message>
        <source>The payee&apos;s business scope has nothing in common with the loan purpose.</source>
        <translation>受托支付对象的经营范围与贷款用途毫无关联。</translation>
    </message>
    <message>
        <source>Payee business scope</source>
        <translation>受托支付对象经营范围</translation>
    </message>
    <message>
        <source>Loan purpose</source>
        <translation>贷款用途</translation>
    </message>
    <message>
        <source>The payee {name} is not a known supplier and was never paid before.</source>
        <translation>受托支付对象 {name} 不是已知供应商，此前也从未收到过付款。</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>受托支付对象</translation>
    </message>
    <message>
        <source>Suppliers named</source>
        <translation>申报的供应商</translation>
    </message>
    <message>
        <source>Payee phone shared with</source>
        <translation>受托支付对象电话与之相同的</translation>
    </message>
    <message>
        <source>Payee account shared with</source>
        <translation>受托支付对象账户与之相同的</translation>
    </message>
    <message>
        <source>Payee is</source>
        <translation>受托支付对象即</translation>
    </message>
    <message>
        <source>The payee {name} shares a phone or account with {who}.</source>
        <translation>受托支付对象 {name} 与 {who} 使用相同的电话或账户。</translation>
    </message>
    <message>
        <source>The payee also appears in {count} other applicants&apos; cases.</source>
        <translation>该受托支付对象还出现在其他 {count} 位申请人的案件中。</translation>
    </message>
    <message>
        <source>Fraud settings: {where} has the wrong form</source>
        <translation>反欺诈参数：{where} 格式错误</translation>
    </message>
    <message>
        <source>Utility account holder</source>
        <translation>水电户名</translation>
    </message>
    <message>
        <source>The utility account is held by {holder}, not by the applicant.</source>
        <translation>水电账户户名为 {holder}，而非申请人。</translation>
    </message>
    <message>
        <source>Photo time</source>
        <translation>照片拍摄时间</translation>
    </message>
    <message>
        <source>Asked on site, {count} people name {owners} as the owner.</source>
        <translation>现场询问时，有 {count} 人称老板是 {owners}。</translation>
    </message>
    <message>
        <source>on a visit day</source>
        <translation>在调查当日</translation>
    </message>
    <message>
        <source>{count} photos were taken outside the visit days ({days}).</source>
        <translation>有 {count} 张照片不是在调查日拍摄的（{days}）。</translation>
    </message>
    <message>
        <source>Distance of photo from the visit (km)</source>
        <translation>照片距调查地点距离（公里）</translation>
    </message>
    <message>
        <source>{count} photos were taken more than {km} km from the visit position.</source>
        <translation>有 {count} 张照片的拍摄地点距调查位置超过 {km} 公里。</translation>
    </message>
    <message>
        <source>r1</source>
        <translation>r1</translation>
    </message>
    <message>
        <source>Expected equity</source>
        <translation>应有权益</translation>
    </message>
    <message>
        <source>Actual equity</source>
        <translation>实际权益</translation>
    </message>
    <message>
        <source>Hidden debt</source>
        <translation>隐性负债迹象</translation>
    </message>
    <message>
        <source>Equity is {r1} short of what the profits should have built.</source>
        <translation>所有者权益比利润应积累的金额少 {r1}。</translation>
    </message>
    <message>
        <source>regular payments to an individual</source>
        <translation>定期向个人付款</translation>
    </message>
    <message>
        <source>debts in the credit report not in the balance sheet</source>
        <translation>征信报告中有资产负债表未列的负债</translation>
    </message>
    <message>
        <source>Regular monthly payments to {names}: possible private-loan interest.</source>
        <translation>定期每月向 {names} 付款：可能是民间借贷利息。</translation>
    </message>
    <message>
        <source>Monthly payments</source>
        <translation>每月付款</translation>
    </message>
    <message>
        <source>statement {name} {first}–{last}</source>
        <translation>银行流水 {name} {first}–{last}</translation>
    </message>
    <message>
        <source>≥ {months} months within {tolerance}</source>
        <translation>连续 ≥ {months} 个月，金额差 ≤ {tolerance}</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>对外担保</translation>
    </message>
    <message>
        <source>Undeclared share</source>
        <translation>未申报比例</translation>
    </message>
    <message>
        <source>The credit report shows debts the balance sheet does not declare.</source>
        <translation>征信报告显示有资产负债表未申报的负债。</translation>
    </message>
    <message>
        <source>I declare that I visited the applicant&apos;s business and home in person, that the figures in this report were gathered and checked by me as stated, and that to the best of my knowledge the facts reported are true, complete and not misleading.</source>
        <translation>本人声明：本人亲自到申请人经营场所及住所进行了实地调查，本报告所列数据均由本人按所述方式收集和核实；据本人所知，所报告的事实真实、完整，无误导性内容。</translation>
    </message>
    <message>
        <source>printed as a draft on request</source>
        <translation>应要求打印的草稿</translation>
    </message>
    <message>
        <source>Credit investigation report</source>
        <translation>信贷调查报告</translation>
    </message>
    <message>
        <source>DRAFT {who} {when}</source>
        <translation>草稿 {who} {when}</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Owner / legal representative</source>
        <translation>业主/法定代表人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Loan product</source>
        <translation>贷款产品</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Amount requested in capitals</source>
        <translation>申请金额（大写）</translation>
    </message>
    <message>
        <source>Term requested (months)</source>
        <translation>申请期限（月）</translation>
    </message>
    <message>
        <source>Amount proposed</source>
        <translation>建议金额</translation>
    </message>
    <message>
        <source>Amount proposed in capitals</source>
        <translation>建议金额（大写）</translation>
    </message>
    <message>
        <source>Term proposed (months)</source>
        <translation>建议期限（月）</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Second officer</source>
        <translation>第二调查人</translation>
    </message>
    <message>
        <source>Memo language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>DRAFT, not for approval: {why}</source>
        <translation>草稿，不得用于审批：{why}</translation>
    </message>
    <message>
        <source>Officer&apos;s declaration</source>
        <translation>调查人声明</translation>
    </message>
    <message>
        <source>No visit recorded.</source>
        <translation>未记录调查。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Persons met</source>
        <translation>见到的人员</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>突击调查</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos attached</source>
        <translation>所附照片</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>其他附件</translation>
    </message>
    <message>
        <source>Investigation log</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>登记名称</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Labels of case paths the fraud rules point at (``/contracts/1/quantity``; list indexes left out) that the workflow&apos;s fields do not name.</extracomment>
        <translation>业主</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Spouse&apos;s bank account</source>
        <translation>配偶银行账户</translation>
    </message>
    <message>
        <source>Spouse ID number</source>
        <translation>配偶身份证号</translation>
    </message>
    <message>
        <source>Spouse occupation</source>
        <translation>配偶职业</translation>
    </message>
    <message>
        <source>Spouse mobile</source>
        <translation>配偶手机</translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation>结算账户</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Character (two haves, one have-not)</source>
        <translation>人品（两有一无）</translation>
    </message>
    <message>
        <source>Willing to work</source>
        <translation>有劳动意愿</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>有劳动能力</translation>
    </message>
    <message>
        <source>No bad habits</source>
        <translation>无不良嗜好</translation>
    </message>
    <message>
        <source>Bad habits noted</source>
        <translation>发现的不良嗜好</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>询问对象</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Mapping fields in the order the import dialog shows them, with their labels.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>所述内容</translation>
    </message>
    <message>
        <source>Side inquiries</source>
        <translation>侧面打听</translation>
    </message>
    <message>
        <source>Borrower and household</source>
        <translation>借款人及家庭情况</translation>
    </message>
    <message>
        <source>{what}: none recorded.</source>
        <translation>{what}：无记录。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>结算条件</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年限</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>自有</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Years operating (claimed)</source>
        <translation>经营年限（自称）</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>经营场所</translation>
    </message>
    <message>
        <source>Owned or rented</source>
        <translation>自有或租赁</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>Staff with social insurance</source>
        <translation>参加社保员工数</translation>
    </message>
    <message>
        <source>Staff observed</source>
        <translation>现场所见员工数</translation>
    </message>
    <message>
        <source>Monthly payroll</source>
        <translation>月工资总额</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口企业</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>销售占比</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <extracomment>the estimates&apos; parameters (``domain.checks.parameters.Parameters`` fields)</extracomment>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>主要产品</translation>
    </message>
    <message>
        <source>Main suppliers</source>
        <translation>主要供应商</translation>
    </message>
    <message>
        <source>Main customers</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Capacity per month</source>
        <translation>月产能</translation>
    </message>
    <message>
        <source>Running when observed</source>
        <translation>观察时运转数</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quantity (kWh / m³)</source>
        <translation>用量（千瓦时/立方米）</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>水电表读数</translation>
    </message>
    <message>
        <source>Seen on site</source>
        <translation>现场所见</translation>
    </message>
    <message>
        <source>Customers per day</source>
        <translation>日客流量</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Days open per year</source>
        <translation>年营业天数</translation>
    </message>
    <message>
        <source>Machines running</source>
        <translation>运转机器数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation>报关单</translation>
    </message>
    <message>
        <source>FOB value in CNY</source>
        <translation>离岸价（人民币）</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>经营情况</translation>
    </message>
    <message>
        <source>Not yet assessed: run the cross-verification to fill this part.</source>
        <translation>尚未评估：请运行交叉检验以填写本部分。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利润</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>水电费</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输费</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Operating profit</source>
        <translation>经营利润</translation>
    </message>
    <message>
        <source>Mixed sources</source>
        <translation>多种来源</translation>
    </message>
    <message>
        <source>No income statement entered.</source>
        <translation>未录入损益表。</translation>
    </message>
    <message>
        <source>Item (per month)</source>
        <translation>项目（每月）</translation>
    </message>
    <message>
        <source>{season} ({months} mo.)</source>
        <translation>{season}（{months} 个月）</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Income statement by season (built by the officer)</source>
        <translation>分季节损益表（客户经理自编）</translation>
    </message>
    <message>
        <source>Existing instalments, business (monthly)</source>
        <translation>现有经营性贷款月供</translation>
    </message>
    <message>
        <source>Existing instalments, personal (monthly)</source>
        <translation>现有个人贷款月供</translation>
    </message>
    <message>
        <source>Household spending (monthly)</source>
        <translation>家庭月支出</translation>
    </message>
    <message>
        <source>Other household income (monthly)</source>
        <translation>家庭其他月收入</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>银行存款</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Prepayments</source>
        <translation>预付账款</translation>
    </message>
    <message>
        <source>Inventory (counted)</source>
        <translation>存货（盘点）</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>固定资产</translation>
    </message>
    <message>
        <source>Prepaid rent and deposits</source>
        <translation>预付租金及押金</translation>
    </message>
    <message>
        <source>Other business assets</source>
        <translation>其他经营资产</translation>
    </message>
    <message>
        <source>Household assets</source>
        <translation>家庭资产</translation>
    </message>
    <message>
        <source>Payables</source>
        <translation>应付账款</translation>
    </message>
    <message>
        <source>Advances received</source>
        <translation>预收账款</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Short-term loans</source>
        <translation>短期借款</translation>
    </message>
    <message>
        <source>Long-term loans</source>
        <translation>长期借款</translation>
    </message>
    <message>
        <source>Private loans</source>
        <translation>民间借贷</translation>
    </message>
    <message>
        <source>Other liabilities</source>
        <translation>其他负债</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>资产合计</translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>负债合计</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>所有者权益</translation>
    </message>
    <message>
        <source>Inventory claimed by the applicant</source>
        <translation>申请人申报的存货</translation>
    </message>
    <message>
        <source>Guarantees given for others (contingent)</source>
        <translation>对外担保（或有负债）</translation>
    </message>
    <message>
        <source>Off-balance items</source>
        <translation>表外项目</translation>
    </message>
    <message>
        <source>Balance sheet at {date} (built by the officer)</source>
        <translation>{date} 资产负债表（客户经理自编）</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <source>Missing: {inputs}</source>
        <translation>缺少：{inputs}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Checks whose ``deviation`` is a ratio (claimed ÷ evidence, request ÷ need, cover) rather than a deviation from a reference: shown as &quot;0.96×&quot;. Checks whose ``deviation`` is a share (instalment ÷ income, loan ÷ value).</extracomment>
        <translation>检验项目</translation>
    </message>
    <message>
        <source>Estimate from</source>
        <translation>估算依据</translation>
    </message>
    <message>
        <source>Balances only with verified profit</source>
        <translation>仅按核实利润才能勾稽</translation>
    </message>
    <message>
        <source>Not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <source>Arithmetic and source</source>
        <translation>计算过程及来源</translation>
    </message>
    <message>
        <source>Reference annual sales</source>
        <translation>参考年销售额</translation>
    </message>
    <message>
        <source>Verified annual sales</source>
        <translation>核实年销售额</translation>
    </message>
    <message>
        <source>Verified annual profit</source>
        <translation>核实年利润</translation>
    </message>
    <message>
        <source>Verified sales in capitals</source>
        <translation>核实销售额（大写）</translation>
    </message>
    <message>
        <source>Annual sales estimates against the reference (±{g} green, ±{a} amber)</source>
        <translation>各项年销售额估算与参考值对比（±{g} 绿灯，±{a} 黄灯）</translation>
    </message>
    <message>
        <source>The case&apos;s products</source>
        <translation>本户产品</translation>
    </message>
    <message>
        <source>The case&apos;s income statement</source>
        <translation>本户损益表</translation>
    </message>
    <message>
        <source>The case&apos;s own figures</source>
        <translation>本户自有数据</translation>
    </message>
    <message>
        <source>Set by the officer</source>
        <translation>客户经理设定</translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation>年销售额</translation>
    </message>
    <message>
        <source>Cross-verification of annual sales</source>
        <translation>年销售额交叉检验</translation>
    </message>
    <message>
        <source>Parameters of the sales estimates</source>
        <translation>销售额估算参数</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>其他检验</translation>
    </message>
    <message>
        <source>Deviation r1</source>
        <translation>偏差 r1</translation>
    </message>
    <message>
        <source>Expected equity with verified profit</source>
        <translation>按核实利润的应有权益</translation>
    </message>
    <message>
        <source>Equity reconciliation</source>
        <translation>权益勾稽</translation>
    </message>
    <message>
        <source>Officer-built statements and cross-verification</source>
        <translation>自编报表与交叉检验</translation>
    </message>
    <message>
        <source>Consent to credit query signed</source>
        <translation>已签署征信查询授权书</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>授权日期</translation>
    </message>
    <message>
        <source>Credit report queried on</source>
        <translation>征信查询日期</translation>
    </message>
    <message>
        <source>Overdues in 24 months</source>
        <translation>近24个月逾期次数</translation>
    </message>
    <message>
        <source>Inquiries in 6 months</source>
        <translation>近6个月查询次数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>月还款额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Debts in the credit report</source>
        <translation>征信报告中的负债</translation>
    </message>
    <message>
        <source>No debts in the credit report.</source>
        <translation>征信报告中无负债。</translation>
    </message>
    <message>
        <source>Credit standing</source>
        <translation>信用状况</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Expected growth</source>
        <translation>预计增长率</translation>
    </message>
    <message>
        <source>Designated payee</source>
        <translation>受托支付对象</translation>
    </message>
    <message>
        <source>Payee credit code</source>
        <translation>受托支付对象信用代码</translation>
    </message>
    <message>
        <source>Payee registered on</source>
        <translation>受托支付对象注册日期</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>受托支付对象账户</translation>
    </message>
    <message>
        <source>Working-capital need</source>
        <translation>流动资金需求</translation>
    </message>
    <message>
        <source>Need of the loan&apos;s purpose</source>
        <translation>贷款用途需求测算</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Annual sales used</source>
        <translation>采用的年销售额</translation>
    </message>
    <message>
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>Cash cycle (days)</source>
        <translation>现金周期（天）</translation>
    </message>
    <message>
        <source>Turns per year</source>
        <translation>年周转次数</translation>
    </message>
    <message>
        <source>Working capital needed</source>
        <translation>营运资金需求</translation>
    </message>
    <message>
        <source>Own working capital</source>
        <translation>自有营运资金</translation>
    </message>
    <message>
        <source>Existing working-capital loans</source>
        <translation>现有流动资金贷款</translation>
    </message>
    <message>
        <source>Other financing</source>
        <translation>其他融资</translation>
    </message>
    <message>
        <source>Loan need</source>
        <translation>贷款需求</translation>
    </message>
    <message>
        <source>Request ÷ loan need</source>
        <translation>申请金额 ÷ 贷款需求</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>交货期限</translation>
    </message>
    <message>
        <source>Contracts presented</source>
        <translation>出示的合同</translation>
    </message>
    <message>
        <source>Purpose and need</source>
        <translation>贷款用途与需求</translation>
    </message>
    <message>
        <source>Repayment capacity</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <source>… {n} more periods</source>
        <translation>……另有 {n} 期</translation>
    </message>
    <message>
        <source>{n} periods</source>
        <translation>{n} 期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Repayment schedule (first periods and totals)</source>
        <translation>还款计划（前几期及合计）</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>贷款金额</translation>
    </message>
    <message>
        <source>Nominal annual rate</source>
        <translation>名义年利率</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>利息合计</translation>
    </message>
    <message>
        <source>Annualised rate (IRR)</source>
        <translation>年化利率（IRR）</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>实际年利率</translation>
    </message>
    <message>
        <source>Monthly instalment</source>
        <translation>月供</translation>
    </message>
    <message>
        <source>Monthly disposable income</source>
        <translation>月可支配收入</translation>
    </message>
    <message>
        <source>Instalment ÷ disposable income</source>
        <translation>月供 ÷ 可支配收入</translation>
    </message>
    <message>
        <source>Normal (pass)</source>
        <translation>正常（通过）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>凭证：{name}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Appraised value</source>
        <translation>评估价值</translation>
    </message>
    <message>
        <source>Loan to value</source>
        <translation>抵押率</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Pledgeable value</source>
        <translation>可抵押价值</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>押品</translation>
    </message>
    <message>
        <source>Spouse consent obtained</source>
        <translation>已取得配偶同意</translation>
    </message>
    <message>
        <source>No collateral: credit loan.</source>
        <translation>无押品：信用贷款。</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <source>Monthly disposable</source>
        <translation>月可支配收入</translation>
    </message>
    <message>
        <source>Guaranteed amount</source>
        <translation>担保金额</translation>
    </message>
    <message>
        <source>Two haves, one have-not</source>
        <translation>两有一无</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>保证人</translation>
    </message>
    <message>
        <source>No guarantor.</source>
        <translation>无保证人。</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Total appraised value</source>
        <translation>评估价值合计</translation>
    </message>
    <message>
        <source>Overall loan to value</source>
        <translation>综合抵押率</translation>
    </message>
    <message>
        <source>Weighted cap</source>
        <translation>加权上限</translation>
    </message>
    <message>
        <source>Total pledgeable value</source>
        <translation>可抵押价值合计</translation>
    </message>
    <message>
        <source>Security and guarantors</source>
        <translation>担保与保证人</translation>
    </message>
    <message>
        <source>{label}: {value} ({source}; limit {threshold})</source>
        <translation>{label}：{value}（{source}；阈值：{threshold}）</translation>
    </message>
    <message>
        <source>{label}: {value} ({source})</source>
        <translation>{label}：{value}（{source}）</translation>
    </message>
    <message>
        <source>{label}: {value} (limit {threshold})</source>
        <translation>{label}：{value}（阈值：{threshold}）</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>No fraud indicator fired for this case.</source>
        <translation>本案未触发任何欺诈预警指标。</translation>
    </message>
    <message>
        <source>Fraud-indicator results</source>
        <translation>欺诈预警指标结果</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>强制放行：{reason}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Red flags pending</source>
        <translation>待处理红色预警</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>The rule pack&apos;s LPR is from {as_of}, more than {months} months before this print ({printed}): check the LPR now in force before relying on the price.</source>
        <translation>规则包中的LPR为 {as_of} 的报价，早于本次打印日期（{printed}）超过 {months} 个月：请核实现行LPR后再采用本定价。</translation>
    </message>
    <message>
        <source>Proposed annual rate</source>
        <translation>建议年利率</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>1-year LPR</source>
        <translation>1年期LPR</translation>
    </message>
    <message>
        <source>LPR as of</source>
        <translation>LPR 报价日</translation>
    </message>
    <message>
        <source>Spread (basis points)</source>
        <translation>加点（基点）</translation>
    </message>
    <message>
        <source>Cost-plus rate</source>
        <translation>成本加成利率</translation>
    </message>
    <message>
        <source>Funding cost × (1 − k)</source>
        <translation>资金成本 × (1 − k)</translation>
    </message>
    <message>
        <source>Operating cost</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Expected loss (PD × LGD)</source>
        <translation>预期损失（PD × LGD）</translation>
    </message>
    <message>
        <source>Capital charge (k × target return)</source>
        <translation>资本占用成本（k × 目标回报率）</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>风险分类</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Annual rate</source>
        <translation>年利率</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>附加条件</translation>
    </message>
    <message>
        <source>{n}. {condition}</source>
        <translation>{n}. {condition}</translation>
    </message>
    <message>
        <source>Officer&apos;s opinion</source>
        <translation>客户经理意见</translation>
    </message>
    <message>
        <source>Conclusion and conditions</source>
        <translation>结论及附加条件</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case version</source>
        <translation>案件版本</translation>
    </message>
    <message>
        <source>Case fingerprint (SHA-256)</source>
        <translation>案件指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Document record</source>
        <translation>文档记录</translation>
    </message>
    <message>
        <source>funding {funding} × (1 − k {k}) + operating {operating} + PD {pd} × LGD {lgd} + k {k} × target ROC {roc} = {rate} = LPR {lpr} + {spread} bp</source>
        <translation>资金成本 {funding} × (1 − k {k}) + 运营成本 {operating} + PD {pd} × LGD {lgd} + k {k} × 目标资本回报 {roc} = {rate} = LPR {lpr} + {spread} 基点</translation>
    </message>
    <message>
        <source>{file}: {key}: {why}</source>
        <extracomment>(max − min) ÷ median of declared sales per unit of a meter, by month declared monthly output ÷ output of the machines seen running fall of exports, recent half of the declarations against the earlier insured ÷ employees claimed below this: an amber note on the headcount the suggested decision (``[decision]``) instalment ÷ monthly disposable above this: decline amber signals up to this many: approve with conditions; more: escalate every parsed file by name (&quot;fraud.toml&quot; → dict), for sections this module does not type (the fraud rules read theirs through fraud_settings)</extracomment>
        <translation>{file}：{key}：{why}</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <extracomment>Deepest nesting of objects and arrays accepted. A case is 5 levels deep; unknown keys (allowed for forward compatibility) get the rest. Longest integer literal accepted (the case&apos;s integers fit in 32 bits). Largest JSON member, and most values in one: Python objects take up to ~20 times the bytes of ``[[],[],…]``; these bounds keep one parsed member under ~40 MB (docs/FORMATS.md, memory bound per import job).
----------
Digits a decimal may have before the point (money in fen fits 64 bits; Decimal&apos;s 28-digit context never overflows): the case schema&apos;s bound too.</extracomment>
        <translation>{path}：{why}</translation>
    </message>
    <message>
        <source>the text holds a NUL character</source>
        <translation>文本含有 NUL 字符</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate (not valid Unicode)</source>
        <translation>文本含有孤立代理项（不是有效的 Unicode）</translation>
    </message>
    <message>
        <source>nested deeper than {depth} levels</source>
        <translation>嵌套超过 {depth} 层</translation>
    </message>
    <message>
        <source>a whole number of more than {digits} digits</source>
        <translation>超过 {digits} 位的整数</translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation>超过 {limit} 字节</translation>
    </message>
    <message>
        <source>more than {limit} values</source>
        <translation>超过 {limit} 个值</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON ({why})</source>
        <translation>不是有效的 JSON（{why}）</translation>
    </message>
    <message>
        <source>No bank-statement lines up to the application date.</source>
        <translation>截至申请日没有银行流水记录。</translation>
    </message>
    <message>
        <source>Short history: the statements cover {months} months, fewer than {minimum}; the annual figure is an extrapolation.</source>
        <translation>流水期限较短：仅覆盖 {months} 个月，少于 {minimum} 个月；年度数据为推算值。</translation>
    </message>
    <message>
        <source>Amount (signed, or with a debit/credit flag)</source>
        <translation>金额（带正负号，或另有借贷标志）</translation>
    </message>
    <message>
        <source>Debit/credit flag</source>
        <translation>借贷标志</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>贷方（收入）</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>借方（支出）</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>No inflows in the statements.</source>
        <extracomment>Words that make a counterparty a business rather than a person (the classifier&apos;s list; ``resources/statement_layouts.toml`` ships the same). Payees that are not a private lender either: businesses and authorities (tax office, power and water works). Private-loan payments skip them. the parts of ``value`` for evidence: ``matched``/``total`` (shares), ``recent_months``/``recent_average``/``earlier_months``/``earlier_average`` (spike), ``runs`` = {name: [(month, total paid), …]} (private loans)</extracomment>
        <translation>流水中没有流入资金。</translation>
    </message>
    <message>
        <source>{share} of inflow value ({count} inflows) arrives in multiples of ¥{unit}.</source>
        <translation>按金额计，{share} 的流入（{count} 笔）为 ¥{unit} 的整数倍。</translation>
    </message>
    <message>
        <source>{share} of inflow value ({count} inflows) goes out again the same day.</source>
        <translation>按金额计，{share} 的流入（{count} 笔）当天即转出。</translation>
    </message>
    <message>
        <source>The application date is missing.</source>
        <translation>缺少申请日期。</translation>
    </message>
    <message>
        <source>Fewer than two months of statements before the last {months} months.</source>
        <translation>最近 {months} 个月之前的流水不足两个月。</translation>
    </message>
    <message>
        <source>No inflows in the months before the last {months} months.</source>
        <translation>最近 {months} 个月之前没有流入资金。</translation>
    </message>
    <message>
        <source>Inflows of {recent} average ¥{recent_avg} a month, {ratio} times the ¥{earlier_avg} a month of {earlier}.</source>
        <translation>{recent}的流入月均 ¥{recent_avg}，是{earlier}月均 ¥{earlier_avg} 的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Payments of similar size to the same individual in {months} consecutive months ({names}): possible private-loan interest.</source>
        <translation>连续 {months} 个月向同一个人支付金额相近的款项（{names}）：可能是民间借贷利息。</translation>
    </message>
    <message>
        <source>No regular payments of similar size to one individual.</source>
        <translation>没有定期向同一个人支付金额相近的款项。</translation>
    </message>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters, not {length}.</source>
        <translation>身份证号应为 18 位，而不是 {length} 位。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number must be digits.</source>
        <translation>身份证号前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>The last character of an ID number must be a digit or X.</source>
        <translation>身份证号最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is not a real date.</source>
        <translation>身份证号中的出生日期 {date} 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is in the future.</source>
        <translation>身份证号中的出生日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is too early.</source>
        <translation>身份证号中的出生日期 {date} 过早。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit should be {expected}, not {actual}.</source>
        <translation>身份证号校验码应为 {expected}，而不是 {actual}。</translation>
    </message>
    <message>
        <source>Please enter the unified social credit code.</source>
        <extracomment>a character of the code → its value (its place in USCC_CHARS)</extracomment>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>Please enter the card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>Please enter the mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>Please enter the patent number.</source>
        <translation>请输入专利号。</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>Please enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Please enter the percentage.</source>
        <translation>请输入百分比。</translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters, not {length}.</source>
        <translation>统一社会信用代码应为 18 位，而不是 {length} 位。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number, no longer valid; ask for the 18-digit one.</source>
        <translation>这是已停用的旧版 15 位身份证号，请索取 18 位身份证号。</translation>
    </message>
    <message>
        <source>The unified social credit code contains {chars}, which it never uses (the letters I, O, S, V and Z do not occur).</source>
        <translation>统一社会信用代码含有不会使用的字符 {chars}（不使用字母 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code must be digits.</source>
        <translation>统一社会信用代码第 3 至 8 位必须是数字。</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character should be {expected}, not {actual}.</source>
        <translation>统一社会信用代码校验码应为 {expected}，而不是 {actual}。</translation>
    </message>
    <message>
        <source>The organisation-code part {code} of the credit code does not pass its own check (expected {expected}); check the licence.</source>
        <translation>信用代码中的组织机构代码部分 {code} 未通过校验（应为 {expected}），请核对营业执照。</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>卡号只能包含数字。</translation>
    </message>
    <message>
        <source>A card number has 15 to 19 digits, not {length}.</source>
        <translation>卡号应为 15 至 19 位，而不是 {length} 位。</translation>
    </message>
    <message>
        <source>The card number fails the usual check; compare it with the card.</source>
        <translation>卡号未通过常规校验，请与实体卡核对。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19; {text} does not look like one.</source>
        <translation>手机号码为 11 位，以 13 至 19 开头；{text} 不像手机号码。</translation>
    </message>
    <message>
        <source>A patent number has 12 digits (8 before 2003), a dot and a check character, like ZL201920123456.5; {text} does not.</source>
        <translation>专利号为 12 位数字（2003 年前为 8 位）、一个点和一位校验码，如 ZL201920123456.5；{text} 不符合。</translation>
    </message>
    <message>
        <source>The patent number&apos;s check character should be {expected}, not {actual}.</source>
        <translation>专利号校验码应为 {expected}，而不是 {actual}。</translation>
    </message>
    <message>
        <source>A 12-digit patent number starts with a year from 2003 on, not {year}.</source>
        <translation>12 位专利号应以 2003 年及以后的年份开头，而不是 {year}。</translation>
    </message>
    <message>
        <source>The patent number&apos;s year {year} is in the future.</source>
        <translation>专利号中的年份 {year} 晚于今年。</translation>
    </message>
    <message>
        <source>The type digit {digit} of the patent number is not 1 or 8 (invention), 2 or 9 (utility model) or 3 (design).</source>
        <translation>专利号的类型位 {digit} 不是 1 或 8（发明）、2 或 9（实用新型）或 3（外观设计）。</translation>
    </message>
    <message>
        <source>The patent number says {actual} but the applicant claims {claimed}.</source>
        <translation>专利号显示为{actual}，但申请人声称是{claimed}。</translation>
    </message>
    <message>
        <source>{text} cannot be read as a date; write it like 2026-11-27.</source>
        <translation>无法将 {text} 识别为日期，请按 2026-11-27 的格式填写。</translation>
    </message>
    <message>
        <source>{date} is not a real date.</source>
        <translation>{date} 不是有效日期。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>{text} is not a number.</source>
        <translation>{text} 不是数字。</translation>
    </message>
    <message>
        <source>This amount cannot be negative.</source>
        <translation>该金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount of money has at most two decimals (fen): {text}.</source>
        <translation>金额最多保留两位小数（到分）：{text}。</translation>
    </message>
    <message>
        <source>{text} is not a percentage.</source>
        <translation>{text} 不是百分比。</translation>
    </message>
    <message>
        <source>{text} was read as {text}%; write 0.125 or 12.5%.</source>
        <translation>{text} 被理解为 {text}%；请填写 0.125 或 12.5%。</translation>
    </message>
    <message>
        <source>This percentage cannot be negative.</source>
        <translation>该百分比不能为负数。</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>实地调查</translation>
    </message>
    <message>
        <source>Owner ID number</source>
        <translation>业主身份证号</translation>
    </message>
    <message>
        <source>Owner mobile</source>
        <translation>业主手机</translation>
    </message>
    <message>
        <source>Visit start</source>
        <translation>调查开始时间</translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation>调查结束时间</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Both officers</source>
        <translation>两名调查人员</translation>
    </message>
    <message>
        <source>Unannounced second visit</source>
        <translation>第二次突击调查</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>调查备注</translation>
    </message>
    <message>
        <source>Site photos</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>人品</translation>
    </message>
    <message>
        <source>Bad habits seen or heard</source>
        <translation>看到或听到的不良嗜好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>已签署授权书</translation>
    </message>
    <message>
        <source>Debts on the credit report</source>
        <translation>征信报告中的负债</translation>
    </message>
    <message>
        <source>Credit report notes</source>
        <translation>征信报告备注</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>经营</translation>
    </message>
    <message>
        <source>Documented cost (quote, budget, inputs, order)</source>
        <translation>用途凭据金额（报价、预算、投入、订单）</translation>
    </message>
    <message>
        <source>Business carried on (predecessor)</source>
        <translation>承继的原经营主体</translation>
    </message>
    <message>
        <source>Predecessor registered on</source>
        <translation>原经营主体登记日期</translation>
    </message>
    <message>
        <source>What the business does</source>
        <translation>经营内容</translation>
    </message>
    <message>
        <source>Top suppliers</source>
        <translation>主要供应商</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Season of every month</source>
        <translation>各月份淡旺季</translation>
    </message>
    <message>
        <source>Seals on the documents</source>
        <translation>材料上的印章</translation>
    </message>
    <message>
        <source>Share of sales paid in cash</source>
        <translation>现金收款占销售额比例</translation>
    </message>
    <message>
        <source>Days of stock (stock records)</source>
        <translation>存货周转天数（按库存账）</translation>
    </message>
    <message>
        <source>Family members among the staff</source>
        <translation>其中家庭成员人数</translation>
    </message>
    <message>
        <source>Seasonal workers among the staff</source>
        <translation>其中季节工人数</translation>
    </message>
    <message>
        <source>Named staff</source>
        <translation>主要员工</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Landlord&apos;s credit code</source>
        <translation>出租方统一社会信用代码</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>担保</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>水电表</translation>
    </message>
    <message>
        <source>Electricity readings (6 months or more)</source>
        <translation>电表读数（6个月或以上）</translation>
    </message>
    <message>
        <source>Water readings (6 months or more)</source>
        <translation>水表读数（6个月或以上）</translation>
    </message>
    <message>
        <source>Officer-built statements</source>
        <translation>自编报表</translation>
    </message>
    <message>
        <source>Seasons of the income statement</source>
        <translation>损益表季节划分</translation>
    </message>
    <message>
        <source>Monthly household spending</source>
        <translation>家庭月支出</translation>
    </message>
    <message>
        <source>Other household income</source>
        <translation>家庭其他收入</translation>
    </message>
    <message>
        <source>Balance sheet date</source>
        <translation>资产负债表日期</translation>
    </message>
    <message>
        <source>Inventory claimed</source>
        <translation>申报存货</translation>
    </message>
    <message>
        <source>Inventory counted</source>
        <translation>盘点存货</translation>
    </message>
    <message>
        <source>Cross-verification</source>
        <translation>交叉检验</translation>
    </message>
    <message>
        <source>Parameters set by the officer</source>
        <translation>客户经理设定的参数</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Months principal falls due (seasonal)</source>
        <translation>还本月份（季节性还款）</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>To finish this stage, fill in: {fields}</source>
        <translation>完成本阶段需填写：{fields}</translation>
    </message>
    <message>
        <source>workflow.toml: {key} must be {expected}</source>
        <translation>workflow.toml：{key} 必须是 {expected}</translation>
    </message>
    <message>
        <source>Entry {seq} is missing or out of order (found {found}).</source>
        <extracomment>The entry that records an erasure: ``new`` holds the last erased seq.</extracomment>
        <translation>第 {seq} 条记录缺失或顺序错误（实际为 {found}）。</translation>
    </message>
    <message>
        <source>Entry {seq} does not follow the entry before it.</source>
        <translation>第 {seq} 条记录与上一条记录衔接不上。</translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>第 {seq} 条记录在写入后被修改过。</translation>
    </message>
    <message>
        <source>The values of entry {seq} were erased, but no erasure is recorded.</source>
        <translation>第 {seq} 条记录的内容已被抹除，但日志中没有相应的抹除记录。</translation>
    </message>
    <message>
        <source>The log ends early: entries after {seq} are missing.</source>
        <translation>日志提前结束：第 {seq} 条之后的记录缺失。</translation>
    </message>
    <message>
        <source>The case data differs from what entry {seq} recorded: it was changed outside the program, or entries after {seq} were removed.</source>
        <translation>案件数据与第 {seq} 条记录所记载的不一致：数据在程序之外被改动，或第 {seq} 条之后的记录被删除。</translation>
    </message>
    <message>
        <source>Case number {number} names {count} cases ({uuids}): give the UUID.</source>
        <translation>案件编号 {number} 对应 {count} 笔案件（{uuids}），请改用 UUID 指定。</translation>
    </message>
    <message>
        <source>Case {number} was changed elsewhere (version {stored}); reload it before saving.</source>
        <translation>案件 {number} 已在别处被修改（版本 {stored}），请重新载入后再保存。</translation>
    </message>
    <message>
        <source>{path} is not an encrypted workspace database ({reason}).</source>
        <extracomment>The DB-API module of the binding this system installed (see the module&apos;s doc). The SQLCipher major version whose default settings every workspace uses.</extracomment>
        <translation>{path} 不是加密的工作区数据库（{reason}）。</translation>
    </message>
    <message>
        <source>The disk is full; {path} was not changed.</source>
        <translation>磁盘已满；{path} 未作改动。</translation>
    </message>
    <message>
        <source>{path} cannot be written (no permission or read-only disk).</source>
        <translation>{path} 无法写入（没有权限或磁盘只读）。</translation>
    </message>
    <message>
        <source>The workspace is busy in another window.</source>
        <translation>工作区正在另一个窗口中使用。</translation>
    </message>
    <message>
        <source>{path} is not a workspace key file ({why}).</source>
        <translation>{path} 不是工作区密钥文件（{why}）。</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>This workspace holds no recovery key for head office key {fingerprint}.</source>
        <translation>该工作区没有对应总行密钥 {fingerprint} 的恢复密钥。</translation>
    </message>
    <message>
        <source>{path} is open in another program. Close it there and try again; nothing was changed.</source>
        <translation>{path} 正被其他程序打开。请先在那个程序中关闭它，再重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>Writing {path} failed: {reason}</source>
        <translation>写入 {path} 失败：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a usable key file: {why}</source>
        <translation>{path} 不是可用的密钥文件：{why}</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file {path}.</source>
        <translation>密钥文件 {path} 的口令错误。</translation>
    </message>
    <message>
        <source>{where}: too many members ({count}).</source>
        <extracomment>all inner members together, as decompressed the encrypted payload (``payload.bin``) members smaller than this are not judged by their ratio (a small JSON may compress well); the running total still bounds them What one import job may hold in memory, stated in docs/FORMATS.md: the ciphertext and the decrypted inner zip (or the inner zip and its members) at once, each at most 64 MB, plus the program itself (~100 MB): measured 243 MB at the peak for a 63 MB package (docs/FORMATS.md).</extracomment>
        <translation>{where}：成员过多（{count} 个）。</translation>
    </message>
    <message>
        <source>{where}: member name {name!r} points outside the package.</source>
        <translation>{where}：成员名 {name!r} 指向包外。</translation>
    </message>
    <message>
        <source>{where}: member {name!r} is a link.</source>
        <translation>{where}：成员 {name!r} 是链接。</translation>
    </message>
    <message>
        <source>{where}: member {name!r} is too large.</source>
        <translation>{where}：成员 {name!r} 过大。</translation>
    </message>
    <message>
        <source>{where}: member {name!r} expands suspiciously (zip bomb?).</source>
        <translation>{where}：成员 {name!r} 解压后异常膨胀（疑似压缩炸弹）。</translation>
    </message>
    <message>
        <source>{where}: the contents are too large.</source>
        <translation>{where}：内容过大。</translation>
    </message>
    <message>
        <source>Member {name!r} is too large ({size} bytes; at most {limit}).</source>
        <translation>成员 {name!r} 过大（{size} 字节；最多 {limit}）。</translation>
    </message>
    <message>
        <source>Member {name!r} is larger than it says.</source>
        <translation>成员 {name!r} 的实际大小超过其声明。</translation>
    </message>
    <message>
        <source>Member {name!r} expands suspiciously (zip bomb?).</source>
        <translation>成员 {name!r} 解压后异常膨胀（疑似压缩炸弹）。</translation>
    </message>
    <message>
        <source>Not a package, or the file is damaged: {why}.</source>
        <translation>不是数据包，或文件已损坏：{why}。</translation>
    </message>
    <message>
        <source>The package has no {name}.</source>
        <translation>数据包中没有 {name}。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation>{name} 无法读取：{why}</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <extracomment>Longest audit texts: the ``audit_entry`` columns (actor varchar(200), action 40).</extracomment>
        <translation>{where} 不是对象。</translation>
    </message>
    <message>
        <source>{where} must be text.</source>
        <translation>{where} 必须是文本。</translation>
    </message>
    <message>
        <source>{where} is longer than {limit} characters.</source>
        <translation>{where} 超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{where} is not a time.</source>
        <translation>{where} 不是时间。</translation>
    </message>
    <message>
        <source>audit.json is incomplete or damaged.</source>
        <translation>audit.json 不完整或已损坏。</translation>
    </message>
    <message>
        <source>audit.json holds entries of another case.</source>
        <translation>audit.json 含有其他案件的记录。</translation>
    </message>
    <message>
        <source>The change log in the package is broken at entry {seq}.</source>
        <translation>数据包中的修改日志在第 {seq} 条处断裂。</translation>
    </message>
    <message>
        <source>{where} is not a list.</source>
        <translation>{where} 不是列表。</translation>
    </message>
    <message>
        <source>This package holds a {kind}, not a case.</source>
        <translation>该数据包包含的是{kind}，而不是案件。</translation>
    </message>
    <message>
        <source>Case package version {version} is newer than this program reads ({supported}): install a newer version.</source>
        <translation>案件数据包版本 {version} 高于本程序可读取的版本（{supported}）：请安装新版本。</translation>
    </message>
    <message>
        <source>case.json does not hold a case.</source>
        <translation>case.json 中没有案件。</translation>
    </message>
    <message>
        <source>The case uses schema version {version}; this program reads up to {supported}. Install a version that reads case schema {version}.</source>
        <translation>该案件使用数据结构版本 {version}；本程序最高只能读取 {supported}。请安装可读取案件数据结构 {version} 的版本。</translation>
    </message>
    <message>
        <source>case.json does not fit the case schema: {problems}</source>
        <translation>case.json 不符合案件数据结构：{problems}</translation>
    </message>
    <message>
        <source>case.json cannot be read: {why}</source>
        <translation>无法读取 case.json：{why}</translation>
    </message>
    <message>
        <source>case.json is not the case the envelope names.</source>
        <translation>case.json 与信封所列案件不符。</translation>
    </message>
    <message>
        <source>case.json has no case number or version.</source>
        <translation>case.json 缺少案件编号或版本。</translation>
    </message>
    <message>
        <source>Attachment {name} is missing.</source>
        <translation>附件 {name} 缺失。</translation>
    </message>
    <message>
        <source>Attachment {name} does not match its hash.</source>
        <translation>附件 {name} 与其哈希值不符。</translation>
    </message>
    <message>
        <source>The package holds unexpected members: {names}.</source>
        <translation>数据包含有不应有的成员：{names}。</translation>
    </message>
    <message>
        <source>The change log does not end where the envelope says.</source>
        <translation>修改日志的结尾与信封所述不符。</translation>
    </message>
    <message>
        <source>case.json is not the case its change log ends with: not imported.</source>
        <translation>case.json 与其变更日志末尾记载的案件不符：未导入。</translation>
    </message>
    <message>
        <source>Case {number} is here already at version {stored}; the package holds the older version {version}: not imported.</source>
        <translation>本机已有案件 {number} 的版本 {stored}；数据包中为较旧的版本 {version}：未导入。</translation>
    </message>
    <message>
        <source>Another case already has the number {number}: not imported.</source>
        <translation>已有其他案件使用编号 {number}：未导入。</translation>
    </message>
    <message>
        <source>Attachment {id} belongs to another case here: not imported.</source>
        <translation>附件 {id} 在本机属于其他案件：未导入。</translation>
    </message>
    <message>
        <source>The change log of case {number} in the package does not continue the one held here: not imported.</source>
        <translation>数据包中案件 {number} 的修改日志与本机记录衔接不上：未导入。</translation>
    </message>
    <message>
        <source>Case {number} conflicts with data held here: not imported.</source>
        <translation>案件 {number} 与本机数据冲突：未导入。</translation>
    </message>
    <message>
        <source>Case {number} holds a value the database cannot store ({why}): not imported.</source>
        <translation>案件 {number} 含有数据库无法存储的值（{why}）：未导入。</translation>
    </message>
    <message>
        <source>The package is damaged: {why}.</source>
        <translation>数据包已损坏：{why}。</translation>
    </message>
    <message>
        <source>This is not a workstation package.</source>
        <extracomment>Envelope fields every package has, each with its exact JSON type.</extracomment>
        <translation>这不是工作台的数据包。</translation>
    </message>
    <message>
        <source>The envelope is not valid JSON: {why}</source>
        <translation>信封不是有效的 JSON：{why}</translation>
    </message>
    <message>
        <source>The envelope is not a JSON object.</source>
        <translation>信封不是 JSON 对象。</translation>
    </message>
    <message>
        <source>{where} must be a whole number of at least 1, not {value}.</source>
        <translation>{where} 必须是不小于 1 的整数，而不是 {value}。</translation>
    </message>
    <message>
        <source>{where} is {version}, newer than this program reads ({supported}): install a newer version.</source>
        <translation>{where} 为 {version}，比本程序能读取的版本（{supported}）更新：请安装更新的版本。</translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation>{where} 必须是对象。</translation>
    </message>
    <message>
        <source>The payload is not the size the envelope says.</source>
        <translation>载荷大小与信封所述不符。</translation>
    </message>
    <message>
        <source>The envelope names no valid sender key.</source>
        <translation>信封中没有有效的发送方密钥。</translation>
    </message>
    <message>
        <source>The sender fingerprint does not match the sender key.</source>
        <translation>发送方指纹与发送方密钥不符。</translation>
    </message>
    <message>
        <source>The signature is not valid: the envelope was altered.</source>
        <translation>签名无效：信封已被篡改。</translation>
    </message>
    <message>
        <source>The payload does not match its hash: it was altered or damaged.</source>
        <translation>载荷与其哈希值不符：已被篡改或损坏。</translation>
    </message>
    <message>
        <source>This package is encrypted for key {wanted}, not for this key ({own}).</source>
        <translation>该数据包是为密钥 {wanted} 加密的，而不是本密钥（{own}）。</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this key.</source>
        <translation>无法用此密钥解密该数据包。</translation>
    </message>
    <message>
        <source>Member {name!r} appears twice.</source>
        <translation>成员 {name!r} 出现了两次。</translation>
    </message>
    <message>
        <source>The payload is damaged: {why}.</source>
        <translation>载荷已损坏：{why}。</translation>
    </message>
    <message>
        <source>The payload has no readable manifest.</source>
        <translation>载荷中没有可读取的清单。</translation>
    </message>
    <message>
        <source>The manifest does not list exactly the members present.</source>
        <translation>清单所列成员与实际成员不一致。</translation>
    </message>
    <message>
        <source>Member {name!r} does not match its hash.</source>
        <translation>成员 {name!r} 与其哈希值不符。</translation>
    </message>
    <message>
        <source>Rule pack folder not found: {path}</source>
        <translation>找不到规则包文件夹：{path}</translation>
    </message>
    <message>
        <source>{folder} holds no pack.toml.</source>
        <translation>{folder} 中没有 pack.toml。</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {why}</source>
        <translation>{file}：不是有效的 TOML：{why}</translation>
    </message>
    <message>
        <source>Give the pack a version.</source>
        <translation>请为规则包指定版本号。</translation>
    </message>
    <message>
        <source>Rule pack {id} {version} was published before: give a new version.</source>
        <translation>规则包 {id} {version} 已发布过：请使用新的版本号。</translation>
    </message>
    <message>
        <source>No workstation is enrolled: nobody to publish the pack for.</source>
        <translation>尚未登记任何工作台：没有可发布规则包的对象。</translation>
    </message>
    <message>
        <source>The statement layout presets are damaged: {reason}.</source>
        <translation>流水格式预设已损坏：{reason}。</translation>
    </message>
    <message>
        <source>statement_layouts.toml: classification.{key} must be a list of words.</source>
        <translation>statement_layouts.toml：classification.{key} 必须是词语列表。</translation>
    </message>
    <message>
        <source>{file}: the file mixes two text encodings (row {utf8_row} is UTF-8, row {gb_row} is not); export the statement again from the bank.</source>
        <translation>{file}：文件混用了两种文字编码（第 {utf8_row} 行为 UTF-8，第 {gb_row} 行不是）；请从银行重新导出流水。</translation>
    </message>
    <message>
        <source>{file}, row {row}: bytes that are not valid {encoding} text (byte {offset}).</source>
        <translation>{file}，第 {row} 行：含有不是有效 {encoding} 文字的字节（第 {offset} 字节）。</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}：文件为空。</translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be opened ({reason}).</source>
        <translation>{file}：无法打开工作簿（{reason}）。</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>流水</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation>{file}：无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <source>{file}: old .xls workbooks are not supported; save it as .xlsx or .csv.</source>
        <translation>{file}：不支持旧版 .xls 工作簿，请另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>{file}: this is a web page saved with a spreadsheet name; open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation>{file}：这是以表格文件名保存的网页；请用 Excel 或 WPS 打开并另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>{file}: no header row with column names such as 交易日期 or 交易金额 in the first {rows} rows.</source>
        <translation>{file}：前 {rows} 行中没有包含“交易日期”“交易金额”等列名的表头行。</translation>
    </message>
    <message>
        <source>{file}: there is no column named “{column}” (chosen for {field}).</source>
        <translation>{file}：没有名为“{column}”的列（为{field}所选）。</translation>
    </message>
    <message>
        <source>{file}: no column is chosen for the transaction date.</source>
        <translation>{file}：未选择交易日期所在的列。</translation>
    </message>
    <message>
        <source>{file}: no column is chosen for the amount (or for debit and credit).</source>
        <translation>{file}：未选择金额所在的列（或借方、贷方列）。</translation>
    </message>
    <message>
        <source>{file}: the table under the header holds no transactions.</source>
        <translation>{file}：表头下方没有交易记录。</translation>
    </message>
    <message>
        <source>{file}, row {row}: not a transaction (no date), skipped.</source>
        <translation>{file}，第 {row} 行：不是交易记录（没有日期），已跳过。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a date.</source>
        <translation>{file}，第 {row} 行，“{column}”列：“{value}”不是日期。</translation>
    </message>
    <message>
        <source>{file}, row {row}: no amount, skipped.</source>
        <translation>{file}，第 {row} 行：没有金额，已跳过。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column “{column}”: “{value}” is not an amount.</source>
        <translation>{file}，第 {row} 行，“{column}”列：“{value}”不是金额。</translation>
    </message>
    <message>
        <source>{file}, row {row}, column “{column}”: “{value}” is neither debit (借) nor credit (贷).</source>
        <translation>{file}，第 {row} 行，“{column}”列：“{value}”既不是借也不是贷。</translation>
    </message>
    <message>
        <source>{file}, row {row}: the balance does not follow from the previous balance and the amount.</source>
        <translation>{file}，第 {row} 行：余额与上一行余额及本行金额对不上。</translation>
    </message>
    <message>
        <source>The password may not be empty.</source>
        <extracomment>``progress(bytes_written, bytes_expected)``; may be called many times, last with ``bytes_written == bytes_expected``.</extracomment>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>{path} already holds a workspace.</source>
        <translation>{path} 中已有工作区。</translation>
    </message>
    <message>
        <source>{path} holds no workspace schema.</source>
        <translation>{path} 中没有工作区数据结构。</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <extracomment>What the full workspace needs, imported by :meth:`QuickWorkspace.preload`.</extracomment>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of the application (schema {revision}). Install the newer version to open it.</source>
        <translation>该工作区由更新版本的程序写入（数据结构版本 {revision}），请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>This workspace needs an upgrade before it can be opened read-only; open it normally once.</source>
        <translation>该工作区需要先升级才能以只读方式打开；请先正常打开一次。</translation>
    </message>
    <message>
        <source>The key file in {path} belongs to another workspace.</source>
        <translation>{path} 中的密钥文件属于另一个工作区。</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Wholesale market stall</source>
        <translation>市场批发</translation>
    </message>
    <message>
        <source>Garment workshop</source>
        <translation>服装加工</translation>
    </message>
    <message>
        <source>Plastic products</source>
        <translation>塑料制品</translation>
    </message>
    <message>
        <source>Food processing</source>
        <translation>食品加工</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>建材</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流运输</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>种养殖</translation>
    </message>
    <message>
        <source>Export manufacturing</source>
        <translation>外贸加工</translation>
    </message>
    <message>
        <source>Repair services</source>
        <translation>维修服务</translation>
    </message>
    <message>
        <source>Dyeing and finishing</source>
        <translation>印染</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>已核原件</translation>
    </message>
    <message>
        <source>Suppliers and customers</source>
        <translation>供应商与客户</translation>
    </message>
    <message>
        <source>Equipment and capacity</source>
        <translation>设备与产能</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Running when seen</source>
        <translation>查看时运转</translation>
    </message>
    <message>
        <source>Season of each month</source>
        <translation>各月份淡旺季</translation>
    </message>
    <message>
        <source>Month {m}</source>
        <translation>{m} 月</translation>
    </message>
    <message>
        <source>The business&apos;s own figures (before industry norms)</source>
        <translation>本户自有数据（优先于行业标准）</translation>
    </message>
    <message>
        <source>The premises are the business&apos;s own</source>
        <translation>经营场所为自有</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Whose seal</source>
        <translation>印章所属方</translation>
    </message>
    <message>
        <source>Registered name of that party</source>
        <translation>该方登记名称</translation>
    </message>
    <message>
        <source>Registered code of that party</source>
        <translation>该方统一社会信用代码</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Two haves, one have-not (两有一无)</source>
        <translation>两有一无</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>询问对象</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>所述内容</translation>
    </message>
    <message>
        <source>Whom they name as the owner</source>
        <translation>所称老板</translation>
    </message>
    <message>
        <source>Credit report (征信)</source>
        <translation>征信报告</translation>
    </message>
    <message>
        <source>Query date</source>
        <translation>查询日期</translation>
    </message>
    <message>
        <source>Designated payment (受托支付)</source>
        <translation>受托支付</translation>
    </message>
    <message>
        <source>Extra guarantee</source>
        <translation>追加担保</translation>
    </message>
    <message>
        <source>Smaller amount</source>
        <translation>降低金额</translation>
    </message>
    <message>
        <source>Shorter term</source>
        <translation>缩短期限</translation>
    </message>
    <message>
        <source>Normal (risk class)</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>调查建议</translation>
    </message>
    <message>
        <source>No suggestion: the rule pack has no decision thresholds.</source>
        <extracomment>The tick-box conditions (their labels are those of the memo and the history).</extracomment>
        <translation>无建议：规则包未设决策阈值。</translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation>条件：{conditions}</translation>
    </message>
    <message>
        <source>No suggestion yet: the checks have not been computed.</source>
        <translation>尚无建议：交叉检验尚未计算。</translation>
    </message>
    <message>
        <source>e.g. 1, 7</source>
        <translation>例如：1、7</translation>
    </message>
    <message>
        <source>Recommending approval over the following needs a written justification:</source>
        <translation>存在以下情形仍建议同意的，须书面说明理由：</translation>
    </message>
    <message>
        <source>More than the amount requested (¥{requested}).</source>
        <translation>高于申请金额（¥{requested}），请核对。</translation>
    </message>
    <message>
        <source>Head office&apos;s questions</source>
        <translation>总行问题</translation>
    </message>
    <message>
        <source>Question {n} from {who}, {when}:</source>
        <translation>问题 {n}（{who}，{when}）：</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Your answer to head office</source>
        <translation>您对总行问题的回答</translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation>暂无读数</translation>
    </message>
    <message>
        <source>{meter} (highest month {top})</source>
        <translation>{meter}（最高月份 {top}）</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（如 2026-03）</translation>
    </message>
    <message>
        <source>kWh / m³</source>
        <translation>千瓦时/立方米</translation>
    </message>
    <message>
        <source>Declaration no.</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <source>FOB value</source>
        <translation>离岸价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>FX rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买方</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>权证号</translation>
    </message>
    <message>
        <source>Spouse consent needed</source>
        <translation>需要配偶同意</translation>
    </message>
    <message>
        <source>Applicant and request</source>
        <translation>申请人与申请事项</translation>
    </message>
    <message>
        <source>Exports goods</source>
        <translation>出口货物</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Two names, separated by commas</source>
        <translation>两个姓名，用“、”分隔</translation>
    </message>
    <message>
        <source>This was an unannounced visit</source>
        <translation>本次为突击调查</translation>
    </message>
    <message>
        <source>The visit ends before it starts ({start}).</source>
        <translation>结束时间早于开始时间（{start}），请核对。</translation>
    </message>
    <message>
        <source>{date} is after today: this cannot have happened yet.</source>
        <translation>{date} 晚于今天：这件事不可能已经发生。</translation>
    </message>
    <message>
        <source>S1 declared sales (income statement)</source>
        <translation>S1 申报销售额（损益表）</translation>
    </message>
    <message>
        <source>S2 sales from purchases</source>
        <translation>S2 按采购额推算的销售额</translation>
    </message>
    <message>
        <source>S3 sales from VAT</source>
        <translation>S3 按增值税推算的销售额</translation>
    </message>
    <message>
        <source>S4 sales from stock turn</source>
        <translation>S4 按存货周转推算的销售额</translation>
    </message>
    <message>
        <source>S5 sales from bank statements</source>
        <translation>S5 按银行流水推算的销售额</translation>
    </message>
    <message>
        <source>S6 sales from utility meters</source>
        <translation>S6 按水电用量推算的销售额</translation>
    </message>
    <message>
        <source>S7 sales from customs declarations</source>
        <translation>S7 按报关单推算的销售额</translation>
    </message>
    <message>
        <source>S8 sales from site observation</source>
        <translation>S8 按现场观察推算的销售额</translation>
    </message>
    <message>
        <source>short history: {months} months of data, annualised</source>
        <extracomment>the estimates&apos; parameters, each from the officer, the case or the norm the one pass over the statement lines (for the case&apos;s application date), when the assessment made it; the checks walk the lines otherwise</extracomment>
        <translation>历史较短：仅 {months} 个月数据，已年化</translation>
    </message>
    <message>
        <source>rests mainly on industry norms: weak evidence that does not outvote the case&apos;s own records</source>
        <translation>主要依赖行业标准：证据力弱，不能压过本户自身记录</translation>
    </message>
    <message>
        <source>reference sales S_ref</source>
        <translation>参考销售额</translation>
    </message>
    <message>
        <source>× {factor} ({months} months)</source>
        <translation>× {factor}（{months} 个月）</translation>
    </message>
    <message>
        <source>Σ monthly sales × months: {terms} = {estimate}</source>
        <translation>Σ 月销售额 × 月数：{terms} = {estimate}</translation>
    </message>
    <message>
        <source>annual purchases</source>
        <translation>年采购额</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>(inflows {inflows} − loans {loans} − own transfers {own} − capital {capital}) {annualised} ÷ (1 − cash share {cash} ({cash_source})) = {estimate}</source>
        <translation>（流入 {inflows} − 贷款 {loans} − 本人互转 {own} − 投入资本 {capital}）{annualised} ÷（1 − 现金占比 {cash}（{cash_source}））= {estimate}</translation>
    </message>
    <message>
        <source>{meter} {quantity} {unit} ÷ {usage} {unit}/{out} ({usage_source}) × {price}/{out} ({price_source}) = {estimate}</source>
        <translation>{meter} {quantity} {unit} ÷ {usage} {unit}/{out}（{usage_source}）× {price}/{out}（{price_source}）= {estimate}</translation>
    </message>
    <message>
        <source>{meter} {quantity} {unit} {annualised} ÷ {usage} {unit}/{out} ({usage_source}) × {price}/{out} ({price_source}) = {estimate}</source>
        <translation>{meter} {quantity} {unit} {annualised} ÷ {usage} {unit}/{out}（{usage_source}）× {price}/{out}（{price_source}）= {estimate}</translation>
    </message>
    <message>
        <source>Verified sales and profit</source>
        <extracomment>&quot;override&quot; (the officer&apos;s figure), &quot;median&quot; (of the estimates resting on the case&apos;s own records) or &quot;norm_built&quot; (only norm-built estimates exist)</extracomment>
        <translation>核实销售额与利润</translation>
    </message>
    <message>
        <source>rent raised to the lease&apos;s {lease} × 12</source>
        <translation>房租按租赁合同 {lease} × 12 计</translation>
    </message>
    <message>
        <source>set by the officer: {value}</source>
        <translation>客户经理认定：{value}</translation>
    </message>
    <message>
        <source>median of {estimates} = {value}</source>
        <translation>{estimates} 的中位数 = {value}</translation>
    </message>
    <message>
        <source>median of the norm-built estimates {estimates} = {value}</source>
        <translation>依赖行业标准的估算 {estimates} 的中位数 = {value}</translation>
    </message>
    <message>
        <source>profit {value} × margin {margin} ({margin_source}) − operating costs {opex} = {profit}</source>
        <translation>利润 {value} × 毛利率 {margin}（{margin_source}）− 经营费用 {opex} = {profit}</translation>
    </message>
    <message>
        <source>operating costs</source>
        <translation>经营费用</translation>
    </message>
    <message>
        <source>{sales}; {profit}</source>
        <translation>{sales}；{profit}</translation>
    </message>
    <message>
        <source>VAT-exempt: no estimate from VAT</source>
        <translation>免征增值税：无法按增值税估算</translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>VAT paid</source>
        <translation>已缴增值税</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税税率</translation>
    </message>
    <message>
        <source>months of tax records</source>
        <translation>纳税记录月数</translation>
    </message>
    <message>
        <source>{vat_label} {vat} ÷ rate {rate} × 12/{months} = {estimate}</source>
        <translation>{vat_label} {vat} ÷ 税率 {rate} × 12/{months} = {estimate}</translation>
    </message>
    <message>
        <source>Gross margin vs industry band</source>
        <translation>毛利率与行业区间对比</translation>
    </message>
    <message>
        <source>Inventory counted vs claimed</source>
        <translation>盘点存货与申报存货对比</translation>
    </message>
    <message>
        <source>Days of stock vs industry band</source>
        <translation>库存天数与行业区间对比</translation>
    </message>
    <message>
        <source>Headcount claimed vs evidence</source>
        <translation>自称员工数与证据对比</translation>
    </message>
    <message>
        <source>annual cost of goods</source>
        <translation>年销售成本</translation>
    </message>
    <message>
        <source>industry band low</source>
        <translation>行业区间下限</translation>
    </message>
    <message>
        <source>industry band high</source>
        <translation>行业区间上限</translation>
    </message>
    <message>
        <source>({sales} − {cogs}) ÷ {sales} = {margin}; band {low}–{high}</source>
        <translation>({sales} − {cogs}) ÷ {sales} = {margin}；区间 {low}–{high}</translation>
    </message>
    <message>
        <source>gap below {share} of total assets {assets}: ignored</source>
        <translation>差额低于总资产 {assets} 的 {share}：忽略</translation>
    </message>
    <message>
        <source>inventory claimed</source>
        <translation>申报存货</translation>
    </message>
    <message>
        <source>inventory counted</source>
        <translation>盘点存货</translation>
    </message>
    <message>
        <source>total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <source>({claimed} − {counted}) ÷ {claimed} = {gap}</source>
        <translation>({claimed} − {counted}) ÷ {claimed} = {gap}</translation>
    </message>
    <message>
        <source>stock at cost</source>
        <translation>存货（成本价）</translation>
    </message>
    <message>
        <source>{stock} ÷ {cogs} × {year} = {days} days; band {low}–{high} days</source>
        <translation>{stock} ÷ {cogs} × {year} = {days} 天；区间 {low}–{high} 天</translation>
    </message>
    <message>
        <source>{total} claimed − {family} family = {claimed} ÷ max({evidence}) = {ratio}</source>
        <translation>自称 {total} 人 − 家庭成员 {family} 人 = {claimed} 人 ÷ max({evidence}) = {ratio}</translation>
    </message>
    <message>
        <source>{total} claimed − {seasonal} seasonal = {claimed} ÷ max({evidence}) = {ratio}</source>
        <translation>自称 {total} 人 − 季节工 {seasonal} 人 = {claimed} 人 ÷ max({evidence}) = {ratio}</translation>
    </message>
    <message>
        <source>{total} claimed − {family} family − {seasonal} seasonal = {claimed} ÷ max({evidence}) = {ratio}</source>
        <translation>自称 {total} 人 − 家庭成员 {family} 人 − 季节工 {seasonal} 人 = {claimed} 人 ÷ max({evidence}) = {ratio}</translation>
    </message>
    <message>
        <source>social insurance count</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>staff observed</source>
        <translation>现场所见员工数</translation>
    </message>
    <message>
        <source>payroll ÷ average wage</source>
        <translation>工资总额 ÷ 平均工资</translation>
    </message>
    <message>
        <source>staff claimed</source>
        <translation>自称员工数</translation>
    </message>
    <message>
        <source>of them family</source>
        <translation>其中家庭成员</translation>
    </message>
    <message>
        <source>of them seasonal</source>
        <translation>其中季节工</translation>
    </message>
    <message>
        <source>only {insured} of {claimed} employees have social insurance ({share})</source>
        <translation>{claimed} 名雇员中仅 {insured} 人缴纳社保（{share}）</translation>
    </message>
    <message>
        <source>every member of staff claimed is family or seasonal</source>
        <translation>自称员工均为家庭成员或季节工</translation>
    </message>
    <message>
        <source>no staff evidenced against {claimed} claimed</source>
        <translation>自称 {claimed} 人，但没有员工证据</translation>
    </message>
    <message>
        <source>{claimed} claimed ÷ max({evidence}) = {ratio}</source>
        <translation>自称 {claimed} 人 ÷ {evidence} 中的较大者 = {ratio}</translation>
    </message>
    <message>
        <source>inflows</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>loans drawn</source>
        <translation>贷款放款</translation>
    </message>
    <message>
        <source>own transfers</source>
        <translation>本人账户互转</translation>
    </message>
    <message>
        <source>Equity reconciliation (declared profit)</source>
        <translation>权益勾稽（申报利润）</translation>
    </message>
    <message>
        <source>Equity reconciliation (verified profit)</source>
        <translation>权益勾稽（核实利润）</translation>
    </message>
    <message>
        <source>equity at start E_start</source>
        <translation>期初权益 E_start</translation>
    </message>
    <message>
        <source>net profit over the period</source>
        <translation>期间净利润</translation>
    </message>
    <message>
        <source>capital injected</source>
        <translation>新增投入资本</translation>
    </message>
    <message>
        <source>other household income over the period</source>
        <translation>期间家庭其他收入</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>revaluation</source>
        <translation>重估增值</translation>
    </message>
    <message>
        <source>equity today E_actual</source>
        <translation>当前权益 E_actual</translation>
    </message>
    <message>
        <source>not computable: expected equity {expected} is not positive</source>
        <translation>无法计算：应有权益 {expected} 不是正数</translation>
    </message>
    <message>
        <source>expected equity {expected_terms}; r1 = (equity today {actual} − {expected}) ÷ {expected} = {r1}</source>
        <translation>应有权益 {expected_terms}；r1 =（实际权益 {actual} − {expected}）÷ {expected} = {r1}</translation>
    </message>
    <message>
        <source>monthly sales</source>
        <translation>月销售额</translation>
    </message>
    <message>
        <source>purchases {purchases} ÷ (1 − margin {margin} ({margin_source})) = {estimate}</source>
        <translation>采购额 {purchases} ÷ (1 − 毛利率 {margin}（{margin_source}）) = {estimate}</translation>
    </message>
    <message>
        <source>zero-rated export sales</source>
        <translation>出口免抵退销售额</translation>
    </message>
    <message>
        <source>{vat_label} {vat} ÷ rate {rate} × 12/{months} = home sales {home}; + zero-rated export sales {exports} (VAT return) = {estimate}</source>
        <translation>{vat_label} {vat} ÷ 税率 {rate} × 12/{months} = 内销 {home}；+ 出口免抵退销售额 {exports}（增值税申报表）= {estimate}</translation>
    </message>
    <message>
        <source>exports are zero-rated: VAT shows the home sales only</source>
        <translation>出口适用零税率：增值税只反映内销</translation>
    </message>
    <message>
        <source>export share of sales</source>
        <translation>出口占销售额比例</translation>
    </message>
    <message>
        <source>{vat_label} {vat} ÷ rate {rate} × 12/{months} = home sales {home}; ÷ (1 − export share {share} ({share_source})) = {estimate}</source>
        <translation>{vat_label} {vat} ÷ 税率 {rate} × 12/{months} = 内销 {home}；÷（1 − 出口占比 {share}（{share_source}））= {estimate}</translation>
    </message>
    <message>
        <source>no stock: the stock turn says nothing about the sales</source>
        <translation>无存货：存货周转无法推算销售额</translation>
    </message>
    <message>
        <source>stock {stock} × {year} ÷ {days} days ({days_source}) ÷ (1 − margin {margin} ({margin_source})) = {estimate}</source>
        <translation>存货 {stock} × {year} ÷ {days} 天（{days_source}）÷ (1 − 毛利率 {margin}（{margin_source}）) = {estimate}</translation>
    </message>
    <message>
        <source>cash share of sales</source>
        <translation>现金销售占比</translation>
    </message>
    <message>
        <source>months of statements</source>
        <translation>流水月数</translation>
    </message>
    <message>
        <source>Declared sales per kWh, month by month</source>
        <translation>逐月申报销售额与用电量之比</translation>
    </message>
    <message>
        <source>Declared sales per m³ of water, month by month</source>
        <translation>逐月申报销售额与用水量之比</translation>
    </message>
    <message>
        <source>Declared output vs the machines seen running</source>
        <translation>申报产量与现场运转设备产能</translation>
    </message>
    <message>
        <source>Exports, recent months against the earlier</source>
        <translation>出口额：近期与前期对比</translation>
    </message>
    <message>
        <source>median sales per unit</source>
        <translation>单位用量销售额中位数</translation>
    </message>
    <message>
        <source>sales per {unit}: lowest {low} ({low_month}), median {mid}, highest {high} ({high_month}); (highest − lowest) ÷ median = {spread}</source>
        <translation>每{unit}销售额：最低 {low}（{low_month}），中位数 {mid}，最高 {high}（{high_month}）；（最高 − 最低）÷ 中位数 = {spread}</translation>
    </message>
    <message>
        <source>kWh</source>
        <extracomment>the meter units as words in the arithmetic (m³ reads the same in Chinese)</extracomment>
        <translation>千瓦时</translation>
    </message>
    <message>
        <source>no machine was running at the visit</source>
        <translation>走访时没有设备在运转</translation>
    </message>
    <message>
        <source>declared output a month</source>
        <translation>申报月产量</translation>
    </message>
    <message>
        <source>output of the machines running</source>
        <translation>运转设备的产能</translation>
    </message>
    <message>
        <source>share of capacity idle</source>
        <translation>闲置产能占比</translation>
    </message>
    <message>
        <source>{sales} ÷ 12 ÷ {price} ({price_source}) = {output} a month; machines running make {running} of {full} ({idle} idle); {output} ÷ {running} = {ratio}</source>
        <translation>{sales} ÷ 12 ÷ {price}（{price_source}）= 月产 {output}；运转设备产能 {running}，满负荷 {full}（闲置 {idle}）；{output} ÷ {running} = {ratio}</translation>
    </message>
    <message>
        <source>exports, earlier months</source>
        <translation>前期出口额</translation>
    </message>
    <message>
        <source>exports, recent months</source>
        <translation>近期出口额</translation>
    </message>
    <message>
        <source>exports {first}–{mid} {before}, {start}–{last} {after}; ({before} − {after}) ÷ {before} = {fall}</source>
        <translation>出口额 {first}–{mid} 为 {before}，{start}–{last} 为 {after}；（{before} − {after}）÷ {before} = {fall}</translation>
    </message>
    <message>
        <source>piece</source>
        <extracomment>the units of output of the shipped industry norms (industries.toml output_unit_en), marked so that the arithmetic reads in the reader&apos;s language; a unit a later rule pack adds is shown in English</extracomment>
        <translation>件</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>kg of fabric</source>
        <translation>千克布</translation>
    </message>
    <message>
        <source>meal</source>
        <translation>份餐</translation>
    </message>
    <message>
        <source>job</source>
        <translation>单</translation>
    </message>
    <message>
        <source>thousand yuan of sales</source>
        <translation>千元销售额</translation>
    </message>
    <message>
        <source>thousand yuan of freight</source>
        <translation>千元运费收入</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>用电量</translation>
    </message>
    <message>
        <source>water</source>
        <translation>用水量</translation>
    </message>
    <message>
        <source>meter quantity</source>
        <translation>表计用量</translation>
    </message>
    <message>
        <source>months of readings</source>
        <translation>读数月数</translation>
    </message>
    <message>
        <source>usage per unit of output</source>
        <translation>单位产出用量</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>FOB value in yuan</source>
        <translation>离岸价（人民币元）</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>报关单</translation>
    </message>
    <message>
        <source>months of declarations</source>
        <translation>报关月数</translation>
    </message>
    <message>
        <source>Σ FOB × FX of {count} declarations {total} {annualised} = {estimate}</source>
        <translation>{count} 份报关单 Σ 离岸价 × 汇率 {total} {annualised} = {estimate}</translation>
    </message>
    <message>
        <source>Σ FOB × FX of {count} declarations {total} {annualised} = exports {exports}; ÷ export share {share} ({share_source}) = {estimate}</source>
        <translation>{count} 份报关单 Σ 离岸价 × 汇率 {total} {annualised} = 出口额 {exports}；÷ 出口占比 {share}（{share_source}）= {estimate}</translation>
    </message>
    <message>
        <source>customers per day</source>
        <translation>日客流量</translation>
    </message>
    <message>
        <source>average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>days open per year</source>
        <translation>年营业天数</translation>
    </message>
    <message>
        <source>{customers} customers/day × {ticket} × {days} days = {estimate}</source>
        <translation>{customers} 人/天 × {ticket} × {days} 天 = {estimate}</translation>
    </message>
    <message>
        <source>This rule could not run: {why}</source>
        <translation>该规则无法运行：{why}</translation>
    </message>
    <message>
        <source>Rule-pack setting</source>
        <translation>规则包参数</translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <source>{count} patent numbers are not valid: {numbers}.</source>
        <translation>有 {count} 个专利号无效：{numbers}。</translation>
    </message>
    <message>
        <source>Patent type by number</source>
        <translation>按专利号判断的专利类型</translation>
    </message>
    <message>
        <source>claimed: {type}</source>
        <translation>申报：{type}</translation>
    </message>
    <message>
        <source>{count} patents are of another type than claimed.</source>
        <translation>有 {count} 项专利的类型与声称的不符。</translation>
    </message>
    <message>
        <source>Code on the seal</source>
        <translation>印章上的代码</translation>
    </message>
    <message>
        <source>The code on the seal {code} is not a valid credit code.</source>
        <translation>印章上的代码 {code} 不是有效的信用代码。</translation>
    </message>
    <message>
        <source>seal of the {party}</source>
        <translation>{party}的印章</translation>
    </message>
    <message>
        <source>The seal carries the code {code}, not the registered {registered}.</source>
        <translation>印章上的代码为 {code}，而不是登记的 {registered}。</translation>
    </message>
    <message>
        <source>Name on the seal</source>
        <translation>印章上的名称</translation>
    </message>
    <message>
        <source>The seal reads {name}, not the registered name {registered}.</source>
        <translation>印章上的名称为 {name}，而不是登记名称 {registered}。</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <source>Inventory (claimed, not in total)</source>
        <translation>存货（申报，不计入合计）</translation>
    </message>
    <message>
        <source>Guarantees given (contingent)</source>
        <translation>对外担保（或有负债）</translation>
    </message>
    <message>
        <source>Equity (assets − liabilities)</source>
        <translation>所有者权益（资产 − 负债）</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>添加季节</translation>
    </message>
    <message>
        <source>Income statement, monthly figures by season</source>
        <translation>损益表：按季节的月度数据</translation>
    </message>
    <message>
        <source>Existing business instalments (monthly)</source>
        <translation>现有经营性贷款月供</translation>
    </message>
    <message>
        <source>Existing personal instalments (monthly)</source>
        <translation>现有个人贷款月供</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>资产负债表</translation>
    </message>
    <message>
        <source>Repayment capacity: instalment ÷ monthly disposable income</source>
        <translation>还款能力：月供 ÷ 月可支配收入</translation>
    </message>
    <message>
        <source>Amount requested vs working-capital need</source>
        <translation>申请金额与流动资金需求对比</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>the unit of the working-capital days, marked so that views showing the inputs with their units (the spreading view) read it in the reader&apos;s language</extracomment>
        <translation>天</translation>
    </message>
    <message>
        <source>annual operating profit</source>
        <translation>年经营利润</translation>
    </message>
    <message>
        <source>other household income, monthly</source>
        <translation>家庭其他月收入</translation>
    </message>
    <message>
        <source>household spending, monthly</source>
        <translation>家庭月支出</translation>
    </message>
    <message>
        <source>existing instalments, monthly</source>
        <translation>现有贷款月供</translation>
    </message>
    <message>
        <source>new instalment, monthly</source>
        <translation>新增贷款月供</translation>
    </message>
    <message>
        <source>monthly disposable income {disposable} is not positive</source>
        <translation>月可支配收入 {disposable} 不是正数</translation>
    </message>
    <message>
        <source>{instalment} ÷ {disposable} = {ratio}</source>
        <translation>{instalment} ÷ {disposable} = {ratio}</translation>
    </message>
    <message>
        <source>annual sales</source>
        <translation>年销售额</translation>
    </message>
    <message>
        <source>net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>expected growth</source>
        <translation>预计增长率</translation>
    </message>
    <message>
        <source>days of stock</source>
        <translation>存货周转天数</translation>
    </message>
    <message>
        <source>receivable days</source>
        <translation>应收账款周转天数</translation>
    </message>
    <message>
        <source>payable days</source>
        <translation>应付账款周转天数</translation>
    </message>
    <message>
        <source>prepayment days</source>
        <translation>预付账款周转天数</translation>
    </message>
    <message>
        <source>advance-receipt days</source>
        <translation>预收账款周转天数</translation>
    </message>
    <message>
        <source>own working capital</source>
        <translation>自有营运资金</translation>
    </message>
    <message>
        <source>existing working-capital loans</source>
        <translation>现有流动资金贷款</translation>
    </message>
    <message>
        <source>other financing</source>
        <translation>其他融资</translation>
    </message>
    <message>
        <source>{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} turns = {need}; − own {own} − loans {existing} − other {other} = loan need {loan_need}</source>
        <translation>{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} 次 = {need}；− 自有 {own} − 贷款 {existing} − 其他 {other} = 贷款需求 {loan_need}</translation>
    </message>
    <message>
        <source>no working-capital loan need against a request of {requested}</source>
        <translation>申请金额 {requested}，但无流动资金贷款需求</translation>
    </message>
    <message>
        <source>{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} turns = {need}; − own {own} − loans {existing} − other {other} = loan need {loan_need}; request {requested} ÷ {loan_need} = {ratio}</source>
        <translation>{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} 次 = {need}；− 自有 {own} − 贷款 {existing} − 其他 {other} = 贷款需求 {loan_need}；申请 {requested} ÷ {loan_need} = {ratio}</translation>
    </message>
    <message>
        <source>principal due in months {months}{slack}</source>
        <translation>还本月份：{months}{slack}</translation>
    </message>
    <message>
        <source>, of them slack season: {slack}</source>
        <translation>，其中淡季月份：{slack}</translation>
    </message>
    <message>
        <source>Loan-to-value against pledge-rate caps</source>
        <translation>抵押率与抵质押率上限对比</translation>
    </message>
    <message>
        <source>Guarantor capacity: {name}</source>
        <translation>保证人担保能力：{name}</translation>
    </message>
    <message>
        <source>Borrower age at maturity</source>
        <translation>贷款到期时借款人年龄</translation>
    </message>
    <message>
        <source>loan amount</source>
        <translation>贷款金额</translation>
    </message>
    <message>
        <source>appraised value</source>
        <translation>评估价值</translation>
    </message>
    <message>
        <source>pledge-rate cap</source>
        <translation>抵质押率上限</translation>
    </message>
    <message>
        <source>{loan} ÷ {total} = {ltv} against cap {cap} (pledgeable {pledgeable})</source>
        <translation>{loan} ÷ {total} = {ltv}，上限 {cap}（可抵押额 {pledgeable}）</translation>
    </message>
    <message>
        <source>net worth</source>
        <translation>净资产</translation>
    </message>
    <message>
        <source>guaranteed amount</source>
        <translation>担保金额</translation>
    </message>
    <message>
        <source>monthly disposable income</source>
        <translation>月可支配收入</translation>
    </message>
    <message>
        <source>net worth {worth} ÷ guaranteed {guaranteed} = {cover}</source>
        <translation>净资产 {worth} ÷ 担保金额 {guaranteed} = {cover}</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>age limit</source>
        <translation>年龄上限</translation>
    </message>
    <message>
        <source>born {birth}, matures {maturity}: age {age} (limit {limit})</source>
        <translation>{birth} 出生，{maturity} 到期：年龄 {age}（上限 {limit}）</translation>
    </message>
    <message>
        <source>Say who records the decision on the flag.</source>
        <translation>请注明由谁对该预警作出处理。</translation>
    </message>
    <message>
        <source>Write down why the flag is dismissed.</source>
        <translation>请写明排除该预警的理由。</translation>
    </message>
    <message>
        <source>Write down why the case may go ahead with this flag pending.</source>
        <translation>请写明在该预警未处理的情况下案件仍可推进的理由。</translation>
    </message>
    <message>
        <source>{count} red fraud flags are still pending: {rules}. Confirm or dismiss them, or record an override reason.</source>
        <translation>还有 {count} 个红色欺诈预警待处理：{rules}。请确认或排除，或记录强制放行理由。</translation>
    </message>
    <message>
        <source>No red fraud flag is pending.</source>
        <translation>没有待处理的红色欺诈预警。</translation>
    </message>
    <message>
        <source>The parameters show once the checks are computed.</source>
        <translation>交叉检验计算后显示参数。</translation>
    </message>
    <message>
        <source>{name}: {value} ({source})</source>
        <translation>{name}：{value}（{source}）</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value (shares as fractions, e.g. 0.25)</source>
        <translation>数值（比例写小数，如 0.25）</translation>
    </message>
    <message>
        <source>Fraud flags</source>
        <translation>欺诈预警</translation>
    </message>
    <message>
        <source>The fraud flags open beside every stage: the button below, or Ctrl+Shift+F.</source>
        <translation>欺诈预警可在任一阶段旁边打开：点下方按钮，或按 Ctrl+Shift+F。</translation>
    </message>
    <message>
        <source>Fraud flag decision</source>
        <translation>欺诈预警处理</translation>
    </message>
    <message>
        <source>Declared sales</source>
        <extracomment>What each check of DOMAIN.md §4 needs before the engine can compute it.</extracomment>
        <translation>申报销售额</translation>
    </message>
    <message>
        <source>income statement</source>
        <translation>损益表</translation>
    </message>
    <message>
        <source>Sales from purchases</source>
        <translation>按采购推算的销售额</translation>
    </message>
    <message>
        <source>cost of goods</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <source>Sales from VAT</source>
        <translation>按增值税推算的销售额</translation>
    </message>
    <message>
        <source>tax records</source>
        <translation>纳税记录</translation>
    </message>
    <message>
        <source>Sales from stock turn</source>
        <translation>按存货周转推算的销售额</translation>
    </message>
    <message>
        <source>counted stock</source>
        <translation>盘点存货</translation>
    </message>
    <message>
        <source>the case&apos;s products</source>
        <extracomment>the input labels that carry a parameter of :mod:`domain.checks.parameters`</extracomment>
        <translation>本户产品</translation>
    </message>
    <message>
        <source>the case&apos;s income statement</source>
        <translation>本户损益表</translation>
    </message>
    <message>
        <source>the case&apos;s own figure</source>
        <translation>本户自有数据</translation>
    </message>
    <message>
        <source>industry norm</source>
        <translation>行业标准</translation>
    </message>
    <message>
        <source>set by the officer: {reason}</source>
        <translation>客户经理设定：{reason}</translation>
    </message>
    <message>
        <source>Sales from bank statements</source>
        <translation>按银行流水推算的销售额</translation>
    </message>
    <message>
        <source>bank statement import</source>
        <translation>银行流水导入</translation>
    </message>
    <message>
        <source>Sales from utilities</source>
        <translation>按水电推算的销售额</translation>
    </message>
    <message>
        <source>meter readings</source>
        <translation>水电表读数</translation>
    </message>
    <message>
        <source>Sales from customs</source>
        <translation>按报关推算的销售额</translation>
    </message>
    <message>
        <source>customs declarations</source>
        <translation>报关单</translation>
    </message>
    <message>
        <source>Sales observed</source>
        <translation>现场观察的销售额</translation>
    </message>
    <message>
        <source>days open</source>
        <translation>营业天数</translation>
    </message>
    <message>
        <source>equity at start</source>
        <translation>期初权益</translation>
    </message>
    <message>
        <source>balance sheet</source>
        <translation>资产负债表</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>household spending</source>
        <translation>家庭支出</translation>
    </message>
    <message>
        <source>Amount requested vs the purpose&apos;s need</source>
        <translation>申请金额与用途需求</translation>
    </message>
    <message>
        <source>quote or invoice</source>
        <translation>报价或发票</translation>
    </message>
    <message>
        <source>contract or budget</source>
        <translation>合同或预算</translation>
    </message>
    <message>
        <source>season&apos;s input costs</source>
        <translation>当季生产投入</translation>
    </message>
    <message>
        <source>order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>own funds</source>
        <translation>自有资金</translation>
    </message>
    <message>
        <source>cost share of the order</source>
        <translation>订单成本占比</translation>
    </message>
    <message>
        <source>{label} {cost} ({document}) × cost share {share} (1 − margin {margin}, {margin_source}) − own funds {own} = need {need}</source>
        <translation>{label} {cost}（{document}）× 成本占比 {share}（1 − 毛利率 {margin}，{margin_source}）− 自有资金 {own} = 需求 {need}</translation>
    </message>
    <message>
        <source>{label} {cost} ({document}) − own funds {own} = need {need}</source>
        <translation>{label} {cost}（{document}）− 自有资金 {own} = 需求 {need}</translation>
    </message>
    <message>
        <source>own funds cover the whole cost, yet {requested} is requested</source>
        <translation>自有资金已覆盖全部费用，却申请 {requested}</translation>
    </message>
    <message>
        <source>amount requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>{base}; request {requested} ÷ {need} = {ratio}</source>
        <translation>{base}；申请 {requested} ÷ {need} = {ratio}</translation>
    </message>
    <message>
        <source>owner&apos;s birth date</source>
        <extracomment>English source labels of the input ids the checks name when inputs are missing.</extracomment>
        <translation>经营者出生日期</translation>
    </message>
    <message>
        <source>stock claimed</source>
        <translation>申报库存</translation>
    </message>
    <message>
        <source>stock counted</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>average ticket (observed)</source>
        <translation>客单价（实地观察）</translation>
    </message>
    <message>
        <source>customers per day (observed)</source>
        <translation>日客流量（实地观察）</translation>
    </message>
    <message>
        <source>collateral</source>
        <translation>押品</translation>
    </message>
    <message>
        <source>exchange rate of the declarations</source>
        <translation>报关单汇率</translation>
    </message>
    <message>
        <source>month of the declarations</source>
        <translation>报关月份</translation>
    </message>
    <message>
        <source>equity reconciliation</source>
        <translation>权益核对</translation>
    </message>
    <message>
        <source>equity at the start of the period</source>
        <translation>期初所有者权益</translation>
    </message>
    <message>
        <source>months of the period</source>
        <translation>期间月数</translation>
    </message>
    <message>
        <source>guarantor&apos;s net worth</source>
        <translation>保证人净资产</translation>
    </message>
    <message>
        <source>seasonal income statement</source>
        <translation>分季节损益表</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>gross margin below 100%</source>
        <translation>毛利率低于 100%</translation>
    </message>
    <message>
        <source>loan amount and term</source>
        <translation>贷款金额和期限</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>electricity readings</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>water readings</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <source>days of stock (industry norm)</source>
        <translation>库存天数（行业标准）</translation>
    </message>
    <message>
        <source>VAT (exempt)</source>
        <translation>增值税（免税）</translation>
    </message>
    <message>
        <source>VAT levy rate</source>
        <translation>增值税征收率</translation>
    </message>
    <message>
        <source>bank statements</source>
        <translation>银行流水</translation>
    </message>
    <message>
        <source>bank statements (purchases)</source>
        <translation>银行流水（采购支出）</translation>
    </message>
    <message>
        <source>verified sales</source>
        <translation>核实销售额</translation>
    </message>
    <message>
        <source>reference sales</source>
        <translation>参考销售额</translation>
    </message>
    <message>
        <source>what the loan pays for</source>
        <translation>贷款用途类别</translation>
    </message>
    <message>
        <source>documented cost of the purpose</source>
        <translation>用途凭据金额</translation>
    </message>
    <message>
        <source>export sales on the VAT return</source>
        <translation>增值税申报表中的出口销售额</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>存货</translation>
    </message>
    <message>
        <source>independent sales estimates</source>
        <translation>独立销售额估算</translation>
    </message>
    <message>
        <source>capacity of the equipment</source>
        <translation>设备产能</translation>
    </message>
    <message>
        <source>customs declarations of six months or more</source>
        <translation>六个月以上的报关单</translation>
    </message>
    <message>
        <source>rule-pack thresholds</source>
        <translation>规则包阈值</translation>
    </message>
    <message>
        <source>{field} ({detail})</source>
        <translation>{field}（{detail}）</translation>
    </message>
    <message>
        <source>Share of sales exported</source>
        <translation>出口占销售额比例</translation>
    </message>
    <message>
        <source>Owner&apos;s home address</source>
        <translation>经营者家庭住址</translation>
    </message>
    <message>
        <source>Owner&apos;s bank account</source>
        <translation>经营者银行账户</translation>
    </message>
    <message>
        <source>Owner&apos;s birth date</source>
        <translation>业主出生日期</translation>
    </message>
    <message>
        <source>Spouse&apos;s birth date</source>
        <translation>配偶出生日期</translation>
    </message>
    <message>
        <source>Spouse&apos;s mobile</source>
        <translation>配偶手机</translation>
    </message>
    <message>
        <source>Photo position</source>
        <translation>照片拍摄位置</translation>
    </message>
    <message>
        <source>Guarantees given</source>
        <translation>对外担保</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <source>Date of the side inquiry</source>
        <translation>侧面打听日期</translation>
    </message>
    <message>
        <source>Contract buyer</source>
        <translation>合同买方</translation>
    </message>
    <message>
        <source>Contract quantity</source>
        <translation>合同数量</translation>
    </message>
    <message>
        <source>Contract unit price</source>
        <translation>合同单价</translation>
    </message>
    <message>
        <source>Credit report query date</source>
        <translation>征信查询日期</translation>
    </message>
    <message>
        <source>Guarantor&apos;s ID number</source>
        <translation>保证人身份证号</translation>
    </message>
    <message>
        <source>Guarantor&apos;s mobile</source>
        <translation>保证人手机</translation>
    </message>
    <message>
        <source>Payee&apos;s bank account</source>
        <translation>受托支付对象账户</translation>
    </message>
    <message>
        <source>Payee&apos;s business scope</source>
        <translation>受托支付对象经营范围</translation>
    </message>
    <message>
        <source>Payee&apos;s phone</source>
        <translation>受托支付对象电话</translation>
    </message>
    <message>
        <source>Payee&apos;s registration date</source>
        <translation>受托支付对象成立日期</translation>
    </message>
    <message>
        <source>Payee&apos;s credit code</source>
        <translation>受托支付对象信用代码</translation>
    </message>
    <message>
        <source>Patent type claimed</source>
        <translation>申报专利类型</translation>
    </message>
    <message>
        <source>Answer to head office</source>
        <translation>对总行问题的回答</translation>
    </message>
    <message>
        <source>Household member&apos;s mobile</source>
        <translation>家庭成员手机</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Staff member&apos;s mobile</source>
        <translation>员工手机</translation>
    </message>
    <message>
        <source>Named as the owner</source>
        <translation>被称为老板的人</translation>
    </message>
    <message>
        <source>Seasonal income statement</source>
        <translation>分季损益表</translation>
    </message>
    <message>
        <source>Deviation / ratio</source>
        <translation>偏差／比率</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>全部检验</translation>
    </message>
    <message>
        <source>Click a check to see its arithmetic.</source>
        <translation>点击某项检验，查看其计算过程。</translation>
    </message>
    <message>
        <source>Sales estimates against the reference {reference}</source>
        <translation>各项销售额估算与参考值 {reference} 对比</translation>
    </message>
    <message>
        <source>The checks could not be computed: {error}</source>
        <translation>检验无法计算：{error}</translation>
    </message>
    <message>
        <source>The assessment engine is not available; these inputs are still missing.</source>
        <translation>评估引擎不可用；以下输入仍然缺失。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可计算</translation>
    </message>
    <message>
        <source>{file}: {why}</source>
        <translation>{file}：{why}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save failed; will retry</source>
        <translation>保存失败，将重试</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>Finish stage</source>
        <translation>完成本阶段</translation>
    </message>
    <message>
        <source>Fraud flags of the last assessment (交叉检验)</source>
        <translation>最近一次评估的欺诈预警（交叉检验）</translation>
    </message>
    <message>
        <source>Show the fraud flags</source>
        <translation>查看欺诈预警</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Fraud flags: &lt;b style=&apos;color:#c62828&apos;&gt;● red {red}&lt;/b&gt; · &lt;b style=&apos;color:#b07800&apos;&gt;● amber {amber}&lt;/b&gt;</source>
        <translation>欺诈预警：&lt;b style=&apos;color:#c62828&apos;&gt;● 红色 {red}&lt;/b&gt; · &lt;b style=&apos;color:#b07800&apos;&gt;● 黄色 {amber}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No field of the editor shows {path}.</source>
        <translation>编辑器中没有显示 {path} 的字段。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <source>Print memo…</source>
        <translation>打印调查报告…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>重新打开案件</translation>
    </message>
    <message>
        <source>Why is the case reopened? The memo must be printed again afterwards.</source>
        <translation>为什么重新打开案件？修改后需重新打印调查报告。</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation>最近的修改未能保存。仍要关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>To finish this stage, correct: {problems}</source>
        <translation>完成本阶段前，请更正：{problems}</translation>
    </message>
    <message>
        <source>Stage finished.</source>
        <translation>本阶段已完成。</translation>
    </message>
    <message>
        <source>Progress {percent}%</source>
        <translation>进度 {percent}%</translation>
    </message>
    <message>
        <source>✔ Finished.</source>
        <translation>✔ 本阶段已完成。</translation>
    </message>
    <message>
        <source>● Everything required is filled in: press Finish stage (Ctrl+Enter).</source>
        <translation>● 必填项已填齐：请按“完成本阶段”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>○ Still to fill in: {fields}</source>
        <translation>○ 尚需填写：{fields}</translation>
    </message>
    <message>
        <source>no time in photo</source>
        <extracomment>Where &quot;use this photo&apos;s position / time&quot; write (the first visit).</extracomment>
        <translation>照片无拍摄时间</translation>
    </message>
    <message>
        <source>no GPS in photo</source>
        <translation>照片无GPS位置</translation>
    </message>
    <message>
        <source>Add photos… (or drop them here)</source>
        <translation>添加照片…（或拖放到此处）</translation>
    </message>
    <message>
        <source>Use this photo&apos;s position for the visit</source>
        <translation>用此照片的位置作为调查位置</translation>
    </message>
    <message>
        <source>Use this photo&apos;s time as the visit&apos;s start</source>
        <translation>用此照片的时间作为调查开始时间</translation>
    </message>
    <message>
        <source>Visit started</source>
        <translation>调查开始时间</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation>照片未添加</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB.</source>
        <translation>{name} 超过 20 MB。</translation>
    </message>
    <message>
        <source>{name} is not a picture.</source>
        <translation>{name} 不是图片。</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Please enter a whole number, 0 or more.</source>
        <translation>请输入不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Please enter a number, 0 or more.</source>
        <translation>请输入不小于 0 的数字。</translation>
    </message>
    <message>
        <source>This is more than 100%; check it.</source>
        <translation>超过 100%，请核对。</translation>
    </message>
    <message>
        <source>Write the month like 2026-03.</source>
        <translation>月份请写成 2026-03 的格式。</translation>
    </message>
    <message>
        <source>This month is still to come.</source>
        <translation>该月份尚未到来，请核对。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Not recorded yet: pick the time, or press Now.</source>
        <translation>尚未记录：请选择时间，或点击“现在”。</translation>
    </message>
    <message>
        <source>This date is after today; check it.</source>
        <translation>该日期晚于今天，请核对。</translation>
    </message>
    <message>
        <source>Write the time like 2026-11-27 09:30.</source>
        <translation>时间请写成 2026-11-27 09:30 的格式。</translation>
    </message>
    <message>
        <source>Write the months as numbers from 1 to 12, like 1、7.</source>
        <translation>月份请填 1 到 12 的数字，如 1、7。</translation>
    </message>
    <message>
        <source>{header} (¥)</source>
        <translation>{header}（¥）</translation>
    </message>
    <message>
        <source>Nothing entered yet. Press “Add row” to add one.</source>
        <translation>尚未填写。按“添加一行”开始录入。</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行「{column}」：{message}</translation>
    </message>
    <message>
        <source>No head-office key is known: nothing can be exported. Import head office&apos;s enrolment file first: main.py keys import-headoffice --workspace DIR FILE</source>
        <translation>尚未导入总行密钥，无法导出。请先导入总行的登记文件：main.py keys import-headoffice --workspace DIR FILE</translation>
    </message>
    <message>
        <source>This enrolment file belongs to a {role}, not to head office.</source>
        <translation>该登记文件属于{role}，而不是总行。</translation>
    </message>
    <message>
        <source>A different head-office key ({current}) is already stored; the new one is {new}. Use --replace to replace it (the change is logged).</source>
        <translation>已存有另一个总行密钥（{current}）；新的密钥为 {new}。如需替换请使用 --replace（替换操作会记入日志）。</translation>
    </message>
    <message>
        <source>The key passphrase may not be empty.</source>
        <translation>密钥口令不能为空。</translation>
    </message>
    <message>
        <source>{path} exists already; not overwritten.</source>
        <translation>{path} 已存在，未覆盖。</translation>
    </message>
    <message>
        <source>Observed on site (眼见为实)</source>
        <translation>现场观察（眼见为实）</translation>
    </message>
    <message>
        <source>What the officer saw</source>
        <translation>客户经理所见</translation>
    </message>
    <message>
        <source>Tax records</source>
        <translation>纳税记录</translation>
    </message>
    <message>
        <source>Taxpayer type</source>
        <translation>纳税人类型</translation>
    </message>
    <message>
        <source>Regular payments to one person</source>
        <translation>定期向同一个人付款</translation>
    </message>
    <message>
        <source>Sales receipts</source>
        <extracomment>Words for the statement categories (the domain&apos;s enum has no labels of its own; without these the officer saw ``loan_drawn`` and ``own_transfer``).</extracomment>
        <translation>销售收款</translation>
    </message>
    <message>
        <source>Loan drawn</source>
        <translation>贷款放款</translation>
    </message>
    <message>
        <source>Transfer between own accounts</source>
        <translation>本人账户互转</translation>
    </message>
    <message>
        <source>Capital put in</source>
        <translation>投入资本</translation>
    </message>
    <message>
        <source>Other inflow</source>
        <translation>其他流入</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>采购付款</translation>
    </message>
    <message>
        <source>Operating expense</source>
        <translation>经营费用</translation>
    </message>
    <message>
        <source>Loan repayment</source>
        <translation>归还贷款</translation>
    </message>
    <message>
        <source>Personal spending</source>
        <translation>个人消费</translation>
    </message>
    <message>
        <source>Other outflow</source>
        <translation>其他流出</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>导入银行流水…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>导入银行流水</translation>
    </message>
    <message>
        <source>Statement exports (*.csv *.xlsx *.xls *.txt);;All files (*)</source>
        <translation>流水导出文件 (*.csv *.xlsx *.xls *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{added} lines imported, {duplicates} already in the case.</source>
        <translation>已导入 {added} 行，{duplicates} 行案件中已有。</translation>
    </message>
    <message>
        <source>Re-classify a statement line</source>
        <translation>重新分类流水记录</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>覆盖月数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Inflows: {category}</source>
        <translation>流入：{category}</translation>
    </message>
    <message>
        <source>(no assessment engine)</source>
        <translation>（无评估引擎）</translation>
    </message>
    <message>
        <source>(could not be computed)</source>
        <translation>（无法计算）</translation>
    </message>
    <message>
        <source>missing: {what}</source>
        <translation>缺少：{what}</translation>
    </message>
    <message>
        <source>Double-click to change the category</source>
        <translation>双击可更改分类</translation>
    </message>
    <message>
        <source>Output VAT (general taxpayer)</source>
        <translation>销项税额（一般纳税人）</translation>
    </message>
    <message>
        <source>VAT paid (small-scale)</source>
        <translation>已缴增值税（小规模纳税人）</translation>
    </message>
    <message>
        <source>Levy rate</source>
        <translation>征收率</translation>
    </message>
    <message>
        <source>Equity bridge (权益检验)</source>
        <translation>权益检验</translation>
    </message>
    <message>
        <source>Equity at start</source>
        <translation>期初权益</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Months in the period</source>
        <translation>期间月数</translation>
    </message>
    <message>
        <source>Capital injected</source>
        <translation>新增投入资本</translation>
    </message>
    <message>
        <source>Fraud flag</source>
        <translation>欺诈预警</translation>
    </message>
    <message>
        <source>Case format version</source>
        <translation>案件格式版本</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>文件指纹（SHA-256）</translation>
    </message>
    <message>
        <source>File size (bytes)</source>
        <translation>文件大小（字节）</translation>
    </message>
    <message>
        <source>Spouse consent required</source>
        <translation>需配偶同意</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>结算条件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Case identifier</source>
        <translation>案件标识</translation>
    </message>
    <message>
        <source>Verified sales set by the officer</source>
        <translation>客户经理确定的核实销售额</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Observed on site</source>
        <translation>现场观察</translation>
    </message>
    <message>
        <source>Officer checklist</source>
        <translation>客户经理核查清单</translation>
    </message>
    <message>
        <source>Fraud flag decisions</source>
        <translation>欺诈预警处理</translation>
    </message>
    <message>
        <source>Loan request</source>
        <translation>贷款申请</translation>
    </message>
    <message>
        <source>Patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <source>Head office questions</source>
        <translation>总行问询</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>Stages finished</source>
        <translation>已完成阶段</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>实地调查</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>出口销售额</translation>
    </message>
    <message>
        <source>Registered credit code</source>
        <translation>登记统一社会信用代码</translation>
    </message>
    <message>
        <source>Own account</source>
        <translation>本方账户</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Days of advance receipts</source>
        <translation>预收账款天数</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation>评估机构</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>提问时间</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提问人</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Monthly capacity</source>
        <translation>月产能</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>权证编号</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Counterparty&apos;s credit code</source>
        <translation>对方统一社会信用代码</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <source>Equity at the start</source>
        <translation>期初权益</translation>
    </message>
    <message>
        <source>Photo position (longitude)</source>
        <translation>照片拍摄位置（经度）</translation>
    </message>
    <message>
        <source>Existing business instalments</source>
        <translation>现有经营贷款月供</translation>
    </message>
    <message>
        <source>Existing personal instalments</source>
        <translation>现有个人贷款月供</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Household notes</source>
        <translation>家庭情况备注</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Lease end</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>强制放行理由</translation>
    </message>
    <message>
        <source>Days payable</source>
        <translation>应付账款天数</translation>
    </message>
    <message>
        <source>Months of the period</source>
        <translation>期间月数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Days of prepayments</source>
        <translation>预付账款天数</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Days receivable</source>
        <translation>应收账款天数</translation>
    </message>
    <message>
        <source>Reference sales set by the officer</source>
        <translation>客户经理确定的参考销售额</translation>
    </message>
    <message>
        <source>Revaluation</source>
        <translation>重估增值</translation>
    </message>
    <message>
        <source>Years of business together</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <source>{field} no. {n}</source>
        <translation>{field}第{n}项</translation>
    </message>
    <message>
        <source>{field} · {part}</source>
        <translation>{field}·{part}</translation>
    </message>
    <message>
        <source>{field}, month {month}</source>
        <translation>{field}（{month}月）</translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored: {why}. Nothing was changed.</source>
        <translation>无法恢复备份 {path}：{why}。未作任何改动。</translation>
    </message>
    <message>
        <source>The password does not open this backup. A backup opens with the workspace password that was in use when it was made ({date}), not necessarily today&apos;s: a password change re-keys the workspace, and its backups keep the old password and key.</source>
        <translation>此口令无法打开该备份。备份须使用制作时（{date}）正在使用的工作区口令打开，不一定是现在的口令：修改口令会为工作区更换密钥，之前的备份仍保留旧口令和旧密钥。</translation>
    </message>
    <message>
        <source>The workspace {path} is open in another program (a file in it is in use). Close it there and restore again; nothing was changed.</source>
        <translation>工作区 {path} 正被其他程序打开（其中有文件正在使用）。请先在那个程序中关闭，再重新恢复；没有做任何更改。</translation>
    </message>
    <message>
        <source>An imported case needs a case number and a version.</source>
        <translation>导入的案件必须有案件编号和版本。</translation>
    </message>
    <message>
        <source>Case number {number} already belongs to another case.</source>
        <translation>案件编号 {number} 已属于其他案件。</translation>
    </message>
    <message>
        <source>Case {number} version {version} differs from the stored copy of the same version; it was not imported.</source>
        <translation>案件 {number} 版本 {version} 与本机保存的同一版本不同；未导入。</translation>
    </message>
    <message>
        <source>Case {number} version {version} is older than the stored version {stored}; it was not imported.</source>
        <translation>案件 {number} 版本 {version} 比本机保存的版本 {stored} 旧；未导入。</translation>
    </message>
    <message>
        <source>The change log of case {number} is broken at entry {seq}: not exported.</source>
        <extracomment>Statuses from which a memo exists and travels with the case.</extracomment>
        <translation>案件 {number} 的修改日志在第 {seq} 条处断裂：未导出。</translation>
    </message>
    <message>
        <source>Case {number} does not fit the case schema: {problems}</source>
        <translation>案件 {number} 不符合案件数据结构：{problems}</translation>
    </message>
    <message>
        <source>Case {number}: the bytes of attachment {name} are missing.</source>
        <translation>案件 {number}：附件 {name} 的内容缺失。</translation>
    </message>
    <message>
        <source>Case {number} is not exported: {why}</source>
        <translation>案件 {number} 未导出：{why}</translation>
    </message>
    <message>
        <source>No case {id}.</source>
        <translation>没有案件 {id}。</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
    <message>
        <source>The workspace {path} is open in another program. Close it there, or open this workspace read-only.</source>
        <extracomment>Windows locks byte ranges and refuses reads of a locked range: lock one byte far past the holder&apos;s details so that others can still read them.</extracomment>
        <translation>工作区 {path} 正被另一个程序打开。请在那里关闭，或以只读方式打开本工作区。</translation>
    </message>
    <message>
        <source>The workspace {path} is open in another program (process {pid} on {host}, since {since}). Close it there, or open this workspace read-only.</source>
        <translation>工作区 {path} 正被另一个程序打开（{host} 上的进程 {pid}，自 {since} 起）。请在那里关闭，或以只读方式打开本工作区。</translation>
    </message>
    <message>
        <source>{path}: a spreadsheet must end in .xlsx or .csv.</source>
        <translation>{path}：表格文件扩展名必须是 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Case {number} is already archived.</source>
        <translation>案件 {number} 已归档。</translation>
    </message>
    <message>
        <source>Case {number} was never exported to head office; give a reason to archive it.</source>
        <translation>案件 {number} 从未导出至总行；归档需说明理由。</translation>
    </message>
    <message>
        <source>Archived cases are kept for {days} days; purging younger ones ({asked} days) is not allowed.</source>
        <translation>已归档案件须保存 {days} 天；不允许清除保存期更短（{asked} 天）的案件。</translation>
    </message>
    <message>
        <source>The head-office database {url} cannot be reached or went away ({why}). Nothing is half-written; run the command again when it is back.</source>
        <translation>总行数据库 {url} 无法连接或连接已断开（{why}）。没有写入一半的数据；数据库恢复后请重新运行该命令。</translation>
    </message>
    <message>
        <source>{url} is not a database URL.</source>
        <translation>{url} 不是数据库地址。</translation>
    </message>
    <message>
        <source>Head office runs on PostgreSQL: {url} is not a postgresql+psycopg URL.</source>
        <translation>总行使用 PostgreSQL：{url} 不是 postgresql+psycopg 地址。</translation>
    </message>
    <message>
        <source>{url} cannot be used: {why}</source>
        <translation>无法使用 {url}：{why}</translation>
    </message>
    <message>
        <source>The rule pack has no bank-statement thresholds.</source>
        <translation>规则包中没有银行流水阈值。</translation>
    </message>
    <message>
        <source>This enrolment file belongs to a {role}, not to a workstation.</source>
        <translation>该登记文件属于{role}，而不是工作台。</translation>
    </message>
    <message>
        <source>The package is signed by key {fingerprint}, which head office has not enrolled: not imported. Enrol the workstation first: main.py headoffice keys add --db URL ENROLMENT_FILE</source>
        <translation>该数据包由总行未登记的密钥 {fingerprint} 签名：未导入。请先登记该工作台：main.py headoffice keys add --db URL ENROLMENT_FILE</translation>
    </message>
    <message>
        <source>The reply is signed by key {fingerprint}, not by head office&apos;s key ({known}): not imported.</source>
        <translation>该回复由密钥 {fingerprint} 签名，而不是总行密钥（{known}）：未导入。</translation>
    </message>
    <message>
        <source>This package holds a {kind}, not a reply.</source>
        <translation>该数据包包含的是{kind}，而不是回复。</translation>
    </message>
    <message>
        <source>reply.json is incomplete or damaged.</source>
        <translation>reply.json 不完整或已损坏。</translation>
    </message>
    <message>
        <source>reply.json is not about the case the envelope names.</source>
        <translation>reply.json 与信封所列案件不符。</translation>
    </message>
    <message>
        <source>The reply is about case {number}, which is not in this workspace.</source>
        <translation>该回复针对案件 {number}，但本工作区中没有该案件。</translation>
    </message>
    <message>
        <source>Unknown decision {decision}: use one of {choices}.</source>
        <translation>未知的审批决定 {decision}：请使用 {choices} 之一。</translation>
    </message>
    <message>
        <source>A case is returned with at least one question (--question).</source>
        <translation>退回案件时至少需提出一个问题（--question）。</translation>
    </message>
    <message>
        <source>Questions go with a return; this decision is {decision}.</source>
        <translation>问题只能随退回一并发出；本次决定为 {decision}。</translation>
    </message>
    <message>
        <source>A return needs head office&apos;s key file and an output folder.</source>
        <translation>退回需要总行密钥文件和输出文件夹。</translation>
    </message>
    <message>
        <source>Case {number} did not come in as a package: no workstation to reply to.</source>
        <translation>案件 {number} 不是以数据包方式收到的：无法回复给工作台。</translation>
    </message>
    <message>
        <source>ID number on the blacklist</source>
        <translation>身份证号在黑名单中</translation>
    </message>
    <message>
        <source>Credit code on the blacklist</source>
        <translation>信用代码在黑名单中</translation>
    </message>
    <message>
        <source>Phone on the blacklist</source>
        <translation>电话在黑名单中</translation>
    </message>
    <message>
        <source>Bank account on the blacklist</source>
        <translation>银行账户在黑名单中</translation>
    </message>
    <message>
        <source>head office blacklist: {reason}</source>
        <translation>总行黑名单：{reason}</translation>
    </message>
    <message>
        <source>{count} identifier(s) in this case are on head office&apos;s blacklist.</source>
        <translation>本案有 {count} 项身份信息在总行黑名单中。</translation>
    </message>
    <message>
        <source>Unknown blacklist kind {kind}: use one of {kinds}.</source>
        <translation>未知的黑名单类型 {kind}：请使用 {kinds} 之一。</translation>
    </message>
    <message>
        <source>{value} is too short to be a {kind}.</source>
        <translation>{value} 太短，不可能是{kind}。</translation>
    </message>
    <message>
        <source>The rule pack is signed by key {fingerprint}, not by head office&apos;s key ({known}): not installed.</source>
        <translation>该规则包由密钥 {fingerprint} 签名，而不是总行密钥（{known}）：未安装。</translation>
    </message>
    <message>
        <source>This package holds a {kind}, not a rule pack.</source>
        <translation>该数据包包含的是{kind}，而不是规则包。</translation>
    </message>
    <message>
        <source>The rule pack holds an unexpected member {name}.</source>
        <translation>规则包含有不应有的成员 {name}。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation>{name} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The pack&apos;s files are not the pack the envelope names.</source>
        <translation>规则包文件与信封所列规则包不符。</translation>
    </message>
    <message>
        <source>Rule pack {id} {version} is older than the installed {current}: not installed.</source>
        <translation>规则包 {id} {version} 比已安装的 {current} 旧：未安装。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On head office&apos;s blacklist</source>
        <translation>命中总行黑名单</translation>
    </message>
    <message>
        <source>Years in business beyond registration</source>
        <translation>经营年限超过注册年限</translation>
    </message>
    <message>
        <source>Invalid credit code</source>
        <translation>统一社会信用代码无效</translation>
    </message>
    <message>
        <source>Details shared with another applicant</source>
        <translation>与其他申请人信息重合</translation>
    </message>
    <message>
        <source>Records shorter than claimed history</source>
        <translation>水电及流水记录短于申报经营年限</translation>
    </message>
    <message>
        <source>Order beyond capacity</source>
        <translation>订单超出产能</translation>
    </message>
    <message>
        <source>Buyer never seen</source>
        <translation>买方无往来记录</translation>
    </message>
    <message>
        <source>Contract price far from history</source>
        <translation>合同价格偏离历史价格</translation>
    </message>
    <message>
        <source>Counterparty related to the applicant</source>
        <translation>合同对方为关联人</translation>
    </message>
    <message>
        <source>Staff claimed beyond evidence</source>
        <translation>申报员工数无佐证</translation>
    </message>
    <message>
        <source>Declared sales above estimates</source>
        <translation>申报销售额高于独立估算</translation>
    </message>
    <message>
        <source>Equity balances only with verified profit</source>
        <translation>仅按核实利润权益才能勾稽</translation>
    </message>
    <message>
        <source>Inflow spike before application</source>
        <translation>申请前流水突增</translation>
    </message>
    <message>
        <source>Sales per kWh swing by month</source>
        <translation>每度电销售额逐月大幅波动</translation>
    </message>
    <message>
        <source>Output beyond the machines running</source>
        <translation>申报产量超出运转设备产能</translation>
    </message>
    <message>
        <source>Exports fell, declared sales did not</source>
        <translation>出口下降而申报销售额未降</translation>
    </message>
    <message>
        <source>Stock counted below claimed</source>
        <translation>盘点存货低于申报</translation>
    </message>
    <message>
        <source>Days of stock above industry</source>
        <translation>存货周转天数高于行业</translation>
    </message>
    <message>
        <source>Invalid patent number</source>
        <translation>专利号无效</translation>
    </message>
    <message>
        <source>Patent type mismatch</source>
        <translation>专利类型不符</translation>
    </message>
    <message>
        <source>Request exceeds loan need</source>
        <translation>申请金额超出用款需求</translation>
    </message>
    <message>
        <source>Payee newly registered</source>
        <translation>受托支付对象新近成立</translation>
    </message>
    <message>
        <source>Payee&apos;s business unrelated</source>
        <translation>受托支付对象经营范围不相关</translation>
    </message>
    <message>
        <source>Payee not a past supplier</source>
        <translation>受托支付对象非既往供应商</translation>
    </message>
    <message>
        <source>Payee related to the applicant</source>
        <translation>受托支付对象与申请人关联</translation>
    </message>
    <message>
        <source>Payee in another applicant&apos;s case</source>
        <translation>受托支付对象见于其他申请</translation>
    </message>
    <message>
        <source>Invalid code on the seal</source>
        <translation>印章编码无效</translation>
    </message>
    <message>
        <source>Seal code differs from the licence</source>
        <translation>印章编码与营业执照不符</translation>
    </message>
    <message>
        <source>Seal name differs from the licence</source>
        <translation>印章名称与营业执照不符</translation>
    </message>
    <message>
        <source>Utility account held by another</source>
        <translation>水电户名非申请人</translation>
    </message>
    <message>
        <source>Photo taken outside the visit</source>
        <translation>照片拍摄时间不在走访期间</translation>
    </message>
    <message>
        <source>Photo taken far from the site</source>
        <translation>照片拍摄地点远离现场</translation>
    </message>
    <message>
        <source>Someone else named as the owner</source>
        <translation>他人被称为老板</translation>
    </message>
    <message>
        <source>Equity short of expected</source>
        <translation>实际权益低于应有权益</translation>
    </message>
    <message>
        <source>Regular payments to individuals</source>
        <translation>定期向个人付款</translation>
    </message>
    <message>
        <source>Undeclared credit debts</source>
        <translation>征信负债未申报</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <extracomment>Translation context of strings marked with tr_noop: pyside6-lupdate, run with ``-tr-function-alias QT_TR_NOOP+=tr_noop``, files them under the empty context.</extracomment>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>memo printed as {file}</source>
        <translation>报告已打印为 {file}</translation>
    </message>
    <message>
        <source>exported to head office as {file}</source>
        <translation>已导出报送总行，文件 {file}</translation>
    </message>
    <message>
        <source>retention {days} days; archived {date}</source>
        <translation>保存期 {days} 天；{date} 归档</translation>
    </message>
    <message>
        <source>purged; {count} attachments removed</source>
        <translation>已清除；删除附件 {count} 个</translation>
    </message>
    <message>
        <source>{file} sha256:{hash}</source>
        <translation>{file}（SHA-256：{hash}）</translation>
    </message>
    <message>
        <source>investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>investigation completed</source>
        <translation>完成调查</translation>
    </message>
    <message>
        <source>reopened: {reason}</source>
        <translation>重新打开：{reason}</translation>
    </message>
    <message>
        <source>returned by head office ({reviewer}): {comment}</source>
        <translation>总行退回（{reviewer}）：{comment}</translation>
    </message>
    <message>
        <source>archived after export</source>
        <translation>报送后归档</translation>
    </message>
    <message>
        <source>head office approved ({reviewer}): {comment}</source>
        <extracomment>Head office&apos;s other decisions on an exported case (a return is RETURNED_BY).</extracomment>
        <translation>总行同意（{reviewer}）：{comment}</translation>
    </message>
    <message>
        <source>head office approved with changes ({reviewer}): {comment}</source>
        <translation>总行有条件同意（{reviewer}）：{comment}</translation>
    </message>
    <message>
        <source>head office deferred the decision ({reviewer}): {comment}</source>
        <translation>总行暂缓决定（{reviewer}）：{comment}</translation>
    </message>
    <message>
        <source>head office declined ({reviewer}): {comment}</source>
        <translation>总行否决（{reviewer}）：{comment}</translation>
    </message>
    <message>
        <source>This step is not possible.</source>
        <extracomment>Where each move may start from, and where it leads. The statuses in the order of the method (the case list sorts by it). Statuses in which the officer edits the case. In the others the case is fixed: analysed and printed cases are reopened first (:func:`reopen`), exported ones come back only through head office&apos;s return. Statuses from which a final memo may be printed again (a reprint keeps the status).</extracomment>
        <translation>目前无法进行这一步。</translation>
    </message>
    <message>
        <source>The final memo is printed once the investigation is completed.</source>
        <translation>正式调查报告须在完成调查后打印。</translation>
    </message>
    <message>
        <source>Write down why the case is reopened.</source>
        <translation>请写明重新打开案件的原因。</translation>
    </message>
    <message>
        <source>Not possible while the case is {status}.</source>
        <extracomment>What a new case takes from a case file: the investigation&apos;s data. Identity, status, stages, the officer&apos;s decisions, head office&apos;s questions and the attachments (whose bytes a file does not hold) start afresh.</extracomment>
        <translation>案件状态为“{status}”，无法进行这一步。</translation>
    </message>
    <message>
        <source>Stage {stage} is not finished.</source>
        <translation>“{stage}”阶段尚未完成。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Red flag {rule} is pending: confirm or dismiss it, or record an override.</source>
        <translation>红灯“{rule}”待处理：请确认或排除，或填写强制放行理由。</translation>
    </message>
    <message>
        <source>Head office&apos;s question {n} has no answer yet.</source>
        <translation>总行问题 {n} 尚未回答。</translation>
    </message>
    <message>
        <source>Complete investigation</source>
        <extracomment>Blockers listed before &quot;and N more&quot; (the bar stays a few lines high).</extracomment>
        <translation>完成调查</translation>
    </message>
    <message>
        <source>Export to head office…</source>
        <translation>报送总行…</translation>
    </message>
    <message>
        <source>Sent to head office: waiting for its decision.</source>
        <translation>已报送总行，等待审批。</translation>
    </message>
    <message>
        <source>Archived: the case can be read, not changed.</source>
        <translation>已归档：只能查看，不能修改。</translation>
    </message>
    <message>
        <source>Next: answer head office&apos;s questions, then export again → {target}</source>
        <translation>下一步：回答总行问题后再次报送 → {target}</translation>
    </message>
    <message>
        <source>Next: complete the investigation → {target}</source>
        <translation>下一步：完成调查 → {target}</translation>
    </message>
    <message>
        <source>Next: print the credit memo → {target}</source>
        <translation>下一步：打印调查报告 → {target}</translation>
    </message>
    <message>
        <source>Next: export the case to head office → {target}</source>
        <translation>下一步：报送总行 → {target}</translation>
    </message>
    <message>
        <source>Reopen to change…</source>
        <translation>重新打开修改…</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>只读。</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>尚需：</translation>
    </message>
    <message>
        <source>confirmed red flag: {title}</source>
        <extracomment>conditions the conclusion stage offers (ids of ``ui.stages.conclusion.CONDITIONS``) checks whose amber (or, for security, red) light is a signal for the decision</extracomment>
        <translation>已确认的红色预警：{title}</translation>
    </message>
    <message>
        <source>no monthly disposable income for the instalment</source>
        <translation>没有可用于还款的月可支配收入</translation>
    </message>
    <message>
        <source>the instalment takes {ratio} of the monthly disposable income (limit {limit})</source>
        <translation>月还款额占月可支配收入 {ratio}（上限 {limit}）</translation>
    </message>
    <message>
        <source>the equity reconciliation fails (r1 {r1})</source>
        <translation>权益检验不通过（r1 {r1}）</translation>
    </message>
    <message>
        <source>red flag still to decide: {title}</source>
        <translation>红色预警尚待处置：{title}</translation>
    </message>
    <message>
        <source>the repayment capacity cannot be worked out</source>
        <translation>无法测算还款能力</translation>
    </message>
    <message>
        <source>{count} amber signals</source>
        <translation>{count} 项黄色信号</translation>
    </message>
    <message>
        <source>every check within tolerance and no fraud flag open</source>
        <translation>各项检验均在容差之内，无未处置的欺诈预警</translation>
    </message>
    <message>
        <source>amber flag: {title}</source>
        <translation>黄色预警：{title}</translation>
    </message>
    <message>
        <source>amber check: {name}</source>
        <translation>黄色检验：{name}</translation>
    </message>
    <message>
        <source>Declared sales per unit of the meters swing from month to month.</source>
        <translation>申报销售额与水电用量之比逐月大幅波动。</translation>
    </message>
    <message>
        <source>Spread of sales per unit</source>
        <translation>单位用量销售额波动幅度</translation>
    </message>
    <message>
        <source>The declared output is {ratio} times what the machines seen running make.</source>
        <translation>申报产量是现场运转设备产能的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Declared output ÷ running machines</source>
        <translation>申报产量 ÷ 运转设备产能</translation>
    </message>
    <message>
        <source>Exports fell by {fall}; at the recent level the year is {run_rate} yuan, {gap} below the declared sales.</source>
        <translation>出口下降 {fall}；按近期水平全年为 {run_rate} 元，比申报销售额低 {gap}。</translation>
    </message>
    <message>
        <source>Exports, recent against earlier</source>
        <translation>出口额近期与前期对比</translation>
    </message>
    <message>
        <source>{value} ({source})</source>
        <translation>{value}（{source}）</translation>
    </message>
    <message>
        <source>What the loan pays for</source>
        <translation>贷款用途类别</translation>
    </message>
    <message>
        <source>Documented cost</source>
        <translation>用途凭据金额</translation>
    </message>
    <message>
        <source>Document stating the cost</source>
        <translation>凭据名称</translation>
    </message>
    <message>
        <source>Own funds put in</source>
        <translation>自有资金投入</translation>
    </message>
    <message>
        <source>Suggested by the assessment</source>
        <translation>系统建议</translation>
    </message>
    <message>
        <source>Justification of approving</source>
        <translation>同意理由说明</translation>
    </message>
    <message>
        <source>No justification has been written.</source>
        <translation>尚未填写理由说明。</translation>
    </message>
    <message>
        <source>Approval over a decline reason needs a written justification.</source>
        <translation>存在否决情形仍建议同意，须书面说明理由。</translation>
    </message>
    <message>
        <source>The package says it comes from {declared} (branch {declared_branch}), but it is signed by the key enrolled for {enrolled} (branch {enrolled_branch}): not imported. A package&apos;s officer and branch are those head office enrolled for its key.</source>
        <translation>数据包自称来自 {declared}（网点 {declared_branch}），但签名密钥登记的是 {enrolled}（网点 {enrolled_branch}）：未导入。数据包的客户经理和网点以总行为其密钥登记的信息为准。</translation>
    </message>
    <message>
        <source>Case {case} belongs to key {owner}; this package is signed by key {fingerprint} ({officer}): not imported. Head office can hand the case over: main.py headoffice transfer --db URL CASE --to FINGERPRINT --reason TEXT</source>
        <translation>案件 {case} 归属于密钥 {owner}；此数据包由密钥 {fingerprint}（{officer}）签名：未导入。总行可移交该案件：main.py headoffice transfer --db URL CASE --to FINGERPRINT --reason TEXT</translation>
    </message>
    <message>
        <source>A transfer needs a reason (--reason).</source>
        <translation>移交案件须填写原因（--reason）。</translation>
    </message>
    <message>
        <source>Case {number} did not come in as a package: it has no owner key.</source>
        <translation>案件 {number} 并非以数据包导入：没有归属密钥。</translation>
    </message>
    <message>
        <source>Case {number} belongs to key {fingerprint} already.</source>
        <translation>案件 {number} 已归属于密钥 {fingerprint}。</translation>
    </message>
    <message>
        <source>The package is signed by key {fingerprint}, which is not trusted here: not imported. Only this workstation&apos;s own key and the keys named with --trusted-key ENROLMENT_FILE are trusted.</source>
        <extracomment>The label of the workspace&apos;s own key in a trust list.</extracomment>
        <translation>该数据包由密钥 {fingerprint} 签名，本机不信任此密钥：未导入。仅信任本工作站自己的密钥以及用 --trusted-key ENROLMENT_FILE 指定的密钥。</translation>
    </message>
    <message>
        <source>estimate above the declared figure</source>
        <translation>估算高于申报</translation>
    </message>
    <message>
        <source>estimate below the declared figure</source>
        <translation>估算低于申报</translation>
    </message>
    <message>
        <source>estimate matches the declared figure</source>
        <translation>估算与申报一致</translation>
    </message>
    <message>
        <source>estimate above the reference</source>
        <translation>估算高于参考值</translation>
    </message>
    <message>
        <source>estimate below the reference</source>
        <translation>估算低于参考值</translation>
    </message>
    <message>
        <source>estimate matches the reference</source>
        <translation>估算与参考值一致</translation>
    </message>
    <message>
        <source>the officer&apos;s figure</source>
        <translation>客户经理认定的数字</translation>
    </message>
    <message>
        <source>median of the estimates from the case&apos;s own records</source>
        <translation>本户自有记录各估算的中位数</translation>
    </message>
    <message>
        <source>median of norm-built estimates only (weak)</source>
        <translation>仅有依行业标准的估算，取中位数（证据较弱）</translation>
    </message>
    <message>
        <source>Equity today (assets − liabilities)</source>
        <translation>当前权益（资产 − 负债）</translation>
    </message>
    <message>
        <source>Expected equity, declared profit</source>
        <translation>预期权益（申报利润）</translation>
    </message>
    <message>
        <source>Gap r1, declared profit</source>
        <translation>差异 r1（申报利润）</translation>
    </message>
    <message>
        <source>Expected equity, verified profit</source>
        <translation>预期权益（核实利润）</translation>
    </message>
    <message>
        <source>Gap r1, verified profit</source>
        <translation>差异 r1（核实利润）</translation>
    </message>
    <message>
        <source>Balances only with the verified profit</source>
        <translation>仅按核实利润才能勾稽</translation>
    </message>
    <message>
        <source>the declared profit is likely inflated</source>
        <translation>申报利润可能虚高</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90 degrees; {value} is not one (is it the longitude?).</source>
        <extracomment>Ring radii (metres) the plot may draw: the smallest that holds every photo.</extracomment>
        <translation>纬度应在 -90 到 90 度之间；{value} 不是纬度（是否填成了经度？）。</translation>
    </message>
    <message>
        <source>Write the latitude as decimal degrees, like 28.5 (north positive).</source>
        <translation>纬度请填十进制度数，如 28.5（北纬为正）。</translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180 degrees; {value} is not one.</source>
        <translation>经度应在 -180 到 180 度之间；{value} 不是经度。</translation>
    </message>
    <message>
        <source>Write the longitude as decimal degrees, like 121.4 (east positive).</source>
        <translation>经度请填十进制度数，如 121.4（东经为正）。</translation>
    </message>
    <message>
        <source>{m} m</source>
        <translation>{m} 米</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} 公里</translation>
    </message>
    <message>
        <source>Record the visit&apos;s latitude and longitude (or use a photo&apos;s) to see where the photos were taken.</source>
        <translation>填写调查位置的经纬度（或使用照片的位置），即可查看照片的拍摄地点。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>The business (the visit position)</source>
        <translation>经营场所（调查位置）</translation>
    </message>
    <message>
        <source>No position in these photos:</source>
        <translation>以下照片没有位置信息：</translation>
    </message>
    <message>
        <source>{value} has more than {digits} digits before the point.</source>
        <extracomment>Checks nothing: what a caller without the resource file gets.</extracomment>
        <translation>{value} 的整数部分超过 {digits} 位。</translation>
    </message>
    <message>
        <source>{value} has more than {digits} decimals.</source>
        <translation>{value} 的小数超过 {digits} 位。</translation>
    </message>
    <message>
        <source>{value} is less than {minimum}, the smallest plausible value.</source>
        <translation>{value} 小于 {minimum}，低于合理的最小值。</translation>
    </message>
    <message>
        <source>{value} is more than {maximum}, the largest plausible value.</source>
        <translation>{value} 大于 {maximum}，超出合理的最大值。</translation>
    </message>
    <message>
        <source>A birth date of {date} would make the person older than {years}.</source>
        <translation>出生日期 {date} 意味着年龄超过 {years} 岁。</translation>
    </message>
    <message>
        <source>{date} is before {earliest}: not a plausible date.</source>
        <translation>{date} 早于 {earliest}，不是合理的日期。</translation>
    </message>
    <message>
        <source>{date} is more than {years} years from today: not a plausible date.</source>
        <translation>{date} 距今超过 {years} 年，不是合理的日期。</translation>
    </message>
    <message>
        <source>The re-encrypted copy {path} failed its check ({reason}); nothing was changed.</source>
        <translation>重新加密的副本 {path} 未通过检查（{reason}）；未做任何更改。</translation>
    </message>
    <message>
        <source>The signed head of the change log is not valid.</source>
        <translation>变更日志的签名链头无效。</translation>
    </message>
    <message>
        <source>The signed head does not name the end of the change log it carries.</source>
        <translation>签名链头与所附变更日志的末尾不符。</translation>
    </message>
    <message>
        <source>Case {case}: head office has seen its change log signed up to entry {seq}, but this package carries no signed head: not imported.</source>
        <translation>案件 {case}：总行已收到签名至第 {seq} 条的变更日志，但本数据包没有签名链头：未导入。</translation>
    </message>
    <message>
        <source>Case {case}: the change log was rewound: head office has seen it up to entry {seq} (head {head}…), this package ends earlier: not imported.</source>
        <translation>案件 {case}：变更日志被回退：总行已见到第 {seq} 条（链头 {head}…），本数据包的日志更短：未导入。</translation>
    </message>
    <message>
        <source>Case {case}: the change log was rewritten: entry {seq} is not the one head office saw (head {head}…): not imported.</source>
        <translation>案件 {case}：变更日志被改写：第 {seq} 条与总行所见的不同（链头 {head}…）：未导入。</translation>
    </message>
    <message>
        <source>The signed head names another case.</source>
        <translation>签名链头指向另一个案件。</translation>
    </message>
    <message>
        <source>Case {case}: the change log no longer holds entry {seq} as head office saw it (head {head}…): not imported.</source>
        <translation>案件 {case}：变更日志中的第 {seq} 条已不是总行所见的那一条（链头 {head}…）：未导入。</translation>
    </message>
    <message>
        <source>an unexpected error ({kind}) stopped this package; it is a bug: please report it with the log file</source>
        <extracomment>One package&apos;s result: (status, the line to say, the import&apos;s outcome when OK).</extracomment>
        <translation>意外错误（{kind}）中止了此数据包的导入；这是程序缺陷：请连同日志文件一起报告</translation>
    </message>
    <message>
        <source>{written} package(s) committed ({imported} new, {replaced} replaced); {unchanged} held already; {failed} failed; {untried} not tried.</source>
        <translation>已提交 {written} 个数据包（新增 {imported} 个，替换 {replaced} 个）；{unchanged} 个已存在；{failed} 个失败；{untried} 个未尝试。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Field Credit Workstation</source>
        <translation>小微信贷调查工作台</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Guided on-site credit investigation for micro and small business loans: see for yourself, cross-check the figures, write the memo. Works offline; every case is encrypted on this computer.</source>
        <translation>面向小微企业贷款的实地调查向导：眼见为实、交叉检验、撰写调查报告。无需联网；每个案件都在本机加密保存。</translation>
    </message>
    <message>
        <source>Run from source</source>
        <translation>从源代码运行</translation>
    </message>
    <message>
        <source>Built {date} with {tool}</source>
        <translation>{date} 使用 {tool} 构建</translation>
    </message>
    <message>
        <source>{origin}; dependency lock (uv.lock) SHA-256:</source>
        <translation>{origin}；依赖锁定文件（uv.lock）SHA-256：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BuildProgress</name>
    <message>
        <source>Field Credit Workstation</source>
        <extracomment>A batch expected to last longer than this shows its progress dialog.</extracomment>
        <translation>小微信贷调查工作台</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>正在准备演示工作区…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace: case {done} of {total}…</source>
        <translation>正在准备演示工作区：第 {done} 件，共 {total} 件…</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search case number or applicant (Ctrl+F)</source>
        <translation>搜索案件编号或申请人（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>共 {n} 件</translation>
    </message>
</context>
<context>
    <name>CaseHistoryDialog</name>
    <message>
        <source>Case contents</source>
        <translation>案件内容</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>个人信息已抹除</translation>
    </message>
    <message>
        <source>log format upgraded</source>
        <translation>日志格式已升级</translation>
    </message>
    <message>
        <source>(erased {date})</source>
        <translation>（已于 {date} 抹除）</translation>
    </message>
    <message>
        <source>— → filled in</source>
        <translation>— → 已填写</translation>
    </message>
    <message>
        <source>History of case {number}</source>
        <translation>案件 {number} 的历史记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>修改记录（{n}）</translation>
    </message>
    <message>
        <source>Access log ({n})</source>
        <translation>访问日志（{n}）</translation>
    </message>
    <message>
        <source>Export access log…</source>
        <translation>导出访问日志…</translation>
    </message>
    <message>
        <source>Audit chain not checked.</source>
        <translation>审计链尚未校验。</translation>
    </message>
    <message>
        <source>Audit chain intact</source>
        <translation>审计链完整</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {seq}. {why}</source>
        <translation>审计链在第 {seq} 条记录处断裂。{why}</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>memo printed</source>
        <translation>已打印调查报告</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>导出访问日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Access log not exported</source>
        <translation>访问日志未导出</translation>
    </message>
    <message>
        <source>Access log exported</source>
        <translation>访问日志已导出</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case {number}</source>
        <translation>案件 {number}</translation>
    </message>
    <message>
        <source>Read-only view. The guided case editor opens cases here later.</source>
        <translation>只读视图。案件调查向导完成后将在此打开案件。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <extracomment>Column → ``order_by`` field of ``CaseStore.summaries``.</extracomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>{red} red and {amber} amber flags</source>
        <translation>红色预警 {red} 个，黄色预警 {amber} 个</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Branch</source>
        <extracomment>Headings and labels of the page, marked for translation.</extracomment>
        <translation>支行</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>调查报告</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Matches in other officers’ cases</source>
        <translation>与其他客户经理案件的重合信息</translation>
    </message>
    <message>
        <source>Head-office decisions</source>
        <translation>总行审查意见</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>问答记录</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>ID number</source>
        <extracomment>What two cases were found to share (storage.headoffice.portfolio.MATCH_KINDS).</extracomment>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>The colour of each light and severity on the page (as in the officer&apos;s flags panel).</extracomment>
        <translation>灯号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>相同项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Other case</source>
        <translation>对方案件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Comment and questions</source>
        <translation>意见与问题</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>``industry_names(language) -&gt; {industry id: display name}``, from the rule pack. ``open_case_factory(window, session) -&gt; open_case(uuid)``: the case editor. ``actions_factory(window, session)``: installs the service menus (print, export, tools).</extracomment>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that the workstation did not expect. Your saved work is safe; the error has been written to the log.</source>
        <translation>工作台遇到了意外错误。已保存的工作不受影响；错误已写入日志。</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <extracomment>After the first paint, the full workspace&apos;s modules load in the background (storage.quick_open): the first case opened does not wait for them.</extracomment>
        <translation>未能打开工作区</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to head office</source>
        <translation>导出至总行</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling after the current case…</source>
        <translation>将在当前案件完成后取消…</translation>
    </message>
    <message>
        <source>Exporting case {index} of {total}…</source>
        <translation>正在导出第 {index} 件，共 {total} 件…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>At least {n} characters ({have} so far).</source>
        <translation>至少 {n} 个字符（当前 {have} 个）。</translation>
    </message>
    <message>
        <source>Use at least 3 of: lower case, upper case, digit, symbol ({have} so far).</source>
        <translation>请至少使用小写字母、大写字母、数字、符号中的 3 种（当前 {have} 种）。</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>密码强度足够。</translation>
    </message>
    <message>
        <source>Set up the workstation</source>
        <translation>设置工作台</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>Your cases are kept in an encrypted workspace on this computer. Enter your details and choose a password: without it nobody, not even you, can read the workspace.</source>
        <translation>您的案件保存在本机的加密工作区中。请填写个人信息并设置密码：没有密码，任何人（包括您本人）都无法读取工作区。</translation>
    </message>
    <message>
        <source>Workspace folder: {path}</source>
        <translation>工作区文件夹：{path}</translation>
    </message>
    <message>
        <source>e.g. 王建国</source>
        <translation>例如：王建国</translation>
    </message>
    <message>
        <source>Officer name:</source>
        <translation>客户经理姓名：</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation>网点代码：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Four digits, e.g. 3301.</source>
        <translation>四位数字，例如 3301。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>未能创建工作区</translation>
    </message>
</context>
<context>
    <name>FlagsDock</name>
    <message>
        <source>Fraud flags: red {red} · amber {amber} · info {info}</source>
        <translation>欺诈预警：红色 {red} · 黄色 {amber} · 提示 {info}</translation>
    </message>
    <message>
        <source>Fraud flags</source>
        <translation>欺诈预警</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>转到字段</translation>
    </message>
    <message>
        <source>Reason (required to dismiss or override)</source>
        <translation>理由（排除或强制放行时必填）</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Override for printing</source>
        <translation>强制放行打印</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Officer checklist</source>
        <translation>客户经理核查清单</translation>
    </message>
    <message>
        <source>override</source>
        <translation>强制放行</translation>
    </message>
    <message>
        <source>Red {red} · Amber {amber} · Info {info}</source>
        <translation>红 {red} · 黄 {amber} · 提示 {info}</translation>
    </message>
    <message>
        <source>Select a flag to see its evidence.</source>
        <translation>在左侧选择一条预警，查看其证据。</translation>
    </message>
    <message>
        <source>No fraud flags in the last assessment.</source>
        <translation>最近一次检验没有欺诈预警。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Pending: no decision yet.</source>
        <translation>待处理：尚未处理。</translation>
    </message>
    <message>
        <source>{status} by {by} at {at}</source>
        <translation>{status}：{by}，{at}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>强制放行理由：{reason}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Workstation locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>Locked for {name} ({staff_no}). Enter your password to go on.</source>
        <translation>已为 {name}（{staff_no}）锁定。请输入密码继续。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field Credit Workstation</source>
        <extracomment>Minutes of inactivity the officer may choose before the window locks. The list was queried again: a case may have changed elsewhere.</extracomment>
        <translation>小微信贷调查工作台</translation>
    </message>
    <message>
        <source>Field Credit Workstation (read-only)</source>
        <extracomment>Opened beside another writer (WorkspaceBusy → &quot;open read-only&quot;): no new cases.</extracomment>
        <translation>小微信贷调查工作台（只读）</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>After {n} minutes</source>
        <translation>{n} 分钟后</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>自动锁定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to start the first investigation.</source>
        <translation>暂无案件。按 Ctrl+N 开始第一笔调查。</translation>
    </message>
    <message>
        <source>Officer: {name} ({staff_no})</source>
        <translation>客户经理：{name}（{staff_no}）</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>Read-only: another program writes to this workspace</source>
        <translation>只读：另一个程序正在写入此工作区</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>没有符合筛选条件的案件。</translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation>找不到案件</translation>
    </message>
    <message>
        <source>The case is no longer in the workspace.</source>
        <translation>该案件已不在工作区中。</translation>
    </message>
    <message>
        <source>Case not created</source>
        <translation>未能创建案件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time the workstation starts.</source>
        <translation>新的界面语言将在下次启动工作台时生效。</translation>
    </message>
</context>
<context>
    <name>MemoBatchDialog</name>
    <message>
        <source>Print credit memos</source>
        <extracomment>``print_memo(case_uuid, path)`` prints the final memo (raises MemoBlocked when the lifecycle does not allow it yet); ``draft=True`` prints a draft.</extracomment>
        <translation>打印授信调查报告</translation>
    </message>
    <message>
        <source>Preparing the memos…</source>
        <translation>正在准备调查报告…</translation>
    </message>
    <message>
        <source>Printing memo {index} of {total}…</source>
        <translation>正在打印第 {index} 份，共 {total} 份…</translation>
    </message>
</context>
<context>
    <name>MemoPrinter</name>
    <message>
        <source>Print memo</source>
        <extracomment>``set_busy(True)`` while a batch runs: the caller disables its list and menus.</extracomment>
        <translation>打印调查报告</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一个案件。</translation>
    </message>
    <message>
        <source>Memo printed</source>
        <translation>调查报告已打印</translation>
    </message>
    <message>
        <source>The memo is at {path}; no PDF viewer could open it.</source>
        <translation>调查报告已保存在 {path}；没有可打开它的 PDF 阅读器。</translation>
    </message>
    <message>
        <source>The final memo cannot be printed yet:</source>
        <translation>正式调查报告暂不能打印：</translation>
    </message>
    <message>
        <source>You can print a draft, marked DRAFT on every page, to discuss the case.</source>
        <translation>可以打印草稿（每页标有“草稿”）用于讨论案件。</translation>
    </message>
    <message>
        <source>Memo not printed</source>
        <translation>调查报告未打印</translation>
    </message>
    <message>
        <source>Print draft</source>
        <translation>打印草稿</translation>
    </message>
    <message>
        <source>Show the fraud flags</source>
        <translation>查看欺诈预警</translation>
    </message>
    <message>
        <source>Folder for {n} memos</source>
        <translation>选择存放 {n} 份调查报告的文件夹</translation>
    </message>
    <message>
        <source>{done} of {total} memos printed into {folder}.</source>
        <translation>已打印 {done} 份（共 {total} 份）调查报告，保存在 {folder}。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Print credit memos</source>
        <translation>打印授信调查报告</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Registered name or owner&apos;s name</source>
        <translation>登记名称或业主姓名</translation>
    </message>
    <message>
        <source>— choose later —</source>
        <translation>— 稍后选择 —</translation>
    </message>
    <message>
        <source>e.g. 300000 or 30万</source>
        <translation>例如 300000 或 30万</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Applicant kind:</source>
        <translation>申请人类型：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Amount requested (¥):</source>
        <translation>申请金额（¥）：</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter a positive amount in yuan, e.g. 300000.</source>
        <translation>请输入正数金额（元），例如 300000。</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批决定</translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <source>Head office portfolio</source>
        <translation>总行案件总览</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>全部信号灯</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Cases and amount by industry</source>
        <translation>按行业统计的案件数与金额</translation>
    </message>
    <message>
        <source>Cases and amount by light</source>
        <translation>按信号灯统计的案件数与金额</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>{count} cases, total {amount}</source>
        <translation>共 {count} 件，合计 {amount}</translation>
    </message>
</context>
<context>
    <name>SalesEstimateChart</name>
    <message>
        <source>Reference {value}</source>
        <translation>参考值 {value}</translation>
    </message>
    <message>
        <source>{band} green</source>
        <translation>{band} 绿灯</translation>
    </message>
    <message>
        <source>{band} amber</source>
        <translation>{band} 黄灯</translation>
    </message>
</context>
<context>
    <name>SpreadingModel</name>
    <message>
        <source>Check</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考值</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <source>Inputs and their sources</source>
        <translation>输入及来源</translation>
    </message>
    <message>
        <source>missing: {inputs}</source>
        <translation>缺少：{inputs}</translation>
    </message>
</context>
<context>
    <name>SpreadingView</name>
    <message>
        <source>Estimate {estimate} against the reference {reference}: {deviation}, {words}.</source>
        <translation>估算 {estimate}，参考值 {reference}：偏差 {deviation}，{words}。</translation>
    </message>
    <message>
        <source>Click a row to see its full arithmetic.</source>
        <translation>点击一行，查看完整计算过程。</translation>
    </message>
    <message>
        <source>Verified sales and profit</source>
        <translation>核实销售额与利润</translation>
    </message>
    <message>
        <source>Equity reconciliation</source>
        <translation>权益勾稽</translation>
    </message>
</context>
<context>
    <name>StatementImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <extracomment>``parse(mapping) -&gt; ParsedStatement``; ``mapping=None`` lets the reader guess.</extracomment>
        <translation>导入银行流水</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) read</source>
        <translation>
            <numerusform>已读取 %n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator of the summary&apos;s parts</comment>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (preview shows the first %n)</source>
        <translation>
            <numerusform>（预览显示前 %n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Detected layout: %1</source>
        <translation>识别出的格式：%1</translation>
    </message>
    <message>
        <source>No known layout: choose which column holds which field.</source>
        <translation>未识别出已知格式：请指定各字段所在的列。</translation>
    </message>
    <message>
        <source>Statement account: %1</source>
        <translation>流水账户：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <source>What the investigation found</source>
        <translation>调查发现</translation>
    </message>
    <message>
        <source>Key verified figures</source>
        <translation>关键核实数字</translation>
    </message>
    <message>
        <source>Checks by light</source>
        <translation>检验信号灯</translation>
    </message>
    <message>
        <source>To look at: {checks}</source>
        <translation>需关注：{checks}</translation>
    </message>
    <message>
        <source>Fraud flags by category</source>
        <translation>欺诈预警（按类别）</translation>
    </message>
    <message>
        <source>No fraud flags.</source>
        <translation>无欺诈预警。</translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation>{n} 项待处理</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>No suggested decision: the rule pack has no thresholds.</source>
        <translation>无系统建议：规则包未设决策阈值。</translation>
    </message>
    <message>
        <source>Suggested decision</source>
        <translation>系统建议</translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation>条件：{conditions}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>解锁工作区</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at cases but not change them.</source>
        <translation>是否以只读方式打开？您可以查看案件，但不能修改。</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>工作区正在使用中</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Demo workspace. The password is: {password}</source>
        <extracomment>``attempt(password) -&gt; True`` when it unlocks; False or WrongPassword when wrong. Wrong passwords allowed before the panel makes the officer wait. Pause after each wrong password beyond the free ones (slows guessing).</extracomment>
        <translation>演示工作区。密码为：{password}</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>可以再次尝试。</translation>
    </message>
    <message>
        <source>{n} wrong passwords. Wait {s} seconds before the next try.</source>
        <translation>密码已错误 {n} 次。请等待 {s} 秒后再试。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Wrong password (attempt {n}). Check Caps Lock and the input method.</source>
        <translation>密码错误（第 {n} 次）。请检查大写锁定键和输入法。</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Print memo…</source>
        <translation>打印调查报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Case &amp;history…</source>
        <translation>案件历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export selected to head office…</source>
        <translation>将所选案件导出至总行(&amp;E)…</translation>
    </message>
    <message>
        <source>Export all &amp;ready to head office…</source>
        <translation>将全部待报送案件导出至总行(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>导出电子表格(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import head office key…</source>
        <translation>导入总行密钥(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport this workstation&apos;s enrolment file…</source>
        <translation>导出本工作台的登记文件(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Archive case…</source>
        <translation>归档案件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>Actions that write to the workspace (status, access log, keys, password).</extracomment>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一个案件。</translation>
    </message>
    <message>
        <source>Print memo</source>
        <translation>打印调查报告</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>案件历史</translation>
    </message>
    <message>
        <source>Export to head office</source>
        <translation>导出至总行</translation>
    </message>
    <message>
        <source>No case is ready: only analysed cases can be exported.</source>
        <translation>没有可导出的案件：只有已完成分析的案件才能导出。</translation>
    </message>
    <message>
        <source>In the workstation: Tools → Import head office key…</source>
        <translation>请在工作台中操作：工具 → 导入总行密钥…</translation>
    </message>
    <message>
        <source>Folder for {n} packages</source>
        <translation>选择存放 {n} 个数据包的文件夹</translation>
    </message>
    <message>
        <source>{done} of {total} cases exported into {folder}.</source>
        <translation>已导出 {done} 个案件（共 {total} 个），保存在 {folder}。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <extracomment>How often the automatic backup looks whether one is due.</extracomment>
        <translation>导出电子表格</translation>
    </message>
    <message>
        <source>Show full ID/phone/account numbers</source>
        <translation>显示完整的身份证号/手机号/账号</translation>
    </message>
    <message>
        <source>Off: the numbers are masked. The choice is logged.</source>
        <translation>不勾选时号码部分遮盖。此选择会记录在访问日志中。</translation>
    </message>
    <message>
        <source>Import head office &amp;reply…</source>
        <translation>导入总行回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Working in the background; the list is back when it is done.</source>
        <translation>正在后台处理；完成后列表恢复可用。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the spreadsheet: case {done} of {total}…</source>
        <translation>正在写入表格：第 {done} 件，共 {total} 件…</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>已写入：{files}</translation>
    </message>
    <message>
        <source>Import head office reply</source>
        <translation>导入总行回复</translation>
    </message>
    <message>
        <source>Head office replies (*.fcwreply);;All files (*)</source>
        <translation>总行回复 (*.fcwreply);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Head office returned case {number} with {n} questions. Open the case, answer them in the Conclusion stage, and export it again.</source>
        <translation>总行退回案件 {number}，提出 {n} 个问题。请打开案件，在“结论”阶段回答后再次报送。</translation>
    </message>
    <message>
        <source>Head office&apos;s decision on case {number}: {decision}.</source>
        <translation>总行对案件 {number} 的决定：{decision}。</translation>
    </message>
    <message>
        <source>Import head office key</source>
        <translation>导入总行密钥</translation>
    </message>
    <message>
        <source>Enrolment files (*.json *.fcwkey);;All files (*)</source>
        <translation>登记文件 (*.json *.fcwkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This head-office key is already stored.</source>
        <translation>该总行密钥已保存。</translation>
    </message>
    <message>
        <source>Head office: {name}
Fingerprint: {fp}

Import this key?</source>
        <translation>总行：{name}
指纹：{fp}

导入该密钥？</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>A different head-office key is stored ({old}). Replace it with {new}? Packages will then be encrypted for the new key only; the change is logged.</source>
        <translation>已保存另一把总行密钥（{old}）。要用 {new} 替换吗？此后数据包只用新密钥加密；此次更换会记入日志。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Your workspace password (head office can then recover the workspace):</source>
        <translation>请输入工作区密码（之后总行可帮助恢复该工作区）：</translation>
    </message>
    <message>
        <source>The head-office key is stored.</source>
        <translation>总行密钥已保存。</translation>
    </message>
    <message>
        <source>Export this workstation&apos;s enrolment file</source>
        <translation>导出本工作台的登记文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>登记文件 (*.json)</translation>
    </message>
    <message>
        <source>Written to {path}. Send it to head office.</source>
        <translation>已写入 {path}。请将其发送给总行。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up the workspace…</source>
        <translation>正在备份工作区…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({s:.1f} s).</source>
        <translation>已备份至 {path}（用时 {s:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已备份至 {path}。</translation>
    </message>
    <message>
        <source>Automatic backup failed: {why}</source>
        <translation>自动备份失败：{why}</translation>
    </message>
    <message>
        <source>Automatic backup: {path}</source>
        <translation>自动备份：{path}</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The password is changed. Use the new one from now on.

The data key was kept, so backups and copies of the key file made before today still open with the old password. To re-encrypt the workspace under a new key, close the workstation and run: main.py password change --workspace &lt;folder&gt;</source>
        <translation>口令已修改，今后请使用新口令。

数据密钥未更换，因此今天之前制作的备份和密钥文件副本仍可用旧口令打开。如需用新密钥重新加密工作区，请关闭工作台后运行：main.py password change --workspace &lt;文件夹&gt;</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>归档案件</translation>
    </message>
    <message>
        <source>Archive case {number}? Reason (required when the case was never exported to head office):</source>
        <translation>归档案件 {number}？原因（案件从未导出至总行时必填）：</translation>
    </message>
    <message>
        <source>The case is no longer there.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Case {number} is archived.</source>
        <translation>案件 {number} 已归档。</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>Signature:</source>
        <extracomment>Cell padding (points) left and right, above and below. A table row taller than this many lines is cut into several rows, so that it can go to the next page between them (a row never splits inside).</extracomment>
        <translation>签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Case number: {number}</source>
        <translation>案件编号：{number}</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>客户经理：{name}</translation>
    </message>
    <message>
        <source>Printed at: {time}</source>
        <translation>打印时间：{time}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
</TS>
