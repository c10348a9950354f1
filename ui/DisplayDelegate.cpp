#include "DisplayDelegate.h"

#include "Labels.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace cd {

DisplayDelegate::DisplayDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind) {}

QString DisplayDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString s = format(value, m_kind);
    return s.isNull() ? QStyledItemDelegate::displayText(value, locale) : s;
}

void DisplayDelegate::markWith(int role, const QIcon &icon)
{
    m_markRole = role;
    m_markIcon = icon;
}

void DisplayDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_markRole < 0 || !index.data(m_markRole).toBool())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = m_markIcon;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}

bool DisplayDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = displayText(index.data(Qt::DisplayRole), view->locale());
        if (!text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString DisplayDelegate::format(const QVariant &value, Kind kind)
{
    if (!value.isValid())
        return QString();
    switch (kind) {
    case Kind::Money: return Labels::money(value.toLongLong());
    case Kind::Duration: return value.toInt() > 0 ? Labels::duration(value.toInt()) : QStringLiteral("—");
    case Kind::Percent:  // basis points
        return QStringLiteral("%1%").arg(value.toInt() / 100.0, 0, 'f', 2);
    case Kind::Date: return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case Kind::DateTime: {
        const QDateTime t = value.toDateTime();
        return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    case Kind::Auto: break;
    }
    bool handled = false;
    const QString s = Labels::fromVariant(value, &handled);
    if (handled)
        return s;
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return format(value, Kind::DateTime);
    if (value.metaType() == QMetaType::fromType<QDate>())
        return format(value, Kind::Date);
    return QString();
}

}  // namespace cd
