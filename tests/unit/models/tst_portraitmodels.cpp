// Portrait models: numbers masked (with the raw number only behind a role), loan delinquency and
// installment states computed at the debtor's date, payments and the timeline newest first.
#include "PortraitModels.h"

#include <QSignalSpy>
#include <QTest>

using namespace cd;

Q_DECLARE_METATYPE(cd::Installment)

namespace {

using State = InstallmentTableModel::InstallmentState;

Installment inst(int seq, const QDate &due, Fen principal, Fen paid, Fen waived = 0)
{
    Installment i;
    i.id = 100 + seq;
    i.loanId = 1;
    i.seq = seq;
    i.dueDate = due;
    i.principalDue = principal;
    i.interestDue = 1000;
    i.feeDue = 200;
    i.penaltyDue = 0;
    i.paid = paid;
    i.waived = waived;
    return i;
}

// Monthly schedule on the 15th; the first installment is paid, the second half paid.
QList<Installment> schedule()
{
    return {
        inst(1, QDate(2026, 9, 15), 50000, 51200), inst(2, QDate(2026, 10, 15), 50000, 20000),
        inst(3, QDate(2026, 11, 15), 50000, 0),    inst(4, QDate(2026, 12, 15), 50000, 0),
        inst(5, QDate(2027, 1, 15), 50000, 0),
    };
}

}  // namespace

class TestPortraitModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumbersAreMasked_data();
    void phoneNumbersAreMasked();
    void loanDelinquencyAtAsOf_data();
    void loanDelinquencyAtAsOf();
    void installmentStates_data();
    void installmentStates();
    void paymentsNewestFirstAcrossLoans();
    void timelineNewestFirstMaskedWithTalkTime();
    void headerLabels();
    void phoneCountersShowTodayAgainstTheCap();
    void bucketHistoryNewestFirstWithContract();
    void timelineMergesAccountEvents();
};

void TestPortraitModels::phoneNumbersAreMasked_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("shown");
    QTest::newRow("mobile") << "13812345678"
                            << "138****5678";
    QTest::newRow("demo range") << "10012345678"
                                << "100****5678";
    QTest::newRow("landline with area code") << "01062345678"
                                             << "010****5678";
    QTest::newRow("too short to keep ends") << "1234567"
                                            << "*******";
}

void TestPortraitModels::phoneNumbersAreMasked()
{
    QFETCH(QString, number);
    QFETCH(QString, shown);
    PhoneTableModel model;
    Phone self;
    self.id = 9;
    self.number = number;
    self.type = PhoneType::Work;
    self.relation = Relation::Colleague;
    self.contactName = QStringLiteral("同事小刘");
    self.status = PhoneStatus::DoNotCall;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPhones({self});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(PhoneTableModel::ColumnCount));
    QCOMPARE(model.index(0, PhoneTableModel::Number).data().toString(), shown);
    QVERIFY(!model.index(0, PhoneTableModel::Number).data().toString().contains(number.mid(3, 4))
            || number.size() < 8);
    QCOMPARE(model.index(0, 0).data(PhoneTableModel::RawNumberRole).toString(), number);
    QCOMPARE(model.index(0, 0).data(PhoneTableModel::PhoneIdRole).toLongLong(), 9);
    QCOMPARE(model.index(0, PhoneTableModel::Type).data().value<PhoneType>(), PhoneType::Work);
    QCOMPARE(model.index(0, PhoneTableModel::Relation).data().value<cd::Relation>(), Relation::Colleague);
    QCOMPARE(model.index(0, PhoneTableModel::ContactName).data().toString(), QStringLiteral("同事小刘"));
    QCOMPARE(model.index(0, PhoneTableModel::Status).data().value<PhoneStatus>(), PhoneStatus::DoNotCall);
}

