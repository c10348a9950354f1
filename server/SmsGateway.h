#pragma once
// Sending SMS from the server: SmsGateway is the adapter interface the SMS service talks to, with two
// implementations. HttpSmsGateway POSTs {to, text, reference} as JSON to the operator's HTTP endpoint,
// retrying with a growing backoff on 5xx answers, timeouts and network errors (never on 4xx: the
// request itself is wrong and would fail again). FileSmsSink appends one JSON line per message to a file:
// the default for demo mode and tests, where no message may leave the machine.
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cd::server {

struct SmsMessage {
    QString to;         ///< E.164 or national number, as stored on the phone
    QString text;       ///< rendered template text
    QString reference;  ///< our id for the send (idempotency key at the gateway, shown in its reports)
};

struct DeliveryResult;

class SmsGateway : public QObject
{
    Q_OBJECT
public:
    /// Stored and logged as its key. (A class enum: cd::server's namespace meta-object lives in
    /// ServerTypes.h.)
    enum class DeliveryState { Sent, Failed };
    Q_ENUM(DeliveryState)

    using Done = std::function<void(const DeliveryResult &)>;

    using QObject::QObject;
    ~SmsGateway() override = default;

    /// Sends `message`; `done` is called exactly once with the outcome, possibly before send() returns
    /// (FileSmsSink) or later from the event loop (HttpSmsGateway).
    virtual void send(const SmsMessage &message, Done done) = 0;
};
using DeliveryState = SmsGateway::DeliveryState;

/// What became of one send. `reason` is a machine-readable slug with detail for the log
/// ("http-500", "http-400", "timeout", "network: Connection refused", "file: Permission denied"); empty
/// when sent. The client maps states, not reasons, to text.
struct DeliveryResult {
    DeliveryState state = DeliveryState::Failed;
    QString reason;
    int attempts = 0;
    int httpStatus = 0;    ///< of the last attempt; 0 when there was no HTTP answer
    QJsonObject response;  ///< the gateway's JSON answer when it gave one (e.g. its message id)
};

struct HttpSmsGatewayConfig {
    QUrl url;                     ///< where to POST
    QByteArray authorization;     ///< Authorization header value; empty = none
    int timeoutMs = 10000;        ///< per attempt, from request to the complete answer
    int maxAttempts = 3;          ///< including the first
    int initialBackoffMs = 1000;  ///< wait before the second attempt; doubles each retry
    int maxBackoffMs = 30000;
};

class HttpSmsGateway : public SmsGateway
{
    Q_OBJECT
public:
    explicit HttpSmsGateway(HttpSmsGatewayConfig config, QObject *parent = nullptr);
    ~HttpSmsGateway() override;

    void send(const SmsMessage &message, Done done) override;

    const HttpSmsGatewayConfig &config() const { return m_config; }

private:
    struct Job;
    void attempt(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job, DeliveryResult result);
    int backoffMs(int attemptsSoFar) const;

    HttpSmsGatewayConfig m_config;
    QNetworkAccessManager *m_network;
};

class FileSmsSink : public SmsGateway
{
    Q_OBJECT
public:
    explicit FileSmsSink(QString path, QObject *parent = nullptr);

    /// Appends {"ts","to","text","reference"} as one line; Failed with "file: ..." when it cannot write.
    void send(const SmsMessage &message, Done done) override;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

}  // namespace cd::server
