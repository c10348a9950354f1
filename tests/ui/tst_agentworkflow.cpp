// Walks one demo call through the real workstation widgets (offscreen): select a task, dial with F2,
// the simulated customer answers, hang up with F3, wrap up with a promise-to-pay from the keyboard,
// then check the cache (interaction, promise, task moved on) and the timeline on screen.
#include "CallBar.h"
#include "Compliance.h"
#include "DemoData.h"
#include "DemoSeeder.h"
#include "DispositionDialog.h"
#include "LocalStore.h"
#include "Labels.h"
#include "MainWindow.h"
#include "Messages.h"
#include "Pii.h"
#include "PortraitModels.h"
#include "PortraitView.h"
#include "Repositories.h"
#include "ScriptPanel.h"
#include "SimulatedEngine.h"
#include "TaskQueueModel.h"
#include "TaskQueueView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QStatusBar>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace cd;

class TestAgentWorkflow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SimulatedEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    /// First phone of the open customer that can be dialled.
    int callablePhone()
    {
        const auto &phones = m_window->portrait()->phones();
        for (int i = 0; i < phones.size(); ++i)
            if (phones.at(i).status == PhoneStatus::Valid)
                return i;
        return -1;
    }

    void typeText(QWidget *w, const QString &text)
    {
        // QTest::keyClicks asserts on non-Latin-1 text: commit it through the input method instead.
        QInputMethodEvent ev;
        ev.setCommitString(text);
        QApplication::sendEvent(w, &ev);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        DemoOptions opts;
        opts.customers = 120;
        opts.seed = 7;
        opts.now = QDateTime::currentDateTimeUtc();
        DemoSeeder seeder(*m_store);
        QVERIFY(seeder.seed(DemoDataGenerator(opts)).ok());
        QVERIFY(seeder.seedDefaultScripts().ok());
        m_engine = std::make_unique<SimulatedEngine>(7);
        m_engine->setTimeScale(0.01);
        WindowOptions w;
        w.demo = true;
        w.session.agent = QStringLiteral("demo");
        w.session.agentDisplayName = QStringLiteral("Agent Li");
        w.session.company = QStringLiteral("Demo Finance");
        w.session.scriptLocale = QStringLiteral("en");
        // Tests run at any hour: the calling window is open all day here (its own test narrows it).
        w.policy.windowStart = QTime(0, 0);
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
    }

    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
        m_store.reset();
    }

    void queueOpensHighestPriorityTaskWithReasons()
    {
        TaskQueueModel *model = m_window->queueModel();
        QVERIFY(model->rowCount() > 0);
        // The first row has the highest priority and says why it is there.
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, TaskQueueModel::Priority).data().toLongLong()
                    >= model->index(r, TaskQueueModel::Priority).data().toLongLong());
        QVERIFY(!model->index(0, TaskQueueModel::Reasons).data().value<QList<ReasonCode>>().isEmpty());
        QCOMPARE(m_window->session()->currentTaskId(), model->taskIdAt(0));
        QVERIFY(m_window->portrait()->customer().has_value());
        QCOMPARE(m_window->portrait()->customer()->id, model->customerIdAt(0));
        // The script has the customer's name merged in, with no unfilled field left.
        const QString script = m_window->scriptPanel()->plainText();
        QVERIFY2(script.contains(m_window->portrait()->customer()->name), qPrintable(script));
        QVERIFY2(m_window->scriptPanel()->missingFields().isEmpty(), qPrintable(script));
    }

    void scriptPanelFollowsTheCallAndTheNoteKeepsTheCheckpoints()
    {
        auto *panel = m_window->scriptPanel();
        QVERIFY(panel->hasScript());
        // Dial (a contact's number switches to the third-party script at the first ring).
        const int phone = callablePhone();
        QVERIFY(phone >= 0);
        m_engine->forceScenario(m_window->portrait()->phones().at(phone).number, SimulatedEngine::Scenario::Answer);
        QVERIFY(m_window->callBar()->selectPhone(phone));
        m_window->callBar()->dial();
        QTRY_COMPARE(m_engine->state(), CallEngine::CallState::Connected);

        const script::Walk &walk = panel->walk();
        QCOMPARE(walk.current()->kind, script::StepKind::Ask);  // every script opens with who answered
        const QString first = walk.current()->key;
        const script::Checkpoint mandatory = script::mandatoryCheckpoint(walk.script().segment.answerer);
        QVERIFY(walk.current()->checkpoints.contains(mandatory));
        QSignalSpy changed(panel, &ScriptPanel::walkChanged);
        // Alt+Enter ticks the step's checkpoints, shown ticked.
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::AltModifier);
        QVERIFY(walk.ticked(mandatory));
        auto *box = panel->findChild<QCheckBox *>(QStringLiteral("checkpoint") + enumKey(mandatory));
        QVERIFY(box && box->isChecked());
        // Alt+1: the first answer; the next step's text follows. Back and forward again.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(walk.path().size(), 2);
        QVERIFY(changed.count() >= 2);
        const QString second = walk.current()->key;
        QVERIFY2(panel->plainText().contains(walk.current()->title), qPrintable(panel->plainText()));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(walk.current()->key, first);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(walk.current()->key, second);
        // An objection card is one key away and shows its reply.
        QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(walk.raised(), QList<script::Objection>{script::Objection::Angry});
        auto *reply = panel->findChild<QLabel *>(QStringLiteral("scriptObjectionReply"));
        QVERIFY(reply && reply->isVisible() && !reply->text().isEmpty());

        // The wrap-up's note carries the script, the ticked checkpoints and the objection.
        const QString id = walk.script().id;
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QVERIFY(dlg->selectOutcome(panel->thirdParty() ? Outcome::ThirdParty : Outcome::RightPartyContact));
        dlg->trySave();
        QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
        const QString note =
            InteractionRepository(*m_store).forCustomer(m_window->session()->currentCustomerId()).first().note;
        QVERIFY2(note.contains(QStringLiteral("[Script %1 v").arg(id)), qPrintable(note));
        QVERIFY2(note.contains(Labels::text(mandatory)), qPrintable(note));
        QVERIFY2(note.contains(Labels::text(script::Objection::Angry)), qPrintable(note));
    }

    void filterByBucketShowsOnlyThatBucket()
    {
        auto *bucket = m_window->queueView()->findChild<QComboBox *>(QStringLiteral("bucketFilter"));
        QVERIFY(bucket);
        const int m2 = bucket->findData(QVariant::fromValue(Bucket::M2));
        QVERIFY(m2 > 0);
        bucket->setCurrentIndex(m2);
        TaskQueueModel *model = m_window->queueModel();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, TaskQueueModel::Bucket).data().value<Bucket>(), Bucket::M2);
        QCOMPARE(m_window->portrait()->customer()->id, model->customerIdAt(0));
    }

    void oneCallEndToEndWithKeyboard()
    {
        const qint64 taskId = m_window->session()->currentTaskId();
        const qint64 customerId = m_window->session()->currentCustomerId();
        QVERIFY(taskId > 0);
        const int timelineBefore = m_window->portrait()->timelineModel()->rowCount();
        const int phone = callablePhone();
        QVERIFY(phone >= 0);
        const QString number = m_window->portrait()->phones().at(phone).number;
        m_engine->forceScenario(number, SimulatedEngine::Scenario::Answer);

        // Ctrl+<n> picks the number, F2 dials.
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + phone), Qt::ControlModifier);
        QCOMPARE(m_window->callBar()->selectedPhoneId(), m_window->portrait()->phones().at(phone).id);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QTRY_COMPARE(m_engine->state(), CallEngine::CallState::Connected);
        QVERIFY(!m_window->queueView()->isEnabled());  // no switching customers mid-call
        auto *state = m_window->callBar()->findChild<QLabel *>(QStringLiteral("callState"));
        QVERIFY(!state->text().isEmpty());

        // Hold and resume with F4, then hang up with F3.
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QCOMPARE(m_engine->state(), CallEngine::CallState::OnHold);
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Connected);
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QTRY_VERIFY(dlg->isVisible());
        dlg->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dlg));
        QCOMPARE(dlg->selectedOutcome(), std::optional<Outcome>(Outcome::RightPartyContact));

        // Esc does not skip the wrap-up.
        QTest::keyClick(dlg, Qt::Key_Escape);
        QVERIFY(dlg->isVisible());

        // "8" = promise to pay; amount and date; a Chinese note; Ctrl+Enter saves.
        auto *outcomes = dlg->findChild<QListWidget *>(QStringLiteral("outcomeList"));
        outcomes->setFocus();
        QTest::keyClick(outcomes, Qt::Key_8);
        QCOMPARE(dlg->selectedOutcome(), std::optional<Outcome>(Outcome::PromiseToPay));
        auto *amount = dlg->findChild<QDoubleSpinBox *>(QStringLiteral("promiseAmount"));
        QVERIFY(amount->isEnabled());
        amount->setValue(888.50);
        auto *date = dlg->findChild<QDateEdit *>(QStringLiteral("promiseDate"));
        const QDate promiseDate = m_window->portrait()->localToday().addDays(5);
        date->setDate(promiseDate);
        auto *note = dlg->findChild<QPlainTextEdit *>(QStringLiteral("note"));
        note->setFocus();
        typeText(note, QStringLiteral("客户承诺五天内还款"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(m_window->session()->pendingDisposition() == nullptr,
                     qPrintable(dlg->findChild<QLabel *>(QStringLiteral("errorLabel"))->text()));

        // The cache holds the attempt, the promise and the task's next step.
        const auto promises = PromiseRepository(*m_store).forCustomer(customerId);
        QVERIFY(!promises.isEmpty());
        QCOMPARE(promises.first().amount, Fen(88850));
        QCOMPARE(promises.first().dueDate, promiseDate);
        QCOMPARE(promises.first().status, PromiseStatus::Pending);
        const auto interactions = InteractionRepository(*m_store).forCustomer(customerId);
        QVERIFY(!interactions.isEmpty());
        QCOMPARE(interactions.first().outcome, Outcome::PromiseToPay);
        // The agent's note, then the script's checkpoint line (an answered call).
        QVERIFY2(interactions.first().note.startsWith(QStringLiteral("客户承诺五天内还款\n[Script ")),
                 qPrintable(interactions.first().note));
        QCOMPARE(interactions.first().phoneNumber, number);
        QVERIFY(interactions.first().answeredAt.isValid());
        const auto task = TaskRepository(*m_store).find(taskId);
        QVERIFY(task);
        QCOMPARE(task->status, TaskStatus::Done);
        QCOMPARE(task->attempts >= 1, true);
        // A follow-up task waits for the promise date.
        bool followUp = false;
        for (const Task &t : TaskRepository(*m_store).forCustomer(customerId))
            followUp |= t.kind == TaskKind::PromiseFollowUp && t.status == TaskStatus::Deferred;
        QVERIFY(followUp);

        // The task left the open queue; the timeline on screen shows the new contact first.
        QCOMPARE(m_window->queueModel()->rowOfTask(taskId), -1);
        TimelineModel *timeline = m_window->portrait()->timelineModel();
        QCOMPARE(timeline->rowCount(), timelineBefore + 1);
        QCOMPARE(timeline->index(0, TimelineModel::Outcome).data().value<Outcome>(), Outcome::PromiseToPay);
        QVERIFY(timeline->index(0, TimelineModel::Note).data().toString().startsWith(QStringLiteral("客户承诺五天内还款")));
        // The task is done: no further attempt can be started on it.
        QVERIFY(!m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"))->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Ended);

        // Ctrl+N opens the next task, ready to dial.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(m_window->session()->currentTaskId() != taskId);
        QCOMPARE(m_window->session()->currentTaskId(), m_window->queueModel()->taskIdAt(0));
        QVERIFY(m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"))->isEnabled());
    }

    void unansweredCallOffersOnlyUnansweredOutcomes()
    {
        const int phone = callablePhone();
        QVERIFY(phone >= 0);
        const QString number = m_window->portrait()->phones().at(phone).number;
        m_engine->forceScenario(number, SimulatedEngine::Scenario::Busy);
        m_window->callBar()->selectPhone(phone);
        m_window->callBar()->dial();
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QCOMPARE(dlg->selectedOutcome(), std::optional<Outcome>(Outcome::Busy));
        QVERIFY(!dlg->selectOutcome(Outcome::PromiseToPay));
        QCOMPARE(dlg->allowedOutcomes(),
                 (QList<Outcome>{Outcome::NoAnswer, Outcome::Busy, Outcome::InvalidNumber, Outcome::NetworkError}));
        // While the wrap-up is open the agent cannot dial again.
        QVERIFY(!m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"))->isEnabled());
        dlg->trySave();
        QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
        const auto task = TaskRepository(*m_store).find(m_window->session()->currentTaskId());
        QCOMPARE(task->status, TaskStatus::Deferred);
        QVERIFY(task->nextEligible > QDateTime::currentDateTimeUtc());
        // Not done: the agent may try another number of the same customer straight away.
        QVERIFY(m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"))->isEnabled());
    }

    void outsideCallingHoursCannotBeDialledAndSaysWhy()
    {
        // A window that certainly excludes the customer's current local time.
        const QDateTime local =
            compliance::localTime(*m_window->portrait()->customer(), QDateTime::currentDateTimeUtc());
        compliance::Policy p;
        p.windowStart = local.time().hour() < 12 ? QTime(14, 0) : QTime(2, 0);
        p.windowEnd = p.windowStart.addSecs(3600);
        m_window->callBar()->setPolicy(p);
        auto *dial = m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"));
        QVERIFY(!dial->isEnabled());
        QCOMPARE(m_window->callBar()->currentVerdict().rule, compliance::Rule::OutsideCallingWindow);
        const QString why = m_window->callBar()->blockText();
        QVERIFY2(why.contains(p.windowStart.toString(QStringLiteral("HH:mm"))),
                 qPrintable(why));  // when it opens
        const QString detail = m_window->callBar()->blockDetail();
        QVERIFY2(detail.contains(local.toString(QStringLiteral("HH:"))),
                 qPrintable(detail));  // the customer's time now
        auto *label = m_window->callBar()->findChild<QLabel *>(QStringLiteral("complianceBlock"));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), why);
        QCOMPARE(label->toolTip(), detail);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
    }

    void unansweredAttemptsCountAgainstTheDailyCap()
    {
        compliance::Policy p;
        p.windowStart = QTime(0, 0);
        p.windowEnd = QTime(23, 59, 59, 999);
        p.maxUnansweredPerNumberPerDay = 2;
        m_window->callBar()->setPolicy(p);
        const int phone = callablePhone();
        QVERIFY(phone >= 0);
        const QString number = m_window->portrait()->phones().at(phone).number;
        m_engine->forceScenario(number, SimulatedEngine::Scenario::Busy);
        auto *combo = m_window->callBar()->findChild<QComboBox *>(QStringLiteral("numberCombo"));
        const int before = m_window->callBar()->currentVerdict().counters.unansweredToday;
        for (int attempt = before; attempt < 2; ++attempt) {
            QVERIFY(m_window->callBar()->selectPhone(phone));
            QVERIFY(combo->itemText(phone).contains(QStringLiteral("%1/2").arg(attempt)));
            m_window->callBar()->dial();
            QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
            m_window->session()->pendingDisposition()->trySave();
            QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
        }
        // The second busy attempt used up today's attempts on this number: blocked until tomorrow.
        QVERIFY(m_window->callBar()->selectPhone(phone));
        QVERIFY(combo->itemText(phone).contains(QStringLiteral("2/2")));
        QCOMPARE(m_window->callBar()->currentVerdict().rule, compliance::Rule::NumberDailyCap);
        QVERIFY(m_window->callBar()->currentVerdict().allowedFrom > QDateTime::currentDateTimeUtc());
        QVERIFY(!m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"))->isEnabled());
    }

    void doNotCallCustomerCannotBeDialled()
    {
        // Find a DNC customer's task among all statuses.
        auto *status = m_window->queueView()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(0);  // any status
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT t.id FROM tasks t JOIN customers c ON c.id=t.customer_id")));
        qint64 dncTask = 0;
        while (q.next() && !dncTask) {
            const auto t = TaskRepository(*m_store).find(q.value(0).toLongLong());
            const auto c = CustomerRepository(*m_store).find(t->customerId);
            if (c->flags.testFlag(CustomerFlag::DoNotCall))
                dncTask = t->id;
        }
        if (!dncTask)
            QSKIP("no do-not-call customer with a task in this seed");
        QVERIFY(m_window->queueView()->selectTask(dncTask));
        QVERIFY(!m_window->callBar()->findChild<QPushButton *>(QStringLiteral("dialButton"))->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(m_engine->state(), CallEngine::CallState::Idle);
        const auto banners = m_window->portrait()->findChildren<QLabel *>(QStringLiteral("flagBanner"));
        bool dncBanner = false;
        for (QLabel *b : banners)
            dncBanner |= b->property("flag").toString() == QLatin1String("DoNotCall") && b->isVisible();
        QVERIFY(dncBanner);
    }

    /// Opens the task of a customer that has a callable third-party number; returns its index.
    int openCustomerWithContact()
    {
        auto *status = m_window->queueView()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(0);  // any status
        QSqlQuery q(m_store->db());
        if (!q.exec(QStringLiteral("SELECT t.id, t.customer_id FROM tasks t WHERE t.status <> 'Done' AND EXISTS("
                                   "SELECT 1 FROM phones p WHERE p.customer_id = t.customer_id AND "
                                   "p.relation <> 'Self' AND p.status = 'Valid') AND NOT EXISTS(SELECT 1 FROM "
                                   "customers c WHERE c.id = t.customer_id AND c.flags <> 0) ORDER BY t.id")))
            return -1;
        if (!q.next() || !m_window->queueView()->selectTask(q.value(0).toLongLong()))
            return -1;
        const auto &phones = m_window->portrait()->phones();
        for (int i = 0; i < phones.size(); ++i)
            if (phones.at(i).relation != Relation::Self && phones.at(i).status == PhoneStatus::Valid)
                return i;
        return -1;
    }

    void dialingAContactSwitchesToTheNoDisclosureScript()
    {
        compliance::Policy p;
        p.windowStart = QTime(0, 0);
        p.windowEnd = QTime(23, 59, 59, 999);
        p.ownFailuresBeforeThirdParty = 0;  // contacts callable at once: this test is about the script
        m_window->callBar()->setPolicy(p);
        const int contact = openCustomerWithContact();
        QVERIFY(contact >= 0);
        auto *panel = m_window->scriptPanel();
        QVERIFY(!panel->thirdParty());
        const QString own = panel->plainText();
        QVERIFY2(own.contains(m_window->portrait()->customer()->name), qPrintable(own));

        const QString number = m_window->portrait()->phones().at(contact).number;
        m_engine->forceScenario(number, SimulatedEngine::Scenario::Answer);
        QVERIFY(m_window->callBar()->selectPhone(contact));
        m_window->callBar()->dial();
        QTRY_VERIFY(panel->thirdParty());
        const QString script = panel->plainText();
        QVERIFY2(script.contains(QStringLiteral("Greeting: who answered")), qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Never mention a debt")), qPrintable(script));
        // Nothing of the account reaches the screen the agent reads from.
        QVERIFY2(!script.contains(QStringLiteral("¥")), qPrintable(script));
        QTRY_COMPARE(m_engine->state(), CallEngine::CallState::Connected);
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        QVERIFY(dlg->selectOutcome(Outcome::ThirdParty));
        dlg->trySave();
        QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
        // The next attempt starts from the customer's own script again.
        QVERIFY(!panel->thirdParty());
        QCOMPARE(panel->plainText(), own);
    }

    void agentSwitchesToTheThirdPartyScriptWithF8()
    {
        auto *panel = m_window->scriptPanel();
        const QString own = panel->plainText();
        QVERIFY(!own.isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QVERIFY(panel->thirdParty());
        QVERIFY2(panel->plainText().contains(QStringLiteral("Never mention a debt")), qPrintable(panel->plainText()));
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QVERIFY(!panel->thirdParty());
        QCOMPARE(panel->plainText(), own);
    }

    void wrapUpClockCountsAgainstTheLimit()
    {
        const int phone = callablePhone();
        QVERIFY(phone >= 0);
        m_engine->forceScenario(m_window->portrait()->phones().at(phone).number, SimulatedEngine::Scenario::Busy);
        m_window->callBar()->selectPhone(phone);
        m_window->callBar()->dial();
        QTRY_VERIFY(m_window->session()->pendingDisposition() != nullptr);
        DispositionDialog *dlg = m_window->session()->pendingDisposition();
        auto *clock = dlg->findChild<QLabel *>(QStringLiteral("wrapUpClock"));
        QVERIFY(clock && clock->isVisible());
        // The session's limit (120 s by default) is on the clock from the start.
        QVERIFY2(clock->text().contains(QStringLiteral("/ 02:00")), qPrintable(clock->text()));
        QVERIFY(!dlg->overWrapUpLimit());
        dlg->setWrapUpLimit(1);
        QTRY_VERIFY_WITH_TIMEOUT(dlg->overWrapUpLimit(), 5000);
        QTRY_VERIFY(clock->text().contains(QStringLiteral("over the limit")));
        // Over the limit the wrap-up is still mandatory and still saves.
        dlg->trySave();
        QTRY_VERIFY(m_window->session()->pendingDisposition() == nullptr);
    }

    void portraitCountersUseTheWindowsPolicy()
    {
        // A site with 4 unanswered attempts per number per day sees "n/4" on every number.
        WindowOptions w;
        w.session.agent = QStringLiteral("demo");
        w.session.scriptLocale = QStringLiteral("en");
        w.policy.windowStart = QTime(0, 0);
        w.policy.windowEnd = QTime(23, 59, 59, 999);
        w.policy.maxUnansweredPerNumberPerDay = 4;
        m_window.reset();
        m_window = std::make_unique<MainWindow>(*m_store, *m_engine, w);
        m_window->start();
        auto *table = m_window->portrait()->findChild<QTableView *>(QStringLiteral("phoneTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString today =
                table->model()->index(row, PhoneTableModel::Today).data(Qt::DisplayRole).toString();
            QVERIFY2(today.endsWith(QStringLiteral("/4")), qPrintable(today));
        }
    }

    void leadHearsOfARiskUpgrade()
    {
        const qint64 customerId = m_window->session()->currentCustomerId();
        QVERIFY(customerId > 0);
        const QString name = CustomerRepository(*m_store).find(customerId)->name;
        m_window->onServerEvent(proto::msg::RiskUpgraded,
                                {{QStringLiteral("customerId"), customerId},
                                 {QStringLiteral("from"), QStringLiteral("B")},
                                 {QStringLiteral("to"), QStringLiteral("D")},
                                 {QStringLiteral("factors"), QJsonArray{QStringLiteral("BrokenPromise")}}},
                                *m_store);
        const QString notice = m_window->lastRiskNotice();
        // Named masked (never in full on a lead's screen), with both grades and why.
        QVERIFY2(notice.contains(pii::maskName(name)) && !notice.contains(name), qPrintable(notice));
        QVERIFY2(notice.contains(Labels::text(RiskGrade::B)) && notice.contains(Labels::text(RiskGrade::D)),
                 qPrintable(notice));
        QVERIFY2(notice.contains(Labels::text(RiskFactor::BrokenPromise)), qPrintable(notice));
        QCOMPARE(m_window->statusBar()->currentMessage(), notice);
        // Other events and unknown grades leave the status bar alone.
        m_window->statusBar()->clearMessage();
        m_window->onServerEvent(proto::msg::RiskUpgraded, {{QStringLiteral("customerId"), customerId},
                                                           {QStringLiteral("to"), QStringLiteral("Z")}},
                                *m_store);
        m_window->onServerEvent(QStringLiteral("agent.stateChanged"), {}, *m_store);
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TestAgentWorkflow)
#include "tst_agentworkflow.moc"
