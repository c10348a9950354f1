// Repositories: every entity goes into SQLite and comes back equal — enums, flags, money, UTC
// times — plus ordering rules, NotFound, the task reopen rule, script locale fallback and the outbox.
#include "Repositories.h"
#include "TestStore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <QTest>
#include <climits>

using namespace cd;

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerRoundTrip_data();
    void customerRoundTrip();
    void customerUpsertUpdatesInPlace();
    void addFlagsCombines();
    void phonesOwnNumbersFirst();
    void phoneStatusChange();
    void loanRoundTripWithScheduleAndPayments();
    void loanUpsertReplacesSchedule();
    void taskRoundTrip_data();
    void taskRoundTrip();
    void taskUpdateAndNotFound();
    void reopenDue_data();
    void reopenDue();
    void interactionRoundTripNewestFirst();
    void promiseRoundTripNewestFirst();
    void scriptLocaleFallback_data();
    void scriptLocaleFallback();
    void scriptOlderVersionDoesNotOverwrite();
    void importBundledScripts();
    void importRejectsBadDocumentsWholly_data();
    void importRejectsBadDocumentsWholly();
    void outboxEnqueue();
    void syncStateRoundTrip();
    void provisionalIdsAreStoredAsGiven();
};

// ---- customers ----------------------------------------------------------------------------------

void TestRepositories::customerRoundTrip_data()
{
    QTest::addColumn<int>("gender");
    QTest::addColumn<int>("risk");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("name");
    QTest::newRow("female, grade A, no flags")
        << int(Gender::Female) << int(RiskGrade::A) << 0 << "Asia/Shanghai"
        << "王秀英";
    QTest::newRow("male, grade E, dispute + do-not-call")
        << int(Gender::Male) << int(RiskGrade::E)
        << int((CustomerFlags(CustomerFlag::Dispute) | CustomerFlag::DoNotCall).toInt()) << "Asia/Shanghai"
        << "李强";
    QTest::newRow("Urumqi, vulnerable, hardship hold")
        << int(Gender::Male) << int(RiskGrade::D)
        << int((CustomerFlags(CustomerFlag::Vulnerable) | CustomerFlag::HardshipHold).toInt())
        << "Asia/Urumqi"
        << "艾力·买买提";
    QTest::newRow("every flag") << int(Gender::Female) << int(RiskGrade::C) << 0xF << "Asia/Shanghai"
                                << "欧阳娜娜";
}

void TestRepositories::customerRoundTrip()
{
    QFETCH(int, gender);
    QFETCH(int, risk);
    QFETCH(int, flags);
    QFETCH(QString, timeZone);
    QFETCH(QString, name);
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    Customer c = cdtest::customer(42, name, timeZone);
    c.gender = Gender(gender);
    c.risk = RiskGrade(risk);
    c.flags = CustomerFlags::fromInt(flags);
    QVERIFY(CustomerRepository(store).upsert(c).ok());
    const auto back = CustomerRepository(store).find(42);
    QVERIFY(back);
    QCOMPARE(back->id, c.id);
    QCOMPARE(back->name, c.name);
    QCOMPARE(back->gender, c.gender);
    QCOMPARE(back->idNumber, c.idNumber);
    QCOMPARE(back->birthDate, c.birthDate);
    QCOMPARE(back->province, c.province);
    QCOMPARE(back->city, c.city);
    QCOMPARE(back->timeZone, c.timeZone);
    QCOMPARE(back->occupation, c.occupation);
    QCOMPARE(back->employer, c.employer);
    QCOMPARE(back->address, c.address);
    QCOMPARE(back->risk, c.risk);
    QCOMPARE(back->riskScore, c.riskScore);
    QCOMPARE(back->flags, c.flags);
    // Enums are stored as their keys, readable in the sqlite3 shell.
    QCOMPARE(cdtest::scalar(store.db(), QStringLiteral("SELECT risk FROM customers")).toString(),
             enumKey(RiskGrade(risk)));
    QVERIFY(!CustomerRepository(store).find(43));
}

void TestRepositories::customerUpsertUpdatesInPlace()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    CustomerRepository repo(store);
    QVERIFY(repo.upsert(cdtest::customer(1)).ok());
    QVERIFY(repo.upsertPhone(cdtest::phone(10, 1, QStringLiteral("10012345678"))).ok());
    Customer changed = cdtest::customer(1, QStringLiteral("张伟伟"));
    changed.riskScore = 700;
    QVERIFY(repo.upsert(changed).ok());
    QCOMPARE(repo.find(1)->name, QStringLiteral("张伟伟"));
    QCOMPARE(repo.find(1)->riskScore, 700);
    // An upsert is an UPDATE, not DELETE + INSERT: the customer's phones survive it.
    QCOMPARE(repo.phones(1).size(), 1);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 1);
}

