// The server's talk-track library on a real SqliteStorage: the bundled defaults seed an empty server,
// script.publish refuses a script with problems (lint findings with the lint code) and otherwise stores
// a new version that every workstation pulls, keeps every version, and lists them.
#include "AuditLog.h"
#include "ScriptLibrary.h"
#include "SqliteStorage.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::server;

namespace {

int count(SqliteStorage &s, const QString &sql)
{
    QSqlQuery q(s.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

const QDateTime Now(QDate(2026, 11, 23), QTime(6, 0), Qt::UTC);

}  // namespace

class TstScriptLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<AuditLog> m_audit;
    int m_n = 0;
    Viewer m_trainer{7, QStringLiteral("trainer01"), Role::Trainer, QStringLiteral("T1")};

    script::Script m1()
    {
        const QList<script::Script> all = m_storage->scripts().value();
        for (const script::Script &s : all)
            if (s.id == QLatin1String("m1-debtor-zh_CN"))
                return s;
        return {};
    }

private slots:
    void init()
    {
        m_storage = std::make_unique<SqliteStorage>(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)));
        QVERIFY(m_storage->open().ok());
        m_audit = std::make_unique<AuditLog>(*m_storage);
        const Result<int> n = ScriptLibrary::ensureDefaults(*m_storage);
        QVERIFY2(n.ok(), qPrintable(n.error().detail));
        QVERIFY(n.value() > 0);
    }

    void defaultsSeedOnceAndReachTheChangeLog()
    {
        const int n = int(m_storage->scripts().value().size());
        QCOMPARE(ScriptLibrary::ensureDefaults(*m_storage).value(), 0);  // not twice
        QCOMPARE(count(*m_storage, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'script' "
                                                  "AND customer_id IS NULL")),
                 n);
        QCOMPARE(m1().version, 1);
        QCOMPARE(m1().publishedBy, QStringLiteral("defaults"));
    }

    void publishStoresTheNextVersion()
    {
        script::Script s = m1();
        s.name = QStringLiteral("M1 逾期初期沟通（修订）");
        s.version = 42;  // ignored: the server numbers versions
        const ServiceResult<QJsonObject> r = ScriptLibrary::publish(
            *m_storage, *m_audit, m_trainer, {{QStringLiteral("script"), script::toJson(s)}}, Now);
        QVERIFY2(r.ok(), qPrintable(r.detail()));
        QCOMPARE(r->value(QStringLiteral("id")).toString(), s.id);
        QCOMPARE(r->value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(r->value(QStringLiteral("revision")).toInteger() > 0);

        QCOMPARE(m1().version, 2);
        QCOMPARE(m1().name, s.name);
        QCOMPARE(m1().publishedBy, QStringLiteral("trainer01"));
        QCOMPARE(m1().publishedAt, Now);
        // Both versions kept, newest first; the new one is in the change log for everyone.
        const ServiceResult<QJsonObject> h =
            ScriptLibrary::history(*m_storage, {{QStringLiteral("id"), s.id}});
        QVERIFY(h.ok());
        const QJsonArray versions = h->value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(versions.at(1).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(count(*m_storage, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'script' AND "
                                                  "json_extract(data, '$.version') = 2")),
                 1);
        QCOMPARE(count(*m_storage, QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'script.publish' "
                                                  "AND target = 'script:m1-debtor-zh_CN'")),
                 1);
        // The list shows the latest version only.
        const QJsonArray list = ScriptLibrary::list(*m_storage)->value(QStringLiteral("scripts")).toArray();
        QCOMPARE(list.size(), m_storage->scripts().value().size());
    }

    void publishRefusesProblems_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("kind");
        QTest::newRow("unreachable") << QStringLiteral("orphan") << int(proto::StatusCode::InvalidValue)
                                     << QStringLiteral("UnreachableStep");
        QTest::newRow("unknown field") << QStringLiteral("field") << int(proto::StatusCode::InvalidValue)
                                       << QStringLiteral("UnknownMergeField");
        QTest::newRow("threat") << QStringLiteral("threat") << int(proto::StatusCode::LintBlocked)
                                << QStringLiteral("LintFinding");
    }

    void publishRefusesProblems()
    {
        QFETCH(QString, mutation);
        QFETCH(int, code);
        QFETCH(QString, kind);
        script::Script s = m1();
        if (mutation == QLatin1String("orphan")) {
            script::Step orphan;
            orphan.key = QStringLiteral("orphan");
            orphan.kind = script::StepKind::End;
            s.steps.append(orphan);
        } else if (mutation == QLatin1String("field")) {
            s.steps[1].text += QStringLiteral("{昵称}");
        } else {
            s.steps[1].text += QStringLiteral("不还钱我们就上门找你。");
        }
        const ServiceResult<QJsonObject> r = ScriptLibrary::publish(
            *m_storage, *m_audit, m_trainer, {{QStringLiteral("script"), script::toJson(s)}}, Now);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.code()), code);
        const QJsonArray problems = r.reason().value(QStringLiteral("problems")).toArray();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().toObject().value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(m1().version, 1);  // nothing stored
    }

    void publishRefusesMalformedBodies()
    {
        QCOMPARE(ScriptLibrary::publish(*m_storage, *m_audit, m_trainer, {}, Now).code(),
                 proto::StatusCode::InvalidBody);
        QCOMPARE(ScriptLibrary::publish(*m_storage, *m_audit, m_trainer,
                                        {{QStringLiteral("script"), QJsonObject{{QStringLiteral("id"), 5}}}}, Now)
                     .code(),
                 proto::StatusCode::InvalidBody);
        QCOMPARE(ScriptLibrary::history(*m_storage, {{QStringLiteral("id"), QStringLiteral("nope")}}).code(),
                 proto::StatusCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TstScriptLibrary)
#include "tst_scriptlibrary.moc"
