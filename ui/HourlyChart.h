#pragma once
// The supervisor view's chart: attempts and connects per hour of today (Qt Charts bars). The board
// sends only the day's totals, so the figures are the ones BoardState added up from the changes it
// saw since the view opened; the caption says from when.
#include "BoardState.h"

#include <QWidget>

class QLabel;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QChartView;

namespace cd {

class HourlyChart : public QWidget
{
    Q_OBJECT
public:
    explicit HourlyChart(QWidget *parent = nullptr);

    void setHourly(const BoardState::Hourly &hourly);

    QLabel *caption() const { return m_caption; }
    /// Bar values (tests): attempts, then connects, from the first hour shown.
    QList<qreal> attempts() const;
    QList<qreal> connects() const;
    int firstHour() const { return m_firstHour; }

private:
    QChartView *m_view;
    QBarSet *m_attempts;
    QBarSet *m_connects;
    QBarCategoryAxis *m_hours;
    QValueAxis *m_values;
    QLabel *m_caption;
    int m_firstHour = 8;
};

}  // namespace cd
