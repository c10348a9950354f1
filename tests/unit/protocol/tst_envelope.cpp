// The envelope every WebSocket text frame carries: what a malformed frame is answered with, what a
// good one decodes to, and the status codes and slugs the client translates.
#include "Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace cd::proto;

Q_DECLARE_METATYPE(cd::proto::Envelope)

namespace {

const QString kId = QStringLiteral("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d");
const QString kType = QStringLiteral("sync.pull");
constexpr int kAnyKind = -1;

QJsonObject validRequest()
{
    return {{QStringLiteral("v"), 1},
            {QStringLiteral("kind"), QStringLiteral("req")},
            {QStringLiteral("type"), kType},
            {QStringLiteral("id"), kId},
            {QStringLiteral("ts"), QStringLiteral("2026-11-22T10:00:00.000Z")},
            {QStringLiteral("body"), QJsonObject{{QStringLiteral("since"), 42}}}};
}

QJsonObject validResponse()
{
    QJsonObject o = validRequest();
    o.insert(QStringLiteral("kind"), QStringLiteral("res"));
    o.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), 0}});
    return o;
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    o.insert(QLatin1String(key), value);
    return o;
}

QJsonObject without(QJsonObject o, const char *key)
{
    o.remove(QLatin1String(key));
    return o;
}

