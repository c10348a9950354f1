#pragma once
// An SMS template (短信模板): wording with {{field}} merge fields (core/TemplateRenderer.h), written for
// the debtor or for a third party (a relative or contact, whose text must not mention the debt). Lives
// on the server (server/SmsTemplateLibrary.h), reaches clients through the change log (entity
// "smsTemplate") and is cached for offline use (models/SmsTemplateRepository.h).
#include "ComplianceLint.h"

#include <QDateTime>
#include <QString>

namespace cd {

struct SmsTemplate {
    qint64 id = 0;
    QString code;  ///< stable key per locale ("overdue-m1"); an import replaces the template with its code
    QString name;  ///< shown in the picker
    QString body;  ///< text with {{field}} merge fields
    lint::Audience audience = lint::Audience::Debtor;
    QString locale = QStringLiteral("zh_CN");
    int version = 1;
    bool active = true;  ///< inactive templates stay for history but are not offered
    QDateTime updatedAt;
};

}  // namespace cd
