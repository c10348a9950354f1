<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message>
        <source>M0 (not due)</source>
        <translation>M0 (not due)</translation>
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
        <translation>A (low)</translation>
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
        <translation>E (high)</translation>
    </message>
    <message>
        <source>Consumer instalment</source>
        <translation>Consumer instalment</translation>
    </message>
    <message>
        <source>Cash loan</source>
        <translation>Cash loan</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Charged off</source>
        <translation>Charged off</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <translation>Hardship hold</translation>
    </message>
    <message>
        <source>Vulnerable customer</source>
        <translation>Vulnerable customer</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Promise follow-up</source>
        <translation>Promise follow-up</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>Promise due today</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Promise broken</translation>
    </message>
    <message>
        <source>Over 90 days past due</source>
        <translation>Over 90 days past due</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <source>Large balance</source>
        <translation>Large balance</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <source>Wrong party</source>
        <translation>Wrong party</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Right party contact</source>
        <translation>Right party contact</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Refused to pay</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Hardship</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>Callback requested</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>Partially kept</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Dialling…</source>
        <translation>Dialling…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Ringing…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>You hung up</source>
        <translation>You hung up</translation>
    </message>
    <message>
        <source>Customer hung up</source>
        <translation>Customer hung up</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Line busy</translation>
    </message>
    <message>
        <source>Call declined</source>
        <translation>Call declined</translation>
    </message>
    <message>
        <source>Number does not exist</source>
        <translation>Number does not exist</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Call failed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Card debit</source>
        <translation>Card debit</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>task reason: dispute, hardship or do-not-call</comment>
        <translation>On hold</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>call state</comment>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Customer is do-not-call</source>
        <translation>Customer is do-not-call</translation>
    </message>
    <message>
        <source>Collection on hold</source>
        <translation>Collection on hold</translation>
    </message>
    <message>
        <source>Number is do-not-call</source>
        <translation>Number is do-not-call</translation>
    </message>
    <message>
        <source>Number invalid</source>
        <translation>Number invalid</translation>
    </message>
    <message>
        <source>Outside calling hours</source>
        <translation>Outside calling hours</translation>
    </message>
    <message>
        <source>No calls on this day</source>
        <translation>No calls on this day</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Daily attempts used up</source>
        <translation>Daily attempts used up</translation>
    </message>
    <message>
        <source>Daily conversations used up</source>
        <translation>Daily conversations used up</translation>
    </message>
    <message>
        <source>Weekly attempts used up</source>
        <translation>Weekly attempts used up</translation>
    </message>
    <message>
        <source>Too soon after the last conversation</source>
        <translation>Too soon after the last conversation</translation>
    </message>
    <message>
        <source>Contact not yet allowed</source>
        <translation>Contact not yet allowed</translation>
    </message>
    <message>
        <source>it is %1 for the customer; calls are allowed only within the calling hours</source>
        <translation>it is %1 for the customer; calls are allowed only within the calling hours</translation>
    </message>
    <message>
        <source>%1 unanswered attempts on this number today (limit %2)</source>
        <translation>%1 unanswered attempts on this number today (limit %2)</translation>
    </message>
    <message>
        <source>%1 conversations with this customer today (limit %2)</source>
        <translation>%1 conversations with this customer today (limit %2)</translation>
    </message>
    <message>
        <source>relatives and other contacts may be called only after the customer&apos;s own numbers fail repeatedly</source>
        <translation>relatives and other contacts may be called only after the customer&apos;s own numbers fail repeatedly</translation>
    </message>
    <message>
        <source>dispute or hardship hold: no collection calls</source>
        <translation>dispute or hardship hold: no collection calls</translation>
    </message>
    <message>
        <source>With legal</source>
        <translation>With legal</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <source>Days-past-due milestone</source>
        <translation>Days-past-due milestone</translation>
    </message>
    <message>
        <source>Retry due</source>
        <translation>Retry due</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>No recent contact</translation>
    </message>
    <message>
        <source>Repeated refusal</source>
        <translation>Repeated refusal</translation>
    </message>
    <message>
        <source>Promise partly kept</source>
        <translation>Promise partly kept</translation>
    </message>
    <message>
        <source>New overdue installment</source>
        <translation>New overdue installment</translation>
    </message>
    <message>
        <source>Rolled to a later bucket</source>
        <translation>Rolled to a later bucket</translation>
    </message>
    <message>
        <source>Low score</source>
        <translation>Low score</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promises kept</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Within your limit</source>
        <translation>Within your limit</translation>
    </message>
    <message>
        <source>Customer deceased</source>
        <translation>Customer deceased</translation>
    </message>
    <message>
        <source>hardship hold until %1: no collection calls</source>
        <translation>hardship hold until %1: no collection calls</translation>
    </message>
    <message>
        <source>the customer is reported deceased: no contact</source>
        <translation>the customer is reported deceased: no contact</translation>
    </message>
    <message>
        <source>the account is with legal: the floor does not call</source>
        <translation>the account is with legal: the floor does not call</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In the audio (RFC 2833)</source>
        <translation>In the audio (RFC 2833)</translation>
    </message>
    <message>
        <source>As SIP INFO messages</source>
        <translation>As SIP INFO messages</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Need to prepare</source>
        <translation>Need to prepare</translation>
    </message>
    <message>
        <source>Wrong task for me</source>
        <translation>Wrong task for me</translation>
    </message>
    <message>
        <source>Taking a break</source>
        <translation>Taking a break</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>agent state</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Dialling</source>
        <comment>agent state</comment>
        <translation>Dialling</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>agent state</comment>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>On a call</source>
        <comment>agent state</comment>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Customer on hold</source>
        <comment>agent state</comment>
        <translation>Customer on hold</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>agent state</comment>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Not ready</source>
        <comment>agent state</comment>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>not-ready reason</comment>
        <translation>Break</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>not-ready reason</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>not-ready reason</comment>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Coaching</source>
        <comment>not-ready reason</comment>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>System</source>
        <comment>not-ready reason</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Not ready (%1)</source>
        <comment>agent state with its reason</comment>
        <translation>Not ready (%1)</translation>
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
        <translation>TLS (encrypted)</translation>
    </message>
    <message>
        <source>Daily SMS used up</source>
        <translation>Daily SMS used up</translation>
    </message>
    <message>
        <source>Text for the customer, not for a contact</source>
        <translation>Text for the customer, not for a contact</translation>
    </message>
    <message>
        <source>SMS queued</source>
        <comment>delivery state</comment>
        <translation>SMS queued</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <comment>delivery state</comment>
        <translation>SMS sent</translation>
    </message>
    <message>
        <source>SMS failed</source>
        <comment>delivery state</comment>
        <translation>SMS failed</translation>
    </message>
    <message>
        <source>Threat or intimidation</source>
        <comment>compliance lint rule</comment>
        <translation>Threat or intimidation</translation>
    </message>
    <message>
        <source>Insulting language</source>
        <comment>compliance lint rule</comment>
        <translation>Insulting language</translation>
    </message>
    <message>
        <source>Posing as police, court or lawyer</source>
        <comment>compliance lint rule</comment>
        <translation>Posing as police, court or lawyer</translation>
    </message>
    <message>
        <source>Exaggerated legal consequences</source>
        <comment>compliance lint rule</comment>
        <translation>Exaggerated legal consequences</translation>
    </message>
    <message>
        <source>Debt disclosed to a third party</source>
        <comment>compliance lint rule</comment>
        <translation>Debt disclosed to a third party</translation>
    </message>
    <message>
        <source>Pressure to borrow elsewhere</source>
        <comment>compliance lint rule</comment>
        <translation>Pressure to borrow elsewhere</translation>
    </message>
    <message>
        <source>the customer already received the day&apos;s SMS (limit %1); more tomorrow</source>
        <translation>the customer already received the day&apos;s SMS (limit %1); more tomorrow</translation>
    </message>
    <message>
        <source>this template is written for the customer; a relative or contact gets a contact template</source>
        <translation>this template is written for the customer; a relative or contact gets a contact template</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>floor state</comment>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <comment>floor state</comment>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>On a call</source>
        <comment>floor state</comment>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>floor state</comment>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>floor state</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>floor state</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not ready too long</source>
        <translation>Not ready too long</translation>
    </message>
    <message>
        <source>Wrap-up too long</source>
        <translation>Wrap-up too long</translation>
    </message>
    <message>
        <source>Agent disconnected</source>
        <translation>Agent disconnected</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>Callbacks overdue</translation>
    </message>
    <message>
        <source>Queue too long</source>
        <translation>Queue too long</translation>
    </message>
    <message>
        <source>Oldest task over SLA</source>
        <translation>Oldest task over SLA</translation>
    </message>
    <message>
        <source>Many broken promises</source>
        <translation>Many broken promises</translation>
    </message>
    <message>
        <source>Compliance override</source>
        <translation>Compliance override</translation>
    </message>
    <message>
        <source>Floor alert</source>
        <translation>Floor alert</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (limit %2)</translation>
    </message>
    <message>
        <source>%1 tasks (limit %2)</source>
        <translation>%1 tasks (limit %2)</translation>
    </message>
    <message>
        <source>%1 in an hour (limit %2)</source>
        <translation>%1 in an hour (limit %2)</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>customer #%1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 (acknowledged by %2)</source>
        <translation>%1 (acknowledged by %2)</translation>
    </message>
    <message>
        <source>This loan has nothing left to pay.</source>
        <translation>This loan has nothing left to pay.</translation>
    </message>
    <message>
        <source>The discount must be between 0 % and 50 %.</source>
        <translation>The discount must be between 0 % and 50 %.</translation>
    </message>
    <message>
        <source>Choose 1 to 36 instalments, each at least ¥0.01.</source>
        <translation>Choose 1 to 36 instalments, each at least ¥0.01.</translation>
    </message>
    <message>
        <source>Choose the date of the first payment.</source>
        <translation>Choose the date of the first payment.</translation>
    </message>
    <message>
        <source>The first payment cannot be before the customer&apos;s today.</source>
        <translation>The first payment cannot be before the customer&apos;s today.</translation>
    </message>
    <message>
        <source>The first amount cannot be negative.</source>
        <translation>The first amount cannot be negative.</translation>
    </message>
    <message>
        <source>The first amount is larger than the total allows (every later instalment needs at least ¥0.01).</source>
        <translation>The first amount is larger than the total allows (every later instalment needs at least ¥0.01).</translation>
    </message>
    <message>
        <source>With one instalment the first amount is the whole total.</source>
        <translation>With one instalment the first amount is the whole total.</translation>
    </message>
    <message>
        <source>Network error (not counted)</source>
        <translation>Network error (not counted)</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <comment>script checkpoint title</comment>
        <translation>Identity verified</translation>
    </message>
    <message>
        <source>Agent and company named</source>
        <comment>script checkpoint title</comment>
        <translation>Agent and company named</translation>
    </message>
    <message>
        <source>Purpose stated</source>
        <comment>script checkpoint title</comment>
        <translation>Purpose stated</translation>
    </message>
    <message>
        <source>Amount and due date confirmed</source>
        <comment>script checkpoint title</comment>
        <translation>Amount and due date confirmed</translation>
    </message>
    <message>
        <source>Payment asked for</source>
        <comment>script checkpoint title</comment>
        <translation>Payment asked for</translation>
    </message>
    <message>
        <source>Promise recapped</source>
        <comment>script checkpoint title</comment>
        <translation>Promise recapped</translation>
    </message>
    <message>
        <source>Nothing disclosed</source>
        <comment>script checkpoint title</comment>
        <translation>Nothing disclosed</translation>
    </message>
    <message>
        <source>No money now</source>
        <comment>objection card</comment>
        <translation>No money now</translation>
    </message>
    <message>
        <source>Already paid</source>
        <comment>objection card</comment>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>Dispute</source>
        <comment>objection card</comment>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Hardship</source>
        <comment>objection card</comment>
        <translation>Hardship</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <comment>objection card</comment>
        <translation>Wrong person</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <comment>objection card</comment>
        <translation>Angry customer</translation>
    </message>
    <message>
        <source>Say</source>
        <comment>script step kind</comment>
        <translation>Say</translation>
    </message>
    <message>
        <source>Ask</source>
        <comment>script step kind</comment>
        <translation>Ask</translation>
    </message>
    <message>
        <source>End</source>
        <comment>script step kind</comment>
        <translation>End</translation>
    </message>
    <message>
        <source>The debtor</source>
        <comment>who answers the call (script segment)</comment>
        <translation>The debtor</translation>
    </message>
    <message>
        <source>A third party</source>
        <comment>who answers the call (script segment)</comment>
        <translation>A third party</translation>
    </message>
    <message>
        <source>No promise</source>
        <comment>script segment: promise situation</comment>
        <translation>No promise</translation>
    </message>
    <message>
        <source>Promise pending</source>
        <comment>script segment: promise situation</comment>
        <translation>Promise pending</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <comment>script segment: promise situation</comment>
        <translation>Promise broken</translation>
    </message>
    <message>
        <source>No hold</source>
        <comment>script segment: collection hold</comment>
        <translation>No hold</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>script segment: collection hold</comment>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Hardship hold</source>
        <comment>script segment: collection hold</comment>
        <translation>Hardship hold</translation>
    </message>
    <message>
        <source>The script has no steps</source>
        <comment>script problem</comment>
        <translation>The script has no steps</translation>
    </message>
    <message>
        <source>The start step is missing</source>
        <comment>script problem</comment>
        <translation>The start step is missing</translation>
    </message>
    <message>
        <source>Two steps share a key</source>
        <comment>script problem</comment>
        <translation>Two steps share a key</translation>
    </message>
    <message>
        <source>Leads to a step that does not exist</source>
        <comment>script problem</comment>
        <translation>Leads to a step that does not exist</translation>
    </message>
    <message>
        <source>No path from the start reaches this step</source>
        <comment>script problem</comment>
        <translation>No path from the start reaches this step</translation>
    </message>
    <message>
        <source>The call cannot end from here</source>
        <comment>script problem</comment>
        <translation>The call cannot end from here</translation>
    </message>
    <message>
        <source>A question needs at least two answers</source>
        <comment>script problem</comment>
        <translation>A question needs at least two answers</translation>
    </message>
    <message>
        <source>A required checkpoint is missing</source>
        <comment>script problem</comment>
        <translation>A required checkpoint is missing</translation>
    </message>
    <message>
        <source>Checkpoints come out of order</source>
        <comment>script problem</comment>
        <translation>Checkpoints come out of order</translation>
    </message>
    <message>
        <source>Unknown merge field</source>
        <comment>script problem</comment>
        <translation>Unknown merge field</translation>
    </message>
    <message>
        <source>Discloses the debt to a third party</source>
        <comment>script problem</comment>
        <translation>Discloses the debt to a third party</translation>
    </message>
    <message>
        <source>Wording fails the compliance check</source>
        <comment>script problem</comment>
        <translation>Wording fails the compliance check</translation>
    </message>
    <message>
        <source>Two answers share a key</source>
        <comment>script problem</comment>
        <translation>Two answers share a key</translation>
    </message>
    <message>
        <source>identity verified</source>
        <comment>script checkpoint</comment>
        <translation>identity verified</translation>
    </message>
    <message>
        <source>agent and company named</source>
        <comment>script checkpoint</comment>
        <translation>agent and company named</translation>
    </message>
    <message>
        <source>purpose stated</source>
        <comment>script checkpoint</comment>
        <translation>purpose stated</translation>
    </message>
    <message>
        <source>amount and due date confirmed</source>
        <comment>script checkpoint</comment>
        <translation>amount and due date confirmed</translation>
    </message>
    <message>
        <source>payment asked for</source>
        <comment>script checkpoint</comment>
        <translation>payment asked for</translation>
    </message>
    <message>
        <source>promise recapped</source>
        <comment>script checkpoint</comment>
        <translation>promise recapped</translation>
    </message>
    <message>
        <source>nothing disclosed to a third party</source>
        <comment>script checkpoint</comment>
        <translation>nothing disclosed to a third party</translation>
    </message>
    <message>
        <source>no money now</source>
        <comment>objection</comment>
        <translation>no money now</translation>
    </message>
    <message>
        <source>already paid</source>
        <comment>objection</comment>
        <translation>already paid</translation>
    </message>
    <message>
        <source>dispute</source>
        <comment>objection</comment>
        <translation>dispute</translation>
    </message>
    <message>
        <source>hardship</source>
        <comment>objection</comment>
        <translation>hardship</translation>
    </message>
    <message>
        <source>wrong person</source>
        <comment>objection</comment>
        <translation>wrong person</translation>
    </message>
    <message>
        <source>angry customer</source>
        <comment>objection</comment>
        <translation>angry customer</translation>
    </message>
    <message>
        <source>Checkpoints in order</source>
        <comment>rehearsal score</comment>
        <translation>Checkpoints in order</translation>
    </message>
    <message>
        <source>Compliant notes</source>
        <comment>rehearsal score</comment>
        <translation>Compliant notes</translation>
    </message>
    <message>
        <source>Objections handled</source>
        <comment>rehearsal score</comment>
        <translation>Objections handled</translation>
    </message>
    <message>
        <source>Time to promise</source>
        <comment>rehearsal score</comment>
        <translation>Time to promise</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <comment>rehearsal score</comment>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>Scenario set up</source>
        <comment>rehearsal event</comment>
        <translation>Scenario set up</translation>
    </message>
    <message>
        <source>Dialled</source>
        <comment>rehearsal event</comment>
        <translation>Dialled</translation>
    </message>
    <message>
        <source>Call connected</source>
        <comment>rehearsal event</comment>
        <translation>Call connected</translation>
    </message>
    <message>
        <source>Customer said</source>
        <comment>rehearsal event</comment>
        <translation>Customer said</translation>
    </message>
    <message>
        <source>Step taken</source>
        <comment>rehearsal event</comment>
        <translation>Step taken</translation>
    </message>
    <message>
        <source>Went back a step</source>
        <comment>rehearsal event</comment>
        <translation>Went back a step</translation>
    </message>
    <message>
        <source>Checkpoint ticked</source>
        <comment>rehearsal event</comment>
        <translation>Checkpoint ticked</translation>
    </message>
    <message>
        <source>Checkpoint unticked</source>
        <comment>rehearsal event</comment>
        <translation>Checkpoint unticked</translation>
    </message>
    <message>
        <source>Customer objected</source>
        <comment>rehearsal event</comment>
        <translation>Customer objected</translation>
    </message>
    <message>
        <source>Objection card opened</source>
        <comment>rehearsal event</comment>
        <translation>Objection card opened</translation>
    </message>
    <message>
        <source>Customer promised</source>
        <comment>rehearsal event</comment>
        <translation>Customer promised</translation>
    </message>
    <message>
        <source>Call ended</source>
        <comment>rehearsal event</comment>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <comment>rehearsal event</comment>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>Every expected checkpoint ticked, in order.</source>
        <translation>Every expected checkpoint ticked, in order.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>Checkpoints ticked out of the script&apos;s order.</source>
        <translation>Checkpoints ticked out of the script&apos;s order.</translation>
    </message>
    <message>
        <source>Disclosed to a third party: %1.</source>
        <translation>Disclosed to a third party: %1.</translation>
    </message>
    <message>
        <source>No forbidden wording in the note.</source>
        <translation>No forbidden wording in the note.</translation>
    </message>
    <message>
        <source>Forbidden wording in the note: “%1” (%2).</source>
        <translation>Forbidden wording in the note: “%1” (%2).</translation>
    </message>
    <message>
        <source>The customer raised no objection.</source>
        <translation>The customer raised no objection.</translation>
    </message>
    <message>
        <source>Objection answered with its card: %1.</source>
        <translation>Objection answered with its card: %1.</translation>
    </message>
    <message>
        <source>Objection not answered with its card: %1.</source>
        <translation>Objection not answered with its card: %1.</translation>
    </message>
    <message>
        <source>No promise to pay expected from this customer.</source>
        <translation>No promise to pay expected from this customer.</translation>
    </message>
    <message>
        <source>Promise reached %1 after the call connected.</source>
        <translation>Promise reached %1 after the call connected.</translation>
    </message>
    <message>
        <source>The call never reached the customer&apos;s promise.</source>
        <translation>The call never reached the customer&apos;s promise.</translation>
    </message>
    <message>
        <source>Correct outcome: %1.</source>
        <translation>Correct outcome: %1.</translation>
    </message>
    <message>
        <source>Acceptable, but %1 fits better than %2.</source>
        <translation>Acceptable, but %1 fits better than %2.</translation>
    </message>
    <message>
        <source>Wrong outcome: %2 recorded, %1 expected.</source>
        <translation>Wrong outcome: %2 recorded, %1 expected.</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>No outcome recorded.</translation>
    </message>
    <message>
        <source>Promise amount %2 differs from the %1 the customer said.</source>
        <translation>Promise amount %2 differs from the %1 the customer said.</translation>
    </message>
    <message>
        <source>Promise date %2 differs from the %1 the customer said.</source>
        <translation>Promise date %2 differs from the %1 the customer said.</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>user role</comment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>user role</comment>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Trainer</source>
        <comment>user role</comment>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>user role</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>user role / consulted department</comment>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Risk</source>
        <comment>user role / consulted department</comment>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Call note flagged</source>
        <translation>Call note flagged</translation>
    </message>
    <message>
        <source>note by %1: %2 “%3”</source>
        <translation>note by %1: %2 “%3”</translation>
    </message>