QByteArray frameOf(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

/// A valid request frame of exactly `size` bytes (the body carries padding).
QByteArray frameOfSize(qint64 size)
{
    QJsonObject o = validRequest();
    const qint64 bare = frameOf(with(o, "body", QJsonObject{{QStringLiteral("pad"), QString()}})).size();
    o.insert(QStringLiteral("body"),
             QJsonObject{{QStringLiteral("pad"), QString(int(size - bare), QLatin1Char('x'))}});
    const QByteArray frame = frameOf(o);
    Q_ASSERT(frame.size() == size);
    return frame;
}

std::optional<Kind> kindOf(int k)
{
    return k == kAnyKind ? std::nullopt : std::optional<Kind>(static_cast<Kind>(k));
}

const QRegularExpression kIsoUtcMs(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

}  // namespace

class tst_Envelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- malformed frames: rejected with a code, and still answerable ----
    void decodeRejects_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("expectKind");
        QTest::addColumn<qint64>("maxFrameBytes");
        QTest::addColumn<StatusCode>("code");
        QTest::addColumn<QString>("id");  // what Decoded keeps for the answer
        QTest::addColumn<QString>("type");

        const qint64 max = Limits{}.maxFrameBytes;
        const int req = int(Kind::Request);
        const QJsonObject r = validRequest();
        const QString none;

        QTest::newRow("empty frame") << QByteArray() << kAnyKind << max << StatusCode::MalformedJson << none
                                     << none;
        QTest::newRow("whitespace only")
            << QByteArray("  \n") << kAnyKind << max << StatusCode::MalformedJson << none << none;
        QTest::newRow("not JSON") << QByteArray("hello") << kAnyKind << max << StatusCode::MalformedJson
                                  << none << none;
        QTest::newRow("JSON array") << QByteArray("[") + frameOf(r) + "]" << kAnyKind << max
                                    << StatusCode::MalformedJson << none << none;
        QTest::newRow("JSON string") << QByteArray("\"sync.pull\"") << kAnyKind << max
                                     << StatusCode::MalformedJson << none << none;
        QTest::newRow("JSON number") << QByteArray("1") << kAnyKind << max << StatusCode::MalformedJson
                                     << none << none;
        QTest::newRow("JSON null") << QByteArray("null") << kAnyKind << max << StatusCode::MalformedJson
                                   << none << none;
        QTest::newRow("truncated object")
            << frameOf(r).chopped(3) << kAnyKind << max << StatusCode::MalformedJson << none << none;

        QTest::newRow("missing v") << frameOf(without(r, "v")) << kAnyKind << max << StatusCode::MissingField
                                   << kId << kType;
        QTest::newRow("missing kind")
            << frameOf(without(r, "kind")) << kAnyKind << max << StatusCode::MissingField << kId << kType;
        QTest::newRow("missing type")
            << frameOf(without(r, "type")) << kAnyKind << max << StatusCode::MissingField << kId << none;
        QTest::newRow("missing id") << frameOf(without(r, "id")) << kAnyKind << max
                                    << StatusCode::MissingField << none << kType;
        QTest::newRow("missing body")
            << frameOf(without(r, "body")) << kAnyKind << max << StatusCode::MissingField << kId << kType;

        QTest::newRow("v as string") << frameOf(with(r, "v", QStringLiteral("1"))) << kAnyKind << max
                                     << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("v null") << frameOf(with(r, "v", QJsonValue())) << kAnyKind << max
                                << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("v = 2") << frameOf(with(r, "v", 2)) << kAnyKind << max
                               << StatusCode::UnsupportedVersion << kId << kType;
        QTest::newRow("v = 0") << frameOf(with(r, "v", 0)) << kAnyKind << max
                               << StatusCode::UnsupportedVersion << kId << kType;
        QTest::newRow("v = 1.5") << frameOf(with(r, "v", 1.5)) << kAnyKind << max
                                 << StatusCode::UnsupportedVersion << kId << kType;

        QTest::newRow("kind unknown") << frameOf(with(r, "kind", QStringLiteral("request"))) << kAnyKind
                                      << max << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("kind as number")
            << frameOf(with(r, "kind", 1)) << kAnyKind << max << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("kind res when expecting Request")
            << frameOf(validResponse()) << req << max << StatusCode::WrongKind << kId << kType;
        QTest::newRow("kind evt when expecting Request")
            << frameOf(with(r, "kind", QStringLiteral("evt"))) << req << max << StatusCode::WrongKind << kId
            << kType;
        QTest::newRow("kind req when expecting Response")
            << frameOf(r) << int(Kind::Response) << max << StatusCode::WrongKind << kId << kType;

        QTest::newRow("id as number")
            << frameOf(with(r, "id", 42)) << kAnyKind << max << StatusCode::WrongFieldType << none << kType;
        QTest::newRow("id null") << frameOf(with(r, "id", QJsonValue())) << kAnyKind << max
                                 << StatusCode::WrongFieldType << none << kType;
        QTest::newRow("empty id in a request") << frameOf(with(r, "id", QString())) << kAnyKind << max
                                               << StatusCode::MissingField << none << kType;
        QTest::newRow("empty id in an event")
            << frameOf(with(with(r, "kind", QStringLiteral("evt")), "id", QString())) << kAnyKind << max
            << StatusCode::MissingField << none << kType;
        QTest::newRow("empty id in an ok response")
            << frameOf(with(validResponse(), "id", QString())) << kAnyKind << max << StatusCode::MissingField
            << none << kType;
        // Too long to echo: the answer carries no id rather than one the client's decoder rejects.
        QTest::newRow("id of 65 chars") << frameOf(with(r, "id", QString(65, QLatin1Char('a')))) << kAnyKind
                                        << max << StatusCode::MissingField << none << kType;

        QTest::newRow("type as number")
            << frameOf(with(r, "type", 7)) << kAnyKind << max << StatusCode::WrongFieldType << kId << none;
        QTest::newRow("empty type") << frameOf(with(r, "type", QString())) << kAnyKind << max
                                    << StatusCode::MissingField << kId << none;
        QTest::newRow("type of 65 chars") << frameOf(with(r, "type", QString(65, QLatin1Char('t'))))
                                          << kAnyKind << max << StatusCode::MissingField << kId << none;

        QTest::newRow("body as array") << frameOf(with(r, "body", QJsonArray{1, 2})) << kAnyKind << max
                                       << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("body as string") << frameOf(with(r, "body", QStringLiteral("{}"))) << kAnyKind << max
                                        << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("body null") << frameOf(with(r, "body", QJsonValue())) << kAnyKind << max
                                   << StatusCode::WrongFieldType << kId << kType;

        // Too large to be parsed at all: nothing is read from it.
        QTest::newRow("oversize: maxFrameBytes + 1")
            << frameOfSize(257) << kAnyKind << qint64(256) << StatusCode::FrameTooLarge << none << none;

        const QJsonObject res = validResponse();
        QTest::newRow("response without status") << frameOf(without(res, "status")) << kAnyKind << max
                                                 << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("response status as number") << frameOf(with(res, "status", 0)) << kAnyKind << max
                                                   << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("response status without code")
            << frameOf(
                   with(res, "status", QJsonObject{{QStringLiteral("error"), QStringLiteral("conflict")}}))
            << kAnyKind << max << StatusCode::WrongFieldType << kId << kType;
        QTest::newRow("response status code as string")
            << frameOf(with(res, "status", QJsonObject{{QStringLiteral("code"), QStringLiteral("3002")}}))
            << kAnyKind << max << StatusCode::WrongFieldType << kId << kType;
        // 3002.5 must not be read as 0 (ok).
        QTest::newRow("response status code fractional")
            << frameOf(with(res, "status", QJsonObject{{QStringLiteral("code"), 3002.5}})) << kAnyKind << max
            << StatusCode::WrongFieldType << kId << kType;
    }

    void decodeRejects()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, expectKind);
        QFETCH(qint64, maxFrameBytes);
        QFETCH(StatusCode, code);
        QFETCH(QString, id);
        QFETCH(QString, type);

        Limits limits;
        limits.maxFrameBytes = maxFrameBytes;
        const Decoded d = decode(frame, limits, kindOf(expectKind));
        QVERIFY(!d.envelope.has_value());
        QCOMPARE(d.code, code);
        QCOMPARE(d.id, id);
        QCOMPARE(d.type, type);

        // The receiver answers it with encodeError: a response the peer's decoder accepts, carrying the
        // code, its slug and the id and type when they could be read.
        const Decoded answer = decode(encodeError(d), {}, Kind::Response);
        QCOMPARE(answer.code, StatusCode::Ok);
        QVERIFY(answer.envelope.has_value());
        QCOMPARE(answer.envelope->status, code);
        QCOMPARE(answer.envelope->error, slug(code));
        QVERIFY(!answer.envelope->ok());
        QCOMPARE(answer.envelope->id, id);
        QCOMPARE(answer.envelope->type, type.isEmpty() ? QStringLiteral("error") : type);
        QVERIFY(answer.envelope->body.isEmpty());
    }

    void frameSizeLimit_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<StatusCode>("code");
        QTest::newRow("one byte under the limit") << qint64(1023) << StatusCode::Ok;
        QTest::newRow("exactly the limit") << qint64(1024) << StatusCode::Ok;
        QTest::newRow("one byte over the limit") << qint64(1025) << StatusCode::FrameTooLarge;
    }

    void frameSizeLimit()
    {
        QFETCH(qint64, size);
        QFETCH(StatusCode, code);
        Limits limits;
        limits.maxFrameBytes = 1024;
        const Decoded d = decode(frameOfSize(size), limits, Kind::Request);
        QCOMPARE(d.code, code);
        QCOMPARE(d.envelope.has_value(), code == StatusCode::Ok);
    }

    // ---- frames that are fine, including the edges ----
    void decodeAccepts_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("expectKind");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<StatusCode>("status");

        const QJsonObject r = validRequest();
        const QJsonObject res = validResponse();
        const int req = int(Kind::Request);
        const QString id64(64, QLatin1Char('a'));
        const QJsonObject invalidValue{{QStringLiteral("code"), 3002},
                                       {QStringLiteral("error"), QStringLiteral("invalid-value")}};

        QTest::newRow("request") << frameOf(r) << req << req << kId << StatusCode::Ok;
        QTest::newRow("request, any kind expected") << frameOf(r) << kAnyKind << req << kId << StatusCode::Ok;
        QTest::newRow("v written as 1.0")
            << QByteArray(frameOf(r)).replace("\"v\":1", "\"v\":1.0") << req << req << kId << StatusCode::Ok;
        QTest::newRow("without ts") << frameOf(without(r, "ts")) << req << req << kId << StatusCode::Ok;
        QTest::newRow("unknown keys ignored")
            << frameOf(with(r, "x-trace", QStringLiteral("abc"))) << req << req << kId << StatusCode::Ok;
        QTest::newRow("id of 64 chars")
            << frameOf(with(r, "id", id64)) << req << req << id64 << StatusCode::Ok;
        QTest::newRow("type of 64 chars")
            << frameOf(with(r, "type", QString(64, QLatin1Char('t')))) << req << req << kId << StatusCode::Ok;
        QTest::newRow("event") << frameOf(with(r, "kind", QStringLiteral("evt"))) << int(Kind::Event)
                               << int(Kind::Event) << kId << StatusCode::Ok;
        QTest::newRow("ok response") << frameOf(res) << int(Kind::Response) << int(Kind::Response) << kId
                                     << StatusCode::Ok;
        QTest::newRow("error response") << frameOf(with(res, "status", invalidValue)) << int(Kind::Response)
                                        << int(Kind::Response) << kId << StatusCode::InvalidValue;
        // The answer to a frame whose id could not be read (binary, not JSON).
        QTest::newRow("error response without id")
            << frameOf(with(with(res, "status", invalidValue), "id", QString())) << int(Kind::Response)
            << int(Kind::Response) << QString() << StatusCode::InvalidValue;
    }

    void decodeAccepts()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, expectKind);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(StatusCode, status);

        const Decoded d = decode(frame, {}, kindOf(expectKind));
        QCOMPARE(d.code, StatusCode::Ok);
        QVERIFY(d.envelope.has_value());
        QCOMPARE(int(d.envelope->kind), kind);
        QCOMPARE(d.envelope->id, id);
        QCOMPARE(d.envelope->status, status);
    }

    // ---- encode -> decode ----
    void roundTrip_data()
    {
        QTest::addColumn<Envelope>("envelope");
        QTest::addColumn<QString>("kindKey");
        QTest::addColumn<QString>("ts");  // as it must appear on the wire

        // 18:00:00.123 in Beijing is 10:00:00.123 UTC.
        const QDateTime beijing(QDate(2026, 11, 22), QTime(18, 0, 0, 123), Qt::OffsetFromUTC, 8 * 3600);
        const QString wireTs = QStringLiteral("2026-11-22T10:00:00.123Z");

        Envelope req = Envelope::request(
            QStringLiteral("sync.push"),
            {{QStringLiteral("ops"), QJsonArray{QJsonObject{{QStringLiteral("opId"), kId}}}}}, kId);
        req.ts = beijing;
        QTest::newRow("request") << req << QStringLiteral("req") << wireTs;

        Envelope chinese = Envelope::request(QStringLiteral("agent.setState"),
                                             {{QStringLiteral("state"), QStringLiteral("NotReady")},
                                              {QStringLiteral("reason"), QStringLiteral("午休 ☕")}});
        chinese.ts = beijing;
        QTest::newRow("request with Chinese text in the body") << chinese << QStringLiteral("req") << wireTs;

        Envelope ok =
            Envelope::response(req, {{QStringLiteral("revision"), 7}, {QStringLiteral("more"), false}});
        ok.ts = beijing;
        QTest::newRow("ok response") << ok << QStringLiteral("res") << wireTs;

        Envelope reassigned = Envelope::failure(req, StatusCode::TaskReassigned);
        reassigned.ts = beijing.toUTC();
        QTest::newRow("failure response: code and slug") << reassigned << QStringLiteral("res") << wireTs;

        Envelope server = Envelope::failure(req, StatusCode::Unavailable);
        server.ts = beijing;
        QTest::newRow("failure response: server band") << server << QStringLiteral("res") << wireTs;

        Envelope evt = Envelope::event(QStringLiteral("task.updated"),
                                       {{QStringLiteral("revision"), 12},
                                        {QStringLiteral("taskId"), 5},
                                        {QStringLiteral("customerId"), 3},
                                        {QStringLiteral("status"), QStringLiteral("Done")}});
        evt.ts = beijing;
        QTest::newRow("event") << evt << QStringLiteral("evt") << wireTs;
    }

    void roundTrip()
    {
        QFETCH(Envelope, envelope);
        QFETCH(QString, kindKey);
        QFETCH(QString, ts);

        const QByteArray frame = encode(envelope);
        QVERIFY2(!frame.contains('\n'), frame.constData());

        // The wire shape.
        const QJsonObject raw = QJsonDocument::fromJson(frame).object();
        QCOMPARE(raw.value(QStringLiteral("v")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("kind")).toString(), kindKey);
        QCOMPARE(raw.value(QStringLiteral("type")).toString(), envelope.type);
        QCOMPARE(raw.value(QStringLiteral("id")).toString(), envelope.id);
        QCOMPARE(raw.value(QStringLiteral("ts")).toString(), ts);
        QCOMPARE(raw.value(QStringLiteral("body")).toObject(), envelope.body);
        if (envelope.kind == Kind::Response) {
            const QJsonObject status = raw.value(QStringLiteral("status")).toObject();
            QCOMPARE(status.value(QStringLiteral("code")).toInt(-1), int(envelope.status));
            if (envelope.ok())
                QVERIFY(!status.contains(QStringLiteral("error")));
            else
                QCOMPARE(status.value(QStringLiteral("error")).toString(), slug(envelope.status));
        } else {
            QVERIFY(!raw.contains(QStringLiteral("status")));
        }

        // And back.
        const Decoded d = decode(frame, {}, envelope.kind);
        QCOMPARE(d.code, StatusCode::Ok);
        QVERIFY(d.envelope.has_value());
        const Envelope &e = *d.envelope;
        QCOMPARE(e.kind, envelope.kind);
        QCOMPARE(e.type, envelope.type);
        QCOMPARE(e.id, envelope.id);
        QCOMPARE(e.body, envelope.body);
        QCOMPARE(e.status, envelope.status);
        QCOMPARE(e.error,
                 envelope.kind == Kind::Response && !envelope.ok() ? slug(envelope.status) : QString());
        QCOMPARE(e.ts, envelope.ts);  // same instant, to the millisecond
        QCOMPARE(e.ts.timeSpec(), Qt::UTC);
    }

    void encodeStampsCurrentTimeWhenTsUnset()
    {
        Envelope e = Envelope::request(QStringLiteral("ping"), {});
        e.ts = QDateTime();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const QString ts = QJsonDocument::fromJson(encode(e)).object().value(QStringLiteral("ts")).toString();
        QVERIFY2(kIsoUtcMs.match(ts).hasMatch(), qPrintable(ts));
        const QDateTime stamped = QDateTime::fromString(ts, Qt::ISODateWithMs);
        QVERIFY(stamped >= before);
        QVERIFY(stamped <= QDateTime::currentDateTimeUtc());
    }

    void factoriesFillIdsAndEchoThem()
    {
        const Envelope req = Envelope::request(QStringLiteral("sync.pull"), {{QStringLiteral("since"), 0}});
        QVERIFY(!QUuid::fromString(req.id).isNull());
        QCOMPARE(req.kind, Kind::Request);
        QVERIFY(req.ts.isValid());
        QCOMPARE(Envelope::request(QStringLiteral("ping"), {}, kId).id, kId);

        const Envelope res = Envelope::response(req, {{QStringLiteral("revision"), 1}});
        QCOMPARE(res.kind, Kind::Response);
        QCOMPARE(res.id, req.id);
        QCOMPARE(res.type, req.type);
        QVERIFY(res.ok());
        QVERIFY(res.error.isEmpty());

        const Envelope fail = Envelope::failure(req, StatusCode::Forbidden);
        QCOMPARE(fail.id, req.id);
        QCOMPARE(fail.type, req.type);
        QCOMPARE(fail.status, StatusCode::Forbidden);
        QCOMPARE(fail.error, QStringLiteral("forbidden"));
        QVERIFY(!fail.ok());
        QVERIFY(fail.body.isEmpty());

        const Envelope evt = Envelope::event(QStringLiteral("task.assigned"), {});
        QCOMPARE(evt.kind, Kind::Event);
        QVERIFY(evt.id != Envelope::event(QStringLiteral("task.assigned"), {}).id);
    }

    void newIdIsABracelessUniqueUuid()
    {
        const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString id = newId();
            QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
            QVERIFY(!QUuid::fromString(id).isNull());
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
    }

    // ---- status codes ----
    void slugsAreDistinctAndStable()
    {
        const QMetaEnum codes = QMetaEnum::fromType<StatusCode>();
        const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
        QSet<QString> seen;
        for (int i = 0; i < codes.keyCount(); ++i) {
            const auto code = static_cast<StatusCode>(codes.value(i));
            const QString s = slug(code);
            QVERIFY2(kebab.match(s).hasMatch(), codes.key(i));
            QVERIFY2(s != QLatin1String("unknown"), codes.key(i));
            QVERIFY2(!seen.contains(s), qPrintable(QStringLiteral("%1 reuses %2").arg(codes.key(i), s)));
            seen.insert(s);
        }
        QCOMPARE(seen.size(), codes.keyCount());
        QVERIFY(codes.keyCount() >= 26);
        // Spot checks of the documented spelling.
        QCOMPARE(slug(StatusCode::Ok), QStringLiteral("ok"));
        QCOMPARE(slug(StatusCode::MalformedJson), QStringLiteral("malformed-json"));
        QCOMPARE(slug(StatusCode::TaskReassigned), QStringLiteral("task-reassigned"));
        QCOMPARE(slug(static_cast<StatusCode>(9999)), QStringLiteral("unknown"));
    }

    void codesSitInTheirBands()
    {
        const QMetaEnum codes = QMetaEnum::fromType<StatusCode>();
        QSet<int> values;
        for (int i = 0; i < codes.keyCount(); ++i) {
            const int v = codes.value(i);
            QVERIFY2(v == 0 || (v >= 1001 && v <= 5999 && v % 1000 != 0), codes.key(i));
            QVERIFY2(!values.contains(v), codes.key(i));
            values.insert(v);
        }
        const QMetaEnum close = QMetaEnum::fromType<CloseCode>();
        QSet<int> closeValues;
        for (int i = 0; i < close.keyCount(); ++i) {
            const int v = close.value(i);
            QVERIFY2(v >= 4000 && v <= 4999, close.key(i));
            QVERIFY2(!closeValues.contains(v), close.key(i));
            closeValues.insert(v);
        }
    }

    void isRetryable_data()
    {
        QTest::addColumn<StatusCode>("code");
        QTest::addColumn<bool>("retryable");
        const QMetaEnum codes = QMetaEnum::fromType<StatusCode>();
        for (int i = 0; i < codes.keyCount(); ++i) {
            const auto code = static_cast<StatusCode>(codes.value(i));
            // The contract: the server band, and the two "slow down" codes. Everything else is final.
            const bool retryable = codes.value(i) / 1000 == 5 || code == StatusCode::RateLimited
                || code == StatusCode::TooManyInFlight;
            QTest::addRow("%d %s", codes.value(i), codes.key(i)) << code << retryable;
        }
    }

    void isRetryable()
    {
        QFETCH(StatusCode, code);
        QFETCH(bool, retryable);
        QCOMPARE(cd::proto::isRetryable(code), retryable);
    }
};

QTEST_GUILESS_MAIN(tst_Envelope)
#include "tst_envelope.moc"
