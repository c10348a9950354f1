#include "HourlyChart.h"

#include "Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int WorkdayStart = 8;  // hours outside the workday are shown only when something happened in them
constexpr int WorkdayEnd = 21;

bool anything(const BoardState::HourFigures &h)
{
    return h.attempts > 0 || h.connects > 0 || h.promiseAmount > 0 || h.collected > 0;
}

qreal top(const QList<qreal> (&a)[2], const QList<qreal> (&b)[2])
{
    qreal m = 0;
    for (const auto *lists : {&a, &b})
        for (const QList<qreal> &l : *lists)
            for (qreal v : l)
                m = std::max(m, v);
    return m;
}
}  // namespace

HourlyChart::HourlyChart(QWidget *parent) : QWidget(parent)
{
    m_calls = buildPanel(tr("Calls and connects per hour: today (bars) against yesterday (lines)"), tr("Calls"),
                         tr("Connects"), QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32), QStringLiteral("%d"));
    m_money = buildPanel(tr("Promised and collected per hour (yuan): today (bars) against yesterday (lines)"),
                         tr("Promised"), tr("Collected"), QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a),
                         QStringLiteral("%.0f"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("hourlyCaption"));
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calls.view, 1);
    layout->addWidget(m_money.view, 1);
    layout->addWidget(m_caption);
    setSeries({});
}

HourlyChart::Panel HourlyChart::buildPanel(const QString &title, const QString &first, const QString &second,
                                           const QColor &firstColour, const QColor &secondColour,
                                           const QString &format)
{
    Panel p;
    p.chart = new QChart;
    p.chart->setTitle(title);
    p.chart->legend()->setAlignment(Qt::AlignBottom);
    p.chart->setMargins(QMargins(4, 4, 4, 4));
    auto *bars = new QBarSeries;
    const QString names[2] = {first, second};
    const QColor colours[2] = {firstColour, secondColour};
    for (int i = 0; i < 2; ++i) {
        p.today[i] = new QBarSet(tr("%1 today").arg(names[i]));
        p.today[i]->setColor(colours[i]);
        p.today[i]->setBorderColor(colours[i]);
        bars->append(p.today[i]);
    }
    p.chart->addSeries(bars);
    p.hours = new QBarCategoryAxis;
    p.values = new QValueAxis;
    p.values->setLabelFormat(format);
    p.chart->addAxis(p.hours, Qt::AlignBottom);
    p.chart->addAxis(p.values, Qt::AlignLeft);
    bars->attachAxis(p.hours);
    bars->attachAxis(p.values);
    for (int i = 0; i < 2; ++i) {
        // Yesterday as a line over the bars: on a category axis point x = i sits on the i-th hour.
        p.yesterday[i] = new QLineSeries;
        p.yesterday[i]->setName(tr("%1 yesterday").arg(names[i]));
        QPen pen(colours[i].lighter(130));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        p.yesterday[i]->setPen(pen);
        p.yesterday[i]->setPointsVisible(true);
        p.chart->addSeries(p.yesterday[i]);
        p.yesterday[i]->attachAxis(p.hours);
        p.yesterday[i]->attachAxis(p.values);
    }
    p.view = new QChartView(p.chart, this);
    p.view->setRenderHint(QPainter::Antialiasing);
    p.view->setMinimumHeight(220);
    return p;
}

void HourlyChart::fill(Panel &panel, const QStringList &hours, const QList<qreal> (&today)[2],
                       const QList<qreal> (&yesterday)[2])
{
    for (int i = 0; i < 2; ++i) {
        panel.today[i]->remove(0, panel.today[i]->count());
        panel.today[i]->append(today[i]);
        QList<QPointF> points;
        for (int x = 0; x < yesterday[i].size(); ++x)
            points << QPointF(x, yesterday[i].at(x));
        panel.yesterday[i]->replace(points);
    }
    panel.hours->clear();
    panel.hours->append(hours);
    panel.values->setRange(0, std::max<qreal>(5, top(today, yesterday) * 1.15));
    panel.values->applyNiceNumbers();
}

void HourlyChart::setSeries(const BoardState::HourlySeries &series)
{
    int first = WorkdayStart, last = WorkdayEnd;
    for (int h = 0; h < 24; ++h) {
        if (anything(series.today[size_t(h)]) || anything(series.yesterday[size_t(h)])) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    m_firstHour = first;
    QStringList hours;
    QList<qreal> calls[2], callsBefore[2], money[2], moneyBefore[2];
    for (int h = first; h <= last; ++h) {
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        const BoardState::HourFigures &t = series.today[size_t(h)];
        const BoardState::HourFigures &y = series.yesterday[size_t(h)];
        calls[0] << t.attempts;
        calls[1] << t.connects;
        callsBefore[0] << y.attempts;
        callsBefore[1] << y.connects;
        money[0] << qreal(t.promiseAmount) / yuan(1);
        money[1] << qreal(t.collected) / yuan(1);
        moneyBefore[0] << qreal(y.promiseAmount) / yuan(1);
        moneyBefore[1] << qreal(y.collected) / yuan(1);
    }
    fill(m_calls, hours, calls, callsBefore);
    fill(m_money, hours, money, moneyBefore);

    m_caption->setText(series.isValid()
                           ? tr("Hours of %1 against the day before, as stored at %2; refreshed every minute.")
                                 .arg(QLocale().toString(series.day, QLocale::ShortFormat),
                                      QLocale().toString(series.computedAt.toLocalTime().time(),
                                                         QLocale::ShortFormat))
                           : tr("Waiting for the hourly figures."));
}

QStringList HourlyChart::hours() const { return m_calls.hours->categories(); }

QList<qreal> HourlyChart::values(Series series) const
{
    auto bars = [](const QBarSet *set) {
        QList<qreal> out;
        for (int i = 0; i < set->count(); ++i)
            out << set->at(i);
        return out;
    };
    auto line = [](const QLineSeries *s) {
        QList<qreal> out;
        for (const QPointF &p : s->points())
            out << p.y();
        return out;
    };
    switch (series) {
    case Series::TodayAttempts: return bars(m_calls.today[0]);
    case Series::TodayConnects: return bars(m_calls.today[1]);
    case Series::YesterdayAttempts: return line(m_calls.yesterday[0]);
    case Series::YesterdayConnects: return line(m_calls.yesterday[1]);
    case Series::TodayPromised: return bars(m_money.today[0]);
    case Series::TodayCollected: return bars(m_money.today[1]);
    case Series::YesterdayPromised: return line(m_money.yesterday[0]);
    case Series::YesterdayCollected: return line(m_money.yesterday[1]);
    }
    return {};
}

}  // namespace cd
