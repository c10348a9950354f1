// collectdesk-sipcheck as an admin runs it: the real binary against SIPp on loopback. Checks the
// exit codes documented in --help / docs/admin/SipCheck.md and the JSON lines it prints.
#include "SippProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString stdErr;
    QString raw;

    QStringList values(const QString &event, const QString &key) const
    {
        QStringList out;
        for (const QJsonObject &o : lines) {
            if (o.value(QStringLiteral("event")).toString() == event)
                out << o.value(key).toVariant().toString();
        }
        return out;
    }
    QJsonObject result() const { return lines.isEmpty() ? QJsonObject() : lines.last(); }
};

}  // namespace

class TestSipCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tone;

    Run sipcheck(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("HOME"), m_dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SIPCHECK_BIN), args);
        Run r;
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.raw = QString::fromUtf8(p.readAllStandardOutput());
        r.stdErr = QString::fromUtf8(p.readAllStandardError());
        for (const QString &line : r.raw.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (!o.isEmpty())
                r.lines << o;
        }
        return r;
    }

    QStringList headless() const
    {
        return {QStringLiteral("--bind"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--play-file"), m_tone};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Any WAV does for the headless sender; a short silent one is enough here (the engine tests
        // check audio content).
        m_tone = m_dir.filePath(QStringLiteral("silence.wav"));
        QFile f(m_tone);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray pcm(16000, '\0');
        QByteArray h("RIFF");
        auto le32 = [&h](quint32 v) {
            for (int i = 0; i < 4; ++i)
                h.append(char((v >> (8 * i)) & 0xff));
        };
        auto le16 = [&h](quint16 v) { h.append(char(v & 0xff)).append(char(v >> 8)); };
        le32(36 + pcm.size());
        h.append("WAVEfmt ");
        le32(16);
        le16(1);
        le16(1);
        le32(8000);
        le32(16000);
        le16(2);
        le16(16);
        h.append("data");
        le32(pcm.size());
        f.write(h + pcm);
    }

    void callConnectsAndEndsCleanly()
    {
        SippProcess sipp(QStringLiteral("uas_answer.xml"));
        QVERIFY(sipp.start());
        const QString rec = m_dir.filePath(QStringLiteral("check.wav"));
        const Run r = sipcheck(QStringList{QStringLiteral("--call"), sipp.uri(), QStringLiteral("--talk"),
                                           QStringLiteral("1.5"), QStringLiteral("--dtmf"), QStringLiteral("12#"),
                                           QStringLiteral("--record"), rec}
                               + headless());
        QVERIFY2(r.exitCode == 0, qPrintable(r.raw + r.stdErr));
        QCOMPARE(r.values(QStringLiteral("state"), QStringLiteral("state")),
                 (QStringList{QStringLiteral("Dialing"), QStringLiteral("Ringing"), QStringLiteral("Connected"),
                              QStringLiteral("Ended")}));
        QCOMPARE(r.values(QStringLiteral("dtmf"), QStringLiteral("digit")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("#")}));
        QCOMPARE(r.values(QStringLiteral("recording"), QStringLiteral("file")), QStringList{rec});
        QVERIFY(QFileInfo(rec).size() > 44);
        QCOMPARE(r.result().value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        QCOMPARE(r.result().value(QStringLiteral("ok")).toBool(), true);
        // Every line carries an ISO-8601 UTC timestamp.
        for (const QJsonObject &o : r.lines) {
            const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
            QVERIFY(t.isValid());
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void holdAndResume()
    {
        SippProcess sipp(QStringLiteral("uas_hold.xml"));
        QVERIFY(sipp.start());
        const Run r = sipcheck(QStringList{QStringLiteral("--call"), sipp.uri(), QStringLiteral("--talk"),
                                           QStringLiteral("3"), QStringLiteral("--hold")}
                               + headless());
        QVERIFY2(r.exitCode == 0, qPrintable(r.raw + r.stdErr));
        QVERIFY(r.values(QStringLiteral("state"), QStringLiteral("state")).contains(QStringLiteral("OnHold")));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("486 busy") << "486" << "Busy Here" << 4 << "busy";
        QTest::newRow("404 invalid") << "404" << "Not Found" << 7 << "invalid number";
        QTest::newRow("603 declined") << "603" << "Decline" << 6 << "declined";
    }

    void failures()
    {
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        SippProcess sipp(QStringLiteral("uas_reject_%1.xml").arg(code));
        QVERIFY(sipp.start());
        const Run r = sipcheck(QStringList{QStringLiteral("--call"), sipp.uri()} + headless());
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.raw + r.stdErr));
        QCOMPARE(r.result().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(r.result().value(QStringLiteral("reason")).toString(), reason);
        QVERIFY2(r.stdErr.contains(QStringLiteral("FAILED (%1): %2").arg(exitCode).arg(reason)), qPrintable(r.stdErr));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void noAnswer()
    {
        SippProcess sipp(QStringLiteral("uas_ring_forever.xml"));
        QVERIFY(sipp.start());
        const Run r = sipcheck(QStringList{QStringLiteral("--call"), sipp.uri(), QStringLiteral("--timeout"),
                                           QStringLiteral("1")}
                               + headless());
        QVERIFY2(r.exitCode == 5, qPrintable(r.raw + r.stdErr));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void registration_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("right") << "s3cret" << 0;
        QTest::newRow("wrong") << "nope" << 3;
    }

    void registration()
    {
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        SippProcess sipp(QStringLiteral("uas_register_auth.xml"));
        sipp.setKey(QStringLiteral("auth_user"), QStringLiteral("agent007"));
        sipp.setKey(QStringLiteral("auth_pass"), QStringLiteral("s3cret"));
        QVERIFY(sipp.start());
        const QString pwFile = m_dir.filePath(QStringLiteral("pw-") + password);
        QFile f(pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(password.toUtf8() + "\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run r = sipcheck(QStringList{QStringLiteral("--registrar"), QStringLiteral("sip:%1").arg(sipp.hostPort()),
                                           QStringLiteral("--user"), QStringLiteral("agent007"),
                                           QStringLiteral("--password-file"), pwFile, QStringLiteral("--timeout"),
                                           QStringLiteral("10")}
                               + headless());
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.raw + r.stdErr));
        const QStringList states = r.values(QStringLiteral("registration"), QStringLiteral("state"));
        QVERIFY(states.contains(exitCode == 0 ? QStringLiteral("Ok") : QStringLiteral("Failed")));
        QVERIFY(!r.stdErr.contains(QStringLiteral("readable by other users")));
        QVERIFY2(sipp.waitFinished() == 0, qPrintable(sipp.log()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing to do") << QStringList{};
        QTest::newRow("registrar without user") << QStringList{QStringLiteral("--registrar"), QStringLiteral("sip:x")};
        QTest::newRow("bad dtmf") << QStringList{QStringLiteral("--call"), QStringLiteral("sip:a@b"),
                                                 QStringLiteral("--dtmf"), QStringLiteral("12x")};
        QTest::newRow("bad mode") << QStringList{QStringLiteral("--call"), QStringLiteral("sip:a@b"),
                                                 QStringLiteral("--dtmf-mode"), QStringLiteral("inband")};
        QTest::newRow("bad bind") << QStringList{QStringLiteral("--call"), QStringLiteral("sip:a@b"),
                                                 QStringLiteral("--bind"), QStringLiteral("localhost")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = sipcheck(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.result().value(QStringLiteral("exitCode")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSipCheck)
#include "tst_sipcheck.moc"
