#include "DemoData.h"

#include "Delinquency.h"
#include "DemoDataTables.h"
#include "DemoIdentity.h"
#include "DemoRandom.h"
#include "Priority.h"
#include "PromiseLedger.h"
#include "RiskReview.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// Word tables (DemoDataTables.h), the random stream (DemoRandom.h), identity numbers (DemoIdentity.h).
using namespace demo;

/// A local wall-clock moment (date + seconds after midnight) expressed in UTC.
QDateTime localToUtc(const QDate &date, int secsOfDay, int utcOffset)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(secsOfDay) - utcOffset);
}

/// Fen rounded half up: value * num / den.
Fen mulDiv(Fen value, qint64 num, qint64 den) { return (value * num + den / 2) / den; }

constexpr qint64 PenaltyPerDayPer10k = 5;  // 0.05% of the overdue principal per day

enum class Scenario { Plain, PromiseToday, PromiseBroken, PromiseKept, CallbackDue, CallbackFuture };

/// Everything the generator keeps across customers: the random stream and the id counters.
class Builder
{
public:
    explicit Builder(const DemoOptions &options)
        : m_options(options), m_t(tables()), m_rng(options.seed), m_now(options.now.toUTC())
    {
        // Phone numbers: an affine bijection on 8 digits keeps them unique without a lookup set.
        m_phoneOffset = qint64(Rng(options.seed ^ 0x9e3779b9u).next() % 100'000'000u);
    }

    DemoCustomer make(qint64 customerId);

private:
    // ids
    qint64 m_nextPhone = 1, m_nextLoan = 1, m_nextInstallment = 1, m_nextPayment = 1, m_nextInteraction = 1,
           m_nextPromise = 1, m_nextTask = 1, m_nextBucketChange = 1;
    qint64 m_phoneCounter = 0;
    qint64 m_phoneOffset = 0;

    const DemoOptions &m_options;
    const Tables &m_t;
    Rng m_rng;
    QDateTime m_now;

    // per-customer context
    QDate m_today;
    int m_offset = 8 * 3600;

    QString makeName(Gender g, const QString &surname = QString());
    QString makePhoneNumber();
    QString makeEmployer(const QString &occupation, const QString &city);
    void makePhones(DemoCustomer &dc);
    Loan makeLoanShell(qint64 customerId);
    void buildSchedule(Loan &loan, Fen monthlyFee);
    void placeLoan(Loan &loan, Fen monthlyFee, int dpd, int k, int *actual);
    Loan makeLoan(qint64 customerId, int dpdLo, int dpdHi, int *actual);
    void payInstallment(Loan &loan, Installment &inst, const QDate &paidDate);
    void addPayment(Loan &loan, const QDate &date, int secsOfDay, Fen amount);
    void makeHistory(DemoCustomer &dc, Loan &worst, int dpd);
    Interaction makeCall(const DemoCustomer &dc, const QDateTime &start, Outcome outcome, const Phone &phone);
    void finishLoan(Loan &loan);
    void makeTask(DemoCustomer &dc);
    void makeAccountHistory(DemoCustomer &dc);
};

QString Builder::makeName(Gender g, const QString &surname)
{
    QString name;
    if (!surname.isEmpty())
        name = surname;
    else if (m_rng.chance(20))
        name = m_rng.pick(m_t.compoundSurnames);
    else if (m_rng.chance(350))
        name = m_rng.pick(m_t.commonSurnames);
    else
        name = m_rng.pick(m_t.surnames);
    const QStringList &given = g == Gender::Male ? m_t.maleGiven : m_t.femaleGiven;
    name += m_rng.pick(given);
    if (!m_rng.chance(300))
        name += m_rng.pick(given);
    return name;
}

QString Builder::makePhoneNumber()
{
    // 73939133 is coprime with 10^8, so counter -> number is a bijection over 10^8 values.
    const qint64 x = (m_phoneCounter++ * 73939133LL + m_phoneOffset) % 100'000'000LL;
    return QStringLiteral("100") + digits(x, 8);
}

QString Builder::makeEmployer(const QString &occupation, const QString &city)
{
    const QString stem = city.endsWith(QStringLiteral("市")) ? city.chopped(1) : city;
    if (occupation == QStringLiteral("教师"))
        return stem + QStringLiteral("第") + QString::number(m_rng.range(1, 30)) + QStringLiteral("中学");
    if (occupation == QStringLiteral("护士"))
        return stem + QStringLiteral("第") + QString::number(m_rng.range(1, 9)) + QStringLiteral("人民医院");
    if (occupation == QStringLiteral("个体工商户"))
        return stem + m_rng.pick(m_t.brandWords) + QStringLiteral("便利店");
    if (occupation == QStringLiteral("自由职业") || occupation == QStringLiteral("农民"))
        return QString();
    return stem + m_rng.pick(m_t.brandWords) + m_rng.pick(m_t.industries) + QStringLiteral("有限公司");
}

