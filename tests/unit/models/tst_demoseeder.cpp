// DemoSeeder: what the generator produced is exactly what the store holds, a re-seed replaces it,
// a failed seed keeps the previous data, and every task's queue facts match its loans at the
// debtor's own date. Also the default scripts. The customer count can be raised for measuring:
// CD_SEED_CUSTOMERS=100000 ./tst_demoseeder seedVolume
#include "Delinquency.h"
#include "DemoSeeder.h"
#include "TestStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

// 16:30 UTC: already the 23rd in Beijing (00:30), still the 22nd in Urumqi (22:30). A seeder that
// used one date for everybody would get the Urumqi debtors' DPD wrong by a day.
const QDateTime SeedNow(QDate(2026, 11, 22), QTime(16, 30), Qt::UTC);

DemoOptions options(int customers, quint32 seed = 20261122)
{
    DemoOptions o;
    o.customers = customers;
    o.seed = seed;
    o.now = SeedNow;
    o.assignee = QStringLiteral("demo");
    return o;
}

struct Expected {
    int customers = 0, phones = 0, loans = 0, installments = 0, payments = 0, interactions = 0, promises = 0,
        tasks = 0;
};

Expected count(const QList<DemoCustomer> &all)
{
    Expected e;
    for (const DemoCustomer &dc : all) {
        ++e.customers;
        e.phones += dc.phones.size();
        e.loans += dc.loans.size();
        for (const Loan &l : dc.loans) {
            e.installments += l.installments.size();
            e.payments += l.payments.size();
        }
        e.interactions += dc.history.size();
        e.promises += dc.promises.size();
        e.tasks += dc.tasks.size();
    }
    return e;
}

// Independent oracle for the debtor's date: China is UTC+8 all year, Xinjiang time UTC+6.
QDate debtorToday(const QString &timeZone, const QDateTime &now)
{
    return now.addSecs(timeZone == QLatin1String("Asia/Urumqi") ? 6 * 3600 : 8 * 3600).date();
}

}  // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedMatchesTheGenerator();
    void storedCustomerEqualsGenerated();
    void taskFactsMatchLoansAtTheDebtorsDate();
    void reseedReplaces();
    void failedSeedKeepsThePreviousData();
    void defaultScripts();
    void seedVolume();

private:
    QTemporaryDir m_dir;
};

void TestDemoSeeder::seedMatchesTheGenerator()
{
    LocalStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("seed300.sqlite"))).ok());
    const DemoDataGenerator generator(options(300));
    const auto n = DemoSeeder(store).seed(generator);
    QVERIFY2(n.ok(), qPrintable(n.error().detail));
    QCOMPARE(n.value(), 300);

    const Expected e = count(generator.generateAll());
    QVERIFY(e.tasks > 0 && e.interactions > 0 && e.promises > 0 && e.payments > 0);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), e.customers);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("phones")), e.phones);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("loans")), e.loans);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("installments")), e.installments);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("payments")), e.payments);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("interactions")), e.interactions);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("promises")), e.promises);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("tasks")), e.tasks);
    QCOMPARE(TaskRepository(store).count(TaskStatus::Open), e.tasks);
}

void TestDemoSeeder::storedCustomerEqualsGenerated()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    const DemoDataGenerator generator(options(40, 99));
    QVERIFY(DemoSeeder(store).seed(generator).ok());
    for (const DemoCustomer &dc : generator.generateAll()) {
        const auto c = CustomerRepository(store).find(dc.customer.id);
        QVERIFY(c);
        QCOMPARE(c->name, dc.customer.name);
        QCOMPARE(c->idNumber, dc.customer.idNumber);
        QCOMPARE(c->timeZone, dc.customer.timeZone);
        QCOMPARE(c->risk, dc.customer.risk);
        QCOMPARE(c->flags, dc.customer.flags);
        QCOMPARE(CustomerRepository(store).phones(c->id).size(), dc.phones.size());
        const QList<Loan> loans = LoanRepository(store).loansFor(c->id);
        QCOMPARE(loans.size(), dc.loans.size());
        Fen storedOutstanding = 0, generatedOutstanding = 0;
        for (const Loan &l : loans)
            storedOutstanding += delinquency::outstandingBalance(l.installments);
        for (const Loan &l : dc.loans)
            generatedOutstanding += delinquency::outstandingBalance(l.installments);
        QCOMPARE(storedOutstanding, generatedOutstanding);
        const QList<Interaction> history = InteractionRepository(store).forCustomer(c->id);
        QCOMPARE(history.size(), dc.history.size());
        if (!history.isEmpty())
            QCOMPARE(history.first().startedAt, dc.history.last().startedAt);  // newest first
        const QList<Task> tasks = TaskRepository(store).forCustomer(c->id);
        QCOMPARE(tasks.size(), dc.tasks.size());
        if (!tasks.isEmpty()) {
            QCOMPARE(tasks[0].priority, dc.tasks[0].priority);
            QCOMPARE(tasks[0].reasons, dc.tasks[0].reasons);
            QCOMPARE(tasks[0].kind, dc.tasks[0].kind);
            QCOMPARE(tasks[0].assignee, QStringLiteral("demo"));
        }
    }
}

