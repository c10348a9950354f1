<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>M0 (not due)</source>
        <translation>M0（未到期）</translation>
    </message>
    <message>
        <source>M1</source>
        <translation>M1</translation>
    </message>
    <message>
        <source>M2</source>
        <translation>M2</translation>
    </message>
    <message>
        <source>M3</source>
        <translation>M3</translation>
    </message>
    <message>
        <source>M4+</source>
        <translation>M4+</translation>
    </message>
    <message>
        <source>A (low)</source>
        <translation>A（低）</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>E (high)</source>
        <translation>E（高）</translation>
    </message>
    <message>
        <source>Consumer instalment</source>
        <translation>消费分期</translation>
    </message>
    <message>
        <source>Cash loan</source>
        <translation>现金贷</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>还款中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Charged off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅电话</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>禁止呼叫</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <translation>困难缓催</translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <translation>特殊关怀客户</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>预约回拨</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>承诺跟进</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>承诺跳票</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>还款提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延后</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>预约回拨到期</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>承诺今日到期</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>承诺已跳票</translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>3 天内到期</translation>
    </message>
    <message>
        <source>Large balance</source>
        <translation>大额欠款</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>号码无效</translation>
    </message>
    <message>
        <source>Wrong party</source>
        <translation>错号</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Right party contact</source>
        <translation>本人接通</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还款</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>要求回拨</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待兑现</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>部分兑现</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>跳票</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>拨号中…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>振铃中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <source>You hung up</source>
        <translation>您已挂断</translation>
    </message>
    <message>
        <source>Customer hung up</source>
        <translation>客户挂断</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>对方占线</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>对方拒接</translation>
    </message>
    <message>
        <source>Number does not exist</source>
        <translation>空号</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>呼叫失败</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>本期应还</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card debit</source>
        <translation>银行卡代扣</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>task reason: dispute, hardship or do-not-call</comment>
        <translation>暂停催收</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>call state</comment>
        <translation>保持中</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Customer is do-not-call</source>
        <translation>客户禁止呼叫</translation>
    </message>
    <message>
        <source>Collection on hold</source>
        <translation>暂停催收</translation>
    </message>
    <message>
        <source>Number is do-not-call</source>
        <translation>号码禁止呼叫</translation>
    </message>
    <message>
        <source>Number invalid</source>
        <translation>号码无效</translation>
    </message>
    <message>
        <source>Outside calling hours</source>
        <translation>不在可呼叫时段</translation>
    </message>
    <message>
        <source>No calls on this day</source>
        <translation>当日不可呼叫</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Daily attempts used up</source>
        <translation>今日拨打次数已满</translation>
    </message>
    <message>
        <source>Daily conversations used up</source>
        <translation>今日通话次数已满</translation>
    </message>
    <message>
        <source>Weekly attempts used up</source>
        <translation>周期内拨打次数已满</translation>
    </message>
    <message>
        <source>Too soon after the last conversation</source>
        <translation>距上次通话间隔过短</translation>
    </message>
    <message>
        <source>Contact not yet allowed</source>
        <translation>暂不可联系第三方</translation>
    </message>
    <message>
        <source>it is %1 for the customer; calls are allowed only within the calling hours</source>
        <translation>客户当地时间 %1，仅可在可呼叫时段内拨打</translation>
    </message>
    <message>
        <source>%1 unanswered attempts on this number today (limit %2)</source>
        <translation>该号码今日未接通 %1 次（上限 %2 次）</translation>
    </message>
    <message>
        <source>%1 conversations with this customer today (limit %2)</source>
        <translation>今日已与该客户通话 %1 次（上限 %2 次）</translation>
    </message>
    <message>
        <source>relatives and other contacts may be called only after the customer&apos;s own numbers fail repeatedly</source>
        <translation>仅在客户本人号码多次无法接通后，才可联系亲友等第三方</translation>
    </message>
    <message>
        <source>dispute or hardship hold: no collection calls</source>
        <translation>争议或困难缓催中：不得催收来电</translation>
    </message>
    <message>
        <source>With legal</source>
        <translation>已转法务</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法务审核</translation>
    </message>
    <message>
        <source>Days-past-due milestone</source>
        <translation>逾期天数节点</translation>
    </message>
    <message>
        <source>Retry due</source>
        <translation>到期重拨</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>近期未联系上</translation>
    </message>
    <message>
        <source>Repeated refusal</source>
        <translation>多次拒绝还款</translation>
    </message>
    <message>
        <source>Promise partly kept</source>
        <translation>承诺部分履行</translation>
    </message>
    <message>
        <source>New overdue installment</source>
        <translation>新增逾期期数</translation>
    </message>
    <message>
        <source>Rolled to a later bucket</source>
        <translation>账龄滚动恶化</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>评分偏低</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>按时履约</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Within your limit</source>
        <translation>权限内自动通过</translation>
    </message>
    <message>
        <source>Customer deceased</source>
        <translation>客户已故</translation>
    </message>
    <message>
        <source>hardship hold until %1: no collection calls</source>
        <translation>困难暂缓至 %1：不得催收来电</translation>
    </message>
    <message>
        <source>the customer is reported deceased: no contact</source>
        <translation>客户已报身故：不得联系</translation>
    </message>
    <message>
        <source>the account is with legal: the floor does not call</source>
        <translation>该账户已转法务：坐席不再外呼</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In the audio (RFC 2833)</source>
        <translation>随语音发送（RFC 2833）</translation>
    </message>
    <message>
        <source>As SIP INFO messages</source>
        <translation>以 SIP INFO 消息发送</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Need to prepare</source>
        <translation>需要准备</translation>
    </message>
    <message>
        <source>Wrong task for me</source>
        <translation>任务不适合我</translation>
    </message>
    <message>
        <source>Taking a break</source>
        <translation>休息一下</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>agent state</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Dialling</source>
        <comment>agent state</comment>
        <translation>拨号中</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>agent state</comment>
        <translation>振铃中</translation>
    </message>
    <message>
        <source>On a call</source>
        <comment>agent state</comment>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Customer on hold</source>
        <comment>agent state</comment>
        <translation>客户保持中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>agent state</comment>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Not ready</source>
        <comment>agent state</comment>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>not-ready reason</comment>
        <translation>休息</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>not-ready reason</comment>
        <translation>培训</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>not-ready reason</comment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Coaching</source>
        <comment>not-ready reason</comment>
        <translation>辅导</translation>
    </message>
    <message>
        <source>System</source>
        <comment>not-ready reason</comment>
        <translation>系统</translation>
    </message>
    <message>
        <source>Not ready (%1)</source>
        <comment>agent state with its reason</comment>
        <translation>未就绪（%1）</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS（加密）</translation>
    </message>
    <message>
        <source>Daily SMS used up</source>
        <translation>今日短信已达上限</translation>
    </message>
    <message>
        <source>Text for the customer, not for a contact</source>
        <translation>此模板仅发给本人，不可发给联系人</translation>
    </message>
    <message>
        <source>SMS queued</source>
        <comment>delivery state</comment>
        <translation>短信待发送</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <comment>delivery state</comment>
        <translation>短信已发送</translation>
    </message>
    <message>
        <source>SMS failed</source>
        <comment>delivery state</comment>
        <translation>短信发送失败</translation>
    </message>
    <message>
        <source>Threat or intimidation</source>
        <comment>compliance lint rule</comment>
        <translation>威胁恐吓</translation>
    </message>
    <message>
        <source>Insulting language</source>
        <comment>compliance lint rule</comment>
        <translation>侮辱性语言</translation>
    </message>
    <message>
        <source>Posing as police, court or lawyer</source>
        <comment>compliance lint rule</comment>
        <translation>冒充公检法或律师</translation>
    </message>
    <message>
        <source>Exaggerated legal consequences</source>
        <comment>compliance lint rule</comment>
        <translation>夸大法律后果</translation>
    </message>
    <message>
        <source>Debt disclosed to a third party</source>
        <comment>compliance lint rule</comment>
        <translation>向第三方透露欠款</translation>
    </message>
    <message>
        <source>Pressure to borrow elsewhere</source>
        <comment>compliance lint rule</comment>
        <translation>诱导以贷还贷</translation>
    </message>
    <message>
        <source>the customer already received the day&apos;s SMS (limit %1); more tomorrow</source>
        <translation>客户今日已收到短信上限（%1 条），明天再发</translation>
    </message>
    <message>
        <source>this template is written for the customer; a relative or contact gets a contact template</source>
        <translation>此模板写给客户本人；亲属或联系人请用联系人模板</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>floor state</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Not ready</source>
        <comment>floor state</comment>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>On a call</source>
        <comment>floor state</comment>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>floor state</comment>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>floor state</comment>
        <translation>离线</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>floor state</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not ready too long</source>
        <translation>未就绪时间过长</translation>
    </message>
    <message>
        <source>Wrap-up too long</source>
        <translation>话后处理时间过长</translation>
    </message>
    <message>
        <source>Agent disconnected</source>
        <translation>坐席已断线</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>回拨已逾时</translation>
    </message>
    <message>
        <source>Queue too long</source>
        <translation>队列过长</translation>
    </message>
    <message>
        <source>Oldest task over SLA</source>
        <translation>最久任务超出时限</translation>
    </message>
    <message>
        <source>Many broken promises</source>
        <translation>大量承诺未兑现</translation>
    </message>
    <message>
        <source>Compliance override</source>
        <translation>合规放行</translation>
    </message>
    <message>
        <source>Floor alert</source>
        <translation>现场告警</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1（上限 %2）</translation>
    </message>
    <message>
        <source>%1 tasks (limit %2)</source>
        <translation>%1 个任务（上限 %2）</translation>
    </message>
    <message>
        <source>%1 in an hour (limit %2)</source>
        <translation>一小时内 %1 个（上限 %2）</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>%1 (acknowledged by %2)</source>
        <translation>%1（%2 已确认）</translation>
    </message>
    <message>
        <source>This loan has nothing left to pay.</source>
        <translation>该笔借款已无待还金额。</translation>
    </message>
    <message>
        <source>The discount must be between 0 % and 50 %.</source>
        <translation>减免比例须在 0% 至 50% 之间。</translation>
    </message>
    <message>
        <source>Choose 1 to 36 instalments, each at least ¥0.01.</source>
        <translation>请选择 1 至 36 期，每期至少 ¥0.01。</translation>
    </message>
    <message>
        <source>Choose the date of the first payment.</source>
        <translation>请选择首期还款日期。</translation>
    </message>
    <message>
        <source>The first payment cannot be before the customer&apos;s today.</source>
        <translation>首期还款日不能早于客户当地的今天。</translation>
    </message>
    <message>
        <source>The first amount cannot be negative.</source>
        <translation>首期金额不能为负数。</translation>
    </message>
    <message>
        <source>The first amount is larger than the total allows (every later instalment needs at least ¥0.01).</source>
        <translation>首期金额超出合计允许范围（之后每期至少 ¥0.01）。</translation>
    </message>
    <message>
        <source>With one instalment the first amount is the whole total.</source>
        <translation>仅一期时，首期金额即为全部应还合计。</translation>
    </message>
    <message>
        <source>Network error (not counted)</source>
        <translation>网络故障（不计入拨打次数）</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <comment>script checkpoint title</comment>
        <translation>已核实身份</translation>
    </message>
    <message>
        <source>Agent and company named</source>
        <comment>script checkpoint title</comment>
        <translation>已自报姓名和公司</translation>
    </message>
    <message>
        <source>Purpose stated</source>
        <comment>script checkpoint title</comment>
        <translation>已说明来电目的</translation>
    </message>
    <message>
        <source>Amount and due date confirmed</source>
        <comment>script checkpoint title</comment>
        <translation>已确认金额和应还日期</translation>
    </message>
    <message>
        <source>Payment asked for</source>
        <comment>script checkpoint title</comment>
        <translation>已提出还款要求</translation>
    </message>
    <message>
        <source>Promise recapped</source>
        <comment>script checkpoint title</comment>
        <translation>已复述承诺内容</translation>
    </message>
    <message>
        <source>Nothing disclosed</source>
        <comment>script checkpoint title</comment>
        <translation>未透露欠款信息</translation>
    </message>
    <message>
        <source>No money now</source>
        <comment>objection card</comment>
        <translation>暂时没钱</translation>
    </message>
    <message>
        <source>Already paid</source>
        <comment>objection card</comment>
        <translation>称已还款</translation>
    </message>
    <message>
        <source>Dispute</source>
        <comment>objection card</comment>
        <translation>争议</translation>
    </message>
    <message>
        <source>Hardship</source>
        <comment>objection card</comment>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <comment>objection card</comment>
        <translation>非本人</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <comment>objection card</comment>
        <translation>客户情绪激动</translation>
    </message>
    <message>
        <source>Say</source>
        <comment>script step kind</comment>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Ask</source>
        <comment>script step kind</comment>
        <translation>提问</translation>
    </message>
    <message>
        <source>End</source>
        <comment>script step kind</comment>
        <translation>结束</translation>
    </message>
    <message>
        <source>The debtor</source>
        <comment>who answers the call (script segment)</comment>
        <translation>借款人本人</translation>
    </message>
    <message>
        <source>A third party</source>
        <comment>who answers the call (script segment)</comment>
        <translation>第三方</translation>
    </message>
    <message>
        <source>No promise</source>
        <comment>script segment: promise situation</comment>
        <translation>无承诺</translation>
    </message>
    <message>
        <source>Promise pending</source>
        <comment>script segment: promise situation</comment>
        <translation>承诺待兑现</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <comment>script segment: promise situation</comment>
        <translation>承诺已跳票</translation>
    </message>
    <message>
        <source>No hold</source>
        <comment>script segment: collection hold</comment>
        <translation>未暂停催收</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>script segment: collection hold</comment>
        <translation>争议中</translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <comment>script segment: collection hold</comment>
        <translation>困难缓催</translation>
    </message>
    <message>
        <source>The script has no steps</source>
        <comment>script problem</comment>
        <translation>话术没有任何步骤</translation>
    </message>
    <message>
        <source>The start step is missing</source>
        <comment>script problem</comment>
        <translation>缺少起始步骤</translation>
    </message>
    <message>
        <source>Two steps share a key</source>
        <comment>script problem</comment>
        <translation>两个步骤的标识重复</translation>
    </message>
    <message>
        <source>Leads to a step that does not exist</source>
        <comment>script problem</comment>
        <translation>指向不存在的步骤</translation>
    </message>
    <message>
        <source>No path from the start reaches this step</source>
        <comment>script problem</comment>
        <translation>从起始步骤无法到达此步骤</translation>
    </message>
    <message>
        <source>The call cannot end from here</source>
        <comment>script problem</comment>
        <translation>从此处无法结束通话</translation>
    </message>
    <message>
        <source>A question needs at least two answers</source>
        <comment>script problem</comment>
        <translation>提问步骤至少需要两个回答选项</translation>
    </message>
    <message>
        <source>A required checkpoint is missing</source>
        <comment>script problem</comment>
        <translation>缺少必检项</translation>
    </message>
    <message>
        <source>Checkpoints come out of order</source>
        <comment>script problem</comment>
        <translation>必检项顺序错误</translation>
    </message>
    <message>
        <source>Unknown merge field</source>
        <comment>script problem</comment>
        <translation>未知的变量字段</translation>
    </message>
    <message>
        <source>Discloses the debt to a third party</source>
        <comment>script problem</comment>
        <translation>向第三方透露欠款</translation>
    </message>
    <message>
        <source>Wording fails the compliance check</source>
        <comment>script problem</comment>
        <translation>措辞未通过合规检查</translation>
    </message>
    <message>
        <source>Two answers share a key</source>
        <comment>script problem</comment>
        <translation>两个回答的标识重复</translation>
    </message>
    <message>
        <source>identity verified</source>
        <comment>script checkpoint</comment>
        <translation>核实身份</translation>
    </message>
    <message>
        <source>agent and company named</source>
        <comment>script checkpoint</comment>
        <translation>自报姓名和公司</translation>
    </message>
    <message>
        <source>purpose stated</source>
        <comment>script checkpoint</comment>
        <translation>说明来电目的</translation>
    </message>
    <message>
        <source>amount and due date confirmed</source>
        <comment>script checkpoint</comment>
        <translation>确认金额和应还日期</translation>
    </message>
    <message>
        <source>payment asked for</source>
        <comment>script checkpoint</comment>
        <translation>提出还款要求</translation>
    </message>
    <message>
        <source>promise recapped</source>
        <comment>script checkpoint</comment>
        <translation>复述承诺内容</translation>
    </message>
    <message>
        <source>nothing disclosed to a third party</source>
        <comment>script checkpoint</comment>
        <translation>不向第三方透露欠款信息</translation>
    </message>
    <message>
        <source>no money now</source>
        <comment>objection</comment>
        <translation>暂时没钱</translation>
    </message>
    <message>
        <source>already paid</source>
        <comment>objection</comment>
        <translation>称已还款</translation>
    </message>
    <message>
        <source>dispute</source>
        <comment>objection</comment>
        <translation>争议</translation>
    </message>
    <message>
        <source>hardship</source>
        <comment>objection</comment>
        <translation>特殊困难</translation>
    </message>
    <message>
        <source>wrong person</source>
        <comment>objection</comment>
        <translation>非本人</translation>
    </message>
    <message>
        <source>angry customer</source>
        <comment>objection</comment>
        <translation>客户情绪激动</translation>
    </message>
    <message>
        <source>Checkpoints in order</source>
        <comment>rehearsal score</comment>
        <translation>必检项按序完成</translation>
    </message>
    <message>
        <source>Compliant notes</source>
        <comment>rehearsal score</comment>
        <translation>催记合规</translation>
    </message>
    <message>
        <source>Objections handled</source>
        <comment>rehearsal score</comment>
        <translation>异议处理</translation>
    </message>
    <message>
        <source>Time to promise</source>
        <comment>rehearsal score</comment>
        <translation>达成承诺用时</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <comment>rehearsal score</comment>
        <translation>记录通话结果</translation>
    </message>
    <message>
        <source>Scenario set up</source>
        <comment>rehearsal event</comment>
        <translation>设置场景</translation>
    </message>
    <message>
        <source>Dialled</source>
        <comment>rehearsal event</comment>
        <translation>拨号</translation>
    </message>
    <message>
        <source>Call connected</source>
        <comment>rehearsal event</comment>
        <translation>通话接通</translation>
    </message>
    <message>
        <source>Customer said</source>
        <comment>rehearsal event</comment>
        <translation>客户发言</translation>
    </message>
    <message>
        <source>Step taken</source>
        <comment>rehearsal event</comment>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Went back a step</source>
        <comment>rehearsal event</comment>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Checkpoint ticked</source>
        <comment>rehearsal event</comment>
        <translation>勾选必检项</translation>
    </message>
    <message>
        <source>Checkpoint unticked</source>
        <comment>rehearsal event</comment>
        <translation>取消勾选必检项</translation>
    </message>
    <message>
        <source>Customer objected</source>
        <comment>rehearsal event</comment>
        <translation>客户提出异议</translation>
    </message>
    <message>
        <source>Objection card opened</source>
        <comment>rehearsal event</comment>
        <translation>打开异议处理卡</translation>
    </message>
    <message>
        <source>Customer promised</source>
        <comment>rehearsal event</comment>
        <translation>客户承诺还款</translation>
    </message>
    <message>
        <source>Call ended</source>
        <comment>rehearsal event</comment>
        <translation>通话结束</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <comment>rehearsal event</comment>
        <translation>记录通话结果</translation>
    </message>
    <message>
        <source>Every expected checkpoint ticked, in order.</source>
        <translation>所有必检项均已按顺序勾选。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Checkpoints ticked out of the script&apos;s order.</source>
        <translation>必检项未按话术顺序勾选。</translation>
    </message>
    <message>
        <source>Disclosed to a third party: %1.</source>
        <translation>向第三方透露：%1。</translation>
    </message>
    <message>
        <source>No forbidden wording in the note.</source>
        <translation>催记中没有违规用语。</translation>
    </message>
    <message>
        <source>Forbidden wording in the note: “%1” (%2).</source>
        <translation>催记中有违规用语：“%1”（%2）。</translation>
    </message>
    <message>
        <source>The customer raised no objection.</source>
        <translation>客户未提出异议。</translation>
    </message>
    <message>
        <source>Objection answered with its card: %1.</source>
        <translation>已用对应的异议处理卡应对：%1。</translation>
    </message>
    <message>
        <source>Objection not answered with its card: %1.</source>
        <translation>未用对应的异议处理卡应对：%1。</translation>
    </message>
    <message>
        <source>No promise to pay expected from this customer.</source>
        <translation>此客户无需达成承诺还款。</translation>
    </message>
    <message>
        <source>Promise reached %1 after the call connected.</source>
        <translation>接通后 %1 达成承诺还款。</translation>
    </message>
    <message>
        <source>The call never reached the customer&apos;s promise.</source>
        <translation>本次通话未达成客户的承诺还款。</translation>
    </message>
    <message>
        <source>Correct outcome: %1.</source>
        <translation>通话结果正确：%1。</translation>
    </message>
    <message>
        <source>Acceptable, but %1 fits better than %2.</source>
        <translation>可以接受，但 %1 比 %2 更合适。</translation>
    </message>
    <message>
        <source>Wrong outcome: %2 recorded, %1 expected.</source>
        <translation>通话结果错误：记录为 %2，应为 %1。</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>未记录通话结果。</translation>
    </message>
    <message>
        <source>Promise amount %2 differs from the %1 the customer said.</source>
        <translation>承诺金额 %2 与客户所说的 %1 不一致。</translation>
    </message>
    <message>
        <source>Promise date %2 differs from the %1 the customer said.</source>
        <translation>承诺日期 %2 与客户所说的 %1 不一致。</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>user role</comment>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>user role</comment>
        <translation>组长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <comment>user role</comment>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>user role</comment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>user role / consulted department</comment>
        <translation>法务</translation>
    </message>
    <message>
        <source>Risk</source>
        <comment>user role / consulted department</comment>
        <translation>风控</translation>
    </message>
    <message>
        <source>Call note flagged</source>
        <translation>催记触发合规提示</translation>
    </message>
    <message>
        <source>note by %1: %2 “%3”</source>
        <translation>%1 的催记：%2“%3”</translation>
    </message>
