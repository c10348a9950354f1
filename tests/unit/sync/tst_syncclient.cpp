// SyncClient against a scripted collectdesk.v1 server in the same process: login and each way it
// fails, the first sync, the outbox drained in order, refused and retried operations, a link lost
// in the middle of a push (resumed, same opId again, applied once), pull paging, events, keepalive,
// resume and logout. The server here is a script (ScriptedServer), not server/.
#include "DispositionRecorder.h"
#include "Messages.h"
#include "Repositories.h"
#include "ScriptedServer.h"
#include "SyncClient.h"
#include "TestStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

using namespace cd;
using cdtest::ScriptedServer;

namespace {

const QString Me = QStringLiteral("agent007");

template <typename T> proto::Change change(const char *entity, const T &e)
{
    proto::Change c;
    c.entity = QLatin1String(entity);
    c.id = e.id;
    c.data = proto::toJson(e);
    return c;
}

Loan loan(qint64 id, qint64 customerId)
{
    Loan l;
    l.id = id;
    l.customerId = customerId;
    l.contractNo = QStringLiteral("CL-%1").arg(id);
    l.principal = yuan(6000);
    l.termMonths = 6;
    Installment i;
    i.id = id * 10 + 1;
    i.seq = 1;
    i.dueDate = QDate::currentDate().addDays(-40);
    i.principalDue = yuan(1000);
    l.installments = {i};
    return l;
}

SyncClient::Timing fastTiming()
{
    SyncClient::Timing t;
    t.reconnect = Backoff{50, 400};
    t.retry = Backoff{400, 2000};
    t.pushDelayMs = 10;
    t.link.connectTimeoutMs = 5000;
    t.link.pingIntervalMs = 60'000;
    t.link.pingTimeoutMs = 10'000;
    return t;
}

/// The port of a listener that was closed again: connecting to it is refused.
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QByteArray readCert(const char *name)
{
    QFile f(QStringLiteral(CD_CERTS_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// wss with the test CA's server certificate for 127.0.0.1.
QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readCert("server.pem"), QSsl::Pem));
    tls.setPrivateKey(QSslKey(readCert("server.key"), QSsl::Rsa, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);  // clients have no certificates
    return tls;
}

QList<SyncClient::State> states(const QSignalSpy &spy)
{
    QList<SyncClient::State> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).value<SyncClient::State>();
    return out;
}

}  // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loginSyncsTheCache();
    void loginFails_data();
    void loginFails();
    void demoStoreNeverConnects();
    void outboxDrainedInOrderAfterReconnect();
    void batchesRespectTheLimitOnePushInFlight();
    void rejectedOpDropsItsProvisionalRows();
    void retryableOpIsRetriedAfterBackoff();
    void linkLostMidPushResumesAndPushesTheSameOpId();
    void pullPagesUntilNoMore();
    void eventsTriggerAPull();
    void silentServerIsDroppedAndReconnected();
    void resumeAfterRestartUsesTheStoredSession();
    void expiredSessionAsksForLogin();
    void logoutForgetsTheSession();
    void anotherUserStartsFromAnEmptyCache();
    void untrustedCertificateIsTlsError();
    void trustedWithTheGivenCa();

private:
    SyncClient &makeClient();
    bool loginAndSync();
    qint64 record(qint64 taskId, Outcome outcome);
    QList<proto::Change> applyInteraction(const QString &opId, const QJsonObject &body);

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<SyncClient> m_client;
    qint64 m_nextServerId = 5000;
    QHash<qint64, int> m_serverAttempts;
};

void TestSyncClient::init()
{
    m_store = std::make_unique<LocalStore>();
    CD_OPEN_MEMORY_STORE(*m_store);
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->addChange(change("customer", cdtest::customer(1, QStringLiteral("张伟"))));
    m_server->addChange(change("phone", cdtest::phone(10, 1, QStringLiteral("10012345678"))));
    m_server->addChange(change("loan", loan(100, 1)));
    m_server->addChange(change("task", cdtest::task(70, 1)));
    m_server->addChange(change("task", cdtest::task(71, 1)));
    m_server->applyOp = [this](const QString &opId, const QJsonObject &body) {
        return applyInteraction(opId, body);
    };
    m_nextServerId = 5000;
    m_serverAttempts.clear();
}

void TestSyncClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_store.reset();
}

// What the real server does for interaction.record, reduced: the interaction, the task moved on,
// and for a promise the promise and its follow-up task.
QList<proto::Change> TestSyncClient::applyInteraction(const QString &, const QJsonObject &body)
{
    QList<proto::Change> out;
    const auto rec = proto::InteractionRecord::fromJson(body);
    if (!rec)
        return out;
    Interaction i;
    i.id = m_nextServerId++;
    i.customerId = rec->customerId;
    i.taskId = rec->taskId;
    i.agent = Me;
    i.startedAt = rec->startedAt;
    i.outcome = rec->outcome;
    i.promiseAmount = rec->promiseAmount;
    i.promiseDate = rec->promiseDate;
    out << change("interaction", i);
    Task t = cdtest::task(rec->taskId, rec->customerId);
    t.attempts = ++m_serverAttempts[rec->taskId];
    t.status = rec->outcome == Outcome::PromiseToPay ? TaskStatus::Done : TaskStatus::Deferred;
    out << change("task", t);
    if (rec->outcome == Outcome::PromiseToPay) {
        Promise p;
        p.id = m_nextServerId++;
        p.customerId = rec->customerId;
        p.interactionId = i.id;
        p.amount = rec->promiseAmount;
        p.dueDate = rec->promiseDate;
        out << change("promise", p);
        Task f = cdtest::task(m_nextServerId++, rec->customerId);
        f.kind = TaskKind::PromiseFollowUp;
        f.status = TaskStatus::Deferred;
        out << change("task", f);
    }
    return out;
}

SyncClient &TestSyncClient::makeClient()
{
    m_client = std::make_unique<SyncClient>(*m_store);
    m_client->setTiming(fastTiming());
    m_client->setServerUrl(m_server->url());
    return *m_client;
}

bool TestSyncClient::loginAndSync()
{
    SyncClient &c = m_client ? *m_client : makeClient();
    QSignalSpy synced(&c, &SyncClient::synced);
    c.login(Me, QStringLiteral("secret"), QStringLiteral("pc-01"));
    return synced.wait(5000) && c.state() == SyncClient::State::Online;
}

/// Records an outcome on a cached task the way the UI does, and tells the client.
qint64 TestSyncClient::record(qint64 taskId, Outcome outcome)
{
    Disposition d;
    d.taskId = taskId;
    d.customerId = 1;
    d.agent = Me;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    d.startedAt = now.addSecs(-60);
    d.endedAt = now.addSecs(-5);
    d.outcome = outcome;
    if (outcome == Outcome::PromiseToPay) {
        d.promiseAmount = yuan(500);
        d.promiseDate = QDate::currentDate().addDays(3);
    }
    const auto r = DispositionRecorder(*m_store).record(d, now);
    if (!r) {
        qWarning() << "record failed:" << r.error().detail;
        return 0;
    }
    if (m_client)
        m_client->outboxChanged();
    return r->interactionId;
}

