#include "BoardState.h"

#include "Messages.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <algorithm>

namespace cd {

namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(); }
QDateTime instant(const QJsonObject &o, const char *key)
{
    const QString text = str(o, key);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

template <typename E> E keyOr(const QString &key, E fallback) { return enumFromKey<E>(key, fallback); }

double rate(int part, int whole) { return whole > 0 ? double(part) / whole : 0.0; }

}  // namespace

BoardState::Counts BoardState::Counts::fromJson(const QJsonObject &o)
{
    Counts c;
    c.attempts = int(num(o, "attempts"));
    c.connects = int(num(o, "connects"));
    c.rightParty = int(num(o, "rightParty"));
    c.promises = int(num(o, "promises"));
    c.promiseAmount = num(o, "promiseAmount");
    c.collected = num(o, "collected");
    return c;
}

BoardState::Counts &BoardState::Counts::operator+=(const Counts &o)
{
    attempts += o.attempts;
    connects += o.connects;
    rightParty += o.rightParty;
    promises += o.promises;
    promiseAmount += o.promiseAmount;
    collected += o.collected;
    return *this;
}

bool BoardState::Counts::operator==(const Counts &o) const
{
    return attempts == o.attempts && connects == o.connects && rightParty == o.rightParty
           && promises == o.promises && promiseAmount == o.promiseAmount && collected == o.collected;
}

BoardState::Agent BoardState::Agent::fromJson(const QJsonObject &o)
{
    Agent a;
    a.username = str(o, "username");
    a.name = str(o, "name");
    a.team = str(o, "team");
    a.state = keyOr(str(o, "state"), FloorState::Unknown);
    a.reason = str(o, "reason");
    a.since = instant(o, "since");
    a.connected = o.value(QLatin1String("connected")).toBool();
    const QJsonObject task = o.value(QLatin1String("task")).toObject();
    a.taskId = num(task, "taskId");
    a.customerId = num(task, "customerId");
    a.customer = str(task, "customer");
    a.today = Counts::fromJson(o.value(QLatin1String("today")).toObject());
    return a;
}

BoardState::Queue BoardState::Queue::fromJson(const QJsonObject &o)
{
    Queue q;
    const QJsonObject depth = o.value(QLatin1String("depth")).toObject();
    for (auto it = depth.begin(); it != depth.end(); ++it) {
        bool ok = false;
        const int v = QMetaEnum::fromType<Bucket>().keyToValue(it.key().toLatin1().constData(), &ok);
        if (ok)
            q.depth.insert(static_cast<Bucket>(v), it.value().toInt());
    }
    q.open = int(num(o, "open"));
    q.oldestTaskId = num(o, "oldestTaskId");
    q.oldestSince = instant(o, "oldestSince");
    q.callbacksOverdue = int(num(o, "callbacksOverdue"));
    return q;
}

BoardState::Alert BoardState::Alert::fromJson(const QJsonObject &o)
{
    Alert a;
    a.id = num(o, "id");
    a.kind = keyOr(str(o, "kind"), AlertKind::Unknown);
    a.team = str(o, "team");
    a.subject = str(o, "subject");
    a.value = num(o, "value");
    a.threshold = num(o, "threshold");
    a.detail = o.value(QStringLiteral("detail")).toObject();
    a.raisedAt = instant(o, "raisedAt");
    a.acknowledgedBy = str(o, "acknowledgedBy");
    a.acknowledgedAt = instant(o, "acknowledgedAt");
    return a;
}

BoardState::HourFigures &BoardState::HourFigures::operator+=(const HourFigures &o)
{
    attempts += o.attempts;
    connects += o.connects;
    promises += o.promises;
    promiseAmount += o.promiseAmount;
    collected += o.collected;
    return *this;
}

BoardState::HourlySeries BoardState::HourlySeries::fromJson(const QJsonObject &answer)
{
    HourlySeries s;
    s.day = QDate::fromString(str(answer, "day"), Qt::ISODate);
    s.computedAt = instant(answer, "computedAt");
    auto read = [&answer](const char *key, std::array<HourFigures, 24> &hours) {
        for (const QJsonValue &v : answer.value(QLatin1String(key)).toArray()) {
            const QJsonObject o = v.toObject();
            const qint64 hour = num(o, "hour");
            if (hour < 0 || hour > 23)
                continue;  // nothing sensible to put it in
            HourFigures &h = hours[size_t(hour)];
            h.attempts = int(num(o, "attempts"));
            h.connects = int(num(o, "connects"));
            h.promises = int(num(o, "promises"));
            h.promiseAmount = num(o, "promiseAmount");
            h.collected = num(o, "collected");
        }
    };
    read("today", s.today);
    read("yesterday", s.yesterday);
    return s;
}