</context>
<context>
    <name>cd::AgentBoardModel</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>当前任务</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>本人接通</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
</context>
<context>
    <name>cd::AgentPresence</name>
    <message>
        <source>Phone not registered: %1</source>
        <translation>话机未注册：%1</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
</context>
<context>
    <name>cd::AgentStateWidget</name>
    <message>
        <source>Change state</source>
        <translation>切换状态</translation>
    </message>
    <message>
        <source>Set yourself ready for calls, or not ready with a reason</source>
        <translation>设为就绪以接听拨打，或选择原因设为未就绪</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>未就绪：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>agent state, time in it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Set by the application: calls cannot be made now</source>
        <translation>由系统设置：目前无法拨打电话</translation>
    </message>
    <message>
        <source>→ %1 after wrap-up</source>
        <translation>→ 话后处理结束后：%1</translation>
    </message>
    <message>
        <source>→ %1 when the phone works again</source>
        <translation>→ 话机恢复后：%1</translation>
    </message>
    <message>
        <source>Stay ready (cancel the pending not ready)</source>
        <translation>保持就绪（取消待生效的未就绪）</translation>
    </message>
</context>
<context>
    <name>cd::CallBar</name>
    <message>
        <source>Number to dial (Ctrl+1…9)</source>
        <translation>待拨号码 (Ctrl+1…9)</translation>
    </message>
    <message>
        <source>Dial (F2)</source>
        <translation>拨号 (F2)</translation>
    </message>
    <message>
        <source>Hang up (F3)</source>
        <translation>挂断 (F3)</translation>
    </message>
    <message>
        <source>Hold (F4)</source>
        <translation>保持 (F4)</translation>
    </message>
    <message>
        <source>Mute (F6)</source>
        <translation>静音 (F6)</translation>
    </message>
    <message>
        <source>Keypad (F7)</source>
        <translation>拨号盘 (F7)</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>呼叫：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Choose a number first.</source>
        <translation>请先选择号码。</translation>
    </message>
    <message>
        <source>The phone could not start the call.</source>
        <translation>话机无法发起呼叫。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Resume (F4)</source>
        <translation>恢复 (F4)</translation>
    </message>
    <message>
        <source>Unmute (F6)</source>
        <translation>取消静音 (F6)</translation>
    </message>
    <message>
        <source> · today %1/%2</source>
        <translation> · 今日 %1/%2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>禁止拨打：%1</translation>
    </message>
    <message>
        <source> — allowed from %1 (customer&apos;s local time)</source>
        <translation>，%1 后可拨（客户当地时间）</translation>
    </message>
    <message>
        <source> · allowed from %1</source>
        <translation> · %1 后可拨</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>放行…</translation>
    </message>
    <message>
        <source>Let this rule through for this customer for a few hours, with a reason. Audited.</source>
        <translation>在数小时内对该客户放行此规则，需填写原因，全程留痕审计。</translation>
    </message>
    <message>
        <source>Lead override: %1 (by %2, until %3)</source>
        <translation>组长放行：%1（%2，至 %3）</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>接听 (F9)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <source>Blind transfer: hand the call to another number and leave it</source>
        <translation>盲转：把通话转给另一个号码后离开</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>咨询转…</translation>
    </message>
    <message>
        <source>Attended transfer: put the customer on hold and call a colleague first</source>
        <translation>咨询转接：先保持客户，再呼叫同事</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>完成转接</translation>
    </message>
    <message>
        <source>Back to customer</source>
        <translation>回到客户</translation>
    </message>
    <message>
        <source>End the consultation; the customer is taken off hold</source>
        <translation>结束咨询，客户恢复通话</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 录音</translation>
    </message>
    <message>
        <source>This call is being recorded</source>
        <translation>本通话正在录音</translation>
    </message>
    <message>
        <source>Audio received from the other side: jitter and packet loss</source>
        <translation>对方语音质量：抖动和丢包</translation>
    </message>
    <message>
        <source>Jitter %1 ms · loss %2%</source>
        <translation>抖动 %1 毫秒 · 丢包 %2%</translation>
    </message>
    <message>
        <source>This call is being recorded (%1)</source>
        <translation>本通话正在录音（%1）</translation>
    </message>
    <message>
        <source>Incoming call from %1: F9 answers, F3 rejects.</source>
        <translation>%1 来电：F9 接听，F3 拒接。</translation>
    </message>
    <message>
        <source>The consultation ended (%1); the customer is back on the line.</source>
        <translation>咨询已结束（%1），已恢复与客户通话。</translation>
    </message>
    <message>
        <source>Call transferred to %1.</source>
        <translation>通话已转给 %1。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>话机：%1</translation>
    </message>
    <message>
        <source>Phone: %1 (%2)</source>
        <translation>话机：%1（%2）</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer to:</source>
        <translation>转接到的号码或 SIP 地址：</translation>
    </message>
    <message>
        <source>The phone could not answer the call.</source>
        <translation>话机无法接听此来电。</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <source>The call could not be transferred to %1.</source>
        <translation>无法将通话转给 %1。</translation>
    </message>
    <message>
        <source>Consult before transferring</source>
        <translation>转接前先咨询</translation>
    </message>
    <message>
        <source>Could not call %1 for the consultation.</source>
        <translation>无法呼叫 %1 进行咨询。</translation>
    </message>
    <message>
        <source>The transfer could not be completed; the consultation goes on.</source>
        <translation>转接未能完成，咨询通话继续。</translation>
    </message>