void Builder::makePhones(DemoCustomer &dc)
{
    const Customer &c = dc.customer;
    auto add = [&](PhoneType type, Relation rel, const QString &contact, PhoneStatus status) {
        Phone p;
        p.id = m_nextPhone++;
        p.customerId = c.id;
        p.number = makePhoneNumber();
        p.type = type;
        p.relation = rel;
        p.contactName = contact;
        p.status = status;
        dc.phones << p;
    };
    auto ownStatus = [&]() {
        const int w = m_rng.weighted({880, 70, 40, 10});
        return static_cast<PhoneStatus>(w);
    };
    add(PhoneType::Mobile, Relation::Self, QString(), ownStatus());
    if (m_rng.chance(200))
        add(PhoneType::Mobile, Relation::Self, QString(), ownStatus());
    if (!c.employer.isEmpty() && m_rng.chance(200))
        add(PhoneType::Work, Relation::Self, QString(), ownStatus());

    const int age = c.birthDate.daysTo(m_today) / 365;
    const QString surname =
        c.name.size() > 2 && m_t.compoundSurnames.contains(c.name.left(2)) ? c.name.left(2) : c.name.left(1);
    const int contacts = m_rng.range(1, 3);
    bool hasSpouse = false;
    for (int i = 0; i < contacts; ++i) {
        Relation rel;
        const int w = m_rng.weighted({30, 30, 15, 15, 10});
        rel = w == 0 ? Relation::Spouse
            : w == 1 ? Relation::Parent
            : w == 2 ? Relation::Sibling
            : w == 3 ? Relation::Friend
                     : Relation::Colleague;
        if (rel == Relation::Spouse && (hasSpouse || age < 22))
            rel = Relation::Friend;
        hasSpouse = hasSpouse || rel == Relation::Spouse;
        Gender g = m_rng.chance(500) ? Gender::Male : Gender::Female;
        QString family;
        if (rel == Relation::Spouse)
            g = c.gender == Gender::Male ? Gender::Female : Gender::Male;
        if (rel == Relation::Parent) {
            g = m_rng.chance(550) ? Gender::Male : Gender::Female;
            if (g == Gender::Male)
                family = surname;  // the father shares the surname
        }
        if (rel == Relation::Sibling)
            family = surname;
        const PhoneStatus st = static_cast<PhoneStatus>(m_rng.weighted({780, 150, 40, 30}));
        add(PhoneType::Mobile, rel, makeName(g, family), st);
    }
}

Loan Builder::makeLoanShell(qint64 customerId)
{
    Loan loan;
    loan.id = m_nextLoan++;
    loan.customerId = customerId;
    switch (m_rng.weighted({40, 40, 20})) {
    case 0:
        loan.product = ProductType::ConsumerInstalment;
        loan.termMonths = QList<int>{3, 6, 12}.at(m_rng.range(0, 2));
        loan.principal = yuan(qint64(m_rng.range(10, 200)) * 100);
        loan.annualRateBp = 0;
        break;
    case 1:
        loan.product = ProductType::CashLoan;
        loan.termMonths = QList<int>{6, 12, 24}.at(m_rng.range(0, 2));
        loan.principal = yuan(qint64(m_rng.range(4, 100)) * 500);
        loan.annualRateBp = m_rng.range(100, 240) * 10;
        break;
    default:
        loan.product = ProductType::CreditCard;
        loan.termMonths = QList<int>{6, 12}.at(m_rng.range(0, 1));
        loan.principal = yuan(qint64(m_rng.range(30, 300)) * 100);
        loan.annualRateBp = 1825;  // 0.05% a day, the usual card revolving rate
        break;
    }
    return loan;
}