void TestSyncClient::loginSyncsTheCache()
{
    SyncClient &c = makeClient();
    QSignalSpy stateSpy(&c, &SyncClient::stateChanged);
    QSignalSpy loggedIn(&c, &SyncClient::loggedIn);
    QSignalSpy changed(&c, &SyncClient::dataChanged);
    QCOMPARE(c.state(), SyncClient::State::Offline);
    QVERIFY(loginAndSync());

    QCOMPARE(states(stateSpy),
             (QList<SyncClient::State>{SyncClient::State::Connecting, SyncClient::State::Authenticating,
                                       SyncClient::State::Online}));
    QCOMPARE(loggedIn.size(), 1);
    const QJsonObject user = loggedIn.at(0).at(0).toJsonObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), Me);
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("李娜"));
    QCOMPARE(changed.size(), 1);

    // What the client sent: the login, with the device, before anything else.
    const proto::Envelope login = m_server->requests.first();
    QCOMPARE(login.type, proto::msg::SessionLogin);
    QCOMPARE(login.body.value(QStringLiteral("username")).toString(), Me);
    QCOMPARE(login.body.value(QStringLiteral("password")).toString(), QStringLiteral("secret"));
    QCOMPARE(login.body.value(QStringLiteral("device")).toString(), QStringLiteral("pc-01"));
    QCOMPARE(m_server->pullSince, QList<qint64>{0});

    // The cache holds the agent's work and the session, never the password.
    QCOMPARE(CustomerRepository(*m_store).find(1)->name, QStringLiteral("张伟"));
    QCOMPARE(TaskRepository(*m_store).forCustomer(1).size(), 2);
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT bucket FROM tasks WHERE id = 70")).toString(),
        QStringLiteral("M2"));
    const SyncStateRepository state(*m_store);
    QCOMPARE(state.serverUrl(), m_server->url());
    QCOMPARE(state.username(), Me);
    QCOMPARE(state.role(), QStringLiteral("agent"));
    QCOMPARE(state.token(), QStringLiteral("token-1"));
    QCOMPARE(state.revision(), m_server->revision());
    QCOMPARE(c.revision(), m_server->revision());
    QVERIFY(c.lastSync().isValid());
    QCOMPARE(state.lastSync(), c.lastSync());
    QCOMPARE(cdtest::scalar(m_store->db(),
                            QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE value LIKE '%secret%'"))
                 .toInt(),
             0);
}

void TestSyncClient::loginFails_data()
{
    QTest::addColumn<QString>("server");  // "scripted", "plain websocket", "closed port"
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("forcedCode");
    QTest::addColumn<SyncClient::LoginError>("error");
    QTest::addColumn<int>("code");
    using E = SyncClient::LoginError;
    using S = proto::StatusCode;
    QTest::newRow("wrong password") << "scripted"
                                    << "wrong" << 0 << E::BadCredentials << int(S::BadCredentials);
    QTest::newRow("rate limited") << "scripted"
                                  << "secret" << int(S::RateLimited) << E::RateLimited << int(S::RateLimited);
    QTest::newRow("account disabled")
        << "scripted"
        << "secret" << int(S::AccountDisabled) << E::Disabled << int(S::AccountDisabled);
    QTest::newRow("server error") << "scripted"
                                  << "secret" << int(S::Internal) << E::Other << int(S::Internal);
    QTest::newRow("nothing listens (refused)") << "closed port"
                                               << "secret" << 0 << E::Unreachable << 0;
    QTest::newRow("websocket server without collectdesk.v1") << "plain websocket"
                                                             << "secret" << 0 << E::Incompatible << 0;
}

void TestSyncClient::loginFails()
{
    QFETCH(QString, server);
    QFETCH(QString, password);
    QFETCH(int, forcedCode);
    QFETCH(SyncClient::LoginError, error);
    QFETCH(int, code);
    ScriptedServer plain(false);
    SyncClient &c = makeClient();
    if (server == QLatin1String("closed port")) {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        c.setServerUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    } else if (server == QLatin1String("plain websocket")) {
        QVERIFY(plain.listen());
        c.setServerUrl(plain.url());
    }
    m_server->loginCode = proto::StatusCode(forcedCode);
    QSignalSpy failed(&c, &SyncClient::loginFailed);
    QSignalSpy loggedIn(&c, &SyncClient::loggedIn);
    c.login(Me, password, QStringLiteral("pc-01"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<SyncClient::LoginError>(), error);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());  // a detail for the log / "details"
    QCOMPARE(int(failed.at(0).at(2).value<proto::StatusCode>()), code);
    QCOMPARE(c.state(), SyncClient::State::Offline);
    QCOMPARE(loggedIn.size(), 0);
    QVERIFY(SyncStateRepository(*m_store).token().isEmpty());
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("customers")), 0);
    if (server == QLatin1String("plain websocket"))
        QCOMPARE(plain.requests.size(), 0);  // no credentials sent to a server that is not ours
}