</context>
<context>
    <name>cd::ConsultIndicator</name>
    <message numerus="yes">
        <source>Consults: %n unread</source>
        <translation>
            <numerusform>会商：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 (%3 unread)</source>
        <translation>[%1] %2（%3 条未读）</translation>
    </message>
</context>
<context>
    <name>cd::ConsultPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>新建会商…</translation>
    </message>
    <message>
        <source>Write to the thread…</source>
        <translation>在会商中留言…</translation>
    </message>
    <message>
        <source>Consult opened.</source>
        <translation>会商已发起。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 unread</source>
        <translation>
            <numerusform>%n 条消息，%1 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>No consult on this customer yet. Ask the legal or risk department with &quot;New consult…&quot;.</source>
        <translation>该客户暂无会商。可通过“新建会商…”咨询法务或风控。</translation>
    </message>
    <message>
        <source>consulting %1</source>
        <translation>会商：%1</translation>
    </message>
    <message>
        <source>Compliance check: %1</source>
        <translation>合规检查：%1</translation>
    </message>
    <message>
        <source>Consults need a connection to the server.</source>
        <translation>会商需要连接服务器。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Offline: nothing was sent. Your text stays here; send it when the connection is back.</source>
        <translation>已离线：消息未发送。内容已保留，恢复连接后再发送。</translation>
    </message>
    <message>
        <source>This consult or customer is not open to you (any more).</source>
        <translation>你无权（或已无权）查看此会商或客户。</translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 characters.</source>
        <translation>消息为空或超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Your role cannot do this.</source>
        <translation>你的角色无此权限。</translation>
    </message>
    <message>
        <source>The server could not take the message; try again.</source>
        <translation>服务器未能接收消息，请重试。</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>新建会商</translation>
    </message>
    <message>
        <source>Open consult</source>
        <translation>发起会商</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
