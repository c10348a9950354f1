<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>M0 (not due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M4+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right party contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CallBar</name>
    <message>
        <source>Number to dial (Ctrl+1…9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is marked do-not-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is marked do-not-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone could not start the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute (F6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DispositionDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 · %2 · talk time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 · %2 · not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection note: what the customer said, agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (press 1–9, A–C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount the customer promised to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback time must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome before moving on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DtmfKeypad</name>
    <message>
        <source>Keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or click digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CollectDesk — agent workstation (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CollectDesk — agent workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1 · Demo mode: synthetic customers, simulated calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PortraitView</name>
    <message>
        <source>Dispute: the customer contests this debt. Do not press for payment; record what they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship hold: collection is paused. Offer help, do not demand payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call: this customer must not be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable customer: speak slowly, use the gentle script, offer a callback with family present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans and installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task in the queue to see the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · local time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Screenshotter</name>
    <message>
        <source>Customer confirmed identity; salary arrives on the 25th, will pay by transfer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ScriptPanel</name>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script appears when a customer is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script is available for this customer&apos;s segment. Follow the standard greeting and record the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt; · %1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the task queue (opens the task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF keypad (then type 0–9, *, #)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 9, A … C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the call outcome in the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field in the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TaskQueueView</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by task kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Task queue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::WorkSession</name>
    <message>
        <source>No more tasks in this view. Change the filters or wait for new tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and press Save again — your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entries: a promise needs an amount and a date from today on; a callback needs a future time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be saved (%1). Your entries are kept; press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Ctrl+N opens the next task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Workstation</name>
    <message>
        <source>Agent Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Consumer Finance Co.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local cache was written by a newer version of CollectDesk. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CollectDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
