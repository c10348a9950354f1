// wss end to end: a CA and a server certificate made at test time with openssl, the real
// collectdesk-server serving TLS, and the real SyncClient verifying the chain — trusted with the CA,
// refused (TlsError, nothing stored) without it. No SSL error is ever ignored.
#include "LocalStore.h"
#include "ServerProcess.h"
#include "SyncClient.h"
#include "Repositories.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestWss : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        const bool ok = p.waitForFinished(60'000) && p.exitCode() == 0;
        if (!ok)
            qWarning() << "openssl" << args << p.readAll();
        return ok;
    }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A CA, and a server certificate for 127.0.0.1 / localhost signed by it.
        QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=CollectDesk e2e CA",
                         "-keyout", path("ca.key"), "-out", path("ca.pem")}));
        QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", path("server.key"),
                         "-out", path("server.csr")}));
        QFile ext(path("ext.cnf"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(openssl({"x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
                         "-CAcreateserial", "-days", "2", "-extfile", path("ext.cnf"), "-out", path("server.pem")}));

        m_server = std::make_unique<ServerProcess>(path("server.db"));
        QVERIFY2(m_server->prepare(10, 1), m_server->lastOutput().constData());
        m_server->setTls(path("server.pem"), path("server.key"));
        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        QCOMPARE(m_server->url().scheme(), QStringLiteral("wss"));
    }

    void untrustedCertificateIsRefused()
    {
        LocalStore store;
        QVERIFY(store.open(path("untrusted.sqlite")).ok());
        SyncClient client(store);
        client.setServerUrl(m_server->url());
        QSignalSpy failed(&client, &SyncClient::loginFailed);
        QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
        client.login(QStringLiteral("agent01"), QStringLiteral("demo"), QStringLiteral("e2e"));
        QVERIFY(failed.wait(20'000));
        QCOMPARE(failed.first().at(0).value<SyncClient::LoginError>(), SyncClient::LoginError::TlsError);
        QCOMPARE(loggedIn.count(), 0);
        QCOMPARE(TaskRepository(store).count(TaskStatus::Open), 0);
    }

    void trustedCertificateSyncs()
    {
        LocalStore store;
        QVERIFY(store.open(path("trusted.sqlite")).ok());
        SyncClient client(store);
        client.setServerUrl(m_server->url());
        client.setCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
        QSignalSpy synced(&client, &SyncClient::synced);
        client.login(QStringLiteral("agent01"), QStringLiteral("demo"), QStringLiteral("e2e"));
        QVERIFY(synced.wait(30'000));
        QCOMPARE(client.state(), SyncClient::State::Online);
        QVERIFY(TaskRepository(store).count(TaskStatus::Open) > 0);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestWss)
#include "tst_wss.moc"
