#include "TeamTaskModel.h"

#include "Pii.h"
#include "StoreRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSet>

namespace cd {

TeamTaskModel::TeamTaskModel(LocalStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    refresh();
}

QList<qint64> TeamTaskModel::idsFromMime(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(data->data(mimeType())).array())
        if (v.toInteger() > 0)
            ids << v.toInteger();
    return ids;
}

int TeamTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamTaskModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TeamTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == TaskIdRole)
        return r.taskId;
    if (role == AssigneeRole)
        return r.assignee;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Customer: return r.customer;
    case Assignee: return r.assignee;
    case Bucket: return role == SortRole ? QVariant(int(r.bucket)) : QVariant::fromValue(r.bucket);
    case Kind: return role == SortRole ? QVariant(int(r.kind)) : QVariant::fromValue(r.kind);
    case Status: return role == SortRole ? QVariant(int(r.status)) : QVariant::fromValue(r.status);
    case Due: return r.due;
    case Overdue: return r.overdue;
    }
    return {};
}

QVariant TeamTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags TeamTaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList TeamTaskModel::mimeTypes() const { return {mimeType()}; }

QMimeData *TeamTaskModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids;
    QSet<qint64> seen;  // one index per cell of a selected row
    for (const QModelIndex &i : indexes) {
        const qint64 id = taskIdAt(i.row());
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return data;
}

void TeamTaskModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TeamTaskModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT t.id, c.name, t.assignee, t.bucket, t.kind, t.status, t.due, t.overdue_fen "
        "FROM tasks t JOIN customers c ON c.id = t.customer_id WHERE t.status <> ? "
        "ORDER BY t.assignee, t.priority DESC, t.id");
    if (rows::prepare(q, sql)) {
        q.bindValue(0, enumKey(TaskStatus::Done));
        if (rows::exec(q, QStringLiteral("load team tasks"))) {
            while (q.next())
                m_rows.push_back(Row{q.value(0).toLongLong(), pii::maskName(q.value(1).toString()),
                                     q.value(2).toString(), rows::toEnum(q.value(3), cd::Bucket::M0),
                                     rows::toEnum(q.value(4), TaskKind::Collection),
                                     rows::toEnum(q.value(5), TaskStatus::Open), rows::toTime(q.value(6)),
                                     q.value(7).toLongLong()});
        }
    }
    endResetModel();
}

qint64 TeamTaskModel::taskIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].taskId : 0;
}

QString TeamTaskModel::assigneeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].assignee : QString();
}

int TeamTaskModel::rowOfTask(qint64 taskId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].taskId == taskId)
            return int(i);
    return -1;
}

}  // namespace cd
