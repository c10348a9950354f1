#pragma once
// The sync/ logging category ("collectdesk.sync"), defined in SyncClient.cpp.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
