#include "SipAccount.h"

#include "Domain.h"

#include <QRegularExpression>
#include <QSettings>

namespace cd {

namespace {
const QString Group = QStringLiteral("sip");
}

SipAccount SipAccount::load(const QSettings &settings)
{
    SipAccount a;
    const auto value = [&settings](const char *key) {
        return settings.value(Group + QLatin1Char('/') + QLatin1String(key));
    };
    a.registrar = value("registrar").toString().trimmed();
    a.user = value("user").toString().trimmed();
    a.displayName = value("displayName").toString().trimmed();
    a.transport = enumFromKey(value("transport").toString(), Transport::Udp);
    a.dtmfMode = enumFromKey(value("dtmfMode").toString(), DtmfMode::Rfc2833);
    bool ok = false;
    const int seconds = value("noAnswerSeconds").toInt(&ok);
    // A hand-edited value out of range would make calls give up at once or ring for ever.
    if (ok && seconds >= MinNoAnswerSeconds && seconds <= MaxNoAnswerSeconds)
        a.noAnswerSeconds = seconds;
    const QVariant record = value("recordCalls");
    if (record.isValid())
        a.recordCalls = record.toBool();
    a.microphoneId = value("microphone").toString();
    a.speakerId = value("speaker").toString();
    a.ringTone = value("ringTone").toString();
    return a;
}

void SipAccount::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("registrar"), registrar.trimmed());
    settings.setValue(QStringLiteral("user"), user.trimmed());
    settings.setValue(QStringLiteral("displayName"), displayName.trimmed());
    settings.setValue(QStringLiteral("transport"), enumKey(transport));
    settings.setValue(QStringLiteral("dtmfMode"), enumKey(dtmfMode));
    settings.setValue(QStringLiteral("noAnswerSeconds"), noAnswerSeconds);
    settings.setValue(QStringLiteral("recordCalls"), recordCalls);
    settings.setValue(QStringLiteral("microphone"), microphoneId);
    settings.setValue(QStringLiteral("speaker"), speakerId);
    settings.setValue(QStringLiteral("ringTone"), ringTone);
    // Settings files are plain text readable by backup tools: a password must never sit here.
    settings.remove(QStringLiteral("password"));
    settings.endGroup();
}

QString SipAccount::registrarHost() const
{
    QString r = registrar.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^sips?:"),
                                           QRegularExpression::CaseInsensitiveOption);
    r.remove(scheme);
    const int at = r.indexOf(QLatin1Char('@'));
    if (at >= 0)
        r = r.mid(at + 1);
    const int params = r.indexOf(QLatin1Char(';'));
    if (params >= 0)
        r.truncate(params);
    if (r.startsWith(QLatin1Char('['))) {  // [IPv6]:port
        const int close = r.indexOf(QLatin1Char(']'));
        return close > 0 ? r.left(close + 1).toLower() : QString();
    }
    const int colon = r.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        r.truncate(colon);
    return r.toLower();
}

QString SipAccount::credentialKey() const { return user.trimmed() + QLatin1Char('@') + registrarHost(); }

QString SipAccount::identity() const
{
    const QString host = registrarHost();
    if (user.trimmed().isEmpty() || host.isEmpty())
        return {};
    return QStringLiteral("sip:%1@%2").arg(user.trimmed(), host);
}

bool SipAccount::operator==(const SipAccount &o) const
{
    return registrar == o.registrar && user == o.user && displayName == o.displayName
        && transport == o.transport && dtmfMode == o.dtmfMode && noAnswerSeconds == o.noAnswerSeconds
        && recordCalls == o.recordCalls && microphoneId == o.microphoneId && speakerId == o.speakerId
        && ringTone == o.ringTone;
}

}  // namespace cd
