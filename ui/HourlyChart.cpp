#include "HourlyChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int WorkdayStart = 8;  // hours before it are shown only when something happened in them
constexpr int WorkdayEnd = 21;
}  // namespace

HourlyChart::HourlyChart(QWidget *parent) : QWidget(parent)
{
    m_attempts = new QBarSet(tr("Calls"));
    m_connects = new QBarSet(tr("Connects"));
    m_attempts->setColor(QColor(0x15, 0x65, 0xc0));
    m_connects->setColor(QColor(0x2e, 0x7d, 0x32));
    auto *series = new QBarSeries;
    series->append(m_attempts);
    series->append(m_connects);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Calls and connects per hour, today"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_hours = new QBarCategoryAxis;
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_hours, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    series->attachAxis(m_hours);
    series->attachAxis(m_values);

    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("hourlyCaption"));
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    setHourly({});
}

void HourlyChart::setHourly(const BoardState::Hourly &hourly)
{
    int first = WorkdayStart, last = WorkdayEnd;
    for (int h = 0; h < 24; ++h) {
        if (hourly.attempts[size_t(h)] > 0 || hourly.connects[size_t(h)] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    m_firstHour = first;
    QStringList hours;
    QList<qreal> attempts, connects;
    int top = 0;
    for (int h = first; h <= last; ++h) {
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        attempts << hourly.attempts[size_t(h)];
        connects << hourly.connects[size_t(h)];
        top = std::max(top, hourly.attempts[size_t(h)]);
    }
    m_attempts->remove(0, m_attempts->count());
    m_connects->remove(0, m_connects->count());
    m_attempts->append(attempts);
    m_connects->append(connects);
    m_hours->clear();
    m_hours->append(hours);
    m_values->setRange(0, std::max(5, top + top / 5 + 1));
    m_values->applyNiceNumbers();

    m_caption->setText(hourly.since.isValid()
                           ? tr("Counted by this window since %1 from the board's changes; earlier "
                                "hours of today are not included.")
                                 .arg(QLocale().toString(hourly.since.toLocalTime().time(), QLocale::ShortFormat))
                           : tr("Waiting for the floor board."));
}

QList<qreal> HourlyChart::attempts() const
{
    QList<qreal> out;
    for (int i = 0; i < m_attempts->count(); ++i)
        out << m_attempts->at(i);
    return out;
}

QList<qreal> HourlyChart::connects() const
{
    QList<qreal> out;
    for (int i = 0; i < m_connects->count(); ++i)
        out << m_connects->at(i);
    return out;
}

}  // namespace cd