void TestRepositories::addFlagsCombines()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    CustomerRepository repo(store);
    Customer c = cdtest::customer(1);
    c.flags = CustomerFlag::Vulnerable;
    QVERIFY(repo.upsert(c).ok());
    QVERIFY(repo.addFlags(1, CustomerFlag::Dispute).ok());
    QCOMPARE(repo.find(1)->flags, CustomerFlags(CustomerFlag::Vulnerable) | CustomerFlag::Dispute);
    const auto missing = repo.addFlags(99, CustomerFlag::Dispute);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestRepositories::phonesOwnNumbersFirst()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    CustomerRepository repo(store);
    QVERIFY(repo.upsert(cdtest::customer(1)).ok());
    QVERIFY(repo.upsert(cdtest::customer(2)).ok());
    Phone spouse = cdtest::phone(1, 1, QStringLiteral("10011110001"), Relation::Spouse);
    spouse.contactName = QStringLiteral("刘芳");
    spouse.type = PhoneType::Home;
    spouse.status = PhoneStatus::DoNotCall;
    QVERIFY(repo.upsertPhone(spouse).ok());
    QVERIFY(repo.upsertPhone(cdtest::phone(2, 1, QStringLiteral("10011110002"), Relation::Colleague)).ok());
    QVERIFY(repo.upsertPhone(cdtest::phone(3, 1, QStringLiteral("10011110003"), Relation::Self)).ok());
    QVERIFY(repo.upsertPhone(cdtest::phone(4, 2, QStringLiteral("10011110004"), Relation::Self)).ok());
    const QList<Phone> phones = repo.phones(1);
    QCOMPARE(phones.size(), 3);
    QCOMPARE(phones[0].id, 3);  // own number first
    QCOMPARE(phones[1].id, 1);
    QCOMPARE(phones[1].relation, Relation::Spouse);
    QCOMPARE(phones[1].type, PhoneType::Home);
    QCOMPARE(phones[1].status, PhoneStatus::DoNotCall);
    QCOMPARE(phones[1].contactName, QStringLiteral("刘芳"));
    QCOMPARE(phones[1].number, QStringLiteral("10011110001"));
    QCOMPARE(phones[2].relation, Relation::Colleague);
    // A phone for a customer that does not exist violates the foreign key.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FOREIGN KEY constraint failed")));
    QVERIFY(!repo.upsertPhone(cdtest::phone(5, 77, QStringLiteral("10011110005"))).ok());
}

void TestRepositories::phoneStatusChange()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    CustomerRepository repo(store);
    QVERIFY(repo.upsert(cdtest::customer(1)).ok());
    QVERIFY(repo.upsertPhone(cdtest::phone(10, 1, QStringLiteral("10012345678"))).ok());
    QVERIFY(repo.setPhoneStatus(10, PhoneStatus::Invalid).ok());
    QCOMPARE(repo.phones(1).first().status, PhoneStatus::Invalid);
    QCOMPARE(repo.setPhoneStatus(11, PhoneStatus::Invalid).error().code, ErrorCode::NotFound);
}

// ---- loans --------------------------------------------------------------------------------------

namespace {
Loan sampleLoan(qint64 id, qint64 customerId, int installments)
{
    Loan l;
    l.id = id;
    l.customerId = customerId;
    l.contractNo = QStringLiteral("CL20260115-%1").arg(id, 6, 10, QLatin1Char('0'));
    l.product = ProductType::ConsumerInstalment;
    l.principal = yuan(1'000'000'000'000);  // far beyond 32 bits: money must stay exact
    l.termMonths = installments;
    l.annualRateBp = 1795;
    l.disbursed = QDate(2026, 1, 15);
    l.status = LoanStatus::ChargedOff;
    for (int k = 1; k <= installments; ++k) {
        Installment i;
        i.id = id * 100 + k;
        i.seq = k;
        i.dueDate = l.disbursed.addMonths(k);
        i.principalDue = 8'333'333'333'333 + k;
        i.interestDue = 12'345 + k;
        i.feeDue = 99;
        i.penaltyDue = k == 1 ? 1 : 0;
        i.paid = k == 1 ? i.totalDue() : 0;
        i.waived = k == 2 ? 7 : 0;
        l.installments << i;
    }
    Payment older;
    older.id = id * 10 + 1;
    older.paidAt = QDateTime(QDate(2026, 2, 15), QTime(9, 30, 0, 123), Qt::UTC);
    older.amount = l.installments[0].totalDue();
    older.channel = QStringLiteral("alipay");
    Payment newer = older;
    newer.id = id * 10 + 2;
    // Given with a +08:00 offset: stored as the same instant, read back in UTC.
    newer.paidAt = QDateTime(QDate(2026, 3, 16), QTime(8, 0), QTimeZone(8 * 3600));
    newer.amount = 1;
    newer.channel = QStringLiteral("wechat");
    l.payments << older << newer;
    return l;
}
}  // namespace

