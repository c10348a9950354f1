// TaskQueueModel: SQL filters, the default priority order, typed sorting of every column over 100k
// rows (checked pair by pair), roles, headers, refresh and rowOfTask.
#include "Delinquency.h"
#include "TaskQueueModel.h"
#include "TestStore.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace cd;

Q_DECLARE_METATYPE(std::optional<cd::Bucket>)
Q_DECLARE_METATYPE(std::optional<cd::TaskKind>)
Q_DECLARE_METATYPE(std::optional<cd::TaskStatus>)

namespace {

struct SmallTask {
    qint64 id;
    Bucket bucket;
    TaskKind kind;
    TaskStatus status;
    QString assignee;
    qint64 priority;
};

// Hand-made queue: ids, buckets, kinds, statuses and assignees chosen so every filter has hits
// and misses, and priorities with ties (ids 3 and 4, 7 and 8).
const QList<SmallTask> Small = {
    {1, Bucket::M0, TaskKind::Reminder, TaskStatus::Open, QStringLiteral("agent1"), 1'010'000},
    {2, Bucket::M1, TaskKind::Collection, TaskStatus::Open, QStringLiteral("agent1"), 1'100'000},
    {3, Bucket::M2, TaskKind::Collection, TaskStatus::Open, QStringLiteral("agent2"), 1'200'000},
    {4, Bucket::M2, TaskKind::Callback, TaskStatus::Open, QStringLiteral("agent1"), 1'200'000},
    {5, Bucket::M3, TaskKind::PromiseFollowUp, TaskStatus::Deferred, QStringLiteral("agent2"), 3'100'000},
    {6, Bucket::M4Plus, TaskKind::BrokenPromise, TaskStatus::Open, QStringLiteral("agent2"), 2'400'000},
    {7, Bucket::M4Plus, TaskKind::Collection, TaskStatus::Done, QStringLiteral("agent1"), 1'400'000},
    {8, Bucket::M1, TaskKind::Callback, TaskStatus::Open, QStringLiteral("agent2"), 1'400'000},
    {9, Bucket::M1, TaskKind::Collection, TaskStatus::Deferred, QStringLiteral("agent1"), 900'000},
};

QList<qint64> idsInOrder(const TaskQueueModel &m)
{
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.taskIdAt(r);
    return ids;
}

/// -1, 0, 1 comparison of two DisplayRole values of `column`, the way a user expects the column
/// to sort. Written independently of the model's comparator.
int compareCells(int column, const QVariant &a, const QVariant &b, const QCollator &collator)
{
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case TaskQueueModel::Priority:
    case TaskQueueModel::Overdue: return cmp(a.toLongLong(), b.toLongLong());
    case TaskQueueModel::Dpd:
    case TaskQueueModel::Attempts: return cmp(a.toInt(), b.toInt());
    case TaskQueueModel::CustomerName: return qBound(-1, collator.compare(a.toString(), b.toString()), 1);
    case TaskQueueModel::Bucket: return cmp(int(a.value<Bucket>()), int(b.value<Bucket>()));
    case TaskQueueModel::Kind: return cmp(int(a.value<TaskKind>()), int(b.value<TaskKind>()));
    case TaskQueueModel::Status: return cmp(int(a.value<TaskStatus>()), int(b.value<TaskStatus>()));
    case TaskQueueModel::Reasons: {
        const auto x = a.value<QList<ReasonCode>>();
        const auto y = b.value<QList<ReasonCode>>();
        return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end())
            ? -1
            : (std::lexicographical_compare(y.begin(), y.end(), x.begin(), x.end()) ? 1 : 0);
    }
    case TaskQueueModel::Due:
        return cmp(a.toDateTime().toMSecsSinceEpoch(), b.toDateTime().toMSecsSinceEpoch());
    }
    return 0;
}

}  // namespace

class TestTaskQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void defaultOrderIsPriorityDescTiesByTaskId();
    void rolesAndTypes();
    void headers();
    void refreshReopensDueTasksAndKeepsSort();
    void rowOfTask();
    void namesSortByPinyinInChinese();
    void selectionFollowsTheTaskAcrossASort();
    void sortsEveryColumnOver100kRows_data();
    void sortsEveryColumnOver100kRows();

private:
    void fillSmall(LocalStore &store);

    QTemporaryDir m_dir;
    LocalStore m_big;
    qint64 m_bigRows = 0;
    std::unique_ptr<TaskQueueModel> m_bigModel;
};

