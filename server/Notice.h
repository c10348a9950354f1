#pragma once
// An event for connected clients, with its audience. Services emit Notices; the Hub sends each to the
// sessions it addresses AND that may see the customer it is about (ARCHITECTURE.md: events reach only
// sessions allowed to see that customer).
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace cd::server {

struct Notice {
    QString type;  ///< proto::msg event type
    QJsonObject body;
    qint64 customerId = 0;  ///< 0: not about a customer (agent.stateChanged)
    QStringList users;      ///< usernames whose sessions are addressed
    QStringList leadTeams;  ///< teams whose leads are addressed
    /// Addressed users (and leads of these teams) who lost the customer in this very change: they
    /// still get this one event, as they get the change-log row that tells them to drop the task.
    QStringList formerUsers;
    QStringList formerTeams;
    /// What this says is in the floor board's next board.delta (agent.stateChanged): the addressed
    /// leads who watch the board get it there, not a second time as this event.
    bool onBoard = false;
};

}  // namespace cd::server

Q_DECLARE_METATYPE(cd::server::Notice)