void TestRepositories::loanRoundTripWithScheduleAndPayments()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    const Loan loan = sampleLoan(7, 1, 6);
    QVERIFY(LoanRepository(store).upsert(loan).ok());
    const QList<Loan> loans = LoanRepository(store).loansFor(1);
    QCOMPARE(loans.size(), 1);
    const Loan &l = loans[0];
    QCOMPARE(l.contractNo, loan.contractNo);
    QCOMPARE(l.product, ProductType::ConsumerInstalment);
    QCOMPARE(l.principal, yuan(1'000'000'000'000));
    QCOMPARE(l.termMonths, 6);
    QCOMPARE(l.annualRateBp, 1795);
    QCOMPARE(l.disbursed, QDate(2026, 1, 15));
    QCOMPARE(l.status, LoanStatus::ChargedOff);
    QCOMPARE(l.installments.size(), 6);
    for (int k = 0; k < 6; ++k) {
        const Installment &a = l.installments[k];
        const Installment &e = loan.installments[k];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.loanId, 7);
        QCOMPARE(a.seq, k + 1);
        QCOMPARE(a.dueDate, e.dueDate);
        QCOMPARE(a.principalDue, e.principalDue);
        QCOMPARE(a.interestDue, e.interestDue);
        QCOMPARE(a.feeDue, e.feeDue);
        QCOMPARE(a.penaltyDue, e.penaltyDue);
        QCOMPARE(a.paid, e.paid);
        QCOMPARE(a.waived, e.waived);
    }
    QCOMPARE(l.payments.size(), 2);
    QCOMPARE(l.payments[0].channel, QStringLiteral("wechat"));  // newest first
    QCOMPARE(l.payments[0].paidAt, QDateTime(QDate(2026, 3, 16), QTime(0, 0), Qt::UTC));
    QCOMPARE(l.payments[0].paidAt.timeSpec(), Qt::UTC);
    QCOMPARE(l.payments[1].paidAt, QDateTime(QDate(2026, 2, 15), QTime(9, 30, 0, 123), Qt::UTC));
    QCOMPARE(l.payments[1].amount, loan.installments[0].totalDue());
}

void TestRepositories::loanUpsertReplacesSchedule()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    QVERIFY(LoanRepository(store).upsert(sampleLoan(7, 1, 12)).ok());
    Loan restructured = sampleLoan(7, 1, 3);
    restructured.payments.clear();
    QVERIFY(LoanRepository(store).upsert(restructured).ok());
    const QList<Loan> loans = LoanRepository(store).loansFor(1);
    QCOMPARE(loans.size(), 1);
    QCOMPARE(loans[0].installments.size(), 3);
    QCOMPARE(loans[0].payments.size(), 0);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("installments")), 3);

    // A new loan without an id gets one, and its schedule hangs off it.
    Loan fresh = sampleLoan(0, 1, 2);
    for (Installment &i : fresh.installments)
        i.id = 0;
    for (Payment &p : fresh.payments)
        p.id = 0;
    QVERIFY(LoanRepository(store).upsert(fresh).ok());
    const QList<Loan> both = LoanRepository(store).loansFor(1);
    QCOMPARE(both.size(), 2);
    int withTwo = 0;
    for (const Loan &l : both)
        withTwo += l.installments.size() == 2 && l.payments.size() == 2 ? 1 : 0;
    QCOMPARE(withTwo, 1);
}

// ---- tasks --------------------------------------------------------------------------------------

void TestRepositories::taskRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<ReasonCode>>("reasons");
    QTest::addColumn<bool>("withNextEligible");
    QTest::newRow("collection, overdue + large balance")
        << int(TaskKind::Collection) << int(TaskStatus::Open)
        << QList<ReasonCode>{ReasonCode::Overdue, ReasonCode::LargeBalance} << false;
    QTest::newRow("callback deferred") << int(TaskKind::Callback) << int(TaskStatus::Deferred)
                                       << QList<ReasonCode>{ReasonCode::CallbackDue} << true;
    QTest::newRow("broken promise, on hold, every other reason")
        << int(TaskKind::BrokenPromise) << int(TaskStatus::Done)
        << QList<ReasonCode>{ReasonCode::OnHold, ReasonCode::PromiseBroken, ReasonCode::SeverelyOverdue,
                             ReasonCode::HighRisk}
        << false;
    QTest::newRow("reminder, no reasons")
        << int(TaskKind::Reminder) << int(TaskStatus::Open) << QList<ReasonCode>{} << false;
}

