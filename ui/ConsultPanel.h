#pragma once
// The portrait's consult section (会商): the open customer's consult threads with the legal or risk
// department (server/ConsultService.h), each with its unread badge, the selected thread's messages
// (author, role, time; phrases the compliance lint flagged are marked, never hidden), a text box with
// Send, and "New consult…" (department, subject, first message). Follows the portrait like the
// settlement section; reads the cache (models/ConsultRepository), so threads already fetched are
// readable offline. Sending needs the link: offline, Send refuses at once and the text stays in the
// box (sync/ConsultClient.h says why nothing is queued). Owned by the PortraitView it sits in;
// MainWindow::attachSync gives it the ConsultClient.
#include "ConsultRepository.h"
#include "Status.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace cd {

class ConsultClient;
class PortraitView;

class ConsultPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxTextLength = 2000;  ///< as the server (ConsultService::MaxTextLength)

    ConsultPanel(LocalStore &store, PortraitView &portrait, QWidget *parent = nullptr);

    void attach(ConsultClient &client);
    /// Re-reads the portrait customer's threads (and the selected thread's messages) from the cache.
    void reload();
    void selectThread(qint64 threadId);
    /// Brings this section to the front of the portrait's tabs.
    void showInPortrait();
    qint64 currentThread() const { return m_thread; }
    /// Unread messages in the open customer's threads.
    int unread() const { return m_unread; }
    /// Opens the "New consult" dialog for the portrait's customer (nullptr without one, or offline).
    QDialog *openNewConsult();

    QListWidget *threadList() const { return m_threads; }
    QTextBrowser *messageView() const { return m_messages; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *newButton() const { return m_new; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void unreadChanged(int unread);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onCustomerChanged();
    void fillThreads();
    void fillMessages();
    void updateSendState();
    void send();
    void showFailure(proto::StatusCode code, bool offline);
    void markReadIfSeen();

    LocalStore &m_store;
    ConsultRepository m_repo;
    PortraitView &m_portrait;
    QPointer<ConsultClient> m_client;
    qint64 m_customer = 0;
    qint64 m_thread = 0;
    int m_unread = -1;
    bool m_sending = false;
    QListWidget *m_threads;
    QTextBrowser *m_messages;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QPushButton *m_new;
    QLabel *m_counter;
    QLabel *m_status;
    QLabel *m_header;
};

}  // namespace cd