</context>
<context>
    <name>cd::DispositionDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>预约回拨</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <source>Called %1 · %2 · talk time %3</source>
        <translation>已拨 %1 · %2 · 通话时长 %3</translation>
    </message>
    <message>
        <source>Called %1 · %2 · not answered</source>
        <translation>已拨 %1 · %2 · 未接通</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>回拨时间</translation>
    </message>
    <message>
        <source>Collection note: what the customer said, agreed next steps</source>
        <translation>催记：客户所述内容、约定的后续安排</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>催记</translation>
    </message>
    <message>
        <source>Outcome (press 1–9, A–D)</source>
        <translation>通话结果（按 1–9、A–D）</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>请选择通话结果。</translation>
    </message>
    <message>
        <source>Enter the amount the customer promised to pay.</source>
        <translation>请输入客户承诺还款的金额。</translation>
    </message>
    <message>
        <source>The callback time must be in the future.</source>
        <translation>回拨时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>Record the outcome before moving on.</source>
        <translation>请先记录通话结果再继续。</translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation>整理 %1</translation>
    </message>
    <message>
        <source>Wrap-up %1 / %2</source>
        <translation>整理 %1 / %2</translation>
    </message>
    <message>
        <source>Wrap-up %1 / %2 — over the limit, your lead can see it</source>
        <translation>整理 %1 / %2 — 已超时，组长可见</translation>
    </message>
</context>
<context>
    <name>cd::DtmfKeypad</name>
    <message>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Type or click digits</source>
        <translation>输入或点击数字</translation>
    </message>
</context>
<context>
    <name>cd::FloorMessagesPanel</name>
    <message>
        <source>Team lead notice</source>
        <translation>组长通知</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>查看消息</translation>
    </message>
    <message>
        <source>✕</source>
        <comment>dismiss the notice</comment>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Messages from your team lead</source>
        <translation>组长发来的消息</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) from your team lead</source>
        <translation>
            <numerusform>组长发来 %n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team lead set you to not ready: %1</source>
        <translation>组长已将你设为未就绪：%1</translation>
    </message>
    <message>
        <source>Your team lead set you to not ready: %1 (%2)</source>
        <translation>组长已将你设为未就绪：%1（%2）</translation>
    </message>
    <message>
        <source>%1 to the team, %2</source>
        <translation>%1 发给全组，%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>%1 的消息：%2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>%1 发来新消息</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>消息（%1）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>cd::HourlyChart</name>
    <message>
        <source>Calls</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Calls and connects per hour: today (bars) against yesterday (lines)</source>
        <translation>每小时外呼与接通：今日（柱）对比昨日（线）</translation>
    </message>
    <message>
        <source>Promised and collected per hour (yuan): today (bars) against yesterday (lines)</source>
        <translation>每小时承诺与回款金额（元）：今日（柱）对比昨日（线）</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>今日%1</translation>
    </message>
    <message>
        <source>%1 yesterday</source>
        <translation>昨日%1</translation>
    </message>
    <message>
        <source>Hours of %1 against the day before, as stored at %2; refreshed every minute.</source>
        <translation>%1 各时段对比前一日，数据截至 %2；每分钟刷新。</translation>
    </message>
    <message>
        <source>Waiting for the hourly figures.</source>
        <translation>正在等待每小时数据。</translation>
    </message>
