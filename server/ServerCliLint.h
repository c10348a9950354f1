#pragma once
// `collectdesk-server lint FILE... [--json] [--phrases FILE] [--third-party]`: the compliance lint
// (core/ComplianceLint.h) for compliance staff checking wording outside the app. Reads talk-track files
// (collectdesk.scripts JSON), SMS template files (a JSON array of {id, name, body, thirdParty?}) and plain
// text (one message per line). Exit status: 0 clean, 1 findings, 2 unreadable file or bad arguments.
#include <QStringList>
#include <QTextStream>

namespace cd::server {

/// `args`: the words after "lint".
int runLintCommand(const QStringList &args, QTextStream &out, QTextStream &err);

}  // namespace cd::server