void Builder::buildSchedule(Loan &loan, Fen monthlyFee)
{
    loan.installments.clear();
    const int n = loan.termMonths;
    Fen balance = loan.principal;
    Fen annuity = 0;
    if (loan.product == ProductType::CashLoan) {
        const double r = loan.annualRateBp / 120000.0;
        annuity = Fen(std::llround(double(loan.principal) * r / (1.0 - std::pow(1.0 + r, -n))));
    }
    for (int i = 1; i <= n; ++i) {
        Installment in;
        in.loanId = loan.id;
        in.seq = i;
        // Always from the disbursement date: QDate::addMonths clamps to the month end (Jan 31 -> Feb 28/29)
        // and chaining from the previous due date would drift to the 28th for good.
        in.dueDate = loan.disbursed.addMonths(i);
        switch (loan.product) {
        case ProductType::ConsumerInstalment: {
            // Equal principal; the fen that do not divide evenly go to the first installments.
            in.principalDue = loan.principal / n + (i <= loan.principal % n ? 1 : 0);
            in.feeDue = monthlyFee;
            break;
        }
        case ProductType::CashLoan: {
            in.interestDue = mulDiv(balance, loan.annualRateBp, 120000);
            in.principalDue = i == n ? balance : qBound<Fen>(0, annuity - in.interestDue, balance);
            break;
        }
        case ProductType::CreditCard: {
            // Statement: an equal share of the balance plus interest on what is still owed.
            in.principalDue = loan.principal / n + (i <= loan.principal % n ? 1 : 0);
            in.interestDue = mulDiv(balance, loan.annualRateBp, 120000);
            break;
        }
        }
        balance -= in.principalDue;
        loan.installments << in;
    }
}

/// Places the loan so that installment `k` fell due `dpd` days before today. Returns the DPD that the
/// real (month-end clamped) schedule gives in `actual`.
void Builder::placeLoan(Loan &loan, Fen monthlyFee, int dpd, int k, int *actual)
{
    loan.disbursed = m_today.addDays(-dpd).addMonths(-k);
    buildSchedule(loan, monthlyFee);
    *actual = int(loan.installments.at(k - 1).dueDate.daysTo(m_today));
}

void Builder::addPayment(Loan &loan, const QDate &date, int secsOfDay, Fen amount)
{
    Payment p;
    p.loanId = loan.id;
    p.paidAt = localToUtc(date, secsOfDay, m_offset);
    p.amount = amount;
    p.channel = m_rng.pick(m_t.payChannels);
    loan.payments << p;
}

void Builder::payInstallment(Loan &loan, Installment &inst, const QDate &paidDate)
{
    const int late = int(inst.dueDate.daysTo(paidDate));
    if (late > 0)
        inst.penaltyDue = mulDiv(inst.principalDue, PenaltyPerDayPer10k * late, 10000);
    inst.paid = inst.totalDue();
    addPayment(loan, paidDate, m_rng.range(8 * 3600, 22 * 3600), inst.paid);
}

/// A loan whose DPD lands in [dpdLo, dpdHi] (0/0 for a current loan).
Loan Builder::makeLoan(qint64 customerId, int dpdLo, int dpdHi, int *actual)
{
    Loan loan = makeLoanShell(customerId);
    Fen monthlyFee = 0;
    if (loan.product == ProductType::ConsumerInstalment)
        monthlyFee = mulDiv(loan.principal, m_rng.range(30, 120), 10000);

    int k = 1;
    int got = 0;
    if (dpdHi <= 0) {
        // Current: the next installment falls due within the next four weeks, often within three days.
        const int ahead = m_rng.chance(450) ? m_rng.range(0, 3) : m_rng.range(4, 27);
        k = m_rng.range(1, loan.termMonths);
        loan.disbursed = m_today.addDays(ahead).addMonths(-k);
        buildSchedule(loan, monthlyFee);
        got = 0;
    } else {
        // Month-end clamping can only move the due date earlier (DPD up by at most 3): retry if that
        // crosses the band's upper edge.
        bool placed = false;
        for (int attempt = 0; attempt < 12 && !placed; ++attempt) {
            const int d = attempt < 11 ? m_rng.range(dpdLo, dpdHi) : dpdLo + (dpdHi - dpdLo) / 2;
            k = m_rng.range(1, loan.termMonths);
            placeLoan(loan, monthlyFee, d, k, &got);
            placed = got >= dpdLo && got <= dpdHi;
        }
        if (!placed) {
            // Falls back to k = 1 on a day that cannot clamp.
            k = 1;
            const QDate due = m_today.addDays(-dpdLo);
            loan.disbursed = QDate(due.year(), due.month(), qMin(due.day(), 28)).addMonths(-1);
            buildSchedule(loan, monthlyFee);
            got = int(loan.installments.at(0).dueDate.daysTo(m_today));
        }
    }

    // Pay everything before the oldest unpaid one (overdue) or before today (current).
    for (Installment &in : loan.installments) {
        const bool pay = dpdHi <= 0 ? in.dueDate < m_today : in.seq < k;
        if (!pay)
            continue;
        const int room = int(in.dueDate.daysTo(m_today)) - 1;  // pay no later than yesterday
        const int delta = qMin(m_rng.chance(80) ? m_rng.range(1, 5) : m_rng.range(-3, 0), room);  // 8% late
        payInstallment(loan, in, in.dueDate.addDays(delta));
    }
    *actual = dpdHi <= 0 ? 0 : got;
    return loan;
}

