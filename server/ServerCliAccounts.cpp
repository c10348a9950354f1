// collectdesk-server payment post / accounts sweep: the accounts side for operations staff (a payment
// the bank reported; the daily sweep of promises, buckets and risk grades: AccountService.h).
#include "ServerCli.h"

#include "AccountService.h"
#include "AuditLog.h"
#include "Storage.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace cd::server {

namespace {

/// "1234.5" yuan -> 123450 fen; nullopt unless a positive amount with at most two decimals.
std::optional<Fen> parseYuan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const Fen fen =
        m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return fen > 0 ? std::optional<Fen>(fen) : std::nullopt;
}

}  // namespace

int ServerCli::paymentPost(const QStringList &args)
{
    const QString command = QStringLiteral("payment post");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Post a payment to a loan: it is allocated FIFO over the installments (penalty, fee, interest, "
        "principal of the oldest first); the customer's promises, bucket and risk grade follow. Prints the "
        "allocation. Nothing is written when an argument is wrong."));
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("contract"), QStringLiteral("Contract number of the loan."), QStringLiteral("no")});
    p.addOption({QStringLiteral("amount"), QStringLiteral("Amount in yuan, e.g. 1500 or 1500.50."),
                 QStringLiteral("yuan")});
    p.addOption({QStringLiteral("at"),
                 QStringLiteral("When it was paid, ISO-8601 (UTC unless an offset is given)."),
                 QStringLiteral("iso-8601")});
    p.addOption({QStringLiteral("channel"),
                 QStringLiteral("bank_transfer (default), alipay, wechat, card_debit."),
                 QStringLiteral("channel"), QStringLiteral("bank_transfer")});
    p.addOption({QStringLiteral("by"), QStringLiteral("Who to name in the audit log (default: cli)."),
                 QStringLiteral("name"), QStringLiteral("cli")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command,
                            {QStringLiteral("db"), QStringLiteral("contract"), QStringLiteral("amount"),
                             QStringLiteral("at")}))
        return *done;
    const std::optional<Fen> amount = parseYuan(p.value(QStringLiteral("amount")));
    if (!amount)
        return usageError(command,
                          QStringLiteral("--amount must be a positive amount in yuan with at most two "
                                         "decimals, not \"%1\"")
                              .arg(p.value(QStringLiteral("amount"))));
    const QDateTime at = parseInstant(p.value(QStringLiteral("at")));
    if (!at.isValid())
        return usageError(command,
                          QStringLiteral("--at must be an ISO-8601 time, e.g. 2026-03-10T09:30:00Z"));
    static const QStringList channels{QStringLiteral("bank_transfer"), QStringLiteral("alipay"),
                                      QStringLiteral("wechat"), QStringLiteral("card_debit")};
    const QString channel = p.value(QStringLiteral("channel"));
    if (!channels.contains(channel))
        return usageError(
            command, QStringLiteral("--channel must be one of %1").arg(channels.join(QStringLiteral(", "))));
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    AuditLog audit(*storage);
    AccountService accounts(*storage, audit);
    AccountService::PaymentIn in;
    in.contractNo = p.value(QStringLiteral("contract")).trimmed();
    in.amount = *amount;
    in.paidAt = at;
    in.channel = channel;
    // Decisions are taken as of the payment's time; the daily sweep brings the rest up to date.
    const ServiceResult<AccountService::Posted> r =
        accounts.postPayment(in, p.value(QStringLiteral("by")), at);
    if (!r) {
        const QString why = r.detail().isEmpty() ? proto::slug(r.code()) : r.detail();
        if (r.code() == proto::StatusCode::NotFound || r.code() == proto::StatusCode::InvalidValue)
            return usageError(command, why);
        return failure(command, why);
    }
    const AccountService::Posted &posted = r.value();
    m_out << "payment " << posted.paymentId << " of " << formatFen(*amount) << " yuan posted to "
          << in.contractNo << " (revision " << posted.changes.revision << ")\n";
    for (const ledger::Allocation &a : posted.allocations)
        m_out << "  period " << a.seq << ": penalty " << formatFen(a.penalty) << ", fee " << formatFen(a.fee)
              << ", interest " << formatFen(a.interest) << ", principal " << formatFen(a.principal) << '\n';
    if (posted.unapplied > 0)
        m_out << "  unapplied (more than owed): " << formatFen(posted.unapplied) << '\n';
    for (const Promise &pr : posted.changes.promisesDecided)
        m_out << "  promise " << pr.id << ": " << enumKey(pr.status) << " (" << formatFen(pr.paid) << " of "
              << formatFen(pr.amount) << ")\n";
    for (const BucketChange &b : posted.changes.bucketChanges)
        m_out << "  bucket " << enumKey(b.from) << " -> " << enumKey(b.to) << '\n';
    if (posted.changes.riskAfter != posted.changes.riskBefore)
        m_out << "  risk " << enumKey(posted.changes.riskBefore) << " -> "
              << enumKey(posted.changes.riskAfter) << '\n';
    m_out.flush();
    return Ok;
}

int ServerCli::accountsSweep(const QStringList &args)
{
    const QString command = QStringLiteral("accounts sweep");
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The daily accounts sweep: decides promises whose grace period has passed (kept, partially kept, "
        "broken), records bucket rolls as DPD grows and re-evaluates every risk grade as of --at."));
    p.addOption(dbOption());
    p.addOption({QStringLiteral("at"),
                 QStringLiteral("The instant to sweep at, ISO-8601 (UTC unless an offset)."),
                 QStringLiteral("iso-8601")});
    if (auto done = parse(p, command, args))
        return *done;
    if (auto done = require(p, command, {QStringLiteral("db"), QStringLiteral("at")}))
        return *done;
    const QDateTime at = parseInstant(p.value(QStringLiteral("at")));
    if (!at.isValid())
        return usageError(command,
                          QStringLiteral("--at must be an ISO-8601 time, e.g. 2026-03-12T01:00:00Z"));
    int exitCode = Ok;
    const std::unique_ptr<Storage> storage = openDatabase(command, p.value(QStringLiteral("db")), &exitCode);
    if (!storage)
        return exitCode;
    AuditLog audit(*storage);
    AccountService accounts(*storage, audit);
    const ServiceResult<AccountService::SweepSummary> r = accounts.sweep(at, QStringLiteral("cli"));
    if (!r)
        return failure(command, r.detail().isEmpty() ? proto::slug(r.code()) : r.detail());
    const AccountService::SweepSummary &s = r.value();
    m_out << "swept " << s.customers << " customers: " << s.changed << " changed, promises " << s.kept
          << " kept / " << s.partial << " partially kept / " << s.broken << " broken, " << s.bucketChanges
          << " bucket changes, " << s.riskUpgrades << " risk upgrades";
    if (s.failed > 0)
        m_out << ", " << s.failed << " failed";
    m_out << '\n';
    m_out.flush();
    return s.failed > 0 ? Failed : Ok;
}

}  // namespace cd::server