void TestPortraitModels::loanDelinquencyAtAsOf_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("dpd");
    QTest::addColumn<Bucket>("bucket");
    QTest::addColumn<qint64>("overdue");
    // Outstanding per installment: #2 31,200; #3..#5 51,200 each.
    QTest::newRow("second installment due today: not yet past due")
        << QDate(2026, 10, 15) << 0 << Bucket::M0 << qint64(0);
    QTest::newRow("one day late") << QDate(2026, 10, 16) << 1 << Bucket::M1 << qint64(31200);
    QTest::newRow("30 days: still M1") << QDate(2026, 11, 14) << 30 << Bucket::M1 << qint64(31200);
    QTest::newRow("31 days: M2, third installment due today")
        << QDate(2026, 11, 15) << 31 << Bucket::M2 << qint64(31200);
    QTest::newRow("38 days, two installments overdue")
        << QDate(2026, 11, 22) << 38 << Bucket::M2 << qint64(82400);
    QTest::newRow("97 days: M4+, everything overdue")
        << QDate(2027, 1, 20) << 97 << Bucket::M4Plus << qint64(31200 + 3 * 51200);
}

void TestPortraitModels::loanDelinquencyAtAsOf()
{
    QFETCH(QDate, asOf);
    QFETCH(int, dpd);
    QFETCH(Bucket, bucket);
    QFETCH(qint64, overdue);
    Loan l;
    l.id = 1;
    l.contractNo = QStringLiteral("CL20260815-000001");
    l.product = ProductType::CashLoan;
    l.principal = 250000;
    l.termMonths = 5;
    l.annualRateBp = 2400;
    l.disbursed = QDate(2026, 8, 15);
    l.installments = schedule();
    LoanTableModel model;
    model.setLoans({l}, asOf);
    auto cell = [&](int c) { return model.index(0, c).data(); };
    QCOMPARE(cell(LoanTableModel::ContractNo).toString(), l.contractNo);
    QCOMPARE(cell(LoanTableModel::Product).value<ProductType>(), ProductType::CashLoan);
    QCOMPARE(cell(LoanTableModel::Principal).toLongLong(), 250000);
    QCOMPARE(cell(LoanTableModel::Term).toInt(), 5);
    QCOMPARE(cell(LoanTableModel::Rate).toInt(), 2400);
    QCOMPARE(cell(LoanTableModel::Disbursed).toDate(), QDate(2026, 8, 15));
    QCOMPARE(cell(LoanTableModel::Dpd).toInt(), dpd);
    QCOMPARE(cell(LoanTableModel::Bucket).value<Bucket>(), bucket);
    QCOMPARE(cell(LoanTableModel::Overdue).toLongLong(), overdue);
    QCOMPARE(cell(LoanTableModel::Outstanding).toLongLong(), 31200 + 3 * 51200);  // independent of asOf
    QCOMPARE(model.index(0, 0).data(LoanTableModel::LoanIdRole).toLongLong(), 1);
    QVERIFY(model.index(0, LoanTableModel::Overdue).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
}

void TestPortraitModels::installmentStates_data()
{
    QTest::addColumn<QList<Installment>>("items");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QList<State>>("states");  // by seq
    const QList<Installment> s = schedule();
    QTest::newRow("paid, two overdue, the next one due, one future")
        << s << QDate(2026, 11, 22)
        << QList<State>{State::Paid, State::Overdue, State::Overdue, State::Due, State::Future};
    QTest::newRow("due today is Due, not Overdue")
        << s << QDate(2026, 12, 15)
        << QList<State>{State::Paid, State::Overdue, State::Overdue, State::Due, State::Future};
    QList<Installment> waived = s;
    waived[1].waived = 31200;  // the rest of #2 forgiven
    QTest::newRow("waived remainder counts as settled")
        << waived << QDate(2026, 10, 20)
        << QList<State>{State::Paid, State::Paid, State::Due, State::Future, State::Future};
    QList<Installment> allPaid = s;
    for (Installment &i : allPaid)
        i.paid = i.totalDue();
    QTest::newRow("everything paid") << allPaid << QDate(2026, 11, 22)
                                     << QList<State>{State::Paid, State::Paid, State::Paid, State::Paid,
                                                     State::Paid};
    QTest::newRow("before the first due date")
        << s << QDate(2026, 9, 1)
        << QList<State>{State::Paid, State::Due, State::Future, State::Future, State::Future};
    QList<Installment> shuffled = {s[3], s[0], s[4], s[2], s[1]};
    QTest::newRow("given out of order, shown by seq")
        << shuffled << QDate(2026, 11, 22)
        << QList<State>{State::Paid, State::Overdue, State::Overdue, State::Due, State::Future};
}

void TestPortraitModels::installmentStates()
{
    QFETCH(QList<Installment>, items);
    QFETCH(QDate, asOf);
    QFETCH(QList<State>, states);
    InstallmentTableModel model;
    model.setInstallments(items, asOf);
    QCOMPARE(model.rowCount(), states.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, InstallmentTableModel::Seq).data().toInt(), r + 1);
        QCOMPARE(model.index(r, InstallmentTableModel::State).data().value<State>(), states[r]);
        const Installment &i =
            *std::find_if(items.begin(), items.end(), [&](const Installment &x) { return x.seq == r + 1; });
        QCOMPARE(model.index(r, InstallmentTableModel::DueDate).data().toDate(), i.dueDate);
        QCOMPARE(model.index(r, InstallmentTableModel::Principal).data().toLongLong(), i.principalDue);
        QCOMPARE(model.index(r, InstallmentTableModel::Interest).data().toLongLong(), i.interestDue);
        QCOMPARE(model.index(r, InstallmentTableModel::Fee).data().toLongLong(), i.feeDue);
        QCOMPARE(model.index(r, InstallmentTableModel::Penalty).data().toLongLong(), i.penaltyDue);
        QCOMPARE(model.index(r, InstallmentTableModel::Paid).data().toLongLong(), i.paid);
        QCOMPARE(model.index(r, InstallmentTableModel::Waived).data().toLongLong(), i.waived);
        QCOMPARE(model.index(r, InstallmentTableModel::Outstanding).data().toLongLong(), i.outstanding());
    }
}

