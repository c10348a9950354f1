#pragma once
// The status bar's consult badge: "Consults: 3 unread" while any of the user's consult threads has
// unread messages (hidden otherwise), with a menu of those threads; choosing one asks for the thread
// to be shown in the portrait (threadChosen). Agents and leads notice a department's answer while they
// work on another customer; a legal or risk user, who has no task queue, reaches their threads here.
// Created by MainWindow::attachSync.
#include <QToolButton>

namespace cd {

class ConsultClient;

class ConsultIndicator : public QToolButton
{
    Q_OBJECT
public:
    explicit ConsultIndicator(ConsultClient &client, QWidget *parent = nullptr);

Q_SIGNALS:
    void threadChosen(qint64 customerId, qint64 threadId);

private:
    void update(int unread);
    void fillMenu();

    ConsultClient &m_client;
};

}  // namespace cd