void TestRepositories::taskRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QList<ReasonCode>, reasons);
    QFETCH(bool, withNextEligible);
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    Task t = cdtest::task(0, 1, 3'123'456);
    t.kind = TaskKind(kind);
    t.status = TaskStatus(status);
    t.reasons = reasons;
    t.attempts = 4;
    t.due = QDateTime(QDate(2026, 11, 22), QTime(18, 0), QTimeZone(8 * 3600));
    if (withNextEligible)
        t.nextEligible = QDateTime(QDate(2026, 11, 23), QTime(2, 15, 30, 999), Qt::UTC);
    const auto id = TaskRepository(store).insert(t, TaskFacts{95, Bucket::M4Plus, yuan(12'345) + 67});
    QVERIFY(id.ok());
    QVERIFY(id.value() > 0);
    const auto back = TaskRepository(store).find(id.value());
    QVERIFY(back);
    QCOMPARE(back->customerId, 1);
    QCOMPARE(back->kind, t.kind);
    QCOMPARE(back->status, t.status);
    QCOMPARE(back->priority, 3'123'456);
    QCOMPARE(back->reasons, reasons);
    QCOMPARE(back->due, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    QCOMPARE(back->assignee, QStringLiteral("agent007"));
    QCOMPARE(back->attempts, 4);
    QCOMPARE(back->nextEligible, t.nextEligible);
    QCOMPARE(back->nextEligible.isValid(), withNextEligible);
    // The queue facts are on the row.
    QCOMPARE(cdtest::scalar(store.db(),
                            QStringLiteral("SELECT dpd || '/' || bucket || '/' || overdue_fen FROM tasks"))
                 .toString(),
             QStringLiteral("95/M4Plus/1234567"));
    QCOMPARE(TaskRepository(store).forCustomer(1).size(), 1);
    QCOMPARE(TaskRepository(store).count(TaskStatus(status)), 1);
}

void TestRepositories::taskUpdateAndNotFound()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    TaskRepository repo(store);
    QCOMPARE(repo.insert(cdtest::task(70, 1), TaskFacts{}).value(), 70);
    Task t = *repo.find(70);
    t.status = TaskStatus::Deferred;
    t.kind = TaskKind::Callback;
    t.priority = 4'000'000;
    t.reasons = {ReasonCode::CallbackDue};
    t.attempts = 1;
    t.nextEligible = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
    t.due = t.nextEligible;
    QVERIFY(repo.update(t).ok());
    const Task back = *repo.find(70);
    QCOMPARE(back.status, TaskStatus::Deferred);
    QCOMPARE(back.kind, TaskKind::Callback);
    QCOMPARE(back.priority, 4'000'000);
    QCOMPARE(back.reasons, QList<ReasonCode>{ReasonCode::CallbackDue});
    QCOMPARE(back.attempts, 1);
    QCOMPARE(back.nextEligible, t.nextEligible);
    QCOMPARE(back.due, t.due);
    t.id = 71;
    QCOMPARE(repo.update(t).error().code, ErrorCode::NotFound);
    QVERIFY(!repo.find(71));
    QCOMPARE(repo.count(TaskStatus::Open), 0);
    QCOMPARE(repo.count(TaskStatus::Deferred), 1);
}

void TestRepositories::reopenDue_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("eligibleInSecs");  // relative to now; INT_MIN: no time
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("reopened");
    QTest::newRow("deferred, eligible an hour ago -> open")
        << int(TaskStatus::Deferred) << -3600 << int(TaskStatus::Open) << 1;
    QTest::newRow("deferred, eligible exactly now -> open")
        << int(TaskStatus::Deferred) << 0 << int(TaskStatus::Open) << 1;
    QTest::newRow("deferred, eligible in a minute -> stays")
        << int(TaskStatus::Deferred) << 60 << int(TaskStatus::Deferred) << 0;
    QTest::newRow("deferred without a time -> open")
        << int(TaskStatus::Deferred) << INT_MIN << int(TaskStatus::Open) << 1;
    QTest::newRow("done stays done") << int(TaskStatus::Done) << -3600 << int(TaskStatus::Done) << 0;
    QTest::newRow("open stays open") << int(TaskStatus::Open) << 3600 << int(TaskStatus::Open) << 0;
}

void TestRepositories::reopenDue()
{
    QFETCH(int, status);
    QFETCH(int, eligibleInSecs);
    QFETCH(int, expectedStatus);
    QFETCH(int, reopened);
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    const QDateTime now(QDate(2026, 11, 22), QTime(6, 0), Qt::UTC);
    Task t = cdtest::task(1, 1);
    t.status = TaskStatus(status);
    if (eligibleInSecs != INT_MIN)
        t.nextEligible = now.addSecs(eligibleInSecs);
    TaskRepository repo(store);
    QVERIFY(repo.insert(t, TaskFacts{}).ok());
    const auto n = repo.reopenDue(now);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), reopened);
    QCOMPARE(repo.find(1)->status, TaskStatus(expectedStatus));
}