Interaction Builder::makeCall(const DemoCustomer &dc, const QDateTime &start, Outcome outcome,
                              const Phone &phone)
{
    Interaction it;
    it.id = m_nextInteraction++;
    it.customerId = dc.customer.id;
    it.channel = Channel::Call;
    it.phoneNumber = phone.number;
    it.agent = m_rng.pick(m_t.agents);
    it.startedAt = start;
    it.outcome = outcome;
    switch (outcome) {
    case Outcome::NoAnswer:
        it.endedAt = start.addSecs(m_rng.range(30, 45));
        it.note = m_rng.pick(m_t.notesNoAnswer);
        break;
    case Outcome::Busy:
        it.endedAt = start.addSecs(m_rng.range(2, 8));
        it.note = m_rng.pick(m_t.notesBusy);
        break;
    case Outcome::InvalidNumber:
        it.endedAt = start.addSecs(m_rng.range(3, 10));
        it.note = m_rng.pick(m_t.notesInvalid);
        break;
    default: {
        it.answeredAt = start.addSecs(m_rng.range(5, 30));
        const int talk = outcome == Outcome::WrongParty ? m_rng.range(10, 40) : m_rng.range(40, 600);
        it.endedAt = it.answeredAt.addSecs(talk);
        const QStringList *notes = nullptr;
        switch (outcome) {
        case Outcome::ThirdParty: notes = &m_t.notesThirdParty; break;
        case Outcome::RightPartyContact: notes = &m_t.notesRpc; break;
        case Outcome::Refused: notes = &m_t.notesRefused; break;
        case Outcome::WrongParty: notes = &m_t.notesWrongParty; break;
        case Outcome::PromiseToPay: notes = &m_t.notesPromise; break;
        case Outcome::Callback: notes = &m_t.notesCallback; break;
        case Outcome::Dispute: notes = &m_t.notesDispute; break;
        case Outcome::Hardship: notes = &m_t.notesHardship; break;
        default: notes = &m_t.notesRpc; break;
        }
        it.note = m_rng.pick(*notes);
        break;
    }
    }
    return it;
}

