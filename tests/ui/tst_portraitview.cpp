// The portrait as the agent sees it (offscreen): promise chips with their state, amount, date and
// what was paid; risk factors; the bucket history tab and the bucket change in the timeline; waived
// amounts in the schedule; today's counter on each number.
#include "AccountRepositories.h"
#include "Labels.h"
#include "LocalStore.h"
#include "PortraitModels.h"
#include "PortraitView.h"
#include "Repositories.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace cd;

namespace {

Promise promise(qint64 id, Fen amount, const QDate &due, PromiseStatus status, Fen paid,
                const QDateTime &created)
{
    Promise p;
    p.id = id;
    p.customerId = 1;
    p.amount = amount;
    p.dueDate = due;
    p.status = status;
    p.paid = paid;
    p.createdAt = created;
    if (status != PromiseStatus::Pending)
        p.decidedAt = created.addDays(3);
    return p;
}

}  // namespace

class TestPortraitView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<PortraitView> m_view;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        Customer c;
        c.id = 1;
        c.name = QStringLiteral("王芳");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        c.risk = RiskGrade::D;
        c.riskScore = 600;
        c.riskFactors = {RiskFactor::BrokenPromise, RiskFactor::BucketRoll};
        QVERIFY(CustomerRepository(*m_store).upsert(c).ok());
        Phone ph;
        ph.id = 5;
        ph.customerId = 1;
        ph.number = QStringLiteral("10012345678");
        QVERIFY(CustomerRepository(*m_store).upsertPhone(ph).ok());

        Loan l;
        l.id = 7;
        l.customerId = 1;
        l.contractNo = QStringLiteral("CL20260101-000007");
        Installment i;
        i.id = 70;
        i.loanId = 7;
        i.seq = 1;
        i.dueDate = m_now.date().addDays(-40);
        i.principalDue = yuan(1000);
        i.paid = yuan(300);
        i.waived = yuan(50);
        l.installments = {i};
        Payment pay;
        pay.id = 71;
        pay.loanId = 7;
        pay.amount = yuan(300);
        pay.paidAt = m_now.addDays(-20);
        pay.channel = QStringLiteral("alipay");
        l.payments = {pay};
        QVERIFY(LoanRepository(*m_store).upsert(l).ok());

        const QDateTime made = m_now.addDays(-30);
        PromiseRepository promises(*m_store);
        QVERIFY(promises.upsert(promise(1, yuan(500), made.date().addDays(2), PromiseStatus::Broken, 0, made))
                    .ok());
        QVERIFY(promises
                    .upsert(promise(2, yuan(300), made.date().addDays(12), PromiseStatus::Kept, yuan(300),
                                    made.addDays(10)))
                    .ok());
        QVERIFY(promises
                    .upsert(promise(3, yuan(400), made.date().addDays(22), PromiseStatus::Partial, yuan(150),
                                    made.addDays(20)))
                    .ok());
        QVERIFY(promises
                    .upsert(promise(4, yuan(600), m_now.date().addDays(2), PromiseStatus::Pending, 0,
                                    m_now.addDays(-1)))
                    .ok());

        BucketChange roll;
        roll.id = 9;
        roll.customerId = 1;
        roll.loanId = 7;
        roll.at = m_now.addDays(-9);
        roll.from = Bucket::M1;
        roll.to = Bucket::M2;
        roll.dpd = 31;
        QVERIFY(BucketHistoryRepository(*m_store).upsert(roll).ok());

        m_view = std::make_unique<PortraitView>(*m_store);
        m_view->resize(1100, 800);
        m_view->show();
        m_view->showCustomer(1);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_store.reset();
    }

    void promiseChipsShowStateAmountDateAndPaid()
    {
        const QList<QLabel *> chips = m_view->findChildren<QLabel *>(QStringLiteral("promiseChip"));
        QCOMPARE(chips.size(), 4);
        // Newest first: pending, partial, kept, broken.
        const QStringList states{QStringLiteral("Pending"), QStringLiteral("Partial"), QStringLiteral("Kept"),
                                 QStringLiteral("Broken")};
        for (int k = 0; k < chips.size(); ++k) {
            QCOMPARE(chips.at(k)->property("status").toString(), states.at(k));
            QVERIFY(chips.at(k)->isVisible());
        }
        const QString partial = chips.at(1)->text();
        QVERIFY2(partial.contains(Labels::text(PromiseStatus::Partial)), qPrintable(partial));
        QVERIFY2(partial.contains(Labels::money(yuan(400))), qPrintable(partial));
        QVERIFY2(partial.contains(Labels::money(yuan(150))), qPrintable(partial));
        QVERIFY2(
            partial.contains(m_now.addDays(-30).date().addDays(22).toString(QStringLiteral("yyyy-MM-dd"))),
            qPrintable(partial));
        QVERIFY(chips.at(3)->text().contains(Labels::text(PromiseStatus::Broken)));
    }

    void riskFactorsAreNamed()
    {
        const auto *factors = m_view->findChild<QLabel *>(QStringLiteral("riskFactors"));
        QVERIFY(factors);
        QVERIFY2(factors->text().contains(Labels::text(RiskFactor::BrokenPromise)),
                 qPrintable(factors->text()));
        QVERIFY(factors->text().contains(Labels::text(RiskFactor::BucketRoll)));
    }

    void bucketHistoryTabAndTimeline()
    {
        m_view->setCurrentTab(PortraitView::BucketHistoryTab);
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("bucketTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, BucketHistoryModel::To).data().value<Bucket>(), Bucket::M2);
        QCOMPARE(table->model()->index(0, BucketHistoryModel::Contract).data().toString(),
                 QStringLiteral("CL20260101-000007"));

        // Timeline: the roll, the payment and the decided promises next to the contacts.
        TimelineModel *timeline = m_view->timelineModel();
        QStringList notes;
        for (int r = 0; r < timeline->rowCount(); ++r)
            notes << timeline->index(r, TimelineModel::Note).data().toString();
        const QString all = notes.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(Labels::text(Bucket::M1)) && all.contains(Labels::text(Bucket::M2)),
                 qPrintable(all));
        QVERIFY2(all.contains(Labels::paymentChannel(QStringLiteral("alipay"))), qPrintable(all));
        QCOMPARE(timeline->rowCount(), 1 + 1 + 3);  // roll, payment, three decided promises
    }

    void scheduleShowsWaivedAndPhonesTheirCounter()
    {
        auto *inst = m_view->findChild<QTableView *>(QStringLiteral("installmentTable"));
        QVERIFY(inst);
        QCOMPARE(inst->model()->headerData(InstallmentTableModel::Waived, Qt::Horizontal).toString(),
                 PortraitView::tr("Waived"));
        QCOMPARE(inst->model()->index(0, InstallmentTableModel::Waived).data().toLongLong(), yuan(50));
        auto *phones = m_view->findChild<QTableView *>(QStringLiteral("phoneTable"));
        QVERIFY(phones);
        QCOMPARE(phones->model()->index(0, PhoneTableModel::Today).data().toString(), QStringLiteral("0/6"));
    }
};

QTEST_MAIN(TestPortraitView)
#include "tst_portraitview.moc"