// ---- interactions and promises ------------------------------------------------------------------

void TestRepositories::interactionRoundTripNewestFirst()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    InteractionRepository repo(store);
    Interaction a;
    a.customerId = 1;
    a.taskId = 70;  // a soft link: the task need not exist any more
    a.channel = Channel::Call;
    a.phoneNumber = QStringLiteral("10012345678");
    a.agent = QStringLiteral("agent007");
    a.startedAt = QDateTime(QDate(2026, 11, 20), QTime(2, 0, 0, 5), Qt::UTC);
    a.answeredAt = a.startedAt.addSecs(7);
    a.endedAt = a.answeredAt.addSecs(95);
    a.outcome = Outcome::PromiseToPay;
    a.note = QStringLiteral("客户承诺周五前还款，语气平和");
    a.promiseAmount = yuan(1500) + 50;
    a.promiseDate = QDate(2026, 11, 27);
    Interaction b;
    b.customerId = 1;
    b.channel = Channel::Sms;
    b.startedAt = QDateTime(QDate(2026, 11, 21), QTime(1, 0), Qt::UTC);
    b.outcome = Outcome::Callback;
    b.callbackAt = QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC);
    const auto idA = repo.insert(a);
    const auto idB = repo.insert(b);
    QVERIFY(idA.ok() && idB.ok());
    QVERIFY(idA.value() != idB.value());
    const QList<Interaction> all = repo.forCustomer(1);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].id, idB.value());
    QCOMPARE(all[0].channel, Channel::Sms);
    QCOMPARE(all[0].outcome, Outcome::Callback);
    QCOMPARE(all[0].callbackAt, b.callbackAt);
    QVERIFY(!all[0].answeredAt.isValid());
    QCOMPARE(all[0].taskId, 0);
    QCOMPARE(all[0].talkSeconds(), 0);
    const Interaction &x = all[1];
    QCOMPARE(x.taskId, 70);
    QCOMPARE(x.phoneNumber, a.phoneNumber);
    QCOMPARE(x.agent, a.agent);
    QCOMPARE(x.startedAt, a.startedAt);
    QCOMPARE(x.answeredAt, a.answeredAt);
    QCOMPARE(x.endedAt, a.endedAt);
    QCOMPARE(x.talkSeconds(), 95);
    QCOMPARE(x.outcome, Outcome::PromiseToPay);
    QCOMPARE(x.note, a.note);
    QCOMPARE(x.promiseAmount, yuan(1500) + 50);
    QCOMPARE(x.promiseDate, QDate(2026, 11, 27));
    QVERIFY(!x.callbackAt.isValid());
}

void TestRepositories::promiseRoundTripNewestFirst()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    PromiseRepository repo(store);
    const PromiseStatus statuses[] = {PromiseStatus::Broken, PromiseStatus::Partial, PromiseStatus::Kept,
                                      PromiseStatus::Pending};
    for (int k = 0; k < 4; ++k) {
        Promise p;
        p.customerId = 1;
        p.interactionId = 100 + k;
        p.amount = yuan(100 * (k + 1));
        p.dueDate = QDate(2026, 11, 1 + k);
        p.status = statuses[k];
        p.createdAt = QDateTime(QDate(2026, 10, 20 + k), QTime(3, 0), Qt::UTC);
        QVERIFY(repo.insert(p).ok());
    }
    const QList<Promise> all = repo.forCustomer(1);
    QCOMPARE(all.size(), 4);
    for (int k = 0; k < 4; ++k) {
        const int src = 3 - k;
        QCOMPARE(all[k].status, statuses[src]);
        QCOMPARE(all[k].amount, yuan(100 * (src + 1)));
        QCOMPARE(all[k].dueDate, QDate(2026, 11, 1 + src));
        QCOMPARE(all[k].interactionId, 100 + src);
        QCOMPARE(all[k].createdAt, QDateTime(QDate(2026, 10, 20 + src), QTime(3, 0), Qt::UTC));
    }
}

// ---- scripts ------------------------------------------------------------------------------------

