#include "Screenshotter.h"

#include "CallBar.h"
#include "DispositionDialog.h"
#include "DtmfKeypad.h"
#include "LoginDialog.h"
#include "PortraitModels.h"
#include "PortraitView.h"
#include "ShortcutsDialog.h"
#include "SimulatedEngine.h"
#include "SupervisorView.h"
#include "ScriptPanel.h"
#include "RehearsalReview.h"
#include "RehearsalView.h"
#include "SyncClient.h"
#include "TaskQueueModel.h"
#include "TaskQueueView.h"
#include "Workstation.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonObject>
#include <QKeyEvent>
#include <QTableView>
#include <QWidget>
#include <functional>

namespace cd {

namespace {
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool save(QWidget *w, const QString &path, QStringList &written)
{
    QCoreApplication::processEvents();
    if (!w->grab().save(path, "PNG"))
        return false;
    written << path;
    return true;
}
}  // namespace

QStringList Screenshotter::run(const QString &dir, QString *error)
{
    QStringList written;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QStringList();
    };
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    const QDir out(dir);
    MainWindow *win = m_ws.window();
    if (SyncClient *sync = m_ws.syncClient();
        sync && sync->user().value(QStringLiteral("role")).toString() == QLatin1String("lead")) {
        // A lead's screenshots: the supervisor view over the live board of the demo server.
        win->show();
        auto *action = win->findChild<QAction *>(QStringLiteral("supervisorViewAction"));
        if (!action)
            return fail(QStringLiteral("no supervisor view action"));
        action->trigger();
        auto *view = win->findChild<SupervisorView *>();
        if (!view || !waitFor([&] { return !view->board().agents().isEmpty(); }))
            return fail(QStringLiteral("the supervisor view got no board"));
        view->resize(1360, 860);
        waitFor([] { return false; }, 1100);  // the state timers tick once
        if (!save(view, out.filePath(QStringLiteral("10-supervisor-view.png")), written))
            return fail(QStringLiteral("cannot write the supervisor view screenshot"));
        view->tabs()->setCurrentIndex(1);
        if (!save(view, out.filePath(QStringLiteral("11-supervisor-charts.png")), written))
            return fail(QStringLiteral("cannot write the supervisor charts screenshot"));
        return written;
    }
    SimulatedEngine *engine = m_ws.simulatedEngine();
    win->show();
    win->start();
    if (!waitFor([&] { return win->portrait()->customer().has_value(); }))
        return fail(QStringLiteral("no task could be opened"));
    // Prefer a customer with several loans, a payment history and contacts so the portrait is full.
    for (int row = 0; row < 40 && row < win->queueView()->table()->model()->rowCount(); ++row) {
        const qint64 id =
            win->queueView()->table()->model()->index(row, 0).data(TaskQueueModel::TaskIdRole).toLongLong();
        win->queueView()->selectTask(id);
        const auto &c = win->portrait()->customer();
        if (c && !c->flags && win->portrait()->loans().size() >= 2
            && win->portrait()->timelineModel()->rowCount() >= 3)
            break;
    }
    const QList<std::pair<PortraitView::Tab, QString>> tabs = {
        {PortraitView::LoansTab, QStringLiteral("01-workstation-loans.png")},
        {PortraitView::PaymentsTab, QStringLiteral("02-workstation-payments.png")},
        {PortraitView::TimelineTab, QStringLiteral("03-workstation-contact-history.png")}};
    for (const auto &[tab, name] : tabs) {
        win->portrait()->setCurrentTab(tab);
        if (!save(win, out.filePath(name), written))
            return fail(QStringLiteral("cannot write %1").arg(name));
    }
    win->portrait()->setCurrentTab(PortraitView::LoansTab);

