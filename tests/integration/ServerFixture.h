#pragma once
// The shared fixture of the server integration tests: a Server in-process on a free loopback port over
// a temporary SQLite file, seeded with two teams (north: agent01..03, north04, lead01 and 90 demo
// debtors; south: south01, lead02 and one real debtor), a trainer and an admin; plus helpers to reach
// the database behind the server's back, build operations and pull everything. The server checks
// recorded calls against an around-the-clock compliance policy unless a test asks for another, so
// tests that record at the wall clock's time pass at any hour.
#include "ChangeLog.h"
#include "Codec.h"
#include "DemoSeeding.h"
#include "PasswordHasher.h"
#include "Server.h"
#include "SqliteStorage.h"
#include "TaskService.h"
#include "WsTestClient.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeZone>

namespace cdtest {

using namespace cd;
using namespace cd::server;

inline namespace fixture {

inline const QString Demo = QStringLiteral("demo");
inline const QString Pw = QStringLiteral("pw-9s!x");

inline QJsonObject op(const QString &opId, const QString &type, const QJsonObject &body)
{
    return {{QStringLiteral("opId"), opId}, {QStringLiteral("type"), type}, {QStringLiteral("body"), body}};
}

inline QString newOpId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

/// A compliance policy that never refuses for the time, a cap or a third party (flags and number
/// statuses still apply): for tests about something else that record at the wall clock's time.
inline compliance::Policy aroundTheClock()
{
    compliance::Policy p;
    p.windowStart = QTime(0, 0);
    p.windowEnd = compliance::Policy::endOfDay();
    p.maxUnansweredPerNumberPerDay = 1'000'000;
    p.maxConversationsPerDebtorPerDay = 1'000'000;
    p.maxAttemptsInRollingWindow = 0;
    p.minMinutesAfterConversation = 0;
    p.ownFailuresBeforeThirdParty = 0;
    return p;
}

}  // namespace fixture

class ServerFixture : public QObject
{
    Q_OBJECT

protected:
    SqliteStorage &db() { return dynamic_cast<SqliteStorage &>(m_server->storage()); }
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db().db());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    Viewer viewer(const QString &username)
    {
        return Viewer::of(*m_server->storage().userByName(username).value());
    }

