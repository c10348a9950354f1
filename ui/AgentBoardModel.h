#pragma once
// The supervisor's agent grid: one row per agent of the board (BoardState), with the floor state
// (coloured), a live timer since the state began, the task last worked (customer masked by the
// server) and today's figures. The timer repaints every second from the local clock: no server
// traffic. Rows accept dropped task ids (TeamTaskModel::mimeType()), reported as tasksDropped()
// for the view to reassign. Sorting: put a QSortFilterProxyModel on SortRole.
#include "BoardState.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimer>
#include <functional>

namespace cd {

class AgentBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Agent,
        Team,
        State,
        InState,
        Task,
        Attempts,
        Connects,
        RightParty,
        Promises,
        PromiseAmount,
        Collected,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, UsernameRole, StateRole, TeamRole };

    explicit AgentBoardModel(const BoardState &board, QObject *parent = nullptr);

    /// Tests pin the time; default: QDateTime::currentDateTimeUtc().
    void setClock(std::function<QDateTime()> clock);
    /// Repaints the timers now (the 1 s timer calls it).
    void tick();

    static QColor stateColour(BoardState::FloorState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QString usernameAt(int row) const;
    int rowOf(const QString &username) const;  ///< -1 if not shown

Q_SIGNALS:
    /// Tasks were dropped on an agent's row.
    void tasksDropped(const QList<qint64> &taskIds, const QString &username);

private:
    void reload();
    int targetRow(int row, const QModelIndex &parent) const;

    const BoardState &m_board;
    std::function<QDateTime()> m_clock;
    QList<BoardState::Agent> m_rows;
    QTimer m_timer;
};

}  // namespace cd
