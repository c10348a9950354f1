// Call recordings on the server over real WebSockets: an agent's recording arrives in chunks, is
// accepted only when its SHA-256 matches, lands in the recordings directory next to the database and
// is kept two years; after the connection drops mid-upload a new connection resumes at the bytes the
// server already has; a mismatching checksum is refused and the partial file discarded; playback
// (recording.fetch) is for the calling agent, the leads of their team, trainers and admins, each
// fetch audited, and refused (and audited) for anyone else.
#include "RecordingService.h"
#include "ServerFixture.h"

#include <QDir>
#include <QRandomGenerator>

using namespace cd;
using namespace cd::server;
using namespace cdtest;

class TestServerRecordings : public ServerFixture
{
    Q_OBJECT

    struct Call {
        QString opId;
        qint64 interactionId = 0;
    };

    /// `agent` records a call on a fresh task of theirs; returns its op and the server's interaction.
    Call recordCall(WsTestClient &c, const QString &agent)
    {
        Call call;
        call.opId = newOpId();
        const qint64 task = freshTask(agent);
        const QJsonObject res =
            push(c, {op(call.opId, QStringLiteral("interaction.record"), record(task, Outcome::NoAnswer))});
        if (firstResult(res).value(QStringLiteral("code")).toInt() != 0)
            return call;
        call.interactionId =
            scalar(QStringLiteral("SELECT id FROM interactions WHERE op_id = ?"), {call.opId}).toLongLong();
        return call;
    }

    static QByteArray audio(int bytes, quint32 seed)
    {
        QByteArray data(bytes, Qt::Uninitialized);
        QRandomGenerator gen(seed);
        for (char &ch : data)
            ch = char(gen.bounded(256));
        return data;
    }
    static QString sha(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    QJsonObject begin(WsTestClient &c, const Call &call, const QByteArray &data, const QString &declared = {})
    {
        return c.call(QStringLiteral("recording.begin"),
                      {{QStringLiteral("opId"), call.opId},
                       {QStringLiteral("sha256"), declared.isEmpty() ? sha(data) : declared},
                       {QStringLiteral("bytes"), data.size()},
                       {QStringLiteral("durationMs"), 5000}});
    }
    QJsonObject chunk(WsTestClient &c, qint64 recordingId, const QByteArray &data, qint64 offset, int size)
    {
        return c.call(QStringLiteral("recording.chunk"),
                      {{QStringLiteral("recordingId"), recordingId},
                       {QStringLiteral("offset"), offset},
                       {QStringLiteral("data"), QString::fromLatin1(data.mid(offset, size).toBase64())}});
    }
    /// Sends `data` from `from` to its end in chunks of `size`; true when every chunk was taken.
    bool sendFrom(WsTestClient &c, qint64 recordingId, const QByteArray &data, qint64 from, int size)
    {
        for (qint64 offset = from; offset < data.size(); offset += size) {
            const QJsonObject res = chunk(c, recordingId, data, offset, size);
            if (WsTestClient::code(res) != 0)
                return false;
            if (WsTestClient::body(res).value(QStringLiteral("received")).toInteger()
                != qMin<qint64>(offset + size, data.size()))
                return false;
        }
        return true;
    }
    QString recordingsDir() const { return QDir(m_dir.path()).filePath(QStringLiteral("recordings")); }

    /// agent01's call with an uploaded recording, for the playback tests.
    Call m_uploaded;
    QByteArray m_uploadedAudio;

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        QVERIFY(QFileInfo(recordingsDir()).isDir());  // the default: next to the database
    }