void TestPortraitModels::paymentsNewestFirstAcrossLoans()
{
    Loan a;
    a.id = 1;
    a.contractNo = QStringLiteral("CL-A");
    Loan b;
    b.id = 2;
    b.contractNo = QStringLiteral("CC-B");
    auto pay = [](qint64 id, const QDateTime &at, Fen amount, const char *channel) {
        Payment p;
        p.id = id;
        p.paidAt = at;
        p.amount = amount;
        p.channel = QString::fromLatin1(channel);
        return p;
    };
    const QDateTime d(QDate(2026, 10, 1), QTime(3, 0), Qt::UTC);
    a.payments = {pay(1, d, 100, "alipay"), pay(2, d.addDays(20), 200, "wechat")};
    b.payments = {pay(3, d.addDays(10), 300, "bank_transfer"), pay(4, d.addDays(30), 400, "card_debit")};
    PaymentTableModel model;
    model.setLoans({a, b});
    QCOMPARE(model.rowCount(), 4);
    const QList<qint64> amounts = {400, 200, 300, 100};
    const QStringList contracts = {QStringLiteral("CC-B"), QStringLiteral("CL-A"), QStringLiteral("CC-B"),
                                   QStringLiteral("CL-A")};
    for (int r = 0; r < 4; ++r) {
        QCOMPARE(model.index(r, PaymentTableModel::Amount).data().toLongLong(), amounts[r]);
        QCOMPARE(model.index(r, PaymentTableModel::Contract).data().toString(), contracts[r]);
    }
    QCOMPARE(model.index(0, PaymentTableModel::PaidAt).data().toDateTime(), d.addDays(30));
    QCOMPARE(model.index(0, PaymentTableModel::Channel).data().toString(), QStringLiteral("card_debit"));
}

