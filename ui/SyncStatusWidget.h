#pragma once
// Status-bar indicator of the link to the server: online / reconnecting / offline, operations waiting
// to be sent, last successful sync, and a button listing operations the server refused (with why).
#include "SyncClient.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cd {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    SyncStatusWidget(SyncClient &client, LocalStore &store, QWidget *parent = nullptr);

    QString stateText() const;
    int rejectedCount() const;
    void showRejected();

    /// Translated explanation of why the server refused an operation.
    static QString reasonFor(proto::StatusCode code);

private:
    void update();

    SyncClient &m_client;
    LocalStore &m_store;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_pending;
    QLabel *m_last;
    QToolButton *m_rejected;
};

} // namespace cd