void Builder::makeHistory(DemoCustomer &dc, Loan &worst, int dpd)
{
    if (dpd <= 0)
        return;

    QList<const Phone *> own, contacts, invalid;
    for (const Phone &p : dc.phones) {
        if (p.status == PhoneStatus::DoNotCall)
            continue;
        if (p.status == PhoneStatus::Invalid)
            invalid << &p;
        else if (p.relation == Relation::Self)
            own << &p;
        else
            contacts << &p;
    }
    if (own.isEmpty() && contacts.isEmpty())
        return;

    // Calls happen on the days the account has been overdue, within the last 60 days, during the
    // calling window (08:00-21:00 local), and at least an hour before now.
    const int nowLocal = int(m_now.addSecs(m_offset).time().msecsSinceStartOfDay() / 1000);
    const int windowStart = 8 * 3600, windowEnd = 21 * 3600;
    const int todayEnd = qMin(windowEnd, nowLocal - 3600);
    const QDate firstDay = qMax(m_today.addDays(-59), m_today.addDays(-dpd + 1));
    const QDate lastDay = todayEnd > windowStart ? m_today : m_today.addDays(-1);
    if (firstDay > lastDay)
        return;
    const int days = int(firstDay.daysTo(lastDay)) + 1;

    Scenario scenario = Scenario::Plain;
    switch (m_rng.weighted({58, 11, 10, 6, 10, 5})) {
    case 1: scenario = Scenario::PromiseToday; break;
    case 2: scenario = Scenario::PromiseBroken; break;
    case 3: scenario = Scenario::PromiseKept; break;
    case 4: scenario = Scenario::CallbackDue; break;
    case 5: scenario = Scenario::CallbackFuture; break;
    default: break;
    }
    if ((scenario == Scenario::PromiseBroken || scenario == Scenario::PromiseKept)
        && firstDay > m_today.addDays(-2))
        scenario = Scenario::Plain;

    int n = m_rng.weighted({10, 15, 15, 15, 12, 10, 9, 8, 6});  // 0..8 calls
    n = qMin(n, days * 3);
    if (scenario != Scenario::Plain)
        n = qMax(n, 1);

    // Start times: random slots, sorted, at least 15 minutes apart (a call lasts at most ~11 minutes).
    QList<qint64> starts;
    for (int i = 0; i < n; ++i) {
        const QDate day = firstDay.addDays(m_rng.range(0, days - 1));
        const int hi = day == m_today ? todayEnd : windowEnd;
        starts << localToUtc(day, m_rng.range(windowStart, hi - 1), m_offset).toSecsSinceEpoch();
    }
    std::sort(starts.begin(), starts.end());
    QList<QDateTime> times;
    for (qint64 s : starts) {
        if (!times.isEmpty() && s - times.last().toSecsSinceEpoch() < 15 * 60)
            continue;
        times << QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
    }
    if (times.isEmpty())
        return;

    auto localDate = [&](const QDateTime &utc) { return utc.addSecs(m_offset).date(); };

    // Where the scenario's key call sits: last for callbacks and a promise due today; for a promise
    // already past its date, the latest call made at least two days ago.
    int keyIndex = -1;
    if (scenario == Scenario::PromiseBroken || scenario == Scenario::PromiseKept) {
        for (int i = int(times.size()) - 1; i >= 0 && keyIndex < 0; --i)
            if (localDate(times.at(i)) <= m_today.addDays(-2))
                keyIndex = i;
        if (keyIndex < 0)
            scenario = Scenario::Plain;
    } else if (scenario != Scenario::Plain) {
        keyIndex = int(times.size()) - 1;
    }
    const bool dispute = dc.customer.flags.testFlag(CustomerFlag::Dispute);
    const bool hardship = dc.customer.flags.testFlag(CustomerFlag::HardshipHold);

    const Installment *oldest = delinquency::oldestUnpaid(worst.installments, m_today);
    const Fen overdue = delinquency::overdueAmount(worst.installments, m_today);

    for (int i = 0; i < times.size(); ++i) {
        Outcome outcome;
        if (i == keyIndex) {
            outcome = (scenario == Scenario::CallbackDue || scenario == Scenario::CallbackFuture)
                ? Outcome::Callback
                : Outcome::PromiseToPay;
        } else if (keyIndex < 0 && i == times.size() - 1 && (dispute || hardship)) {
            outcome = dispute ? Outcome::Dispute : Outcome::Hardship;
        } else {
            static const Outcome plain[] = {
                Outcome::NoAnswer, Outcome::Busy,       Outcome::RightPartyContact, Outcome::ThirdParty,
                Outcome::Refused,  Outcome::WrongParty, Outcome::InvalidNumber};
            outcome = plain[m_rng.weighted({40, 10, 18, 12, 7, 5, 4})];
            // After a promise, nobody reaches the debtor again in this simple story: keep it unanswered.
            if (keyIndex >= 0 && i > keyIndex)
                outcome = m_rng.chance(700) ? Outcome::NoAnswer : Outcome::Busy;
        }

        const Phone *phone = nullptr;
        if (outcome == Outcome::InvalidNumber) {
            if (invalid.isEmpty())
                outcome = Outcome::NoAnswer;
            else
                phone = m_rng.pick(invalid);
        }
        if (!phone) {
            const bool third =
                outcome == Outcome::ThirdParty || (outcome == Outcome::WrongParty && m_rng.chance(300));
            if ((third && !contacts.isEmpty()) || own.isEmpty())
                phone = m_rng.pick(contacts);
            else
                phone = m_rng.pick(own);
            if (outcome == Outcome::ThirdParty && phone->relation == Relation::Self)
                outcome = Outcome::NoAnswer;
        }

        Interaction it = makeCall(dc, times.at(i), outcome, *phone);

        if (outcome == Outcome::Callback) {
            if (scenario == Scenario::CallbackDue) {
                // Due earlier today or a little while ago, always after the call that asked for it.
                const qint64 earliest = it.endedAt.toSecsSinceEpoch() + 15 * 60;
                const qint64 latest = m_now.toSecsSinceEpoch();
                const qint64 from = qMax(earliest, latest - 6 * 3600);
                it.callbackAt = QDateTime::fromSecsSinceEpoch(
                    from + m_rng.range(0, int(qMax<qint64>(0, latest - from))), Qt::UTC);
            } else {
                const qint64 t = m_now.toSecsSinceEpoch() + qint64(m_rng.range(6, 288)) * 600;
                it.callbackAt = QDateTime::fromSecsSinceEpoch(t - t % 600, Qt::UTC);
            }
        }

        if (outcome == Outcome::PromiseToPay) {
            const QDate made = localDate(it.startedAt);
            Promise pr;
            pr.id = m_nextPromise++;
            pr.customerId = dc.customer.id;
            pr.interactionId = it.id;
            pr.createdAt = it.endedAt;
            Fen amount = qMax<Fen>(yuan(100), (overdue / yuan(100)) * yuan(100));
            if (scenario == Scenario::PromiseToday) {
                pr.dueDate = m_today;
                pr.status = PromiseStatus::Pending;
            } else {
                pr.dueDate = made.addDays(m_rng.range(1, int(made.daysTo(m_today)) - 1));
                if (scenario == Scenario::PromiseBroken) {
                    pr.status = PromiseStatus::Broken;
                } else {
                    // Kept / partly kept: the money went to the oldest unpaid installment without
                    // clearing it, so the account's DPD stays what the bucket says.
                    Installment *target = nullptr;
                    for (Installment &in : worst.installments)
                        if (oldest && in.seq == oldest->seq)
                            target = &in;
                    const Fen room = target ? target->outstanding() * 6 / 10 : 0;
                    if (room < yuan(1)) {
                        pr.status = PromiseStatus::Broken;
                    } else {
                        amount = qMax<Fen>(yuan(1), (room * m_rng.range(50, 100) / 100) / 100 * 100);
                        const bool partial = m_rng.chance(350);
                        const Fen paid =
                            partial ? qMax<Fen>(100, amount * m_rng.range(30, 70) / 100 / 100 * 100) : amount;
                        pr.status = partial ? PromiseStatus::Partial : PromiseStatus::Kept;
                        const QDate payDay = made.addDays(m_rng.range(1, int(made.daysTo(pr.dueDate))));
                        target->paid += paid;
                        addPayment(worst, payDay, m_rng.range(9 * 3600, 21 * 3600), paid);
                    }
                }
            }
            pr.amount = amount;
            it.promiseAmount = amount;
            it.promiseDate = pr.dueDate;
            dc.promises << pr;
        }
        dc.history << it;
    }

    // Some debtors pay a little on their own (not after a promise).
    if (dc.promises.isEmpty() && oldest && dpd >= 2 && m_rng.chance(150)) {
        for (Installment &in : worst.installments) {
            if (in.seq != oldest->seq)
                continue;
            const Fen part = in.outstanding() * m_rng.range(10, 50) / 100 / 100 * 100;
            if (part >= yuan(1)) {
                in.paid += part;
                addPayment(worst, m_today.addDays(-m_rng.range(1, qMin(dpd - 1, 59))),
                           m_rng.range(8 * 3600, 22 * 3600), part);
            }
        }
    }
}