void TestSyncClient::demoStoreNeverConnects()
{
    QVERIFY(SyncStateRepository(*m_store).setDemo(true).ok());
    SyncClient &c = makeClient();
    QSignalSpy failed(&c, &SyncClient::loginFailed);
    c.login(Me, QStringLiteral("secret"), QStringLiteral("pc-01"));
    QCOMPARE(failed.size(), 1);  // at once, nothing attempted
    QCOMPARE(failed.at(0).at(0).value<SyncClient::LoginError>(), SyncClient::LoginError::Other);
    QVERIFY(!c.resume());
    QVERIFY(!c.canSync());
    QCOMPARE(c.state(), SyncClient::State::Offline);
    // And a store without any server address cannot start either.
    LocalStore other;
    CD_OPEN_MEMORY_STORE(other);
    SyncClient noAddress(other);
    QVERIFY(!noAddress.canSync());
    QVERIFY(!noAddress.resume());
    QSignalSpy failed2(&noAddress, &SyncClient::loginFailed);
    noAddress.login(Me, QStringLiteral("secret"), QStringLiteral("pc-01"));
    QCOMPARE(failed2.size(), 1);
    QCOMPARE(m_server->connections, 0);
}

// The agent works through a server outage: three wrap-ups wait in the outbox, provisional in the
// cache. When the server is back the client resumes on its own, pushes them in the order they were
// made, and the pull replaces the provisional rows with the server's.
void TestSyncClient::outboxDrainedInOrderAfterReconnect()
{
    QVERIFY(loginAndSync());
    SyncClient &c = *m_client;
    const QUrl url = m_server->url();
    QSignalSpy stateSpy(&c, &SyncClient::stateChanged);
    m_server->stop();
    QTRY_COMPARE(c.state(), SyncClient::State::Reconnecting);

    QSignalSpy pending(&c, &SyncClient::pendingCountChanged);
    QVERIFY(record(70, Outcome::NoAnswer) < 0);
    QVERIFY(record(71, Outcome::Busy) < 0);
    QVERIFY(record(70, Outcome::RightPartyContact) < 0);
    QCOMPARE(c.pendingCount(), 3);
    QCOMPARE(pending.last().at(0).toInt(), 3);
    const QStringList madeInOrder = [&] {
        QStringList ids;
        for (const OutboxOp &op :
             OutboxRepository(*m_store).due(QDateTime::currentDateTimeUtc().addSecs(60), 10))
            ids << op.opId;
        return ids;
    }();
    QCOMPARE(madeInOrder.size(), 3);
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("SELECT COUNT(*) FROM interactions WHERE id < 0"))
                 .toInt(),
             3);

    // The server comes back on the same address, with its data.
    QSignalSpy synced(&c, &SyncClient::synced);
    QVERIFY2(m_server->listen(url.port()), "cannot listen again on the same port");
    QVERIFY(synced.wait(10'000));

    QCOMPARE(m_server->count(proto::msg::SessionResume), 1);  // resumed, no password needed
    QCOMPARE(m_server->count(proto::msg::SessionLogin), 1);   // only the first one
    QCOMPARE(m_server->pushedOpIds, madeInOrder);
    QCOMPARE(m_server->pushSizes, QList<int>{3});
    QCOMPARE(c.pendingCount(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);
    QCOMPARE(c.state(), SyncClient::State::Online);
    // Provisional rows replaced by the server's three interactions.
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("SELECT COUNT(*) FROM interactions WHERE id < 0"))
                 .toInt(),
             0);
    QCOMPARE(cdtest::scalar(m_store->db(),
                            QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM interactions "
                                           "ORDER BY id)"))
                 .toString(),
             QStringLiteral("5000,5001,5002"));
    QCOMPARE(OutboxRepository(*m_store).rejected().size(), 0);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("outbox")), 0);  // settled by the pull
    QVERIFY(states(stateSpy).contains(SyncClient::State::Reconnecting));
}