BoardState::BoardState(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTime(); })
{
    qRegisterMetaType<cd::BoardState::Alert>();
}

void BoardState::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

bool BoardState::handleEvent(const QString &type, const QJsonObject &body)
{
    if (type == proto::msg::BoardSnapshot) {
        applySnapshot(body);
    } else if (type == proto::msg::BoardDelta) {
        applyDelta(body);
    } else if (type == proto::msg::AlertRaised) {
        // The delta that carries the same change may come first or not at all (another team's
        // seq order does not matter for alerts): replacing by id makes both orders agree.
        upsertAlert(Alert::fromJson(body));
    } else if (type == proto::msg::AlertCleared) {
        if (removeAlert(num(body, "id")))
            Q_EMIT alertsChanged();
    } else {
        return false;
    }
    return true;
}

void BoardState::applySnapshot(const QJsonObject &body)
{
    Team t;
    t.name = str(body, "team");
    t.seq = num(body, "seq");
    t.day = QDate::fromString(str(body, "day"), Qt::ISODate);
    for (const QJsonValue &v : body.value(QLatin1String("agents")).toArray()) {
        Agent a = Agent::fromJson(v.toObject());
        t.agents.insert(a.username, a);
    }
    t.queue = Queue::fromJson(body.value(QLatin1String("queue")).toObject());
    const QJsonObject k = body.value(QLatin1String("kpis")).toObject();
    t.kpis = Kpis{Counts::fromJson(k), k.value(QLatin1String("connectRate")).toDouble(),
                  k.value(QLatin1String("rpcRate")).toDouble(), k.value(QLatin1String("ptpRate")).toDouble()};
    const bool newTeam = !m_teams.contains(t.name);
    m_teams.insert(t.name, t);
    m_resyncing.remove(t.name);

    // The snapshot's alerts are the team's whole set.
    bool alertsTouched = false;
    for (auto it = m_alerts.begin(); it != m_alerts.end();) {
        if (it->team == t.name) {
            it = m_alerts.erase(it);
            alertsTouched = true;
        } else {
            ++it;
        }
    }
    for (const QJsonValue &v : body.value(QLatin1String("alerts")).toArray()) {
        const Alert a = Alert::fromJson(v.toObject());
        m_alerts.insert(a.id, a);
        alertsTouched = true;
    }
    countHourly(t.name, t.day, t.kpis.counts);

    if (newTeam)
        Q_EMIT teamsChanged();
    Q_EMIT agentsChanged(t.name);
    Q_EMIT queueChanged(t.name);
    Q_EMIT kpisChanged(t.name);
    if (alertsTouched)
        Q_EMIT alertsChanged();
}