</context>
<context>
    <name>cd::AgentBoardModel</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>In state</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>Current task</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <source>RPC</source>
        <translation>RPC</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
</context>
<context>
    <name>cd::AgentPresence</name>
    <message>
        <source>Phone not registered: %1</source>
        <translation>Phone not registered: %1</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
</context>
<context>
    <name>cd::AgentStateWidget</name>
    <message>
        <source>Change state</source>
        <translation>Change state</translation>
    </message>
    <message>
        <source>Set yourself ready for calls, or not ready with a reason</source>
        <translation>Set yourself ready for calls, or not ready with a reason</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Not ready: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>agent state, time in it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Set by the application: calls cannot be made now</source>
        <translation>Set by the application: calls cannot be made now</translation>
    </message>
    <message>
        <source>→ %1 after wrap-up</source>
        <translation>→ %1 after wrap-up</translation>
    </message>
    <message>
        <source>→ %1 when the phone works again</source>
        <translation>→ %1 when the phone works again</translation>
    </message>
    <message>
        <source>Stay ready (cancel the pending not ready)</source>
        <translation>Stay ready (cancel the pending not ready)</translation>
    </message>
</context>
<context>
    <name>cd::CallBar</name>
    <message>
        <source>Number to dial (Ctrl+1…9)</source>
        <translation>Number to dial (Ctrl+1…9)</translation>
    </message>
    <message>
        <source>Dial (F2)</source>
        <translation>Dial (F2)</translation>
    </message>
    <message>
        <source>Hang up (F3)</source>
        <translation>Hang up (F3)</translation>
    </message>
    <message>
        <source>Hold (F4)</source>
        <translation>Hold (F4)</translation>
    </message>
    <message>
        <source>Mute (F6)</source>
        <translation>Mute (F6)</translation>
    </message>
    <message>
        <source>Keypad (F7)</source>
        <translation>Keypad (F7)</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Choose a number first.</source>
        <translation>Choose a number first.</translation>
    </message>
    <message>
        <source>The phone could not start the call.</source>
        <translation>The phone could not start the call.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resume (F4)</source>
        <translation>Resume (F4)</translation>
    </message>
    <message>
        <source>Unmute (F6)</source>
        <translation>Unmute (F6)</translation>
    </message>
    <message>
        <source> · today %1/%2</source>
        <translation> · today %1/%2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source> — allowed from %1 (customer&apos;s local time)</source>
        <translation> — allowed from %1 (customer&apos;s local time)</translation>
    </message>
    <message>
        <source> · allowed from %1</source>
        <translation> · allowed from %1</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Let this rule through for this customer for a few hours, with a reason. Audited.</source>
        <translation>Let this rule through for this customer for a few hours, with a reason. Audited.</translation>
    </message>
    <message>
        <source>Lead override: %1 (by %2, until %3)</source>
        <translation>Lead override: %1 (by %2, until %3)</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>Answer (F9)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Blind transfer: hand the call to another number and leave it</source>
        <translation>Blind transfer: hand the call to another number and leave it</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Consult…</translation>
    </message>
    <message>
        <source>Attended transfer: put the customer on hold and call a colleague first</source>
        <translation>Attended transfer: put the customer on hold and call a colleague first</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Complete transfer</translation>
    </message>
    <message>
        <source>Back to customer</source>
        <translation>Back to customer</translation>
    </message>
    <message>
        <source>End the consultation; the customer is taken off hold</source>
        <translation>End the consultation; the customer is taken off hold</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● REC</translation>
    </message>
    <message>
        <source>This call is being recorded</source>
        <translation>This call is being recorded</translation>
    </message>
    <message>
        <source>Audio received from the other side: jitter and packet loss</source>
        <translation>Audio received from the other side: jitter and packet loss</translation>
    </message>
    <message>
        <source>Jitter %1 ms · loss %2%</source>
        <translation>Jitter %1 ms · loss %2%</translation>
    </message>
    <message>
        <source>This call is being recorded (%1)</source>
        <translation>This call is being recorded (%1)</translation>
    </message>
    <message>
        <source>Incoming call from %1: F9 answers, F3 rejects.</source>
        <translation>Incoming call from %1: F9 answers, F3 rejects.</translation>
    </message>
    <message>
        <source>The consultation ended (%1); the customer is back on the line.</source>
        <translation>The consultation ended (%1); the customer is back on the line.</translation>
    </message>
    <message>
        <source>Call transferred to %1.</source>
        <translation>Call transferred to %1.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Phone: %1 (%2)</source>
        <translation>Phone: %1 (%2)</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer to:</source>
        <translation>Number or SIP address to transfer to:</translation>
    </message>
    <message>
        <source>The phone could not answer the call.</source>
        <translation>The phone could not answer the call.</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transfer the call</translation>
    </message>
    <message>
        <source>The call could not be transferred to %1.</source>
        <translation>The call could not be transferred to %1.</translation>
    </message>
    <message>
        <source>Consult before transferring</source>
        <translation>Consult before transferring</translation>
    </message>
    <message>
        <source>Could not call %1 for the consultation.</source>
        <translation>Could not call %1 for the consultation.</translation>
    </message>
    <message>
        <source>The transfer could not be completed; the consultation goes on.</source>
        <translation>The transfer could not be completed; the consultation goes on.</translation>
    </message>
