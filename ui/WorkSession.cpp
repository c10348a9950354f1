#include "WorkSession.h"

#include "SmsDialog.h"

#include "Delinquency.h"
#include "DispositionDialog.h"
#include "Labels.h"
#include "PortraitView.h"
#include "Repositories.h"
#include "ScriptPanel.h"
#include "TaskQueueView.h"
#include "Money.h"
#include "Workflow.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QTableView>

Q_LOGGING_CATEGORY(lcSession, "collectdesk.ui.session")

namespace cd {

WorkSession::WorkSession(LocalStore &store, CallEngine &engine, TaskQueueView &queue, PortraitView &portrait,
                         ScriptPanel &script, CallBar &callBar, QWidget *dialogParent,
                         SessionSettings settings, QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine), m_queue(queue), m_portrait(portrait),
      m_script(script), m_callBar(callBar), m_dialogParent(dialogParent), m_settings(std::move(settings))
{
    connect(&m_queue, &TaskQueueView::taskSelected, this, &WorkSession::openTask);
    connect(&m_callBar, &CallBar::attemptFinished, this, &WorkSession::onAttemptFinished);
    connect(&m_callBar, &CallBar::dialRefused, this, &WorkSession::statusMessage);
    connect(&m_engine, &CallEngine::stateChanged, this, &WorkSession::onCallStateChanged);
    connect(&m_script, &ScriptPanel::thirdPartyToggled, this, [this](bool on) {
        showScript();
        if (on)
            Q_EMIT statusMessage(tr("Third-party script: say nothing about the debt, the amount or the loan."));
    });
    connect(&m_script, &ScriptPanel::outcomeSuggested, this, [this](Outcome o) { m_suggested = o; });
    connect(&m_script, &ScriptPanel::walkChanged, this, [this] {
        if (!m_script.hasScript())
            m_suggested.reset();
    });
    connect(&m_portrait, &PortraitView::smsRequested, this, &WorkSession::openSms);
    connect(&m_queue, &TaskQueueView::queueEmptied, this, [this] {
        Q_EMIT statusMessage(tr("No more tasks in this view. Change the filters or wait for new tasks."));
    });
}

void WorkSession::openTask(qint64 taskId, qint64 customerId)
{
    if (m_engine.inCall() || m_dialog)
        return;  // the queue is disabled meanwhile; this guards programmatic calls
    m_taskId = taskId;
    m_customerId = customerId;
    m_portrait.showCustomer(customerId);
    const auto &customer = m_portrait.customer();
    if (!customer) {
        m_callBar.clear();
        m_script.clear();
        return;
    }
    refreshCallBar();
    // A finished task takes no more attempts (its outcome is final); dialling stays off so no
    // wrap-up can be started that the cache would refuse.
    const auto task = TaskRepository(m_store).find(taskId);
    const bool done = task && task->status == TaskStatus::Done;
    m_callBar.setLocked(done);
    if (done)
        Q_EMIT statusMessage(tr("This task is done. Ctrl+N opens the next task."));
    m_script.setThirdParty(false);
    m_suggested.reset();
    showScript();
    Q_EMIT taskOpened(taskId, customerId);
}

void WorkSession::showScript()
{
    const auto &customer = m_portrait.customer();
    if (!customer) {
        m_script.clear();
        return;
    }
    const QDate today = m_portrait.localToday();
    const QList<Promise> promises = PromiseRepository(m_store).forCustomer(customer->id);  // newest first
    const auto chosen = ScriptRepository(m_store).choose(callContext());
    const QString agentName =
        m_settings.agentDisplayName.isEmpty() ? m_settings.agent : m_settings.agentDisplayName;
    QHash<QString, QString> fields =
        ScriptPanel::fieldsFor(*customer, m_portrait.loans(), today, agentName, m_settings.company);
    if (!promises.isEmpty()) {  // the broken-promise script recalls the last promise
        fields.insert(QStringLiteral("承诺金额"), formatFen(promises.first().amount));
        fields.insert(QStringLiteral("承诺日期"), promises.first().dueDate.toString(QStringLiteral("yyyy-MM-dd")));
    }
    m_script.showScript(chosen, fields);
}

script::CallContext WorkSession::callContext() const
{
    script::CallContext call;
    call.locale = m_settings.scriptLocale;
    call.answerer = m_script.thirdParty() ? script::Answerer::ThirdParty : script::Answerer::Debtor;
    const auto &customer = m_portrait.customer();
    if (!customer)
        return call;
    call.bucket = delinquency::bucketFor(m_portrait.dpd());
    call.grade = customer->risk;
    if (customer->flags.testFlag(CustomerFlag::Dispute))
        call.hold = script::Hold::Dispute;
    else if (customer->flags.testFlag(CustomerFlag::HardshipHold))
        call.hold = script::Hold::Hardship;
    // The promise ledger: an open promise is Pending; else the last decided one, if broken, is Broken.
    const QList<Promise> promises = PromiseRepository(m_store).forCustomer(customer->id);  // newest first
    if (std::any_of(promises.cbegin(), promises.cend(),
                    [](const Promise &p) { return p.status == PromiseStatus::Pending; }))
        call.promise = script::PromiseState::Pending;
    else if (!promises.isEmpty() && promises.first().status == PromiseStatus::Broken)
        call.promise = script::PromiseState::Broken;
    return call;
}

QString WorkSession::scriptSummary() const
{
    const script::Walk &walk = m_script.walk();
    if (!m_script.hasScript())
        return {};
    QStringList ticked, missing, raised;
    for (script::Checkpoint c : walk.tickedInOrder())
        ticked << Labels::text(c);
    for (script::Checkpoint c : walk.missingRequired())
        missing << Labels::text(c);
    for (script::Objection o : walk.raised())
        if (!raised.contains(Labels::text(o)))
            raised << Labels::text(o);
    QString line = tr("[Script %1 v%2] Checkpoints: %3")
                       .arg(walk.script().id)
                       .arg(walk.script().version)
                       .arg(ticked.isEmpty() ? tr("none") : ticked.join(QStringLiteral(" → ")));
    if (!missing.isEmpty())
        line += tr("; missing: %1").arg(missing.join(QStringLiteral(", ")));
    if (!walk.requiredInOrder())
        line += tr("; out of order");
    if (!raised.isEmpty())
        line += tr("; objections: %1").arg(raised.join(QStringLiteral(", ")));
    return line;
}

void WorkSession::refreshCallBar()
{
    const auto &customer = m_portrait.customer();
    if (!customer) {
        m_callBar.clear();
        return;
    }
    m_callBar.setCustomer(*customer, m_portrait.phones(), InteractionRepository(m_store).forCustomer(customer->id),
                          OverrideRepository(m_store).active(customer->id, QDateTime::currentDateTimeUtc()));
}

void WorkSession::openSms(qint64 customerId)
{
    SmsDialogSettings s;
    s.policy = m_portrait.policy();
    s.agent = m_settings.agent;
    s.agentName = m_settings.agentDisplayName;
    s.company = m_settings.company;
    auto *dialog = new SmsDialog(m_store, customerId, s, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SmsDialog::smsQueued, this, [this] {
        m_portrait.reload();  // the SMS appears on the timeline at once, provisional until synced
        Q_EMIT statusMessage(tr("SMS queued: it is sent when the server has it."));
    });
    dialog->open();
}

void WorkSession::setAgent(const QString &login, const QString &displayName)
{
    m_settings.agent = login;
    m_settings.agentDisplayName = displayName;
    if (m_taskId && !m_engine.inCall() && !m_dialog)
        openTask(m_taskId, m_customerId);  // re-merge the script with the agent's name
}

void WorkSession::nextTask()
{
    if (m_engine.inCall() || m_dialog)
        return;
    m_queue.openNext();
}

void WorkSession::onRemoteChanges()
{
    if (m_engine.inCall() || m_dialog) {
        m_remoteChangesPending = true;
        return;
    }
    m_remoteChangesPending = false;
    if (!m_taskId) {  // nothing open yet (first sync): open the top task
        m_queue.refresh();
        return;
    }
    // Never switch customers under the agent's eyes: keep the open one, refresh what is shown.
    m_queue.refreshWithoutOpening(m_taskId);
    m_portrait.reload();
    if (!m_portrait.customer()) {  // the customer left this agent's cache (reassigned away)
        m_callBar.clear();
        m_script.clear();
        m_taskId = 0;
        m_customerId = 0;
        Q_EMIT statusMessage(tr("The customer you had open was reassigned. Ctrl+N opens the next task."));
        return;
    }
    const auto task = TaskRepository(m_store).find(m_taskId);
    refreshCallBar();
    m_callBar.setLocked(!task || task->status == TaskStatus::Done);
}

void WorkSession::onCallStateChanged(CallEngine::CallState state)
{
    const bool live = state != CallEngine::CallState::Idle && state != CallEngine::CallState::Ended;
    m_queue.setEnabled(!live && !m_dialog);
    if (state == CallEngine::CallState::Dialing && m_portrait.customer()) {
        // A relative's or contact's number: the third-party script from the first ring.
        bool thirdParty = false;
        for (const Phone &p : m_portrait.phones())
            if (p.number == m_engine.remoteNumber())
                thirdParty = p.relation != Relation::Self;
        if (thirdParty != m_script.thirdParty()) {
            m_script.setThirdParty(thirdParty);
            showScript();
        }
        if (thirdParty)
            Q_EMIT statusMessage(
                tr("Calling a contact of the customer: third-party script, say nothing about the debt."));
    }
}

void WorkSession::onAttemptFinished(const CallAttempt &attempt)
{
    if (!m_taskId)
        return;
    m_lastAttempt = attempt;
    Fen overdue = 0;
    const QDate today = m_portrait.localToday();
    for (const Loan &l : m_portrait.loans())
        overdue += delinquency::overdueAmount(l.installments, today);
    m_dialog = new DispositionDialog(attempt, overdue, today, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWrapUpLimit(m_settings.wrapUpLimitSeconds);
    if (m_suggested && attempt.answeredAt.isValid())  // the script's answer (非本人, 愿意还款, …) pre-selects
        m_dialog->selectOutcome(*m_suggested);
    connect(m_dialog, &DispositionDialog::saveRequested, this, &WorkSession::onSaveRequested);
    m_callBar.setLocked(true);
    m_queue.setEnabled(false);
    m_dialog->open();
}

void WorkSession::onSaveRequested()
{
    if (!m_dialog)
        return;
    Disposition d = m_dialog->disposition();
    // The checkpoints the agent ticked (in order) and the objections raised go with an answered call,
    // as the last line of the note: leads see them on the timeline and in the interaction the server
    // keeps.
    if (const QString summary = scriptSummary(); !summary.isEmpty() && m_lastAttempt.answeredAt.isValid())
        d.note = d.note.trimmed().isEmpty() ? summary : d.note.trimmed() + QLatin1Char('\n') + summary;
    d.taskId = m_taskId;
    d.customerId = m_customerId;
    d.agent = m_settings.agent;
    d.recordingPath = m_lastAttempt.recordingPath;
    const Result<RecordedDisposition> r =
        DispositionRecorder(m_store).record(d, QDateTime::currentDateTimeUtc());
    if (!r) {
        qCWarning(lcSession) << "saving the disposition failed:" << int(r.error().code) << r.error().detail;
        QString message;
        switch (r.error().code) {
        case ErrorCode::DiskFull:
            message = tr("The disk is full, so nothing was saved. Free some space and press Save again — "
                         "your entries are kept.");
            break;
        case ErrorCode::InvalidInput:
            message = tr("Check the entries: a promise needs an amount and a date from today on; a callback "
                         "needs a future time.");
            break;
        default:
            message =
                tr("The outcome could not be saved (%1). Your entries are kept; press Save to try again.")
                    .arg(r.error().detail);
        }
        m_dialog->showError(message);
        return;
    }
    m_dialog->accept();
    m_dialog = nullptr;
    m_callBar.setLocked(r->taskStatus == TaskStatus::Done);
    m_queue.setEnabled(true);
    // Stay on this customer so the agent sees the new contact in the timeline; the queue already
    // highlights the next task, opened with Ctrl+N.
    m_portrait.reload();
    m_portrait.setCurrentTab(PortraitView::TimelineTab);
    refreshCallBar();
    if (m_script.thirdParty()) {  // the next attempt starts from the customer's own script again
        m_script.setThirdParty(false);
        showScript();
    }
    m_queue.refreshWithoutOpening();
    m_queue.table()->setFocus();
    const QString name = m_portrait.customer() ? m_portrait.customer()->name : QString();
    QString summary = tr("Saved: %1 — %2").arg(name, Labels::text(d.outcome));
    if (d.outcome == Outcome::PromiseToPay)
        summary +=
            tr(" (%1 by %2)")
                .arg(Labels::money(d.promiseAmount), d.promiseDate.toString(QStringLiteral("yyyy-MM-dd")));
    Q_EMIT statusMessage(summary + tr(". Ctrl+N opens the next task."));
    Q_EMIT dispositionSaved(r.value(), d.outcome);
    if (m_remoteChangesPending)
        onRemoteChanges();
}

}  // namespace cd