    void uploadsInChunksAndKeepsTwoYears()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        const Call call = recordCall(c, QStringLiteral("agent01"));
        QVERIFY(call.interactionId > 0);
        const QByteArray data = audio(300'000, 1);

        const QJsonObject begun = begin(c, call, data);
        QCOMPARE(WsTestClient::code(begun), 0);
        const qint64 recordingId = WsTestClient::body(begun).value(QStringLiteral("recordingId")).toInteger();
        QVERIFY(recordingId > 0);
        QCOMPARE(WsTestClient::body(begun).value(QStringLiteral("interactionId")).toInteger(), call.interactionId);
        QCOMPARE(WsTestClient::body(begun).value(QStringLiteral("received")).toInteger(), 0);
        QVERIFY(sendFrom(c, recordingId, data, 0, 64 * 1024));

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QJsonObject committed =
            c.call(QStringLiteral("recording.commit"), {{QStringLiteral("recordingId"), recordingId}});
        QCOMPARE(WsTestClient::code(committed), 0);
        const QDateTime retain = QDateTime::fromString(
            WsTestClient::body(committed).value(QStringLiteral("retainUntil")).toString(), Qt::ISODateWithMs);
        QVERIFY(retain.isValid());
        QVERIFY(qAbs(before.addDays(730).secsTo(retain)) < 60);

        QFile stored(QDir(recordingsDir()).filePath(QStringLiteral("%1.wav").arg(call.interactionId)));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), data);
        QVERIFY(!QFile::exists(stored.fileName() + QStringLiteral(".part")));
        QCOMPARE(scalar(QStringLiteral("SELECT complete FROM recordings WHERE id = ?"), {recordingId}).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT agent FROM recordings WHERE id = ?"), {recordingId}).toString(),
                 QStringLiteral("agent01"));

        // Everyone who syncs the customer learns that the call has a recording.
        bool seen = false;
        for (const QJsonObject &change : pullAll(c, 0)) {
            if (change.value(QStringLiteral("entity")) != QLatin1String("interaction")
                || change.value(QStringLiteral("id")).toInteger() != call.interactionId)
                continue;
            const std::optional<Interaction> i = proto::interactionFromJson(change.value(QStringLiteral("data")).toObject());
            QVERIFY(i);
            seen = i->recordingId == recordingId;
        }
        QVERIFY2(seen, "the last interaction change carries the recording");

        // A second begin of the same file (the commit's answer was lost) says it is complete.
        const QJsonObject again = begin(c, call, data);
        QCOMPARE(WsTestClient::code(again), 0);
        QCOMPARE(WsTestClient::body(again).value(QStringLiteral("complete")).toBool(), true);

        m_uploaded = call;
        m_uploadedAudio = data;
    }

    void resumesAfterTheConnectionDrops()
    {
        const QByteArray data = audio(200'000, 2);
        const int size = 50'000;
        Call call;
        qint64 recordingId = 0;
        {
            WsTestClient c;
            QVERIFY(c.open(m_url));
            QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent02"), Demo)), 0);
            call = recordCall(c, QStringLiteral("agent02"));
            QVERIFY(call.interactionId > 0);
            const QJsonObject begun = begin(c, call, data);
            QCOMPARE(WsTestClient::code(begun), 0);
            recordingId = WsTestClient::body(begun).value(QStringLiteral("recordingId")).toInteger();
            QCOMPARE(WsTestClient::code(chunk(c, recordingId, data, 0, size)), 0);
            QCOMPARE(WsTestClient::code(chunk(c, recordingId, data, size, size)), 0);
            c.socket.abort();  // the network goes mid-upload
        }
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent02"), Demo)), 0);
        const QJsonObject resumed = begin(c, call, data);
        QCOMPARE(WsTestClient::code(resumed), 0);
        QCOMPARE(WsTestClient::body(resumed).value(QStringLiteral("recordingId")).toInteger(), recordingId);
        QCOMPARE(WsTestClient::body(resumed).value(QStringLiteral("received")).toInteger(), 2 * size);
        // A chunk from the wrong place is refused: only the next bytes are taken.
        QCOMPARE(WsTestClient::code(chunk(c, recordingId, data, 0, size)), int(proto::StatusCode::Conflict));
        QVERIFY(sendFrom(c, recordingId, data, 2 * size, size));
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("recording.commit"),
                                           {{QStringLiteral("recordingId"), recordingId}})),
                 0);
        QFile stored(QDir(recordingsDir()).filePath(QStringLiteral("%1.wav").arg(call.interactionId)));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), data);
    }

    void refusesAChecksumMismatch()
    {
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent03"), Demo)), 0);
        const Call call = recordCall(c, QStringLiteral("agent03"));
        QVERIFY(call.interactionId > 0);
        const QByteArray data = audio(100'000, 3);
        const QJsonObject begun = begin(c, call, data, sha(audio(100'000, 4)));
        QCOMPARE(WsTestClient::code(begun), 0);
        const qint64 recordingId = WsTestClient::body(begun).value(QStringLiteral("recordingId")).toInteger();
        QVERIFY(sendFrom(c, recordingId, data, 0, 40'000));
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("recording.commit"),
                                           {{QStringLiteral("recordingId"), recordingId}})),
                 int(proto::StatusCode::ChecksumMismatch));
        const QString final = QDir(recordingsDir()).filePath(QStringLiteral("%1.wav").arg(call.interactionId));
        QVERIFY(!QFile::exists(final));
        QVERIFY(!QFile::exists(final + QStringLiteral(".part")));
        QCOMPARE(scalar(QStringLiteral("SELECT complete FROM recordings WHERE id = ?"), {recordingId}).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'recording.upload' AND code = ?"),
                        {int(proto::StatusCode::ChecksumMismatch)})
                     .toInt(),
                 1);
        // Starting over with the true checksum works from byte 0.
        const QJsonObject restarted = begin(c, call, data);
        QCOMPARE(WsTestClient::body(restarted).value(QStringLiteral("received")).toInteger(), 0);
        QVERIFY(sendFrom(c, recordingId, data, 0, 40'000));
        QCOMPARE(WsTestClient::code(c.call(QStringLiteral("recording.commit"),
                                           {{QStringLiteral("recordingId"), recordingId}})),
                 0);
    }

    void onlyTheCallingAgentUploads()
    {
        WsTestClient owner;
        QVERIFY(owner.open(m_url));
        QCOMPARE(WsTestClient::code(owner.login(QStringLiteral("agent01"), Demo)), 0);
        const Call call = recordCall(owner, QStringLiteral("agent01"));
        QVERIFY(call.interactionId > 0);
        WsTestClient other;
        QVERIFY(other.open(m_url));
        QCOMPARE(WsTestClient::code(other.login(QStringLiteral("agent02"), Demo)), 0);
        QCOMPARE(WsTestClient::code(begin(other, call, audio(1000, 5))), int(proto::StatusCode::Forbidden));
        // An op the server never applied: not found (the uploader retries later).
        QCOMPARE(WsTestClient::code(begin(owner, Call{newOpId(), 0}, audio(1000, 5))),
                 int(proto::StatusCode::NotFound));
    }

    void playbackByRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        QTest::newRow("the agent who made the call") << "agent01" << Demo << 0;
        QTest::newRow("another agent of the team") << "agent02" << Demo << int(proto::StatusCode::Forbidden);
        QTest::newRow("the lead of the agent's team") << "lead01" << Demo << 0;
        QTest::newRow("a lead of another team") << "lead02" << Pw << int(proto::StatusCode::Forbidden);
        QTest::newRow("a trainer") << "trainer01" << Pw << 0;
        QTest::newRow("an admin") << "admin01" << Pw << 0;
    }
    void playbackByRole()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, code);
        QVERIFY2(m_uploaded.interactionId > 0, "uploadsInChunksAndKeepsTwoYears ran first");
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(user, password)), 0);
        const auto audits = [&](int status) {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'recording.fetch' AND user = ? "
                                         "AND target = ? AND code = ?"),
                          {user, QStringLiteral("interaction:%1").arg(m_uploaded.interactionId), status})
                .toInt();
        };
        const int before = audits(code);
        QByteArray got;
        qint64 bytes = -1;
        for (int guard = 0; guard < 100 && got.size() != bytes; ++guard) {
            const QJsonObject res = c.call(QStringLiteral("recording.fetch"),
                                           {{QStringLiteral("interactionId"), m_uploaded.interactionId},
                                            {QStringLiteral("offset"), got.size()}});
            QCOMPARE(WsTestClient::code(res), code);
            if (code != 0)
                break;
            const QJsonObject body = WsTestClient::body(res);
            bytes = body.value(QStringLiteral("bytes")).toInteger();
            QCOMPARE(body.value(QStringLiteral("sha256")).toString(), sha(m_uploadedAudio));
            got += QByteArray::fromBase64(body.value(QStringLiteral("data")).toString().toLatin1());
        }
        if (code == 0)
            QCOMPARE(got, m_uploadedAudio);
        QCOMPARE(audits(code), before + 1);  // one audit row per playback, allowed or refused
    }

    // Last: it restarts the server. A recording past its retention and an upload abandoned for two
    // days go at start (and then every --recording-purge-minutes); a recording still within its
    // retention and an upload begun just now stay. Clients learn the purged call has no recording.
    void purgeRemovesWhatOutlivedItsRetention()
    {
        QVERIFY2(m_uploaded.interactionId > 0, "uploadsInChunksAndKeepsTwoYears ran first");
        WsTestClient c;
        QVERIFY(c.open(m_url));
        QCOMPARE(WsTestClient::code(c.login(QStringLiteral("agent01"), Demo)), 0);
        const auto upload = [&](const Call &call, const QByteArray &data) -> qint64 {
            const qint64 id = WsTestClient::body(begin(c, call, data)).value(QStringLiteral("recordingId")).toInteger();
            if (id <= 0 || !sendFrom(c, id, data, 0, 64 * 1024))
                return 0;
            const QJsonObject res = c.call(QStringLiteral("recording.commit"), {{QStringLiteral("recordingId"), id}});
            return WsTestClient::code(res) == 0 ? id : 0;
        };
        // An upload the agent's client never finished: one chunk of it.
        const auto partial = [&](const Call &call, const QByteArray &data) -> qint64 {
            const qint64 id = WsTestClient::body(begin(c, call, data)).value(QStringLiteral("recordingId")).toInteger();
            return id > 0 && WsTestClient::code(chunk(c, id, data, 0, 1000)) == 0 ? id : 0;
        };
        const Call expired = recordCall(c, QStringLiteral("agent01"));
        const Call abandoned = recordCall(c, QStringLiteral("agent01"));
        const Call fresh = recordCall(c, QStringLiteral("agent01"));
        QVERIFY(expired.interactionId > 0 && abandoned.interactionId > 0 && fresh.interactionId > 0);
        const qint64 expiredId = upload(expired, audio(50'000, 7));
        const qint64 abandonedId = partial(abandoned, audio(50'000, 8));
        const qint64 freshId = partial(fresh, audio(50'000, 9));
        QVERIFY(expiredId > 0 && abandonedId > 0 && freshId > 0);
        const QDir dir(recordingsDir());
        const QString expiredFile = dir.filePath(QStringLiteral("%1.wav").arg(expired.interactionId));
        const QString abandonedFile = dir.filePath(QStringLiteral("%1.wav.part").arg(abandoned.interactionId));
        const QString freshFile = dir.filePath(QStringLiteral("%1.wav.part").arg(fresh.interactionId));
        const QString keptFile = dir.filePath(QStringLiteral("%1.wav").arg(m_uploaded.interactionId));
        for (const QString &f : {expiredFile, abandonedFile, freshFile, keptFile})
            QVERIFY2(QFile::exists(f), qPrintable(f));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        scalar(QStringLiteral("UPDATE recordings SET retain_until = ? WHERE id = ?"),
               {proto::isoUtc(now.addDays(-1)), expiredId});
        scalar(QStringLiteral("UPDATE recordings SET created_at = ? WHERE id = ?"),
               {proto::isoUtc(now.addSecs(-3600LL * (RecordingService::AbandonedUploadHours + 1))), abandonedId});
        c.socket.close();

        // The server stops and starts again on the same database: the purge runs at start.
        const QString database = QStringLiteral("sqlite:") + m_dbPath;
        m_server->stop(0);
        m_server = std::make_unique<Server>();
        ServerConfig config;
        config.database = database;
        config.policy = aroundTheClock();
        const Result<void> started = m_server->start(config);
        QVERIFY2(started.ok(), qPrintable(started.error().detail));
        m_url = urlOf(*m_server);
        const auto rows = [&](qint64 id) {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE id = ?"), {id}).toInt();
        };
        QTRY_COMPARE(rows(expiredId), 0);
        QTRY_COMPARE(rows(abandonedId), 0);
        QCOMPARE(rows(freshId), 1);
        QVERIFY(!QFile::exists(expiredFile));
        QVERIFY(!QFile::exists(abandonedFile));
        QVERIFY(QFile::exists(freshFile));
        QVERIFY(QFile::exists(keptFile));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE interaction_id = ?"),
                        {m_uploaded.interactionId})
                     .toInt(),
                 1);
        const auto purged = [&](const QString &reason, qint64 interactionId) {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'recording.purge' AND user = "
                                         "'server' AND target = ? AND detail LIKE ?"),
                          {QStringLiteral("interaction:%1").arg(interactionId),
                           QStringLiteral("%\"reason\":\"%1\"%").arg(reason)})
                .toInt();
        };
        QCOMPARE(purged(QStringLiteral("retention"), expired.interactionId), 1);
        QCOMPARE(purged(QStringLiteral("abandoned"), abandoned.interactionId), 1);

        // The purged call's last change says it has no recording any more; playing it is refused.
        WsTestClient again;
        QVERIFY(again.open(m_url));
        QCOMPARE(WsTestClient::code(again.login(QStringLiteral("agent01"), Demo)), 0);
        std::optional<Interaction> last;
        for (const QJsonObject &change : pullAll(again, 0))
            if (change.value(QStringLiteral("entity")) == QLatin1String("interaction")
                && change.value(QStringLiteral("id")).toInteger() == expired.interactionId)
                last = proto::interactionFromJson(change.value(QStringLiteral("data")).toObject());
        QVERIFY(last);
        QCOMPARE(last->recordingId, 0);
        const QJsonObject fetched = again.call(QStringLiteral("recording.fetch"),
                                               {{QStringLiteral("interactionId"), expired.interactionId},
                                                {QStringLiteral("offset"), 0}});
        QVERIFY(WsTestClient::code(fetched) != 0);
    }
};

QTEST_GUILESS_MAIN(TestServerRecordings)
#include "tst_serverrecordings.moc"
