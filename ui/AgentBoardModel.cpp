#include "AgentBoardModel.h"

#include "Labels.h"
#include "TeamTaskModel.h"

#include <QMimeData>

namespace cd {

AgentBoardModel::AgentBoardModel(const BoardState &board, QObject *parent)
    : QAbstractTableModel(parent), m_board(board), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&board, &BoardState::agentsChanged, this, &AgentBoardModel::reload);
    connect(&board, &BoardState::teamsChanged, this, &AgentBoardModel::reload);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AgentBoardModel::tick);
    m_timer.start();
    reload();
}

void AgentBoardModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tick();
}

void AgentBoardModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, InState), index(int(m_rows.size()) - 1, InState), {Qt::DisplayRole, SortRole});
}

QColor AgentBoardModel::stateColour(BoardState::FloorState state)
{
    // The agent's own status bar uses the same colours (AgentStateWidget).
    switch (state) {
    case BoardState::FloorState::Ready: return QColor(0x2e, 0x7d, 0x32);
    case BoardState::FloorState::Busy: return QColor(0x15, 0x65, 0xc0);
    case BoardState::FloorState::WrapUp: return QColor(0xef, 0x8f, 0x00);
    case BoardState::FloorState::NotReady: return QColor(0xc6, 0x28, 0x28);
    case BoardState::FloorState::Offline:
    case BoardState::FloorState::Unknown: return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

void AgentBoardModel::reload()
{
    const QList<BoardState::Agent> agents = m_board.agents();
    bool sameRows = agents.size() == m_rows.size();
    for (int i = 0; sameRows && i < agents.size(); ++i)
        sameRows = agents.at(i).username == m_rows.at(i).username;
    if (sameRows) {
        // Same agents: repaint in place so selection and sorting stay where the lead left them.
        m_rows = agents;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = agents;
    endResetModel();
}

int AgentBoardModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AgentBoardModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

namespace {

QString stateText(const BoardState::Agent &a)
{
    QString text = Labels::text(a.state);
    if (a.state == BoardState::FloorState::NotReady && !a.reason.isEmpty()) {
        // The reason is the agent's reason key, or "System: <text>" from the application.
        bool known = false;
        const int v = QMetaEnum::fromType<AgentState::Reason>().keyToValue(a.reason.toLatin1().constData(), &known);
        const QString reason = known ? Labels::text(static_cast<AgentState::Reason>(v)) : a.reason;
        text = Labels::tr("%1 (%2)").arg(text, reason);
    }
    return text;
}

}  // namespace

QVariant AgentBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BoardState::Agent &a = m_rows.at(index.row());
    const int inState = a.since.isValid() ? int(std::max<qint64>(0, a.since.secsTo(m_clock()))) : 0;
    switch (role) {
    case UsernameRole: return a.username;
    case StateRole: return int(a.state);
    case TeamRole: return a.team;
    case Qt::BackgroundRole:
        return index.column() == State ? QVariant(stateColour(a.state)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == State ? QVariant(QColor(Qt::white)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= InState && index.column() != Task
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Agent && !a.connected && a.state != BoardState::FloorState::Offline)
            return AgentBoardModel::tr("Not connected");
        return {};
    case Qt::DisplayRole:
    case SortRole: break;
    default: return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Agent: return sort ? a.name.isEmpty() ? a.username : a.name
                            : a.name.isEmpty() ? a.username : QStringLiteral("%1 (%2)").arg(a.name, a.username);
    case Team: return a.team;
    case State: return sort ? QVariant(int(a.state)) : QVariant(stateText(a));
    case InState: return sort ? QVariant(inState) : QVariant(a.since.isValid() ? Labels::duration(inState) : QString());
    case Task:
        if (a.taskId <= 0)
            return QString();
        return sort ? QVariant(a.taskId) : QVariant(AgentBoardModel::tr("%1 · #%2").arg(a.customer).arg(a.taskId));
    case Attempts: return a.today.attempts;
    case Connects: return a.today.connects;
    case RightParty: return a.today.rightParty;
    case Promises: return a.today.promises;
    case PromiseAmount: return sort ? QVariant(a.today.promiseAmount) : QVariant(Labels::money(a.today.promiseAmount));
    case Collected: return sort ? QVariant(a.today.collected) : QVariant(Labels::money(a.today.collected));
    }
    return {};
}

QVariant AgentBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Agent: return tr("Agent");
    case Team: return tr("Team");
    case State: return tr("State");
    case InState: return tr("In state");
    case Task: return tr("Current task");
    case Attempts: return tr("Calls");
    case Connects: return tr("Connects");
    case RightParty: return tr("RPC");
    case Promises: return tr("Promises");
    case PromiseAmount: return tr("Promised");
    case Collected: return tr("Collected");
    }
    return {};
}

Qt::ItemFlags AgentBoardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList AgentBoardModel::mimeTypes() const { return {TeamTaskModel::mimeType()}; }

int AgentBoardModel::targetRow(int row, const QModelIndex &parent) const
{
    // Dropped on a row: the row is the parent; between rows there is no agent to give tasks to.
    if (parent.isValid())
        return parent.row();
    Q_UNUSED(row)
    return -1;
}

bool AgentBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    return data && data->hasFormat(TeamTaskModel::mimeType()) && targetRow(row, parent) >= 0;
}

bool AgentBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = TeamTaskModel::idsFromMime(data);
    if (ids.isEmpty())
        return false;
    Q_EMIT tasksDropped(ids, usernameAt(targetRow(row, parent)));
    // The rows stay in the task list until the server has answered: nothing to remove here.
    return false;
}

QString AgentBoardModel::usernameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).username : QString();
}

int AgentBoardModel::rowOf(const QString &username) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).username == username)
            return i;
    return -1;
}

}  // namespace cd