</context>
<context>
    <name>cd::ConsultIndicator</name>
    <message numerus="yes">
        <source>Consults: %n unread</source>
        <translation>
            <numerusform>Consults: %n unread</numerusform>
            <numerusform>Consults: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 (%3 unread)</source>
        <translation>[%1] %2 (%3 unread)</translation>
    </message>
</context>
<context>
    <name>cd::ConsultPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>New consult…</source>
        <translation>New consult…</translation>
    </message>
    <message>
        <source>Write to the thread…</source>
        <translation>Write to the thread…</translation>
    </message>
    <message>
        <source>Consult opened.</source>
        <translation>Consult opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 unread</source>
        <translation>
            <numerusform>%n message(s), %1 unread</numerusform>
            <numerusform>%n message(s), %1 unread</numerusform>
        </translation>
    </message>
    <message>
        <source>No consult on this customer yet. Ask the legal or risk department with &quot;New consult…&quot;.</source>
        <translation>No consult on this customer yet. Ask the legal or risk department with &quot;New consult…&quot;.</translation>
    </message>
    <message>
        <source>consulting %1</source>
        <translation>consulting %1</translation>
    </message>
    <message>
        <source>Compliance check: %1</source>
        <translation>Compliance check: %1</translation>
    </message>
    <message>
        <source>Consults need a connection to the server.</source>
        <translation>Consults need a connection to the server.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Offline: nothing was sent. Your text stays here; send it when the connection is back.</source>
        <translation>Offline: nothing was sent. Your text stays here; send it when the connection is back.</translation>
    </message>
    <message>
        <source>This consult or customer is not open to you (any more).</source>
        <translation>This consult or customer is not open to you (any more).</translation>
    </message>
    <message>
        <source>The message is empty or longer than %1 characters.</source>
        <translation>The message is empty or longer than %1 characters.</translation>
    </message>
    <message>
        <source>Your role cannot do this.</source>
        <translation>Your role cannot do this.</translation>
    </message>
    <message>
        <source>The server could not take the message; try again.</source>
        <translation>The server could not take the message; try again.</translation>
    </message>
    <message>
        <source>New consult</source>
        <translation>New consult</translation>
    </message>
    <message>
        <source>Open consult</source>
        <translation>Open consult</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
