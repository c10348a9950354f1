// The demo generator feeds demo mode, training and benchmarks: its data must be repeatable, look
// like real collection work, and obey the same rules (DPD, priority) the workstation applies.
#include "Delinquency.h"
#include "DemoData.h"
#include "Priority.h"
#include "Workflow.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace cd;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(3, 30), Qt::UTC);  // 11:30 in Beijing, a leap year

DemoOptions options(int customers, quint32 seed = 7, const QDateTime &now = kNow)
{
    DemoOptions o;
    o.customers = customers;
    o.seed = seed;
    o.now = now;
    o.assignee = QStringLiteral("agent07");
    return o;
}

int utcOffset(const Customer &c) { return c.timeZone == QLatin1String("Asia/Urumqi") ? 6 * 3600 : 8 * 3600; }
QDate localToday(const Customer &c, const QDateTime &now) { return now.addSecs(utcOffset(c)).date(); }

// Every field of every record goes into the digest, so any difference in output changes it.
class Digest
{
public:
    void add(const QString &s)
    {
        m_hash.addData(s.toUtf8());
        m_hash.addData("\x1f");
    }
    void add(qint64 v) { add(QString::number(v)); }
    void add(const QDate &d) { add(d.toString(Qt::ISODate)); }
    void add(const QDateTime &d) { add(d.isValid() ? d.toMSecsSinceEpoch() : -1); }

    void add(const DemoCustomer &dc)
    {
        const Customer &c = dc.customer;
        add(c.id);
        add(c.name);
        add(int(c.gender));
        add(c.idNumber);
        add(c.birthDate);
        add(c.province);
        add(c.city);
        add(c.timeZone);
        add(c.occupation);
        add(c.employer);
        add(c.address);
        add(int(c.risk));
        add(c.riskScore);
        add(int(c.flags));
        for (const Phone &p : dc.phones) {
            add(p.id);
            add(p.customerId);
            add(p.number);
            add(int(p.type));
            add(int(p.relation));
            add(p.contactName);
            add(int(p.status));
        }
        for (const Loan &l : dc.loans) {
            add(l.id);
            add(l.customerId);
            add(l.contractNo);
            add(int(l.product));
            add(l.principal);
            add(l.termMonths);
            add(l.annualRateBp);
            add(l.disbursed);
            add(int(l.status));
            for (const Installment &i : l.installments) {
                add(i.id);
                add(i.loanId);
                add(i.seq);
                add(i.dueDate);
                add(i.principalDue);
                add(i.interestDue);
                add(i.feeDue);
                add(i.penaltyDue);
                add(i.paid);
                add(i.waived);
            }
            for (const Payment &p : l.payments) {
                add(p.id);
                add(p.loanId);
                add(p.paidAt);
                add(p.amount);
                add(p.channel);
            }
        }
        for (const Interaction &i : dc.history) {
            add(i.id);
            add(i.customerId);
            add(i.taskId);
            add(int(i.channel));
            add(i.phoneNumber);
            add(i.agent);
            add(i.startedAt);
            add(i.answeredAt);
            add(i.endedAt);
            add(int(i.outcome));
            add(i.note);
            add(i.promiseAmount);
            add(i.promiseDate);
            add(i.callbackAt);
        }
        for (const Promise &p : dc.promises) {
            add(p.id);
            add(p.customerId);
            add(p.interactionId);
            add(p.amount);
            add(p.dueDate);
            add(int(p.status));
            add(p.createdAt);
        }
        for (const Task &t : dc.tasks) {
            add(t.id);
            add(t.customerId);
            add(int(t.kind));
            add(int(t.status));
            add(t.priority);
            for (ReasonCode r : t.reasons)
                add(int(r));
            add(t.due);
            add(t.assignee);
            add(t.attempts);
            add(t.nextEligible);
        }
        m_hash.addData("\x1e");
    }

