#pragma once
// Logging categories of the server, one per module. Session starts and ends, and every error, are
// logged at info level or above so `serve` shows them on stderr by default.
#include <QLoggingCategory>

namespace cd::server {

Q_DECLARE_LOGGING_CATEGORY(lcServer)         ///< "collectdesk.server": CLI, facade, seeding
Q_DECLARE_LOGGING_CATEGORY(lcServerHub)      ///< "collectdesk.server.hub": connections, frames, sessions
Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)     ///< "collectdesk.server.auth": logins, tokens
Q_DECLARE_LOGGING_CATEGORY(lcServerStorage)  ///< "collectdesk.server.storage": database

}  // namespace cd::server
