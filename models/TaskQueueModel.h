#pragma once
// The agent's task queue as a table. Rows are loaded with one indexed SQL query (filter in SQL)
// and sorted in the model on typed keys, so 100k rows load and re-sort quickly — no text-sorting
// proxy. Enum columns hold the enum value (QVariant::fromValue) in Qt::DisplayRole; ui/ turns them
// into translated text with a delegate.
#include "Entities.h"
#include "LocalStore.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace cd {

struct TaskFilter {
    std::optional<Bucket> bucket;
    std::optional<TaskKind> kind;
    std::optional<TaskStatus> status = TaskStatus::Open;
    QString assignee;  ///< empty: every assignee
};

class TaskQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Priority,
        CustomerName,
        Bucket,
        Dpd,
        Overdue,
        Kind,
        Reasons,
        Due,
        Attempts,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { TaskIdRole = Qt::UserRole + 1, CustomerIdRole, FlagsRole, RiskRole };

    explicit TaskQueueModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const TaskFilter &filter);  ///< reloads
    TaskFilter filter() const { return m_filter; }
    /// Reloads from the store keeping filter and sort order.
    void refresh();

    qint64 taskIdAt(int row) const;
    qint64 customerIdAt(int row) const;
    int rowOfTask(qint64 taskId) const;  ///< -1 if not shown

    /// Header labels are set by ui/ (translated there).
    void setHeaderLabels(const QStringList &labels);

Q_SIGNALS:
    void reloaded();

private:
    struct Row {
        qint64 taskId;
        qint64 customerId;
        qint64 priority;
        QString customerName;
        cd::Bucket bucket;
        int dpd;
        Fen overdue;
        TaskKind kind;
        QList<ReasonCode> reasons;
        QDateTime due;
        int attempts;
        TaskStatus status;
        CustomerFlags flags;
        RiskGrade risk;
    };
    void load();
    void sortRows();

    LocalStore &m_store;
    TaskFilter m_filter;
    std::vector<Row> m_rows;
    int m_sortColumn = Priority;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QStringList m_headers;
};

}  // namespace cd