void BoardState::applyDelta(const QJsonObject &body)
{
    const QString name = str(body, "team");
    const qint64 seq = num(body, "seq");
    auto it = m_teams.find(name);
    if (it == m_teams.end()) {
        requestResync(name, QStringLiteral("delta %1 for a team without a snapshot").arg(seq));
        return;
    }
    if (m_resyncing.contains(name))
        return;  // the fresh snapshot will contain it
    if (seq <= it->seq) {
        ++m_staleDeltas;
        return;
    }
    if (seq != it->seq + 1) {
        requestResync(name, QStringLiteral("delta %1 after %2").arg(seq).arg(it->seq));
        return;
    }
    Team &t = *it;
    t.seq = seq;
    const QDate day = QDate::fromString(str(body, "day"), Qt::ISODate);
    if (day.isValid())
        t.day = day;

    if (body.contains(QLatin1String("agents"))) {
        for (const QJsonValue &v : body.value(QLatin1String("agents")).toArray()) {
            Agent a = Agent::fromJson(v.toObject());
            t.agents.insert(a.username, a);
        }
        Q_EMIT agentsChanged(name);
    }
    if (body.contains(QLatin1String("queue"))) {
        t.queue = Queue::fromJson(body.value(QLatin1String("queue")).toObject());
        Q_EMIT queueChanged(name);
    }
    if (body.contains(QLatin1String("kpis"))) {
        const QJsonObject k = body.value(QLatin1String("kpis")).toObject();
        t.kpis = Kpis{Counts::fromJson(k), k.value(QLatin1String("connectRate")).toDouble(),
                      k.value(QLatin1String("rpcRate")).toDouble(),
                      k.value(QLatin1String("ptpRate")).toDouble()};
        countHourly(name, t.day, t.kpis.counts);
        Q_EMIT kpisChanged(name);
    }
    bool alertsTouched = false;
    for (const QJsonValue &v : body.value(QLatin1String("alerts")).toArray()) {
        const Alert a = Alert::fromJson(v.toObject());
        const bool known = m_alerts.contains(a.id);
        m_alerts.insert(a.id, a);
        alertsTouched = true;
        if (!known)
            Q_EMIT alertRaised(a);
    }
    for (const QJsonValue &v : body.value(QLatin1String("clearedAlerts")).toArray())
        alertsTouched |= m_alerts.remove(v.toInteger()) > 0;
    if (alertsTouched)
        Q_EMIT alertsChanged();
}

void BoardState::upsertAlert(const Alert &a)
{
    if (a.id <= 0)
        return;
    const bool known = m_alerts.contains(a.id);
    m_alerts.insert(a.id, a);
    if (!known)
        Q_EMIT alertRaised(a);
    Q_EMIT alertsChanged();
}

bool BoardState::removeAlert(qint64 id) { return m_alerts.remove(id) > 0; }

void BoardState::applyAlert(const QJsonObject &alert) { upsertAlert(Alert::fromJson(alert)); }

void BoardState::requestResync(const QString &team, const QString &why)
{
    if (m_resyncing.contains(team))
        return;  // one board.subscribe per gap is enough
    m_resyncing.insert(team);
    qCInfo(lcSync) << "board out of step for team" << team << ":" << why << "- subscribing again";
    Q_EMIT resubscribeNeeded(why);
}

void BoardState::setTeams(const QStringList &teams)
{
    bool changed = false;
    for (auto it = m_teams.begin(); it != m_teams.end();) {
        if (!teams.contains(it.key())) {
            const QString gone = it.key();
            it = m_teams.erase(it);
            for (auto a = m_alerts.begin(); a != m_alerts.end();)
                a = a->team == gone ? m_alerts.erase(a) : std::next(a);
            changed = true;
        } else {
            ++it;
        }
    }
    // A subscription answer starts fresh snapshots for every team: no gap to chase any more.
    m_resyncing.clear();
    if (changed) {
        Q_EMIT teamsChanged();
        Q_EMIT agentsChanged({});
        Q_EMIT alertsChanged();
    }
}

void BoardState::clear()
{
    m_teams.clear();
    m_alerts.clear();
    m_resyncing.clear();
    Q_EMIT teamsChanged();
    Q_EMIT agentsChanged({});
    Q_EMIT queueChanged({});
    Q_EMIT kpisChanged({});
    Q_EMIT alertsChanged();
}

void BoardState::countHourly(const QString &team, const QDate &day, const Counts &totals)
{
    auto it = m_hourly.find(team);
    if (it == m_hourly.end() || it->day != day) {
        // Before this moment the board gives only totals: count from here on.
        Hourly h;
        h.day = day;
        h.since = m_clock();
        h.last = totals;
        m_hourly.insert(team, h);
        Q_EMIT hourlyChanged();
        return;
    }
    const int hour = m_clock().time().hour();
    const int attempts = totals.attempts - it->last.attempts;
    const int connects = totals.connects - it->last.connects;
    it->last = totals;
    if (attempts <= 0 && connects <= 0)
        return;
    it->attempts[hour] += std::max(0, attempts);
    it->connects[hour] += std::max(0, connects);
    Q_EMIT hourlyChanged();
}

QStringList BoardState::teams() const { return m_teams.keys(); }

const BoardState::Team *BoardState::team(const QString &name) const
{
    const auto it = m_teams.constFind(name);
    return it == m_teams.cend() ? nullptr : &*it;
}

