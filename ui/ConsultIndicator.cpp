#include "ConsultIndicator.h"

#include "ConsultClient.h"
#include "Labels.h"

#include <QMenu>

namespace cd {

ConsultIndicator::ConsultIndicator(ConsultClient &client, QWidget *parent)
    : QToolButton(parent), m_client(client)
{
    setObjectName(QStringLiteral("consultIndicator"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ConsultIndicator::fillMenu);
    connect(&client, &ConsultClient::unreadTotalChanged, this, &ConsultIndicator::update);
    update(client.unreadTotal());
}

void ConsultIndicator::update(int unread)
{
    setText(tr("Consults: %n unread", nullptr, unread));
    setStyleSheet(QStringLiteral("QToolButton { color: #b00; font-weight: bold; }"));
    setVisible(unread > 0);
}

void ConsultIndicator::fillMenu()
{
    menu()->clear();
    for (const ConsultThreadInfo &t : m_client.repository().threads()) {
        if (t.unread == 0)
            continue;
        QAction *a = menu()->addAction(
            tr("[%1] %2 (%3 unread)").arg(Labels::roleName(t.department), t.subject).arg(t.unread));
        const qint64 customerId = t.customerId;
        const qint64 threadId = t.id;
        connect(a, &QAction::triggered, this,
                [this, customerId, threadId] { Q_EMIT threadChosen(customerId, threadId); });
    }
}

}  // namespace cd
