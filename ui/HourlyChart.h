#pragma once
// The supervisor view's charts (Qt Charts), today against yesterday per local hour of the board's
// zone: calls and connects (top), promised and collected amounts in yuan (bottom). Today's figures
// are bars, yesterday's the same colour as dashed lines, so a slow morning stands out. The figures
// are the server's board.hourly (BoardState::HourlySeries), at most a minute old; the caption says
// from when.
#include "BoardState.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace cd {

class HourlyChart : public QWidget
{
    Q_OBJECT
public:
    /// The plotted series, for tests.
    enum class Series {
        TodayAttempts,
        TodayConnects,
        YesterdayAttempts,
        YesterdayConnects,
        TodayPromised,
        TodayCollected,
        YesterdayPromised,
        YesterdayCollected
    };

    explicit HourlyChart(QWidget *parent = nullptr);

    void setSeries(const BoardState::HourlySeries &series);

    QLabel *caption() const { return m_caption; }
    /// Plotted values of one series, from firstHour() on (amounts in yuan).
    QList<qreal> values(Series series) const;
    QStringList hours() const;
    int firstHour() const { return m_firstHour; }

private:
    struct Panel {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QBarSet *today[2] = {};
        QLineSeries *yesterday[2] = {};
        QBarCategoryAxis *hours = nullptr;
        QValueAxis *values = nullptr;
    };
    Panel buildPanel(const QString &title, const QString &first, const QString &second, const QColor &firstColour,
                     const QColor &secondColour, const QString &format);
    static void fill(Panel &panel, const QStringList &hours, const QList<qreal> (&today)[2],
                     const QList<qreal> (&yesterday)[2]);

    Panel m_calls;
    Panel m_money;
    QLabel *m_caption;
    int m_firstHour = 8;
};

}  // namespace cd