QList<BoardState::Agent> BoardState::agents(const QString &team) const
{
    QList<Agent> out;
    for (const Team &t : m_teams)
        if (team.isEmpty() || t.name == team)
            out += t.agents.values();
    std::sort(out.begin(), out.end(), [](const Agent &a, const Agent &b) { return a.username < b.username; });
    return out;
}

std::optional<BoardState::Agent> BoardState::agent(const QString &username) const
{
    for (const Team &t : m_teams) {
        const auto it = t.agents.constFind(username);
        if (it != t.agents.cend())
            return *it;
    }
    return std::nullopt;
}

BoardState::Queue BoardState::queue(const QString &team) const
{
    if (!team.isEmpty()) {
        const Team *t = this->team(team);
        return t ? t->queue : Queue{};
    }
    Queue sum;
    for (const Team &t : m_teams) {
        for (auto it = t.queue.depth.cbegin(); it != t.queue.depth.cend(); ++it)
            sum.depth[it.key()] += it.value();
        sum.open += t.queue.open;
        sum.callbacksOverdue += t.queue.callbacksOverdue;
        if (t.queue.oldestSince.isValid() && (!sum.oldestSince.isValid() || t.queue.oldestSince < sum.oldestSince)) {
            sum.oldestSince = t.queue.oldestSince;
            sum.oldestTaskId = t.queue.oldestTaskId;
        }
    }
    return sum;
}

BoardState::Kpis BoardState::kpis(const QString &team) const
{
    if (!team.isEmpty()) {
        const Team *t = this->team(team);
        return t ? t->kpis : Kpis{};
    }
    Kpis sum;
    for (const Team &t : m_teams)
        sum.counts += t.kpis.counts;
    sum.connectRate = rate(sum.counts.connects, sum.counts.attempts);
    sum.rpcRate = rate(sum.counts.rightParty, sum.counts.attempts);
    sum.ptpRate = rate(sum.counts.promises, sum.counts.rightParty);
    return sum;
}

QList<BoardState::Alert> BoardState::alerts(const QString &team) const
{
    QList<Alert> out;
    for (const Alert &a : m_alerts)
        if (team.isEmpty() || a.team == team)
            out << a;
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        return a.raisedAt != b.raisedAt ? a.raisedAt > b.raisedAt : a.id > b.id;
    });
    return out;
}

std::optional<BoardState::Alert> BoardState::alert(qint64 id) const
{
    const auto it = m_alerts.constFind(id);
    return it == m_alerts.cend() ? std::nullopt : std::optional<Alert>(*it);
}

BoardState::Hourly BoardState::hourly(const QString &team) const
{
    if (!team.isEmpty())
        return m_hourly.value(team);
    Hourly sum;
    for (const Hourly &h : m_hourly) {
        if (!sum.day.isValid() || h.day > sum.day) {
            sum.day = h.day;
        }
    }
    for (const Hourly &h : m_hourly) {
        if (h.day != sum.day)
            continue;
        if (!sum.since.isValid() || h.since < sum.since)
            sum.since = h.since;
        for (int i = 0; i < 24; ++i) {
            sum.attempts[i] += h.attempts[i];
            sum.connects[i] += h.connects[i];
        }
        sum.last += h.last;
    }
    return sum;
}

void BoardState::applyHourlySeries(const QJsonObject &answer)
{
    const QString team = str(answer, "team");
    const HourlySeries series = HourlySeries::fromJson(answer);
    if (team.isEmpty() || !series.isValid())
        return;
    m_series.insert(team, series);
    Q_EMIT hourlySeriesChanged();
}

BoardState::HourlySeries BoardState::hourlySeries(const QString &team) const
{
    if (!team.isEmpty())
        return m_series.value(team);
    HourlySeries sum;
    for (const HourlySeries &s : m_series)
        sum.day = std::max(sum.day, s.day);
    for (const HourlySeries &s : m_series) {
        if (s.day != sum.day)
            continue;  // a team not asked again since midnight: its "today" is yesterday
        if (!sum.computedAt.isValid() || s.computedAt < sum.computedAt)
            sum.computedAt = s.computedAt;  // the oldest figures set the caption
        for (size_t h = 0; h < 24; ++h) {
            sum.today[h] += s.today[h];
            sum.yesterday[h] += s.yesterday[h];
        }
    }
    return sum;
}

}  // namespace cd
