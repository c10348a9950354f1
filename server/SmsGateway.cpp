#include "SmsGateway.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace cd::server {

namespace {
Q_LOGGING_CATEGORY(lcSms, "collectdesk.server.sms")

QJsonObject messageJson(const SmsMessage &m)
{
    return QJsonObject{{QStringLiteral("to"), m.to},
                       {QStringLiteral("text"), m.text},
                       {QStringLiteral("reference"), m.reference}};
}
}  // namespace

// ---- HttpSmsGateway -----------------------------------------------------------------------------

struct HttpSmsGateway::Job {
    SmsMessage message;
    Done done;
    int attempts = 0;
};

HttpSmsGateway::HttpSmsGateway(HttpSmsGatewayConfig config, QObject *parent)
    : SmsGateway(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this))
{
    m_config.maxAttempts = std::max(1, m_config.maxAttempts);
}

HttpSmsGateway::~HttpSmsGateway() = default;

void HttpSmsGateway::send(const SmsMessage &message, Done done)
{
    auto job = std::make_shared<Job>();
    job->message = message;
    job->done = std::move(done);
    attempt(job);
}

int HttpSmsGateway::backoffMs(int attemptsSoFar) const
{
    qint64 wait = m_config.initialBackoffMs;
    for (int i = 1; i < attemptsSoFar && wait < m_config.maxBackoffMs; ++i)
        wait *= 2;
    return int(std::min<qint64>(wait, m_config.maxBackoffMs));
}

void HttpSmsGateway::attempt(const std::shared_ptr<Job> &job)
{
    ++job->attempts;
    QNetworkRequest request(m_config.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_config.authorization.isEmpty())
        request.setRawHeader("Authorization", m_config.authorization);
    const QByteArray body = QJsonDocument(messageJson(job->message)).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);

    // Our own timer rather than the transfer timeout: it bounds the whole attempt, including a gateway
    // that accepts the connection and then never answers, and lets us tell a timeout from an abort.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_config.timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, job, timedOut] {
        timer->stop();
        reply->deleteLater();
        DeliveryResult result;
        result.attempts = job->attempts;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        result.response = QJsonDocument::fromJson(answer).object();
        bool retry = false;
        if (*timedOut) {
            result.reason = QStringLiteral("timeout");
            retry = true;
        } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.state = DeliveryState::Sent;
        } else if (result.httpStatus >= 500) {
            result.reason = QStringLiteral("http-%1").arg(result.httpStatus);
            retry = true;
        } else if (result.httpStatus > 0) {
            // 4xx (and an unfollowed 3xx): the request itself is refused and would be again.
            result.reason = QStringLiteral("http-%1").arg(result.httpStatus);
        } else {
            // No HTTP answer at all: refused, reset, DNS. Worth another try like a 5xx.
            result.reason = QStringLiteral("network: ") + reply->errorString();
            retry = true;
        }
        if (retry && job->attempts < m_config.maxAttempts) {
            const int wait = backoffMs(job->attempts);
            qCInfo(lcSms) << "sms" << job->message.reference << "attempt" << job->attempts
                          << "failed:" << result.reason << "- retrying in" << wait << "ms";
            QTimer::singleShot(wait, this, [this, job] { attempt(job); });
            return;
        }
        finish(job, result);
    });
}

void HttpSmsGateway::finish(const std::shared_ptr<Job> &job, DeliveryResult result)
{
    if (result.state == DeliveryState::Sent)
        qCInfo(lcSms) << "sms" << job->message.reference << "sent after" << result.attempts << "attempt(s)";
    else
        qCWarning(lcSms) << "sms" << job->message.reference << "failed after" << result.attempts
                         << "attempt(s):" << result.reason;
    if (job->done)
        job->done(result);
}

// ---- FileSmsSink --------------------------------------------------------------------------------

FileSmsSink::FileSmsSink(QString path, QObject *parent) : SmsGateway(parent), m_path(std::move(path)) {}

void FileSmsSink::send(const SmsMessage &message, Done done)
{
    DeliveryResult result;
    result.attempts = 1;
    QJsonObject line = messageJson(message);
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        result.reason = QStringLiteral("file: ") + f.errorString();
    } else {
        const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        if (f.write(bytes) != bytes.size() || !f.flush())
            result.reason = QStringLiteral("file: ") + f.errorString();
        else
            result.state = DeliveryState::Sent;
    }
    if (result.state != DeliveryState::Sent)
        qCWarning(lcSms) << "sms" << message.reference << "not written to" << m_path << ":" << result.reason;
    if (done)
        done(result);
}

}  // namespace cd::server
