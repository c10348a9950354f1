#pragma once
// The agent workstation window. Composition only: it assembles the feature widgets (call bar, task
// queue, portrait, script panel) and the WorkSession that ties them together; all behaviour lives in
// those classes. Borrows the store and the call engine from the composition root (app/).
#include "Compliance.h"
#include "RehearsalView.h"
#include "WorkSession.h"

#include "OutboxRepository.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;

namespace cd {

class OverrideDialog;
class ProgressiveDialer;
class RehearsalReview;

class LocalStore;
class CallEngine;
class TaskQueueModel;
class TaskQueueView;
class PortraitView;
class ScriptPanel;
class CallBar;
class SyncClient;
class SyncStatusWidget;

struct WindowOptions {
    SessionSettings session;
    bool demo = false;
    compliance::Policy policy;  ///< contact rules checked before dialling
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LocalStore &store, CallEngine &engine, WindowOptions options, QWidget *parent = nullptr);
    ~MainWindow() override;

    TaskQueueModel *queueModel() const { return m_queueModel; }
    TaskQueueView *queueView() const { return m_queue; }
    PortraitView *portrait() const { return m_portrait; }
    ScriptPanel *scriptPanel() const { return m_script; }
    CallBar *callBar() const { return m_callBar; }
    WorkSession *session() const { return m_session; }
    ProgressiveDialer *progressiveDialer() const { return m_progressive; }
    /// Work → Progressive dialling (checkable).
    QAction *progressiveAction() const { return m_progressiveAction; }

    /// Loads the queue and opens the first task.
    void start();
    /// Connected mode: shows the link to the server in the status bar, nudges the client after each
    /// wrap-up and refreshes the queue and portrait when pulled changes arrive.
    void attachSync(SyncClient &client, LocalStore &store);
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    void showShortcuts();
    /// After logging in: the agent the work is recorded for and the name the script uses.
    void setAgent(const QString &login, const QString &displayName);

    /// What the logged-in role may do here: leads and admins override rules and reveal personal data.
    void applyRole(const QString &role);
    /// The open override dialog, if any (tests drive it).
    OverrideDialog *overrideDialog() const;
    /// A server event not about the agent's own data (SyncClient::serverEvent). A lead hears of a
    /// customer's risk upgrade in the status bar (the customer named from the cache when present).
    void onServerEvent(const QString &type, const QJsonObject &body, LocalStore &store);
    /// Demo mode only: the Training (培训) menu with "New rehearsal…" and "Review sessions…", on the
    /// demo profile's store. Never called for a production profile (app/Workstation.cpp).
    void enableTraining(LocalStore &store, QList<script::Script> scripts, RehearsalOptions options);
    /// Opens (or raises) the rehearsal window / the review window; nullptr outside demo mode.
    RehearsalView *openRehearsal();
    RehearsalReview *openRehearsalReview();
    /// The last risk upgrade shown (tests read it; the status bar message times out).
    QString lastRiskNotice() const { return m_lastRiskNotice; }
    /// What the agent reads when the server refuses a queued change for good: the reason code, and
    /// for an SMS the compliance or lint rule that stopped it (from the server's structured reason).
    static QString rejectionText(const std::optional<OutboxOp> &op, proto::StatusCode code);

Q_SIGNALS:
    /// Work → Phone settings…: the composition root opens the SIP settings page.
    void phoneSettingsRequested();

private:
    void showStatus(const QString &text);
    QString m_lastRiskNotice;
    void requestOverride(SyncClient &client, LocalStore &store, compliance::Rule rule, const QString &number);
    void requestReveal(SyncClient &client, qint64 customerId, const QString &field);

    TaskQueueModel *m_queueModel;
    TaskQueueView *m_queue;
    PortraitView *m_portrait;
    ScriptPanel *m_script;
    CallBar *m_callBar;
    WorkSession *m_session;
    QLabel *m_modeLabel;
    SyncStatusWidget *m_syncStatus = nullptr;
    QPointer<OverrideDialog> m_overrideDialog;
    ProgressiveDialer *m_progressive = nullptr;
    std::function<RehearsalView *()> m_openRehearsal;
    std::function<RehearsalReview *()> m_openReview;
    QAction *m_progressiveAction = nullptr;
};

}  // namespace cd
