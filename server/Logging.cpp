#include "Logging.h"

namespace cd::server {

Q_LOGGING_CATEGORY(lcServer, "collectdesk.server")
Q_LOGGING_CATEGORY(lcServerHub, "collectdesk.server.hub")
Q_LOGGING_CATEGORY(lcServerAuth, "collectdesk.server.auth")
Q_LOGGING_CATEGORY(lcServerStorage, "collectdesk.server.storage")

}  // namespace cd::server