namespace {
script::Script graph(const QString &id, const QString &locale, int version = 1, QList<Bucket> buckets = {Bucket::M1})
{
    script::Script s;
    s.id = id;
    s.name = id + QLatin1Char('/') + locale;
    s.version = version;
    s.segment.locale = locale;
    s.segment.buckets = buckets;
    s.start = QStringLiteral("verify");
    script::Step verify;
    verify.key = QStringLiteral("verify");
    verify.kind = script::StepKind::Say;
    verify.text = QStringLiteral("您好，请问是{姓名}本人吗？");
    verify.next = QStringLiteral("closing");
    script::Step closing;
    closing.key = QStringLiteral("closing");
    closing.kind = script::StepKind::End;
    closing.text = QStringLiteral("再见");
    s.steps = {verify, closing};
    return s;
}

script::CallContext m1Call(const QString &locale)
{
    script::CallContext c;
    c.bucket = Bucket::M1;
    c.locale = locale;
    return c;
}
}  // namespace

void TestRepositories::scriptLocaleFallback_data()
{
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    const QStringList standard{QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
    QTest::newRow("exact zh_CN") << standard << "zh_CN"
                                 << "zh_CN";
    QTest::newRow("exact zh_TW") << standard << "zh_TW"
                                 << "zh_TW";
    QTest::newRow("BCP 47 spelling zh-TW") << standard << "zh-TW"
                                           << "zh_TW";
    QTest::newRow("zh_HK gets Traditional") << standard << "zh_HK"
                                            << "zh_TW";
    QTest::newRow("zh_SG gets Simplified") << standard << "zh_SG"
                                           << "zh_CN";
    QTest::newRow("English variant en_US") << standard << "en_US"
                                           << "en";
    QTest::newRow("French falls back to English") << standard << "fr_FR"
                                                  << "en";
    QTest::newRow("bare language zh preferred over a region")
        << QStringList{QStringLiteral("zh"), QStringLiteral("zh_TW"), QStringLiteral("en")} << "zh_HK"
        << "zh";
    QTest::newRow("only en_GB, asked Japanese") << QStringList{QStringLiteral("en_GB")} << "ja_JP"
                                                << "en_GB";
    QTest::newRow("another language beats no script") << QStringList{QStringLiteral("zh_CN")} << "fr_FR"
                                                      << "zh_CN";
}

void TestRepositories::scriptLocaleFallback()
{
    QFETCH(QStringList, stored);
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    ScriptRepository repo(store);
    for (const QString &l : stored) {
        QVERIFY(repo.upsert(graph(QStringLiteral("early-") + l, l)).ok());
        // another segment, never returned for an M1 call
        QVERIFY(repo.upsert(graph(QStringLiteral("late-") + l, l, 1, {Bucket::M4Plus})).ok());
    }
    const auto found = repo.choose(m1Call(requested));
    QVERIFY(found);
    QCOMPARE(found->segment.locale, expected);
    QCOMPARE(found->id, QStringLiteral("early-") + expected);
    QCOMPARE(found->steps.size(), 2);
    QCOMPARE(found->steps[0].text, QStringLiteral("您好，请问是{姓名}本人吗？"));
}

void TestRepositories::scriptOlderVersionDoesNotOverwrite()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    ScriptRepository repo(store);
    script::Script v3 = graph(QStringLiteral("mid-zh_CN"), QStringLiteral("zh_CN"), 3);
    v3.name = QStringLiteral("本地 v3");
    QVERIFY(repo.upsert(v3).ok());
    QVERIFY(repo.upsert(graph(QStringLiteral("mid-zh_CN"), QStringLiteral("zh_CN"), 1)).ok());
    QCOMPARE(repo.find(QStringLiteral("mid-zh_CN"))->name, QStringLiteral("本地 v3"));
    script::Script v4 = graph(QStringLiteral("mid-zh_CN"), QStringLiteral("zh_CN"), 4);
    v4.steps.last().text = QStringLiteral("祝您生活愉快，再见");
    QVERIFY(repo.upsert(v4).ok());
    QCOMPARE(repo.find(QStringLiteral("mid-zh_CN"))->version, 4);
    QCOMPARE(repo.find(QStringLiteral("mid-zh_CN"))->steps.last().text, QStringLiteral("祝您生活愉快，再见"));
    // The server's copy replaces a local one of any version; a bundled import never replaces it.
    script::Script server = graph(QStringLiteral("mid-zh_CN"), QStringLiteral("zh_CN"), 2);
    server.name = QStringLiteral("服务器 v2");
    QVERIFY(repo.replaceFromServer(server, 31).ok());
    QVERIFY(repo.upsert(graph(QStringLiteral("mid-zh_CN"), QStringLiteral("zh_CN"), 9)).ok());
    QCOMPARE(repo.find(QStringLiteral("mid-zh_CN"))->name, QStringLiteral("服务器 v2"));
    server.version = 1;  // an older server version arriving late changes nothing
    server.name = QStringLiteral("服务器 v1");
    QVERIFY(repo.replaceFromServer(server, 30).ok());
    QCOMPARE(repo.find(QStringLiteral("mid-zh_CN"))->name, QStringLiteral("服务器 v2"));
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("script_graphs")), 1);
}

