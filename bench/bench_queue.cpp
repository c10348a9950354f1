// Benchmark: seeding the local cache with N demo customers, loading the task queue and re-sorting it
// by every column, against a same-run baseline of raw prepared SQLite inserts in one transaction.
// Usage: bench_queue [customers=100000]. Prints figures and ratios; machines are shared and noisy,
// so compare ratios, not absolute times.
#include "DemoData.h"
#include "DemoSeeder.h"
#include "LocalStore.h"
#include "TaskQueueModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdio>

using namespace cd;

static double baselineInsertsPerSecond(const QString &path, int rows)
{
    LocalStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "baseline: cannot open store\n");
        return 0;
    }
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, a INTEGER, b TEXT, c INTEGER)"));
    QElapsedTimer t;
    t.start();
    store.db().transaction();
    q.prepare(QStringLiteral("INSERT INTO bench_raw (a, b, c) VALUES (?, ?, ?)"));
    for (int i = 0; i < rows; ++i) {
        q.bindValue(0, i);
        q.bindValue(1, QStringLiteral("row %1").arg(i));
        q.bindValue(2, i * 7);
        q.exec();
    }
    store.db().commit();
    return rows / (t.nsecsElapsed() / 1e9);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;

    const double rawRate = baselineInsertsPerSecond(dir.filePath(QStringLiteral("raw.sqlite")), 200000);
    std::printf("baseline  raw prepared SQLite insert, one transaction: %.0f rows/s\n", rawRate);

    LocalStore store;
    if (!store.open(dir.filePath(QStringLiteral("cache.sqlite")))) {
        std::fprintf(stderr, "cannot open store\n");
        return 1;
    }
    DemoOptions opts;
    opts.customers = customers;
    opts.now = QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);
    QElapsedTimer t;
    t.start();
    const Result<int> seeded = DemoSeeder(store).seed(DemoDataGenerator(opts));
    const double seedSecs = t.nsecsElapsed() / 1e9;
    if (!seeded) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(seeded.error().detail));
        return 1;
    }
    qint64 rows = 0;
    for (const char *table :
         {"customers", "phones", "loans", "installments", "payments", "interactions", "promises", "tasks"}) {
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        q.next();
        rows += q.value(0).toLongLong();
    }
    const double seedRate = rows / seedSecs;
    std::printf("seed      %d customers, %lld rows in %.2f s: %.0f rows/s (%.2f x baseline)\n", customers,
                rows, seedSecs, seedRate, seedRate / rawRate);

    TaskQueueModel model(store);
    TaskFilter all;
    all.status.reset();
    t.restart();
    model.setFilter(all);
    const double loadMs = t.nsecsElapsed() / 1e6;
    const double rawRowMs = 1000.0 / rawRate;
    std::printf("queue     load %d tasks: %.1f ms (%.1f µs/row; raw insert %.2f µs/row)\n", model.rowCount(),
                loadMs, loadMs * 1000 / qMax(1, model.rowCount()), rawRowMs * 1000);
    for (int c = 0; c < TaskQueueModel::ColumnCount; ++c) {
        for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            t.restart();
            model.sort(c, o);
            std::printf("sort      column %-12s %s: %.1f ms\n",
                        QMetaEnum::fromType<TaskQueueModel::Column>().valueToKey(c),
                        o == Qt::AscendingOrder ? "asc " : "desc", t.nsecsElapsed() / 1e6);
        }
    }
    return 0;
}
