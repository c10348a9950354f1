#include "DemoSeeder.h"

#include "Delinquency.h"
#include "Repositories.h"
#include "StoreRows.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

namespace cd {

namespace {

/// The statements of one seeding run, prepared once and re-bound for every row: at 100k customers
/// (several million rows) preparing per row would cost more than the inserts themselves.
struct SeedStatements {
    explicit SeedStatements(const QSqlDatabase &db)
        : customer(db), phone(db), loan(db), installment(db), payment(db), interaction(db), promise(db),
          task(db), bucket(db)
    {}

    Result<void> prepare()
    {
        const std::pair<QSqlQuery *, const char *> all[] = {
            {&customer, rows::CustomerUpsert}, {&phone, rows::PhoneUpsert},
            {&loan, rows::LoanUpsert},         {&installment, rows::InstallmentInsert},
            {&payment, rows::PaymentInsert},   {&interaction, rows::InteractionInsert},
            {&promise, rows::PromiseInsert},   {&task, rows::TaskInsert},
        };
        for (const auto &[q, sql] : all) {
            if (auto r = rows::prepare(*q, QString::fromLatin1(sql)); !r)
                return r;
        }
        return rows::prepare(bucket,
                             QStringLiteral("INSERT INTO bucket_history(id, customer_id, loan_id, at, "
                                            "from_bucket, to_bucket, dpd) VALUES(?,?,?,?,?,?,?)"));
    }

    QSqlQuery customer, phone, loan, installment, payment, interaction, promise, task, bucket;
};

Result<void> insertCustomer(SeedStatements &s, const DemoCustomer &dc, const QDate &today)
{
    const qint64 cid = dc.customer.id;
    rows::bindCustomer(s.customer, dc.customer);
    if (auto r = rows::exec(s.customer, QStringLiteral("seed customer")); !r)
        return r;
    for (Phone p : dc.phones) {
        p.customerId = cid;
        rows::bindPhone(s.phone, p);
        if (auto r = rows::exec(s.phone, QStringLiteral("seed phone")); !r)
            return r;
    }
    for (Loan l : dc.loans) {
        l.customerId = cid;
        rows::bindLoan(s.loan, l);
        if (auto r = rows::exec(s.loan, QStringLiteral("seed loan")); !r)
            return r;
        for (Installment i : l.installments) {
            i.loanId = l.id;
            rows::bindInstallment(s.installment, i);
            if (auto r = rows::exec(s.installment, QStringLiteral("seed installment")); !r)
                return r;
        }
        for (Payment p : l.payments) {
            p.loanId = l.id;
            rows::bindPayment(s.payment, p);
            if (auto r = rows::exec(s.payment, QStringLiteral("seed payment")); !r)
                return r;
        }
    }
    for (Interaction i : dc.history) {
        i.customerId = cid;
        rows::bindInteraction(s.interaction, i);
        if (auto r = rows::exec(s.interaction, QStringLiteral("seed interaction")); !r)
            return r;
    }
    for (Promise p : dc.promises) {
        p.customerId = cid;
        rows::bindPromise(s.promise, p);
        if (auto r = rows::exec(s.promise, QStringLiteral("seed promise")); !r)
            return r;
    }
    for (const BucketChange &b : dc.bucketHistory) {
        s.bucket.bindValue(0, rows::fromId(b.id));
        s.bucket.bindValue(1, cid);
        s.bucket.bindValue(2, b.loanId);
        s.bucket.bindValue(3, rows::fromTime(b.at));
        s.bucket.bindValue(4, rows::fromEnum(b.from));
        s.bucket.bindValue(5, rows::fromEnum(b.to));
        s.bucket.bindValue(6, b.dpd);
        if (auto r = rows::exec(s.bucket, QStringLiteral("seed bucket change")); !r)
            return r;
    }
    if (!dc.tasks.isEmpty()) {
        // Queue facts at the debtor's own today (UTC+8, Urumqi UTC+6), the date DPD is counted on.
        const int dpd = delinquency::daysPastDue(dc.loans, today);
        Fen overdue = 0;
        for (const Loan &l : dc.loans)
            overdue += delinquency::overdueAmount(l.installments, today);
        for (Task t : dc.tasks) {
            t.customerId = cid;
            rows::bindTask(s.task, t, dpd, delinquency::bucketFor(dpd), overdue);
            if (auto r = rows::exec(s.task, QStringLiteral("seed task")); !r)
                return r;
        }
    }
    return {};
}

}  // namespace

Result<int> DemoSeeder::seed(const DemoDataGenerator &generator)
{
    if (!m_store.isOpen())
        return Error{ErrorCode::OpenFailed, QStringLiteral("store is not open")};
    SyncStateRepository syncState(m_store);
    // Demo and server data never share a file: seeding would wipe the agent's real work.
    if (syncState.isSynced())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("the store belongs to a server; demo data stays out")};
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_store.db();
    Transaction tx(db);
    // Marks the file as a demo store, which SyncClient refuses to connect.
    if (auto r = syncState.setDemo(true); !r)
        return r.error();

    // Children first: the customer delete then has nothing to cascade to.
    for (const char *table : {"bucket_history", "promises", "interactions", "tasks", "payments",
                              "installments", "loans", "phones", "customers"}) {
        if (auto r = rows::execSql(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !r)
            return r.error();
    }

    SeedStatements statements(db);
    if (auto r = statements.prepare(); !r)
        return r.error();

    const QDateTime now = generator.options().now;
    int count = 0;
    std::optional<Error> failure;
    generator.generate([&](const DemoCustomer &dc) {
        if (failure)
            return;  // the generator cannot be stopped; skip the rest and roll back below
        const QDate today = rows::localDate(dc.customer.timeZone, now);
        if (auto r = insertCustomer(statements, dc, today); !r)
            failure = r.error();
        else
            ++count;
    });
    if (failure)
        return *failure;
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcStore) << "seeded" << count << "demo customers in" << timer.elapsed() << "ms";
    return count;
}

Result<int> DemoSeeder::seedDefaultScripts()
{
    QFile f(QStringLiteral(":/collectdesk/scripts/default-scripts.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     QStringLiteral("default scripts resource missing: ") + f.errorString()};
    return ScriptRepository(m_store).importJson(f.readAll());
}

}  // namespace cd
