<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>消費分期</translation>
    </message>
    <message>
        <source>Cash loan</source>
        <translation>現金貸款</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>還款中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已結清</translation>
    </message>
    <message>
        <source>Charged off</source>
        <translation>已轉銷</translation>
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
        <translation>手機</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅電話</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>公司電話</translation>
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
        <translation>兄弟姊妹</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>親屬</translation>
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
        <translation>雇主</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核實</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>禁止撥打</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>爭議</translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <translation>困難緩催</translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <translation>特殊關懷客戶</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>預約回撥</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>承諾跟進</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>承諾跳票</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>還款提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延後</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>預約回撥到期</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>承諾今日到期</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>承諾已跳票</translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation>逾期超過 90 天</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>3 天內到期</translation>
    </message>
    <message>
        <source>Large balance</source>
        <translation>大額欠款</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高風險</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙線</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>號碼無效</translation>
    </message>
    <message>
        <source>Wrong party</source>
        <translation>打錯電話</translation>
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
        <translation>拒絕還款</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>承諾還款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已還款</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>特殊困難</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>要求回撥</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待兌現</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兌現</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>部分兌現</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>跳票</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>撥號中…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>響鈴中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通話結束</translation>
    </message>
    <message>
        <source>You hung up</source>
        <translation>您已掛斷</translation>
    </message>
    <message>
        <source>Customer hung up</source>
        <translation>客戶掛斷</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>對方忙線</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>對方拒接</translation>
    </message>
    <message>
        <source>Number does not exist</source>
        <translation>空號</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>撥號失敗</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>本期應繳</translation>
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
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Card debit</source>
        <translation>銀行卡扣款</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>task reason: dispute, hardship or do-not-call</comment>
        <translation>暫停催收</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>call state</comment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允許</translation>
    </message>
    <message>
        <source>Customer is do-not-call</source>
        <translation>客戶禁止撥打</translation>
    </message>
    <message>
        <source>Collection on hold</source>
        <translation>暫停催收</translation>
    </message>
    <message>
        <source>Number is do-not-call</source>
        <translation>號碼禁止撥打</translation>
    </message>
    <message>
        <source>Number invalid</source>
        <translation>號碼無效</translation>
    </message>
    <message>
        <source>Outside calling hours</source>
        <translation>不在可撥打時段</translation>
    </message>
    <message>
        <source>No calls on this day</source>
        <translation>當日不可撥打</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>國定假日</translation>
    </message>
    <message>
        <source>Daily attempts used up</source>
        <translation>今日撥打次數已滿</translation>
    </message>
    <message>
        <source>Daily conversations used up</source>
        <translation>今日通話次數已滿</translation>
    </message>
    <message>
        <source>Weekly attempts used up</source>
        <translation>週期內撥打次數已滿</translation>
    </message>
    <message>
        <source>Too soon after the last conversation</source>
        <translation>距上次通話間隔過短</translation>
    </message>
    <message>
        <source>Contact not yet allowed</source>
        <translation>暫不可聯絡第三方</translation>
    </message>
    <message>
        <source>it is %1 for the customer; calls are allowed only within the calling hours</source>
        <translation>客戶當地時間 %1，僅可在可撥打時段內撥打</translation>
    </message>
    <message>
        <source>%1 unanswered attempts on this number today (limit %2)</source>
        <translation>該號碼今日未接通 %1 次（上限 %2 次）</translation>
    </message>
    <message>
        <source>%1 conversations with this customer today (limit %2)</source>
        <translation>今日已與該客戶通話 %1 次（上限 %2 次）</translation>
    </message>
    <message>
        <source>relatives and other contacts may be called only after the customer&apos;s own numbers fail repeatedly</source>
        <translation>僅在客戶本人號碼多次無法接通後，才可聯絡親友等第三方</translation>
    </message>
    <message>
        <source>dispute or hardship hold: no collection calls</source>
        <translation>爭議或困難緩催中：不得催收來電</translation>
    </message>
    <message>
        <source>With legal</source>
        <translation>已轉法務</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法務審核</translation>
    </message>
    <message>
        <source>Days-past-due milestone</source>
        <translation>逾期天數節點</translation>
    </message>
    <message>
        <source>Retry due</source>
        <translation>到期重撥</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>近期未聯繫上</translation>
    </message>
    <message>
        <source>Repeated refusal</source>
        <translation>多次拒絕還款</translation>
    </message>
    <message>
        <source>Promise partly kept</source>
        <translation>承諾部分履行</translation>
    </message>
    <message>
        <source>New overdue installment</source>
        <translation>新增逾期期數</translation>
    </message>
    <message>
        <source>Rolled to a later bucket</source>
        <translation>帳齡滾動惡化</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>評分偏低</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>按時履約</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Within your limit</source>
        <translation>權限內自動通過</translation>
    </message>
    <message>
        <source>Customer deceased</source>
        <translation>客戶已故</translation>
    </message>
    <message>
        <source>hardship hold until %1: no collection calls</source>
        <translation>困難暫緩至 %1：不得催收來電</translation>
    </message>
    <message>
        <source>the customer is reported deceased: no contact</source>
        <translation>客戶已報身故：不得聯繫</translation>
    </message>
    <message>
        <source>the account is with legal: the floor does not call</source>
        <translation>該帳戶已轉法務：坐席不再外呼</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>In the audio (RFC 2833)</source>
        <translation>隨語音傳送（RFC 2833）</translation>
    </message>
    <message>
        <source>As SIP INFO messages</source>
        <translation>以 SIP INFO 訊息傳送</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未註冊</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>正在註冊…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已註冊</translation>
    </message>
    <message>
        <source>Need to prepare</source>
        <translation>需要準備</translation>
    </message>
    <message>
        <source>Wrong task for me</source>
        <translation>任務不適合我</translation>
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
        <translation>就緒</translation>
    </message>
    <message>
        <source>Dialling</source>
        <comment>agent state</comment>
        <translation>撥號中</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>agent state</comment>
        <translation>響鈴中</translation>
    </message>
    <message>
        <source>On a call</source>
        <comment>agent state</comment>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Customer on hold</source>
        <comment>agent state</comment>
        <translation>客戶保留中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>agent state</comment>
        <translation>話後處理</translation>
    </message>
    <message>
        <source>Not ready</source>
        <comment>agent state</comment>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>not-ready reason</comment>
        <translation>休息</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>not-ready reason</comment>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>not-ready reason</comment>
        <translation>會議</translation>
    </message>
    <message>
        <source>Coaching</source>
        <comment>not-ready reason</comment>
        <translation>輔導</translation>
    </message>
    <message>
        <source>System</source>
        <comment>not-ready reason</comment>
        <translation>系統</translation>
    </message>
    <message>
        <source>Not ready (%1)</source>
        <comment>agent state with its reason</comment>
        <translation>未就緒（%1）</translation>
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
        <translation>今日簡訊已達上限</translation>
    </message>
    <message>
        <source>Text for the customer, not for a contact</source>
        <translation>此範本僅發給本人，不可發給聯絡人</translation>
    </message>
    <message>
        <source>SMS queued</source>
        <comment>delivery state</comment>
        <translation>簡訊待傳送</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <comment>delivery state</comment>
        <translation>簡訊已傳送</translation>
    </message>
    <message>
        <source>SMS failed</source>
        <comment>delivery state</comment>
        <translation>簡訊傳送失敗</translation>
    </message>
    <message>
        <source>Threat or intimidation</source>
        <comment>compliance lint rule</comment>
        <translation>威脅恐嚇</translation>
    </message>
    <message>
        <source>Insulting language</source>
        <comment>compliance lint rule</comment>
        <translation>侮辱性語言</translation>
    </message>
    <message>
        <source>Posing as police, court or lawyer</source>
        <comment>compliance lint rule</comment>
        <translation>冒充公檢法或律師</translation>
    </message>
    <message>
        <source>Exaggerated legal consequences</source>
        <comment>compliance lint rule</comment>
        <translation>誇大法律後果</translation>
    </message>
    <message>
        <source>Debt disclosed to a third party</source>
        <comment>compliance lint rule</comment>
        <translation>向第三方透露欠款</translation>
    </message>
    <message>
        <source>Pressure to borrow elsewhere</source>
        <comment>compliance lint rule</comment>
        <translation>誘導以貸還貸</translation>
    </message>
    <message>
        <source>the customer already received the day&apos;s SMS (limit %1); more tomorrow</source>
        <translation>客戶今日已收到簡訊上限（%1 則），明天再發</translation>
    </message>
    <message>
        <source>this template is written for the customer; a relative or contact gets a contact template</source>
        <translation>此範本寫給客戶本人；親屬或聯絡人請用聯絡人範本</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>floor state</comment>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Not ready</source>
        <comment>floor state</comment>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>On a call</source>
        <comment>floor state</comment>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>floor state</comment>
        <translation>話後處理</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>floor state</comment>
        <translation>離線</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>floor state</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not ready too long</source>
        <translation>未就緒時間過長</translation>
    </message>
    <message>
        <source>Wrap-up too long</source>
        <translation>話後處理時間過長</translation>
    </message>
    <message>
        <source>Agent disconnected</source>
        <translation>坐席已斷線</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>回撥已逾時</translation>
    </message>
    <message>
        <source>Queue too long</source>
        <translation>佇列過長</translation>
    </message>
    <message>
        <source>Oldest task over SLA</source>
        <translation>最久任務超出時限</translation>
    </message>
    <message>
        <source>Many broken promises</source>
        <translation>大量承諾未兌現</translation>
    </message>
    <message>
        <source>Compliance override</source>
        <translation>合規放行</translation>
    </message>
    <message>
        <source>Floor alert</source>
        <translation>現場告警</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
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
        <translation>%1 個任務（上限 %2）</translation>
    </message>
    <message>
        <source>%1 in an hour (limit %2)</source>
        <translation>一小時內 %1 個（上限 %2）</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客戶 #%1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>%1 組</translation>
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
        <translation>%1（%2 已確認）</translation>
    </message>
    <message>
        <source>This loan has nothing left to pay.</source>
        <translation>該筆借款已無待還金額。</translation>
    </message>
    <message>
        <source>The discount must be between 0 % and 50 %.</source>
        <translation>減免比例須在 0% 至 50% 之間。</translation>
    </message>
    <message>
        <source>Choose 1 to 36 instalments, each at least ¥0.01.</source>
        <translation>請選擇 1 至 36 期，每期至少 ¥0.01。</translation>
    </message>
    <message>
        <source>Choose the date of the first payment.</source>
        <translation>請選擇首期還款日期。</translation>
    </message>
    <message>
        <source>The first payment cannot be before the customer&apos;s today.</source>
        <translation>首期還款日不能早於客戶當地的今天。</translation>
    </message>
    <message>
        <source>The first amount cannot be negative.</source>
        <translation>首期金額不能為負數。</translation>
    </message>
    <message>
        <source>The first amount is larger than the total allows (every later instalment needs at least ¥0.01).</source>
        <translation>首期金額超出合計允許範圍（之後每期至少 ¥0.01）。</translation>
    </message>
    <message>
        <source>With one instalment the first amount is the whole total.</source>
        <translation>僅一期時，首期金額即為全部應還合計。</translation>
    </message>
    <message>
        <source>Network error (not counted)</source>
        <translation>網路故障（不計入撥打次數）</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <comment>script checkpoint title</comment>
        <translation>已核實身分</translation>
    </message>
    <message>
        <source>Agent and company named</source>
        <comment>script checkpoint title</comment>
        <translation>已自報姓名和公司</translation>
    </message>
    <message>
        <source>Purpose stated</source>
        <comment>script checkpoint title</comment>
        <translation>已說明來電目的</translation>
    </message>
    <message>
        <source>Amount and due date confirmed</source>
        <comment>script checkpoint title</comment>
        <translation>已確認金額和應繳日期</translation>
    </message>
    <message>
        <source>Payment asked for</source>
        <comment>script checkpoint title</comment>
        <translation>已提出還款要求</translation>
    </message>
    <message>
        <source>Promise recapped</source>
        <comment>script checkpoint title</comment>
        <translation>已複述承諾內容</translation>
    </message>
    <message>
        <source>Nothing disclosed</source>
        <comment>script checkpoint title</comment>
        <translation>未透露欠款資訊</translation>
    </message>
    <message>
        <source>No money now</source>
        <comment>objection card</comment>
        <translation>暫時沒錢</translation>
    </message>
    <message>
        <source>Already paid</source>
        <comment>objection card</comment>
        <translation>稱已還款</translation>
    </message>
    <message>
        <source>Dispute</source>
        <comment>objection card</comment>
        <translation>爭議</translation>
    </message>
    <message>
        <source>Hardship</source>
        <comment>objection card</comment>
        <translation>特殊困難</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <comment>objection card</comment>
        <translation>非本人</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <comment>objection card</comment>
        <translation>客戶情緒激動</translation>
    </message>
    <message>
        <source>Say</source>
        <comment>script step kind</comment>
        <translation>陳述</translation>
    </message>
    <message>
        <source>Ask</source>
        <comment>script step kind</comment>
        <translation>提問</translation>
    </message>
    <message>
        <source>End</source>
        <comment>script step kind</comment>
        <translation>結束</translation>
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
        <translation>無承諾</translation>
    </message>
    <message>
        <source>Promise pending</source>
        <comment>script segment: promise situation</comment>
        <translation>承諾待兌現</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <comment>script segment: promise situation</comment>
        <translation>承諾已跳票</translation>
    </message>
    <message>
        <source>No hold</source>
        <comment>script segment: collection hold</comment>
        <translation>未暫停催收</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>script segment: collection hold</comment>
        <translation>爭議中</translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <comment>script segment: collection hold</comment>
        <translation>困難緩催</translation>
    </message>
    <message>
        <source>The script has no steps</source>
        <comment>script problem</comment>
        <translation>話術沒有任何步驟</translation>
    </message>
    <message>
        <source>The start step is missing</source>
        <comment>script problem</comment>
        <translation>缺少起始步驟</translation>
    </message>
    <message>
        <source>Two steps share a key</source>
        <comment>script problem</comment>
        <translation>兩個步驟的識別碼重複</translation>
    </message>
    <message>
        <source>Leads to a step that does not exist</source>
        <comment>script problem</comment>
        <translation>指向不存在的步驟</translation>
    </message>
    <message>
        <source>No path from the start reaches this step</source>
        <comment>script problem</comment>
        <translation>從起始步驟無法到達此步驟</translation>
    </message>
    <message>
        <source>The call cannot end from here</source>
        <comment>script problem</comment>
        <translation>從此處無法結束通話</translation>
    </message>
    <message>
        <source>A question needs at least two answers</source>
        <comment>script problem</comment>
        <translation>提問步驟至少需要兩個回答選項</translation>
    </message>
    <message>
        <source>A required checkpoint is missing</source>
        <comment>script problem</comment>
        <translation>缺少必檢項</translation>
    </message>
    <message>
        <source>Checkpoints come out of order</source>
        <comment>script problem</comment>
        <translation>必檢項順序錯誤</translation>
    </message>
    <message>
        <source>Unknown merge field</source>
        <comment>script problem</comment>
        <translation>未知的變數欄位</translation>
    </message>
    <message>
        <source>Discloses the debt to a third party</source>
        <comment>script problem</comment>
        <translation>向第三方透露欠款</translation>
    </message>
    <message>
        <source>Wording fails the compliance check</source>
        <comment>script problem</comment>
        <translation>措辭未通過合規檢查</translation>
    </message>
    <message>
        <source>Two answers share a key</source>
        <comment>script problem</comment>
        <translation>兩個回答的識別碼重複</translation>
    </message>
    <message>
        <source>identity verified</source>
        <comment>script checkpoint</comment>
        <translation>核實身分</translation>
    </message>
    <message>
        <source>agent and company named</source>
        <comment>script checkpoint</comment>
        <translation>自報姓名和公司</translation>
    </message>
    <message>
        <source>purpose stated</source>
        <comment>script checkpoint</comment>
        <translation>說明來電目的</translation>
    </message>
    <message>
        <source>amount and due date confirmed</source>
        <comment>script checkpoint</comment>
        <translation>確認金額和應繳日期</translation>
    </message>
    <message>
        <source>payment asked for</source>
        <comment>script checkpoint</comment>
        <translation>提出還款要求</translation>
    </message>
    <message>
        <source>promise recapped</source>
        <comment>script checkpoint</comment>
        <translation>複述承諾內容</translation>
    </message>
    <message>
        <source>nothing disclosed to a third party</source>
        <comment>script checkpoint</comment>
        <translation>不向第三方透露欠款資訊</translation>
    </message>
    <message>
        <source>no money now</source>
        <comment>objection</comment>
        <translation>暫時沒錢</translation>
    </message>
    <message>
        <source>already paid</source>
        <comment>objection</comment>
        <translation>稱已還款</translation>
    </message>
    <message>
        <source>dispute</source>
        <comment>objection</comment>
        <translation>爭議</translation>
    </message>
    <message>
        <source>hardship</source>
        <comment>objection</comment>
        <translation>特殊困難</translation>
    </message>
    <message>
        <source>wrong person</source>
        <comment>objection</comment>
        <translation>非本人</translation>
    </message>
    <message>
        <source>angry customer</source>
        <comment>objection</comment>
        <translation>客戶情緒激動</translation>
    </message>
    <message>
        <source>Checkpoints in order</source>
        <comment>rehearsal score</comment>
        <translation>必檢項依序完成</translation>
    </message>
    <message>
        <source>Compliant notes</source>
        <comment>rehearsal score</comment>
        <translation>催記合規</translation>
    </message>
    <message>
        <source>Objections handled</source>
        <comment>rehearsal score</comment>
        <translation>異議處理</translation>
    </message>
    <message>
        <source>Time to promise</source>
        <comment>rehearsal score</comment>
        <translation>達成承諾用時</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <comment>rehearsal score</comment>
        <translation>記錄通話結果</translation>
    </message>
    <message>
        <source>Scenario set up</source>
        <comment>rehearsal event</comment>
        <translation>設定情境</translation>
    </message>
    <message>
        <source>Dialled</source>
        <comment>rehearsal event</comment>
        <translation>撥號</translation>
    </message>
    <message>
        <source>Call connected</source>
        <comment>rehearsal event</comment>
        <translation>通話接通</translation>
    </message>
    <message>
        <source>Customer said</source>
        <comment>rehearsal event</comment>
        <translation>客戶發言</translation>
    </message>
    <message>
        <source>Step taken</source>
        <comment>rehearsal event</comment>
        <translation>前進一步</translation>
    </message>
    <message>
        <source>Went back a step</source>
        <comment>rehearsal event</comment>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Checkpoint ticked</source>
        <comment>rehearsal event</comment>
        <translation>勾選必檢項</translation>
    </message>
    <message>
        <source>Checkpoint unticked</source>
        <comment>rehearsal event</comment>
        <translation>取消勾選必檢項</translation>
    </message>
    <message>
        <source>Customer objected</source>
        <comment>rehearsal event</comment>
        <translation>客戶提出異議</translation>
    </message>
    <message>
        <source>Objection card opened</source>
        <comment>rehearsal event</comment>
        <translation>開啟異議處理卡</translation>
    </message>
    <message>
        <source>Customer promised</source>
        <comment>rehearsal event</comment>
        <translation>客戶承諾還款</translation>
    </message>
    <message>
        <source>Call ended</source>
        <comment>rehearsal event</comment>
        <translation>通話結束</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <comment>rehearsal event</comment>
        <translation>記錄通話結果</translation>
    </message>
    <message>
        <source>Every expected checkpoint ticked, in order.</source>
        <translation>所有必檢項均已依序勾選。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Checkpoints ticked out of the script&apos;s order.</source>
        <translation>必檢項未依話術順序勾選。</translation>
    </message>
    <message>
        <source>Disclosed to a third party: %1.</source>
        <translation>向第三方透露：%1。</translation>
    </message>
    <message>
        <source>No forbidden wording in the note.</source>
        <translation>催記中沒有違規用語。</translation>
    </message>
    <message>
        <source>Forbidden wording in the note: “%1” (%2).</source>
        <translation>催記中有違規用語：「%1」（%2）。</translation>
    </message>
    <message>
        <source>The customer raised no objection.</source>
        <translation>客戶未提出異議。</translation>
    </message>
    <message>
        <source>Objection answered with its card: %1.</source>
        <translation>已用對應的異議處理卡應對：%1。</translation>
    </message>
    <message>
        <source>Objection not answered with its card: %1.</source>
        <translation>未用對應的異議處理卡應對：%1。</translation>
    </message>
    <message>
        <source>No promise to pay expected from this customer.</source>
        <translation>此客戶無需達成承諾還款。</translation>
    </message>
    <message>
        <source>Promise reached %1 after the call connected.</source>
        <translation>接通後 %1 達成承諾還款。</translation>
    </message>
    <message>
        <source>The call never reached the customer&apos;s promise.</source>
        <translation>本次通話未達成客戶的承諾還款。</translation>
    </message>
    <message>
        <source>Correct outcome: %1.</source>
        <translation>通話結果正確：%1。</translation>
    </message>
    <message>
        <source>Acceptable, but %1 fits better than %2.</source>
        <translation>可以接受，但 %1 比 %2 更合適。</translation>
    </message>
    <message>
        <source>Wrong outcome: %2 recorded, %1 expected.</source>
        <translation>通話結果錯誤：記錄為 %2，應為 %1。</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>未記錄通話結果。</translation>
    </message>
    <message>
        <source>Promise amount %2 differs from the %1 the customer said.</source>
        <translation>承諾金額 %2 與客戶所說的 %1 不一致。</translation>
    </message>
    <message>
        <source>Promise date %2 differs from the %1 the customer said.</source>
        <translation>承諾日期 %2 與客戶所說的 %1 不一致。</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>user role</comment>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>user role</comment>
        <translation>組長</translation>
    </message>
    <message>
        <source>Trainer</source>
        <comment>user role</comment>
        <translation>培訓師</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>user role</comment>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>user role / consulted department</comment>
        <translation>法務</translation>
    </message>
    <message>
        <source>Risk</source>
        <comment>user role / consulted department</comment>
        <translation>風控</translation>
    </message>
    <message>
        <source>Call note flagged</source>
        <translation>催記觸發合規提示</translation>
    </message>
    <message>
        <source>note by %1: %2 “%3”</source>
        <translation>%1 的催記：%2「%3」</translation>
    </message>