</context>
<context>
    <name>cd::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to CollectDesk</source>
        <translation>登录 CollectDesk</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port.</source>
        <translation>服务器地址格式应为 wss://主机:端口。</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation>失败次数过多，请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your team lead.</source>
        <translation>该账号已停用，请联系组长。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network; you can keep working offline.</source>
        <translation>无法连接服务器。请检查地址和网络；您可以继续离线工作。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused (%1).</source>
        <translation>服务器证书不受信任，已拒绝连接（%1）。</translation>
    </message>
    <message>
        <source>This server speaks a different protocol version. Update CollectDesk or ask your administrator.</source>
        <translation>服务器协议版本不兼容。请更新 CollectDesk 或联系管理员。</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Changes recorded by %1 on this computer have not reached the server yet. Log in as %1 (on the same server) first, so that nothing is lost.</source>
        <translation>%1 在本机记录的变更尚未同步到服务器。请先以 %1 登录（同一服务器），以免数据丢失。</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CollectDesk — agent workstation (demo)</source>
        <translation>CollectDesk — 催收坐席工作台（演示）</translation>
    </message>
    <message>
        <source>CollectDesk — agent workstation</source>
        <translation>CollectDesk — 催收坐席工作台</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>工作(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>下一个任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>刷新队列(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Agent: %1 · Demo mode: synthetic customers, simulated calls</source>
        <translation>坐席：%1 · 演示模式：虚拟客户，模拟通话</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>服务器拒绝了一项变更：%1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>Payment plan &amp;approvals…</source>
        <translation>还款方案审批(&amp;A)…</translation>
    </message>
    <message>
        <source>Not connected to the server. An override needs the server; try again when the status bar says online.</source>
        <translation>未连接服务器。放行需要服务器，请在状态栏显示在线后重试。</translation>
    </message>
    <message>
        <source>The server refused the override: %1</source>
        <translation>服务器拒绝了放行：%1</translation>
    </message>
    <message>
        <source>Override in force until %1 (customer&apos;s local time).</source>
        <translation>放行生效至 %1（客户当地时间）。</translation>
    </message>
    <message>
        <source>Not connected to the server: personal data can be shown only online.</source>
        <translation>未连接服务器：个人敏感信息仅在在线时可查看。</translation>
    </message>
    <message>
        <source>The server refused to show it: %1</source>
        <translation>服务器拒绝显示：%1</translation>
    </message>
    <message>
        <source>Progressive dialling</source>
        <translation>预览自动拨号</translation>
    </message>
    <message>
        <source>P&amp;rogressive dialling</source>
        <translation>预览自动拨号(&amp;R)</translation>
    </message>
    <message>
        <source>After wrap-up the next task opens and is dialled after a short countdown</source>
        <translation>话后处理结束后自动打开下一个任务，倒计时后自动拨号</translation>
    </message>
    <message>
        <source>&amp;Phone settings…</source>
        <translation>话机设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Supervisor view…</source>
        <translation>现场监控(&amp;S)…</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Risk raised for %1: %2</source>
        <translation>风险等级上调：%1（%2）</translation>
    </message>
    <message>
        <source>Risk raised for %1: %2 (%3)</source>
        <translation>风险等级上调：%1（%2，%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>培训(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New rehearsal…</source>
        <translation>新建培训演练(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Review sessions…</source>
        <translation>演练回看(&amp;R)…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Script editor…</source>
        <translation>话术编辑器(&amp;S)…</translation>
    </message>
    <message>
        <source>The SMS was not sent: its wording breaks the rule &quot;%1&quot; (&quot;%2&quot;).</source>
        <translation>短信未发送：内容违反规则“%1”（“%2”）。</translation>
    </message>
    <message>
        <source>The SMS was not sent: %1.</source>
        <translation>短信未发送：%1。</translation>
    </message>
    <message>
        <source>The SMS was not sent: %1</source>
        <translation>短信未发送：%1</translation>
    </message>
</context>
<context>
    <name>cd::OverrideDialog</name>
    <message>
        <source>Override a contact rule</source>
        <translation>放行联系规则</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The override, its reason and every call made under it are kept in the audit trail. Calling hours, do-not-call and legal holds cannot be overridden.</source>
        <translation>放行、原因及由此拨出的每通电话都会记入审计。拨打时段、勿扰和法务冻结不能放行。</translation>
    </message>
    <message>
        <source>Why this call must be made now (e.g. the customer asked to be called back today)</source>
        <translation>为何必须现在拨打（例如：客户要求今天回电）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Only this number (%1)</source>
        <translation>仅此号码（%1）</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效时长</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters.</source>
        <translation>
            <numerusform>请填写至少 %n 个字的原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PiiField</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message numerus="yes">
        <source>Show the full value for %n seconds. Every view is recorded in the audit trail.</source>
        <translation>
            <numerusform>显示完整信息 %n 秒，每次查看都会记入审计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PortraitView</name>
    <message>
        <source>Dispute: the customer contests this debt. Do not press for payment; record what they say.</source>
        <translation>争议：客户对该笔欠款有异议。请勿催促还款，如实记录客户所述。</translation>
    </message>
    <message>
        <source>Hardship hold: collection is paused. Offer help, do not demand payment.</source>
        <translation>困难缓催：已暂停催收。请提供帮助，不得要求还款。</translation>
    </message>
    <message>
        <source>Do not call: this customer must not be called.</source>
        <translation>禁止呼叫：不得致电该客户。</translation>
    </message>
    <message>
        <source>Vulnerable customer: speak slowly, use the gentle script, offer a callback with family present.</source>
        <translation>特殊关怀客户：请放慢语速，使用关怀话术，可约在家人陪同时回拨。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还金额</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>还款时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>催收员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>催记</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <source>Phones and contacts</source>
        <translation>电话与联系人</translation>
    </message>
    <message>
        <source>Loans and installments</source>
        <translation>借款与分期账单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Select a task in the queue to see the customer.</source>
        <translation>请在任务队列中选择任务以查看客户画像。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · local time %3</source>
        <translation>%1 %2 · 当地时间 %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation>%1 · 评分 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) · %1</source>
        <translation>
            <numerusform>%n 天 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>With legal: the account is in legal proceedings. No collection calls from the floor; refer questions to the legal department.</source>
        <translation>已转法务：该账户已进入法律程序。坐席不得催收外呼，相关问题请转法务部门。</translation>
    </message>
    <message>
        <source>Deceased: the customer is reported deceased. No contact with the customer or their contacts.</source>
        <translation>已故：客户已报身故。不得联系客户本人及其联系人。</translation>
    </message>
    <message>
        <source>Unanswered today</source>
        <translation>今日未接通</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原账龄</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新账龄</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Bucket change</source>
        <translation>账龄变化</translation>
    </message>
    <message>
        <source>%1 due %2, paid %3</source>
        <translation>%1，到期 %2，已还 %3</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 at %n day(s) past due</source>
        <translation>
            <numerusform>%1 → %2（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <source>Bucket history</source>
        <translation>账龄历史</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n 个承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 due %3 · paid %4</source>
        <translation>%1 · %2 到期 %3 · 已还 %4</translation>
    </message>
    <message>
        <source>SMS waiting to sync</source>
        <translation>短信待同步</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>发短信…</translation>
    </message>
    <message>
        <source>Consults</source>
        <translation>会商</translation>
    </message>
    <message>
        <source>Consults (%1)</source>
        <translation>会商（%1）</translation>
    </message>
</context>
<context>
    <name>cd::ProgressiveDialer</name>
    <message>
        <source>Dial now</source>
        <translation>立即拨号</translation>
    </message>
    <message>
        <source>Skip (Esc)…</source>
        <translation>跳过 (Esc)…</translation>
    </message>
    <message>
        <source>Progressive dialling paused: you are not ready.</source>
        <translation>自动拨号已暂停：你处于未就绪状态。</translation>
    </message>
    <message>
        <source>Not dialled automatically: this task is done. Skip (Esc) for the next one.</source>
        <translation>未自动拨号：此任务已完成。按 Esc 跳到下一个。</translation>
    </message>
    <message>
        <source>no number on file</source>
        <translation>没有可用号码</translation>
    </message>
    <message>
        <source>Not dialled automatically: %1 · Skip (Esc)</source>
        <translation>未自动拨号：%1 · 跳过 (Esc)</translation>
    </message>
    <message>
        <source>Skipped (%1). Next task.</source>
        <translation>已跳过（%1），进入下一个任务。</translation>
    </message>
    <message>
        <source>Auto-dial in %1 s · Skip (Esc)</source>
        <translation>%1 秒后自动拨号 · 跳过 (Esc)</translation>
    </message>
</context>
<context>
    <name>cd::RecordingPlayer</name>
    <message>
        <source>Position in the recording</source>
        <translation>录音播放进度</translation>
    </message>
    <message>
        <source>Call recording:</source>
        <translation>通话录音：</translation>
    </message>
    <message>
        <source>The recording cannot be played: the file is damaged or not audio.</source>
        <translation>录音无法播放：文件已损坏或不是音频文件。</translation>
    </message>
    <message>
        <source>The recording cannot be played (%1).</source>
        <translation>录音无法播放（%1）。</translation>
    </message>
    <message>
        <source>The recording of this call is not on this computer and has not reached the server yet.</source>
        <translation>本通话的录音不在本机，也尚未上传到服务器。</translation>
    </message>
    <message>
        <source>The recording is on the server; connect to the server to listen to it.</source>
        <translation>录音在服务器上，请连接服务器后收听。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>Not connected to the server: the recording cannot be fetched now.</source>
        <translation>未连接服务器：暂时无法获取录音。</translation>
    </message>
    <message>
        <source>You are not allowed to listen to this recording.</source>
        <translation>你无权收听此录音。</translation>
    </message>
    <message>
        <source>The server has no recording of this call.</source>
        <translation>服务器上没有本通话的录音。</translation>
    </message>
    <message>
        <source>The recording arrived damaged (checksum mismatch); try again.</source>
        <translation>收到的录音已损坏（校验和不匹配），请重试。</translation>
    </message>
    <message>
        <source>The recording could not be saved on this computer (%1).</source>
        <translation>录音无法保存到本机（%1）。</translation>
    </message>
    <message>
        <source>The server could not send the recording (%1).</source>
        <translation>服务器无法发送录音（%1）。</translation>
    </message>
    <message>
        <source>The recording file %1 is missing or cannot be read.</source>
        <translation>录音文件 %1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>cd::RehearsalReview</name>
    <message>
        <source>Add &amp;comment</source>
        <translation>添加点评(&amp;C)</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一步(&amp;N) ▶</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Rehearsal review — CollectDesk</source>
        <translation>演练回看 — CollectDesk</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>点评</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Comment on this step…</source>
        <translation>点评这一步…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No rehearsal sessions yet. Run one from Training → New rehearsal, or import a file.</source>
        <translation>暂无演练记录。可通过“培训 → 新建培训演练”开始，或导入文件。</translation>
    </message>
    <message>
        <source>That session could not be read.</source>
        <translation>无法读取该演练记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · customer %3 (%4, overdue %5) · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 客户 %3（%4，逾期金额 %5）· %6</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 前还款 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n comment(s))</source>
        <translation>
            <numerusform>（%n 条点评）</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Open a session and pick a step to comment on.</source>
        <translation>请打开一条演练记录并选择要点评的步骤。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写点评内容。</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>点评保存失败：%1</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>点评已保存。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Export rehearsal session</source>
        <translation>导出演练记录</translation>
    </message>
    <message>
        <source>Rehearsal sessions (*.json)</source>
        <translation>演练记录 (*.json)</translation>
    </message>
    <message>
        <source>Import rehearsal session</source>
        <translation>导入演练记录</translation>
    </message>
</context>
<context>
    <name>cd::RehearsalScoreCard</name>
    <message>
        <source>Score: %1 / 100</source>
        <translation>得分：%1 / 100</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>cd::RehearsalView</name>
    <message>
        <source>DEMO / TRAINING — synthetic customers, simulated calls; nothing here reaches a server</source>
        <translation>演示 / 培训 — 虚拟客户，模拟通话；数据不会上传服务器</translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation>开始演练(&amp;S)</translation>
    </message>
    <message>
        <source>Rehearsal (training) — CollectDesk</source>
        <translation>培训演练 — CollectDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · overdue %3</source>
        <translation>%1 · %2 · 逾期金额 %3</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>客户类型：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Pick a persona and a customer, then start. Dial when ready.</source>
        <translation>请选择客户类型和客户，然后开始。准备好后拨号。</translation>
    </message>
    <message>
        <source>Finish the current call and its wrap-up first.</source>
        <translation>请先结束当前通话并完成话后处理。</translation>
    </message>
    <message>
        <source>Pick a persona and a customer.</source>
        <translation>请选择客户类型和客户。</translation>
    </message>
    <message>
        <source>No script fits this customer. Pick another customer.</source>
        <translation>没有适用于该客户的话术，请选择其他客户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 days past due · overdue %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 逾期 %3 天 · 逾期金额 %4</translation>
    </message>
    <message>
        <source>Scenario ready: %1. Dial the customer (F2).</source>
        <translation>场景已就绪：%1。请拨打客户 (F2)。</translation>
    </message>
    <message>
        <source>The customer raises an objection. Open the matching card in the script panel.</source>
        <translation>客户提出异议。请在话术面板中打开对应的异议处理卡。</translation>
    </message>
    <message>
        <source>The customer promised %1 by %2.</source>
        <translation>客户承诺在 %2 前还款 %1。</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>演练记录保存失败：%1</translation>
    </message>
    <message>
        <source>Rehearsal saved. Score %1 / 100. Start another one or review it under Training.</source>
        <translation>演练已保存，得分 %1 / 100。可再开始一次，或在“培训”菜单中回看。</translation>
    </message>
</context>
<context>
    <name>cd::Screenshotter</name>
    <message>
        <source>Customer confirmed identity; salary arrives on the 25th, will pay by transfer.</source>
        <translation>客户已核实身份；25 号发工资，届时转账还款。</translation>
    </message>
</context>
<context>
    <name>cd::ScriptEditor</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Script editor</source>
        <translation>话术编辑器</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>话术：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Segment and checkpoints</source>
        <translation>分群与必检项</translation>
    </message>
    <message>
        <source>Objection cards</source>
        <translation>异议处理卡</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Problems (click one to go to the step):</source>
        <translation>问题（点击可跳转到对应步骤）：</translation>
    </message>
    <message>
        <source>%1 (%2, v%3)</source>
        <translation>%1（%2，v%3）</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Objection card “%1”</source>
        <translation>异议处理卡“%1”</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>请先修正下方列出的问题。</translation>
    </message>
    <message>
        <source>Publishing needs the server: wait until the status bar says online.</source>
        <translation>发布需要连接服务器：请等待状态栏显示“在线”。</translation>
    </message>
    <message>
        <source>Publish as version %1 for every agent.</source>
        <translation>发布为版本 %1，对所有坐席生效。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Not connected to the server: the script was not published. Try again when online.</source>
        <translation>未连接服务器：话术未发布。请在恢复在线后重试。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the compliance lint flags the wording</source>
        <translation>合规检查发现违规措辞</translation>
    </message>
    <message>
        <source>only leads, trainers and admins may publish scripts</source>
        <translation>仅组长、培训师和管理员可发布话术</translation>
    </message>
    <message>
        <source>The server refused the script: %1</source>
        <translation>服务器拒绝了该话术：%1</translation>
    </message>
    <message>
        <source>The server refused the script (%1): %2</source>
        <translation>服务器拒绝了该话术（%1）：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Published “%1” as version %2.</source>
        <translation>已将“%1”发布为版本 %2。</translation>
    </message>
</context>
<context>
    <name>cd::ScriptObjectionsForm</name>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <source>Resume at</source>
        <translation>返回步骤</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>添加异议处理卡</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>删除异议处理卡</translation>
    </message>
    <message>
        <source>(stay where the call was)</source>
        <translation>（停留在当前步骤）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（不存在）</translation>
    </message>
</context>
<context>
    <name>cd::ScriptPanel</name>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt;</source>
        <translation>&lt;b&gt;话术&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The script appears when a customer is open.</source>
        <translation>打开客户后将在此显示话术。</translation>
    </message>
    <message>
        <source>No script is available for this customer&apos;s segment. Follow the standard greeting and record the outcome.</source>
        <translation>该客户所属分群暂无话术。请使用标准开场白，并记录通话结果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt; · %1 (v%2)</source>
        <translation>&lt;b&gt;话术&lt;/b&gt; · %1（v%2）</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>女士</translation>
    </message>
    <message>
        <source>Mr.</source>
        <translation>先生</translation>
    </message>
    <message>
        <source>Third party answered (F8)</source>
        <translation>第三方接听 (F8)</translation>
    </message>
    <message>
        <source>Someone other than the customer answered: switch to the script that discloses nothing about the debt.</source>
        <translation>非客户本人接听：切换到不披露任何债务信息的话术。</translation>
    </message>
    <message>
        <source>← Back (Alt+←)</source>
        <translation>← 上一步 (Alt+←)</translation>
    </message>
    <message>
        <source>Back one step: you moved on too early.</source>
        <translation>返回上一步：进入下一步过早时使用。</translation>
    </message>
    <message>
        <source>Confirm this step&apos;s checkpoints (Alt+Enter)</source>
        <translation>确认本步必检项 (Alt+Enter)</translation>
    </message>
    <message>
        <source>Objection card: %1 (Shift+F%2)</source>
        <translation>异议处理卡：%1 (Shift+F%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; %1/%2%3</source>
        <translation>&lt;b&gt;必检项&lt;/b&gt; %1/%2%3</translation>
    </message>
    <message>
        <source>(out of order)</source>
        <translation>（顺序有误）</translation>
    </message>
    <message>
        <source>%1  ← this step</source>
        <translation>%1  ← 本步</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 · %2&lt;/b&gt; &lt;span style=&apos;color:#5f6368&apos;&gt;(%3)&lt;/span&gt;</source>
        <translation>&lt;b&gt;第 %1 步 · %2&lt;/b&gt; &lt;span style=&apos;color:#5f6368&apos;&gt;（%3）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>1  Continue</source>
        <translation>1  继续</translation>
    </message>
    <message>
        <source>End of the script: record the outcome</source>
        <translation>话术结束：请记录通话结果</translation>
    </message>
</context>
<context>
    <name>cd::ScriptPreview</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Customer name or ID</source>
        <translation>客户姓名或编号</translation>
    </message>
    <message>
        <source>Preview with customer:</source>
        <translation>用客户数据预览：</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message numerus="yes">
        <source>Customer: %1 (#%2) · %3 · %n loan(s)</source>
        <translation>
            <numerusform>客户：%1（#%2）· %3 · %n 笔借款</numerusform>
        </translation>
    </message>
    <message>
        <source>Path: the script has no start step.</source>
        <translation>路径：话术没有起始步骤。</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <source>Pick a customer above to see the script with their data.</source>
        <translation>在上方选择客户，即可查看带入其数据的话术。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not filled for this customer: %1</source>
        <translation>该客户缺少数据：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>End of script</source>
        <translation>话术结束</translation>
    </message>
</context>
<context>
    <name>cd::ScriptSettingsForm</name>
    <message>
        <source>Stable across versions, e.g. m1-debtor-zh_CN. A new id starts a new script.</source>
        <translation>各版本保持不变，如 m1-debtor-zh_CN。使用新 ID 即新建一套话术。</translation>
    </message>
    <message>
        <source>Tick the checkpoints every call must pass; their order here is the order expected.</source>
        <translation>勾选每通电话都必须完成的必检项；此处的顺序即要求的顺序。</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Buckets:</source>
        <translation>账龄：</translation>
    </message>
    <message>
        <source>Risk grades:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>承诺情况：</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>暂停催收：</translation>
    </message>
    <message>
        <source>Who answers:</source>
        <translation>接听人：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Nothing ticked in a row means the script is for all of them.</source>
        <translation>某行未勾选任何项，表示话术适用于该行全部选项。</translation>
    </message>
    <message>
        <source>Script id:</source>
        <translation>话术 ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Start step:</source>
        <translation>起始步骤：</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Required checkpoints, in order</source>
        <translation>必检项（按顺序）</translation>
    </message>
    <message>
        <source>%1 · published %2 by %3</source>
        <translation>%1 · %3 于 %2 发布</translation>
    </message>
    <message>
        <source>%1 · draft</source>
        <translation>%1 · 草稿</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>cd::ScriptStepForm</name>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>回答选项：</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>添加回答</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>删除回答</translation>
    </message>
    <message>
        <source>Unique within the script; other steps refer to it. Renaming updates them.</source>
        <translation>在话术内唯一，其他步骤通过它引用本步；重命名时会同步更新。</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>插入合并字段</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Label (what the agent clicks)</source>
        <translation>按钮文字（坐席点击的内容）</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Suggested outcome</source>
        <translation>建议通话结果</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Checkpoints confirmed at this step:</source>
        <translation>本步确认的必检项：</translation>
    </message>
    <message>
        <source>Compliance lint — %1: “%2”</source>
        <translation>合规检查 — %1：“%2”</translation>
    </message>
    <message>
        <source>Unknown merge field: %1</source>
        <translation>未知合并字段：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（不存在）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>cd::SettlementApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Payment plans awaiting approval</source>
        <translation>待审批的还款方案</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>应还合计</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>首期还款</translation>
    </message>
    <message>
        <source>Agent&apos;s note</source>
        <translation>坐席备注</translation>
    </message>
    <message>
        <source>Note for the agent</source>
        <translation>给坐席的说明</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Not connected to the server: approvals need a connection.</source>
        <translation>未连接服务器：审批需要联网。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>暂无待您审批的方案。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Offer %1: %2</source>
        <translation>方案 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::SettlementDialog</name>
    <message>
        <source>Payment plan for %1</source>
        <translation>%1 的还款方案</translation>
    </message>
    <message>
        <source>%1 · outstanding %2</source>
        <translation>%1 · 未还 %2</translation>
    </message>
    <message>
        <source>Equal instalments</source>
        <translation>等额分期</translation>
    </message>
    <message>
        <source>Why this plan (hardship, customer&apos;s proposal…)</source>
        <translation>方案理由（困难情况、客户提议…）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
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
        <source>&amp;Loan</source>
        <translation>借款(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>减免(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Instalments</source>
        <translation>期数(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;First payment on</source>
        <translation>首期还款日(&amp;F)</translation>
    </message>
    <message>
        <source>First &amp;amount</source>
        <translation>首期金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save offer</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>Outstanding %1 − discount %2 = total %3</source>
        <translation>未还 %1 − 减免 %2 = 应还合计 %3</translation>
    </message>
    <message>
        <source>Above your discount limit of %1 %: a team lead must approve this plan. It is sent as &quot;awaiting approval&quot;.</source>
        <translation>超出您 %1% 的减免权限：须由组长审批，方案将以“待审批”状态提交。</translation>
    </message>
    <message>
        <source>Within your discount limit of %1 %: no approval needed.</source>
        <translation>在您 %1% 的减免权限内：无需审批。</translation>
    </message>
    <message>
        <source>The offer could not be saved: %1</source>
        <translation>方案未能保存：%1</translation>
    </message>
</context>
<context>
    <name>cd::SettlementPanel</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>应还合计</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>首期还款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lead&apos;s answer</source>
        <translation>组长批复</translation>
    </message>
    <message>
        <source>No payment plan offered yet.</source>
        <translation>尚未提出还款方案。</translation>
    </message>
    <message>
        <source>Calculate a payment plan or settlement with a discount</source>
        <translation>计算还款方案或带减免的结清方案</translation>
    </message>
    <message>
        <source>Payment plan for %1 approved by %2</source>
        <translation>%1 的还款方案已由 %2 批准</translation>
    </message>
    <message>
        <source>Payment plan for %1 rejected by %2</source>
        <translation>%1 的还款方案已被 %2 驳回</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Move through the task queue (opens the task)</source>
        <translation>在任务队列中上下移动（同时打开任务）</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open the next task</source>
        <translation>打开下一个任务</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>刷新任务队列</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Choose the number to dial</source>
        <translation>选择要拨打的号码</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>保持 / 恢复</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>静音 / 取消静音</translation>
    </message>
    <message>
        <source>DTMF keypad (then type 0–9, *, #)</source>
        <translation>DTMF 拨号盘（随后输入 0–9、*、#）</translation>
    </message>
    <message>
        <source>Pick the call outcome in the wrap-up</source>
        <translation>话后处理时选择通话结果</translation>
    </message>
    <message>
        <source>Next field in the wrap-up</source>
        <translation>话后处理时切换到下一项</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>保存话后小结</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>显示本列表</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Third party answered: switch to the no-disclosure script</source>
        <translation>第三方接听：切换到不披露债务的话术</translation>
    </message>
    <message>
        <source>Answer an incoming call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <source>Skip the task offered for automatic dialling</source>
        <translation>跳过自动拨号推送的任务</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 (1 … 9 in the script)</source>
        <translation>Alt+1 … Alt+9（话术中为 1 … 9）</translation>
    </message>
    <message>
        <source>Pick the customer&apos;s answer in the script</source>
        <translation>在话术中选择客户的回答</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Script: back one step</source>
        <translation>话术：返回上一步</translation>
    </message>
    <message>
        <source>Alt+Enter</source>
        <translation>Alt+Enter</translation>
    </message>
    <message>
        <source>Script: confirm this step&apos;s checkpoints</source>
        <translation>话术：确认本步骤的必检项</translation>
    </message>
    <message>
        <source>Shift+F1 … Shift+F6</source>
        <translation>Shift+F1 … Shift+F6</translation>
    </message>
    <message>
        <source>Open an objection card</source>
        <translation>打开异议处理卡</translation>
    </message>
    <message>
        <source>1 … 9, A … D</source>
        <translation>1 … 9、A … D</translation>
    </message>
</context>
<context>
    <name>cd::SipSettingsDialog</name>
    <message>
        <source>Phone settings</source>
        <translation>话机设置</translation>
    </message>
    <message>
        <source>sip:pbx.example.com</source>
        <translation>sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Extension, e.g. 8001</source>
        <translation>分机号，如 8001</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Record every call</source>
        <translation>每通电话都录音</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP 账号</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>注册服务器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>传输方式：</translation>
    </message>
    <message>
        <source>Send keypad tones:</source>
        <translation>按键音发送方式：</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Give up unanswered calls after:</source>
        <translation>无人接听时挂断等待：</translation>
    </message>
    <message>
        <source>No microphone found. Plug in the headset; the list updates by itself.</source>
        <translation>未找到麦克风。请插入耳麦，列表会自动更新。</translation>
    </message>
    <message>
        <source>Test microphone</source>
        <translation>测试麦克风</translation>
    </message>
    <message>
        <source>No speaker or headset found. Plug it in; the list updates by itself.</source>
        <translation>未找到扬声器或耳麦。请插入，列表会自动更新。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>耳麦</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>扬声器：</translation>
    </message>
    <message>
        <source>Ring tone:</source>
        <translation>铃声：</translation>
    </message>
    <message>
        <source>Stored — type a new one to replace it</source>
        <translation>已保存——输入新密码可替换</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>Enter the registrar: the address of the phone server, e.g. sip:pbx.example.com.</source>
        <translation>请填写注册服务器：话务服务器地址，如 sip:pbx.example.com。</translation>
    </message>
    <message>
        <source>The registrar &quot;%1&quot; is not a SIP address. Use host, host:port or sip:host.</source>
        <translation>注册服务器“%1”不是 SIP 地址。请使用 host、host:port 或 sip:host。</translation>
    </message>
    <message>
        <source>Enter the SIP user (your extension).</source>
        <translation>请填写 SIP 用户名（你的分机号）。</translation>
    </message>
    <message>
        <source>The SIP user may not contain spaces or any of @ : ; &lt; &gt; &quot;.</source>
        <translation>SIP 用户名不能包含空格或 @ : ; &lt; &gt; &quot; 中的任何字符。</translation>
    </message>
    <message>
        <source>Enter the SIP password: none is stored for %1 yet.</source>
        <translation>请填写 SIP 密码：%1 尚未保存密码。</translation>
    </message>
    <message>
        <source>The no-answer time must be between %1 and %2 seconds.</source>
        <translation>无人接听等待时间须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>The ring tone file %1 does not exist.</source>
        <translation>铃声文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The ring tone must be a WAV file.</source>
        <translation>铃声必须是 WAV 文件。</translation>
    </message>
    <message>
        <source>The password could not be stored, nothing was saved: %1</source>
        <translation>密码无法保存，所有设置均未保存：%1</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>密码保存在系统钥匙环中。</translation>
    </message>
    <message>
        <source>The password is kept in a file only you can read: %1</source>
        <translation>密码保存在仅你可读的文件中：%1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>设置无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>已保存。%1</translation>
    </message>
    <message>
        <source>The microphone is not connected.</source>
        <translation>麦克风未连接。</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it.</source>
        <translation>无法打开麦克风，可能被其他程序占用。</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>停止测试</translation>
    </message>
    <message>
        <source>The ring tone could not be played. Is it a valid WAV file?</source>
        <translation>铃声无法播放，请确认是有效的 WAV 文件。</translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation>铃声</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source>Built-in ring tone</source>
        <translation>内置铃声</translation>
    </message>
</context>
<context>
    <name>cd::SmsDialog</name>
    <message>
        <source>Send SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Send SMS · %1</source>
        <translation>发送短信 · %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件号码：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>The customer is not in the local cache.</source>
        <translation>本地缓存中没有该客户。</translation>
    </message>
    <message>
        <source>The customer has no number an SMS could go to.</source>
        <translation>该客户没有可接收短信的号码。</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>agent name</source>
        <translation>坐席姓名</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>overdue amount</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>total outstanding</source>
        <translation>全部未还</translation>
    </message>
    <message>
        <source>days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>contract number tail</source>
        <translation>合同尾号</translation>
    </message>
    <message>
        <source>amount due</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <source>promised amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <source>promised date</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>还款金额</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>还款日期</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 · %n part(s)</source>
        <comment>SMS length counter: units used / capacity, parts</comment>
        <translation>
            <numerusform>%1/%2 · %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Compliance lint: %1</source>
        <translation>合规检查：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Fix the highlighted wording first.</source>
        <translation>请先修改标出的措辞。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <source> — allowed from %1 (customer&apos;s local time)</source>
        <translation>——%1 起可发（客户当地时间）</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
</context>
<context>
    <name>cd::SupervisorView</name>
    <message>
        <source>Supervisor view</source>
        <translation>现场监控</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>小组：</translation>
    </message>
    <message>
        <source>Settlement approvals…</source>
        <translation>还款方案审批…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>拨打</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>本人接通率</translation>
    </message>
    <message>
        <source>PTP rate</source>
        <translation>承诺率</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>待处理任务</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>最久等待</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>回拨已逾时</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Team tasks — drag onto an agent to reassign</source>
        <translation>小组任务——拖到坐席上即可改派</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>改派给…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Not connected: the board resumes when the connection is back</source>
        <translation>未连接：连接恢复后看板会继续更新</translation>
    </message>
    <message>
        <source>The floor board is for team leads</source>
        <translation>现场看板仅供组长使用</translation>
    </message>
    <message>
        <source>Connecting to the floor board…</source>
        <translation>正在连接现场看板…</translation>
    </message>
    <message>
        <source>Floor board unavailable: %1</source>
        <translation>现场看板不可用：%1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Not acknowledged: no connection</source>
        <translation>未确认：没有连接</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>未确认：%1</translation>
    </message>
    <message>
        <source>Select the tasks to reassign first.</source>
        <translation>请先选择要改派的任务。</translation>
    </message>
    <message>
        <source>No agents on the board to reassign to.</source>
        <translation>看板上没有可改派的坐席。</translation>
    </message>
    <message>
        <source>Reassign tasks</source>
        <translation>改派任务</translation>
    </message>
    <message numerus="yes">
        <source>Give %n task(s) to:</source>
        <translation>
            <numerusform>将 %n 个任务交给：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %n task(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 个任务改派给 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <source>task #%1: %2</source>
        <translation>任务 #%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reassigned to %1.</source>
        <translation>
            <numerusform>已将 %n 个任务改派给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reassigned to %3; refused: %4</source>
        <translation>%2 个中已有 %1 个改派给 %3；被拒：%4</translation>
    </message>
    <message>
        <source>Force not ready…</source>
        <translation>强制设为未就绪…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>发送消息…</translation>
    </message>
    <message>
        <source>Message the team…</source>
        <translation>给全组发消息…</translation>
    </message>
    <message>
        <source>Force %1 not ready…</source>
        <translation>将 %1 强制设为未就绪…</translation>
    </message>
    <message>
        <source>Send message to %1…</source>
        <translation>给 %1 发消息…</translation>
    </message>
    <message>
        <source>Message team %1…</source>
        <translation>给 %1 组发消息…</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>请先选择一名坐席。</translation>
    </message>
    <message>
        <source>Force not ready</source>
        <translation>强制设为未就绪</translation>
    </message>
    <message>
        <source>%1 goes to not ready now; their current call is not cut off.</source>
        <translation>%1 将立即设为未就绪；当前通话不会被中断。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Optional, shown to the agent</source>
        <translation>选填，坐席可见</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Choose a team in the team filter first.</source>
        <translation>请先在小组筛选中选择一个小组。</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>To every agent of team %1:</source>
        <translation>发给 %1 组全体坐席：</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>发给 %1：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Setting %1 to not ready…</source>
        <translation>正在将 %1 设为未就绪…</translation>
    </message>
    <message>
        <source>%1 not forced: no connection</source>
        <translation>未能将 %1 设为未就绪：没有连接</translation>
    </message>
    <message>
        <source>%1 not forced: %2</source>
        <translation>未能将 %1 设为未就绪：%2</translation>
    </message>
    <message>
        <source>%1 is now not ready (%2).</source>
        <translation>%1 已设为未就绪（%2）。</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在发送给 %1…</translation>
    </message>
    <message>
        <source>Message to %1 not sent: no connection</source>
        <translation>发给 %1 的消息未发送：没有连接</translation>
    </message>
    <message>
        <source>Message to %1 not sent: %2</source>
        <translation>发给 %1 的消息未发送：%2</translation>
    </message>
    <message numerus="yes">
        <source>Message sent to %1 (%n agent(s)).</source>
        <translation>
            <numerusform>消息已发送给 %1（%n 名坐席）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hourly figures unavailable: %1</source>
        <translation>每小时数据不可用：%1</translation>
    </message>
</context>
<context>
    <name>cd::SyncStatusWidget</name>
    <message>
        <source>The task was reassigned to another agent meanwhile.</source>
        <translation>该任务已被改派给其他催收员。</translation>
    </message>
    <message>
        <source>The task had already been closed.</source>
        <translation>该任务已经结束。</translation>
    </message>
    <message>
        <source>The customer or task no longer exists on the server.</source>
        <translation>服务器上已不存在该客户或任务。</translation>
    </message>
    <message>
        <source>You are not allowed to change this customer.</source>
        <translation>您无权修改该客户。</translation>
    </message>
    <message>
        <source>The server found the entry invalid.</source>
        <translation>服务器认为该记录无效。</translation>
    </message>
    <message>
        <source>Someone else changed this customer at the same time.</source>
        <translation>其他人同时修改了该客户。</translation>
    </message>
    <message>
        <source>Refused by the server (code %1).</source>
        <translation>被服务器拒绝（代码 %1）。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting… working offline</source>
        <translation>正在重连…离线工作中</translation>
    </message>
    <message>
        <source>Offline: working from the local cache</source>
        <translation>离线：使用本地缓存工作</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项变更待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>全部已同步</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 项被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused: click to see why</source>
        <translation>服务器拒绝的变更：点击查看原因</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>服务器拒绝的变更</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>These changes were not applied on the server. The customer now shows the server&apos;s state; record again if still needed.</source>
        <translation>这些变更未在服务器上生效。客户信息已恢复为服务器上的状态；如仍需要，请重新记录。</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>The call broke a contact rule (calling hours, daily limits or third parties) by the server&apos;s clock.</source>
        <translation>按服务器时间，该通话违反了联系规则（可呼叫时段、每日次数上限或第三方规则）。</translation>
    </message>
</context>
<context>
    <name>cd::TaskQueueView</name>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>入队原因</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>全部账龄</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by bucket</source>
        <translation>按账龄筛选</translation>
    </message>
    <message>
        <source>Filter by task kind</source>
        <translation>按任务类型筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>&lt;b&gt;Task queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;任务队列&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::WorkSession</name>
    <message>
        <source>No more tasks in this view. Change the filters or wait for new tasks.</source>
        <translation>当前视图中已无任务。请调整筛选条件或等待新任务。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and press Save again — your entries are kept.</source>
        <translation>磁盘已满，未保存任何内容。请清理部分空间后再次点击“保存”——已填写的内容仍会保留。</translation>
    </message>
    <message>
        <source>Check the entries: a promise needs an amount and a date from today on; a callback needs a future time.</source>
        <translation>请检查填写内容：承诺还款需填写金额，且日期不得早于今天；预约回拨需选择未来的时间。</translation>
    </message>
    <message>
        <source>The outcome could not be saved (%1). Your entries are kept; press Save to try again.</source>
        <translation>通话结果保存失败（%1）。已填写的内容仍保留，请点击“保存”重试。</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>已保存：%1 — %2</translation>
    </message>
    <message>
        <source> (%1 by %2)</source>
        <translation>（%2 前还款 %1）</translation>
    </message>
    <message>
        <source>. Ctrl+N opens the next task.</source>
        <translation>。按 Ctrl+N 打开下一个任务。</translation>
    </message>
    <message>
        <source>This task is done. Ctrl+N opens the next task.</source>
        <translation>此任务已完成。按 Ctrl+N 打开下一个任务。</translation>
    </message>
    <message>
        <source>The customer you had open was reassigned. Ctrl+N opens the next task.</source>
        <translation>您打开的客户已被改派。按 Ctrl+N 打开下一个任务。</translation>
    </message>
    <message>
        <source>Third-party script: say nothing about the debt, the amount or the loan.</source>
        <translation>第三方话术：不得提及债务、金额或借款。</translation>
    </message>
    <message>
        <source>Calling a contact of the customer: third-party script, say nothing about the debt.</source>
        <translation>正在拨打客户的联系人：使用第三方话术，不得提及债务。</translation>
    </message>
    <message>
        <source>SMS queued: it is sent when the server has it.</source>
        <translation>短信已排队：服务器收到后即发送。</translation>
    </message>
    <message>
        <source>[Script %1 v%2] Checkpoints: %3</source>
        <translation>[话术 %1 v%2] 必检项：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>; missing: %1</source>
        <translation>；缺少：%1</translation>
    </message>
    <message>
        <source>; out of order</source>
        <translation>；顺序有误</translation>
    </message>
    <message>
        <source>; objections: %1</source>
        <translation>；异议：%1</translation>
    </message>
</context>
<context>
    <name>cd::Workstation</name>
    <message>
        <source>Agent Li</source>
        <translation>李专员</translation>
    </message>
    <message>
        <source>Demo Consumer Finance Co.</source>
        <translation>演示消费金融有限公司</translation>
    </message>
    <message>
        <source>Phone settings saved: registering again…</source>
        <translation>话机设置已保存，正在重新注册…</translation>
    </message>
    <message>
        <source>Phone settings saved. Restart CollectDesk to use the new phone.</source>
        <translation>话机设置已保存。请重启催收坐席工作台以使用新话机。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local cache was written by a newer version of CollectDesk. Update the program.</source>
        <translation>本地缓存由更高版本的 CollectDesk 写入，请升级程序。</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
    <message>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
</context>
</TS>
