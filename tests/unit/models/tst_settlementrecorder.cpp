// SettlementRecorder and the settlement cache: an offer made offline is one provisional row plus one
// queued outbox op (or nothing at all when invalid); the server's row of the same op replaces the
// provisional one on pull; a lead's decision pulled later is noticed once; a refused op's row
// disappears from the customer's list.
#include "ChangeApplier.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "SettlementRecorder.h"
#include "SyncStateRepository.h"
#include "TestStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace cd;
using namespace cdtest;

namespace {
const QDateTime Now(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);  // 10:00 in Beijing
}

class TstSettlementRecorder : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;

    SettlementOffer offer(int discountBp, int instalments) const
    {
        SettlementOffer o;
        o.customerId = 7;
        o.loanId = 70;
        o.discountBp = discountBp;
        o.instalments = instalments;
        o.firstDate = QDate(2026, 11, 30);
        o.note = QStringLiteral("客户失业，同意分期");
        o.agent = QStringLiteral("agent01");
        o.limitBp = 1000;
        return o;
    }

    proto::Change change(qint64 rev, const Settlement &s, const QString &opId = {}) const
    {
        proto::Change c;
        c.revision = rev;
        c.entity = QStringLiteral("settlement");
        c.id = s.id;
        c.opId = opId;
        c.data = proto::toJson(s);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        CD_OPEN_MEMORY_STORE(*m_store);
        QVERIFY(SyncStateRepository(*m_store)
                    .setServerUrl(QUrl(QStringLiteral("wss://collect.example.cn")))
                    .ok());
        QVERIFY(SyncStateRepository(*m_store).setUsername(QStringLiteral("agent01")).ok());
        QVERIFY(SyncStateRepository(*m_store).setRole(QStringLiteral("agent")).ok());
        QVERIFY(CustomerRepository(*m_store).upsert(customer(7)).ok());
        Loan l;
        l.id = 70;
        l.customerId = 7;
        l.contractNo = QStringLiteral("HT-70");
        l.principal = 300'000;
        l.termMonths = 3;
        l.disbursed = QDate(2026, 6, 1);
        for (int i = 1; i <= 3; ++i) {
            Installment in;
            in.id = 700 + i;
            in.loanId = 70;
            in.seq = i;
            in.dueDate = QDate(2026, 6 + i, 1);
            in.principalDue = 100'000;
            in.interestDue = 2'000;
            in.paid = i == 1 ? 52'000 : 0;
            l.installments << in;
        }
        QVERIFY(LoanRepository(*m_store).upsert(l).ok());  // outstanding: 50,000 + 2 * 102,000 = 254,000
    }

    void offlineOfferIsQueuedWithAProvisionalRow()
    {
        const auto rec = SettlementRecorder(*m_store).record(offer(1500, 4), Now);
        QVERIFY2(rec.ok(), qPrintable(rec.error().detail));
        QVERIFY(rec->settlement.id < 0);
        QCOMPARE(rec->settlement.outstanding, Fen(254'000));
        QCOMPARE(rec->settlement.total, Fen(254'000 - 38'100));
        QCOMPARE(rec->settlement.status, SettlementStatus::Pending);  // above the 10% limit: awaiting a lead

        const QList<Settlement> shown = SettlementRepository(*m_store).forCustomer(7);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().status, SettlementStatus::Pending);
        QCOMPARE(shown.first().total, Fen(215'900));

        OutboxRepository outbox(*m_store);
        QCOMPARE(outbox.pendingCount(), 1);
        const auto op = outbox.find(rec->opId);
        QVERIFY(op);
        QCOMPARE(op->type, proto::msg::OpSettlementRequest);
        const auto body = proto::SettlementRequest::fromJson(op->body);
        QVERIFY(body);
        QCOMPARE(body->loanId, qint64(70));
        QCOMPARE(body->discountBp, 1500);
        QCOMPARE(body->instalments, 4);
        QCOMPARE(body->firstDate, QDate(2026, 11, 30));
        QVERIFY(!op->body.contains(QStringLiteral("totalFen")));  // the server computes the figures
    }

    void withinLimitShowsAsApprovedAtOnce()
    {
        const auto rec = SettlementRecorder(*m_store).record(offer(1000, 1), Now);
        QVERIFY(rec.ok());
        QCOMPARE(rec->settlement.status, SettlementStatus::AutoApproved);
    }

    void invalidOfferWritesNothing_data()
    {
        QTest::addColumn<int>("discountBp");
        QTest::addColumn<int>("instalments");
        QTest::addColumn<QDate>("firstDate");
        QTest::addColumn<QString>("problem");
        QTest::newRow("discount above 50%")
            << 5001 << 2 << QDate(2026, 11, 30) << QStringLiteral("DiscountOutOfRange");
        QTest::newRow("first date yesterday (Beijing)")
            << 0 << 2 << QDate(2026, 11, 22) << QStringLiteral("FirstDateInPast");
        QTest::newRow("37 instalments")
            << 0 << 37 << QDate(2026, 11, 30) << QStringLiteral("InstalmentsOutOfRange");
    }
    void invalidOfferWritesNothing()
    {
        QFETCH(int, discountBp);
        QFETCH(int, instalments);
        QFETCH(QDate, firstDate);
        QFETCH(QString, problem);
        SettlementOffer o = offer(discountBp, instalments);
        o.firstDate = firstDate;
        const auto rec = SettlementRecorder(*m_store).record(o, Now);
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, ErrorCode::InvalidInput);
        QCOMPARE(rec.error().detail, problem);
        QCOMPARE(rowCount(*m_store, QStringLiteral("settlements")), 0);
        QCOMPARE(OutboxRepository(*m_store).pendingCount(), 0);
    }

    void unknownLoanIsNotFound()
    {
        SettlementOffer o = offer(0, 1);
        o.loanId = 71;
        const auto rec = SettlementRecorder(*m_store).record(o, Now);
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, ErrorCode::NotFound);
        QCOMPARE(rowCount(*m_store, QStringLiteral("outbox")), 0);
    }

    void pulledRowReplacesTheProvisionalOne()
    {
        const auto rec = SettlementRecorder(*m_store).record(offer(1500, 4), Now);
        QVERIFY(rec.ok());
        QVERIFY(OutboxRepository(*m_store).markAcked(rec->opId, 41).ok());
        Settlement server = rec->settlement;
        server.id = 501;
        server.status = SettlementStatus::Pending;

        ChangeApplier applier(*m_store);
        const auto counts = applier.apply({change(41, server, rec->opId)}, 41, Now);
        QVERIFY2(counts.ok(), qPrintable(counts.error().detail));
        QCOMPARE(counts->provisionalRemoved, 1);
        const QList<Settlement> shown = SettlementRepository(*m_store).forCustomer(7);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().id, qint64(501));

        // The lead's decision arrives by a later pull: noticed once, and the list shows it.
        SettlementDecisionWatch watch(*m_store, QStringLiteral("agent01"));
        QVERIFY(watch.newlyDecided().isEmpty());  // primes
        server.status = SettlementStatus::Approved;
        server.decidedBy = QStringLiteral("lead01");
        server.decidedAt = Now.addSecs(600);
        QVERIFY(applier.apply({change(42, server)}, 42, Now).ok());
        const QList<Settlement> decided = watch.newlyDecided();
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first().id, qint64(501));
        QCOMPARE(decided.first().status, SettlementStatus::Approved);
        QVERIFY(watch.newlyDecided().isEmpty());
        QCOMPARE(SettlementRepository(*m_store).forCustomer(7).first().status, SettlementStatus::Approved);
        QCOMPARE(SettlementRepository(*m_store).forCustomer(7).first().decidedBy, QStringLiteral("lead01"));
    }

    void alreadyDecidedIsNotAnnouncedAgain()
    {
        Settlement s;
        s.id = 9;
        s.customerId = 7;
        s.loanId = 70;
        s.agent = QStringLiteral("agent01");
        s.firstDate = QDate(2026, 12, 1);
        s.status = SettlementStatus::Rejected;
        QVERIFY(SettlementRepository(*m_store).upsert(s).ok());
        SettlementDecisionWatch watch(*m_store, QStringLiteral("agent01"));
        QVERIFY(watch.newlyDecided().isEmpty());
        QVERIFY(watch.newlyDecided().isEmpty());
    }

    void refusedOfferLeavesTheList()
    {
        const auto rec = SettlementRecorder(*m_store).record(offer(1500, 4), Now);
        QVERIFY(rec.ok());
        QVERIFY(OutboxRepository(*m_store).markRejected(rec->opId, proto::StatusCode::InvalidValue).ok());
        QVERIFY(SettlementRepository(*m_store).forCustomer(7).isEmpty());
        // ...and the provisional row itself is gone from the cache, not merely hidden.
        QVERIFY(OutboxRepository(*m_store).discardProvisional(rec->opId).ok());
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settlements WHERE id < 0")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSettlementRecorder)
#include "tst_settlementrecorder.moc"