</context>
<context>
    <name>cd::AgentBoardModel</name>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
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
        <translation>小組</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>持續</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>目前任務</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>撥打</translation>
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
        <translation>承諾</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾金額</translation>
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
        <translation>話機未註冊：%1</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>無法連線伺服器</translation>
    </message>
</context>
<context>
    <name>cd::AgentStateWidget</name>
    <message>
        <source>Change state</source>
        <translation>切換狀態</translation>
    </message>
    <message>
        <source>Set yourself ready for calls, or not ready with a reason</source>
        <translation>設為就緒以接聽撥打，或選擇原因設為未就緒</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就緒</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>未就緒：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>agent state, time in it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Set by the application: calls cannot be made now</source>
        <translation>由系統設定：目前無法撥打電話</translation>
    </message>
    <message>
        <source>→ %1 after wrap-up</source>
        <translation>→ 話後處理結束後：%1</translation>
    </message>
    <message>
        <source>→ %1 when the phone works again</source>
        <translation>→ 話機恢復後：%1</translation>
    </message>
    <message>
        <source>Stay ready (cancel the pending not ready)</source>
        <translation>保持就緒（取消待生效的未就緒）</translation>
    </message>
</context>
<context>
    <name>cd::CallBar</name>
    <message>
        <source>Number to dial (Ctrl+1…9)</source>
        <translation>撥打號碼 (Ctrl+1…9)</translation>
    </message>
    <message>
        <source>Dial (F2)</source>
        <translation>撥號 (F2)</translation>
    </message>
    <message>
        <source>Hang up (F3)</source>
        <translation>掛斷 (F3)</translation>
    </message>
    <message>
        <source>Hold (F4)</source>
        <translation>保留 (F4)</translation>
    </message>
    <message>
        <source>Mute (F6)</source>
        <translation>靜音 (F6)</translation>
    </message>
    <message>
        <source>Keypad (F7)</source>
        <translation>撥號鍵盤 (F7)</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>撥打：</translation>
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
        <translation>請先選擇號碼。</translation>
    </message>
    <message>
        <source>The phone could not start the call.</source>
        <translation>話機無法撥出電話。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Resume (F4)</source>
        <translation>恢復 (F4)</translation>
    </message>
    <message>
        <source>Unmute (F6)</source>
        <translation>取消靜音 (F6)</translation>
    </message>
    <message>
        <source> · today %1/%2</source>
        <translation> · 今日 %1/%2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>禁止撥打：%1</translation>
    </message>
    <message>
        <source> — allowed from %1 (customer&apos;s local time)</source>
        <translation>，%1 後可撥（客戶當地時間）</translation>
    </message>
    <message>
        <source> · allowed from %1</source>
        <translation> · %1 後可撥</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>放行…</translation>
    </message>
    <message>
        <source>Let this rule through for this customer for a few hours, with a reason. Audited.</source>
        <translation>在數小時內對該客戶放行此規則，需填寫原因，全程留痕稽核。</translation>
    </message>
    <message>
        <source>Lead override: %1 (by %2, until %3)</source>
        <translation>組長放行：%1（%2，至 %3）</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>接聽 (F9)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>轉接…</translation>
    </message>
    <message>
        <source>Blind transfer: hand the call to another number and leave it</source>
        <translation>盲轉：把通話轉給另一個號碼後離開</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>諮詢轉…</translation>
    </message>
    <message>
        <source>Attended transfer: put the customer on hold and call a colleague first</source>
        <translation>諮詢轉接：先保留客戶，再呼叫同事</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>完成轉接</translation>
    </message>
    <message>
        <source>Back to customer</source>
        <translation>回到客戶</translation>
    </message>
    <message>
        <source>End the consultation; the customer is taken off hold</source>
        <translation>結束諮詢，客戶恢復通話</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 錄音</translation>
    </message>
    <message>
        <source>This call is being recorded</source>
        <translation>本通話正在錄音</translation>
    </message>
    <message>
        <source>Audio received from the other side: jitter and packet loss</source>
        <translation>對方語音品質：抖動和丟包</translation>
    </message>
    <message>
        <source>Jitter %1 ms · loss %2%</source>
        <translation>抖動 %1 毫秒 · 丟包 %2%</translation>
    </message>
    <message>
        <source>This call is being recorded (%1)</source>
        <translation>本通話正在錄音（%1）</translation>
    </message>
    <message>
        <source>Incoming call from %1: F9 answers, F3 rejects.</source>
        <translation>%1 來電：F9 接聽，F3 拒接。</translation>
    </message>
    <message>
        <source>The consultation ended (%1); the customer is back on the line.</source>
        <translation>諮詢已結束（%1），已恢復與客戶通話。</translation>
    </message>
    <message>
        <source>Call transferred to %1.</source>
        <translation>通話已轉給 %1。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>話機：%1</translation>
    </message>
    <message>
        <source>Phone: %1 (%2)</source>
        <translation>話機：%1（%2）</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer to:</source>
        <translation>轉接到的號碼或 SIP 位址：</translation>
    </message>
    <message>
        <source>The phone could not answer the call.</source>
        <translation>話機無法接聽此來電。</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>轉接通話</translation>
    </message>
    <message>
        <source>The call could not be transferred to %1.</source>
        <translation>無法將通話轉給 %1。</translation>
    </message>
    <message>
        <source>Consult before transferring</source>
        <translation>轉接前先諮詢</translation>
    </message>
    <message>
        <source>Could not call %1 for the consultation.</source>
        <translation>無法呼叫 %1 進行諮詢。</translation>
    </message>
    <message>
        <source>The transfer could not be completed; the consultation goes on.</source>
        <translation>轉接未能完成，諮詢通話繼續。</translation>
    </message>
