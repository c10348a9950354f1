#include "TaskQueueModel.h"

#include "Repositories.h"
#include "StoreRows.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace cd {

TaskQueueModel::TaskQueueModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    if (m_store.isOpen())
        load();
}

int TaskQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Priority: return r.priority;
        case CustomerName: return r.customerName;
        case Bucket: return QVariant::fromValue(r.bucket);
        case Dpd: return r.dpd;
        case Overdue: return r.overdue;
        case Kind: return QVariant::fromValue(r.kind);
        case Reasons: return QVariant::fromValue(r.reasons);
        case Due: return r.due;
        case Attempts: return r.attempts;
        case Status: return QVariant::fromValue(r.status);
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case Priority:
        case Dpd:
        case Overdue:
        case Attempts: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case TaskIdRole: return r.taskId;
    case CustomerIdRole: return r.customerId;
    case FlagsRole: return int(r.flags.toInt());
    case RiskRole: return QVariant::fromValue(r.risk);
    default: return {};
    }
}

QVariant TaskQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount) {
        if (section < m_headers.size())
            return m_headers.at(section);
        return QString::fromLatin1(QMetaEnum::fromType<Column>().valueToKey(section));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void TaskQueueModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TaskQueueModel::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    load();
}

void TaskQueueModel::refresh()
{
    if (auto r = TaskRepository(m_store).reopenDue(QDateTime::currentDateTimeUtc()); !r)
        qCWarning(lcModels).noquote() << "queue refresh could not reopen due tasks:" << r.error().detail;
    load();
}

qint64 TaskQueueModel::taskIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].taskId : 0;
}

qint64 TaskQueueModel::customerIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].customerId : 0;
}

int TaskQueueModel::rowOfTask(qint64 taskId) const
{
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [taskId](const Row &r) { return r.taskId == taskId; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void TaskQueueModel::load()
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_rows.clear();

    // The filter goes to SQL so the indexes on tasks (status, bucket, kind, assignee) do the work.
    QStringList where;
    QVariantList binds;
    if (m_filter.status) {
        where << QStringLiteral("t.status = ?");
        binds << enumKey(*m_filter.status);
    }
    if (m_filter.bucket) {
        where << QStringLiteral("t.bucket = ?");
        binds << enumKey(*m_filter.bucket);
    }
    if (m_filter.kind) {
        where << QStringLiteral("t.kind = ?");
        binds << enumKey(*m_filter.kind);
    }
    if (!m_filter.assignee.isEmpty()) {
        where << QStringLiteral("t.assignee = ?");
        binds << m_filter.assignee;
    }
    const QString sql =
        QStringLiteral("SELECT t.id, t.customer_id, t.priority, c.name, t.bucket, t.dpd, t.overdue_fen, "
                       "t.kind, t.reasons, t.due, t.attempts, t.status, c.flags, c.risk "
                       "FROM tasks t JOIN customers c ON c.id = t.customer_id")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));

    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (rows::prepare(q, sql)) {
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (rows::exec(q, QStringLiteral("load task queue"))) {
            // Few distinct reason lists exist; sharing them keeps 100k rows light.
            QHash<QString, QList<ReasonCode>> reasonLists;
            while (q.next()) {
                const QString reasonsText = q.value(8).toString();
                auto it = reasonLists.find(reasonsText);
                if (it == reasonLists.end())
                    it = reasonLists.insert(reasonsText, rows::reasonsFromText(reasonsText));
                m_rows.push_back(Row{
                    q.value(0).toLongLong(),
                    q.value(1).toLongLong(),
                    q.value(2).toLongLong(),
                    q.value(3).toString(),
                    rows::toEnum(q.value(4), cd::Bucket::M0),
                    q.value(5).toInt(),
                    q.value(6).toLongLong(),
                    rows::toEnum(q.value(7), TaskKind::Collection),
                    it.value(),
                    rows::toTime(q.value(9)),
                    q.value(10).toInt(),
                    rows::toEnum(q.value(11), TaskStatus::Open),
                    CustomerFlags::fromInt(q.value(12).toInt()),
                    rows::toEnum(q.value(13), RiskGrade::C),
                });
            }
        }
    }
    sortRows();
    endResetModel();
    qCDebug(lcModels) << "queue loaded" << m_rows.size() << "rows in" << timer.elapsed() << "ms";
    Q_EMIT reloaded();
}

void TaskQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;

    // Views keep their selection and current row across a sort: remember persistent indexes by
    // task id and put them back where each task lands.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentTasks;
    persistentTasks.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentTasks << taskIdAt(i.row());

    sortRows();

    if (!persistent.isEmpty()) {
        QHash<qint64, int> rowOf;
        rowOf.reserve(int(m_rows.size()));
        for (size_t r = 0; r < m_rows.size(); ++r)
            rowOf.insert(m_rows[r].taskId, int(r));
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (int k = 0; k < persistent.size(); ++k) {
            const int row = rowOf.value(persistentTasks.at(k), -1);
            moved << (row < 0 ? QModelIndex() : index(row, persistent.at(k).column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

namespace {

qint64 dueKey(const QDateTime &t) { return t.toMSecsSinceEpoch(); }

}  // namespace

// Typed keys per column; ties always go by task id ascending so the order is total and the same
// after every reload. Tasks with no due time sort after every dated task in both directions.
void TaskQueueModel::sortRows()
{
    QElapsedTimer timer;
    timer.start();
    const bool desc = m_sortOrder == Qt::DescendingOrder;

    auto sortBy = [&](auto key) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
            const auto &ka = key(a);
            const auto &kb = key(b);
            if (ka < kb)
                return !desc;
            if (kb < ka)
                return desc;
            return a.taskId < b.taskId;
        });
    };

    switch (Column(m_sortColumn)) {
    case Priority: sortBy([](const Row &r) { return r.priority; }); break;
    case Bucket: sortBy([](const Row &r) { return int(r.bucket); }); break;
    case Dpd: sortBy([](const Row &r) { return r.dpd; }); break;
    case Overdue: sortBy([](const Row &r) { return r.overdue; }); break;
    case Kind: sortBy([](const Row &r) { return int(r.kind); }); break;
    case Attempts: sortBy([](const Row &r) { return r.attempts; }); break;
    case Status: sortBy([](const Row &r) { return int(r.status); }); break;
    case Reasons:
        // Most important reason first, so comparing the lists element by element ranks by it.
        sortBy([](const Row &r) -> const QList<ReasonCode> & { return r.reasons; });
        break;
    case Due: {
        std::stable_sort(m_rows.begin(), m_rows.end(), [desc](const Row &a, const Row &b) {
            if (a.due.isValid() != b.due.isValid())
                return a.due.isValid();  // undated last
            const qint64 ka = a.due.isValid() ? dueKey(a.due) : 0;
            const qint64 kb = b.due.isValid() ? dueKey(b.due) : 0;
            if (ka != kb)
                return desc ? kb < ka : ka < kb;
            return a.taskId < b.taskId;
        });
        break;
    }
    case CustomerName: {
        // Names sort the way the agent reads them: the UI locale's collation (pinyin for zh_CN).
        // Sort keys are computed once per row, then compared as bytes.
        QCollator collator;
        collator.setNumericMode(true);
        std::vector<std::pair<QCollatorSortKey, size_t>> keys;
        keys.reserve(m_rows.size());
        for (size_t i = 0; i < m_rows.size(); ++i)
            keys.emplace_back(collator.sortKey(m_rows[i].customerName), i);
        std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
            const int c = a.first.compare(b.first);
            if (c != 0)
                return desc ? c > 0 : c < 0;
            return m_rows[a.second].taskId < m_rows[b.second].taskId;
        });
        std::vector<Row> sorted;
        sorted.reserve(m_rows.size());
        for (const auto &k : keys)
            sorted.push_back(std::move(m_rows[k.second]));
        m_rows = std::move(sorted);
        break;
    }
    case ColumnCount: break;
    }
    qCDebug(lcModels) << "queue sorted by" << m_sortColumn << "in" << timer.elapsed() << "ms";
}

}  // namespace cd
