// The rehearsal mode end to end, offscreen: a trainee runs a full scenario (simulated phone, script
// panel, objection card, wrap-up) and sees the score card; a bad run scores low with the reasons; the
// trainer reviews the stored session step by step, comments and exports it. Screenshots in zh_CN.
#include "DispositionDialog.h"
#include "Labels.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "RehearsalRepository.h"
#include "RehearsalReview.h"
#include "RehearsalView.h"
#include "ScriptPanel.h"
#include "SimulatedEngine.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace cd;
using namespace cd::rehearsal;

namespace {

QList<script::Script> bundledScripts()
{
    QFile f(QStringLiteral(":/collectdesk/scripts/default-scripts.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto r = script::readDocument(f.readAll());
    return r ? r.value() : QList<script::Script>{};
}

RehearsalOptions options()
{
    RehearsalOptions o;
    o.trainee = QStringLiteral("王小明");
    o.agentName = QStringLiteral("李娜");
    o.company = QStringLiteral("示范消费金融");
    o.locale = QStringLiteral("zh_CN");
    return o;
}

/// The answer the customer last gave at `step`, or empty.
QString customerAnswer(const Session &s, const QString &step)
{
    QString key;
    for (const Event &e : s.events)
        if (e.kind == EventKind::CustomerSaid && e.step == step && !e.key.isEmpty())
            key = e.key;
    return key;
}

QList<script::Objection> unanswered(const Session &s)
{
    QList<script::Objection> raised, opened;
    for (const Event &e : s.events) {
        if (e.kind == EventKind::ObjectionRaised)
            raised << enumFromKey(e.key, script::Objection::NoMoneyNow);
        if (e.kind == EventKind::CardOpened)
            opened << enumFromKey(e.key, script::Objection::NoMoneyNow);
    }
    for (script::Objection o : opened)
        raised.removeAll(o);
    return raised;
}

}  // namespace

class TestRehearsalView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_scripts = bundledScripts();
        QVERIFY(!m_scripts.isEmpty());
        // zh_CN when the program's translation is built; the persona texts are Chinese either way.
        if (m_translator.load(QStringLiteral(CD_QM_DIR "/collectdesk_zh_CN.qm")))
            QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    }

    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")));
    }

    // A trainee who follows the script: answers as the customer says, ticks each step's checkpoints,
    // answers the objection with its card, records the promise as said.
    void fullCooperativeRehearsalScoresHigh()
    {
        RehearsalView view(*m_store, m_scripts, options());
        view.setDelayScale(0);
        view.resize(1280, 820);
        view.show();
        QVERIFY(view.start(QStringLiteral("cooperative"), 0, 7));
        QSignalSpy finished(&view, &RehearsalView::sessionFinished);
        // The call bar counts against the production cap (the rehearsal lifts the window only).
        const auto *numbers = view.callBar()->findChild<QComboBox *>(QStringLiteral("numberCombo"));
        QVERIFY(numbers && numbers->count() > 0);
        QVERIFY2(numbers->itemText(0).endsWith(QStringLiteral("0/6")), qPrintable(numbers->itemText(0)));

        view.callBar()->dial();
        QTRY_COMPARE(view.engine()->state(), CallEngine::CallState::Connected);
        QTRY_VERIFY(!view.bubbles().isEmpty());  // the greeting

        ScriptPanel *panel = view.scriptPanel();
        bool objectionHandled = false;
        for (int guard = 0; guard < 30 && !panel->walk().finished(); ++guard) {
            const script::Step *step = panel->walk().current();
            QVERIFY(step);
            if (step->kind == script::StepKind::Ask)
                QTRY_VERIFY2(!customerAnswer(view.session(), step->key).isEmpty(), qPrintable(step->key));
            QTRY_COMPARE(view.pendingLines(), 0);
            panel->confirmStep();
            if (const QList<script::Objection> open = unanswered(view.session()); !open.isEmpty()) {
                QVERIFY(panel->raiseObjection(open.first()));
                objectionHandled = true;
                continue;  // the card may resume the walk elsewhere
            }
            int index = 0;
            if (step->kind == script::StepKind::Ask) {
                const QString said = customerAnswer(view.session(), step->key);
                for (int i = 0; i < step->answers.size(); ++i)
                    if (step->answers.at(i).key == said)
                        index = i;
            }
            QVERIFY(panel->chooseAnswer(index));
        }
        QVERIFY(panel->walk().finished());
        QVERIFY(objectionHandled);
        QVERIFY(view.session().customerPromise);
        QTest::qWait(1);
        m_midCall = view.grab();

        view.callBar()->hangup();
        QTRY_VERIFY(view.pendingDisposition());
        DispositionDialog *dlg = view.pendingDisposition();
        QVERIFY(dlg->selectOutcome(Outcome::PromiseToPay));
        dlg->setPromise(view.session().customerPromise->amount, view.session().customerPromise->date);
        dlg->setNote(QStringLiteral("客户本月资金紧张，承诺按时还款"));
        dlg->trySave();
        QTRY_COMPARE(finished.size(), 1);

        QTest::qWait(50);  // the card's layout settles
        const ScoreCard &card = view.session().score;
        QVERIFY2(card.total() >= 95, qPrintable(view.scoreCard()->plainText()));
        QCOMPARE(card.find(Criterion::Objections)->points, ObjectionPoints);
        QVERIFY(view.scoreCard()->isVisible());
        QVERIFY(view.scoreCard()->plainText().contains(QString::number(card.total())));
        // Stored for the trainer with every event.
        const QList<RehearsalRepository::Summary> rows = RehearsalRepository(*m_store).list();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).score, std::optional<int>(card.total()));
        QCOMPARE(rows.at(0).trainee, QStringLiteral("王小明"));
        const Session stored = *RehearsalRepository(*m_store).find(rows.at(0).id);
        QList<EventKind> kinds;
        for (const Event &e : stored.events)
            kinds << e.kind;
        for (EventKind k : {EventKind::Dialled, EventKind::Connected, EventKind::CustomerSaid, EventKind::StepTaken,
                            EventKind::Ticked, EventKind::ObjectionRaised, EventKind::CardOpened, EventKind::Promised,
                            EventKind::HungUp, EventKind::Recorded})
            QVERIFY2(kinds.contains(k), qPrintable(enumKey(k)));

        QVERIFY(view.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/rehearsal-scored.png")));
        QVERIFY(m_midCall.save(QStringLiteral(CD_SCREENSHOT_DIR "/rehearsal-call.png")));
        checkNothingClipped(&view);
    }

    // A trainee who clicks through: no checkpoints, no card for the objection, a forbidden phrase in
    // the note and the wrong outcome.
    void badRehearsalScoresLowWithReasons()
    {
        RehearsalView view(*m_store, m_scripts, options());
        view.setDelayScale(0);
        view.show();
        QVERIFY(view.start(QStringLiteral("cooperative"), 1, 9));
        QSignalSpy finished(&view, &RehearsalView::sessionFinished);
        view.callBar()->dial();
        QTRY_COMPARE(view.engine()->state(), CallEngine::CallState::Connected);
        ScriptPanel *panel = view.scriptPanel();
        for (int guard = 0; guard < 30 && !panel->walk().finished(); ++guard) {
            const script::Step *step = panel->walk().current();
            if (step->kind == script::StepKind::Ask)
                QTRY_VERIFY(!customerAnswer(view.session(), step->key).isEmpty());
            int index = 0;
            const QString said = customerAnswer(view.session(), step->key);
            for (int i = 0; i < step->answers.size(); ++i)
                if (step->answers.at(i).key == said)
                    index = i;
            QVERIFY(panel->chooseAnswer(index));
        }
        QTRY_COMPARE(view.pendingLines(), 0);
        view.callBar()->hangup();
        QTRY_VERIFY(view.pendingDisposition());
        DispositionDialog *dlg = view.pendingDisposition();
        QVERIFY(dlg->selectOutcome(Outcome::Refused));
        dlg->setNote(QStringLiteral("这个老赖不还钱，下次直接上门"));
        dlg->trySave();
        QTRY_COMPARE(finished.size(), 1);

        QTest::qWait(50);
        const ScoreCard &card = view.session().score;
        QVERIFY2(card.total() < 40, qPrintable(view.scoreCard()->plainText()));
        QCOMPARE(card.find(Criterion::Checkpoints)->points, 0);
        QCOMPARE(card.find(Criterion::Language)->points, 0);
        QCOMPARE(card.find(Criterion::Objections)->points, 0);
        QCOMPARE(card.find(Criterion::Outcome)->points, 0);
        // The reasons are on the card, in words.
        const QString text = view.scoreCard()->plainText();
        for (const Explanation &e : {Explanation{Reason::MissingCheckpoint, QStringLiteral("IdentityVerified"), {}},
                                     Explanation{Reason::ObjectionMissed, QStringLiteral("NoMoneyNow"), {}},
                                     Explanation{Reason::OutcomeWrong, QStringLiteral("PromiseToPay"),
                                                 QStringLiteral("Refused")}})
            QVERIFY2(text.contains(Labels::rehearsalReason(e)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("老赖")) && text.contains(QStringLiteral("上门")), qPrintable(text));
        QVERIFY(view.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/rehearsal-bad.png")));
    }

    void reviewStepsCommentsAndExports()
    {
        // A stored session from a run.
        {
            RehearsalView view(*m_store, m_scripts, options());
            view.setDelayScale(0);
            QVERIFY(view.start(QStringLiteral("hostile"), 2, 3));
            QSignalSpy finished(&view, &RehearsalView::sessionFinished);
            view.callBar()->dial();
            QTRY_COMPARE(view.engine()->state(), CallEngine::CallState::Connected);
            QTRY_VERIFY(view.bubbles().size() >= 2);
            view.scriptPanel()->confirmStep();
            view.callBar()->hangup();
            QTRY_VERIFY(view.pendingDisposition());
            QVERIFY(view.pendingDisposition()->selectOutcome(Outcome::Refused));
            view.pendingDisposition()->trySave();
            QTRY_COMPARE(finished.size(), 1);
        }
        RehearsalReview review(*m_store, QStringLiteral("李老师"), QStringLiteral("zh_CN"));
        review.resize(1280, 760);
        review.show();
        QCOMPARE(review.sessionCount(), 1);
        QVERIFY(review.openRow(0));
        QVERIFY(review.current());
        const int events = int(review.current()->events.size());
        QCOMPARE(review.events()->count(), events);
        QVERIFY(review.selectEvent(0));
        review.nextEvent();
        review.nextEvent();
        QCOMPARE(review.currentEvent(), 2);
        QVERIFY(!review.addComment(QStringLiteral("   ")));
        QVERIFY(review.addComment(QStringLiteral("客户情绪激动时先安抚，再核实身份")));
        QCOMPARE(review.currentEvent(), 2);
        QVERIFY2(review.detailText().contains(QStringLiteral("先安抚")), qPrintable(review.detailText()));
        QCOMPARE(RehearsalRepository(*m_store).find(review.current()->id)->events.at(2).comments.size(), 1);
        QCOMPARE(review.table()->item(0, 5)->text(), QStringLiteral("1"));
        QVERIFY(!review.scoreCard()->plainText().isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("session.json"));
        QVERIFY(review.exportTo(file));
        LocalStore other;
        QVERIFY(other.open(QStringLiteral(":memory:")));
        RehearsalReview otherDesk(other, QStringLiteral("赵组长"), QStringLiteral("zh_CN"));
        QCOMPARE(otherDesk.sessionCount(), 0);
        QVERIFY(otherDesk.importFrom(file));
        QCOMPARE(otherDesk.sessionCount(), 1);
        QVERIFY(otherDesk.selectEvent(2));
        QVERIFY(otherDesk.detailText().contains(QStringLiteral("先安抚")));
        QVERIFY(!otherDesk.importFrom(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(!otherDesk.statusText().isEmpty());

        QTest::qWait(1);
        QVERIFY(review.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/rehearsal-review.png")));
        checkNothingClipped(&review);
    }

    // Training is reachable only from a demo window; the banner is there for good.
    void trainingOnlyInDemoMode()
    {
        SimulatedEngine engine(1);
        {
            WindowOptions production;
            MainWindow w(*m_store, engine, production);
            QVERIFY(!w.findChild<QAction *>(QStringLiteral("newRehearsalAction")));
            QVERIFY(!w.findChild<QLabel *>(QStringLiteral("trainingBanner")));
            QVERIFY(!w.openRehearsal());
            QVERIFY(!w.openRehearsalReview());
        }
        WindowOptions demo;
        demo.demo = true;
        MainWindow w(*m_store, engine, demo);
        w.enableTraining(*m_store, m_scripts, options());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("trainingBanner")));
        QAction *rehearse = w.findChild<QAction *>(QStringLiteral("newRehearsalAction"));
        QVERIFY(rehearse);
        rehearse->trigger();
        RehearsalView *view = w.findChild<RehearsalView *>();
        QVERIFY(view && view->isVisible());
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("trainingBanner")));
        w.findChild<QAction *>(QStringLiteral("reviewRehearsalsAction"))->trigger();
        QVERIFY(w.findChild<RehearsalReview *>());
        QCOMPARE(w.openRehearsal(), view);  // one window, raised again
    }

private:
    void checkNothingClipped(QWidget *w)
    {
        for (QLabel *l : w->findChildren<QLabel *>())
            if (l->isVisible() && l->wordWrap() && !l->text().isEmpty())
                QVERIFY2(l->height() >= l->heightForWidth(l->width()), qPrintable(l->text().left(80)));
    }

    QList<script::Script> m_scripts;
    std::unique_ptr<LocalStore> m_store;
    QTranslator m_translator;
    QPixmap m_midCall;
};

QTEST_MAIN(TestRehearsalView)
#include "tst_rehearsalview.moc"
