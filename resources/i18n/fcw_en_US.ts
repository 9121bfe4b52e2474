<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>Utility and bank records go back only {months} months, but the applicant claims {claimed} years in business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of utility or bank history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by key {fingerprint}, which is none of the trusted keys given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name}, key {fingerprint} (one of the trusted keys given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO SIGNED IS NOT CHECKED: the signature is valid for the key the package carries ({fingerprint}), and anyone can make a key. Name the keys you trust with --trusted-key ENROLMENT_FILE to check the signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable: missing {missing}</source>
        <extracomment>provenance of a norm or threshold that comes from the rule pack provenance of a figure derived from imported bank statements a sales estimate resting mainly on industry norms rather than the case&apos;s own records: weaker evidence, never outvoting the case&apos;s own</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>The statuses in the order of the method (the case list sorts by it): the enumeration is declared in that order. domain.lifecycle moves between them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest monthly, principal at maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land use right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General VAT taxpayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-scale taxpayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the credit committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises or renovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or contract financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage per unit of output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substandard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflated income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflated stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overstated wealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forged seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <extracomment>Labels of values that two enumerations share (``normal`` is both a season and a risk class), keyed by the enumeration&apos;s class name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment or term investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; {amber} amber, &gt; {red} red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; {amber} amber, &lt; {red} red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} vs {reference}: {deviation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} {name}, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud rule {rule}: the rule pack lacks the setting {key}</source>
        <extracomment>thresholds already read by :meth:`dec` (the settings live as long as their rule pack and are read for every case)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud rule {rule}: the setting {key} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud rule {rule}: the setting {key} is not a severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant claims {claimed} years in business but was registered only {registered} years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in business claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed minus registered years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code {code} is not valid: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} details of this applicant also appear in other applicants&apos; cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity {average} kWh a month ÷ {usage} kWh per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water {average} m³ a month ÷ {usage} m³ per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated capacity of the equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order per month ÷ capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly output capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full capacity a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machines seen running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current load a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare capacity a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contracts order more than the plant can make, judging by its power use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract counterparties are the applicant&apos;s own people: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer not in customs or bank history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract buyers never seen in customs or bank records: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract price vs history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counterparty}; {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contract prices are far from the usual price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff insured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff seen on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff implied by payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant claims {claimed} staff, {ratio} times the most any evidence shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales exceed {count} independent estimates; the largest gap is {deviation} ({estimate}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books balance only with the verified profit: r1 is {r1} with the declared profit and {r1v} with the verified profit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r1 with declared profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r1 with verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows before the application are {ratio} times the earlier monthly average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average monthly inflow, recent months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}, rests on industry norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales are {deviation} above the verified sales ({verified}); {count} independent estimates fall short by more than {amber}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average monthly inflow, earlier months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio the declared seasons expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of inflows by value are round sums of {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-sum inflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All inflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of inflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of inflows by value left the account again the same day ({count} pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counted on site is {gap} below the stock claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock covers {days} days of sales at cost; the trade norm is {low}–{high} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high}; &gt; {amber} above amber, &gt; {red} red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sales S_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-capital loan need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity gap r1, declared profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote or invoice less own funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or budget less own funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season&apos;s input costs less own funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order&apos;s cost less own funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the need test of its purpose the loan is not needed (need {need}), yet {request} is requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is {ratio} times the need of {need} ({basis}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee {name} was registered only {days} days before the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s business scope has nothing in common with the loan purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee business scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee {name} is not a known supplier and was never paid before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee phone shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee account shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee {name} shares a phone or account with {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee also appears in {count} other applicants&apos; cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud settings: {where} has the wrong form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility account is held by {holder}, not by the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on site, {count} people name {owners} as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a visit day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos were taken outside the visit days ({days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance of photo from the visit (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos were taken more than {km} km from the visit position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity is {r1} short of what the profits should have built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular payments to an individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debts in the credit report not in the balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular monthly payments to {names}: possible private-loan interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement {name} {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ {months} months within {tolerance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit report shows debts the balance sheet does not declare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I declare that I visited the applicant&apos;s business and home in person, that the figures in this report were gathered and checked by me as stated, and that to the best of my knowledge the facts reported are true, complete and not misleading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed as a draft on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit investigation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT {who} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term requested (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount proposed in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term proposed (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT, not for approval: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Labels of case paths the fraud rules point at (``/contracts/1/quantity``; list indexes left out) that the workflow&apos;s fields do not name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character (two haves, one have-not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willing to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bad habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad habits noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Mapping fields in the order the import dialog shows them, with their labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years operating (claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned or rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with social insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <extracomment>the estimates&apos; parameters (``domain.checks.parameters.Parameters`` fields)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running when observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (kWh / m³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOB value in CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed: run the cross-verification to fill this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income statement entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item (per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{season} ({months} mo.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income statement by season (built by the officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing instalments, business (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing instalments, personal (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household spending (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other household income (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory (counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid rent and deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other business assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advances received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-term loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory claimed by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantees given for others (contingent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-balance items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet at {date} (built by the officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Checks whose ``deviation`` is a ratio (claimed ÷ evidence, request ÷ need, cover) rather than a deviation from a reference: shown as &quot;0.96×&quot;. Checks whose ``deviation`` is a share (instalment ÷ income, loan ÷ value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances only with verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference annual sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified annual sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified annual profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified sales in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual sales estimates against the reference (±{g} green, ±{a} amber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s own figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-verification of annual sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of the sales estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation r1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected equity with verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer-built statements and cross-verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to credit query signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit report queried on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdues in 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries in 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts in the credit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debts in the credit report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-capital need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need of the loan&apos;s purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual sales used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash cycle (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working capital needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own working capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing working-capital loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ÷ loan need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {n} more periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment schedule (first periods and totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualised rate (IRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly disposable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment ÷ disposable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraised value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledgeable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse consent obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collateral: credit loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly disposable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guaranteed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two haves, one have-not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guarantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total appraised value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall loan to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total pledgeable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and guarantors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value} ({source}; limit {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value} (limit {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fraud indicator fired for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud-indicator results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack&apos;s LPR is from {as_of}, more than {months} months before this print ({printed}): check the LPR now in force before relying on the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-year LPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPR as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-plus rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding cost × (1 − k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected loss (PD × LGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital charge (k × target return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funding {funding} × (1 − k {k}) + operating {operating} + PD {pd} × LGD {lgd} + k {k} × target ROC {roc} = {rate} = LPR {lpr} + {spread} bp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {key}: {why}</source>
        <extracomment>(max − min) ÷ median of declared sales per unit of a meter, by month declared monthly output ÷ output of the machines seen running fall of exports, recent half of the declarations against the earlier insured ÷ employees claimed below this: an amber note on the headcount the suggested decision (``[decision]``) instalment ÷ monthly disposable above this: decline amber signals up to this many: approve with conditions; more: escalate every parsed file by name (&quot;fraud.toml&quot; → dict), for sections this module does not type (the fraud rules read theirs through fraud_settings)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <extracomment>Deepest nesting of objects and arrays accepted. A case is 5 levels deep; unknown keys (allowed for forward compatibility) get the rest. Longest integer literal accepted (the case&apos;s integers fit in 32 bits). Largest JSON member, and most values in one: Python objects take up to ~20 times the bytes of ``[[],[],…]``; these bounds keep one parsed member under ~40 MB (docs/FORMATS.md, memory bound per import job).
----------
Digits a decimal may have before the point (money in fen fits 64 bits; Decimal&apos;s 28-digit context never overflows): the case schema&apos;s bound too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds a lone surrogate (not valid Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than {depth} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of more than {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {limit} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank-statement lines up to the application date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short history: the statements cover {months} months, fewer than {minimum}; the annual figure is an extrapolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (signed, or with a debit/credit flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit/credit flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inflows in the statements.</source>
        <extracomment>Words that make a counterparty a business rather than a person (the classifier&apos;s list; ``resources/statement_layouts.toml`` ships the same). Payees that are not a private lender either: businesses and authorities (tax office, power and water works). Private-loan payments skip them. the parts of ``value`` for evidence: ``matched``/``total`` (shares), ``recent_months``/``recent_average``/``earlier_months``/``earlier_average`` (spike), ``runs`` = {name: [(month, total paid), …]} (private loans)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of inflow value ({count} inflows) arrives in multiples of ¥{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of inflow value ({count} inflows) goes out again the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two months of statements before the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inflows in the months before the last {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows of {recent} average ¥{recent_avg} a month, {ratio} times the ¥{earlier_avg} a month of {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of similar size to the same individual in {months} consecutive months ({names}): possible private-loan interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular payments of similar size to one individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must have 18 characters, not {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of an ID number must be a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit should be {expected}, not {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the unified social credit code.</source>
        <extracomment>a character of the code → its value (its place in USCC_CHARS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the patent number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters, not {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number, no longer valid; ask for the 18-digit one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code contains {chars}, which it never uses (the letters I, O, S, V and Z do not occur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character should be {expected}, not {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation-code part {code} of the credit code does not pass its own check (expected {expected}); check the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has 15 to 19 digits, not {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number fails the usual check; compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19; {text} does not look like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patent number has 12 digits (8 before 2003), a dot and a check character, like ZL201920123456.5; {text} does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patent number&apos;s check character should be {expected}, not {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 12-digit patent number starts with a year from 2003 on, not {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patent number&apos;s year {year} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type digit {digit} of the patent number is not 1 or 8 (invention), 2 or 9 (utility model) or 3 (design).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patent number says {actual} but the applicant claims {claimed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} cannot be read as a date; write it like 2026-11-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of money has at most two decimals (fen): {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} was read as {text}%; write 0.125 or 12.5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This percentage cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced second visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad habits seen or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts on the credit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit report notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented cost (quote, budget, inputs, order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business carried on (predecessor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predecessor registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the business does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals on the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales paid in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of stock (stock records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members among the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal workers among the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord&apos;s credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity readings (6 months or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water readings (6 months or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer-built statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasons of the income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly household spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other household income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters set by the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months principal falls due (seasonal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To finish this stage, fill in: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow.toml: {key} must be {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} is missing or out of order (found {found}).</source>
        <extracomment>The entry that records an erasure: ``new`` holds the last erased seq.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values of entry {seq} were erased, but no erasure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends early: entries after {seq} are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case data differs from what entry {seq} recorded: it was changed outside the program, or entries after {seq} were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number {number} names {count} cases ({uuids}): give the UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} was changed elsewhere (version {stored}); reload it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an encrypted workspace database ({reason}).</source>
        <extracomment>The DB-API module of the binding this system installed (see the module&apos;s doc). The SQLCipher major version whose default settings every workspace uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; {path} was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written (no permission or read-only disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a workspace key file ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds no recovery key for head office key {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in another program. Close it there and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a usable key file: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: too many members ({count}).</source>
        <extracomment>all inner members together, as decompressed the encrypted payload (``payload.bin``) members smaller than this are not judged by their ratio (a small JSON may compress well); the running total still bounds them What one import job may hold in memory, stated in docs/FORMATS.md: the ciphertext and the decrypted inner zip (or the inner zip and its members) at once, each at most 64 MB, plus the program itself (~100 MB): measured 243 MB at the peak for a 63 MB package (docs/FORMATS.md).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: member name {name!r} points outside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: member {name!r} is a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: member {name!r} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: member {name!r} expands suspiciously (zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the contents are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {name!r} is too large ({size} bytes; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {name!r} is larger than it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {name!r} expands suspiciously (zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a package, or the file is damaged: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <extracomment>Longest audit texts: the ``audit_entry`` columns (actor varchar(200), action 40).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.json is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.json holds entries of another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log in the package is broken at entry {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package holds a {kind}, not a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case package version {version} is newer than this program reads ({supported}): install a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json does not hold a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case uses schema version {version}; this program reads up to {supported}. Install a version that reads case schema {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json does not fit the case schema: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json is not the case the envelope names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json has no case number or version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment {name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment {name} does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds unexpected members: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log does not end where the envelope says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case.json is not the case its change log ends with: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is here already at version {stored}; the package holds the older version {version}: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another case already has the number {number}: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment {id} belongs to another case here: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log of case {number} in the package does not continue the one held here: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} conflicts with data held here: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} holds a value the database cannot store ({why}): not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a workstation package.</source>
        <extracomment>Envelope fields every package has, each with its exact JSON type.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope is not valid JSON: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a whole number of at least 1, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is {version}, newer than this program reads ({supported}): install a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not the size the envelope says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope names no valid sender key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender fingerprint does not match the sender key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid: the envelope was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload does not match its hash: it was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted for key {wanted}, not for this key ({own}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {name!r} appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is damaged: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no readable manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not list exactly the members present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {name!r} does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack folder not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds no pack.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pack a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack {id} {version} was published before: give a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation is enrolled: nobody to publish the pack for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement layout presets are damaged: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement_layouts.toml: classification.{key} must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file mixes two text encodings (row {utf8_row} is UTF-8, row {gb_row} is not); export the statement again from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: bytes that are not valid {encoding} text (byte {offset}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the workbook cannot be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the file cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: old .xls workbooks are not supported; save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is a web page saved with a spreadsheet name; open it in Excel or WPS and save it as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no header row with column names such as 交易日期 or 交易金额 in the first {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: there is no column named “{column}” (chosen for {field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no column is chosen for the transaction date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no column is chosen for the amount (or for debit and credit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the table under the header holds no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: not a transaction (no date), skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}, column “{column}”: “{value}” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: no amount, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}, column “{column}”: “{value}” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}, column “{column}”: “{value}” is neither debit (借) nor credit (贷).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: the balance does not follow from the previous balance and the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not be empty.</source>
        <extracomment>``progress(bytes_written, bytes_expected)``; may be called many times, last with ``bytes_written == bytes_expected``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already holds a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds no workspace schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <extracomment>What the full workspace needs, imported by :meth:`QuickWorkspace.preload`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of the application (schema {revision}). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace needs an upgrade before it can be opened read-only; open it normally once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file in {path} belongs to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesale market stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garment workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastic products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyeing and finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers and customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running when seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business&apos;s own figures (before industry norms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The premises are the business&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name of that party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered code of that party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two haves, one have-not (两有一无)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom they name as the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit report (征信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated payment (受托支付)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (risk class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion: the rule pack has no decision thresholds.</source>
        <extracomment>The tick-box conditions (their labels are those of the memo and the history).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion yet: the checks have not been computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending approval over the following needs a written justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the amount requested (¥{requested}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n} from {who}, {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meter} (highest month {top})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh / m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOB value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FX rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse consent needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant and request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was an unannounced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit ends before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is after today: this cannot have happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S1 declared sales (income statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2 sales from purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 sales from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S4 sales from stock turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S5 sales from bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S6 sales from utility meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S7 sales from customs declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S8 sales from site observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short history: {months} months of data, annualised</source>
        <extracomment>the estimates&apos; parameters, each from the officer, the case or the norm the one pass over the statement lines (for the case&apos;s application date), when the assessment made it; the checks walk the lines otherwise</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rests mainly on industry norms: weak evidence that does not outvote the case&apos;s own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference sales S_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× {factor} ({months} months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ monthly sales × months: {terms} = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inflows {inflows} − loans {loans} − own transfers {own} − capital {capital}) {annualised} ÷ (1 − cash share {cash} ({cash_source})) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meter} {quantity} {unit} ÷ {usage} {unit}/{out} ({usage_source}) × {price}/{out} ({price_source}) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meter} {quantity} {unit} {annualised} ÷ {usage} {unit}/{out} ({usage_source}) × {price}/{out} ({price_source}) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified sales and profit</source>
        <extracomment>&quot;override&quot; (the officer&apos;s figure), &quot;median&quot; (of the estimates resting on the case&apos;s own records) or &quot;norm_built&quot; (only norm-built estimates exist)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rent raised to the lease&apos;s {lease} × 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the officer: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of {estimates} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of the norm-built estimates {estimates} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profit {value} × margin {margin} ({margin_source}) − operating costs {opex} = {profit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sales}; {profit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT-exempt: no estimate from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of tax records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vat_label} {vat} ÷ rate {rate} × 12/{months} = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin vs industry band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory counted vs claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of stock vs industry band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount claimed vs evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry band low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry band high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({sales} − {cogs}) ÷ {sales} = {margin}; band {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap below {share} of total assets {assets}: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({claimed} − {counted}) ÷ {claimed} = {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stock} ÷ {cogs} × {year} = {days} days; band {low}–{high} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} claimed − {family} family = {claimed} ÷ max({evidence}) = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} claimed − {seasonal} seasonal = {claimed} ÷ max({evidence}) = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} claimed − {family} family − {seasonal} seasonal = {claimed} ÷ max({evidence}) = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social insurance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payroll ÷ average wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {insured} of {claimed} employees have social insurance ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every member of staff claimed is family or seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff evidenced against {claimed} claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{claimed} claimed ÷ max({evidence}) = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loans drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity reconciliation (declared profit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity reconciliation (verified profit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity at start E_start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net profit over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capital injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other household income over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity today E_actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable: expected equity {expected} is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected equity {expected_terms}; r1 = (equity today {actual} − {expected}) ÷ {expected} = {r1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases {purchases} ÷ (1 − margin {margin} ({margin_source})) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero-rated export sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vat_label} {vat} ÷ rate {rate} × 12/{months} = home sales {home}; + zero-rated export sales {exports} (VAT return) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports are zero-rated: VAT shows the home sales only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vat_label} {vat} ÷ rate {rate} × 12/{months} = home sales {home}; ÷ (1 − export share {share} ({share_source})) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stock: the stock turn says nothing about the sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock {stock} × {year} ÷ {days} days ({days_source}) ÷ (1 − margin {margin} ({margin_source})) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales per kWh, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales per m³ of water, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared output vs the machines seen running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports, recent months against the earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median sales per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales per {unit}: lowest {low} ({low_month}), median {mid}, highest {high} ({high_month}); (highest − lowest) ÷ median = {spread}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <extracomment>the meter units as words in the arithmetic (m³ reads the same in Chinese)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no machine was running at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared output a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output of the machines running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of capacity idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sales} ÷ 12 ÷ {price} ({price_source}) = {output} a month; machines running make {running} of {full} ({idle} idle); {output} ÷ {running} = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports, earlier months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports, recent months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports {first}–{mid} {before}, {start}–{last} {after}; ({before} − {after}) ÷ {before} = {fall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece</source>
        <extracomment>the units of output of the shipped industry norms (industries.toml output_unit_en), marked so that the arithmetic reads in the reader&apos;s language; a unit a later rule pack adds is shown in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg of fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand yuan of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand yuan of freight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage per unit of output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOB value in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ FOB × FX of {count} declarations {total} {annualised} = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ FOB × FX of {count} declarations {total} {annualised} = exports {exports}; ÷ export share {share} ({share_source}) = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days open per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customers} customers/day × {ticket} × {days} days = {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule could not run: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule-pack setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} patent numbers are not valid: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent type by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed: {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} patents are of another type than claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code on the seal {code} is not a valid credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal of the {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal carries the code {code}, not the registered {registered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal reads {name}, not the registered name {registered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory (claimed, not in total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantees given (contingent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity (assets − liabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income statement, monthly figures by season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing business instalments (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing personal instalments (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment capacity: instalment ÷ monthly disposable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested vs working-capital need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>the unit of the working-capital days, marked so that views showing the inputs with their units (the spreading view) read it in the reader&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual operating profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other household income, monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household spending, monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing instalments, monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new instalment, monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly disposable income {disposable} is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instalment} ÷ {disposable} = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivable days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payable days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepayment days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advance-receipt days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own working capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing working-capital loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} turns = {need}; − own {own} − loans {existing} − other {other} = loan need {loan_need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no working-capital loan need against a request of {requested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sales} × (1 − {margin}) × (1 + {growth}) ÷ {turns} turns = {need}; − own {own} − loans {existing} − other {other} = loan need {loan_need}; request {requested} ÷ {loan_need} = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal due in months {months}{slack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, of them slack season: {slack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan-to-value against pledge-rate caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor capacity: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower age at maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appraised value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pledge-rate cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loan} ÷ {total} = {ltv} against cap {cap} (pledgeable {pledgeable})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guaranteed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly disposable income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net worth {worth} ÷ guaranteed {guaranteed} = {cover}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {birth}, matures {maturity}: age {age} (limit {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who records the decision on the flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the flag is dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the case may go ahead with this flag pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} red fraud flags are still pending: {rules}. Confirm or dismiss them, or record an override reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red fraud flag is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters show once the checks are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (shares as fractions, e.g. 0.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fraud flags open beside every stage: the button below, or Ctrl+Shift+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flag decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales</source>
        <extracomment>What each check of DOMAIN.md §4 needs before the engine can compute it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from stock turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s products</source>
        <extracomment>the input labels that carry a parameter of :mod:`domain.checks.parameters`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s own figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the officer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank statement import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customs declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested vs the purpose&apos;s need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote or invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract or budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>season&apos;s input costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost share of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {cost} ({document}) × cost share {share} (1 − margin {margin}, {margin_source}) − own funds {own} = need {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {cost} ({document}) − own funds {own} = need {need}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own funds cover the whole cost, yet {requested} is requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}; request {requested} ÷ {need} = {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner&apos;s birth date</source>
        <extracomment>English source labels of the input ids the checks name when inputs are missing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average ticket (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers per day (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rate of the declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month of the declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity at the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guarantor&apos;s net worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seasonal income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross margin below 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan amount and term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days of stock (industry norm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT levy rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank statements (purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the loan pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented cost of the purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export sales on the VAT return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>independent sales estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity of the equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customs declarations of six months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule-pack thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantees given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the side inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit report query date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s business scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent type claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named as the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal income statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation / ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a check to see its arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales estimates against the reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment engine is not available; these inputs are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed; will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flags of the last assessment (交叉检验)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fraud flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flags: &lt;b style=&apos;color:#c62828&apos;&gt;● red {red}&lt;/b&gt; · &lt;b style=&apos;color:#b07800&apos;&gt;● amber {amber}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field of the editor shows {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case reopened? The memo must be printed again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be saved. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To finish this stage, correct: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Everything required is filled in: press Finish stage (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Still to fill in: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time in photo</source>
        <extracomment>Where &quot;use this photo&apos;s position / time&quot; write (the first visit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPS in photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos… (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this photo&apos;s position for the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this photo&apos;s time as the visit&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is more than 100%; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the month like 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month is still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: pick the time, or press Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is after today; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time like 2026-11-27 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the months as numbers from 1 to 12, like 1、7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing entered yet. Press “Add row” to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No head-office key is known: nothing can be exported. Import head office&apos;s enrolment file first: main.py keys import-headoffice --workspace DIR FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment file belongs to a {role}, not to head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different head-office key ({current}) is already stored; the new one is {new}. Use --replace to replace it (the change is logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key passphrase may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists already; not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed on site (眼见为实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the officer saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular payments to one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales receipts</source>
        <extracomment>Words for the statement categories (the domain&apos;s enum has no labels of its own; without these the officer saw ``loan_drawn`` and ``own_transfer``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer between own accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan repayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement exports (*.csv *.xlsx *.xls *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} lines imported, {duplicates} already in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-classify a statement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no assessment engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output VAT (general taxpayer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT paid (small-scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levy rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity bridge (权益检验)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse consent required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified sales set by the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flag decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of advance receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty&apos;s credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo position (longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing business instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing personal instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of prepayments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference sales set by the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of business together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} · {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored: {why}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this backup. A backup opens with the workspace password that was in use when it was made ({date}), not necessarily today&apos;s: a password change re-keys the workspace, and its backups keep the old password and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace {path} is open in another program (a file in it is in use). Close it there and restore again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported case needs a case number and a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number {number} already belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} version {version} differs from the stored copy of the same version; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} version {version} is older than the stored version {stored}; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log of case {number} is broken at entry {seq}: not exported.</source>
        <extracomment>Statuses from which a memo exists and travels with the case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} does not fit the case schema: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number}: the bytes of attachment {name} are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is not exported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace {path} is open in another program. Close it there, or open this workspace read-only.</source>
        <extracomment>Windows locks byte ranges and refuses reads of a locked range: lock one byte far past the holder&apos;s details so that others can still read them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace {path} is open in another program (process {pid} on {host}, since {since}). Close it there, or open this workspace read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a spreadsheet must end in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} was never exported to head office; give a reason to archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived cases are kept for {days} days; purging younger ones ({asked} days) is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head-office database {url} cannot be reached or went away ({why}). Nothing is half-written; run the command again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office runs on PostgreSQL: {url} is not a postgresql+psycopg URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} cannot be used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack has no bank-statement thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment file belongs to a {role}, not to a workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by key {fingerprint}, which head office has not enrolled: not imported. Enrol the workstation first: main.py headoffice keys add --db URL ENROLMENT_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is signed by key {fingerprint}, not by head office&apos;s key ({known}): not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package holds a {kind}, not a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply.json is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply.json is not about the case the envelope names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is about case {number}, which is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision {decision}: use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is returned with at least one question (--question).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions go with a return; this decision is {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs head office&apos;s key file and an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} did not come in as a package: no workstation to reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office blacklist: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} identifier(s) in this case are on head office&apos;s blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown blacklist kind {kind}: use one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too short to be a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack is signed by key {fingerprint}, not by head office&apos;s key ({known}): not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package holds a {kind}, not a rule pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack holds an unexpected member {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s files are not the pack the envelope names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack {id} {version} is older than the installed {current}: not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On head office&apos;s blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in business beyond registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details shared with another applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records shorter than claimed history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order beyond capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract price far from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty related to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff claimed beyond evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales above estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity balances only with verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow spike before application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per kWh swing by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output beyond the machines running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports fell, declared sales did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counted below claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of stock above industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid patent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent type mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request exceeds loan need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee newly registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s business unrelated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee not a past supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee related to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee in another applicant&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid code on the seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal code differs from the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal name differs from the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility account held by another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken outside the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken far from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else named as the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity short of expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular payments to individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeclared credit debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <extracomment>Translation context of strings marked with tr_noop: pyside6-lupdate, run with ``-tr-function-alias QT_TR_NOOP+=tr_noop``, files them under the empty context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo printed as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to head office as {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention {days} days; archived {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged; {count} attachments removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} sha256:{hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned by head office ({reviewer}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office approved ({reviewer}): {comment}</source>
        <extracomment>Head office&apos;s other decisions on an exported case (a return is RETURNED_BY).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office approved with changes ({reviewer}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office deferred the decision ({reviewer}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head office declined ({reviewer}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not possible.</source>
        <extracomment>Where each move may start from, and where it leads. The statuses in the order of the method (the case list sorts by it). Statuses in which the officer edits the case. In the others the case is fixed: analysed and printed cases are reopened first (:func:`reopen`), exported ones come back only through head office&apos;s return. Statuses from which a final memo may be printed again (a reprint keeps the status).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final memo is printed once the investigation is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the case is {status}.</source>
        <extracomment>What a new case takes from a case file: the investigation&apos;s data. Identity, status, stages, the officer&apos;s decisions, head office&apos;s questions and the attachments (whose bytes a file does not hold) start afresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {stage} is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag {rule} is pending: confirm or dismiss it, or record an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s question {n} has no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete investigation</source>
        <extracomment>Blockers listed before &quot;and N more&quot; (the bar stays a few lines high).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to head office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to head office: waiting for its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: the case can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: answer head office&apos;s questions, then export again → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: complete the investigation → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: print the credit memo → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: export the case to head office → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen to change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed red flag: {title}</source>
        <extracomment>conditions the conclusion stage offers (ids of ``ui.stages.conclusion.CONDITIONS``) checks whose amber (or, for security, red) light is a signal for the decision</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monthly disposable income for the instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instalment takes {ratio} of the monthly disposable income (limit {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the equity reconciliation fails (r1 {r1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red flag still to decide: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repayment capacity cannot be worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} amber signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check within tolerance and no fraud flag open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber flag: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amber check: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sales per unit of the meters swing from month to month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of sales per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared output is {ratio} times what the machines seen running make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared output ÷ running machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports fell by {fall}; at the recent level the year is {run_rate} yuan, {gap} below the declared sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports, recent against earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the loan pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document stating the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own funds put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification of approving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No justification has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval over a decline reason needs a written justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package says it comes from {declared} (branch {declared_branch}), but it is signed by the key enrolled for {enrolled} (branch {enrolled_branch}): not imported. A package&apos;s officer and branch are those head office enrolled for its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} belongs to key {owner}; this package is signed by key {fingerprint} ({officer}): not imported. Head office can hand the case over: main.py headoffice transfer --db URL CASE --to FINGERPRINT --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs a reason (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} did not come in as a package: it has no owner key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} belongs to key {fingerprint} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by key {fingerprint}, which is not trusted here: not imported. Only this workstation&apos;s own key and the keys named with --trusted-key ENROLMENT_FILE are trusted.</source>
        <extracomment>The label of the workspace&apos;s own key in a trust list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate above the declared figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate below the declared figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate matches the declared figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate above the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate below the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate matches the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the officer&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of the estimates from the case&apos;s own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of norm-built estimates only (weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity today (assets − liabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected equity, declared profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap r1, declared profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected equity, verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap r1, verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances only with the verified profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declared profit is likely inflated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90 degrees; {value} is not one (is it the longitude?).</source>
        <extracomment>Ring radii (metres) the plot may draw: the smallest that holds every photo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the latitude as decimal degrees, like 28.5 (north positive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180 degrees; {value} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the longitude as decimal degrees, like 121.4 (east positive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visit&apos;s latitude and longitude (or use a photo&apos;s) to see where the photos were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business (the visit position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position in these photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has more than {digits} digits before the point.</source>
        <extracomment>Checks nothing: what a caller without the resource file gets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has more than {digits} decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is less than {minimum}, the smallest plausible value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is more than {maximum}, the largest plausible value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth date of {date} would make the person older than {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is before {earliest}: not a plausible date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is more than {years} years from today: not a plausible date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy {path} failed its check ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head of the change log is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head does not name the end of the change log it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}: head office has seen its change log signed up to entry {seq}, but this package carries no signed head: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}: the change log was rewound: head office has seen it up to entry {seq} (head {head}…), this package ends earlier: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}: the change log was rewritten: entry {seq} is not the one head office saw (head {head}…): not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed head names another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}: the change log no longer holds entry {seq} as head office saw it (head {head}…): not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error ({kind}) stopped this package; it is a bug: please report it with the log file</source>
        <extracomment>One package&apos;s result: (status, the line to say, the import&apos;s outcome when OK).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} package(s) committed ({imported} new, {replaced} replaced); {unchanged} held already; {failed} failed; {untried} not tried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Credit Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided on-site credit investigation for micro and small business loans: see for yourself, cross-check the figures, write the memo. Works offline; every case is encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built {date} with {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}; dependency lock (uv.lock) SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildProgress</name>
    <message>
        <source>Field Credit Workstation</source>
        <extracomment>A batch expected to last longer than this shows its progress dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace: case {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search case number or applicant (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHistoryDialog</name>
    <message>
        <source>Case contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log format upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— → filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain broken at entry {seq}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only view. The guided case editor opens cases here later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <extracomment>Column → ``order_by`` field of ``CaseStore.summaries``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{red} red and {amber} amber flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Branch</source>
        <extracomment>Headings and labels of the page, marked for translation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in other officers’ cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-office decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <extracomment>What two cases were found to share (storage.headoffice.portfolio.MATCH_KINDS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>The colour of each light and severity on the page (as in the officer&apos;s flags panel).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>``industry_names(language) -&gt; {industry id: display name}``, from the rule pack. ``open_case_factory(window, session) -&gt; open_case(uuid)``: the case editor. ``actions_factory(window, session)``: installs the service menus (print, export, tools).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that the workstation did not expect. Your saved work is safe; the error has been written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <extracomment>After the first paint, the full workspace&apos;s modules load in the background (storage.quick_open): the first case opened does not wait for them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting case {index} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>At least {n} characters ({have} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 3 of: lower case, upper case, digit, symbol ({have} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases are kept in an encrypted workspace on this computer. Enter your details and choose a password: without it nobody, not even you, can read the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王建国</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four digits, e.g. 3301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsDock</name>
    <message>
        <source>Fraud flags: red {red} · amber {amber} · info {info}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to dismiss or override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red {red} · Amber {amber} · Info {info}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flag to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fraud flags in the last assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: no decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} by {by} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for {name} ({staff_no}). Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Field Credit Workstation</source>
        <extracomment>Minutes of inactivity the officer may choose before the window locks. The list was queried again: a case may have changed elsewhere.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Credit Workstation (read-only)</source>
        <extracomment>Opened beside another writer (WorkspaceBusy → &quot;open read-only&quot;): no new cases.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to start the first investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {name} ({staff_no})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: another program writes to this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the workstation starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoBatchDialog</name>
    <message>
        <source>Print credit memos</source>
        <extracomment>``print_memo(case_uuid, path)`` prints the final memo (raises MemoBlocked when the lifecycle does not allow it yet); ``draft=True`` prints a draft.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the memos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing memo {index} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoPrinter</name>
    <message>
        <source>Print memo</source>
        <extracomment>``set_busy(True)`` while a batch runs: the caller disables its list and menus.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo is at {path}; no PDF viewer could open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final memo cannot be printed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can print a draft, marked DRAFT on every page, to discuss the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fraud flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for {n} memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} memos printed into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print credit memos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name or owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose later —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 300000 or 30万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount requested (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive amount in yuan, e.g. 300000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioWindow</name>
    <message>
        <source>Head office portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and amount by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and amount by light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cases, total {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesEstimateChart</name>
    <message>
        <source>Reference {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadingModel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: {inputs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadingView</name>
    <message>
        <source>Estimate {estimate} against the reference {reference}: {deviation}, {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to see its full arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified sales and profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementImportDialog</name>
    <message>
        <source>Import bank statement</source>
        <extracomment>``parse(mapping) -&gt; ParsedStatement``; ``mapping=None`` lets the reader guess.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator of the summary&apos;s parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (preview shows the first %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known layout: choose which column holds which field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <source>What the investigation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key verified figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks by light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look at: {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud flags by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fraud flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggested decision: the rule pack has no thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only? You can look at cases but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Demo workspace. The password is: {password}</source>
        <extracomment>``attempt(password) -&gt; True`` when it unlocks; False or WrongPassword when wrong. Wrong passwords allowed before the panel makes the officer wait. Pause after each wrong password beyond the free ones (slows guessing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} wrong passwords. Wait {s} seconds before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password (attempt {n}). Check Caps Lock and the input method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Print memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selected to head office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all &amp;ready to head office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import head office key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this workstation&apos;s enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <extracomment>Actions that write to the workspace (status, access log, keys, password).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is ready: only analysed cases can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workstation: Tools → Import head office key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for {n} packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} cases exported into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <extracomment>How often the automatic backup looks whether one is due.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full ID/phone/account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the numbers are masked. The choice is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import head office &amp;reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in the background; the list is back when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the spreadsheet: case {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import head office reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office replies (*.fcwreply);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office returned case {number} with {n} questions. Open the case, answer them in the Conclusion stage, and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s decision on case {number}: {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import head office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.json *.fcwkey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This head-office key is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office: {name}
Fingerprint: {fp}

Import this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different head-office key is stored ({old}). Replace it with {new}? Packages will then be encrypted for the new key only; the change is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workspace password (head office can then recover the workspace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head-office key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this workstation&apos;s enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}. Send it to head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path} ({s:.1f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is changed. Use the new one from now on.

The data key was kept, so backups and copies of the key file made before today still open with the old password. To re-encrypt the workspace under a new key, close the workstation and run: main.py password change --workspace &lt;folder&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive case {number}? Reason (required when the case was never exported to head office):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>Signature:</source>
        <extracomment>Cell padding (points) left and right, above and below. A table row taller than this many lines is cut into several rows, so that it can go to the next page between them (a row never splits inside).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