void TestSyncClient::batchesRespectTheLimitOnePushInFlight()
{
    QVERIFY(loginAndSync());
    const int limit = proto::Limits{}.maxOpsPerPush;
    OutboxRepository outbox(*m_store);
    QStringList made;
    {
        Transaction tx(m_store->db());
        for (int i = 0; i <= limit; ++i) {
            const QString id = QStringLiteral("op-%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(outbox.enqueue(id, proto::msg::OpInteractionRecord, {}).ok());
            made << id;
        }
        QVERIFY(tx.commit().ok());
    }
    m_server->applyOp = nullptr;
    m_server->pushAnswerDelayMs = 50;
    QSignalSpy synced(m_client.get(), &SyncClient::synced);
    m_client->outboxChanged();
    QVERIFY(synced.wait(10'000));
    QCOMPARE(m_server->pushSizes, (QList<int>{limit, 1}));
    QCOMPARE(m_server->maxPushesInFlight, 1);
    QCOMPARE(m_server->pushedOpIds, made);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestSyncClient::rejectedOpDropsItsProvisionalRows()
{
    QVERIFY(loginAndSync());
    m_server->pushPolicy = [](const QString &, int) { return proto::StatusCode::TaskReassigned; };
    QSignalSpy rejected(m_client.get(), &SyncClient::opRejected);
    QSignalSpy changed(m_client.get(), &SyncClient::dataChanged);
    QVERIFY(record(70, Outcome::PromiseToPay) < 0);
    QCOMPARE(cdtest::scalar(m_store->db(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM interactions WHERE id < 0) + "
                                           "(SELECT COUNT(*) FROM promises WHERE id < 0) + "
                                           "(SELECT COUNT(*) FROM tasks WHERE id < 0)"))
                 .toInt(),
             3);
    const QString opId =
        OutboxRepository(*m_store).due(QDateTime::currentDateTimeUtc().addSecs(60), 1).first().opId;

    QVERIFY(rejected.wait(5000));
    QCOMPARE(rejected.at(0).at(0).toString(), opId);
    QCOMPARE(rejected.at(0).at(1).value<proto::StatusCode>(), proto::StatusCode::TaskReassigned);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(cdtest::scalar(m_store->db(),
                            QStringLiteral("SELECT (SELECT COUNT(*) FROM interactions WHERE id < 0) + "
                                           "(SELECT COUNT(*) FROM promises WHERE id < 0) + "
                                           "(SELECT COUNT(*) FROM tasks WHERE id < 0)"))
                 .toInt(),
             0);
    const QList<RejectedOp> list = OutboxRepository(*m_store).rejected();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].opId, opId);
    QCOMPARE(list[0].code, proto::StatusCode::TaskReassigned);
    QCOMPARE(list[0].customerName, QStringLiteral("张伟"));
    QCOMPARE(m_client->pendingCount(), 0);
    QCOMPARE(m_server->pushedOpIds, QStringList{opId});  // never sent again
}

void TestSyncClient::retryableOpIsRetriedAfterBackoff()
{
    QVERIFY(loginAndSync());
    QList<qint64> seenAt;
    m_server->pushPolicy = [&seenAt](const QString &, int seen) {
        seenAt << QDateTime::currentMSecsSinceEpoch();
        return seen == 1 ? proto::StatusCode::Internal : proto::StatusCode::Ok;
    };
    QVERIFY(record(71, Outcome::NoAnswer) < 0);
    const QString opId =
        OutboxRepository(*m_store).due(QDateTime::currentDateTimeUtc().addSecs(60), 1).first().opId;
    QTRY_COMPARE(seenAt.size(), 1);
    // Waiting for its retry: still pending, one failed attempt on record.
    QTRY_COMPARE(OutboxRepository(*m_store).find(opId)->attempts, 1);
    QCOMPARE(OutboxRepository(*m_store).find(opId)->lastError, QStringLiteral("internal"));
    QCOMPARE(m_client->pendingCount(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 5000);
    QCOMPARE(seenAt.size(), 2);
    QCOMPARE(m_server->pushedOpIds, (QStringList{opId, opId}));
    // Retry start 400 ms with jitter: at least 200 ms later (a little slack for coarse timers).
    QVERIFY2(seenAt[1] - seenAt[0] >= 180, qPrintable(QString::number(seenAt[1] - seenAt[0])));
    QCOMPARE(m_server->appliedCount.value(opId), 1);
    QVERIFY(OutboxRepository(*m_store).rejected().isEmpty());
}

// The server applied the op but the answer was lost with the link. The client reconnects, resumes
// and sends the op again under the same opId; the server answers with the first result and does
// not apply it twice.
void TestSyncClient::linkLostMidPushResumesAndPushesTheSameOpId()
{
    QVERIFY(loginAndSync());
    SyncClient &c = *m_client;
    QSignalSpy stateSpy(&c, &SyncClient::stateChanged);
    QSignalSpy synced(&c, &SyncClient::synced);  // the dropped push is never followed by a pull
    m_server->dropOnNextPush = true;
    QVERIFY(record(70, Outcome::PromiseToPay) < 0);
    const QString opId =
        OutboxRepository(*m_store).due(QDateTime::currentDateTimeUtc().addSecs(60), 1).first().opId;

    QVERIFY(synced.wait(10'000));
    QCOMPARE(c.state(), SyncClient::State::Online);
    QCOMPARE(states(stateSpy),
             (QList<SyncClient::State>{SyncClient::State::Reconnecting, SyncClient::State::Online}));
    QCOMPARE(m_server->connections, 2);
    QCOMPARE(m_server->count(proto::msg::SessionResume), 1);
    QCOMPARE(m_server->pushedOpIds, (QStringList{opId, opId}));
    QCOMPARE(m_server->appliedCount.value(opId), 1);
    QCOMPARE(c.pendingCount(), 0);
    // The server's rows of that op, once: interaction, promise, done task and its follow-up.
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("SELECT COUNT(*) FROM interactions")).toInt(), 1);
    QCOMPARE(
        cdtest::scalar(m_store->db(), QStringLiteral("SELECT COUNT(*) FROM promises WHERE id > 0")).toInt(),
        1);
    QCOMPARE(cdtest::scalar(m_store->db(), QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id < 0")).toInt(),
             0);
    QCOMPARE(TaskRepository(*m_store).forCustomer(1).size(), 3);
}

void TestSyncClient::pullPagesUntilNoMore()
{
    for (qint64 id = 2; id <= 6; ++id)
        m_server->addChange(change("customer", cdtest::customer(id, QStringLiteral("客户%1").arg(id))));
    m_server->pageSize = 3;  // 10 changes: pages of 3, 3, 3, 1
    QVERIFY(loginAndSync());
    QCOMPARE(m_server->pullSince, (QList<qint64>{0, 3, 6, 9}));
    QCOMPARE(m_client->revision(), 10);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("customers")), 6);
    QCOMPARE(cdtest::rowCount(*m_store, QStringLiteral("tasks")), 2);
    // Up to date: the next pull asks from 10 and gets nothing.
    QSignalSpy synced(m_client.get(), &SyncClient::synced);
    m_client->syncNow();
    QVERIFY(synced.wait(5000));
    QCOMPARE(m_server->pullSince.last(), 10);
    QCOMPARE(synced.at(0).at(0).toLongLong(), 10);
}

void TestSyncClient::eventsTriggerAPull()
{
    QVERIFY(loginAndSync());
    QSignalSpy changed(m_client.get(), &SyncClient::dataChanged);
    QSignalSpy other(m_client.get(), &SyncClient::serverEvent);
    // A lead assigns one more task to this agent.
    const qint64 rev = m_server->addChange(change("task", cdtest::task(72, 1)));
    m_server->sendEvent(proto::msg::TaskAssigned,
                        {{QStringLiteral("revision"), rev},
                         {QStringLiteral("taskId"), 72},
                         {QStringLiteral("customerId"), 1}});
    QVERIFY(changed.wait(5000));
    QVERIFY(TaskRepository(*m_store).find(72));
    QCOMPARE(m_client->revision(), rev);

    // ...and takes another one away.
    Task moved = cdtest::task(71, 1);
    moved.assignee = QStringLiteral("agent009");
    const qint64 rev2 = m_server->addChange(change("task", moved));
    m_server->sendEvent(proto::msg::TaskUpdated,
                        {{QStringLiteral("revision"), rev2},
                         {QStringLiteral("taskId"), 71},
                         {QStringLiteral("customerId"), 1},
                         {QStringLiteral("status"), QStringLiteral("Open")}});
    QVERIFY(changed.wait(5000));
    QVERIFY(!TaskRepository(*m_store).find(71));
    QCOMPARE(other.size(), 0);

    // Events the sync layer does not act on are passed on, without a pull.
    const int pulls = m_server->count(proto::msg::SyncPull);
    m_server->sendEvent(proto::msg::AgentStateChanged,
                        {{QStringLiteral("agent"), Me}, {QStringLiteral("state"), QStringLiteral("Ready")}});
    QVERIFY(other.wait(5000));
    QCOMPARE(other.at(0).at(0).toString(), proto::msg::AgentStateChanged);
    QCOMPARE(m_server->count(proto::msg::SyncPull), pulls);
}

void TestSyncClient::silentServerIsDroppedAndReconnected()
{
    SyncClient &c = makeClient();
    SyncClient::Timing t = fastTiming();
    t.link.pingIntervalMs = 100;
    t.link.pingTimeoutMs = 200;
    c.setTiming(t);
    QVERIFY(loginAndSync());
    QTRY_VERIFY(m_server->count(proto::msg::Ping) >= 1);  // keepalive runs
    // The link goes dead but nobody closes it; the server is healthy again once the client noticed.
    connect(&c, &SyncClient::stateChanged, this, [this](SyncClient::State s) {
        if (s == SyncClient::State::Reconnecting)
            m_server->answerPings = true;
    });
    QSignalSpy stateSpy(&c, &SyncClient::stateChanged);
    m_server->answerPings = false;
    QVERIFY(stateSpy.wait(5000));
    QCOMPARE(stateSpy.first().at(0).value<SyncClient::State>(), SyncClient::State::Reconnecting);
    QTRY_COMPARE(c.state(), SyncClient::State::Online);
    QCOMPARE(m_server->connections, 2);
    QCOMPARE(m_server->count(proto::msg::SessionResume), 1);
}

void TestSyncClient::resumeAfterRestartUsesTheStoredSession()
{
    QVERIFY(loginAndSync());
    const qint64 revision = m_client->revision();
    m_client.reset();  // the program ends
    m_server->addChange(change("task", cdtest::task(73, 1)));

    SyncClient &c = makeClient();
    QCOMPARE(c.pendingCount(), 0);
    QCOMPARE(c.lastSync(), SyncStateRepository(*m_store).lastSync());
    // The same server written without the trailing slash is still the same server.
    QString sameServer = m_server->url().toString();
    sameServer.chop(1);
    c.setServerUrl(QUrl(sameServer));
    QSignalSpy loggedIn(&c, &SyncClient::loggedIn);
    QSignalSpy synced(&c, &SyncClient::synced);
    QVERIFY(c.resume());
    QVERIFY(synced.wait(5000));
    QCOMPARE(loggedIn.size(), 1);
    const proto::Envelope resume = m_server->requests[m_server->requests.size() - 2];
    QCOMPARE(resume.type, proto::msg::SessionResume);
    QCOMPARE(resume.body.value(QStringLiteral("token")).toString(), QStringLiteral("token-1"));
    QCOMPARE(m_server->count(proto::msg::SessionLogin), 1);  // only the first run's
    QCOMPARE(m_server->pullSince.last(), revision);          // only what is new
    QVERIFY(TaskRepository(*m_store).find(73));
    QVERIFY(CustomerRepository(*m_store).find(1));  // the cache was kept, not rebuilt
}

void TestSyncClient::expiredSessionAsksForLogin()
{
    QVERIFY(loginAndSync());
    m_client.reset();
    m_server->token = QStringLiteral("token-2");  // the old one expired on the server
    SyncClient &c = makeClient();
    QSignalSpy required(&c, &SyncClient::loginRequired);
    QVERIFY(c.resume());
    QVERIFY(required.wait(5000));
    QCOMPARE(c.state(), SyncClient::State::Offline);
    QVERIFY(SyncStateRepository(*m_store).token().isEmpty());
    QVERIFY(!c.resume());  // nothing left to resume: a login is needed
    // The cache stays usable offline.
    QCOMPARE(TaskRepository(*m_store).forCustomer(1).size(), 2);
}

void TestSyncClient::logoutForgetsTheSession()
{
    QVERIFY(loginAndSync());
    SyncClient &c = *m_client;
    QSignalSpy loggedOut(&c, &SyncClient::loggedOut);
    QSignalSpy stateSpy(&c, &SyncClient::stateChanged);
    c.logout();
    QCOMPARE(loggedOut.size(), 1);
    QCOMPARE(c.state(), SyncClient::State::Offline);
    QVERIFY(SyncStateRepository(*m_store).token().isEmpty());
    QTRY_COMPARE(m_server->count(proto::msg::SessionLogout), 1);
    QTRY_COMPARE(m_server->token, QStringLiteral("revoked"));
    QCOMPARE(states(stateSpy), QList<SyncClient::State>{SyncClient::State::Offline});
    QVERIFY(!c.resume());
}

// Another person logs in on this workstation: nothing of the previous agent's customers may stay
// visible; the new agent's work is pulled from revision 0.
void TestSyncClient::anotherUserStartsFromAnEmptyCache()
{
    QVERIFY(loginAndSync());
    m_client->logout();
    QTRY_COMPARE(m_server->count(proto::msg::SessionLogout), 1);
    m_server->username = QStringLiteral("agent008");
    m_server->password = QStringLiteral("other");
    m_server->token = QStringLiteral("token-8");
    Task theirs = cdtest::task(90, 2);
    theirs.assignee = QStringLiteral("agent008");
    const QList<proto::Change> log{change("customer", cdtest::customer(2, QStringLiteral("王芳"))),
                                   change("task", theirs)};
    for (const proto::Change &c : log)
        m_server->addChange(c);

    QSignalSpy synced(m_client.get(), &SyncClient::synced);
    m_client->login(QStringLiteral("agent008"), QStringLiteral("other"), QStringLiteral("pc-01"));
    QVERIFY(synced.wait(5000));
    QCOMPARE(m_server->pullSince.last(), 0);
    QVERIFY(!CustomerRepository(*m_store).find(1));  // agent007's customer is gone
    QVERIFY(!TaskRepository(*m_store).find(70));
    QVERIFY(TaskRepository(*m_store).find(90));
    QCOMPARE(SyncStateRepository(*m_store).username(), QStringLiteral("agent008"));
    QCOMPARE(SyncStateRepository(*m_store).token(), QStringLiteral("token-8"));
}

void TestSyncClient::untrustedCertificateIsTlsError()
{
    const QSslConfiguration tls = serverTls();
    QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
    ScriptedServer secure(true, &tls);
    QVERIFY(secure.listen());
    SyncClient &c = makeClient();
    c.setServerUrl(secure.url());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("TLS verification of .* failed")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot connect to wss://")));
    QSignalSpy failed(&c, &SyncClient::loginFailed);
    c.login(Me, QStringLiteral("secret"), QStringLiteral("pc-01"));
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.at(0).at(0).value<SyncClient::LoginError>(), SyncClient::LoginError::TlsError);
    QCOMPARE(c.state(), SyncClient::State::Offline);
    QCOMPARE(secure.requests.size(), 0);  // the password never left
}

void TestSyncClient::trustedWithTheGivenCa()
{
    const QSslConfiguration tls = serverTls();
    ScriptedServer secure(true, &tls);
    QVERIFY(secure.listen());
    secure.addChange(change("customer", cdtest::customer(1)));
    SyncClient &c = makeClient();
    c.setServerUrl(secure.url());
    const QList<QSslCertificate> ca = QSslCertificate::fromData(readCert("test-ca.pem"), QSsl::Pem);
    QCOMPARE(ca.size(), 1);
    c.setCaCertificates(ca);
    QSignalSpy synced(&c, &SyncClient::synced);
    c.login(Me, QStringLiteral("secret"), QStringLiteral("pc-01"));
    QVERIFY(synced.wait(10'000));
    QCOMPARE(c.state(), SyncClient::State::Online);
    QVERIFY(CustomerRepository(*m_store).find(1));
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
