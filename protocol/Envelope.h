#pragma once
// The JSON envelope of every WebSocket text frame:
//   {"v":1,"kind":"req"|"res"|"evt","type":"task.claim","id":"<uuid>","ts":"<ISO-8601 UTC>","body":{...}}
// Responses echo type and id and add "status":{"code":0} or {"code":3002,"error":"invalid-value"}.
#include "Status.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace cd::proto {

enum class Kind { Request, Response, Event };

struct Envelope {
    Kind kind = Kind::Request;
    QString type;
    QString id;
    QDateTime ts;
    QJsonObject body;
    StatusCode status = StatusCode::Ok;  ///< responses only
    QString error;                       ///< responses only: slug, empty when ok

    static Envelope request(const QString &type, const QJsonObject &body, const QString &id = {});
    static Envelope event(const QString &type, const QJsonObject &body);
    /// A response to `req` with `body` (ok) or an error code.
    static Envelope response(const Envelope &req, const QJsonObject &body = {});
    static Envelope failure(const Envelope &req, StatusCode code);
    bool ok() const { return status == StatusCode::Ok; }
};

QByteArray encode(const Envelope &e);

/// Result of decoding a frame. On failure `code` says why; `id`/`type` are filled when they could be
/// read, so the error can still be answered to the right request.
struct Decoded {
    std::optional<Envelope> envelope;
    StatusCode code = StatusCode::Ok;
    QString id;
    QString type;
};

/// Checks the envelope only (version, kind, fields, types, size); the type catalogue is checked by
/// the receiver (Messages.h). `expectKind` rejects other kinds with WrongKind.
Decoded decode(const QByteArray &frame, const Limits &limits = {}, std::optional<Kind> expectKind = {});

/// A response frame for a request that could not be decoded (id may be empty).
QByteArray encodeError(const Decoded &d);

QString newId();  ///< UUID without braces

} // namespace cd::proto