void Builder::finishLoan(Loan &loan)
{
    // Penalty interest on what is overdue: 0.05% of the unpaid principal per day. Payments go to
    // fee and interest first, then principal.
    int worstDpd = 0;
    for (Installment &in : loan.installments) {
        if (in.settled() || in.dueDate >= m_today)
            continue;
        const int days = int(in.dueDate.daysTo(m_today));
        worstDpd = qMax(worstDpd, days);
        const Fen principalPaid = qBound<Fen>(0, in.paid - in.interestDue - in.feeDue, in.principalDue);
        in.penaltyDue = mulDiv(in.principalDue - principalPaid, PenaltyPerDayPer10k * days, 10000);
    }
    std::sort(loan.payments.begin(), loan.payments.end(),
              [](const Payment &a, const Payment &b) { return a.paidAt < b.paidAt; });
    for (Payment &p : loan.payments)
        p.id = m_nextPayment++;
    for (Installment &in : loan.installments)
        in.id = m_nextInstallment++;

    if (delinquency::outstandingBalance(loan.installments) == 0)
        loan.status = LoanStatus::Settled;
    else if (worstDpd > 180)
        loan.status = LoanStatus::ChargedOff;
    else
        loan.status = LoanStatus::Active;

    const QString prefix = loan.product == ProductType::CashLoan ? QStringLiteral("CL")
        : loan.product == ProductType::ConsumerInstalment        ? QStringLiteral("CI")
                                                                 : QStringLiteral("CC");
    loan.contractNo = prefix + yyyymmdd(loan.disbursed) + QLatin1Char('-') + digits(loan.id, 6);
}