// The bundled file: embedded in cd_models, reachable from a test executable that only links it.
void TestRepositories::importBundledScripts()
{
    QFile f(QStringLiteral(":/collectdesk/scripts/default-scripts.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "default scripts resource is not linked in");
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    ScriptRepository repo(store);
    const auto n = repo.importJson(f.readAll());
    QVERIFY2(n.ok(), qPrintable(n.error().detail));
    QCOMPARE(n.value(), int(repo.all().size()));
    QVERIFY(n.value() >= 12);
    // Every bucket gets a zh_CN script of its own kind, and each language has a third-party script.
    const QList<QPair<Bucket, QString>> buckets{{Bucket::M0, QStringLiteral("m0-reminder-zh_CN")},
                                                {Bucket::M1, QStringLiteral("m1-debtor-zh_CN")},
                                                {Bucket::M2, QStringLiteral("m2-debtor-zh_CN")},
                                                {Bucket::M3, QStringLiteral("m3plus-debtor-zh_CN")},
                                                {Bucket::M4Plus, QStringLiteral("m3plus-debtor-zh_CN")}};
    for (const auto &[bucket, id] : buckets) {
        script::CallContext c = m1Call(QStringLiteral("zh_CN"));
        c.bucket = bucket;
        QCOMPARE(repo.choose(c)->id, id);
    }
    for (const script::Script &s : repo.all()) {
        QStringList fields;
        for (const script::Step &step : s.steps)
            for (const QString &f : script::mergeFieldsIn(step.text))
                fields << script::canonicalMergeField(f);
        // The agent names themself and the company; the customer is addressed by name.
        QVERIFY2(fields.contains(QStringLiteral("坐席姓名")), qPrintable(s.id));
        QVERIFY2(fields.contains(QStringLiteral("公司")), qPrintable(s.id));
        QVERIFY2(fields.contains(QStringLiteral("姓名")), qPrintable(s.id));
        if (s.segment.answerer == script::Answerer::ThirdParty)  // discloses nothing
            for (const QString &f : fields)
                QVERIFY2(!script::isDebtField(f), qPrintable(s.id + QLatin1Char(' ') + f));
    }
    for (const char *locale : {"zh_CN", "zh_TW", "en"}) {
        script::CallContext c = m1Call(QLatin1String(locale));
        c.answerer = script::Answerer::ThirdParty;
        const auto s = repo.choose(c);
        QVERIFY2(s && s->segment.locale == QLatin1String(locale), locale);
    }
}

void TestRepositories::importRejectsBadDocumentsWholly_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"collectdesk.scripts\", \"scripts\": [");
    QTest::newRow("wrong format tag") << QByteArray(R"({"format": "sms.templates", "scripts": []})");
    QTest::newRow("newer format version")
        << QByteArray(R"({"format": "collectdesk.scripts", "formatVersion": 3, "scripts": []})");
    QTest::newRow("second script without steps") << QByteArray(
        R"({"format": "collectdesk.scripts", "formatVersion": 1, "scripts": [
             {"segment": "early", "locale": "en", "steps": [{"key": "a", "title": "A", "text": "Hello"}]},
             {"segment": "late", "locale": "en", "steps": []}]})");
    QTest::newRow("step without text") << QByteArray(
        R"({"format": "collectdesk.scripts", "formatVersion": 1, "scripts": [
             {"segment": "early", "locale": "en", "steps": [{"key": "a", "title": "A", "text": "Hello"}]},
             {"segment": "late", "locale": "en", "steps": [{"key": "b", "title": "B"}]}]})");
    QTest::newRow("second v2 script malformed") << QByteArray(
        R"({"format": "collectdesk.scripts", "formatVersion": 2, "scripts": [
             {"id": "a", "start": "s", "steps": [{"key": "s", "kind": "End"}]},
             {"id": "b", "start": "s", "steps": [{"key": "s", "kind": "Shout"}]}]})");
}

void TestRepositories::importRejectsBadDocumentsWholly()
{
    QFETCH(QByteArray, json);
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    const auto n = ScriptRepository(store).importJson(json);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().code, ErrorCode::InvalidInput);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("script_graphs")), 0);
}