</context>
<context>
    <name>cd::DispositionDialog</name>
    <message>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
    <message>
        <source>Called %1 · %2 · talk time %3</source>
        <translation>Called %1 · %2 · talk time %3</translation>
    </message>
    <message>
        <source>Called %1 · %2 · not answered</source>
        <translation>Called %1 · %2 · not answered</translation>
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
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Call back at</translation>
    </message>
    <message>
        <source>Collection note: what the customer said, agreed next steps</source>
        <translation>Collection note: what the customer said, agreed next steps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outcome (press 1–9, A–D)</source>
        <translation>Outcome (press 1–9, A–D)</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Choose an outcome.</translation>
    </message>
    <message>
        <source>Enter the amount the customer promised to pay.</source>
        <translation>Enter the amount the customer promised to pay.</translation>
    </message>
    <message>
        <source>The callback time must be in the future.</source>
        <translation>The callback time must be in the future.</translation>
    </message>
    <message>
        <source>Record the outcome before moving on.</source>
        <translation>Record the outcome before moving on.</translation>
    </message>
    <message>
        <source>Wrap-up %1</source>
        <translation>Wrap-up %1</translation>
    </message>
    <message>
        <source>Wrap-up %1 / %2</source>
        <translation>Wrap-up %1 / %2</translation>
    </message>
    <message>
        <source>Wrap-up %1 / %2 — over the limit, your lead can see it</source>
        <translation>Wrap-up %1 / %2 — over the limit, your lead can see it</translation>
    </message>
</context>
<context>
    <name>cd::DtmfKeypad</name>
    <message>
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <source>Type or click digits</source>
        <translation>Type or click digits</translation>
    </message>
</context>
<context>
    <name>cd::FloorMessagesPanel</name>
    <message>
        <source>Team lead notice</source>
        <translation>Team lead notice</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Show messages</translation>
    </message>
    <message>
        <source>✕</source>
        <comment>dismiss the notice</comment>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Messages from your team lead</source>
        <translation>Messages from your team lead</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) from your team lead</source>
        <translation>
            <numerusform>%n unread message(s) from your team lead</numerusform>
            <numerusform>%n unread message(s) from your team lead</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team lead set you to not ready: %1</source>
        <translation>Your team lead set you to not ready: %1</translation>
    </message>
    <message>
        <source>Your team lead set you to not ready: %1 (%2)</source>
        <translation>Your team lead set you to not ready: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 to the team, %2</source>
        <translation>%1 to the team, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Message from %1: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>New message from %1</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>cd::HourlyChart</name>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <source>Calls and connects per hour: today (bars) against yesterday (lines)</source>
        <translation>Calls and connects per hour: today (bars) against yesterday (lines)</translation>
    </message>
    <message>
        <source>Promised and collected per hour (yuan): today (bars) against yesterday (lines)</source>
        <translation>Promised and collected per hour (yuan): today (bars) against yesterday (lines)</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 today</translation>
    </message>
    <message>
        <source>%1 yesterday</source>
        <translation>%1 yesterday</translation>
    </message>
    <message>
        <source>Hours of %1 against the day before, as stored at %2; refreshed every minute.</source>
        <translation>Hours of %1 against the day before, as stored at %2; refreshed every minute.</translation>
    </message>
    <message>
        <source>Waiting for the hourly figures.</source>
        <translation>Waiting for the hourly figures.</translation>
    </message>