void Builder::makeAccountHistory(DemoCustomer &dc)
{
    // Bucket history: each loan rolled M0 -> M1 -> ... on the days its DPD crossed 1, 31, 61 and 91,
    // recorded at the daily sweep (01:00 debtor time). Draws nothing from the generator, so every
    // other figure stays what the same seed always gave.
    static const int edges[] = {1, 31, 61, 91};
    for (const Loan &l : dc.loans) {
        const int dpd = delinquency::daysPastDue(l.installments, m_today);
        for (int step = 0; step < 4 && edges[step] <= dpd; ++step) {
            BucketChange b;
            b.id = m_nextBucketChange++;
            b.customerId = dc.customer.id;
            b.loanId = l.id;
            b.from = static_cast<Bucket>(step);
            b.to = static_cast<Bucket>(step + 1);
            b.dpd = edges[step];
            const QDate day = m_today.addDays(edges[step] - dpd);
            b.at = QDateTime(day, QTime(1, 0), Qt::UTC).addSecs(-m_offset);
            dc.bucketHistory << b;
        }
    }
    std::sort(dc.bucketHistory.begin(), dc.bucketHistory.end(),
              [](const BucketChange &a, const BucketChange &b) {
                  return a.at < b.at || (a.at == b.at && a.id < b.id);
              });

    // What was paid towards each promise and when it was decided, as the server's ledger would say;
    // the scenario's status stands (the story above made it so).
    QList<Payment> payments;
    for (const Loan &l : dc.loans)
        payments << l.payments;
    const QTimeZone zone(dc.customer.timeZone.toLatin1());
    const Result<QList<Promise>> judged =
        ledger::decidePromises(dc.promises, payments, ledger::PromisePolicy{}, m_now, zone);
    for (int i = 0; judged && i < dc.promises.size(); ++i) {
        Promise &p = dc.promises[i];
        const Promise &j = judged.value().at(i);
        p.paid = p.status == PromiseStatus::Broken ? 0 : j.paid;
        if (p.status == PromiseStatus::Pending)
            p.decidedAt = QDateTime();
        else if (j.status == p.status && j.decidedAt.isValid())
            p.decidedAt = j.decidedAt;
        else
            p.decidedAt = qMin(m_now, ledger::promiseDeadline(p, ledger::PromisePolicy{}, zone));
    }

    // Risk factors: why the customer's grade is what it is, by the rules the server reviews with.
    const risk::Facts facts =
        risk::factsFor(dc.customer, dc.loans, dc.promises, dc.history, dc.bucketHistory, m_now, m_today);
    dc.customer.riskFactors = risk::review(facts, dc.customer.risk, {}).factors;
}

void Builder::makeTask(DemoCustomer &dc)
{
    priority::Input in;
    in.dpd = delinquency::daysPastDue(dc.loans, m_today);
    for (const Loan &l : dc.loans) {
        in.overdueAmount += delinquency::overdueAmount(l.installments, m_today);
        if (const Installment *next = delinquency::nextDue(l.installments, m_today))
            if (!in.nextDueDate.isValid() || next->dueDate < in.nextDueDate)
                in.nextDueDate = next->dueDate;
    }
    in.risk = dc.customer.risk;
    in.flags = dc.customer.flags;
    if (!dc.history.isEmpty() && dc.history.last().outcome == Outcome::Callback)
        in.callbackAt = dc.history.last().callbackAt;
    if (!dc.promises.isEmpty()) {
        const Promise &p = dc.promises.last();
        in.hasPromise = true;
        in.promiseDue = p.dueDate;
        in.promiseStatus = p.status;
    }
    if (!priority::needsTask(in, m_now, m_today))
        return;

    const priority::Result r = priority::score(in, m_now, m_today);
    Task t;
    t.id = m_nextTask++;
    t.customerId = dc.customer.id;
    t.kind = r.kind;
    t.status = TaskStatus::Open;
    t.priority = r.score;
    t.reasons = r.reasons;
    t.due = m_now;
    t.assignee = m_options.assignee;
    const QDateTime dayAgo = m_now.addSecs(-24 * 3600);
    for (const Interaction &it : dc.history)
        if (it.channel == Channel::Call && it.startedAt >= dayAgo && it.startedAt <= m_now)
            ++t.attempts;
    dc.tasks << t;
}