</context>
<context>
    <name>cd::ConsultIndicator</name>
    <message numerus="yes">
        <source>Consults: %n unread</source>
        <translation>
            <numerusform>會商：%n 則未讀</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 (%3 unread)</source>
        <translation>[%1] %2（%3 則未讀）</translation>
    </message>
</context>
<context>
    <name>cd::ConsultPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>新增會商…</translation>
    </message>
    <message>
        <source>Write to the thread…</source>
        <translation>在會商中留言…</translation>
    </message>
    <message>
        <source>Consult opened.</source>
        <translation>會商已建立。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 unread</source>
        <translation>
            <numerusform>%n 則訊息，%1 則未讀</numerusform>
        </translation>
    </message>
    <message>
        <source>No consult on this customer yet. Ask the legal or risk department with &quot;New consult…&quot;.</source>
        <translation>此客戶尚無會商。可透過「新增會商…」諮詢法務或風控。</translation>
    </message>
    <message>
        <source>consulting %1</source>
        <translation>會商：%1</translation>
    </message>
    <message>
        <source>Compliance check: %1</source>
        <translation>合規檢查：%1</translation>
    </message>
    <message>
        <source>Consults need a connection to the server.</source>
        <translation>會商需要連線至伺服器。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>傳送中…</translation>
    </message>
    <message>
        <source>Offline: nothing was sent. Your text stays here; send it when the connection is back.</source>
        <translation>已離線：訊息未傳送。內容已保留，恢復連線後再傳送。</translation>
    </message>
    <message>
        <source>This consult or customer is not open to you (any more).</source>
        <translation>您無權（或已無權）檢視此會商或客戶。</translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 characters.</source>
        <translation>訊息為空或超過 %1 個字元。</translation>
    </message>
    <message>
        <source>Your role cannot do this.</source>
        <translation>您的角色無此權限。</translation>
    </message>
    <message>
        <source>The server could not take the message; try again.</source>
        <translation>伺服器未能接收訊息，請重試。</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>新增會商</translation>
    </message>
    <message>
        <source>Open consult</source>
        <translation>建立會商</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主旨：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>問題：</translation>
    </message>
