// The settlement calculator as the agent uses it (offscreen): open it from the portrait's payment-plan
// section, fill the form, read the live schedule (it adds up to the total), see the approval line
// change at the agent's limit, save while offline (one queued op, the section shows "awaiting
// approval" at once), and a lead's approvals dialog that says it needs a connection.
#include "Labels.h"
#include "LocalStore.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "PortraitView.h"
#include "Repositories.h"
#include "SettlementApprovalsDialog.h"
#include "SettlementDialog.h"
#include "SettlementPanel.h"
#include "SyncClient.h"
#include "SyncStateRepository.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace cd;

class TstSettlementDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<PortraitView> m_portrait;

    SettlementPanel *panel() const { return m_portrait->findChild<SettlementPanel *>(); }
    QDate beijingToday() const
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    }
    static Fen amountAt(QTableWidget *t, int row)
    {
        // "¥12,345.67" -> 1234567
        QString text = t->item(row, 2)->text();
        text.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return text.toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        SyncStateRepository state(*m_store);
        QVERIFY(
            state.setServerUrl(QUrl(QStringLiteral("wss://collect.example.cn"))).ok());  // offline, synced
        QVERIFY(state.setUsername(QStringLiteral("agent01")).ok());
        Customer c;
        c.id = 7;
        c.name = QStringLiteral("王芳");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        QVERIFY(CustomerRepository(*m_store).upsert(c).ok());
        Loan l;
        l.id = 70;
        l.customerId = 7;
        l.contractNo = QStringLiteral("HT-2026-0070");
        l.principal = 100'000;
        l.termMonths = 1;
        l.disbursed = QDate(2026, 1, 5);
        Installment in;
        in.id = 701;
        in.loanId = 70;
        in.seq = 1;
        in.dueDate = QDate(2026, 2, 5);
        in.principalDue = 100'000;  // ¥1,000.00 outstanding
        l.installments << in;
        QVERIFY(LoanRepository(*m_store).upsert(l).ok());
        m_portrait = std::make_unique<PortraitView>(*m_store);
        m_portrait->show();
        m_portrait->showCustomer(7);
        QVERIFY(panel());
    }
    void cleanup()
    {
        m_portrait.reset();
        m_store.reset();
    }

    void scheduleAddsUpAndApprovalFollowsTheLimit()
    {
        SettlementPanel *p = panel();
        QVERIFY(p->newPlanButton()->isEnabled());
        QCOMPARE(p->discountLimit(), 1000);  // junior until a login says otherwise
        std::unique_ptr<SettlementDialog> dlg(p->openDialog());
        QVERIFY(dlg);
        dlg->setAttribute(Qt::WA_DeleteOnClose, false);
        dlg->show();
        QVERIFY(dlg->selectLoan(70));
        dlg->setDiscountPercent(10);
        dlg->setInstalments(3);
        dlg->setFirstDate(beijingToday().addDays(7));

        // ¥1,000 - 10% = ¥900 in three: 300 each.
        QTableWidget *t = dlg->scheduleTable();
        QCOMPARE(t->rowCount(), 3);
        Fen sum = 0;
        for (int r = 0; r < 3; ++r)
            sum += amountAt(t, r);
        QCOMPARE(sum, Fen(90'000));
        QCOMPARE(t->item(1, 1)->text(),
                 beijingToday().addDays(7).addMonths(1).toString(QStringLiteral("yyyy-MM-dd")));
        QVERIFY(!dlg->needsApproval());  // exactly at the limit
        QVERIFY(dlg->approvalLabel()->text().contains(QLatin1String("no approval")));
        QVERIFY(dlg->saveButton()->isEnabled());

        // One basis point above: a lead must approve; an uneven split puts the remainder last.
        dlg->setDiscountPercent(10.01);
        QVERIFY(dlg->needsApproval());
        QVERIFY(dlg->approvalLabel()->text().contains(QLatin1String("lead must approve")));
        dlg->setInstalments(7);
        sum = 0;
        for (int r = 0; r < t->rowCount(); ++r)
            sum += amountAt(t, r);
        QCOMPARE(t->rowCount(), 7);
        QCOMPARE(sum, dlg->plan().total);
        QCOMPARE(dlg->plan().total, Fen(100'000 - 10'010));
        QVERIFY(amountAt(t, 6) >= amountAt(t, 0));

        // A first amount above the total: no schedule, a reason, no save.
        dlg->setFirstAmount(200'000);
        QCOMPARE(t->rowCount(), 0);
        QVERIFY(!dlg->saveButton()->isEnabled());
        QVERIFY(!dlg->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
        dlg->setFirstAmount(0);
        QVERIFY(dlg->saveButton()->isEnabled());
    }

    void saveQueuesOneOpAndShowsAwaitingApproval()
    {
        SettlementPanel *p = panel();
        QSignalSpy saved(p, &SettlementPanel::settlementSaved);
        SettlementDialog *dlg = p->openDialog();
        QVERIFY(dlg);
        dlg->show();
        QVERIFY(dlg->selectLoan(70));
        dlg->setDiscountPercent(20);
        dlg->setInstalments(4);
        dlg->setFirstDate(beijingToday().addDays(3));
        dlg->setNote(QStringLiteral("客户失业三个月"));
        QTest::mouseClick(dlg->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);

        OutboxRepository outbox(*m_store);
        QCOMPARE(outbox.pendingCount(), 1);
        const QList<OutboxOp> ops = outbox.due(QDateTime::currentDateTimeUtc().addSecs(1), 10);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().type, proto::msg::OpSettlementRequest);
        QCOMPARE(ops.first().body.value(QStringLiteral("discountBp")).toInt(), 2000);

        QTableWidget *t = p->table();
        QCOMPARE(t->rowCount(), 1);
        QCOMPARE(t->item(0, 6)->text(), Labels::text(SettlementStatus::Pending));
        QCOMPARE(t->item(0, 3)->text(), Labels::money(80'000));
    }

    void approvalsNeedAConnection()
    {
        SyncClient client(*m_store);  // never logged in: offline
        SettlementApprovalsDialog dlg(client, *m_store);
        dlg.show();
        QTRY_VERIFY(dlg.statusLabel()->text().contains(QLatin1String("Not connected")));
        QCOMPARE(dlg.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TstSettlementDialog)
#include "tst_settlementdialog.moc"
