// Benchmark: what the server reads of a debtor's history for every call it records, every SMS it
// sends and every re-plan (Storage::contactHistory), against the full rows (Storage::interactions)
// and a same-run baseline of the raw SQLite C API stepping over the same rows, at history lengths a
// collections floor sees (a debtor in M2+ is called several times a day for months). Also the
// contact rules' check over that history (core/Compliance.h).
// Usage: contact_history [--lengths 20,100,300,600] [--json]. The last line is one JSON object.
#include "Compliance.h"
#include "SqliteStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cd;
using namespace cd::server;

namespace {

/// Median microseconds per call of `f` over `rounds` rounds of `reps` calls (the machine is shared).
double medianMicros(int rounds, int reps, const std::function<void()> &f)
{
    QList<double> per;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < reps; ++i)
            f();
        per << t.nsecsElapsed() / 1e3 / reps;
    }
    std::sort(per.begin(), per.end());
    return per.at(per.size() / 2);
}

/// The same rows through sqlite3 directly: step and touch every column (no Qt types).
class RawReader
{
public:
    explicit RawReader(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return;
        sqlite3_prepare_v3(m_db,
                           "SELECT id, customer_id, task_id, channel, phone_number, agent, started_at, "
                           "answered_at, ended_at, outcome, callback_at, sms_status FROM interactions "
                           "WHERE customer_id = ? ORDER BY started_at, id",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~RawReader()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    bool ok() const { return m_stmt != nullptr; }
    qint64 read(qint64 customerId)
    {
        qint64 bytes = 0;
        sqlite3_bind_int64(m_stmt, 1, customerId);
        while (sqlite3_step(m_stmt) == SQLITE_ROW)
            for (int c = 0; c < 12; ++c)
                bytes += sqlite3_column_bytes(m_stmt, c);
        sqlite3_reset(m_stmt);
        return bytes;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("collectdesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("contact history read: lean, full, raw SQLite"));
    parser.addHelpOption();
    QCommandLineOption lengthsOption(QStringLiteral("lengths"), QStringLiteral("history lengths"),
                                     QStringLiteral("list"), QStringLiteral("20,100,300,600"));
    parser.addOption(lengthsOption);
    parser.process(app);
    QList<int> lengths;
    for (const QString &s : parser.value(lengthsOption).split(QLatin1Char(','))) {
        bool ok = false;
        const int n = s.toInt(&ok);
        if (!ok || n <= 0 || n > 100'000) {
            std::fprintf(stderr, "--lengths: positive numbers up to 100000, comma-separated\n");
            return 2;
        }
        lengths << n;
    }
    std::sort(lengths.begin(), lengths.end());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    SqliteStorage storage(path);
    if (const auto r = storage.open(); !r) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(r.error().detail));
        return 1;
    }
    Customer c;
    c.name = QStringLiteral("张伟");
    c.timeZone = QStringLiteral("Asia/Shanghai");
    const qint64 customerId = storage.insertCustomer(c, false).value();
    c.id = customerId;
    Phone own;
    own.customerId = customerId;
    own.number = QStringLiteral("13800138000");
    own.relation = Relation::Self;
    own.id = storage.insertPhone(own).value();
    Phone work = own;
    work.number = QStringLiteral("13900139000");
    work.id = storage.insertPhone(work).value();
    const QList<Phone> phones{own, work};
    RawReader raw(path);
    if (!raw.ok()) {
        std::fprintf(stderr, "raw sqlite3 reader: cannot prepare\n");
        return 1;
    }

    // A realistic mix: mostly no answer, some conversations, a promise now and then, notes on all.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime at = now.addDays(-lengths.last() / 3 - 1);
    const QList<Outcome> mix{Outcome::NoAnswer, Outcome::NoAnswer,     Outcome::Busy,
                             Outcome::NoAnswer, Outcome::RightPartyContact, Outcome::PromiseToPay,
                             Outcome::Refused,  Outcome::NoAnswer,     Outcome::Callback};
    int written = 0;
    std::printf("history   one debtor, two own numbers; rows written in time order, as a floor does\n");
    QJsonArray results;
    for (const int n : std::as_const(lengths)) {
        {
            StorageTransaction tx(storage);
            for (; written < n; ++written) {
                Interaction i;
                i.customerId = customerId;
                i.channel = written % 10 == 9 ? Channel::Sms : Channel::Call;
                i.phoneNumber = written % 3 ? own.number : work.number;
                i.agent = QStringLiteral("agent%1").arg(written % 7 + 1, 2, 10, QLatin1Char('0'));
                i.outcome = mix.at(written % mix.size());
                i.startedAt = at;
                if (i.outcome != Outcome::NoAnswer && i.outcome != Outcome::Busy)
                    i.answeredAt = at.addSecs(9);
                i.endedAt = at.addSecs(i.answeredAt.isValid() ? 180 : 40);
                i.note = QStringLiteral("客户表示本月底前还款，已告知逾期后果及减免政策（第%1次联系）").arg(written + 1);
                if (i.outcome == Outcome::PromiseToPay) {
                    i.promiseAmount = 120'000;
                    i.promiseDate = at.date().addDays(5);
                }
                if (i.outcome == Outcome::Callback)
                    i.callbackAt = at.addSecs(2 * 3600);
                if (!storage.insertInteraction(i, QUuid::createUuid().toString(QUuid::WithoutBraces))) {
                    std::fprintf(stderr, "insert failed\n");
                    return 1;
                }
                at = at.addSecs(8 * 3600 / 3);
            }
            if (!tx.commit()) {
                std::fprintf(stderr, "commit failed\n");
                return 1;
            }
        }
        const int reps = std::max(5, 20'000 / n);
        const int rounds = 7;
        QList<Interaction> history;
        const double lean = medianMicros(rounds, reps, [&] { history = storage.contactHistory(customerId).value(); });
        const double full = medianMicros(rounds, reps, [&] { (void)storage.interactions(customerId).value(); });
        qint64 sink = 0;
        const double rawUs = medianMicros(rounds, reps, [&] { sink += raw.read(customerId); });
        const double check = medianMicros(rounds, reps, [&] {
            sink += compliance::check(compliance::Policy(), c, own, phones, history, now).counters.unansweredToday;
        });
        if (history.size() != n || sink == 0) {
            std::fprintf(stderr, "read %lld rows, wrote %d\n", qlonglong(history.size()), n);
            return 1;
        }
        std::printf("%4d rows  contactHistory %7.1f us (%.2f us/row)   interactions %7.1f us (%.2fx)   "
                    "raw sqlite3 %6.1f us (lean %.1fx raw)   compliance check %6.1f us\n",
                    n, lean, lean / n, full, full / lean, rawUs, lean / rawUs, check);
        results.append(QJsonObject{{QStringLiteral("rows"), n},
                                   {QStringLiteral("contact_history_us"), lean},
                                   {QStringLiteral("interactions_us"), full},
                                   {QStringLiteral("raw_sqlite_us"), rawUs},
                                   {QStringLiteral("check_us"), check}});
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("bench"), QStringLiteral("contact_history")},
                                                  {QStringLiteral("results"), results}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}