</context>
<context>
    <name>cd::DispositionDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation>承諾還款</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>預約回撥</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>儲存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>通話結果</translation>
    </message>
    <message>
        <source>Called %1 · %2 · talk time %3</source>
        <translation>已撥 %1 · %2 · 通話時長 %3</translation>
    </message>
    <message>
        <source>Called %1 · %2 · not answered</source>
        <translation>已撥 %1 · %2 · 未接通</translation>
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
        <translation>金額</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>還款日期</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>回撥時間</translation>
    </message>
    <message>
        <source>Collection note: what the customer said, agreed next steps</source>
        <translation>催記：客戶所述內容、約定的後續安排</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>催記</translation>
    </message>
    <message>
        <source>Outcome (press 1–9, A–D)</source>
        <translation>通話結果（按 1–9、A–D）</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>請選擇通話結果。</translation>
    </message>
    <message>
        <source>Enter the amount the customer promised to pay.</source>
        <translation>請輸入客戶承諾還款的金額。</translation>
    </message>
    <message>
        <source>The callback time must be in the future.</source>
        <translation>回撥時間必須晚於目前時間。</translation>
    </message>
    <message>
        <source>Record the outcome before moving on.</source>
        <translation>請先記錄通話結果再繼續。</translation>
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
        <translation>整理 %1 / %2 — 已逾時，組長可見</translation>
    </message>
</context>
<context>
    <name>cd::DtmfKeypad</name>
    <message>
        <source>Keypad</source>
        <translation>撥號鍵盤</translation>
    </message>
    <message>
        <source>Type or click digits</source>
        <translation>輸入或點選數字</translation>
    </message>
</context>
<context>
    <name>cd::FloorMessagesPanel</name>
    <message>
        <source>Team lead notice</source>
        <translation>組長通知</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>查看訊息</translation>
    </message>
    <message>
        <source>✕</source>
        <comment>dismiss the notice</comment>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Messages from your team lead</source>
        <translation>組長發來的訊息</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) from your team lead</source>
        <translation>
            <numerusform>組長發來 %n 則未讀訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team lead set you to not ready: %1</source>
        <translation>組長已將你設為未就緒：%1</translation>
    </message>
    <message>
        <source>Your team lead set you to not ready: %1 (%2)</source>
        <translation>組長已將你設為未就緒：%1（%2）</translation>
    </message>
    <message>
        <source>%1 to the team, %2</source>
        <translation>%1 發給全組，%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>%1 的訊息：%2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>%1 發來新訊息</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>訊息（%1）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>cd::HourlyChart</name>
    <message>
        <source>Calls</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Calls and connects per hour: today (bars) against yesterday (lines)</source>
        <translation>每小時外撥與接通：今日（長條）對比昨日（折線）</translation>
    </message>
    <message>
        <source>Promised and collected per hour (yuan): today (bars) against yesterday (lines)</source>
        <translation>每小時承諾與回款金額（元）：今日（長條）對比昨日（折線）</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾金額</translation>
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
        <translation>%1 各時段對比前一日，資料截至 %2；每分鐘更新。</translation>
    </message>
    <message>
        <source>Waiting for the hourly figures.</source>
        <translation>正在等待每小時資料。</translation>
    </message>
