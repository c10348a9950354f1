#pragma once
// One agent's working session at the workstation: opening a task shows the customer, the script and
// the numbers; every finished attempt leads to the mandatory disposition; saving it records the
// outcome in the cache, moves the task on and shows the new contact in the timeline.
// Owned by MainWindow; borrows the store, the engine and the feature widgets.
#include "CallBar.h"
#include "DispositionDialog.h"
#include "DispositionRecorder.h"
#include "ScriptGraph.h"

#include <QObject>
#include <QPointer>

namespace cd {

class LocalStore;
class TaskQueueView;
class PortraitView;
class ScriptPanel;

struct SessionSettings {
    QString agent = QStringLiteral("demo");
    QString agentDisplayName;
    QString company;
    QString scriptLocale = QStringLiteral("zh_CN");
    int wrapUpLimitSeconds = 120;  ///< the wrap-up clock turns red after this (0 = no limit)
};

class WorkSession : public QObject
{
    Q_OBJECT
public:
    WorkSession(LocalStore &store, CallEngine &engine, TaskQueueView &queue, PortraitView &portrait,
                ScriptPanel &script, CallBar &callBar, QWidget *dialogParent, SessionSettings settings,
                QObject *parent = nullptr);

    qint64 currentTaskId() const { return m_taskId; }
    qint64 currentCustomerId() const { return m_customerId; }
    /// The open wrap-up dialog, if any.
    DispositionDialog *pendingDisposition() const { return m_dialog; }
    /// The last finished attempt (its recording path goes with the disposition).
    const CallAttempt &lastAttempt() const { return m_lastAttempt; }
    const SessionSettings &settings() const { return m_settings; }
    void setAgent(const QString &login, const QString &displayName);
    /// What the open call is, to choose its script: the customer's bucket, risk grade, hold, promise
    /// state (promise ledger), who answered (the third-party toggle) and the script locale.
    script::CallContext callContext() const;
    /// One line for the interaction note: the script and version, checkpoints ticked in order, those
    /// missing, and the objections raised. Empty when no script is shown.
    QString scriptSummary() const;

    void openTask(qint64 taskId, qint64 customerId);
    void nextTask();
    /// Pulled changes arrived: refresh the queue and the open customer, unless a call or a wrap-up
    /// is in progress (then once it is saved).
    void onRemoteChanges();
    /// Opens the SMS dialog for `customerId` (the portrait's "Send SMS").
    void openSms(qint64 customerId);

Q_SIGNALS:
    void dispositionSaved(const cd::RecordedDisposition &result, cd::Outcome outcome);
    void statusMessage(const QString &text);
    /// A task was opened (its customer, numbers and script are shown).
    void taskOpened(qint64 taskId, qint64 customerId);

private:
    void onAttemptFinished(const CallAttempt &attempt);
    void onSaveRequested();
    void onCallStateChanged(CallEngine::CallState state);
    /// Numbers, counters and contact rules of the open customer into the call bar.
    void refreshCallBar();
    /// The open customer's script: the segment's, or the no-disclosure third-party script when the
    /// script panel says a third party answered.
    void showScript();

    LocalStore &m_store;
    CallEngine &m_engine;
    TaskQueueView &m_queue;
    PortraitView &m_portrait;
    ScriptPanel &m_script;
    CallBar &m_callBar;
    QWidget *m_dialogParent;
    SessionSettings m_settings;
    qint64 m_taskId = 0;
    qint64 m_customerId = 0;
    QPointer<DispositionDialog> m_dialog;
    CallAttempt m_lastAttempt;
    bool m_remoteChangesPending = false;
    std::optional<Outcome> m_suggested;  ///< from the last script answer that suggests an outcome
};

}  // namespace cd