void TestDemoSeeder::taskFactsMatchLoansAtTheDebtorsDate()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(DemoSeeder(store).seed(DemoDataGenerator(options(300))).ok());
    QSqlQuery q(store.db());
    QVERIFY(q.exec(QStringLiteral("SELECT t.id, t.customer_id, t.dpd, t.bucket, t.overdue_fen, c.time_zone "
                                  "FROM tasks t JOIN customers c ON c.id = t.customer_id")));
    int checked = 0, urumqi = 0, buckets = 0;
    QSet<QString> seenBuckets;
    while (q.next()) {
        const int dpd = q.value(2).toInt();
        const QString bucket = q.value(3).toString();
        const QString tz = q.value(5).toString();
        const QDate today = debtorToday(tz, SeedNow);
        const QList<Loan> loans = LoanRepository(store).loansFor(q.value(1).toLongLong());
        Fen overdue = 0;
        for (const Loan &l : loans)
            overdue += delinquency::overdueAmount(l.installments, today);
        const QString where = QStringLiteral("task %1 (%2)").arg(q.value(0).toLongLong()).arg(tz);
        QVERIFY2(dpd == delinquency::daysPastDue(loans, today), qPrintable(where));
        QVERIFY2(bucket == enumKey(delinquency::bucketFor(dpd)), qPrintable(where));
        QVERIFY2(q.value(4).toLongLong() == overdue, qPrintable(where));
        urumqi += tz == QLatin1String("Asia/Urumqi") ? 1 : 0;
        seenBuckets.insert(bucket);
        ++checked;
    }
    buckets = int(seenBuckets.size());
    QCOMPARE(checked, cdtest::rowCount(store, QStringLiteral("tasks")));
    QVERIFY(checked > 100);
    QVERIFY2(buckets >= 4, "the demo should cover most buckets");
    qInfo("checked %d tasks (%d in Urumqi) over %d buckets", checked, urumqi, buckets);
}

void TestDemoSeeder::reseedReplaces()
{
    LocalStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("reseed.sqlite"))).ok());
    QVERIFY(DemoSeeder(store).seed(DemoDataGenerator(options(300))).ok());
    // Something the agent added by hand, and scripts and outbox that are not customer data.
    QVERIFY(CustomerRepository(store).upsert(cdtest::customer(9'999'999)).ok());
    QVERIFY(DemoSeeder(store).seedDefaultScripts().ok());
    QVERIFY(OutboxRepository(store).enqueue(QStringLiteral("op"), QStringLiteral("t"), {}).ok());

    const DemoDataGenerator smaller(options(50, 7));
    const auto n = DemoSeeder(store).seed(smaller);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), 50);
    const Expected e = count(smaller.generateAll());
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), 50);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("installments")), e.installments);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("interactions")), e.interactions);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("tasks")), e.tasks);
    QVERIFY(!CustomerRepository(store).find(9'999'999));
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("script_graphs")), 13);
    QCOMPARE(OutboxRepository(store).pendingCount(), 1);
}

void TestDemoSeeder::failedSeedKeepsThePreviousData()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    QVERIFY(DemoSeeder(store).seed(DemoDataGenerator(options(30))).ok());
    const int customers = cdtest::rowCount(store, QStringLiteral("customers"));
    const int tasks = cdtest::rowCount(store, QStringLiteral("tasks"));
    QSqlQuery q(store.db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_tasks BEFORE INSERT ON main.tasks "
                                  "WHEN NEW.id > 0 BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("seed task: injected")));
    const auto n = DemoSeeder(store).seed(DemoDataGenerator(options(60, 5)));
    QVERIFY(!n.ok());
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), customers);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("tasks")), tasks);
}

void TestDemoSeeder::defaultScripts()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    const auto n = DemoSeeder(store).seedDefaultScripts();
    QVERIFY2(n.ok(), qPrintable(n.error().detail));
    QCOMPARE(n.value(), 13);
    QVERIFY(DemoSeeder(store).seedDefaultScripts().ok());  // idempotent
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("script_graphs")), 13);
    const auto hold = ScriptRepository(store).find(QStringLiteral("hold-zh_CN"));
    QVERIFY(hold);
    QCOMPARE(hold->start, QStringLiteral("verify"));
}

// Throughput on a file store (WAL), as the demo uses it. 2,000 customers by default so the suite
// stays quick; set CD_SEED_CUSTOMERS to measure more.
void TestDemoSeeder::seedVolume()
{
    const int customers = qEnvironmentVariableIsSet("CD_SEED_CUSTOMERS")
        ? qEnvironmentVariableIntValue("CD_SEED_CUSTOMERS")
        : 2000;
    LocalStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("volume.sqlite"))).ok());
    DemoOptions o = options(customers);
    QElapsedTimer genTimer;
    genTimer.start();
    qint64 rowsGenerated = 0;
    DemoDataGenerator(o).generate([&](const DemoCustomer &dc) {
        rowsGenerated +=
            1 + dc.phones.size() + dc.loans.size() + dc.history.size() + dc.promises.size() + dc.tasks.size();
        for (const Loan &l : dc.loans)
            rowsGenerated += l.installments.size() + l.payments.size();
    });
    const qint64 genMs = genTimer.elapsed();
    QElapsedTimer timer;
    timer.start();
    const auto n = DemoSeeder(store).seed(DemoDataGenerator(o));
    const qint64 ms = timer.elapsed();
    QVERIFY2(n.ok(), qPrintable(n.error().detail));
    QCOMPARE(n.value(), customers);
    QCOMPARE(cdtest::rowCount(store, QStringLiteral("customers")), customers);
    qInfo("seeded %d customers (%lld rows) in %lld ms; generating alone takes %lld ms; %.0f rows/s overall",
          customers, rowsGenerated, ms, genMs, ms > 0 ? rowsGenerated * 1000.0 / ms : 0.0);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
