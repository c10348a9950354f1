// SMS on the client: the template cache (bundled defaults pass the lint for their audience, a server
// change replaces a template by code, contact templates are kept apart), the schema 5 migration keeps
// a schema 4 store's data, and SmsRecorder queues an "sms.send" op with the right body and puts a
// provisional SMS on the customer's timeline (offline: no server involved), refusing a text the lint
// flags without writing anything.
#include "ChangeApplier.h"
#include "ComplianceLint.h"
#include "OutboxRepository.h"
#include "PortraitModels.h"
#include "SmsCodec.h"
#include "SmsRecorder.h"
#include "SmsTemplateRepository.h"
#include "SyncStateRepository.h"
#include "TestStore.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace cd;
using namespace cdtest;

class TestSmsRecorder : public QObject
{
    Q_OBJECT

    /// A synced store (server address set) with customer 7, own number 70 and a parent's number 71.
    void seed(LocalStore &store)
    {
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        QVERIFY(
            SyncStateRepository(store).setServerUrl(QUrl(QStringLiteral("wss://server.example:8443"))).ok());
        CustomerRepository customers(store);
        QVERIFY(customers.upsert(customer(7)).ok());
        QVERIFY(customers.upsertPhone(phone(70, 7, QStringLiteral("13800000070"))).ok());
        Phone parent = phone(71, 7, QStringLiteral("13800000071"), Relation::Parent);
        parent.contactName = QStringLiteral("张父");
        QVERIFY(customers.upsertPhone(parent).ok());
        QCOMPARE(SmsTemplateRepository(store).ensureDefaults().value(), 7);
    }

