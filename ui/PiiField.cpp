#include "PiiField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace cd {

PiiField::PiiField(QLabel *value, QWidget *parent)
    : QWidget(parent), m_value(value), m_button(new QPushButton(this)), m_timer(new QTimer(this))
{
    m_value->setParent(this);
    m_button->setObjectName(value->objectName() + QStringLiteral("Reveal"));
    m_button->setText(tr("Show"));
    m_button->setToolTip(tr("Show the full value for %n seconds. Every view is recorded in the audit trail.",
                            nullptr, RevealSeconds));
    m_button->setFlat(true);
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setStyleSheet(QStringLiteral("QPushButton{color:#174ea6;padding:0 4px;}"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->hide();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PiiField::remask);
    connect(m_button, &QPushButton::clicked, this, [this] {
        m_button->setEnabled(false);  // until the value (or a refusal) comes back
        Q_EMIT revealRequested();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_value);
    layout->addWidget(m_button);
    layout->addStretch();
}

void PiiField::setMasked(const QString &masked)
{
    m_masked = masked;
    remask();
}

void PiiField::setRevealAllowed(bool allowed)
{
    m_allowed = allowed;
    m_button->setVisible(allowed && !m_masked.isEmpty() && !isRevealed());
}

void PiiField::showRevealed(const QString &value)
{
    m_value->setText(value);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setStyleSheet(QStringLiteral("background:#fff4e5;"));
    m_button->hide();
    m_button->setEnabled(true);
    m_timer->start(RevealSeconds * 1000);
}

bool PiiField::isRevealed() const { return m_timer->isActive(); }

QString PiiField::text() const { return m_value->text(); }

void PiiField::remask()
{
    m_timer->stop();
    m_value->setText(m_masked);
    m_value->setTextInteractionFlags(Qt::NoTextInteraction);
    m_value->setStyleSheet(QString());
    m_button->setEnabled(true);
    m_button->setVisible(m_allowed && !m_masked.isEmpty());
}

}  // namespace cd