void TestTaskQueueModel::fillSmall(LocalStore &store)
{
    CustomerRepository customers(store);
    TaskRepository tasks(store);
    for (const SmallTask &s : Small) {
        Customer c = cdtest::customer(s.id * 10, QStringLiteral("客户%1").arg(s.id));
        c.risk = RiskGrade(s.id % 5);
        c.flags = s.id == 6 ? CustomerFlags(CustomerFlag::Vulnerable) : CustomerFlags();
        QVERIFY(customers.upsert(c).ok());
        Task t = cdtest::task(s.id, c.id, s.priority);
        t.kind = s.kind;
        t.status = s.status;
        t.assignee = s.assignee;
        t.attempts = int(s.id);
        t.reasons = {ReasonCode::Overdue, ReasonCode::HighRisk};
        if (s.status == TaskStatus::Deferred)
            t.nextEligible = QDateTime::currentDateTimeUtc().addSecs(s.id == 9 ? -60 : 3600);
        QVERIFY(tasks.insert(t, TaskFacts{int(s.id) * 10, s.bucket, yuan(s.id * 1000)}).ok());
    }
}

// 100k tasks over 20k customers, inserted with one prepared statement in one transaction, with
// many ties per column so the tie rule is exercised too.
void TestTaskQueueModel::initTestCase()
{
    const auto opened = m_big.open(m_dir.filePath(QStringLiteral("big.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
    QRandomGenerator rng(20261122);
    const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                  QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                  QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("欧阳"),
                                  QStringLiteral("安")};
    const QStringList given = {QStringLiteral("伟"),   QStringLiteral("芳"), QStringLiteral("娜"),
                               QStringLiteral("秀英"), QStringLiteral("敏"), QStringLiteral("静"),
                               QStringLiteral("强"),   QStringLiteral("磊"), QStringLiteral("洋"),
                               QStringLiteral("艳")};
    const QList<QList<ReasonCode>> reasonSets = {
        {},
        {ReasonCode::Overdue},
        {ReasonCode::Overdue, ReasonCode::LargeBalance},
        {ReasonCode::SeverelyOverdue, ReasonCode::HighRisk},
        {ReasonCode::CallbackDue, ReasonCode::Overdue},
        {ReasonCode::OnHold, ReasonCode::SeverelyOverdue},
        {ReasonCode::PromiseDueToday},
        {ReasonCode::DueSoon},
    };
    QElapsedTimer timer;
    timer.start();
    Transaction tx(m_big.db());
    QSqlQuery c(m_big.db());
    QVERIFY(
        c.prepare(QStringLiteral("INSERT INTO customers(id, name, gender, risk, flags) VALUES(?,?,?,?,?)")));
    constexpr int Customers = 20'000;
    for (int i = 1; i <= Customers; ++i) {
        c.bindValue(0, i);
        c.bindValue(
            1, QString(surnames[int(rng.bounded(surnames.size()))] + given[int(rng.bounded(given.size()))]));
        c.bindValue(2, QStringLiteral("Male"));
        c.bindValue(3, enumKey(RiskGrade(rng.bounded(5))));
        c.bindValue(4, int(rng.bounded(16)));
        QVERIFY(c.exec());
    }
    QSqlQuery t(m_big.db());
    QVERIFY(
        t.prepare(QStringLiteral("INSERT INTO tasks(id, customer_id, kind, status, priority, reasons, due, "
                                 "assignee, attempts, next_eligible, dpd, bucket, overdue_fen) "
                                 "VALUES(?,?,?,?,?,?,?,?,?,NULL,?,?,?)")));
    const qint64 base = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr int Tasks = 100'000;
    for (int i = 1; i <= Tasks; ++i) {
        const int dpd = int(rng.bounded(400));
        t.bindValue(0, i);
        t.bindValue(1, 1 + int(rng.bounded(Customers)));
        t.bindValue(2, enumKey(TaskKind(rng.bounded(5))));
        t.bindValue(3, enumKey(TaskStatus(rng.bounded(3))));
        t.bindValue(4, qint64(rng.bounded(5000)) * 1000);  // ~20 ties per value
        QStringList reasonKeys;  // stored as comma-separated keys, most important first
        for (ReasonCode rc : reasonSets[int(rng.bounded(reasonSets.size()))])
            reasonKeys << enumKey(rc);
        t.bindValue(5, reasonKeys.isEmpty() ? QStringLiteral("") : reasonKeys.join(QLatin1Char(',')));
        t.bindValue(6,
                    rng.bounded(10) == 0 ? QVariant(QMetaType::fromType<qint64>())
                                         : QVariant(base + qint64(rng.bounded(30 * 24 * 60)) * 60'000));
        t.bindValue(7, QStringLiteral("agent%1").arg(rng.bounded(4)));
        t.bindValue(8, int(rng.bounded(10)));
        t.bindValue(9, dpd);
        t.bindValue(10, enumKey(delinquency::bucketFor(dpd)));
        t.bindValue(11, qint64(rng.bounded(2000)) * 100);
        QVERIFY2(t.exec(), qPrintable(t.lastError().text()));
    }
    QVERIFY(tx.commit().ok());
    m_bigRows = Tasks;
    qInfo("inserted %d tasks + %d customers in %lld ms", Tasks, Customers, timer.elapsed());
    timer.restart();
    m_bigModel = std::make_unique<TaskQueueModel>(m_big);
    m_bigModel->setFilter(TaskFilter{std::nullopt, std::nullopt, std::nullopt, QString()});
    qInfo("loaded %d queue rows in %lld ms", m_bigModel->rowCount(), timer.elapsed());
}

void TestTaskQueueModel::filters_data()
{
    QTest::addColumn<std::optional<Bucket>>("bucket");
    QTest::addColumn<std::optional<TaskKind>>("kind");
    QTest::addColumn<std::optional<TaskStatus>>("status");
    QTest::addColumn<QString>("assignee");
    using B = std::optional<Bucket>;
    using K = std::optional<TaskKind>;
    using S = std::optional<TaskStatus>;
    QTest::newRow("default: open tasks of everyone") << B() << K() << S(TaskStatus::Open) << QString();
    QTest::newRow("everything") << B() << K() << S() << QString();
    QTest::newRow("bucket M1, open") << B(Bucket::M1) << K() << S(TaskStatus::Open) << QString();
    QTest::newRow("bucket M4+, any status") << B(Bucket::M4Plus) << K() << S() << QString();
    QTest::newRow("callbacks") << B() << K(TaskKind::Callback) << S(TaskStatus::Open) << QString();
    QTest::newRow("deferred") << B() << K() << S(TaskStatus::Deferred) << QString();
    QTest::newRow("done") << B() << K() << S(TaskStatus::Done) << QString();
    QTest::newRow("agent2's open") << B() << K() << S(TaskStatus::Open) << QStringLiteral("agent2");
    QTest::newRow("M2 callbacks of agent1")
        << B(Bucket::M2) << K(TaskKind::Callback) << S(TaskStatus::Open) << QStringLiteral("agent1");
    QTest::newRow("nothing matches") << B(Bucket::M0) << K(TaskKind::BrokenPromise) << S() << QString();
}

void TestTaskQueueModel::filters()
{
    QFETCH(std::optional<Bucket>, bucket);
    QFETCH(std::optional<TaskKind>, kind);
    QFETCH(std::optional<TaskStatus>, status);
    QFETCH(QString, assignee);
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    fillSmall(store);
    TaskQueueModel model(store);
    TaskFilter f;
    f.bucket = bucket;
    f.kind = kind;
    f.status = status;
    f.assignee = assignee;
    QSignalSpy reloaded(&model, &TaskQueueModel::reloaded);
    model.setFilter(f);
    QCOMPARE(reloaded.count(), 1);

    std::set<qint64> expected;
    for (const SmallTask &s : Small) {
        if ((!bucket || s.bucket == *bucket) && (!kind || s.kind == *kind) && (!status || s.status == *status)
            && (assignee.isEmpty() || s.assignee == assignee))
            expected.insert(s.id);
    }
    const QList<qint64> shown = idsInOrder(model);
    QCOMPARE(std::set<qint64>(shown.begin(), shown.end()), expected);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        if (bucket)
            QCOMPARE(model.index(r, TaskQueueModel::Bucket).data().value<Bucket>(), *bucket);
        if (status)
            QCOMPARE(model.index(r, TaskQueueModel::Status).data().value<TaskStatus>(), *status);
    }
}

void TestTaskQueueModel::defaultOrderIsPriorityDescTiesByTaskId()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    fillSmall(store);
    TaskQueueModel model(store);
    model.setFilter(TaskFilter{std::nullopt, std::nullopt, std::nullopt, QString()});
    // 5: 3.1M, 6: 2.4M, 7/8: 1.4M (tie -> 7 first), 3/4: 1.2M (tie -> 3 first), 2, 1, 9.
    QCOMPARE(idsInOrder(model), (QList<qint64>{5, 6, 7, 8, 3, 4, 2, 1, 9}));
}

void TestTaskQueueModel::rolesAndTypes()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    fillSmall(store);
    TaskQueueModel model(store);
    const int r = model.rowOfTask(6);
    QVERIFY(r >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(r, column).data(role); };
    QCOMPARE(cell(TaskQueueModel::Priority).typeId(), QMetaType::LongLong);
    QCOMPARE(cell(TaskQueueModel::Priority).toLongLong(), 2'400'000);
    QCOMPARE(cell(TaskQueueModel::CustomerName).toString(),
             QStringLiteral("客户6"));  // joined from customers
    QCOMPARE(cell(TaskQueueModel::Bucket).value<Bucket>(), Bucket::M4Plus);
    QCOMPARE(cell(TaskQueueModel::Bucket).metaType(), QMetaType::fromType<Bucket>());
    QCOMPARE(cell(TaskQueueModel::Dpd).toInt(), 60);
    QCOMPARE(cell(TaskQueueModel::Overdue).typeId(), QMetaType::LongLong);
    QCOMPARE(cell(TaskQueueModel::Overdue).toLongLong(), yuan(6000));
    QCOMPARE(cell(TaskQueueModel::Kind).value<TaskKind>(), TaskKind::BrokenPromise);
    QCOMPARE(cell(TaskQueueModel::Reasons).value<QList<ReasonCode>>(),
             (QList<ReasonCode>{ReasonCode::Overdue, ReasonCode::HighRisk}));
    QCOMPARE(cell(TaskQueueModel::Due).toDateTime(), QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC));
    QCOMPARE(cell(TaskQueueModel::Attempts).toInt(), 6);
    QCOMPARE(cell(TaskQueueModel::Status).value<TaskStatus>(), TaskStatus::Open);
    QCOMPARE(cell(0, TaskQueueModel::TaskIdRole).toLongLong(), 6);
    QCOMPARE(cell(0, TaskQueueModel::CustomerIdRole).toLongLong(), 60);
    QCOMPARE(model.customerIdAt(r), 60);
    QCOMPARE(cell(0, TaskQueueModel::FlagsRole).toInt(), int(CustomerFlag::Vulnerable));
    QCOMPARE(cell(0, TaskQueueModel::RiskRole).value<RiskGrade>(), RiskGrade::B);
    for (int c : {int(TaskQueueModel::Priority), int(TaskQueueModel::Dpd), int(TaskQueueModel::Overdue),
                  int(TaskQueueModel::Attempts)})
        QVERIFY(cell(c, Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QVERIFY(!(cell(TaskQueueModel::CustomerName, Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
    QVERIFY(!model.index(r, TaskQueueModel::ColumnCount).data().isValid());
    QCOMPARE(model.columnCount(), int(TaskQueueModel::ColumnCount));
}

void TestTaskQueueModel::headers()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    TaskQueueModel model(store);
    QCOMPARE(model.headerData(TaskQueueModel::Priority, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Priority"));
    QCOMPARE(model.headerData(TaskQueueModel::CustomerName, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("CustomerName"));
    QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
    const QStringList labels = {QStringLiteral("优先级"), QStringLiteral("客户"), QStringLiteral("账龄")};
    model.setHeaderLabels(labels);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.headerData(TaskQueueModel::CustomerName, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("客户"));
    QCOMPARE(model.headerData(TaskQueueModel::Dpd, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Dpd"));  // not labelled: falls back to the column key
}

void TestTaskQueueModel::refreshReopensDueTasksAndKeepsSort()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    fillSmall(store);
    TaskQueueModel model(store);  // open tasks: 1, 2, 3, 4, 6, 8
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOfTask(9), -1);
    model.sort(TaskQueueModel::Attempts, Qt::AscendingOrder);
    QSignalSpy reloaded(&model, &TaskQueueModel::reloaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();  // task 9 was deferred until a minute ago; task 5 until an hour from now
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.rowOfTask(5), -1);
    QCOMPARE(idsInOrder(model), (QList<qint64>{1, 2, 3, 4, 6, 8, 9}));  // attempts == id, ascending
    QCOMPARE(model.filter().status, std::optional<TaskStatus>(TaskStatus::Open));
}

void TestTaskQueueModel::rowOfTask()
{
    TaskQueueModel model(m_big);
    model.setFilter(TaskFilter{std::nullopt, std::nullopt, std::nullopt, QString()});
    QCOMPARE(model.rowCount(), int(m_bigRows));
    for (int r : {0, 1, 4999, 50'000, 99'999})
        QCOMPARE(model.rowOfTask(model.taskIdAt(r)), r);
    model.sort(TaskQueueModel::Dpd, Qt::AscendingOrder);
    const qint64 id = model.taskIdAt(12'345);
    QCOMPARE(model.rowOfTask(id), 12'345);
    QCOMPARE(model.rowOfTask(m_bigRows + 1), -1);
    QCOMPARE(model.taskIdAt(-1), 0);
    QCOMPARE(model.taskIdAt(int(m_bigRows)), 0);
}

void TestTaskQueueModel::namesSortByPinyinInChinese()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    // Code-point order would be 安 (U+5B89) < 张 (U+5F20) < 白 (U+767D); pinyin is an < bai < zhang.
    const QStringList names = {QStringLiteral("张伟"), QStringLiteral("白雪"), QStringLiteral("安娜")};
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(CustomerRepository(store).upsert(cdtest::customer(i + 1, names[i])).ok());
        QVERIFY(TaskRepository(store).insert(cdtest::task(i + 1, i + 1), TaskFacts{}).ok());
    }
    TaskQueueModel model(store);
    model.sort(TaskQueueModel::CustomerName, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, TaskQueueModel::CustomerName).data().toString();
    QLocale::setDefault(previous);
    QCOMPARE(shown, (QStringList{QStringLiteral("安娜"), QStringLiteral("白雪"), QStringLiteral("张伟")}));
}

void TestTaskQueueModel::selectionFollowsTheTaskAcrossASort()
{
    LocalStore store;
    CD_OPEN_MEMORY_STORE(store);
    fillSmall(store);
    TaskQueueModel model(store);
    const QPersistentModelIndex selected(model.index(model.rowOfTask(2), TaskQueueModel::CustomerName));
    model.sort(TaskQueueModel::Attempts, Qt::DescendingOrder);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(TaskQueueModel::TaskIdRole).toLongLong(), 2);
    QCOMPARE(selected.row(), model.rowOfTask(2));
    QCOMPARE(selected.column(), int(TaskQueueModel::CustomerName));
}

void TestTaskQueueModel::sortsEveryColumnOver100kRows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    const QMetaEnum columns = QMetaEnum::fromType<TaskQueueModel::Column>();
    for (int c = 0; c < TaskQueueModel::ColumnCount; ++c) {
        QTest::addRow("%s ascending", columns.valueToKey(c)) << c << int(Qt::AscendingOrder);
        QTest::addRow("%s descending", columns.valueToKey(c)) << c << int(Qt::DescendingOrder);
    }
}

void TestTaskQueueModel::sortsEveryColumnOver100kRows()
{
    QFETCH(int, column);
    QFETCH(int, order);
    // One model for every row: each sort starts from the order the previous row left behind.
    TaskQueueModel &model = *m_bigModel;
    QCOMPARE(model.rowCount(), int(m_bigRows));
    QElapsedTimer timer;
    timer.start();
    model.sort(column, Qt::SortOrder(order));
    const qint64 ms = timer.elapsed();
    QCOMPARE(model.rowCount(), int(m_bigRows));

    const bool desc = Qt::SortOrder(order) == Qt::DescendingOrder;
    const QCollator collator;
    std::set<qint64> seen;
    for (int r = 0; r + 1 < model.rowCount(); ++r) {
        const QVariant a = model.index(r, column).data();
        const QVariant b = model.index(r + 1, column).data();
        int c = 0;
        if (column == TaskQueueModel::Due && a.toDateTime().isValid() != b.toDateTime().isValid()) {
            // Tasks without a due time come last in both directions.
            QVERIFY2(a.toDateTime().isValid(),
                     qPrintable(QStringLiteral("undated task above a dated one at row %1").arg(r)));
            seen.insert(model.taskIdAt(r));
            continue;
        }
        c = compareCells(column, a, b, collator);
        if (desc)
            c = -c;
        if (c == 0)
            c = model.taskIdAt(r) < model.taskIdAt(r + 1) ? -1 : 1;  // ties by task id, ascending
        if (c > 0)
            QFAIL(qPrintable(QStringLiteral("rows %1 and %2 out of order: %3 / %4 (tasks %5, %6)")
                                 .arg(r)
                                 .arg(r + 1)
                                 .arg(a.toString(), b.toString())
                                 .arg(model.taskIdAt(r))
                                 .arg(model.taskIdAt(r + 1))));
        seen.insert(model.taskIdAt(r));
    }
    seen.insert(model.taskIdAt(model.rowCount() - 1));
    QCOMPARE(qint64(seen.size()), m_bigRows);  // a permutation: nothing lost or duplicated
    qInfo("sorted %lld rows by column %d in %lld ms", m_bigRows, column, ms);
}

QTEST_GUILESS_MAIN(TestTaskQueueModel)
#include "tst_taskqueuemodel.moc"