</context>
<context>
    <name>cd::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in to CollectDesk</source>
        <translation>Log in to CollectDesk</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The server address must look like wss://host:port.</source>
        <translation>The server address must look like wss://host:port.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation>Too many failed attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your team lead.</source>
        <translation>This account is disabled. Ask your team lead.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network; you can keep working offline.</source>
        <translation>The server cannot be reached. Check the address and your network; you can keep working offline.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused (%1).</source>
        <translation>The server&apos;s certificate is not trusted, so the connection was refused (%1).</translation>
    </message>
    <message>
        <source>This server speaks a different protocol version. Update CollectDesk or ask your administrator.</source>
        <translation>This server speaks a different protocol version. Update CollectDesk or ask your administrator.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Login failed.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Changes recorded by %1 on this computer have not reached the server yet. Log in as %1 (on the same server) first, so that nothing is lost.</source>
        <translation>Changes recorded by %1 on this computer have not reached the server yet. Log in as %1 (on the same server) first, so that nothing is lost.</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>CollectDesk — agent workstation (demo)</source>
        <translation>CollectDesk — agent workstation (demo)</translation>
    </message>
    <message>
        <source>CollectDesk — agent workstation</source>
        <translation>CollectDesk — agent workstation</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>&amp;Next task</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>&amp;Refresh queue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Agent: %1 · Demo mode: synthetic customers, simulated calls</source>
        <translation>Agent: %1 · Demo mode: synthetic customers, simulated calls</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>The server refused a change: %1</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Payment plan &amp;approvals…</source>
        <translation>Payment plan &amp;approvals…</translation>
    </message>
    <message>
        <source>Not connected to the server. An override needs the server; try again when the status bar says online.</source>
        <translation>Not connected to the server. An override needs the server; try again when the status bar says online.</translation>
    </message>
    <message>
        <source>The server refused the override: %1</source>
        <translation>The server refused the override: %1</translation>
    </message>
    <message>
        <source>Override in force until %1 (customer&apos;s local time).</source>
        <translation>Override in force until %1 (customer&apos;s local time).</translation>
    </message>
    <message>
        <source>Not connected to the server: personal data can be shown only online.</source>
        <translation>Not connected to the server: personal data can be shown only online.</translation>
    </message>
    <message>
        <source>The server refused to show it: %1</source>
        <translation>The server refused to show it: %1</translation>
    </message>
    <message>
        <source>Progressive dialling</source>
        <translation>Progressive dialling</translation>
    </message>
    <message>
        <source>P&amp;rogressive dialling</source>
        <translation>P&amp;rogressive dialling</translation>
    </message>
    <message>
        <source>After wrap-up the next task opens and is dialled after a short countdown</source>
        <translation>After wrap-up the next task opens and is dialled after a short countdown</translation>
    </message>
    <message>
        <source>&amp;Phone settings…</source>
        <translation>&amp;Phone settings…</translation>
    </message>
    <message>
        <source>&amp;Supervisor view…</source>
        <translation>&amp;Supervisor view…</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>customer #%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Risk raised for %1: %2</source>
        <translation>Risk raised for %1: %2</translation>
    </message>
    <message>
        <source>Risk raised for %1: %2 (%3)</source>
        <translation>Risk raised for %1: %2 (%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;New rehearsal…</source>
        <translation>&amp;New rehearsal…</translation>
    </message>
    <message>
        <source>&amp;Review sessions…</source>
        <translation>&amp;Review sessions…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>T&amp;ools</translation>
    </message>
    <message>
        <source>&amp;Script editor…</source>
        <translation>&amp;Script editor…</translation>
    </message>
    <message>
        <source>The SMS was not sent: its wording breaks the rule &quot;%1&quot; (&quot;%2&quot;).</source>
        <translation>The SMS was not sent: its wording breaks the rule &quot;%1&quot; (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The SMS was not sent: %1.</source>
        <translation>The SMS was not sent: %1.</translation>
    </message>
    <message>
        <source>The SMS was not sent: %1</source>
        <translation>The SMS was not sent: %1</translation>
    </message>
</context>
<context>
    <name>cd::OverrideDialog</name>
    <message>
        <source>Override a contact rule</source>
        <translation>Override a contact rule</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The override, its reason and every call made under it are kept in the audit trail. Calling hours, do-not-call and legal holds cannot be overridden.</source>
        <translation>The override, its reason and every call made under it are kept in the audit trail. Calling hours, do-not-call and legal holds cannot be overridden.</translation>
    </message>
    <message>
        <source>Why this call must be made now (e.g. the customer asked to be called back today)</source>
        <translation>Why this call must be made now (e.g. the customer asked to be called back today)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Only this number (%1)</source>
        <translation>Only this number (%1)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason of at least %n characters.</source>
        <translation>
            <numerusform>Give a reason of at least %n characters.</numerusform>
            <numerusform>Give a reason of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PiiField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <source>Show the full value for %n seconds. Every view is recorded in the audit trail.</source>
        <translation>
            <numerusform>Show the full value for %n seconds. Every view is recorded in the audit trail.</numerusform>
            <numerusform>Show the full value for %n seconds. Every view is recorded in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PortraitView</name>
    <message>
        <source>Dispute: the customer contests this debt. Do not press for payment; record what they say.</source>
        <translation>Dispute: the customer contests this debt. Do not press for payment; record what they say.</translation>
    </message>
    <message>
        <source>Hardship hold: collection is paused. Offer help, do not demand payment.</source>
        <translation>Hardship hold: collection is paused. Offer help, do not demand payment.</translation>
    </message>
    <message>
        <source>Do not call: this customer must not be called.</source>
        <translation>Do not call: this customer must not be called.</translation>
    </message>
    <message>
        <source>Vulnerable customer: speak slowly, use the gentle script, offer a callback with family present.</source>
        <translation>Vulnerable customer: speak slowly, use the gentle script, offer a callback with family present.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>Risk grade</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Phones and contacts</source>
        <translation>Phones and contacts</translation>
    </message>
    <message>
        <source>Loans and installments</source>
        <translation>Loans and installments</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <source>Select a task in the queue to see the customer.</source>
        <translation>Select a task in the queue to see the customer.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · local time %3</source>
        <translation>%1 %2 · local time %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · score %2</source>
        <translation>%1 · score %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) · %1</source>
        <translation>
            <numerusform>%n day · %1</numerusform>
            <numerusform>%n days · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>With legal: the account is in legal proceedings. No collection calls from the floor; refer questions to the legal department.</source>
        <translation>With legal: the account is in legal proceedings. No collection calls from the floor; refer questions to the legal department.</translation>
    </message>
    <message>
        <source>Deceased: the customer is reported deceased. No contact with the customer or their contacts.</source>
        <translation>Deceased: the customer is reported deceased. No contact with the customer or their contacts.</translation>
    </message>
    <message>
        <source>Unanswered today</source>
        <translation>Unanswered today</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Bucket change</source>
        <translation>Bucket change</translation>
    </message>
    <message>
        <source>%1 due %2, paid %3</source>
        <translation>%1 due %2, paid %3</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 at %n day(s) past due</source>
        <translation>
            <numerusform>%1 → %2 at %n day(s) past due</numerusform>
            <numerusform>%1 → %2 at %n day(s) past due</numerusform>
        </translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <source>Bucket history</source>
        <translation>Bucket history</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Payment plans</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise(s)</numerusform>
            <numerusform>%n promise(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 due %3 · paid %4</source>
        <translation>%1 · %2 due %3 · paid %4</translation>
    </message>
    <message>
        <source>SMS waiting to sync</source>
        <translation>SMS waiting to sync</translation>
    </message>
    <message>
        <source>Send SMS…</source>
        <translation>Send SMS…</translation>
    </message>
    <message>
        <source>Consults</source>
        <translation>Consults</translation>
    </message>
    <message>
        <source>Consults (%1)</source>
        <translation>Consults (%1)</translation>
    </message>
</context>
<context>
    <name>cd::ProgressiveDialer</name>
    <message>
        <source>Dial now</source>
        <translation>Dial now</translation>
    </message>
    <message>
        <source>Skip (Esc)…</source>
        <translation>Skip (Esc)…</translation>
    </message>
    <message>
        <source>Progressive dialling paused: you are not ready.</source>
        <translation>Progressive dialling paused: you are not ready.</translation>
    </message>
    <message>
        <source>Not dialled automatically: this task is done. Skip (Esc) for the next one.</source>
        <translation>Not dialled automatically: this task is done. Skip (Esc) for the next one.</translation>
    </message>
    <message>
        <source>no number on file</source>
        <translation>no number on file</translation>
    </message>
    <message>
        <source>Not dialled automatically: %1 · Skip (Esc)</source>
        <translation>Not dialled automatically: %1 · Skip (Esc)</translation>
    </message>
    <message>
        <source>Skipped (%1). Next task.</source>
        <translation>Skipped (%1). Next task.</translation>
    </message>
    <message>
        <source>Auto-dial in %1 s · Skip (Esc)</source>
        <translation>Auto-dial in %1 s · Skip (Esc)</translation>
    </message>
</context>
<context>
    <name>cd::RecordingPlayer</name>
    <message>
        <source>Position in the recording</source>
        <translation>Position in the recording</translation>
    </message>
    <message>
        <source>Call recording:</source>
        <translation>Call recording:</translation>
    </message>
    <message>
        <source>The recording cannot be played: the file is damaged or not audio.</source>
        <translation>The recording cannot be played: the file is damaged or not audio.</translation>
    </message>
    <message>
        <source>The recording cannot be played (%1).</source>
        <translation>The recording cannot be played (%1).</translation>
    </message>
    <message>
        <source>The recording of this call is not on this computer and has not reached the server yet.</source>
        <translation>The recording of this call is not on this computer and has not reached the server yet.</translation>
    </message>
    <message>
        <source>The recording is on the server; connect to the server to listen to it.</source>
        <translation>The recording is on the server; connect to the server to listen to it.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Not connected to the server: the recording cannot be fetched now.</source>
        <translation>Not connected to the server: the recording cannot be fetched now.</translation>
    </message>
    <message>
        <source>You are not allowed to listen to this recording.</source>
        <translation>You are not allowed to listen to this recording.</translation>
    </message>
    <message>
        <source>The server has no recording of this call.</source>
        <translation>The server has no recording of this call.</translation>
    </message>
    <message>
        <source>The recording arrived damaged (checksum mismatch); try again.</source>
        <translation>The recording arrived damaged (checksum mismatch); try again.</translation>
    </message>
    <message>
        <source>The recording could not be saved on this computer (%1).</source>
        <translation>The recording could not be saved on this computer (%1).</translation>
    </message>
    <message>
        <source>The server could not send the recording (%1).</source>
        <translation>The server could not send the recording (%1).</translation>
    </message>
    <message>
        <source>The recording file %1 is missing or cannot be read.</source>
        <translation>The recording file %1 is missing or cannot be read.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
</context>
<context>
    <name>cd::RehearsalReview</name>
    <message>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Rehearsal review — CollectDesk</source>
        <translation>Rehearsal review — CollectDesk</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Comment on this step…</source>
        <translation>Comment on this step…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No rehearsal sessions yet. Run one from Training → New rehearsal, or import a file.</source>
        <translation>No rehearsal sessions yet. Run one from Training → New rehearsal, or import a file.</translation>
    </message>
    <message>
        <source>That session could not be read.</source>
        <translation>That session could not be read.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · customer %3 (%4, overdue %5) · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · customer %3 (%4, overdue %5) · %6</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n comment(s))</source>
        <translation>
            <numerusform>(%n comment(s))</numerusform>
            <numerusform>(%n comment(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Open a session and pick a step to comment on.</source>
        <translation>Open a session and pick a step to comment on.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <source>The comment could not be saved: %1</source>
        <translation>The comment could not be saved: %1</translation>
    </message>
    <message>
        <source>Comment saved.</source>
        <translation>Comment saved.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Export rehearsal session</source>
        <translation>Export rehearsal session</translation>
    </message>
    <message>
        <source>Rehearsal sessions (*.json)</source>
        <translation>Rehearsal sessions (*.json)</translation>
    </message>
    <message>
        <source>Import rehearsal session</source>
        <translation>Import rehearsal session</translation>
    </message>
</context>
<context>
    <name>cd::RehearsalScoreCard</name>
    <message>
        <source>Score: %1 / 100</source>
        <translation>Score: %1 / 100</translation>
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
        <translation>DEMO / TRAINING — synthetic customers, simulated calls; nothing here reaches a server</translation>
    </message>
    <message>
        <source>&amp;Start rehearsal</source>
        <translation>&amp;Start rehearsal</translation>
    </message>
    <message>
        <source>Rehearsal (training) — CollectDesk</source>
        <translation>Rehearsal (training) — CollectDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · overdue %3</source>
        <translation>%1 · %2 · overdue %3</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Pick a persona and a customer, then start. Dial when ready.</source>
        <translation>Pick a persona and a customer, then start. Dial when ready.</translation>
    </message>
    <message>
        <source>Finish the current call and its wrap-up first.</source>
        <translation>Finish the current call and its wrap-up first.</translation>
    </message>
    <message>
        <source>Pick a persona and a customer.</source>
        <translation>Pick a persona and a customer.</translation>
    </message>
    <message>
        <source>No script fits this customer. Pick another customer.</source>
        <translation>No script fits this customer. Pick another customer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 days past due · overdue %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 days past due · overdue %4</translation>
    </message>
    <message>
        <source>Scenario ready: %1. Dial the customer (F2).</source>
        <translation>Scenario ready: %1. Dial the customer (F2).</translation>
    </message>
    <message>
        <source>The customer raises an objection. Open the matching card in the script panel.</source>
        <translation>The customer raises an objection. Open the matching card in the script panel.</translation>
    </message>
    <message>
        <source>The customer promised %1 by %2.</source>
        <translation>The customer promised %1 by %2.</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>The session could not be saved: %1</translation>
    </message>
    <message>
        <source>Rehearsal saved. Score %1 / 100. Start another one or review it under Training.</source>
        <translation>Rehearsal saved. Score %1 / 100. Start another one or review it under Training.</translation>
    </message>
</context>
<context>
    <name>cd::Screenshotter</name>
    <message>
        <source>Customer confirmed identity; salary arrives on the 25th, will pay by transfer.</source>
        <translation>Customer confirmed identity; salary arrives on the 25th, will pay by transfer.</translation>
    </message>
</context>
<context>
    <name>cd::ScriptEditor</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Script editor</source>
        <translation>Script editor</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>New script</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Segment and checkpoints</source>
        <translation>Segment and checkpoints</translation>
    </message>
    <message>
        <source>Objection cards</source>
        <translation>Objection cards</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Problems (click one to go to the step):</source>
        <translation>Problems (click one to go to the step):</translation>
    </message>
    <message>
        <source>%1 (%2, v%3)</source>
        <translation>%1 (%2, v%3)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Objection card “%1”</source>
        <translation>Objection card “%1”</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Fix the problems listed below first.</source>
        <translation>Fix the problems listed below first.</translation>
    </message>
    <message>
        <source>Publishing needs the server: wait until the status bar says online.</source>
        <translation>Publishing needs the server: wait until the status bar says online.</translation>
    </message>
    <message>
        <source>Publish as version %1 for every agent.</source>
        <translation>Publish as version %1 for every agent.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>Not connected to the server: the script was not published. Try again when online.</source>
        <translation>Not connected to the server: the script was not published. Try again when online.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the compliance lint flags the wording</source>
        <translation>the compliance lint flags the wording</translation>
    </message>
    <message>
        <source>only leads, trainers and admins may publish scripts</source>
        <translation>only leads, trainers and admins may publish scripts</translation>
    </message>
    <message>
        <source>The server refused the script: %1</source>
        <translation>The server refused the script: %1</translation>
    </message>
    <message>
        <source>The server refused the script (%1): %2</source>
        <translation>The server refused the script (%1): %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Published “%1” as version %2.</source>
        <translation>Published “%1” as version %2.</translation>
    </message>
</context>
<context>
    <name>cd::ScriptObjectionsForm</name>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>Suggested reply</translation>
    </message>
    <message>
        <source>Resume at</source>
        <translation>Resume at</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>(stay where the call was)</source>
        <translation>(stay where the call was)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
</context>
<context>
    <name>cd::ScriptPanel</name>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt;</source>
        <translation>&lt;b&gt;Script&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The script appears when a customer is open.</source>
        <translation>The script appears when a customer is open.</translation>
    </message>
    <message>
        <source>No script is available for this customer&apos;s segment. Follow the standard greeting and record the outcome.</source>
        <translation>No script is available for this customer&apos;s segment. Follow the standard greeting and record the outcome.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Script&lt;/b&gt; · %1 (v%2)</source>
        <translation>&lt;b&gt;Script&lt;/b&gt; · %1 (v%2)</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Ms.</translation>
    </message>
    <message>
        <source>Mr.</source>
        <translation>Mr.</translation>
    </message>
    <message>
        <source>Third party answered (F8)</source>
        <translation>Third party answered (F8)</translation>
    </message>
    <message>
        <source>Someone other than the customer answered: switch to the script that discloses nothing about the debt.</source>
        <translation>Someone other than the customer answered: switch to the script that discloses nothing about the debt.</translation>
    </message>
    <message>
        <source>← Back (Alt+←)</source>
        <translation>← Back (Alt+←)</translation>
    </message>
    <message>
        <source>Back one step: you moved on too early.</source>
        <translation>Back one step: you moved on too early.</translation>
    </message>
    <message>
        <source>Confirm this step&apos;s checkpoints (Alt+Enter)</source>
        <translation>Confirm this step&apos;s checkpoints (Alt+Enter)</translation>
    </message>
    <message>
        <source>Objection card: %1 (Shift+F%2)</source>
        <translation>Objection card: %1 (Shift+F%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoints&lt;/b&gt; %1/%2%3</source>
        <translation>&lt;b&gt;Checkpoints&lt;/b&gt; %1/%2%3</translation>
    </message>
    <message>
        <source>(out of order)</source>
        <translation>(out of order)</translation>
    </message>
    <message>
        <source>%1  ← this step</source>
        <translation>%1  ← this step</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 · %2&lt;/b&gt; &lt;span style=&apos;color:#5f6368&apos;&gt;(%3)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Step %1 · %2&lt;/b&gt; &lt;span style=&apos;color:#5f6368&apos;&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>1  Continue</source>
        <translation>1  Continue</translation>
    </message>
    <message>
        <source>End of the script: record the outcome</source>
        <translation>End of the script: record the outcome</translation>
    </message>
</context>
<context>
    <name>cd::ScriptPreview</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Customer name or ID</source>
        <translation>Customer name or ID</translation>
    </message>
    <message>
        <source>Preview with customer:</source>
        <translation>Preview with customer:</translation>
    </message>
    <message>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message numerus="yes">
        <source>Customer: %1 (#%2) · %3 · %n loan(s)</source>
        <translation>
            <numerusform>Customer: %1 (#%2) · %3 · %n loan(s)</numerusform>
            <numerusform>Customer: %1 (#%2) · %3 · %n loan(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Path: the script has no start step.</source>
        <translation>Path: the script has no start step.</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Path: %1</translation>
    </message>
    <message>
        <source>Pick a customer above to see the script with their data.</source>
        <translation>Pick a customer above to see the script with their data.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not filled for this customer: %1</source>
        <translation>Not filled for this customer: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>End of script</source>
        <translation>End of script</translation>
    </message>
</context>
<context>
    <name>cd::ScriptSettingsForm</name>
    <message>
        <source>Stable across versions, e.g. m1-debtor-zh_CN. A new id starts a new script.</source>
        <translation>Stable across versions, e.g. m1-debtor-zh_CN. A new id starts a new script.</translation>
    </message>
    <message>
        <source>Tick the checkpoints every call must pass; their order here is the order expected.</source>
        <translation>Tick the checkpoints every call must pass; their order here is the order expected.</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Buckets:</source>
        <translation>Buckets:</translation>
    </message>
    <message>
        <source>Risk grades:</source>
        <translation>Risk grades:</translation>
    </message>
    <message>
        <source>Promise:</source>
        <translation>Promise:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Hold:</translation>
    </message>
    <message>
        <source>Who answers:</source>
        <translation>Who answers:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Nothing ticked in a row means the script is for all of them.</source>
        <translation>Nothing ticked in a row means the script is for all of them.</translation>
    </message>
    <message>
        <source>Script id:</source>
        <translation>Script id:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Start step:</source>
        <translation>Start step:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Required checkpoints, in order</source>
        <translation>Required checkpoints, in order</translation>
    </message>
    <message>
        <source>%1 · published %2 by %3</source>
        <translation>%1 · published %2 by %3</translation>
    </message>
    <message>
        <source>%1 · draft</source>
        <translation>%1 · draft</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>cd::ScriptStepForm</name>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Add answer</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Remove answer</translation>
    </message>
    <message>
        <source>Unique within the script; other steps refer to it. Renaming updates them.</source>
        <translation>Unique within the script; other steps refer to it. Renaming updates them.</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>Insert merge field</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Label (what the agent clicks)</source>
        <translation>Label (what the agent clicks)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Suggested outcome</source>
        <translation>Suggested outcome</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Checkpoints confirmed at this step:</source>
        <translation>Checkpoints confirmed at this step:</translation>
    </message>
    <message>
        <source>Compliance lint — %1: “%2”</source>
        <translation>Compliance lint — %1: “%2”</translation>
    </message>
    <message>
        <source>Unknown merge field: %1</source>
        <translation>Unknown merge field: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
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
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Payment plans awaiting approval</source>
        <translation>Payment plans awaiting approval</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>First payment</translation>
    </message>
    <message>
        <source>Agent&apos;s note</source>
        <translation>Agent&apos;s note</translation>
    </message>
    <message>
        <source>Note for the agent</source>
        <translation>Note for the agent</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Not connected to the server: approvals need a connection.</source>
        <translation>Not connected to the server: approvals need a connection.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>Nothing is waiting for your approval.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Offer %1: %2</source>
        <translation>Offer %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::SettlementDialog</name>
    <message>
        <source>Payment plan for %1</source>
        <translation>Payment plan for %1</translation>
    </message>
    <message>
        <source>%1 · outstanding %2</source>
        <translation>%1 · outstanding %2</translation>
    </message>
    <message>
        <source>Equal instalments</source>
        <translation>Equal instalments</translation>
    </message>
    <message>
        <source>Why this plan (hardship, customer&apos;s proposal…)</source>
        <translation>Why this plan (hardship, customer&apos;s proposal…)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Loan</source>
        <translation>&amp;Loan</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Discount</translation>
    </message>
    <message>
        <source>&amp;Instalments</source>
        <translation>&amp;Instalments</translation>
    </message>
    <message>
        <source>&amp;First payment on</source>
        <translation>&amp;First payment on</translation>
    </message>
    <message>
        <source>First &amp;amount</source>
        <translation>First &amp;amount</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Save offer</source>
        <translation>&amp;Save offer</translation>
    </message>
    <message>
        <source>Outstanding %1 − discount %2 = total %3</source>
        <translation>Outstanding %1 − discount %2 = total %3</translation>
    </message>
    <message>
        <source>Above your discount limit of %1 %: a team lead must approve this plan. It is sent as &quot;awaiting approval&quot;.</source>
        <translation>Above your discount limit of %1 %: a team lead must approve this plan. It is sent as &quot;awaiting approval&quot;.</translation>
    </message>
    <message>
        <source>Within your discount limit of %1 %: no approval needed.</source>
        <translation>Within your discount limit of %1 %: no approval needed.</translation>
    </message>
    <message>
        <source>The offer could not be saved: %1</source>
        <translation>The offer could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>cd::SettlementPanel</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>First payment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead&apos;s answer</source>
        <translation>Lead&apos;s answer</translation>
    </message>
    <message>
        <source>No payment plan offered yet.</source>
        <translation>No payment plan offered yet.</translation>
    </message>
    <message>
        <source>Calculate a payment plan or settlement with a discount</source>
        <translation>Calculate a payment plan or settlement with a discount</translation>
    </message>
    <message>
        <source>Payment plan for %1 approved by %2</source>
        <translation>Payment plan for %1 approved by %2</translation>
    </message>
    <message>
        <source>Payment plan for %1 rejected by %2</source>
        <translation>Payment plan for %1 rejected by %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Move through the task queue (opens the task)</source>
        <translation>Move through the task queue (opens the task)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open the next task</source>
        <translation>Open the next task</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Choose the number to dial</source>
        <translation>Choose the number to dial</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Dial</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>Hold / resume</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Mute / unmute</translation>
    </message>
    <message>
        <source>DTMF keypad (then type 0–9, *, #)</source>
        <translation>DTMF keypad (then type 0–9, *, #)</translation>
    </message>
    <message>
        <source>Pick the call outcome in the wrap-up</source>
        <translation>Pick the call outcome in the wrap-up</translation>
    </message>
    <message>
        <source>Next field in the wrap-up</source>
        <translation>Next field in the wrap-up</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Save the wrap-up</source>
        <translation>Save the wrap-up</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Third party answered: switch to the no-disclosure script</source>
        <translation>Third party answered: switch to the no-disclosure script</translation>
    </message>
    <message>
        <source>Answer an incoming call</source>
        <translation>Answer an incoming call</translation>
    </message>
    <message>
        <source>Skip the task offered for automatic dialling</source>
        <translation>Skip the task offered for automatic dialling</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 (1 … 9 in the script)</source>
        <translation>Alt+1 … Alt+9 (1 … 9 in the script)</translation>
    </message>
    <message>
        <source>Pick the customer&apos;s answer in the script</source>
        <translation>Pick the customer&apos;s answer in the script</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Script: back one step</source>
        <translation>Script: back one step</translation>
    </message>
    <message>
        <source>Alt+Enter</source>
        <translation>Alt+Enter</translation>
    </message>
    <message>
        <source>Script: confirm this step&apos;s checkpoints</source>
        <translation>Script: confirm this step&apos;s checkpoints</translation>
    </message>
    <message>
        <source>Shift+F1 … Shift+F6</source>
        <translation>Shift+F1 … Shift+F6</translation>
    </message>
    <message>
        <source>Open an objection card</source>
        <translation>Open an objection card</translation>
    </message>
    <message>
        <source>1 … 9, A … D</source>
        <translation>1 … 9, A … D</translation>
    </message>
</context>
<context>
    <name>cd::SipSettingsDialog</name>
    <message>
        <source>Phone settings</source>
        <translation>Phone settings</translation>
    </message>
    <message>
        <source>sip:pbx.example.com</source>
        <translation>sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Extension, e.g. 8001</source>
        <translation>Extension, e.g. 8001</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Record every call</source>
        <translation>Record every call</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <source>Registrar:</source>
        <translation>Registrar:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>Send keypad tones:</source>
        <translation>Send keypad tones:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Give up unanswered calls after:</source>
        <translation>Give up unanswered calls after:</translation>
    </message>
    <message>
        <source>No microphone found. Plug in the headset; the list updates by itself.</source>
        <translation>No microphone found. Plug in the headset; the list updates by itself.</translation>
    </message>
    <message>
        <source>Test microphone</source>
        <translation>Test microphone</translation>
    </message>
    <message>
        <source>No speaker or headset found. Plug it in; the list updates by itself.</source>
        <translation>No speaker or headset found. Plug it in; the list updates by itself.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Headset</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <source>Ring tone:</source>
        <translation>Ring tone:</translation>
    </message>
    <message>
        <source>Stored — type a new one to replace it</source>
        <translation>Stored — type a new one to replace it</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <source>Enter the registrar: the address of the phone server, e.g. sip:pbx.example.com.</source>
        <translation>Enter the registrar: the address of the phone server, e.g. sip:pbx.example.com.</translation>
    </message>
    <message>
        <source>The registrar &quot;%1&quot; is not a SIP address. Use host, host:port or sip:host.</source>
        <translation>The registrar &quot;%1&quot; is not a SIP address. Use host, host:port or sip:host.</translation>
    </message>
    <message>
        <source>Enter the SIP user (your extension).</source>
        <translation>Enter the SIP user (your extension).</translation>
    </message>
    <message>
        <source>The SIP user may not contain spaces or any of @ : ; &lt; &gt; &quot;.</source>
        <translation>The SIP user may not contain spaces or any of @ : ; &lt; &gt; &quot;.</translation>
    </message>
    <message>
        <source>Enter the SIP password: none is stored for %1 yet.</source>
        <translation>Enter the SIP password: none is stored for %1 yet.</translation>
    </message>
    <message>
        <source>The no-answer time must be between %1 and %2 seconds.</source>
        <translation>The no-answer time must be between %1 and %2 seconds.</translation>
    </message>
    <message>
        <source>The ring tone file %1 does not exist.</source>
        <translation>The ring tone file %1 does not exist.</translation>
    </message>
    <message>
        <source>The ring tone must be a WAV file.</source>
        <translation>The ring tone must be a WAV file.</translation>
    </message>
    <message>
        <source>The password could not be stored, nothing was saved: %1</source>
        <translation>The password could not be stored, nothing was saved: %1</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring.</source>
        <translation>The password is kept in the desktop keyring.</translation>
    </message>
    <message>
        <source>The password is kept in a file only you can read: %1</source>
        <translation>The password is kept in a file only you can read: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>The settings could not be written to %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Saved. %1</translation>
    </message>
    <message>
        <source>The microphone is not connected.</source>
        <translation>The microphone is not connected.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it.</source>
        <translation>The microphone could not be opened. Another program may be using it.</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>Stop test</translation>
    </message>
    <message>
        <source>The ring tone could not be played. Is it a valid WAV file?</source>
        <translation>The ring tone could not be played. Is it a valid WAV file?</translation>
    </message>
    <message>
        <source>Ring tone</source>
        <translation>Ring tone</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV sound (*.wav)</translation>
    </message>
    <message>
        <source>Built-in ring tone</source>
        <translation>Built-in ring tone</translation>
    </message>
</context>
<context>
    <name>cd::SmsDialog</name>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>Send SMS · %1</source>
        <translation>Send SMS · %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>The customer is not in the local cache.</source>
        <translation>The customer is not in the local cache.</translation>
    </message>
    <message>
        <source>The customer has no number an SMS could go to.</source>
        <translation>The customer has no number an SMS could go to.</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>customer name</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>honorific</translation>
    </message>
    <message>
        <source>agent name</source>
        <translation>agent name</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>overdue amount</source>
        <translation>overdue amount</translation>
    </message>
    <message>
        <source>total outstanding</source>
        <translation>total outstanding</translation>
    </message>
    <message>
        <source>days past due</source>
        <translation>days past due</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>contract number tail</source>
        <translation>contract number tail</translation>
    </message>
    <message>
        <source>amount due</source>
        <translation>amount due</translation>
    </message>
    <message>
        <source>promised amount</source>
        <translation>promised amount</translation>
    </message>
    <message>
        <source>promised date</source>
        <translation>promised date</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>amount paid</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>payment date</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 · %n part(s)</source>
        <comment>SMS length counter: units used / capacity, parts</comment>
        <translation>
            <numerusform>%1/%2 · %n part(s)</numerusform>
            <numerusform>%1/%2 · %n part(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Compliance lint: %1</source>
        <translation>Compliance lint: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Fix the highlighted wording first.</source>
        <translation>Fix the highlighted wording first.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source> — allowed from %1 (customer&apos;s local time)</source>
        <translation> — allowed from %1 (customer&apos;s local time)</translation>
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
        <translation>Supervisor view</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Settlement approvals…</source>
        <translation>Settlement approvals…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>Connect rate</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>RPC rate</translation>
    </message>
    <message>
        <source>PTP rate</source>
        <translation>PTP rate</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Queue %1</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <source>Callbacks overdue</source>
        <translation>Callbacks overdue</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Team tasks — drag onto an agent to reassign</source>
        <translation>Team tasks — drag onto an agent to reassign</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Reassign to…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not connected: the board resumes when the connection is back</source>
        <translation>Not connected: the board resumes when the connection is back</translation>
    </message>
    <message>
        <source>The floor board is for team leads</source>
        <translation>The floor board is for team leads</translation>
    </message>
    <message>
        <source>Connecting to the floor board…</source>
        <translation>Connecting to the floor board…</translation>
    </message>
    <message>
        <source>Floor board unavailable: %1</source>
        <translation>Floor board unavailable: %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Not acknowledged: no connection</source>
        <translation>Not acknowledged: no connection</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>Not acknowledged: %1</translation>
    </message>
    <message>
        <source>Select the tasks to reassign first.</source>
        <translation>Select the tasks to reassign first.</translation>
    </message>
    <message>
        <source>No agents on the board to reassign to.</source>
        <translation>No agents on the board to reassign to.</translation>
    </message>
    <message>
        <source>Reassign tasks</source>
        <translation>Reassign tasks</translation>
    </message>
    <message numerus="yes">
        <source>Give %n task(s) to:</source>
        <translation>
            <numerusform>Give %n task(s) to:</numerusform>
            <numerusform>Give %n task(s) to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %n task(s) to %1…</source>
        <translation>
            <numerusform>Reassigning %n task(s) to %1…</numerusform>
            <numerusform>Reassigning %n task(s) to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>task #%1: %2</source>
        <translation>task #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) reassigned to %1.</source>
        <translation>
            <numerusform>%n task(s) reassigned to %1.</numerusform>
            <numerusform>%n task(s) reassigned to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reassigned to %3; refused: %4</source>
        <translation>%1 of %2 reassigned to %3; refused: %4</translation>
    </message>
    <message>
        <source>Force not ready…</source>
        <translation>Force not ready…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>Send message…</translation>
    </message>
    <message>
        <source>Message the team…</source>
        <translation>Message the team…</translation>
    </message>
    <message>
        <source>Force %1 not ready…</source>
        <translation>Force %1 not ready…</translation>
    </message>
    <message>
        <source>Send message to %1…</source>
        <translation>Send message to %1…</translation>
    </message>
    <message>
        <source>Message team %1…</source>
        <translation>Message team %1…</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>Select an agent first.</translation>
    </message>
    <message>
        <source>Force not ready</source>
        <translation>Force not ready</translation>
    </message>
    <message>
        <source>%1 goes to not ready now; their current call is not cut off.</source>
        <translation>%1 goes to not ready now; their current call is not cut off.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Optional, shown to the agent</source>
        <translation>Optional, shown to the agent</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Choose a team in the team filter first.</source>
        <translation>Choose a team in the team filter first.</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>To every agent of team %1:</source>
        <translation>To every agent of team %1:</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>To %1:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Setting %1 to not ready…</source>
        <translation>Setting %1 to not ready…</translation>
    </message>
    <message>
        <source>%1 not forced: no connection</source>
        <translation>%1 not forced: no connection</translation>
    </message>
    <message>
        <source>%1 not forced: %2</source>
        <translation>%1 not forced: %2</translation>
    </message>
    <message>
        <source>%1 is now not ready (%2).</source>
        <translation>%1 is now not ready (%2).</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sending to %1…</translation>
    </message>
    <message>
        <source>Message to %1 not sent: no connection</source>
        <translation>Message to %1 not sent: no connection</translation>
    </message>
    <message>
        <source>Message to %1 not sent: %2</source>
        <translation>Message to %1 not sent: %2</translation>
    </message>
    <message numerus="yes">
        <source>Message sent to %1 (%n agent(s)).</source>
        <translation>
            <numerusform>Message sent to %1 (%n agent(s)).</numerusform>
            <numerusform>Message sent to %1 (%n agent(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hourly figures unavailable: %1</source>
        <translation>Hourly figures unavailable: %1</translation>
    </message>
</context>
<context>
    <name>cd::SyncStatusWidget</name>
    <message>
        <source>The task was reassigned to another agent meanwhile.</source>
        <translation>The task was reassigned to another agent meanwhile.</translation>
    </message>
    <message>
        <source>The task had already been closed.</source>
        <translation>The task had already been closed.</translation>
    </message>
    <message>
        <source>The customer or task no longer exists on the server.</source>
        <translation>The customer or task no longer exists on the server.</translation>
    </message>
    <message>
        <source>You are not allowed to change this customer.</source>
        <translation>You are not allowed to change this customer.</translation>
    </message>
    <message>
        <source>The server found the entry invalid.</source>
        <translation>The server found the entry invalid.</translation>
    </message>
    <message>
        <source>Someone else changed this customer at the same time.</source>
        <translation>Someone else changed this customer at the same time.</translation>
    </message>
    <message>
        <source>Refused by the server (code %1).</source>
        <translation>Refused by the server (code %1).</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reconnecting… working offline</source>
        <translation>Reconnecting… working offline</translation>
    </message>
    <message>
        <source>Offline: working from the local cache</source>
        <translation>Offline: working from the local cache</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>All changes synced</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused: click to see why</source>
        <translation>Changes the server refused: click to see why</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>customer %1</translation>
    </message>
    <message>
        <source>These changes were not applied on the server. The customer now shows the server&apos;s state; record again if still needed.</source>
        <translation>These changes were not applied on the server. The customer now shows the server&apos;s state; record again if still needed.</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Dismiss all</translation>
    </message>
    <message>
        <source>The call broke a contact rule (calling hours, daily limits or third parties) by the server&apos;s clock.</source>
        <translation>The call broke a contact rule (calling hours, daily limits or third parties) by the server&apos;s clock.</translation>
    </message>
</context>
<context>
    <name>cd::TaskQueueView</name>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>All buckets</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Filter by bucket</source>
        <translation>Filter by bucket</translation>
    </message>
    <message>
        <source>Filter by task kind</source>
        <translation>Filter by task kind</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Task queue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Task queue&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::WorkSession</name>
    <message>
        <source>No more tasks in this view. Change the filters or wait for new tasks.</source>
        <translation>No more tasks in this view. Change the filters or wait for new tasks.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and press Save again — your entries are kept.</source>
        <translation>The disk is full, so nothing was saved. Free some space and press Save again — your entries are kept.</translation>
    </message>
    <message>
        <source>Check the entries: a promise needs an amount and a date from today on; a callback needs a future time.</source>
        <translation>Check the entries: a promise needs an amount and a date from today on; a callback needs a future time.</translation>
    </message>
    <message>
        <source>The outcome could not be saved (%1). Your entries are kept; press Save to try again.</source>
        <translation>The outcome could not be saved (%1). Your entries are kept; press Save to try again.</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>Saved: %1 — %2</translation>
    </message>
    <message>
        <source> (%1 by %2)</source>
        <translation> (%1 by %2)</translation>
    </message>
    <message>
        <source>. Ctrl+N opens the next task.</source>
        <translation>. Ctrl+N opens the next task.</translation>
    </message>
    <message>
        <source>This task is done. Ctrl+N opens the next task.</source>
        <translation>This task is done. Ctrl+N opens the next task.</translation>
    </message>
    <message>
        <source>The customer you had open was reassigned. Ctrl+N opens the next task.</source>
        <translation>The customer you had open was reassigned. Ctrl+N opens the next task.</translation>
    </message>
    <message>
        <source>Third-party script: say nothing about the debt, the amount or the loan.</source>
        <translation>Third-party script: say nothing about the debt, the amount or the loan.</translation>
    </message>
    <message>
        <source>Calling a contact of the customer: third-party script, say nothing about the debt.</source>
        <translation>Calling a contact of the customer: third-party script, say nothing about the debt.</translation>
    </message>
    <message>
        <source>SMS queued: it is sent when the server has it.</source>
        <translation>SMS queued: it is sent when the server has it.</translation>
    </message>
    <message>
        <source>[Script %1 v%2] Checkpoints: %3</source>
        <translation>[Script %1 v%2] Checkpoints: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>; missing: %1</source>
        <translation>; missing: %1</translation>
    </message>
    <message>
        <source>; out of order</source>
        <translation>; out of order</translation>
    </message>
    <message>
        <source>; objections: %1</source>
        <translation>; objections: %1</translation>
    </message>
</context>
<context>
    <name>cd::Workstation</name>
    <message>
        <source>Agent Li</source>
        <translation>Agent Li</translation>
    </message>
    <message>
        <source>Demo Consumer Finance Co.</source>
        <translation>Demo Consumer Finance Co.</translation>
    </message>
    <message>
        <source>Phone settings saved: registering again…</source>
        <translation>Phone settings saved: registering again…</translation>
    </message>
    <message>
        <source>Phone settings saved. Restart CollectDesk to use the new phone.</source>
        <translation>Phone settings saved. Restart CollectDesk to use the new phone.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local cache was written by a newer version of CollectDesk. Update the program.</source>
        <translation>The local cache was written by a newer version of CollectDesk. Update the program.</translation>
    </message>
    <message>
        <source>The local cache could not be opened: %1</source>
        <translation>The local cache could not be opened: %1</translation>
    </message>
    <message>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
</context>
</TS>