    qint64 templateId(LocalStore &store, const QString &code)
    {
        for (const SmsTemplate &t : SmsTemplateRepository(store).active())
            if (t.code == code)
                return t.id;
        return 0;
    }

private Q_SLOTS:
    void bundledTemplatesAreCompliant()
    {
        LocalStore store;
        seed(store);
        const lint::ComplianceLint lint = lint::ComplianceLint::builtIn().value();
        const QList<SmsTemplate> all = SmsTemplateRepository(store).active();
        QCOMPARE(all.size(), 7);
        for (const SmsTemplate &t : all)
            QVERIFY2(lint.check(t.body, t.audience).isEmpty(), qPrintable(t.code));
        const QList<SmsTemplate> contacts = SmsTemplateRepository(store).active(lint::Audience::ThirdParty);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().code, QStringLiteral("callback-missed-contact"));
        // The debtor's templates would disclose the debt to a third party: the lint says so.
        const std::optional<SmsTemplate> m1 =
            SmsTemplateRepository(store).find(templateId(store, QStringLiteral("overdue-m1")));
        QVERIFY(m1);
        QVERIFY(!lint.check(m1->body, lint::Audience::ThirdParty).isEmpty());
    }

    void serverChangeReplacesTemplateByCode()
    {
        LocalStore store;
        seed(store);
        SmsTemplate t = *SmsTemplateRepository(store).find(templateId(store, QStringLiteral("overdue-m1")));
        t.id = 4242;  // the server's id
        t.version = 2;
        t.body = QStringLiteral("【{{company}}】{{customerName}}您好，请尽快还款。");
        proto::Change c;
        c.revision = 10;
        c.entity = QStringLiteral("smsTemplate");
        c.id = 4242;
        c.data = proto::toJson(t);
        const Result<ChangeApplier::Counts> applied = ChangeApplier(store).apply({c}, 10);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().detail));
        QCOMPARE(rowCount(store, QStringLiteral("sms_templates")), 7);
        const std::optional<SmsTemplate> stored = SmsTemplateRepository(store).find(4242);
        QVERIFY(stored);
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->body, t.body);
        QCOMPARE(templateId(store, QStringLiteral("overdue-m1")), qint64(4242));
    }

    void sendQueuesOpAndShowsProvisionalSms()
    {
        LocalStore store;
        seed(store);
        const QDateTime now(QDate(2026, 11, 20), QTime(2, 30), Qt::UTC);  // 10:30 in Shanghai
        SmsRequest r;
        r.customerId = 7;
        r.phoneId = 70;
        r.templateId = templateId(store, QStringLiteral("overdue-m1"));
        r.text = QStringLiteral("【某某金融】张伟先生，您的账单已逾期3天，请尽快通过官方渠道还款。");
        r.agent = QStringLiteral("agent01");
        const Result<RecordedSms> sent = SmsRecorder(store).send(r, now);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().detail));
        QVERIFY(sent->interactionId < 0);  // provisional until the server's row arrives

        const std::optional<OutboxOp> op = OutboxRepository(store).find(sent->opId);
        QVERIFY(op);
        QCOMPARE(op->type, QStringLiteral("sms.send"));
        const std::optional<proto::SmsSend> body = proto::SmsSend::fromJson(op->body);
        QVERIFY(body);
        QCOMPARE(body->customerId, qint64(7));
        QCOMPARE(body->phoneId, qint64(70));
        QCOMPARE(body->phoneNumber, QStringLiteral("13800000070"));
        QCOMPARE(body->templateId, r.templateId);
        QCOMPARE(body->text, r.text);
        QCOMPARE(body->at, now);

        const QList<Interaction> history = InteractionRepository(store).forCustomer(7);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().channel, Channel::Sms);
        QCOMPARE(history.first().smsStatus, SmsStatus::Queued);
        QCOMPARE(history.first().note, r.text);
        QCOMPARE(scalar(store.db(), QStringLiteral("SELECT op_id FROM interactions")).toString(), sent->opId);

        TimelineModel timeline;
        TimelineTexts texts;
        texts.smsUnsynced = QStringLiteral("waiting");
        timeline.setTexts(texts);
        timeline.setInteractions(history);
        QCOMPARE(timeline.rowCount(), 1);
        QCOMPARE(timeline.index(0, TimelineModel::Outcome).data().toString(), QStringLiteral("waiting"));
        QCOMPARE(timeline.index(0, TimelineModel::Note).data().toString(), r.text);

        // The server's row replaces it and brings the delivery state.
        Interaction server = history.first();
        server.id = 900;
        server.smsStatus = SmsStatus::Sent;
        proto::Change c;
        c.revision = 11;
        c.entity = QStringLiteral("interaction");
        c.id = 900;
        c.opId = sent->opId;
        c.data = proto::toJson(server);
        QVERIFY(ChangeApplier(store).apply({c}, 11).ok());
        const QList<Interaction> after = InteractionRepository(store).forCustomer(7);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().id, qint64(900));
        timeline.setInteractions(after);
        QCOMPARE(timeline.index(0, TimelineModel::Outcome).data().value<SmsStatus>(), SmsStatus::Sent);
    }

    void lintFailingTextIsRefused()
    {
        LocalStore store;
        seed(store);
        SmsRequest r;
        r.customerId = 7;
        r.phoneId = 71;  // the parent's number: the debt must not be mentioned
        r.templateId = templateId(store, QStringLiteral("callback-missed-contact"));
        r.text = QStringLiteral("您好，请转告张伟尽快还款。");
        const Result<RecordedSms> sent = SmsRecorder(store).send(r, QDateTime::currentDateTimeUtc());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
        QVERIFY(sent.error().detail.contains(QStringLiteral("ThirdPartyDisclosure")));
        QCOMPARE(rowCount(store, QStringLiteral("interactions")), 0);
        QCOMPARE(rowCount(store, QStringLiteral("outbox")), 0);
    }

    void migrationFrom4KeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            LocalStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(CustomerRepository(store).upsert(customer(7)).ok());
            Interaction i;
            i.id = 5;
            i.customerId = 7;
            i.startedAt = QDateTime(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
            i.outcome = Outcome::Busy;
            QVERIFY(InteractionRepository(store).insert(i).ok());
            // Back to schema 4: what a store written by that release looks like (the later
            // versions' objects go first, newest first).
            for (const char *sql :
                 {"DROP TABLE rehearsal_sessions", "DROP TABLE script_graphs", "DROP TABLE consult_messages",
                  "DROP TABLE consult_threads", "DROP TABLE recording_uploads",
                  "ALTER TABLE interactions DROP COLUMN recording_path",
                  "ALTER TABLE interactions DROP COLUMN recording_id",
                  "ALTER TABLE interactions DROP COLUMN recording_sha256",
                  "ALTER TABLE interactions DROP COLUMN recording_bytes",
                  "ALTER TABLE interactions DROP COLUMN recording_duration_ms",
                  "ALTER TABLE interactions DROP COLUMN recording_retain_until", "DROP TABLE sms_templates",
                  "ALTER TABLE interactions DROP COLUMN sms_status", "ALTER TABLE interactions DROP COLUMN sms_reason",
                  "PRAGMA user_version = 4"})
                QVERIFY2(QSqlQuery(store.db()).exec(QString::fromLatin1(sql)), sql);
        }
        LocalStore store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.schemaVersion(), LocalStore::SchemaVersion);
        QVERIFY(CustomerRepository(store).find(7));
        const QList<Interaction> history = InteractionRepository(store).forCustomer(7);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().outcome, Outcome::Busy);
        QCOMPARE(rowCount(store, QStringLiteral("sms_templates")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSmsRecorder)
#include "tst_smsrecorder.moc"