    /// An open task of `assignee` no other test has used yet, of a debtor who may be called (no
    /// do-not-call, dispute or hardship flag: the server would refuse any call recorded there).
    qint64 freshTask(const QString &assignee)
    {
        QSqlQuery q(db().db());
        q.prepare(
            QStringLiteral("SELECT t.id FROM tasks t JOIN customers c ON c.id = t.customer_id "
                           "WHERE t.assignee = ? AND t.status = 'Open' AND (c.flags & %1) = 0 ORDER BY t.id")
                .arg(int(CustomerFlag::DoNotCall) | int(CustomerFlag::Dispute)
                     | int(CustomerFlag::HardshipHold)));
        q.bindValue(0, assignee);
        if (!q.exec())
            return 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!m_usedTasks.contains(id)) {
                m_usedTasks.insert(id);
                return id;
            }
        }
        return 0;
    }
    qint64 customerOf(qint64 taskId) { return m_server->storage().task(taskId).value()->task.customerId; }

    QJsonObject record(qint64 taskId, Outcome outcome)
    {
        proto::InteractionRecord r;
        r.taskId = taskId;
        r.customerId = customerOf(taskId);
        r.outcome = outcome;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Two minutes ago, but never on the day before: the floor board counts a call on the day it
        // started (its zone is this machine's), and a test run just after midnight must still see it.
        const QDateTime midnight = now.toLocalTime().date().startOfDay().toUTC();
        r.startedAt = std::max(now.addSecs(-120), midnight);
        r.endedAt = std::max(now.addSecs(-60), r.startedAt);
        r.recordedAt = now;
        r.note = QStringLiteral("测试");
        if (outcome == Outcome::PromiseToPay) {
            r.promiseAmount = 50'000;
            r.promiseDate = now.toTimeZone(QTimeZone("Asia/Shanghai")).date().addDays(3);
        }
        return r.toJson();
    }

    QJsonObject push(WsTestClient &c, const QJsonArray &ops)
    {
        return c.call(QStringLiteral("sync.push"), {{QStringLiteral("ops"), ops}});
    }
    static QJsonObject firstResult(const QJsonObject &response)
    {
        return WsTestClient::body(response).value(QStringLiteral("results")).toArray().first().toObject();
    }

    /// Pulls from `since` until more=false; returns all changes, checks revisions keep rising.
    QList<QJsonObject> pullAll(WsTestClient &c, qint64 since, qint64 *revision = nullptr)
    {
        QList<QJsonObject> all;
        qint64 last = since;
        for (int page = 0; page < 100; ++page) {
            const QJsonObject res = c.call(QStringLiteral("sync.pull"), {{QStringLiteral("since"), since}});
            if (WsTestClient::code(res) != 0)
                return {};
            const QJsonObject body = WsTestClient::body(res);
            for (const QJsonValue &v : body.value(QStringLiteral("changes")).toArray()) {
                const qint64 rev = v.toObject().value(QStringLiteral("rev")).toInteger();
                if (rev <= last)
                    return {};  // out of order: let the caller's comparison fail
                last = rev;
                all << v.toObject();
            }
            since = body.value(QStringLiteral("revision")).toInteger();
            if (!body.value(QStringLiteral("more")).toBool())
                break;
        }
        if (revision)
            *revision = since;
        return all;
    }

    std::unique_ptr<Server> ownServer(const proto::Limits &limits, const QString &cert = {},
                                      const QString &key = {})
    {
        auto s = std::make_unique<Server>();
        ServerConfig config;
        config.database = m_dbPath;
        config.limits = limits;
        config.tlsCertificateFile = cert;
        config.tlsKeyFile = key;
        config.policy = aroundTheClock();
        const Result<void> r = s->start(config);
        if (!r) {
            qWarning("cannot start a second server: %s", qPrintable(r.error().detail));
            return nullptr;
        }
        return s;
    }
    static QUrl urlOf(const Server &s, const QString &scheme = QStringLiteral("ws"),
                      const QString &host = QStringLiteral("127.0.0.1"))
    {
        return QUrl(QStringLiteral("%1://%2:%3/").arg(scheme, host).arg(s.port()));
    }

    /// Starts the main server and seeds it (call from initTestCase).
    void startServer(const compliance::Policy &policy = aroundTheClock())
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("hub.db"));
        m_server = std::make_unique<Server>();
        ServerConfig config;
        config.database = QStringLiteral("sqlite:") + m_dbPath;
        config.policy = policy;
        const Result<void> started = m_server->start(config);
        QVERIFY2(started.ok(), qPrintable(started.error().detail));
        QVERIFY(m_server->port() > 0);
        QVERIFY(m_server->address().isLoopback());
        m_url = urlOf(*m_server);

        // Team north: agent01..03 + lead01 with 90 demo debtors, and north04 (the rate-limit test locks
        // it out). Team south: south01 + lead02 with one real (non-demo) debtor. A trainer, an admin.
        DemoSeedOptions demo;
        demo.customers = 90;
        demo.agents = 3;
        demo.team = QStringLiteral("north");
        demo.seed = 11;
        const Result<DemoSeedSummary> seeded = DemoSeeding(m_server->storage()).run(demo);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().detail));
        struct U {
            const char *name;
            Role role;
            const char *team;
        };
        const QList<U> others{{"north04", Role::Agent, "north"},
                              {"south01", Role::Agent, "south"},
                              {"lead02", Role::Lead, "south"},
                              {"trainer01", Role::Trainer, "training"},
                              {"admin01", Role::Admin, "ops"}};
        QList<QString> hashes(others.size());
        QThreadPool pool;
        for (qsizetype i = 0; i < others.size(); ++i)
            pool.start([&hashes, i] { hashes[i] = PasswordHasher::hash(Pw); });
        pool.waitForDone();
        for (qsizetype i = 0; i < others.size(); ++i) {
            UserRecord u;
            u.username = QString::fromLatin1(others[i].name);
            u.name = u.username;
            u.role = others[i].role;
            u.team = QString::fromLatin1(others[i].team);
            u.passwordHash = hashes[i];
            QVERIFY(m_server->storage().insertUser(u).ok());
        }
        Storage &s = m_server->storage();
        Customer c;
        c.name = QStringLiteral("真实客户");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        m_realCustomer = s.insertCustomer(c, false).value();
        c.id = m_realCustomer;
        Task t;
        t.customerId = m_realCustomer;
        t.assignee = QStringLiteral("south01");
        t.due = QDateTime::currentDateTimeUtc();
        t.id = s.insertTask(t, {}, {}).value();
        m_realTask = t.id;
        ChangeLog log(s);
        QVERIFY(log.customer(c).ok());
        QVERIFY(log.task(t).ok());
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Server> m_server;
    QUrl m_url;
    qint64 m_realCustomer = 0;
    qint64 m_realTask = 0;
    QSet<qint64> m_usedTasks;
};

}  // namespace cdtest
