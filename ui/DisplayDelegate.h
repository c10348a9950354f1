#pragma once
// Renders model values for people: enums through Labels, fen as money, UTC times in local time,
// seconds as a duration. Models stay free of presentation.
#include <QIcon>
#include <QStyledItemDelegate>

namespace cd {

class DisplayDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Auto, Money, Duration, Percent, Date, DateTime };
    explicit DisplayDelegate(Kind kind = Kind::Auto, QObject *parent = nullptr);
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    /// Tooltip = the full text, so a truncated cell (a long list of reasons) can still be read.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The same conversion, for code that is not a view (reports, tests).
    static QString format(const QVariant &value, Kind kind);

    /// Draws `icon` before the text of the cells whose data for `role` is true (a call's recording).
    void markWith(int role, const QIcon &icon);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
    int m_markRole = -1;
    QIcon m_markIcon;
};

}  // namespace cd
