#pragma once
// Fills merge fields written as {{field}} in scripts and SMS templates.
#include <QHash>
#include <QString>
#include <QStringList>

namespace cd {

struct RenderResult {
    QString text;
    QStringList missing;  ///< fields used in the text but not supplied (left visible as {{field}})
};

RenderResult renderTemplate(const QString &text, const QHash<QString, QString> &fields);

}  // namespace cd