    // A live call: the first callable number answers.
    engine->setTimeScale(0.02);
    const auto &phones = win->portrait()->phones();
    int phoneIndex = -1;
    for (int i = 0; i < phones.size(); ++i) {
        if (phones.at(i).status != PhoneStatus::DoNotCall && phones.at(i).status != PhoneStatus::Invalid) {
            phoneIndex = i;
            break;
        }
    }
    if (phoneIndex < 0)
        return fail(QStringLiteral("the chosen customer has no callable number"));
    engine->forceScenario(phones.at(phoneIndex).number, SimulatedEngine::Scenario::Answer);
    win->callBar()->selectPhone(phoneIndex);
    win->callBar()->dial();
    if (!waitFor([&] { return engine->state() == CallEngine::CallState::Connected; }))
        return fail(QStringLiteral("the simulated call was not answered"));
    waitFor([] { return false; }, 2100);  // let the call timer tick
    if (!save(win, out.filePath(QStringLiteral("04-call-connected.png")), written))
        return fail(QStringLiteral("cannot write the call screenshot"));
    win->callBar()->showKeypad();
    // Type an IVR choice the way an agent would, so the keypad shows what was sent.
    for (const QChar c : QStringLiteral("8001#")) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(win->callBar()->keypad(), &press);
    }
    if (!save(win->callBar()->keypad(), out.filePath(QStringLiteral("05-dtmf-keypad.png")), written))
        return fail(QStringLiteral("cannot write the keypad screenshot"));
    win->callBar()->keypad()->hide();

    win->callBar()->hangup();
    if (!waitFor([&] { return win->session()->pendingDisposition() != nullptr; }))
        return fail(QStringLiteral("the wrap-up dialog did not open"));
    DispositionDialog *dlg = win->session()->pendingDisposition();
    dlg->selectOutcome(Outcome::PromiseToPay);
    dlg->setPromise(yuan(1500), win->portrait()->localToday().addDays(3));
    dlg->setNote(QCoreApplication::translate(
        "cd::Screenshotter",
        "Customer confirmed identity; salary arrives on the 25th, will pay by transfer."));
    if (!save(dlg, out.filePath(QStringLiteral("06-disposition.png")), written))
        return fail(QStringLiteral("cannot write the wrap-up screenshot"));
    dlg->trySave();
    if (!waitFor([&] { return win->session()->pendingDisposition() == nullptr; }))
        return fail(QStringLiteral("the wrap-up could not be saved"));
    if (SyncClient *sync = m_ws.syncClient()) {
        // Connected: let the saved outcome reach the server, as it would while the agent reads it.
        sync->outboxChanged();
        if (!waitFor([&] { return sync->pendingCount() == 0; }, 15000))
            return fail(QStringLiteral("the wrap-up did not reach the server"));
    }
    if (!save(win, out.filePath(QStringLiteral("07-after-wrap-up.png")), written))
        return fail(QStringLiteral("cannot write the after-wrap-up screenshot"));

    if (SyncClient *sync = m_ws.syncClient()) {
        LoginDialog login(*sync, win);
        login.setServer(sync->serverUrl().toString());
        login.setUsername(sync->user().value(QStringLiteral("username")).toString());
        login.show();
        if (!save(&login, out.filePath(QStringLiteral("09-login.png")), written))
            return fail(QStringLiteral("cannot write the login screenshot"));
    }

    ShortcutsDialog shortcuts(win);
    shortcuts.show();
    if (!save(&shortcuts, out.filePath(QStringLiteral("08-keyboard-shortcuts.png")), written))
        return fail(QStringLiteral("cannot write the shortcuts screenshot"));

    // Training (demo profile only): a rehearsal a few steps in, and the trainer's review list.
    if (RehearsalView *rv = m_ws.syncClient() ? nullptr : win->openRehearsal()) {
        rv->setDelayScale(0.05);
        rv->engine()->setTimeScale(0.02);
        if (!rv->start(QStringLiteral("cooperative"), 0, 7))
            return fail(QStringLiteral("the rehearsal did not start: %1").arg(rv->statusText()));
        rv->callBar()->dial();
        if (!waitFor([&] { return rv->engine()->state() == CallEngine::CallState::Connected; }))
            return fail(QStringLiteral("the rehearsal call was not answered"));
        ScriptPanel *panel = rv->scriptPanel();
        for (int step = 0; step < 3 && !panel->walk().finished(); ++step) {
            waitFor([&] { return rv->pendingLines() == 0; }, 3000);
            panel->confirmStep();
            panel->chooseAnswer(0);
        }
        waitFor([&] { return rv->pendingLines() == 0; }, 3000);
        if (!save(rv, out.filePath(QStringLiteral("12-rehearsal.png")), written))
            return fail(QStringLiteral("cannot write the rehearsal screenshot"));
        rv->callBar()->hangup();
        rv->close();
        if (RehearsalReview *review = win->openRehearsalReview()) {
            waitFor([] { return false; }, 300);
            if (!save(review, out.filePath(QStringLiteral("13-rehearsal-review.png")), written))
                return fail(QStringLiteral("cannot write the review screenshot"));
            review->close();
        }
    }
    return written;
}

}  // namespace cd
