// Entity JSON shared by server and client, the "interaction.record" op body and sync.pull's Change:
// what survives the wire unchanged, and what a strict reader refuses.
#include "Codec.h"

#include <QJsonDocument>
#include <QTest>

#include <cstdlib>
#include <ctime>
#include <functional>

using namespace cd;
using namespace cd::proto;

namespace {

// Run in Beijing time so that a time read as "this machine's local time" shows up as a wrong instant
// (on a UTC machine local and UTC coincide and such a bug would pass unnoticed).
const bool kBeijingClock = [] {
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    return true;
}();

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QDateTime beijing(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::OffsetFromUTC, 8 * 3600);
}

/// Through the wire: serialised to compact JSON text and parsed back, as a peer would receive it.
QJsonObject viaWire(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

constexpr Fen kBeyond32 = 5'000'000'000'123;   // > 2^32 fen (50 billion yuan)
constexpr Fen kBeyond53 = (Fen(1) << 53) + 1;  // not representable as a double

// ---- samples ----
Customer sampleCustomer()
{
    Customer c;
    c.id = 1001;
    c.name = QStringLiteral("张伟");
    c.gender = Gender::Male;
    c.idNumber = QStringLiteral("11010119900307451X");
    c.birthDate = QDate(1990, 3, 7);
    c.province = QStringLiteral("北京市");
    c.city = QStringLiteral("北京市");
    c.timeZone = QStringLiteral("Asia/Shanghai");
    c.occupation = QStringLiteral("软件工程师");
    c.employer = QStringLiteral("北京某某科技有限公司");
    c.address = QStringLiteral("朝阳区建国路88号");
    c.risk = RiskGrade::D;
    c.riskScore = 512;
    c.flags = CustomerFlag::Dispute | CustomerFlag::HardshipHold | CustomerFlag::DoNotCall
        | CustomerFlag::Vulnerable;
    return c;
}

Phone samplePhone()
{
    Phone p;
    p.id = 2001;
    p.customerId = 1001;
    p.number = QStringLiteral("13800138000");
    p.type = PhoneType::Mobile;
    p.relation = Relation::Self;
    p.status = PhoneStatus::Valid;
    return p;
}

Loan sampleLoan()
{
    Loan l;
    l.id = (qint64(1) << 40) + 7;  // ids are 64-bit too
    l.customerId = 1001;
    l.contractNo = QStringLiteral("CL-2025-000123");
    l.product = ProductType::ConsumerInstalment;
    l.principal = kBeyond32;
    l.termMonths = 12;
    l.annualRateBp = 1500;
    l.disbursed = QDate(2025, 1, 15);
    l.status = LoanStatus::ChargedOff;
    for (int seq = 1; seq <= 3; ++seq) {
        Installment i;
        i.id = 3000 + seq;
        i.loanId = l.id;
        i.seq = seq;
        i.dueDate = QDate(2025, 1 + seq, 15);
        i.principalDue = kBeyond32 / 12 + seq;
        i.interestDue = 6'250'000'000 + seq;  // > 2^32
        i.feeDue = 1500;
        i.penaltyDue = seq == 3 ? kBeyond53 : 0;
        i.paid = seq == 1 ? i.principalDue : 0;
        i.waived = seq == 2 ? 99 : 0;
        l.installments << i;
    }
    Payment p1;
    p1.id = 4001;
    p1.loanId = l.id;
    p1.paidAt = utc(2025, 2, 14, 3, 30, 0, 250);
    p1.amount = kBeyond32 / 12 + 1;
    p1.channel = QStringLiteral("alipay");
    Payment p2;
    p2.id = 4002;
    p2.loanId = l.id;
    p2.paidAt = utc(2025, 3, 1, 16, 0);
    p2.amount = 1;
    p2.channel = QStringLiteral("bank_transfer");
    l.payments << p1 << p2;
    return l;
}

Task sampleTask()
{
    Task t;
    t.id = 5001;
    t.customerId = 1001;
    t.kind = TaskKind::BrokenPromise;
    t.status = TaskStatus::Deferred;
    t.priority = 9'000'000'000;  // beyond int
    t.reasons = {ReasonCode::OnHold, ReasonCode::PromiseBroken, ReasonCode::LargeBalance};
    t.due = utc(2026, 11, 22, 2, 0);
    t.assignee = QStringLiteral("agent01");
    t.attempts = 3;
    t.nextEligible = utc(2026, 11, 22, 3, 15, 30, 500);
    return t;
}

Interaction sampleInteraction()
{
    Interaction i;
    i.id = 6001;
    i.customerId = 1001;
    i.taskId = 5001;
    i.channel = Channel::Call;
    i.phoneNumber = QStringLiteral("13800138000");
    i.agent = QStringLiteral("agent01");
    i.startedAt = utc(2026, 11, 22, 2, 0, 0, 1);
    i.answeredAt = utc(2026, 11, 22, 2, 0, 12);
    i.endedAt = utc(2026, 11, 22, 2, 4, 59, 999);
    i.outcome = Outcome::PromiseToPay;
    i.note = QStringLiteral("客户承诺月底前还款，语气平和。");
    i.promiseAmount = kBeyond32;
    i.promiseDate = QDate(2026, 11, 30);
    return i;
}

Promise samplePromise()
{
    Promise p;
    p.id = 7001;
    p.customerId = 1001;
    p.interactionId = 6001;
    p.amount = kBeyond32;
    p.dueDate = QDate(2026, 11, 30);
    p.status = PromiseStatus::Partial;
    p.createdAt = utc(2026, 11, 22, 2, 5);
    return p;
}

InteractionRecord sampleRecord()
{
    InteractionRecord r;
    r.taskId = 5001;
    r.customerId = 1001;
    r.phoneId = 2001;
    r.phoneNumber = QStringLiteral("13800138000");
    r.startedAt = utc(2026, 11, 22, 2, 0);
    r.answeredAt = utc(2026, 11, 22, 2, 0, 9);
    r.endedAt = utc(2026, 11, 22, 2, 3, 0, 450);
    r.outcome = Outcome::PromiseToPay;
    r.note = QStringLiteral("承诺 11 月 30 日前还 5000 元");
    r.promiseAmount = 500'000;
    r.promiseDate = QDate(2026, 11, 30);
    r.recordedAt = utc(2026, 11, 22, 2, 3, 30);
    return r;
}

/// Dispatch for the table-driven reader tests: does `entity`'s reader accept `o`?
bool parses(const QString &entity, const QJsonObject &o)
{
    if (entity == QLatin1String("customer"))
        return customerFromJson(o).has_value();
    if (entity == QLatin1String("phone"))
        return phoneFromJson(o).has_value();
    if (entity == QLatin1String("loan"))
        return loanFromJson(o).has_value();
    if (entity == QLatin1String("task"))
        return taskFromJson(o).has_value();
    if (entity == QLatin1String("interaction"))
        return interactionFromJson(o).has_value();
    if (entity == QLatin1String("promise"))
        return promiseFromJson(o).has_value();
    if (entity == QLatin1String("change"))
        return Change::fromJson(o).has_value();
    qFatal("unknown entity %s", qPrintable(entity));
}

QJsonObject sampleJson(const QString &entity)
{
    if (entity == QLatin1String("customer"))
        return toJson(sampleCustomer());
    if (entity == QLatin1String("phone"))
        return toJson(samplePhone());
    if (entity == QLatin1String("loan"))
        return toJson(sampleLoan());
    if (entity == QLatin1String("task"))
        return toJson(sampleTask());
    if (entity == QLatin1String("interaction"))
        return toJson(sampleInteraction());
    if (entity == QLatin1String("promise"))
        return toJson(samplePromise());
    qFatal("unknown entity %s", qPrintable(entity));
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &v)
{
    o.insert(QLatin1String(key), v);
    return o;
}

QJsonObject without(QJsonObject o, const char *key)
{
    o.remove(QLatin1String(key));
    return o;
}

/// The sample loan with its first element of `array` ("installments" / "payments") changed.
QJsonObject loanWithFirst(const char *array, const std::function<QJsonObject(QJsonObject)> &change)
{
    QJsonObject loan = toJson(sampleLoan());
    QJsonArray a = loan.value(QLatin1String(array)).toArray();
    a[0] = change(a[0].toObject());
    loan.insert(QLatin1String(array), a);
    return loan;
}

QJsonObject sampleChangeJson()
{
    Change c;
    c.revision = 42;
    c.entity = QStringLiteral("task");
    c.id = 5001;
    c.opId = QStringLiteral("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
    c.data = toJson(sampleTask());
    return c.toJson();
}

}  // namespace

Q_DECLARE_METATYPE(cd::Customer)
Q_DECLARE_METATYPE(cd::Phone)
Q_DECLARE_METATYPE(cd::Task)
Q_DECLARE_METATYPE(cd::proto::Change)

class tst_Codec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kBeijingClock);
        // The premise of the offset rows below: this process's local time is not UTC.
        QCOMPARE(QDateTime(QDate(2026, 1, 1), QTime(8, 0)).toUTC(), utc(2026, 1, 1, 0, 0));
    }

    // ---- entities round-trip through the wire ----
    void customerRoundTrip_data()
    {
        QTest::addColumn<Customer>("customer");
        QTest::addColumn<QStringList>("flagKeys");

        QTest::newRow("every field, all four flags")
            << sampleCustomer()
            << QStringList{QStringLiteral("Dispute"), QStringLiteral("HardshipHold"),
                           QStringLiteral("DoNotCall"), QStringLiteral("Vulnerable")};
        Customer plain = sampleCustomer();
        plain.flags = {};
        plain.birthDate = QDate();
        plain.gender = Gender::Female;
        plain.risk = RiskGrade::A;
        plain.timeZone = QStringLiteral("Asia/Urumqi");
        QTest::newRow("no flags, no birth date, Urumqi") << plain << QStringList();
        Customer one = sampleCustomer();
        one.flags = CustomerFlag::DoNotCall;
        QTest::newRow("one flag") << one << QStringList{QStringLiteral("DoNotCall")};
    }

    void customerRoundTrip()
    {
        QFETCH(Customer, customer);
        QFETCH(QStringList, flagKeys);

        const QJsonObject json = viaWire(toJson(customer));
        QStringList keys;
        for (const QJsonValue &v : json.value(QStringLiteral("flags")).toArray())
            keys << v.toString();
        QCOMPARE(keys, flagKeys);
        QCOMPARE(json.value(QStringLiteral("birthDate")).toString(), isoDate(customer.birthDate));

        const std::optional<Customer> back = customerFromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->id, customer.id);
        QCOMPARE(back->name, customer.name);
        QCOMPARE(back->gender, customer.gender);
        QCOMPARE(back->idNumber, customer.idNumber);
        QCOMPARE(back->birthDate, customer.birthDate);
        QCOMPARE(back->province, customer.province);
        QCOMPARE(back->city, customer.city);
        QCOMPARE(back->timeZone, customer.timeZone);
        QCOMPARE(back->occupation, customer.occupation);
        QCOMPARE(back->employer, customer.employer);
        QCOMPARE(back->address, customer.address);
        QCOMPARE(back->risk, customer.risk);
        QCOMPARE(back->riskScore, customer.riskScore);
        QCOMPARE(back->flags, customer.flags);
    }

    void phoneRoundTrip_data()
    {
        QTest::addColumn<Phone>("phone");
        QTest::newRow("own mobile") << samplePhone();
        Phone employer;
        employer.id = 2002;
        employer.customerId = 1001;
        employer.number = QStringLiteral("010-85551234");
        employer.type = PhoneType::Work;
        employer.relation = Relation::Employer;
        employer.contactName = QStringLiteral("人事部 李女士");
        employer.status = PhoneStatus::Invalid;
        QTest::newRow("employer's number, marked invalid") << employer;
    }

    void phoneRoundTrip()
    {
        QFETCH(Phone, phone);
        const std::optional<Phone> back = phoneFromJson(viaWire(toJson(phone)));
        QVERIFY(back.has_value());
        QCOMPARE(back->id, phone.id);
        QCOMPARE(back->customerId, phone.customerId);
        QCOMPARE(back->number, phone.number);
        QCOMPARE(back->type, phone.type);
        QCOMPARE(back->relation, phone.relation);
        QCOMPARE(back->contactName, phone.contactName);
        QCOMPARE(back->status, phone.status);
    }

    void loanRoundTripKeepsScheduleAndLargeAmounts()
    {
        const Loan loan = sampleLoan();
        const QByteArray text = QJsonDocument(toJson(loan)).toJson(QJsonDocument::Compact);
        // Money is an exact integer on the wire, never a float.
        QVERIFY2(text.contains("\"principalFen\":5000000000123"), text.constData());
        QVERIFY2(text.contains("\"penaltyFen\":9007199254740993"), text.constData());

        const std::optional<Loan> back = loanFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.has_value());
        QCOMPARE(back->id, loan.id);
        QCOMPARE(back->customerId, loan.customerId);
        QCOMPARE(back->contractNo, loan.contractNo);
        QCOMPARE(back->product, loan.product);
        QCOMPARE(back->principal, kBeyond32);
        QCOMPARE(back->termMonths, loan.termMonths);
        QCOMPARE(back->annualRateBp, loan.annualRateBp);
        QCOMPARE(back->disbursed, loan.disbursed);
        QCOMPARE(back->status, loan.status);

        QCOMPARE(back->installments.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Installment &a = back->installments.at(i);
            const Installment &e = loan.installments.at(i);
            QCOMPARE(a.id, e.id);
            QCOMPARE(a.loanId, loan.id);
            QCOMPARE(a.seq, e.seq);
            QCOMPARE(a.dueDate, e.dueDate);
            QCOMPARE(a.principalDue, e.principalDue);
            QCOMPARE(a.interestDue, e.interestDue);
            QCOMPARE(a.feeDue, e.feeDue);
            QCOMPARE(a.penaltyDue, e.penaltyDue);
            QCOMPARE(a.paid, e.paid);
            QCOMPARE(a.waived, e.waived);
            QCOMPARE(a.outstanding(), e.outstanding());
        }
        QCOMPARE(back->installments.at(2).penaltyDue, kBeyond53);

        QCOMPARE(back->payments.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const Payment &a = back->payments.at(i);
            const Payment &e = loan.payments.at(i);
            QCOMPARE(a.id, e.id);
            QCOMPARE(a.loanId, loan.id);
            QCOMPARE(a.paidAt, e.paidAt);
            QCOMPARE(a.amount, e.amount);
            QCOMPARE(a.channel, e.channel);
        }
    }

    void loanWithoutScheduleHasEmptyLists()
    {
        QJsonObject json = without(without(toJson(sampleLoan()), "installments"), "payments");
        const std::optional<Loan> back = loanFromJson(json);
        QVERIFY(back.has_value());
        QVERIFY(back->installments.isEmpty());
        QVERIFY(back->payments.isEmpty());
    }

    void taskRoundTrip_data()
    {
        QTest::addColumn<Task>("task");
        QTest::newRow("broken promise with three reasons, in order") << sampleTask();
        Task callback;
        callback.id = 5002;
        callback.customerId = 1001;
        callback.kind = TaskKind::Callback;
        callback.status = TaskStatus::Open;
        callback.due = utc(2026, 11, 23, 6, 30);
        QTest::newRow("callback, no reasons, no assignee, not deferred") << callback;
        Task done = sampleTask();
        done.status = TaskStatus::Done;
        done.reasons = {ReasonCode::CallbackDue, ReasonCode::PromiseDueToday, ReasonCode::SeverelyOverdue,
                        ReasonCode::Overdue,     ReasonCode::DueSoon,         ReasonCode::LargeBalance,
                        ReasonCode::HighRisk,    ReasonCode::OnHold,          ReasonCode::PromiseBroken};
        QTest::newRow("done, every reason code") << done;
    }

    void taskRoundTrip()
    {
        QFETCH(Task, task);
        const std::optional<Task> back = taskFromJson(viaWire(toJson(task)));
        QVERIFY(back.has_value());
        QCOMPARE(back->id, task.id);
        QCOMPARE(back->customerId, task.customerId);
        QCOMPARE(back->kind, task.kind);
        QCOMPARE(back->status, task.status);
        QCOMPARE(back->priority, task.priority);
        QCOMPARE(back->reasons, task.reasons);
        QCOMPARE(back->due, task.due);
        QCOMPARE(back->assignee, task.assignee);
        QCOMPARE(back->attempts, task.attempts);
        QCOMPARE(back->nextEligible, task.nextEligible);
    }

    void interactionRoundTrip()
    {
        const Interaction i = sampleInteraction();
        const std::optional<Interaction> back = interactionFromJson(viaWire(toJson(i)));
        QVERIFY(back.has_value());
        QCOMPARE(back->id, i.id);
        QCOMPARE(back->customerId, i.customerId);
        QCOMPARE(back->taskId, i.taskId);
        QCOMPARE(back->channel, i.channel);
        QCOMPARE(back->phoneNumber, i.phoneNumber);
        QCOMPARE(back->agent, i.agent);
        QCOMPARE(back->startedAt, i.startedAt);
        QCOMPARE(back->answeredAt, i.answeredAt);
        QCOMPARE(back->endedAt, i.endedAt);
        QCOMPARE(back->outcome, i.outcome);
        QCOMPARE(back->note, i.note);
        QCOMPARE(back->promiseAmount, i.promiseAmount);
        QCOMPARE(back->promiseDate, i.promiseDate);
        QCOMPARE(back->callbackAt, i.callbackAt);
        QCOMPARE(back->talkSeconds(), i.talkSeconds());

        // An unanswered call: null times stay null.
        Interaction missed = i;
        missed.answeredAt = QDateTime();
        missed.outcome = Outcome::NoAnswer;
        missed.promiseAmount = 0;
        missed.promiseDate = QDate();
        const QJsonObject json = viaWire(toJson(missed));
        QVERIFY(json.value(QStringLiteral("answeredAt")).isNull());
        const std::optional<Interaction> back2 = interactionFromJson(json);
        QVERIFY(back2.has_value());
        QVERIFY(!back2->answeredAt.isValid());
        QVERIFY(!back2->promiseDate.isValid());
        QCOMPARE(back2->talkSeconds(), 0);
    }

    void promiseRoundTrip()
    {
        const Promise p = samplePromise();
        const std::optional<Promise> back = promiseFromJson(viaWire(toJson(p)));
        QVERIFY(back.has_value());
        QCOMPARE(back->id, p.id);
        QCOMPARE(back->customerId, p.customerId);
        QCOMPARE(back->interactionId, p.interactionId);
        QCOMPARE(back->amount, kBeyond32);
        QCOMPARE(back->dueDate, p.dueDate);
        QCOMPARE(back->status, p.status);
        QCOMPARE(back->createdAt, p.createdAt);
    }

    void chineseTextIsUtf8OnTheWire()
    {
        const Customer c = sampleCustomer();
        const QByteArray text = QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
        QVERIFY(text.contains("朝阳区建国路88号"));  // UTF-8 on the wire, not \u escapes
        const std::optional<Customer> back = customerFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.has_value());
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->address, c.address);
        QCOMPARE(back->employer, c.employer);
    }

    void optionalKeysTakeDefaults()
    {
        const std::optional<Customer> c = customerFromJson(
            QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("王芳")}});
        QVERIFY(c.has_value());
        QCOMPARE(c->timeZone, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(c->gender, Gender::Female);
        QCOMPARE(c->risk, RiskGrade::C);
        QVERIFY(!c->flags);


        // Forward compatibility: a newer server's extra keys are ignored.
        QVERIFY(customerFromJson(with(toJson(sampleCustomer()), "wechatId", QStringLiteral("zw1990")))
                    .has_value());
    }

    // ---- instants ----
    void parseIsoUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("instant");  // invalid = rejected
        const QDateTime ten = utc(2026, 11, 22, 10, 0);
        QTest::newRow("Z with milliseconds")
            << QStringLiteral("2026-11-22T10:00:00.123Z") << utc(2026, 11, 22, 10, 0, 0, 123);
        QTest::newRow("Z without milliseconds") << QStringLiteral("2026-11-22T10:00:00Z") << ten;
        QTest::newRow("+08:00 keeps the instant") << QStringLiteral("2026-11-22T18:00:00+08:00") << ten;
        QTest::newRow("+08:00 with milliseconds")
            << QStringLiteral("2026-11-22T18:00:00.500+08:00") << utc(2026, 11, 22, 10, 0, 0, 500);
        QTest::newRow("-05:00 across midnight")
            << QStringLiteral("2026-11-21T23:30:00-05:00") << utc(2026, 11, 22, 4, 30);
        QTest::newRow("no offset is read as UTC, not local time")
            << QStringLiteral("2026-11-22T10:00:00") << ten;
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2026-13-22T10:00:00Z") << QDateTime();
    }

    void parseIsoUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, instant);
        const QDateTime t = cd::proto::parseIsoUtc(text);
        QCOMPARE(t.isValid(), instant.isValid());
        if (instant.isValid()) {
            QCOMPARE(t, instant);
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
    }

    void isoUtcWritesUtcWithMilliseconds()
    {
        QCOMPARE(isoUtc(utc(2026, 11, 22, 10, 0)), QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(isoUtc(beijing(2026, 11, 22, 18, 0, 0, 7)), QStringLiteral("2026-11-22T10:00:00.007Z"));
        QCOMPARE(isoUtc(QDateTime()), QString());
        QCOMPARE(isoDate(QDate(2026, 3, 7)), QStringLiteral("2026-03-07"));
        QCOMPARE(isoDate(QDate()), QString());
    }

    void entityTimesGivenWithOffsetKeepTheirInstant()
    {
        QJsonObject json = toJson(sampleTask());
        json.insert(QStringLiteral("due"), QStringLiteral("2026-11-22T18:00:00+08:00"));
        json.insert(QStringLiteral("nextEligible"), QStringLiteral("2026-11-22T08:00:00.250-02:00"));
        const std::optional<Task> t = taskFromJson(json);
        QVERIFY(t.has_value());
        QCOMPARE(t->due, utc(2026, 11, 22, 10, 0));
        QCOMPARE(t->nextEligible, utc(2026, 11, 22, 10, 0, 0, 250));
        // Written back in the canonical form.
        QCOMPARE(toJson(*t).value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-11-22T10:00:00.000Z"));

        Loan loan = sampleLoan();
        loan.payments.first().paidAt = beijing(2025, 2, 14, 11, 30, 0, 250);
        const std::optional<Loan> back = loanFromJson(viaWire(toJson(loan)));
        QVERIFY(back.has_value());
        QCOMPARE(back->payments.first().paidAt, utc(2025, 2, 14, 3, 30, 0, 250));
    }

    // ---- the strict readers ----
    void samplesParse_data()
    {
        QTest::addColumn<QString>("entity");
        for (const char *e : {"customer", "phone", "loan", "task", "interaction", "promise"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void samplesParse()
    {
        // The base of every rejection row below is itself accepted, so each row fails for its change.
        QFETCH(QString, entity);
        QVERIFY(parses(entity, sampleJson(entity)));
        QVERIFY(parses(entity, viaWire(sampleJson(entity))));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("json");

        // Missing required keys.
        const QList<QPair<const char *, QList<const char *>>> required = {
            {"customer", {"id", "name"}},
            {"phone", {"id", "customerId", "number"}},
            {"loan", {"id", "customerId", "contractNo", "product", "principalFen"}},
            {"task", {"id", "customerId", "kind", "status"}},
            {"interaction", {"id", "customerId", "outcome"}},
            {"promise", {"id", "customerId", "amountFen", "dueDate"}},
        };
        for (const auto &[entity, keys] : required) {
            for (const char *key : keys)
                QTest::addRow("%s without %s", entity, key)
                    << QString::fromLatin1(entity) << without(sampleJson(QString::fromLatin1(entity)), key);
            for (const char *key : keys)
                QTest::addRow("%s with %s null", entity, key)
                    << QString::fromLatin1(entity)
                    << with(sampleJson(QString::fromLatin1(entity)), key, QJsonValue());
        }
        const QString loan = QStringLiteral("loan");
        for (const char *key : {"id", "seq", "dueDate"})
            QTest::addRow("installment without %s", key)
                << loan << loanWithFirst("installments", [key](QJsonObject o) { return without(o, key); });
        for (const char *key : {"id", "paidAt", "amountFen"})
            QTest::addRow("payment without %s", key)
                << loan << loanWithFirst("payments", [key](QJsonObject o) { return without(o, key); });

        // Wrong types.
        const QString customer = QStringLiteral("customer");
        const QJsonObject c = toJson(sampleCustomer());
        QTest::newRow("customer id as string") << customer << with(c, "id", QStringLiteral("1001"));
        QTest::newRow("customer id as 1.5") << customer << with(c, "id", 1.5);
        QTest::newRow("customer id as true") << customer << with(c, "id", true);
        QTest::newRow("customer id 1e300 (beyond 64 bits)") << customer << with(c, "id", 1e300);
        QTest::newRow("customer name as number") << customer << with(c, "name", 7);
        QTest::newRow("customer riskScore as string")
            << customer << with(c, "riskScore", QStringLiteral("512"));
        QTest::newRow("customer birthDate not a date")
            << customer << with(c, "birthDate", QStringLiteral("1990/03/07"));
        QTest::newRow("customer gender unknown key")
            << customer << with(c, "gender", QStringLiteral("Other"));
        QTest::newRow("customer gender empty string") << customer << with(c, "gender", QString());
        QTest::newRow("customer gender wrong case") << customer << with(c, "gender", QStringLiteral("male"));
        QTest::newRow("customer risk as number") << customer << with(c, "risk", 3);
        QTest::newRow("customer flags not an array")
            << customer << with(c, "flags", QStringLiteral("Dispute"));
        QTest::newRow("customer flags as an object") << customer << with(c, "flags", QJsonObject());
        QTest::newRow("customer flags with an unknown key")
            << customer
            << with(c, "flags", QJsonArray{QStringLiteral("Dispute"), QStringLiteral("Bankrupt")});
        QTest::newRow("customer flags as bit numbers") << customer << with(c, "flags", QJsonArray{1, 4});

        const QJsonObject l = toJson(sampleLoan());
        QTest::newRow("loan amount as 1.5") << loan << with(l, "principalFen", 1.5);
        QTest::newRow("loan amount as string")
            << loan << with(l, "principalFen", QStringLiteral("5000000000123"));
        QTest::newRow("loan product unknown key") << loan << with(l, "product", QStringLiteral("Mortgage"));
        QTest::newRow("loan product empty string") << loan << with(l, "product", QString());
        QTest::newRow("loan installments not an array") << loan << with(l, "installments", QJsonObject());
        QTest::newRow("loan installment not an object") << loan << with(l, "installments", QJsonArray{1});
        QTest::newRow("installment amount as 0.5")
            << loan
            << loanWithFirst("installments", [](QJsonObject o) { return with(o, "interestFen", 0.5); });
        QTest::newRow("installment dueDate not a date")
            << loan << loanWithFirst("installments", [](QJsonObject o) {
                   return with(o, "dueDate", QStringLiteral("15.02.2025"));
               });
        QTest::newRow("installment dueDate empty")
            << loan
            << loanWithFirst("installments", [](QJsonObject o) { return with(o, "dueDate", QString()); });
        QTest::newRow("payment paidAt not a time") << loan << loanWithFirst("payments", [](QJsonObject o) {
            return with(o, "paidAt", QStringLiteral("soon"));
        });
        QTest::newRow("payment paidAt empty")
            << loan << loanWithFirst("payments", [](QJsonObject o) { return with(o, "paidAt", QString()); });
        QTest::newRow("payment amount as string") << loan << loanWithFirst("payments", [](QJsonObject o) {
            return with(o, "amountFen", QStringLiteral("1"));
        });

        const QString task = QStringLiteral("task");
        const QJsonObject t = toJson(sampleTask());
        QTest::newRow("task status unknown key") << task << with(t, "status", QStringLiteral("Closed"));
        QTest::newRow("task kind empty string") << task << with(t, "kind", QString());
        QTest::newRow("task reasons not an array") << task << with(t, "reasons", QStringLiteral("OnHold"));
        QTest::newRow("task reasons with an unknown key")
            << task << with(t, "reasons", QJsonArray{QStringLiteral("OnHold"), QStringLiteral("Lucky")});
        QTest::newRow("task due not a time") << task << with(t, "due", QStringLiteral("tomorrow 10:00"));
        QTest::newRow("task priority as bool") << task << with(t, "priority", true);

        QTest::newRow("phone number as number")
            << QStringLiteral("phone") << with(toJson(samplePhone()), "number", 13800138000.0);
        QTest::newRow("phone relation unknown key")
            << QStringLiteral("phone")
            << with(toJson(samplePhone()), "relation", QStringLiteral("Neighbour"));
        QTest::newRow("interaction outcome unknown key")
            << QStringLiteral("interaction")
            << with(toJson(sampleInteraction()), "outcome", QStringLiteral("Maybe"));
        QTest::newRow("interaction startedAt not a time")
            << QStringLiteral("interaction") << with(toJson(sampleInteraction()), "startedAt", 1700000000);
        QTest::newRow("promise amount as string")
            << QStringLiteral("promise") << with(toJson(samplePromise()), "amountFen", QStringLiteral("100"));
        QTest::newRow("promise dueDate empty")
            << QStringLiteral("promise") << with(toJson(samplePromise()), "dueDate", QString());
    }

    void rejects()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, json);
        QVERIFY(!parses(entity, json));
    }

    // ---- the "interaction.record" op body ----
    void interactionRecord_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<StatusCode>("code");

        const QJsonObject minimal{{QStringLiteral("taskId"), 5001},
                                  {QStringLiteral("customerId"), 1001},
                                  {QStringLiteral("outcome"), QStringLiteral("NoAnswer")}};
        const QJsonObject ptp = sampleRecord().toJson();
        InteractionRecord cb = sampleRecord();
        cb.outcome = Outcome::Callback;
        cb.promiseAmount = 0;
        cb.promiseDate = QDate();
        cb.callbackAt = utc(2026, 11, 23, 6, 0);
        const QJsonObject callback = cb.toJson();

        // Valid.
        QTest::newRow("no answer, only the required keys") << minimal << StatusCode::Ok;
        QTest::newRow("promise to pay with amount and date") << ptp << StatusCode::Ok;
        QTest::newRow("callback with a time") << callback << StatusCode::Ok;
        QTest::newRow("note of exactly 2000 chars")
            << with(minimal, "note", QString(2000, QChar(0x50AC))) << StatusCode::Ok;
        QTest::newRow("as the client's outbox writes it (extra agent key)")
            << with(ptp, "agent", QStringLiteral("agent01")) << StatusCode::Ok;
        QTest::newRow("null optional times") << with(minimal, "answeredAt", QJsonValue()) << StatusCode::Ok;
        QTest::newRow("amount beyond 2^32 fen")
            << with(ptp, "promiseAmountFen", double(kBeyond32)) << StatusCode::Ok;
        QTest::newRow("paid, callback time ignored")
            << with(with(minimal, "outcome", QStringLiteral("Paid")), "callbackAt",
                    QStringLiteral("2026-11-23T06:00:00Z"))
            << StatusCode::Ok;

        // InvalidBody: missing or wrong type.
        QTest::newRow("missing taskId") << without(ptp, "taskId") << StatusCode::InvalidBody;
        QTest::newRow("missing customerId") << without(ptp, "customerId") << StatusCode::InvalidBody;
        QTest::newRow("missing outcome") << without(ptp, "outcome") << StatusCode::InvalidBody;
        QTest::newRow("outcome as number") << with(ptp, "outcome", 7) << StatusCode::InvalidBody;
        QTest::newRow("taskId as string")
            << with(ptp, "taskId", QStringLiteral("5001")) << StatusCode::InvalidBody;
        QTest::newRow("taskId as 1.5") << with(ptp, "taskId", 1.5) << StatusCode::InvalidBody;
        QTest::newRow("amount as 1.5") << with(ptp, "promiseAmountFen", 1.5) << StatusCode::InvalidBody;
        QTest::newRow("bad date string")
            << with(ptp, "promiseDate", QStringLiteral("30/11/2026")) << StatusCode::InvalidBody;
        QTest::newRow("date with a time appended")
            << with(ptp, "promiseDate", QStringLiteral("2026-11-30T23:00:00-05:00"))
            << StatusCode::InvalidBody;
        QTest::newRow("date with slashes")
            << with(ptp, "promiseDate", QStringLiteral("2026/11/30")) << StatusCode::InvalidBody;
        QTest::newRow("date that does not exist")
            << with(ptp, "promiseDate", QStringLiteral("2026-02-29")) << StatusCode::InvalidBody;
        QTest::newRow("bad time string")
            << with(ptp, "startedAt", QStringLiteral("10 o'clock")) << StatusCode::InvalidBody;
        QTest::newRow("time as number") << with(ptp, "recordedAt", 1700000000) << StatusCode::InvalidBody;
        QTest::newRow("note as number") << with(ptp, "note", 42) << StatusCode::InvalidBody;
        QTest::newRow("phoneNumber as number")
            << with(ptp, "phoneNumber", 13800138000.0) << StatusCode::InvalidBody;

        // InvalidValue: readable but not acceptable.
        QTest::newRow("unknown outcome")
            << with(ptp, "outcome", QStringLiteral("PromisedMaybe")) << StatusCode::InvalidValue;
        QTest::newRow("empty outcome") << with(ptp, "outcome", QString()) << StatusCode::InvalidValue;
        QTest::newRow("PromiseToPay with 0 amount")
            << with(ptp, "promiseAmountFen", 0) << StatusCode::InvalidValue;
        QTest::newRow("PromiseToPay with negative amount")
            << with(ptp, "promiseAmountFen", -100) << StatusCode::InvalidValue;
        QTest::newRow("PromiseToPay without amount")
            << without(ptp, "promiseAmountFen") << StatusCode::InvalidValue;
        QTest::newRow("PromiseToPay without date") << without(ptp, "promiseDate") << StatusCode::InvalidValue;
        QTest::newRow("PromiseToPay with null date")
            << with(ptp, "promiseDate", QJsonValue()) << StatusCode::InvalidValue;
        QTest::newRow("Callback without time") << without(callback, "callbackAt") << StatusCode::InvalidValue;
        QTest::newRow("note of 2001 chars")
            << with(minimal, "note", QString(2001, QLatin1Char('x'))) << StatusCode::InvalidValue;
        QTest::newRow("taskId 0") << with(ptp, "taskId", 0) << StatusCode::InvalidValue;
        QTest::newRow("taskId negative") << with(ptp, "taskId", -5) << StatusCode::InvalidValue;
        QTest::newRow("customerId 0") << with(ptp, "customerId", 0) << StatusCode::InvalidValue;
    }

    void interactionRecord()
    {
        QFETCH(QJsonObject, json);
        QFETCH(StatusCode, code);
        StatusCode error = StatusCode::Internal;  // overwritten either way
        const std::optional<InteractionRecord> r = InteractionRecord::fromJson(viaWire(json), &error);
        QCOMPARE(error, code);
        QCOMPARE(r.has_value(), code == StatusCode::Ok);
        // Callers that do not want the code get the same answer.
        QCOMPARE(InteractionRecord::fromJson(json).has_value(), code == StatusCode::Ok);
    }

    void interactionRecordRoundTrip()
    {
        InteractionRecord r = sampleRecord();
        r.startedAt = beijing(2026, 11, 22, 10, 0);  // given in Beijing time: the instant is what counts
        const QJsonObject json = viaWire(r.toJson());
        QCOMPARE(json.value(QStringLiteral("startedAt")).toString(),
                 QStringLiteral("2026-11-22T02:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("promiseDate")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("PromiseToPay"));
        QVERIFY(json.value(QStringLiteral("callbackAt")).isNull());

        const std::optional<InteractionRecord> back = InteractionRecord::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->taskId, r.taskId);
        QCOMPARE(back->customerId, r.customerId);
        QCOMPARE(back->phoneId, r.phoneId);
        QCOMPARE(back->phoneNumber, r.phoneNumber);
        QCOMPARE(back->startedAt, utc(2026, 11, 22, 2, 0));
        QCOMPARE(back->answeredAt, r.answeredAt);
        QCOMPARE(back->endedAt, r.endedAt);
        QCOMPARE(back->outcome, r.outcome);
        QCOMPARE(back->note, r.note);
        QCOMPARE(back->promiseAmount, r.promiseAmount);
        QCOMPARE(back->promiseDate, r.promiseDate);
        QVERIFY(!back->callbackAt.isValid());
        QCOMPARE(back->recordedAt, r.recordedAt);
    }

    // ---- Change ----
    void changeRoundTrip_data()
    {
        QTest::addColumn<Change>("change");
        Change upsert;
        upsert.revision = (qint64(1) << 33) + 1;
        upsert.entity = QStringLiteral("customer");
        upsert.id = 1001;
        upsert.opId = QStringLiteral("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
        upsert.data = toJson(sampleCustomer());
        QTest::newRow("customer upsert caused by a push op") << upsert;
        Change promise;
        promise.revision = 3;
        promise.entity = QStringLiteral("promise");
        promise.id = 7001;
        promise.data = toJson(samplePromise());
        QTest::newRow("promise upsert without opId") << promise;
        Change del;
        del.revision = 44;
        del.entity = QStringLiteral("task");
        del.id = 5001;
        del.deleted = true;
        QTest::newRow("task delete") << del;
    }

    void changeRoundTrip()
    {
        QFETCH(Change, change);
        const QJsonObject json = viaWire(change.toJson());
        QCOMPARE(json.value(QStringLiteral("op")).toString(),
                 change.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
        QCOMPARE(json.contains(QStringLiteral("data")), !change.deleted);
        QCOMPARE(json.contains(QStringLiteral("opId")), !change.opId.isEmpty());

        const std::optional<Change> back = Change::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->revision, change.revision);
        QCOMPARE(back->entity, change.entity);
        QCOMPARE(back->id, change.id);
        QCOMPARE(back->deleted, change.deleted);
        QCOMPARE(back->opId, change.opId);
        QCOMPARE(back->data, change.data);
    }

    void changeDeleteNeedsNoData()
    {
        const QJsonObject json{{QStringLiteral("rev"), 45},
                               {QStringLiteral("entity"), QStringLiteral("interaction")},
                               {QStringLiteral("id"), -3},
                               {QStringLiteral("op"), QStringLiteral("delete")}};
        const std::optional<Change> c = Change::fromJson(json);
        QVERIFY(c.has_value());
        QVERIFY(c->deleted);
        QVERIFY(c->data.isEmpty());
        QVERIFY(c->opId.isEmpty());
    }

    void changeRejects_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const QJsonObject c = sampleChangeJson();
        QTest::newRow("op update") << with(c, "op", QStringLiteral("update"));
        QTest::newRow("op insert") << with(c, "op", QStringLiteral("insert"));
        QTest::newRow("op in capitals") << with(c, "op", QStringLiteral("UPSERT"));
        QTest::newRow("op missing") << without(c, "op");
        QTest::newRow("op as bool") << with(c, "op", true);
        QTest::newRow("upsert without data") << without(c, "data");
        QTest::newRow("upsert with data null") << with(c, "data", QJsonValue());
        QTest::newRow("upsert with data as array") << with(c, "data", QJsonArray{toJson(sampleTask())});
        QTest::newRow("upsert with data as string") << with(c, "data", QStringLiteral("{}"));
        QTest::newRow("rev missing") << without(c, "rev");
        QTest::newRow("rev as string") << with(c, "rev", QStringLiteral("42"));
        QTest::newRow("entity missing") << without(c, "entity");
        QTest::newRow("id missing") << without(c, "id");
        QTest::newRow("id as 1.5") << with(c, "id", 1.5);
        QTest::newRow("opId as number") << with(c, "opId", 7);
    }

    void changeRejects()
    {
        QFETCH(QJsonObject, json);
        QVERIFY(parses(QStringLiteral("change"), sampleChangeJson()));
        QVERIFY(!Change::fromJson(json).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"