// ---- outbox -------------------------------------------------------------------------------------

void TestRepositories::outboxEnqueue()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    OutboxRepository repo(store);
    QCOMPARE(repo.pendingCount(), 0);
    const QJsonObject body{{QStringLiteral("taskId"), 7}, {QStringLiteral("note"), QStringLiteral("已承诺")}};
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(repo.enqueue(QStringLiteral("6f1c-op"), QStringLiteral("interaction.record"), body).ok());
    QVERIFY(repo.enqueue(QStringLiteral("6f1d-op"), QStringLiteral("task.claim"), {}).ok());
    QCOMPARE(repo.pendingCount(), 2);
    // The same operation id twice is a bug upstream: refused, not silently doubled.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("UNIQUE constraint failed: outbox.op_id")));
    QVERIFY(!repo.enqueue(QStringLiteral("6f1c-op"), QStringLiteral("interaction.record"), body).ok());
    QCOMPARE(repo.pendingCount(), 2);

    QSqlQuery q(store.db());
    QVERIFY(q.exec(QStringLiteral("SELECT op_id, type, body, created, attempts, next_attempt, last_error "
                                  "FROM outbox ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("6f1c-op"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("interaction.record"));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), body);
    QVERIFY(q.value(3).toLongLong() >= before);
    QCOMPARE(q.value(4).toInt(), 0);
    QCOMPARE(q.value(5).toLongLong(), q.value(3).toLongLong());  // due for its first attempt at once
    QVERIFY(q.value(6).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("6f1d-op"));
}

// ---- sync state ---------------------------------------------------------------------------------

void TestRepositories::syncStateRoundTrip()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    SyncStateRepository state(store);
    QVERIFY(!state.isSynced());
    QVERIFY(!state.isDemo());
    QCOMPARE(state.revision(), 0);
    QVERIFY(state.token().isEmpty());
    QVERIFY(!state.lastSync().isValid());

    const QUrl url(QStringLiteral("wss://collect.example.cn:8443/"));
    const QDateTime when(QDate(2026, 11, 22), QTime(2, 0, 1, 500), Qt::UTC);
    QVERIFY(state.setServerUrl(url).ok());
    QVERIFY(state.setUsername(QStringLiteral("agent007")).ok());
    QVERIFY(state.setRole(QStringLiteral("agent")).ok());
    QVERIFY(state.setToken(QStringLiteral("tok-1")).ok());
    QVERIFY(state.setRevision(9'007'199'254'740'993LL).ok());  // beyond a double's exact range
    QVERIFY(state.setLastSync(when).ok());
    QVERIFY(state.isSynced());
    QCOMPARE(state.serverUrl(), url);
    QCOMPARE(state.username(), QStringLiteral("agent007"));
    QCOMPARE(state.role(), QStringLiteral("agent"));
    QCOMPARE(state.token(), QStringLiteral("tok-1"));
    QCOMPARE(state.revision(), 9'007'199'254'740'993LL);
    QCOMPARE(state.lastSync(), when);
    QCOMPARE(state.lastSync().timeSpec(), Qt::UTC);

    QVERIFY(state.setToken({}).ok());  // cleared, not stored as ''
    QVERIFY(state.token().isEmpty());
    QCOMPARE(cdtest::scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE key = 'token'"))
                 .toInt(),
             0);
    QVERIFY(state.setDemo(true).ok());
    QVERIFY(state.isDemo());
}

// Provisional rows (made offline in synced mode) have negative ids; they must be stored as given,
// not replaced by an id SQLite picks.
void TestRepositories::provisionalIdsAreStoredAsGiven()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(1)).ok());
    Interaction i;
    i.id = -3;
    i.customerId = 1;
    i.taskId = -2;
    i.startedAt = QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
    QCOMPARE(InteractionRepository(store).insert(i).value(), -3);
    Promise p;
    p.id = -4;
    p.customerId = 1;
    p.interactionId = -3;
    p.amount = 100;
    p.dueDate = QDate(2026, 11, 25);
    QCOMPARE(PromiseRepository(store).insert(p).value(), -4);
    QCOMPARE(TaskRepository(store).insert(cdtest::task(-2, 1), TaskFacts{}).value(), -2);
    QCOMPARE(InteractionRepository(store).forCustomer(1).first().taskId, -2);
    QCOMPARE(PromiseRepository(store).forCustomer(1).first().interactionId, -3);
    QVERIFY(TaskRepository(store).find(-2));
    QVERIFY(TaskRepository(store).remove(-2).ok());
    QCOMPARE(TaskRepository(store).remove(-2).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
