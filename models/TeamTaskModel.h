#pragma once
// The team's tasks not done, as the lead's cache holds them (every assignee of the team: the server
// sends a lead the team's customers), for the supervisor view to pick tasks to reassign. Rows can be
// dragged: the drag carries the task ids (MimeType) that the agent grid accepts. Loaded with one SQL
// query; the customer shown masked, as on the floor board. Owned by ui/SupervisorView.
#include "Domain.h"
#include "LocalStore.h"
#include "Money.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace cd {

class TeamTaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Customer, Assignee, Bucket, Kind, Status, Due, Overdue, ColumnCount };
    Q_ENUM(Column)
    enum Role { TaskIdRole = Qt::UserRole + 1, AssigneeRole, SortRole };

    /// Mime type of dragged task ids: a JSON array of integers.
    static QString mimeType() { return QStringLiteral("application/x-collectdesk-task-ids"); }
    static QList<qint64> idsFromMime(const QMimeData *data);

    explicit TeamTaskModel(LocalStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Enum columns hold the enum (ui/ words it); Due holds the UTC instant; Overdue fen.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    /// Header labels are set by ui/ (translated there).
    void setHeaderLabels(const QStringList &labels);
    /// Reloads from the cache (after a pull or a reassignment).
    void refresh();

    qint64 taskIdAt(int row) const;
    QString assigneeAt(int row) const;
    int rowOfTask(qint64 taskId) const;  ///< -1 if not listed

private:
    struct Row {
        qint64 taskId;
        QString customer;
        QString assignee;
        cd::Bucket bucket;
        TaskKind kind;
        TaskStatus status;
        QDateTime due;
        Fen overdue;
    };

    LocalStore &m_store;
    std::vector<Row> m_rows;
    QStringList m_headers;
};

}  // namespace cd