void TestPortraitModels::timelineNewestFirstMaskedWithTalkTime()
{
    const QDateTime t0(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
    QList<Interaction> items;
    for (int k = 0; k < 5; ++k) {
        Interaction i;
        i.id = k + 1;
        i.customerId = 1;
        i.channel = k == 2 ? Channel::Sms : Channel::Call;
        i.phoneNumber = QStringLiteral("1001234567%1").arg(k);
        i.agent = QStringLiteral("agent%1").arg(k);
        i.startedAt = t0.addSecs(k * 3600);
        if (k % 2 == 0) {
            i.answeredAt = i.startedAt.addSecs(8);
            i.endedAt = i.answeredAt.addSecs(60 * k + 15);
            i.outcome = Outcome::RightPartyContact;
        } else {
            i.endedAt = i.startedAt.addSecs(30);
            i.outcome = Outcome::NoAnswer;
        }
        i.note = QStringLiteral("第%1次联系").arg(k + 1);
        items << i;
    }
    std::swap(items[0], items[3]);  // given in no particular order
    TimelineModel model;
    model.setInteractions(items);
    QCOMPARE(model.rowCount(), 5);
    for (int r = 0; r < 5; ++r) {
        const int k = 4 - r;  // newest first
        QCOMPARE(model.index(r, TimelineModel::StartedAt).data().toDateTime(), t0.addSecs(k * 3600));
        QCOMPARE(model.index(r, TimelineModel::Number).data().toString(),
                 QStringLiteral("100****567%1").arg(k));
        QCOMPARE(model.index(r, TimelineModel::TalkTime).data().typeId(), QMetaType::Int);
        QCOMPARE(model.index(r, TimelineModel::TalkTime).data().toInt(), k % 2 == 0 ? 60 * k + 15 : 0);
        if (k == 2)  // an SMS shows its delivery state, not a call outcome
            QCOMPARE(model.index(r, TimelineModel::Outcome).data().value<cd::SmsStatus>(), SmsStatus::Queued);
        else
            QCOMPARE(model.index(r, TimelineModel::Outcome).data().value<cd::Outcome>(),
                     k % 2 == 0 ? Outcome::RightPartyContact : Outcome::NoAnswer);
        QCOMPARE(model.index(r, TimelineModel::Channel).data().value<cd::Channel>(),
                 k == 2 ? Channel::Sms : Channel::Call);
        QCOMPARE(model.index(r, TimelineModel::Agent).data().toString(), QStringLiteral("agent%1").arg(k));
        QCOMPARE(model.index(r, TimelineModel::Note).data().toString(),
                 QStringLiteral("第%1次联系").arg(k + 1));
        const Interaction full = model.index(r, 0).data(TimelineModel::InteractionRole).value<Interaction>();
        QCOMPARE(full.id, k + 1);
        QCOMPARE(full.phoneNumber, QStringLiteral("1001234567%1").arg(k));  // the record itself is unmasked
    }
}

void TestPortraitModels::headerLabels()
{
    TimelineModel model;
    QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
    model.setHeaderLabels({QStringLiteral("时间"), QStringLiteral("渠道"), QStringLiteral("号码")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.headerData(TimelineModel::Number, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("号码"));
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
    QVERIFY(model.headerData(TimelineModel::Note, Qt::Horizontal, Qt::DisplayRole).isValid());
}

void TestPortraitModels::phoneCountersShowTodayAgainstTheCap()
{
    PhoneTableModel model;
    Phone a, b;
    a.id = 1;
    a.number = QStringLiteral("10012345678");
    b.id = 2;
    b.number = QStringLiteral("10087654321");
    b.relation = Relation::Spouse;
    model.setPhones({a, b});
    QCOMPARE(model.index(0, PhoneTableModel::Today).data().toString(), QString());  // not known yet
    compliance::Counters c;
    c.unansweredToday = 2;
    c.unansweredCap = 6;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCounters({{1, c}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, PhoneTableModel::Today).data().toString(), QStringLiteral("2/6"));
    QCOMPARE(model.index(1, PhoneTableModel::Today).data().toString(), QString());
}

void TestPortraitModels::bucketHistoryNewestFirstWithContract()
{
    const QDateTime t0(QDate(2026, 9, 16), QTime(1, 0), Qt::UTC);
    Loan loan;
    loan.id = 7;
    loan.contractNo = QStringLiteral("CL20260101-000007");
    QList<BucketChange> h;
    for (int k = 0; k < 3; ++k) {
        BucketChange b;
        b.id = k + 1;
        b.loanId = 7;
        b.at = t0.addDays(30 * k);
        b.from = static_cast<Bucket>(k);
        b.to = static_cast<Bucket>(k + 1);
        b.dpd = 1 + 30 * k;
        h << b;
    }
    BucketHistoryModel model;
    model.setHistory(h, {loan});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BucketHistoryModel::ColumnCount));
    QCOMPARE(model.index(0, BucketHistoryModel::To).data().value<Bucket>(), Bucket::M3);
    QCOMPARE(model.index(0, BucketHistoryModel::From).data().value<Bucket>(), Bucket::M2);
    QCOMPARE(model.index(0, BucketHistoryModel::Dpd).data().toInt(), 61);
    QCOMPARE(model.index(2, BucketHistoryModel::At).data().toDateTime(), t0);
    QCOMPARE(model.index(1, BucketHistoryModel::Contract).data().toString(), loan.contractNo);
}

void TestPortraitModels::timelineMergesAccountEvents()
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    Interaction call;
    call.id = 1;
    call.startedAt = t0;
    call.outcome = Outcome::PromiseToPay;
    Promise pending, kept;
    pending.id = 1;
    pending.createdAt = t0.addDays(5);
    kept.id = 2;
    kept.amount = 50000;
    kept.paid = 50000;
    kept.dueDate = QDate(2026, 11, 5);
    kept.createdAt = t0;
    kept.status = PromiseStatus::Kept;
    kept.decidedAt = t0.addDays(3);
    Loan loan;
    loan.id = 7;
    loan.contractNo = QStringLiteral("CL-7");
    Payment pay;
    pay.id = 3;
    pay.loanId = 7;
    pay.amount = 50000;
    pay.paidAt = t0.addDays(3);  // the same instant as the decision it caused
    pay.channel = QStringLiteral("alipay");
    loan.payments = {pay};
    BucketChange roll;
    roll.id = 4;
    roll.loanId = 7;
    roll.at = t0.addDays(1);
    roll.from = Bucket::M1;
    roll.to = Bucket::M2;

    TimelineModel model;
    TimelineTexts texts;
    texts.promise = QStringLiteral("P");
    texts.payment = QStringLiteral("$");
    texts.bucketChange = QStringLiteral("B");
    texts.paymentNote = [](const Payment &p) { return QStringLiteral("paid %1").arg(p.amount); };
    model.setTexts(texts);
    model.setInteractions({call});
    model.setAccountEvents({pending, kept}, {loan}, {roll});
    // The pending promise is not a row (it is a chip); newest first; the promise before the payment
    // at the same instant.
    QCOMPARE(model.rowCount(), 4);
    using K = TimelineModel::EntryKind;
    const QList<K> kinds{K::Promise, K::Payment, K::BucketChange, K::Contact};
    for (int r = 0; r < kinds.size(); ++r)
        QCOMPARE(model.index(r, 0).data(TimelineModel::EntryKindRole).value<K>(), kinds.at(r));
    QCOMPARE(model.index(0, TimelineModel::Outcome).data().value<PromiseStatus>(), PromiseStatus::Kept);
    QCOMPARE(model.index(0, TimelineModel::Channel).data().toString(), QStringLiteral("P"));
    QCOMPARE(model.index(1, TimelineModel::Note).data().toString(), QStringLiteral("paid 50000"));
    QCOMPARE(model.index(1, TimelineModel::Number).data().toString(), QStringLiteral("CL-7"));
    QCOMPARE(model.index(2, TimelineModel::Outcome).data().value<Bucket>(), Bucket::M2);
    QCOMPARE(model.index(3, TimelineModel::Outcome).data().value<cd::Outcome>(), Outcome::PromiseToPay);
    QVERIFY(!model.index(1, 0).data(TimelineModel::InteractionRole).isValid());
    QCOMPARE(model.index(3, 0).data(TimelineModel::InteractionRole).value<Interaction>().id, 1);
}

QTEST_GUILESS_MAIN(TestPortraitModels)
#include "tst_portraitmodels.moc"