    QByteArray result() const { return m_hash.result().toHex(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

QByteArray digestOf(const DemoOptions &o)
{
    Digest d;
    DemoDataGenerator(o).generate([&d](const DemoCustomer &c) { d.add(c); });
    return d.result();
}

/// Independent ISO 7064 MOD 11-2 check, written from the standard rather than shared with the generator.
bool validIdChecksum(const QString &id)
{
    if (id.size() != 18)
        return false;
    const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit())
            return false;
        sum += id.at(i).digitValue() * w[i];
    }
    // The check character c satisfies (sum + c) % 11 == 1, with X standing for 10.
    const QChar last = id.at(17);
    const int c = last == QLatin1Char('X') ? 10 : (last.isDigit() ? last.digitValue() : -1);
    return c >= 0 && (sum + c) % 11 == 1;
}

priority::Input inputFor(const DemoCustomer &dc, const QDate &today)
{
    priority::Input in;
    in.dpd = delinquency::daysPastDue(dc.loans, today);
    for (const Loan &l : dc.loans) {
        in.overdueAmount += delinquency::overdueAmount(l.installments, today);
        if (const Installment *n = delinquency::nextDue(l.installments, today))
            if (!in.nextDueDate.isValid() || n->dueDate < in.nextDueDate)
                in.nextDueDate = n->dueDate;
    }
    in.risk = dc.customer.risk;
    in.flags = dc.customer.flags;
    if (!dc.history.isEmpty() && dc.history.last().outcome == Outcome::Callback)
        in.callbackAt = dc.history.last().callbackAt;
    if (!dc.promises.isEmpty()) {
        in.hasPromise = true;
        in.promiseDue = dc.promises.last().dueDate;
        in.promiseStatus = dc.promises.last().status;
    }
    return in;
}

}  // namespace