</context>
<context>
    <name>cd::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Log in to CollectDesk</source>
        <translation>登入 CollectDesk</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port.</source>
        <translation>伺服器位址格式應為 wss://主機:連接埠。</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>請輸入使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation>失敗次數過多，請稍候幾分鐘再試。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your team lead.</source>
        <translation>此帳號已停用，請聯絡組長。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network; you can keep working offline.</source>
        <translation>無法連線伺服器。請檢查位址和網路；您可以繼續離線工作。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused (%1).</source>
        <translation>伺服器憑證不受信任，已拒絕連線（%1）。</translation>
    </message>
    <message>
        <source>This server speaks a different protocol version. Update CollectDesk or ask your administrator.</source>
        <translation>伺服器協定版本不相容。請更新 CollectDesk 或聯絡管理員。</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>登入失敗。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Changes recorded by %1 on this computer have not reached the server yet. Log in as %1 (on the same server) first, so that nothing is lost.</source>
        <translation>%1 在本機記錄的變更尚未同步到伺服器。請先以 %1 登入（同一伺服器），以免資料遺失。</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CollectDesk — agent workstation (demo)</source>
        <translation>CollectDesk — 催收座席工作台（示範）</translation>
    </message>
    <message>
        <source>CollectDesk — agent workstation</source>
        <translation>CollectDesk — 催收座席工作台</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>工作(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>下一個任務(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>重新整理佇列(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Agent: %1 · Demo mode: synthetic customers, simulated calls</source>
        <translation>座席：%1 · 示範模式：虛擬客戶，模擬通話</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>座席：%1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>伺服器拒絕了一項變更：%1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>團隊(&amp;T)</translation>
    </message>
    <message>
        <source>Payment plan &amp;approvals…</source>
        <translation>還款方案審批(&amp;A)…</translation>
    </message>
    <message>
        <source>Not connected to the server. An override needs the server; try again when the status bar says online.</source>
        <translation>未連線伺服器。放行需要伺服器，請在狀態列顯示在線後重試。</translation>
    </message>
    <message>
        <source>The server refused the override: %1</source>
        <translation>伺服器拒絕了放行：%1</translation>
    </message>
    <message>
        <source>Override in force until %1 (customer&apos;s local time).</source>
        <translation>放行生效至 %1（客戶當地時間）。</translation>
    </message>
    <message>
        <source>Not connected to the server: personal data can be shown only online.</source>
        <translation>未連線伺服器：個人敏感資訊僅在在線時可查看。</translation>
    </message>
    <message>
        <source>The server refused to show it: %1</source>
        <translation>伺服器拒絕顯示：%1</translation>
    </message>
    <message>
        <source>Progressive dialling</source>
        <translation>預覽自動撥號</translation>
    </message>
    <message>
        <source>P&amp;rogressive dialling</source>
        <translation>預覽自動撥號(&amp;R)</translation>
    </message>
    <message>
        <source>After wrap-up the next task opens and is dialled after a short countdown</source>
        <translation>話後處理結束後自動開啟下一個任務，倒數後自動撥號</translation>
    </message>
    <message>
        <source>&amp;Phone settings…</source>
        <translation>話機設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Supervisor view…</source>
        <translation>現場監控(&amp;S)…</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>客戶 #%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Risk raised for %1: %2</source>
        <translation>風險等級上調：%1（%2）</translation>
    </message>
    <message>
        <source>Risk raised for %1: %2 (%3)</source>
        <translation>風險等級上調：%1（%2，%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>培訓(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New rehearsal…</source>
        <translation>新增培訓演練(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Review sessions…</source>
        <translation>演練回顧(&amp;R)…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Script editor…</source>
        <translation>話術編輯器(&amp;S)…</translation>
    </message>
    <message>
        <source>The SMS was not sent: its wording breaks the rule &quot;%1&quot; (&quot;%2&quot;).</source>
        <translation>簡訊未傳送：內容違反規則「%1」（「%2」）。</translation>
    </message>
    <message>
        <source>The SMS was not sent: %1.</source>
        <translation>簡訊未傳送：%1。</translation>
    </message>
    <message>
        <source>The SMS was not sent: %1</source>
        <translation>簡訊未傳送：%1</translation>
    </message>
</context>
<context>
    <name>cd::OverrideDialog</name>
    <message>
        <source>Override a contact rule</source>
        <translation>放行聯繫規則</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The override, its reason and every call made under it are kept in the audit trail. Calling hours, do-not-call and legal holds cannot be overridden.</source>
        <translation>放行、原因及由此撥出的每通電話都會記入稽核。撥打時段、勿擾和法務凍結不能放行。</translation>
    </message>
    <message>
        <source>Why this call must be made now (e.g. the customer asked to be called back today)</source>
        <translation>為何必須現在撥打（例如：客戶要求今天回電）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Only this number (%1)</source>
        <translation>僅此號碼（%1）</translation>
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
        <translation>有效時長</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters.</source>
        <translation>
            <numerusform>請填寫至少 %n 個字的原因。</numerusform>
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
            <numerusform>顯示完整資訊 %n 秒，每次查看都會記入稽核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PortraitView</name>
    <message>
        <source>Dispute: the customer contests this debt. Do not press for payment; record what they say.</source>
        <translation>爭議：客戶對此筆欠款有異議。請勿催促還款，如實記錄客戶所述。</translation>
    </message>
    <message>
        <source>Hardship hold: collection is paused. Offer help, do not demand payment.</source>
        <translation>困難緩催：已暫停催收。請提供協助，不得要求還款。</translation>
    </message>
    <message>
        <source>Do not call: this customer must not be called.</source>
        <translation>禁止撥打：不得致電此客戶。</translation>
    </message>
    <message>
        <source>Vulnerable customer: speak slowly, use the gentle script, offer a callback with family present.</source>
        <translation>特殊關懷客戶：請放慢語速，使用關懷話術，可約在家人陪同時回撥。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合約編號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期數</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>撥款日期</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>帳齡</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未還金額</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>應繳日期</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手續費</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罰息</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>還款時間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通話時長</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>催收員</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>催記</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾還款</translation>
    </message>
    <message>
        <source>Phones and contacts</source>
        <translation>電話與聯絡人</translation>
    </message>
    <message>
        <source>Loans and installments</source>
        <translation>借款與分期帳單</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>還款紀錄</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>聯絡紀錄</translation>
    </message>
    <message>
        <source>Select a task in the queue to see the customer.</source>
        <translation>請在任務佇列中選擇任務以檢視客戶畫像。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 歲</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · local time %3</source>
        <translation>%1 %2 · 當地時間 %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation>%1 · 評分 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) · %1</source>
        <translation>
            <numerusform>%n 天 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>With legal: the account is in legal proceedings. No collection calls from the floor; refer questions to the legal department.</source>
        <translation>已轉法務：該帳戶已進入法律程序。坐席不得催收外呼，相關問題請轉法務部門。</translation>
    </message>
    <message>
        <source>Deceased: the customer is reported deceased. No contact with the customer or their contacts.</source>
        <translation>已故：客戶已報身故。不得聯繫客戶本人及其聯絡人。</translation>
    </message>
    <message>
        <source>Unanswered today</source>
        <translation>今日未接通</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>減免</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原帳齡</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新帳齡</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>還款</translation>
    </message>
    <message>
        <source>Bucket change</source>
        <translation>帳齡變化</translation>
    </message>
    <message>
        <source>%1 due %2, paid %3</source>
        <translation>%1，到期 %2，已還 %3</translation>
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
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>風險因素</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>還款承諾</translation>
    </message>
    <message>
        <source>Bucket history</source>
        <translation>帳齡歷史</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>還款方案</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n 個承諾</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 due %3 · paid %4</source>
        <translation>%1 · %2 到期 %3 · 已還 %4</translation>
    </message>
    <message>
        <source>SMS waiting to sync</source>
        <translation>簡訊待同步</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>發簡訊…</translation>
    </message>
    <message>
        <source>Consults</source>
        <translation>會商</translation>
    </message>
    <message>
        <source>Consults (%1)</source>
        <translation>會商（%1）</translation>
    </message>
</context>
<context>
    <name>cd::ProgressiveDialer</name>
    <message>
        <source>Dial now</source>
        <translation>立即撥號</translation>
    </message>
    <message>
        <source>Skip (Esc)…</source>
        <translation>跳過 (Esc)…</translation>
    </message>
    <message>
        <source>Progressive dialling paused: you are not ready.</source>
        <translation>自動撥號已暫停：你處於未就緒狀態。</translation>
    </message>
    <message>
        <source>Not dialled automatically: this task is done. Skip (Esc) for the next one.</source>
        <translation>未自動撥號：此任務已完成。按 Esc 跳到下一個。</translation>
    </message>
    <message>
        <source>no number on file</source>
        <translation>沒有可用號碼</translation>
    </message>
    <message>
        <source>Not dialled automatically: %1 · Skip (Esc)</source>
        <translation>未自動撥號：%1 · 跳過 (Esc)</translation>
    </message>
    <message>
        <source>Skipped (%1). Next task.</source>
        <translation>已跳過（%1），進入下一個任務。</translation>
    </message>
    <message>
        <source>Auto-dial in %1 s · Skip (Esc)</source>
        <translation>%1 秒後自動撥號 · 跳過 (Esc)</translation>
    </message>
</context>
<context>
    <name>cd::RecordingPlayer</name>
    <message>
        <source>Position in the recording</source>
        <translation>錄音播放進度</translation>
    </message>
    <message>
        <source>Call recording:</source>
        <translation>通話錄音：</translation>
    </message>
    <message>
        <source>The recording cannot be played: the file is damaged or not audio.</source>
        <translation>錄音無法播放：檔案已損毀或不是音訊檔案。</translation>
    </message>
    <message>
        <source>The recording cannot be played (%1).</source>
        <translation>錄音無法播放（%1）。</translation>
    </message>
    <message>
        <source>The recording of this call is not on this computer and has not reached the server yet.</source>
        <translation>本通話的錄音不在本機，也尚未上傳至伺服器。</translation>
    </message>
    <message>
        <source>The recording is on the server; connect to the server to listen to it.</source>
        <translation>錄音在伺服器上，請連線至伺服器後收聽。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在取得…</translation>
    </message>
    <message>
        <source>Not connected to the server: the recording cannot be fetched now.</source>
        <translation>未連線至伺服器：暫時無法取得錄音。</translation>
    </message>
    <message>
        <source>You are not allowed to listen to this recording.</source>
        <translation>您無權收聽此錄音。</translation>
    </message>
    <message>
        <source>The server has no recording of this call.</source>
        <translation>伺服器上沒有本通話的錄音。</translation>
    </message>
    <message>
        <source>The recording arrived damaged (checksum mismatch); try again.</source>
        <translation>收到的錄音已損毀（檢查碼不符），請重試。</translation>
    </message>
    <message>
        <source>The recording could not be saved on this computer (%1).</source>
        <translation>錄音無法儲存至本機（%1）。</translation>
    </message>
    <message>
        <source>The server could not send the recording (%1).</source>
        <translation>伺服器無法傳送錄音（%1）。</translation>
    </message>
    <message>
        <source>The recording file %1 is missing or cannot be read.</source>
        <translation>錄音檔案 %1 不存在或無法讀取。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
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
        <translation>新增點評(&amp;C)</translation>
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
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Rehearsal review — CollectDesk</source>
        <translation>演練回顧 — CollectDesk</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>學員</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>客戶類型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
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
        <translation>點評</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Comment on this step…</source>
        <translation>點評這一步…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No rehearsal sessions yet. Run one from Training → New rehearsal, or import a file.</source>
        <translation>尚無演練紀錄。可透過「培訓 → 新增培訓演練」開始，或匯入檔案。</translation>
    </message>
    <message>
        <source>That session could not be read.</source>
        <translation>無法讀取該演練紀錄。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · customer %3 (%4, overdue %5) · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 客戶 %3（%4，逾期金額 %5）· %6</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 前還款 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n comment(s))</source>
        <translation>
            <numerusform>（%n 則點評）</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Open a session and pick a step to comment on.</source>
        <translation>請開啟一筆演練紀錄並選擇要點評的步驟。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>請先填寫點評內容。</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>點評儲存失敗：%1</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>點評已儲存。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已匯出至 %1。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>匯入失敗：%1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已匯入 %1。</translation>
    </message>
    <message>
        <source>Export rehearsal session</source>
        <translation>匯出演練紀錄</translation>
    </message>
    <message>
        <source>Rehearsal sessions (*.json)</source>
        <translation>演練紀錄 (*.json)</translation>
    </message>
    <message>
        <source>Import rehearsal session</source>
        <translation>匯入演練紀錄</translation>
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
        <translation>示範 / 培訓 — 虛擬客戶，模擬通話；資料不會上傳伺服器</translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation>開始演練(&amp;S)</translation>
    </message>
    <message>
        <source>Rehearsal (training) — CollectDesk</source>
        <translation>培訓演練 — CollectDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · overdue %3</source>
        <translation>%1 · %2 · 逾期金額 %3</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>學員：</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>客戶類型：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Pick a persona and a customer, then start. Dial when ready.</source>
        <translation>請選擇客戶類型和客戶，然後開始。準備好後撥號。</translation>
    </message>
    <message>
        <source>Finish the current call and its wrap-up first.</source>
        <translation>請先結束目前通話並完成話後處理。</translation>
    </message>
    <message>
        <source>Pick a persona and a customer.</source>
        <translation>請選擇客戶類型和客戶。</translation>
    </message>
    <message>
        <source>No script fits this customer. Pick another customer.</source>
        <translation>沒有適用於此客戶的話術，請選擇其他客戶。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 days past due · overdue %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 逾期 %3 天 · 逾期金額 %4</translation>
    </message>
    <message>
        <source>Scenario ready: %1. Dial the customer (F2).</source>
        <translation>情境已就緒：%1。請撥打客戶 (F2)。</translation>
    </message>
    <message>
        <source>The customer raises an objection. Open the matching card in the script panel.</source>
        <translation>客戶提出異議。請在話術面板中開啟對應的異議處理卡。</translation>
    </message>
    <message>
        <source>The customer promised %1 by %2.</source>
        <translation>客戶承諾在 %2 前還款 %1。</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>演練紀錄儲存失敗：%1</translation>
    </message>
    <message>
        <source>Rehearsal saved. Score %1 / 100. Start another one or review it under Training.</source>
        <translation>演練已儲存，得分 %1 / 100。可再開始一次，或在「培訓」選單中回顧。</translation>
    </message>
</context>
<context>
    <name>cd::Screenshotter</name>
    <message>
        <source>Customer confirmed identity; salary arrives on the 25th, will pay by transfer.</source>
        <translation>客戶已確認身分；25 日發薪，屆時轉帳還款。</translation>
    </message>
</context>
<context>
    <name>cd::ScriptEditor</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <source>Script editor</source>
        <translation>話術編輯器</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新增話術</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>話術：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
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
        <translation>步驟</translation>
    </message>
    <message>
        <source>Segment and checkpoints</source>
        <translation>分群與必檢項</translation>
    </message>
    <message>
        <source>Objection cards</source>
        <translation>異議處理卡</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Problems (click one to go to the step):</source>
        <translation>問題（點擊可跳至對應步驟）：</translation>
    </message>
    <message>
        <source>%1 (%2, v%3)</source>
        <translation>%1（%2，v%3）</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>開場白</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>結束語</translation>
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
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步驟</translation>
    </message>
    <message>
        <source>Objection card “%1”</source>
        <translation>異議處理卡「%1」</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步驟 %1</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>話術</translation>
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
        <translation>未發現問題。</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>請先修正下方列出的問題。</translation>
    </message>
    <message>
        <source>Publishing needs the server: wait until the status bar says online.</source>
        <translation>發布需要連線伺服器：請等待狀態列顯示「線上」。</translation>
    </message>
    <message>
        <source>Publish as version %1 for every agent.</source>
        <translation>發布為版本 %1，對所有坐席生效。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在發布…</translation>
    </message>
    <message>
        <source>Not connected to the server: the script was not published. Try again when online.</source>
        <translation>未連線伺服器：話術未發布。請於恢復連線後重試。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the compliance lint flags the wording</source>
        <translation>合規檢查發現違規措辭</translation>
    </message>
    <message>
        <source>only leads, trainers and admins may publish scripts</source>
        <translation>僅組長、培訓師和管理員可發布話術</translation>
    </message>
    <message>
        <source>The server refused the script: %1</source>
        <translation>伺服器拒絕了此話術：%1</translation>
    </message>
    <message>
        <source>The server refused the script (%1): %2</source>
        <translation>伺服器拒絕了此話術（%1）：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Published “%1” as version %2.</source>
        <translation>已將「%1」發布為版本 %2。</translation>
    </message>
</context>
<context>
    <name>cd::ScriptObjectionsForm</name>
    <message>
        <source>Objection</source>
        <translation>異議</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>建議回覆</translation>
    </message>
    <message>
        <source>Resume at</source>
        <translation>返回步驟</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>新增異議處理卡</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>刪除異議處理卡</translation>
    </message>
    <message>
        <source>(stay where the call was)</source>
        <translation>（停留在目前步驟）</translation>
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
        <translation>&lt;b&gt;話術&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The script appears when a customer is open.</source>
        <translation>開啟客戶後將在此顯示話術。</translation>
    </message>
    <message>
        <source>No script is available for this customer&apos;s segment. Follow the standard greeting and record the outcome.</source>
        <translation>此客戶所屬分群暫無話術。請使用標準開場白，並記錄通話結果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt; · %1 (v%2)</source>
        <translation>&lt;b&gt;話術&lt;/b&gt; · %1（v%2）</translation>
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
        <translation>第三方接聽 (F8)</translation>
    </message>
    <message>
        <source>Someone other than the customer answered: switch to the script that discloses nothing about the debt.</source>
        <translation>非客戶本人接聽：切換到不披露任何債務資訊的話術。</translation>
    </message>
    <message>
        <source>← Back (Alt+←)</source>
        <translation>← 上一步 (Alt+←)</translation>
    </message>
    <message>
        <source>Back one step: you moved on too early.</source>
        <translation>返回上一步：過早進入下一步時使用。</translation>
    </message>
    <message>
        <source>Confirm this step&apos;s checkpoints (Alt+Enter)</source>
        <translation>確認本步必檢項 (Alt+Enter)</translation>
    </message>
    <message>
        <source>Objection card: %1 (Shift+F%2)</source>
        <translation>異議處理卡：%1 (Shift+F%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; %1/%2%3</source>
        <translation>&lt;b&gt;必檢項&lt;/b&gt; %1/%2%3</translation>
    </message>
    <message>
        <source>(out of order)</source>
        <translation>（順序有誤）</translation>
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
        <translation>1  繼續</translation>
    </message>
    <message>
        <source>End of the script: record the outcome</source>
        <translation>話術結束：請記錄通話結果</translation>
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
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Customer name or ID</source>
        <translation>客戶姓名或編號</translation>
    </message>
    <message>
        <source>Preview with customer:</source>
        <translation>以客戶資料預覽：</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message numerus="yes">
        <source>Customer: %1 (#%2) · %3 · %n loan(s)</source>
        <translation>
            <numerusform>客戶：%1（#%2）· %3 · %n 筆借款</numerusform>
        </translation>
    </message>
    <message>
        <source>Path: the script has no start step.</source>
        <translation>路徑：話術沒有起始步驟。</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>路徑：%1</translation>
    </message>
    <message>
        <source>Pick a customer above to see the script with their data.</source>
        <translation>在上方選擇客戶，即可檢視帶入其資料的話術。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not filled for this customer: %1</source>
        <translation>此客戶缺少資料：%1</translation>
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
        <translation>話術結束</translation>
    </message>
</context>
<context>
    <name>cd::ScriptSettingsForm</name>
    <message>
        <source>Stable across versions, e.g. m1-debtor-zh_CN. A new id starts a new script.</source>
        <translation>各版本保持不變，例如 m1-debtor-zh_CN。使用新 ID 即新增一套話術。</translation>
    </message>
    <message>
        <source>Tick the checkpoints every call must pass; their order here is the order expected.</source>
        <translation>勾選每通電話都必須完成的必檢項；此處的順序即要求的順序。</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Buckets:</source>
        <translation>帳齡：</translation>
    </message>
    <message>
        <source>Risk grades:</source>
        <translation>風險等級：</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>承諾狀況：</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>暫停催收：</translation>
    </message>
    <message>
        <source>Who answers:</source>
        <translation>接聽人：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Nothing ticked in a row means the script is for all of them.</source>
        <translation>某列未勾選任何項目，表示話術適用於該列全部選項。</translation>
    </message>
    <message>
        <source>Script id:</source>
        <translation>話術 ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Start step:</source>
        <translation>起始步驟：</translation>
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
        <translation>必檢項（依順序）</translation>
    </message>
    <message>
        <source>%1 · published %2 by %3</source>
        <translation>%1 · %3 於 %2 發布</translation>
    </message>
    <message>
        <source>%1 · draft</source>
        <translation>%1 · 草稿</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
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
        <translation>回答選項：</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>新增回答</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>刪除回答</translation>
    </message>
    <message>
        <source>Unique within the script; other steps refer to it. Renaming updates them.</source>
        <translation>在話術內唯一，其他步驟透過它參照本步；重新命名時會同步更新。</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>插入合併欄位</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <source>Label (what the agent clicks)</source>
        <translation>按鈕文字（座席點選的內容）</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Suggested outcome</source>
        <translation>建議通話結果</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>識別碼：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>內容：</translation>
    </message>
    <message>
        <source>Checkpoints confirmed at this step:</source>
        <translation>本步確認的必檢項：</translation>
    </message>
    <message>
        <source>Compliance lint — %1: “%2”</source>
        <translation>合規檢查 — %1：「%2」</translation>
    </message>
    <message>
        <source>Unknown merge field: %1</source>
        <translation>未知合併欄位：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
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
        <translation>駁回(&amp;R)</translation>
    </message>
    <message>
        <source>Payment plans awaiting approval</source>
        <translation>待審批的還款方案</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>提交時間</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未還金額</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>減免</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>應還合計</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>期數</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>首期還款</translation>
    </message>
    <message>
        <source>Agent&apos;s note</source>
        <translation>坐席備註</translation>
    </message>
    <message>
        <source>Note for the agent</source>
        <translation>給坐席的說明</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Not connected to the server: approvals need a connection.</source>
        <translation>未連線伺服器：審批需要連線。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>伺服器拒絕：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>暫無待您審批的方案。</translation>
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
        <translation>%1 的還款方案</translation>
    </message>
    <message>
        <source>%1 · outstanding %2</source>
        <translation>%1 · 未還 %2</translation>
    </message>
    <message>
        <source>Equal instalments</source>
        <translation>等額分期</translation>
    </message>
    <message>
        <source>Why this plan (hardship, customer&apos;s proposal…)</source>
        <translation>方案理由（困難情況、客戶提議…）</translation>
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
        <translation>金額</translation>
    </message>
    <message>
        <source>&amp;Loan</source>
        <translation>借款(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>減免(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Instalments</source>
        <translation>期數(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;First payment on</source>
        <translation>首期還款日(&amp;F)</translation>
    </message>
    <message>
        <source>First &amp;amount</source>
        <translation>首期金額(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save offer</source>
        <translation>儲存方案(&amp;S)</translation>
    </message>
    <message>
        <source>Outstanding %1 − discount %2 = total %3</source>
        <translation>未還 %1 − 減免 %2 = 應還合計 %3</translation>
    </message>
    <message>
        <source>Above your discount limit of %1 %: a team lead must approve this plan. It is sent as &quot;awaiting approval&quot;.</source>
        <translation>超出您 %1% 的減免權限：須由組長審批，方案將以「待審批」狀態提交。</translation>
    </message>
    <message>
        <source>Within your discount limit of %1 %: no approval needed.</source>
        <translation>在您 %1% 的減免權限內：無需審批。</translation>
    </message>
    <message>
        <source>The offer could not be saved: %1</source>
        <translation>方案未能儲存：%1</translation>
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
        <translation>提交時間</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借款</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>減免</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>應還合計</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>期數</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>首期還款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Lead&apos;s answer</source>
        <translation>組長批覆</translation>
    </message>
    <message>
        <source>No payment plan offered yet.</source>
        <translation>尚未提出還款方案。</translation>
    </message>
    <message>
        <source>Calculate a payment plan or settlement with a discount</source>
        <translation>計算還款方案或帶減免的結清方案</translation>
    </message>
    <message>
        <source>Payment plan for %1 approved by %2</source>
        <translation>%1 的還款方案已由 %2 批准</translation>
    </message>
    <message>
        <source>Payment plan for %1 rejected by %2</source>
        <translation>%1 的還款方案已被 %2 駁回</translation>
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
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Move through the task queue (opens the task)</source>
        <translation>在任務佇列中上下移動（同時開啟任務）</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open the next task</source>
        <translation>開啟下一個任務</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>重新整理任務佇列</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Choose the number to dial</source>
        <translation>選擇要撥打的號碼</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>撥號</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>保留 / 恢復</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>靜音 / 取消靜音</translation>
    </message>
    <message>
        <source>DTMF keypad (then type 0–9, *, #)</source>
        <translation>DTMF 撥號鍵盤（隨後輸入 0–9、*、#）</translation>
    </message>
    <message>
        <source>Pick the call outcome in the wrap-up</source>
        <translation>話後處理時選擇通話結果</translation>
    </message>
    <message>
        <source>Next field in the wrap-up</source>
        <translation>話後處理時切換到下一個欄位</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>儲存話後小結</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>顯示本清單</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Third party answered: switch to the no-disclosure script</source>
        <translation>第三方接聽：切換到不披露債務的話術</translation>
    </message>
    <message>
        <source>Answer an incoming call</source>
        <translation>接聽來電</translation>
    </message>
    <message>
        <source>Skip the task offered for automatic dialling</source>
        <translation>跳過自動撥號推送的任務</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 (1 … 9 in the script)</source>
        <translation>Alt+1 … Alt+9（話術中為 1 … 9）</translation>
    </message>
    <message>
        <source>Pick the customer&apos;s answer in the script</source>
        <translation>在話術中選擇客戶的回答</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Script: back one step</source>
        <translation>話術：返回上一步</translation>
    </message>
    <message>
        <source>Alt+Enter</source>
        <translation>Alt+Enter</translation>
    </message>
    <message>
        <source>Script: confirm this step&apos;s checkpoints</source>
        <translation>話術：確認本步驟的必檢項</translation>
    </message>
    <message>
        <source>Shift+F1 … Shift+F6</source>
        <translation>Shift+F1 … Shift+F6</translation>
    </message>
    <message>
        <source>Open an objection card</source>
        <translation>開啟異議處理卡</translation>
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
        <translation>話機設定</translation>
    </message>
    <message>
        <source>sip:pbx.example.com</source>
        <translation>sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Extension, e.g. 8001</source>
        <translation>分機號，如 8001</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Record every call</source>
        <translation>每通電話都錄音</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP 帳號</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>註冊伺服器：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>顯示名稱：</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>傳輸方式：</translation>
    </message>
    <message>
        <source>Send keypad tones:</source>
        <translation>按鍵音傳送方式：</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Give up unanswered calls after:</source>
        <translation>無人接聽時掛斷等待：</translation>
    </message>
    <message>
        <source>No microphone found. Plug in the headset; the list updates by itself.</source>
        <translation>未找到麥克風。請插入耳麥，清單會自動更新。</translation>
    </message>
    <message>
        <source>Test microphone</source>
        <translation>測試麥克風</translation>
    </message>
    <message>
        <source>No speaker or headset found. Plug it in; the list updates by itself.</source>
        <translation>未找到揚聲器或耳麥。請插入，清單會自動更新。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>耳麥</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>麥克風：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>揚聲器：</translation>
    </message>
    <message>
        <source>Ring tone:</source>
        <translation>鈴聲：</translation>
    </message>
    <message>
        <source>Stored — type a new one to replace it</source>
        <translation>已儲存——輸入新密碼可替換</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未連線）</translation>
    </message>
    <message>
        <source>Enter the registrar: the address of the phone server, e.g. sip:pbx.example.com.</source>
        <translation>請填寫註冊伺服器：話務伺服器位址，如 sip:pbx.example.com。</translation>
    </message>
    <message>
        <source>The registrar &quot;%1&quot; is not a SIP address. Use host, host:port or sip:host.</source>
        <translation>註冊伺服器「%1」不是 SIP 位址。請使用 host、host:port 或 sip:host。</translation>
    </message>
    <message>
        <source>Enter the SIP user (your extension).</source>
        <translation>請填寫 SIP 使用者名稱（你的分機號）。</translation>
    </message>
    <message>
        <source>The SIP user may not contain spaces or any of @ : ; &lt; &gt; &quot;.</source>
        <translation>SIP 使用者名稱不能包含空格或 @ : ; &lt; &gt; &quot; 中的任何字元。</translation>
    </message>
    <message>
        <source>Enter the SIP password: none is stored for %1 yet.</source>
        <translation>請填寫 SIP 密碼：%1 尚未儲存密碼。</translation>
    </message>
    <message>
        <source>The no-answer time must be between %1 and %2 seconds.</source>
        <translation>無人接聽等待時間須在 %1 到 %2 秒之間。</translation>
    </message>
    <message>
        <source>The ring tone file %1 does not exist.</source>
        <translation>鈴聲檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The ring tone must be a WAV file.</source>
        <translation>鈴聲必須是 WAV 檔案。</translation>
    </message>
    <message>
        <source>The password could not be stored, nothing was saved: %1</source>
        <translation>密碼無法儲存，所有設定均未儲存：%1</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>密碼儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>The password is kept in a file only you can read: %1</source>
        <translation>密碼儲存在僅你可讀的檔案中：%1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>設定無法寫入 %1。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>已儲存。%1</translation>
    </message>
    <message>
        <source>The microphone is not connected.</source>
        <translation>麥克風未連線。</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it.</source>
        <translation>無法開啟麥克風，可能被其他程式佔用。</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>停止測試</translation>
    </message>
    <message>
        <source>The ring tone could not be played. Is it a valid WAV file?</source>
        <translation>鈴聲無法播放，請確認是有效的 WAV 檔案。</translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation>鈴聲</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV 音訊 (*.wav)</translation>
    </message>
    <message>
        <source>Built-in ring tone</source>
        <translation>內建鈴聲</translation>
    </message>
</context>
<context>
    <name>cd::SmsDialog</name>
    <message>
        <source>Send SMS</source>
        <translation>傳送簡訊</translation>
    </message>
    <message>
        <source>Send SMS · %1</source>
        <translation>傳送簡訊 · %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件號碼：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>範本：</translation>
    </message>
    <message>
        <source>The customer is not in the local cache.</source>
        <translation>本機快取中沒有該客戶。</translation>
    </message>
    <message>
        <source>The customer has no number an SMS could go to.</source>
        <translation>該客戶沒有可接收簡訊的號碼。</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>客戶姓名</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>稱呼</translation>
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
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>total outstanding</source>
        <translation>全部未還</translation>
    </message>
    <message>
        <source>days past due</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>contract number tail</source>
        <translation>合約尾號</translation>
    </message>
    <message>
        <source>amount due</source>
        <translation>應還金額</translation>
    </message>
    <message>
        <source>promised amount</source>
        <translation>承諾金額</translation>
    </message>
    <message>
        <source>promised date</source>
        <translation>承諾日期</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>還款金額</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>還款日期</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 · %n part(s)</source>
        <comment>SMS length counter: units used / capacity, parts</comment>
        <translation>
            <numerusform>%1/%2 · %n 則</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：「%2」</translation>
    </message>
    <message>
        <source>Compliance lint: %1</source>
        <translation>合規檢查：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Fix the highlighted wording first.</source>
        <translation>請先修改標出的措辭。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允許：%1</translation>
    </message>
    <message>
        <source> — allowed from %1 (customer&apos;s local time)</source>
        <translation>——%1 起可發（客戶當地時間）</translation>
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
        <translation>現場監控</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>小組：</translation>
    </message>
    <message>
        <source>Settlement approvals…</source>
        <translation>還款方案審批…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>現場</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>撥打</translation>
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
        <translation>承諾率</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾金額</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>佇列 %1</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>待處理任務</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>最久等待</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>回撥已逾時</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Team tasks — drag onto an agent to reassign</source>
        <translation>小組任務——拖到坐席上即可改派</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>改派給…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>帳齡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>Not connected: the board resumes when the connection is back</source>
        <translation>未連線：連線恢復後看板會繼續更新</translation>
    </message>
    <message>
        <source>The floor board is for team leads</source>
        <translation>現場看板僅供組長使用</translation>
    </message>
    <message>
        <source>Connecting to the floor board…</source>
        <translation>正在連線現場看板…</translation>
    </message>
    <message>
        <source>Floor board unavailable: %1</source>
        <translation>現場看板不可用：%1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部小組</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>Not acknowledged: no connection</source>
        <translation>未確認：沒有連線</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>未確認：%1</translation>
    </message>
    <message>
        <source>Select the tasks to reassign first.</source>
        <translation>請先選擇要改派的任務。</translation>
    </message>
    <message>
        <source>No agents on the board to reassign to.</source>
        <translation>看板上沒有可改派的坐席。</translation>
    </message>
    <message>
        <source>Reassign tasks</source>
        <translation>改派任務</translation>
    </message>
    <message numerus="yes">
        <source>Give %n task(s) to:</source>
        <translation>
            <numerusform>將 %n 個任務交給：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %n task(s) to %1…</source>
        <translation>
            <numerusform>正在將 %n 個任務改派給 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>沒有連線</translation>
    </message>
    <message>
        <source>task #%1: %2</source>
        <translation>任務 #%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reassigned to %1.</source>
        <translation>
            <numerusform>已將 %n 個任務改派給 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reassigned to %3; refused: %4</source>
        <translation>%2 個中已有 %1 個改派給 %3；被拒：%4</translation>
    </message>
    <message>
        <source>Force not ready…</source>
        <translation>強制設為未就緒…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>傳送訊息…</translation>
    </message>
    <message>
        <source>Message the team…</source>
        <translation>發訊息給全組…</translation>
    </message>
    <message>
        <source>Force %1 not ready…</source>
        <translation>將 %1 強制設為未就緒…</translation>
    </message>
    <message>
        <source>Send message to %1…</source>
        <translation>傳送訊息給 %1…</translation>
    </message>
    <message>
        <source>Message team %1…</source>
        <translation>發訊息給 %1 組…</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>請先選擇一名坐席。</translation>
    </message>
    <message>
        <source>Force not ready</source>
        <translation>強制設為未就緒</translation>
    </message>
    <message>
        <source>%1 goes to not ready now; their current call is not cut off.</source>
        <translation>%1 將立即設為未就緒；目前通話不會被中斷。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Optional, shown to the agent</source>
        <translation>選填，坐席可見</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Choose a team in the team filter first.</source>
        <translation>請先在小組篩選中選擇一個小組。</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>To every agent of team %1:</source>
        <translation>發給 %1 組全體坐席：</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>發給 %1：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Setting %1 to not ready…</source>
        <translation>正在將 %1 設為未就緒…</translation>
    </message>
    <message>
        <source>%1 not forced: no connection</source>
        <translation>未能將 %1 設為未就緒：沒有連線</translation>
    </message>
    <message>
        <source>%1 not forced: %2</source>
        <translation>未能將 %1 設為未就緒：%2</translation>
    </message>
    <message>
        <source>%1 is now not ready (%2).</source>
        <translation>%1 已設為未就緒（%2）。</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>%1 組</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在傳送給 %1…</translation>
    </message>
    <message>
        <source>Message to %1 not sent: no connection</source>
        <translation>給 %1 的訊息未傳送：沒有連線</translation>
    </message>
    <message>
        <source>Message to %1 not sent: %2</source>
        <translation>給 %1 的訊息未傳送：%2</translation>
    </message>
    <message numerus="yes">
        <source>Message sent to %1 (%n agent(s)).</source>
        <translation>
            <numerusform>訊息已傳送給 %1（%n 名坐席）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hourly figures unavailable: %1</source>
        <translation>每小時數據不可用：%1</translation>
    </message>
</context>
<context>
    <name>cd::SyncStatusWidget</name>
    <message>
        <source>The task was reassigned to another agent meanwhile.</source>
        <translation>該任務已改派給其他催收員。</translation>
    </message>
    <message>
        <source>The task had already been closed.</source>
        <translation>該任務已經結束。</translation>
    </message>
    <message>
        <source>The customer or task no longer exists on the server.</source>
        <translation>伺服器上已不存在該客戶或任務。</translation>
    </message>
    <message>
        <source>You are not allowed to change this customer.</source>
        <translation>您無權修改該客戶。</translation>
    </message>
    <message>
        <source>The server found the entry invalid.</source>
        <translation>伺服器認為該記錄無效。</translation>
    </message>
    <message>
        <source>Someone else changed this customer at the same time.</source>
        <translation>其他人同時修改了該客戶。</translation>
    </message>
    <message>
        <source>Refused by the server (code %1).</source>
        <translation>被伺服器拒絕（代碼 %1）。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Reconnecting… working offline</source>
        <translation>正在重新連線…離線作業中</translation>
    </message>
    <message>
        <source>Offline: working from the local cache</source>
        <translation>離線：使用本機快取作業</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 項變更待同步</numerusform>
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
            <numerusform>%n 項被拒絕</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused: click to see why</source>
        <translation>伺服器拒絕的變更：點擊查看原因</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>伺服器拒絕的變更</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更內容</translation>
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
        <translation>客戶 %1</translation>
    </message>
    <message>
        <source>These changes were not applied on the server. The customer now shows the server&apos;s state; record again if still needed.</source>
        <translation>這些變更未在伺服器上生效。客戶資訊已恢復為伺服器上的狀態；如仍需要，請重新記錄。</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>The call broke a contact rule (calling hours, daily limits or third parties) by the server&apos;s clock.</source>
        <translation>依伺服器時間，該通話違反了聯絡規則（可撥打時段、每日次數上限或第三方規則）。</translation>
    </message>
</context>
<context>
    <name>cd::TaskQueueView</name>
    <message>
        <source>Priority</source>
        <translation>優先級</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>帳齡</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金額</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務類型</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>入列原因</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>撥打次數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>全部帳齡</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任務</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Filter by bucket</source>
        <translation>依帳齡篩選</translation>
    </message>
    <message>
        <source>Filter by task kind</source>
        <translation>依任務類型篩選</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>依狀態篩選</translation>
    </message>
    <message>
        <source>&lt;b&gt;Task queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;任務佇列&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 個任務</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::WorkSession</name>
    <message>
        <source>No more tasks in this view. Change the filters or wait for new tasks.</source>
        <translation>目前檢視中已無任務。請調整篩選條件或等待新任務。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and press Save again — your entries are kept.</source>
        <translation>磁碟已滿，未儲存任何內容。請釋放部分空間後再按一次「儲存」——已填寫的內容仍會保留。</translation>
    </message>
    <message>
        <source>Check the entries: a promise needs an amount and a date from today on; a callback needs a future time.</source>
        <translation>請檢查填寫內容：承諾還款需填寫金額，且日期不得早於今天；預約回撥需選擇未來的時間。</translation>
    </message>
    <message>
        <source>The outcome could not be saved (%1). Your entries are kept; press Save to try again.</source>
        <translation>通話結果儲存失敗（%1）。已填寫的內容仍保留，請按「儲存」重試。</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>已儲存：%1 — %2</translation>
    </message>
    <message>
        <source> (%1 by %2)</source>
        <translation>（%2 前還款 %1）</translation>
    </message>
    <message>
        <source>. Ctrl+N opens the next task.</source>
        <translation>。按 Ctrl+N 開啟下一個任務。</translation>
    </message>
    <message>
        <source>This task is done. Ctrl+N opens the next task.</source>
        <translation>此任務已完成。按 Ctrl+N 開啟下一個任務。</translation>
    </message>
    <message>
        <source>The customer you had open was reassigned. Ctrl+N opens the next task.</source>
        <translation>您開啟的客戶已被改派。按 Ctrl+N 開啟下一個任務。</translation>
    </message>
    <message>
        <source>Third-party script: say nothing about the debt, the amount or the loan.</source>
        <translation>第三方話術：不得提及債務、金額或借款。</translation>
    </message>
    <message>
        <source>Calling a contact of the customer: third-party script, say nothing about the debt.</source>
        <translation>正在撥打客戶的聯絡人：使用第三方話術，不得提及債務。</translation>
    </message>
    <message>
        <source>SMS queued: it is sent when the server has it.</source>
        <translation>簡訊已排隊：伺服器收到後即傳送。</translation>
    </message>
    <message>
        <source>[Script %1 v%2] Checkpoints: %3</source>
        <translation>[話術 %1 v%2] 必檢項：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>; missing: %1</source>
        <translation>；缺少：%1</translation>
    </message>
    <message>
        <source>; out of order</source>
        <translation>；順序有誤</translation>
    </message>
    <message>
        <source>; objections: %1</source>
        <translation>；異議：%1</translation>
    </message>
</context>
<context>
    <name>cd::Workstation</name>
    <message>
        <source>Agent Li</source>
        <translation>李專員</translation>
    </message>
    <message>
        <source>Demo Consumer Finance Co.</source>
        <translation>示範消費金融有限公司</translation>
    </message>
    <message>
        <source>Phone settings saved: registering again…</source>
        <translation>話機設定已儲存，正在重新註冊…</translation>
    </message>
    <message>
        <source>Phone settings saved. Restart CollectDesk to use the new phone.</source>
        <translation>話機設定已儲存。請重新啟動催收坐席工作台以使用新話機。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local cache was written by a newer version of CollectDesk. Update the program.</source>
        <translation>本機快取由較新版本的 CollectDesk 寫入，請更新程式。</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>無法開啟本機快取：%1</translation>
    </message>
    <message>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
</context>
</TS>