DemoCustomer Builder::make(qint64 customerId)
{
    DemoCustomer dc;
    Customer &c = dc.customer;
    c.id = customerId;

    const Province &prov = m_rng.pick(m_t.provinces);
    const City &city = m_rng.pick(prov.cities);
    c.province = prov.name;
    c.city = city.name;
    c.timeZone = prov.timeZone;
    m_offset = c.timeZone == QLatin1String("Asia/Urumqi") ? 6 * 3600 : 8 * 3600;
    m_today = m_now.addSecs(m_offset).date();

    c.gender = m_rng.chance(550) ? Gender::Male : Gender::Female;
    c.name = makeName(c.gender);
    const int age = m_rng.range(20, 59);
    c.birthDate = m_today.addYears(-age).addDays(-m_rng.range(0, 364));

    const int seq = m_rng.range(0, 499) * 2 + (c.gender == Gender::Male ? 1 : 0);
    const QString first17 = city.code + yyyymmdd(c.birthDate) + digits(seq, 3);
    c.idNumber = first17 + idCheckChar(first17);
    c.bankCard = demoBankCard(c.idNumber);

    c.occupation = m_rng.pick(m_t.occupations);
    c.employer = makeEmployer(c.occupation, c.city);
    c.address = c.city + m_rng.pick(m_t.districts) + m_rng.pick(m_t.streets)
        + QString::number(m_rng.range(1, 999)) + QStringLiteral("号") + QString::number(m_rng.range(1, 30))
        + QStringLiteral("栋") + QString::number(m_rng.range(1, 33)) + digits(m_rng.range(1, 6), 2)
        + QStringLiteral("室");

    // Target bucket: M0 15%, M1 35%, M2 20%, M3 12%, M4+ 18%.
    const int bucket = m_rng.weighted({15, 35, 20, 12, 18});
    static const int lo[] = {0, 1, 31, 61, 91};
    static const int hi[] = {0, 30, 60, 90, 360};
    int dpdHi = hi[bucket];
    if (bucket == 4 && m_rng.chance(250))
        dpdHi = 720;

    // Risk grade follows the bucket, with some noise; the score sits inside the grade's band.
    const int grade = qBound(0, bucket + m_rng.weighted({25, 50, 25}) - 1, 4);  // M0 -> A/B ... M4+ -> D/E
    static const int scoreLo[] = {750, 680, 620, 550, 300};
    static const int scoreHi[] = {850, 749, 679, 619, 549};
    c.risk = static_cast<RiskGrade>(grade);
    c.riskScore = m_rng.range(scoreLo[grade], scoreHi[grade]);

    if (m_rng.chance(30))
        c.flags |= CustomerFlag::Dispute;
    if (m_rng.chance(30))
        c.flags |= CustomerFlag::HardshipHold;
    if (m_rng.chance(20))
        c.flags |= CustomerFlag::DoNotCall;
    if (m_rng.chance(age >= 55 ? 150 : 20))
        c.flags |= CustomerFlag::Vulnerable;

    makePhones(dc);

    int worstDpd = 0;
    dc.loans << makeLoan(c.id, lo[bucket], dpdHi, &worstDpd);
    const int extra = m_rng.weighted({55, 30, 15});
    for (int i = 0; i < extra; ++i) {
        int got = 0;
        if (worstDpd > 1 && m_rng.chance(400)) {
            Loan l = makeLoan(c.id, 1, worstDpd, &got);
            if (got >= 1 && got <= worstDpd) {
                dc.loans << l;
                continue;
            }
            --m_nextLoan;  // discarded: keep loan ids dense
        }
        dc.loans << makeLoan(c.id, 0, 0, &got);
    }

    makeHistory(dc, dc.loans.first(), worstDpd);
    for (Loan &l : dc.loans)
        finishLoan(l);
    makeAccountHistory(dc);
    makeTask(dc);
    return dc;
}

}  // namespace

DemoDataGenerator::DemoDataGenerator(DemoOptions options) : m_options(std::move(options)) {}

void DemoDataGenerator::generate(const std::function<void(const DemoCustomer &)> &sink) const
{
    Builder builder(m_options);
    for (int i = 1; i <= m_options.customers; ++i)
        sink(builder.make(i));
}

QList<DemoCustomer> DemoDataGenerator::generateAll() const
{
    QList<DemoCustomer> all;
    all.reserve(qMax(0, m_options.customers));
    generate([&all](const DemoCustomer &c) { all << c; });
    return all;
}

}  // namespace cd