class tst_DemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_all = DemoDataGenerator(options(300)).generateAll();
        QCOMPARE(m_all.size(), 300);
    }

    void sameOptionsGiveIdenticalOutput() { QCOMPARE(digestOf(options(300)), digestOf(options(300))); }

    void changedOptionsChangeOutput_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("other seed") << quint32(8) << kNow;
        QTest::newRow("one day later") << quint32(7) << kNow.addDays(1);
    }
    void changedOptionsChangeOutput()
    {
        QFETCH(quint32, seed);
        QFETCH(QDateTime, now);
        QVERIFY(digestOf(options(300)) != digestOf(options(300, seed, now)));
    }

    void firstCustomersDoNotDependOnRunSize()
    {
        // A trainer asking for 50 customers sees the same first 50 as one asking for 300.
        const auto small = DemoDataGenerator(options(50)).generateAll();
        Digest a, b;
        for (int i = 0; i < 50; ++i) {
            a.add(small.at(i));
            b.add(m_all.at(i));
        }
        QCOMPARE(a.result(), b.result());
    }

    void customersAreStreamedInIdOrder()
    {
        qint64 expected = 1;
        DemoDataGenerator(options(40)).generate([&](const DemoCustomer &c) {
            QCOMPARE(c.customer.id, expected++);
        });
        QCOMPARE(expected, qint64(41));
    }

    void recordIdsAreUniqueAcrossTheRun()
    {
        QSet<qint64> phones, loans, installments, payments, interactions, promises, tasks;
        auto unique = [](QSet<qint64> &set, qint64 id) {
            if (id <= 0 || set.contains(id))
                return false;
            set.insert(id);
            return true;
        };
        for (const DemoCustomer &dc : m_all) {
            for (const Phone &p : dc.phones)
                QVERIFY2(unique(phones, p.id) && p.customerId == dc.customer.id, qPrintable(p.number));
            for (const Loan &l : dc.loans) {
                QVERIFY(unique(loans, l.id) && l.customerId == dc.customer.id);
                for (const Installment &i : l.installments)
                    QVERIFY(unique(installments, i.id) && i.loanId == l.id);
                for (const Payment &p : l.payments)
                    QVERIFY(unique(payments, p.id) && p.loanId == l.id);
            }
            for (const Interaction &i : dc.history)
                QVERIFY(unique(interactions, i.id) && i.customerId == dc.customer.id);
            for (const Promise &p : dc.promises)
                QVERIFY(unique(promises, p.id) && p.customerId == dc.customer.id);
            for (const Task &t : dc.tasks)
                QVERIFY(unique(tasks, t.id) && t.customerId == dc.customer.id);
        }
        QVERIFY(!payments.isEmpty() && !interactions.isEmpty() && !promises.isEmpty() && !tasks.isEmpty());
    }

    void everyBucketAndGradeIsPresent()
    {
        QHash<Bucket, int> buckets;
        QHash<RiskGrade, int> grades;
        for (const DemoCustomer &dc : m_all) {
            const QDate today = localToday(dc.customer, kNow);
            ++buckets[delinquency::bucketFor(delinquency::daysPastDue(dc.loans, today))];
            ++grades[dc.customer.risk];
        }
        for (Bucket b : {Bucket::M0, Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus})
            QVERIFY2(buckets.value(b) >= 10, qPrintable(enumKey(b)));
        for (RiskGrade g : {RiskGrade::A, RiskGrade::B, RiskGrade::C, RiskGrade::D, RiskGrade::E})
            QVERIFY2(grades.value(g) >= 5, qPrintable(enumKey(g)));
        // M1 is the largest band in a real portfolio, and most accounts are overdue in a collection queue.
        QVERIFY(buckets.value(Bucket::M1) > buckets.value(Bucket::M3));
        QVERIFY(buckets.value(Bucket::M0) < 300 / 4);
    }

    void riskScoreMatchesGrade()
    {
        for (const DemoCustomer &dc : m_all) {
            const int s = dc.customer.riskScore;
            QVERIFY(s >= 300 && s <= 850);
            // Grades are ordered: a better grade never has a lower score than a worse one's band.
            static const int floor[] = {750, 680, 620, 550, 300};
            static const int ceil[] = {850, 749, 679, 619, 549};
            const int g = int(dc.customer.risk);
            QVERIFY2(s >= floor[g] && s <= ceil[g], qPrintable(QString::number(s)));
        }
    }

    void everyFlagIsPresent()
    {
        CustomerFlags seen;
        int flagged = 0;
        for (const DemoCustomer &dc : m_all) {
            seen |= dc.customer.flags;
            flagged += dc.customer.flags ? 1 : 0;
        }
        for (CustomerFlag f : {CustomerFlag::Dispute, CustomerFlag::HardshipHold, CustomerFlag::DoNotCall,
                               CustomerFlag::Vulnerable})
            QVERIFY2(seen.testFlag(f), qPrintable(enumKey(f)));
        QVERIFY2(flagged < 300 / 5, "flags are the exception, not the rule");
    }

    void identityLooksReal()
    {
        QSet<QString> names, cities;
        for (const DemoCustomer &dc : m_all) {
            const Customer &c = dc.customer;
            const QString why = c.idNumber + QLatin1Char(' ') + c.name;
            QVERIFY2(validIdChecksum(c.idNumber), qPrintable(why));
            QCOMPARE(c.idNumber.mid(6, 8), c.birthDate.toString(QStringLiteral("yyyyMMdd")));
            const int seq = c.idNumber.mid(14, 3).toInt();
            QVERIFY2((seq % 2 == 1) == (c.gender == Gender::Male), qPrintable(why));
            const QDate today = localToday(c, kNow);
            const int age = today.year() - c.birthDate.year()
                - ((today.month() < c.birthDate.month()
                    || (today.month() == c.birthDate.month() && today.day() < c.birthDate.day()))
                       ? 1
                       : 0);
            QVERIFY2(age >= 20 && age <= 60, qPrintable(why));
            QVERIFY2(c.name.size() >= 2 && c.name.size() <= 4, qPrintable(why));
            for (QChar ch : c.name)
                QVERIFY2(ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff, qPrintable(why));
            QVERIFY(!c.occupation.isEmpty());
            QVERIFY(c.address.startsWith(c.city));
            QVERIFY(c.address.endsWith(QStringLiteral("室")));
            const bool xinjiang = c.province == QStringLiteral("新疆维吾尔自治区");
            QCOMPARE(c.timeZone, xinjiang ? QStringLiteral("Asia/Urumqi") : QStringLiteral("Asia/Shanghai"));
            names << c.name;
            cities << c.city;
        }
        QVERIFY2(names.size() > 250, "names should rarely repeat in 300 customers");
        QVERIFY(cities.size() > 30);
    }

    void phoneNumbersAreUnassignableAndUnique()
    {
        QSet<QString> numbers;
        int contacts = 0, unusable = 0;
        for (const DemoCustomer &dc : m_all) {
            bool ownMobile = false;
            for (const Phone &p : dc.phones) {
                QCOMPARE(p.number.size(), 11);
                QVERIFY2(p.number.startsWith(QStringLiteral("100")), qPrintable(p.number));
                for (QChar ch : p.number)
                    QVERIFY(ch.isDigit());
                QVERIFY2(!numbers.contains(p.number), qPrintable(p.number));
                numbers << p.number;
                ownMobile = ownMobile || (p.relation == Relation::Self && p.type == PhoneType::Mobile);
                if (p.relation != Relation::Self) {
                    ++contacts;
                    QVERIFY(!p.contactName.isEmpty());
                }
                unusable += p.status != PhoneStatus::Valid ? 1 : 0;
            }
            QVERIFY(ownMobile);
            QVERIFY(dc.phones.size() >= 2);  // own mobile plus at least one emergency contact
        }
        QVERIFY(contacts >= 300);
        QVERIFY(unusable > 0);
    }

    void loansAreInternallyConsistent()
    {
        for (const DemoCustomer &dc : m_all) {
            QVERIFY(dc.loans.size() >= 1 && dc.loans.size() <= 3);
            for (const Loan &l : dc.loans) {
                const QString why = l.contractNo;
                QCOMPARE(l.installments.size(), l.termMonths);
                Fen principal = 0, paid = 0, payments = 0;
                for (const Installment &i : l.installments) {
                    principal += i.principalDue;
                    paid += i.paid;
                    QVERIFY2(i.principalDue > 0 && i.interestDue >= 0 && i.feeDue >= 0, qPrintable(why));
                    // Monthly from disbursement, clamped to the month end (Jan 31 -> Feb 29 -> Mar 31).
                    QCOMPARE(i.dueDate, l.disbursed.addMonths(i.seq));
                    QCOMPARE(i.dueDate.day(), qMin(l.disbursed.day(), i.dueDate.daysInMonth()));
                }
                QVERIFY2(principal == l.principal, qPrintable(why));
                for (const Payment &p : l.payments) {
                    QVERIFY(p.amount > 0);
                    QVERIFY(p.paidAt <= kNow);
                    QVERIFY(p.paidAt.date() >= l.disbursed.addDays(-1));
                    payments += p.amount;
                }
                QVERIFY2(payments == paid, "every fen marked paid arrived as a payment");
                if (l.product == ProductType::CashLoan) {
                    QVERIFY(l.annualRateBp >= 1000 && l.annualRateBp <= 2400);
                    QVERIFY(l.installments.first().interestDue > l.installments.last().interestDue);
                }
                const QString prefix = l.product == ProductType::CashLoan ? QStringLiteral("CL")
                    : l.product == ProductType::ConsumerInstalment        ? QStringLiteral("CI")
                                                                          : QStringLiteral("CC");
                QVERIFY2(
                    l.contractNo.startsWith(prefix + l.disbursed.toString(QStringLiteral("yyyyMMdd")) + '-'),
                    qPrintable(why));
            }
        }
    }

    void cashLoanInterestIsAmortised()
    {
        // Equal instalments: interest is the monthly rate on the balance still owed.
        int checked = 0;
        for (const DemoCustomer &dc : m_all) {
            for (const Loan &l : dc.loans) {
                if (l.product != ProductType::CashLoan)
                    continue;
                Fen balance = l.principal;
                for (const Installment &i : l.installments) {
                    const double expected = double(balance) * l.annualRateBp / 120000.0;
                    QVERIFY(qAbs(double(i.interestDue) - expected) <= 1.0);
                    if (i.seq < l.termMonths)  // the last one absorbs rounding
                        QVERIFY(
                            qAbs((i.principalDue + i.interestDue)
                                 - (l.installments.first().principalDue + l.installments.first().interestDue))
                            <= 1);
                    balance -= i.principalDue;
                }
                QCOMPARE(balance, Fen(0));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void overdueInstallmentsCarryPenalty()
    {
        int withPenalty = 0;
        for (const DemoCustomer &dc : m_all) {
            const QDate today = localToday(dc.customer, kNow);
            for (const Loan &l : dc.loans)
                for (const Installment &i : l.installments)
                    if (!i.settled() && i.dueDate < today && i.dueDate.daysTo(today) >= 20) {
                        QVERIFY(i.penaltyDue > 0);
                        ++withPenalty;
                    }
        }
        QVERIFY(withPenalty > 100);
    }

    void tasksFollowThePriorityRules()
    {
        int withTask = 0;
        for (const DemoCustomer &dc : m_all) {
            const QDate today = localToday(dc.customer, kNow);
            const priority::Input in = inputFor(dc, today);
            const int dpd = in.dpd;
            const QString why = QStringLiteral("customer %1 dpd %2").arg(dc.customer.id).arg(dpd);
            QVERIFY(dc.tasks.size() <= 1);
            QCOMPARE(dc.tasks.size() == 1, priority::needsTask(in, kNow, today));
            if (dpd > 0)
                QVERIFY2(dc.tasks.size() == 1,
                         qPrintable(why));  // every overdue debtor is worked, held or not
            if (dc.tasks.isEmpty())
                continue;
            ++withTask;
            const Task &t = dc.tasks.first();
            QCOMPARE(t.reasons.contains(ReasonCode::SeverelyOverdue), dpd > 90);
            QCOMPARE(t.reasons.contains(ReasonCode::Overdue), dpd >= 1 && dpd <= 90);
            QCOMPARE(t.reasons.contains(ReasonCode::OnHold),
                     bool(dc.customer.flags
                          & (CustomerFlag::Dispute | CustomerFlag::HardshipHold | CustomerFlag::DoNotCall)));
            if (dpd == 0)
                QVERIFY2(t.kind == TaskKind::Reminder || t.kind == TaskKind::Callback, qPrintable(why));
            QCOMPARE(t.status, TaskStatus::Open);
            QCOMPARE(t.assignee, QStringLiteral("agent07"));
            QCOMPARE(t.due, kNow);
            int recent = 0;
            for (const Interaction &i : dc.history)
                recent += i.startedAt >= kNow.addDays(-1) ? 1 : 0;
            QCOMPARE(t.attempts, recent);
        }
        QVERIFY(withTask > 240);
    }

    void historyIsPlausible()
    {
        int contacts = 0, promisesToPay = 0;
        for (const DemoCustomer &dc : m_all) {
            const QDate today = localToday(dc.customer, kNow);
            const int dpd = delinquency::daysPastDue(dc.loans, today);
            if (dpd == 0)
                QVERIFY(dc.history.isEmpty());
            QVERIFY(dc.history.size() <= 8);
            QSet<QString> numbers;
            for (const Phone &p : dc.phones)
                if (p.status != PhoneStatus::DoNotCall)
                    numbers << p.number;
            QDateTime previous;
            for (const Interaction &i : dc.history) {
                QVERIFY(numbers.contains(i.phoneNumber));
                QVERIFY(i.startedAt > kNow.addDays(-60) && i.endedAt < kNow);
                QVERIFY(!previous.isValid() || previous < i.startedAt);  // oldest first, no overlap
                previous = i.endedAt;
                // Calls are placed on days the account was already overdue, inside 08:00-21:00 local.
                const QDateTime local = i.startedAt.addSecs(utcOffset(dc.customer));
                QVERIFY(local.date().daysTo(today) < dpd);
                QVERIFY(local.time() >= QTime(8, 0) && local.time() < QTime(21, 0));
                QVERIFY(i.agent.startsWith(QStringLiteral("agent")));
                const bool answered = i.answeredAt.isValid();
                QCOMPARE(answered, workflow::isContact(i.outcome));
                if (answered) {
                    QVERIFY(i.startedAt < i.answeredAt && i.answeredAt < i.endedAt);
                    QVERIFY(!i.note.isEmpty());
                    ++contacts;
                } else {
                    QVERIFY(i.startedAt < i.endedAt);
                }
                QCOMPARE(i.outcome == Outcome::Callback, i.callbackAt.isValid());
                if (i.outcome == Outcome::Callback)
                    QVERIFY(i.callbackAt > i.endedAt);
                if (i.outcome == Outcome::PromiseToPay) {
                    ++promisesToPay;
                    QVERIFY(i.promiseAmount > 0 && i.promiseDate.isValid());
                }
            }
        }
        QVERIFY(contacts > 50);
        QVERIFY(promisesToPay > 20);
    }

    void promisesMatchHistoryAndPayments()
    {
        for (const DemoCustomer &dc : m_all) {
            const QDate today = localToday(dc.customer, kNow);
            int ptpCalls = 0;
            for (const Interaction &i : dc.history)
                ptpCalls += i.outcome == Outcome::PromiseToPay ? 1 : 0;
            QCOMPARE(dc.promises.size(), ptpCalls);
            for (const Promise &p : dc.promises) {
                const auto call = std::find_if(dc.history.cbegin(), dc.history.cend(),
                                               [&](const Interaction &i) { return i.id == p.interactionId; });
                QVERIFY(call != dc.history.cend());
                QCOMPARE(call->promiseAmount, p.amount);
                QCOMPARE(call->promiseDate, p.dueDate);
                QVERIFY(p.createdAt >= call->startedAt);
                // What the customer paid, between the promise and its date, on the debt that was already
                // overdue when promising (not the on-time instalments of other loans) decides its status.
                Fen paidInWindow = 0;
                const QDate promisedOn = p.createdAt.addSecs(utcOffset(dc.customer)).date();
                for (const Loan &l : dc.loans) {
                    const Installment *oldest = delinquency::oldestUnpaid(l.installments, today);
                    if (!oldest || oldest->dueDate >= promisedOn)
                        continue;
                    for (const Payment &pay : l.payments)
                        if (pay.paidAt > p.createdAt
                            && pay.paidAt.addSecs(utcOffset(dc.customer)).date() <= p.dueDate)
                            paidInWindow += pay.amount;
                }
                switch (p.status) {
                case PromiseStatus::Pending: QVERIFY(p.dueDate >= today); break;
                case PromiseStatus::Kept:
                    QVERIFY(p.dueDate < today);
                    QVERIFY(paidInWindow >= p.amount);
                    break;
                case PromiseStatus::Partial:
                    QVERIFY(p.dueDate < today);
                    QVERIFY(paidInWindow > 0 && paidInWindow < p.amount);
                    break;
                case PromiseStatus::Broken:
                    QVERIFY(p.dueDate < today);
                    QCOMPARE(paidInWindow, Fen(0));
                    break;
                }
            }
        }
    }

    void queueHasTheScenariosTrainersNeed()
    {
        int promiseToday = 0, broken = 0, callbackDue = 0, callbackLater = 0, kept = 0, onHold = 0,
            dueSoon = 0;
        for (const DemoCustomer &dc : m_all) {
            const QDate today = localToday(dc.customer, kNow);
            for (const Promise &p : dc.promises) {
                promiseToday += p.status == PromiseStatus::Pending && p.dueDate == today ? 1 : 0;
                broken += p.status == PromiseStatus::Broken ? 1 : 0;
                kept += p.status == PromiseStatus::Kept ? 1 : 0;
            }
            if (!dc.history.isEmpty() && dc.history.last().outcome == Outcome::Callback) {
                const QDateTime at = dc.history.last().callbackAt;
                if (at <= kNow) {
                    ++callbackDue;
                    QVERIFY2(at > kNow.addDays(-1), "a due callback is from earlier today or a bit before");
                } else {
                    ++callbackLater;
                }
            }
            for (const Task &t : dc.tasks) {
                onHold += t.reasons.contains(ReasonCode::OnHold) ? 1 : 0;
                dueSoon += t.reasons.contains(ReasonCode::DueSoon) ? 1 : 0;
            }
        }
        QVERIFY(promiseToday >= 5);
        QVERIFY(broken >= 5);
        QVERIFY(kept >= 2);
        QVERIFY(callbackDue >= 5);
        QVERIFY(callbackLater >= 2);
        QVERIFY(onHold >= 3);
        QVERIFY(dueSoon >= 3);
    }

    void sortedQueueStartsWithDueCallbacks()
    {
        QList<std::pair<Task, CustomerFlags>> tasks;
        for (const DemoCustomer &dc : m_all)
            for (const Task &t : dc.tasks)
                tasks.append({t, dc.customer.flags});
        std::sort(tasks.begin(), tasks.end(),
                  [](const auto &a, const auto &b) { return a.first.priority > b.first.priority; });
        QVERIFY(tasks.size() > 10);
        const Task &top = tasks.first().first;
        QCOMPARE(top.kind, TaskKind::Callback);
        QCOMPARE(top.reasons.first(), ReasonCode::CallbackDue);
        // Tiers in order: callbacks, then promises due today, then broken promises, ..., holds last.
        auto rank = [](const Task &t) {
            if (t.reasons.contains(ReasonCode::OnHold))
                return 0;
            switch (t.kind) {
            case TaskKind::Callback: return 4;
            case TaskKind::PromiseFollowUp: return 3;
            case TaskKind::BrokenPromise: return 2;
            default: return 1;
            }
        };
        for (int i = 1; i < tasks.size(); ++i)
            QVERIFY(rank(tasks.at(i - 1).first) >= rank(tasks.at(i).first));
        QVERIFY(tasks.last().first.reasons.contains(ReasonCode::OnHold));
    }

    void ownNumbersDialledMoreThanContacts()
    {
        int own = 0, third = 0;
        for (const DemoCustomer &dc : m_all)
            for (const Interaction &i : dc.history)
                for (const Phone &p : dc.phones)
                    if (p.number == i.phoneNumber)
                        (p.relation == Relation::Self ? own : third) += 1;
        QVERIFY(own > third);
        QVERIFY(third > 0);
    }

    void urumqiCustomersUseTheirOwnLocalDate()
    {
        // 17:00 UTC is already tomorrow in Beijing (01:00) but still today in Urumqi (23:00).
        const QDateTime now(QDate(2024, 3, 1), QTime(17, 0), Qt::UTC);
        bool sawUrumqi = false;
        DemoDataGenerator(options(300, 7, now)).generate([&](const DemoCustomer &dc) {
            const QDate today = localToday(dc.customer, now);
            sawUrumqi = sawUrumqi || dc.customer.timeZone == QLatin1String("Asia/Urumqi");
            for (const Promise &p : dc.promises)
                if (p.status == PromiseStatus::Pending)
                    QVERIFY(p.dueDate >= today);
            for (const Task &t : dc.tasks)
                QCOMPARE(t.reasons.contains(ReasonCode::Overdue)
                             || t.reasons.contains(ReasonCode::SeverelyOverdue),
                         delinquency::daysPastDue(dc.loans, today) > 0);
        });
        QVERIFY(sawUrumqi);
    }

    void largeRunStreams()
    {
        const int n = 100'000;  // ~2.5 s in Debug, well under a second in Release
        QElapsedTimer timer;
        timer.start();
        qint64 customers = 0, loans = 0, lastId = 0, tasks = 0;
        DemoDataGenerator(options(n, 99)).generate([&](const DemoCustomer &c) {
            ++customers;
            loans += c.loans.size();
            tasks += c.tasks.size();
            lastId = c.customer.id;
        });
        QCOMPARE(customers, qint64(n));
        QCOMPARE(lastId, qint64(n));
        QVERIFY(loans > n);
        QVERIFY(tasks > n * 3 / 4);
        qInfo("%d customers in %lld ms", n, timer.elapsed());
    }

private:
    QList<DemoCustomer> m_all;
};

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
