// The script editor against the real collectdesk-server, logged in as the demo lead: the M1 script
// from the cache is broken in the forms (a step removed that others lead to and that confirms a
// required checkpoint, an unknown merge field typed in) and the problems say so with Publish
// disabled; fixed in the forms, Publish is enabled and the server answers with the next version.
// Wording the compliance lint forbids is marked in the text with its rule, keeps Publish disabled,
// and the server refuses it too (lint-blocked). The preview shows a cached customer's name, keeps a
// field it cannot fill visible and highlighted, and walks the answers clicked. Only leads, trainers
// and admins see Tools → Script editor. Saves a screenshot (zh_CN) of the editor with a preview.
#include "../e2e/ServerProcess.h"
#include "Labels.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "Messages.h"
#include "Repositories.h"
#include "ScriptEditor.h"
#include "ScriptPreview.h"
#include "ScriptSettingsForm.h"
#include "ScriptStepForm.h"
#include "SimulatedEngine.h"
#include "SyncClient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cd;

namespace {

constexpr qint64 PreviewCustomer = 990001;

bool hasProblem(const QList<script::Problem> &problems, script::Problem::Kind kind, const QString &step = {})
{
    for (const script::Problem &p : problems)
        if (p.kind == kind && (step.isEmpty() || p.step == step))
            return true;
    return false;
}

}  // namespace

class TestScriptEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<ScriptEditor> m_editor;
    script::Script m_original;

    QPushButton *button(QWidget *in, const QString &name) { return in->findChild<QPushButton *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")));
        QVERIFY2(m_server->prepare(12, 2), m_server->lastOutput().constData());
        QVERIFY2(m_server->start(), m_server->lastOutput().constData());
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("lead01.sqlite"))).ok());
        m_client = std::make_unique<SyncClient>(*m_store);
        m_client->setServerUrl(m_server->url());
        QSignalSpy synced(m_client.get(), &SyncClient::synced);
        m_client->login(QStringLiteral("lead01"), QStringLiteral("demo"), QStringLiteral("tst_scripteditor"));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), SyncClient::State::Online, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 15'000);

        // A customer with no loans: the preview has no product, due date or contract to fill in.
        Customer c;
        c.id = PreviewCustomer;
        c.name = QStringLiteral("欧阳娜娜");
        c.gender = Gender::Female;
        c.timeZone = QStringLiteral("Asia/Shanghai");
        QVERIFY(CustomerRepository(*m_store).upsert(c).ok());

        // The scripts the server published reach the cache with the first pull.
        const QList<script::Script> cached = ScriptRepository(*m_store).all();
        const auto m1 = std::find_if(cached.cbegin(), cached.cend(), [](const script::Script &s) {
            return s.id == QLatin1String("m1-debtor-zh_CN");
        });
        QVERIFY2(m1 != cached.cend(), "the M1 script is not in the lead's cache after the first sync");
        m_original = *m1;

        m_editor = std::make_unique<ScriptEditor>(*m_store, m_client.get());
        m_editor->setSpeaker(QStringLiteral("李组长"), QStringLiteral("示例消费金融"));
        m_editor->setScripts(cached);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_client.reset();
        m_store.reset();
        m_server.reset();
    }

    void defaultScriptIsClean()
    {
        QVERIFY(m_editor->openScript(QStringLiteral("m1-debtor-zh_CN")));
        QCOMPARE(m_editor->script().steps.size(), m_original.steps.size());
        QVERIFY2(m_editor->problems().isEmpty(), qPrintable(m_editor->problemTexts().join('\n')));
        QVERIFY(m_editor->publishButton()->isEnabled());
        QCOMPARE(m_editor->settingsForm()->nameEdit()->text(), m_original.name);
    }

    void brokenScriptListsProblemsAndBlocksPublish()
    {
        // Remove "recap": pay and plan lead to it and it is the only step confirming the promise recap.
        QVERIFY(m_editor->selectStep(QStringLiteral("recap")));
        QCOMPARE(m_editor->stepForm()->keyEdit()->text(), QStringLiteral("recap"));
        QTest::mouseClick(button(m_editor.get(), QStringLiteral("removeStep")), Qt::LeftButton);
        QVERIFY(!m_editor->script().step(QStringLiteral("recap")));

        // An unknown merge field typed into the greeting.
        QVERIFY(m_editor->selectStep(QStringLiteral("verify")));
        QPlainTextEdit *text = m_editor->stepForm()->textEdit();
        text->moveCursor(QTextCursor::End);
        text->insertPlainText(QStringLiteral("{会员等级}"));  // as typed (keyClicks is ASCII only)

        QTRY_VERIFY(hasProblem(m_editor->problems(), script::Problem::Kind::UnknownMergeField,
                               QStringLiteral("verify")));
        const auto problems = m_editor->problems();
        QVERIFY(hasProblem(problems, script::Problem::Kind::DanglingNext, QStringLiteral("pay")));
        QVERIFY(hasProblem(problems, script::Problem::Kind::DanglingNext, QStringLiteral("plan")));
        QVERIFY(hasProblem(problems, script::Problem::Kind::MissingCheckpoint));
        QVERIFY(!m_editor->publishButton()->isEnabled());

        // What the lead reads: the step, the problem, and what exactly (the checkpoint, the field).
        const QString shown = m_editor->problemTexts().join('\n');
        QVERIFY2(shown.contains(Labels::text(script::Checkpoint::PromiseRecapped)), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("{会员等级}")), qPrintable(shown));
        QVERIFY(m_editor->stepForm()->textMarks().join(' ').contains(QStringLiteral("{会员等级}")));

        // The step "plan" still points at the removed step, shown as missing in its next combo.
        QVERIFY(m_editor->selectStep(QStringLiteral("plan")));
        QVERIFY(m_editor->stepForm()->nextCombo()->currentText().contains(QStringLiteral("recap")));
        QCOMPARE(m_editor->stepForm()->nextCombo()->currentData().toString(), QStringLiteral("recap"));

        // Clicking a problem selects its step.
        QListWidget *list = m_editor->problemList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("pay")) {
                const QRect r = list->visualItemRect(list->item(i));
                list->scrollToItem(list->item(i));
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualItemRect(list->item(i)).center());
                Q_UNUSED(r);
                break;
            }
        }
        QCOMPARE(m_editor->selectedStep(), QStringLiteral("pay"));
    }

    void fixedScriptCanBePublished()
    {
        // Take the merge field out again.
        QVERIFY(m_editor->selectStep(QStringLiteral("verify")));
        const QString verifyText = m_original.step(QStringLiteral("verify"))->text;
        m_editor->stepForm()->textEdit()->setPlainText(verifyText);

        // A new step under the removed step's key, going on to "close", confirming the recap.
        QTest::mouseClick(button(m_editor.get(), QStringLiteral("addStep")), Qt::LeftButton);
        QLineEdit *key = m_editor->stepForm()->keyEdit();
        key->selectAll();
        QTest::keyClicks(key, QStringLiteral("recap"));
        QTest::keyClick(key, Qt::Key_Return);
        QCOMPARE(m_editor->selectedStep(), QStringLiteral("recap"));
        m_editor->stepForm()->setNext(QStringLiteral("close"));
        m_editor->stepForm()->checkpointBox(script::Checkpoint::PromiseRecapped)->click();
        m_editor->stepForm()->textEdit()->setPlainText(
            QStringLiteral("好的，跟您确认一下：您将于（日期）前还款（金额）元。"));

        QTRY_VERIFY2(m_editor->problems().isEmpty(), qPrintable(m_editor->problemTexts().join('\n')));
        QTRY_VERIFY(m_editor->publishButton()->isEnabled());

        QSignalSpy published(m_editor.get(), &ScriptEditor::published);
        QTest::mouseClick(m_editor->publishButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 15'000);
        QCOMPARE(published.at(0).at(0).toString(), QStringLiteral("m1-debtor-zh_CN"));
        QCOMPARE(published.at(0).at(1).toInt(), m_original.version + 1);
        QVERIFY2(m_editor->statusText().contains(QString::number(m_original.version + 1)),
                 qPrintable(m_editor->statusText()));
        QCOMPARE(m_editor->script().version, m_original.version + 1);
    }

    void lintFindingIsShownAndRefused()
    {
        QVERIFY(m_editor->selectStep(QStringLiteral("plan")));
        QPlainTextEdit *text = m_editor->stepForm()->textEdit();
        text->moveCursor(QTextCursor::End);
        text->insertPlainText(QStringLiteral("再不还就让你坐牢。"));
        QTRY_VERIFY(
            hasProblem(m_editor->problems(), script::Problem::Kind::LintFinding, QStringLiteral("plan")));
        QVERIFY(!m_editor->publishButton()->isEnabled());
        const QString rule = Labels::text(lint::Rule::LegalExaggeration);
        QVERIFY2(m_editor->problemTexts().join('\n').contains(rule),
                 qPrintable(m_editor->problemTexts().join('\n')));
        QVERIFY2(m_editor->stepForm()->textMarks().join(' ').contains(rule),
                 qPrintable(m_editor->stepForm()->textMarks().join(' ')));
        QVERIFY(!text->extraSelections().isEmpty());  // the words are marked in place

        // The server's check is the one that counts: the same script sent anyway is refused.
        bool answered = false;
        proto::Envelope reply;
        m_client->request(proto::msg::ScriptPublish, ScriptEditor::publishBody(m_editor->script()), this,
                          [&](const proto::Envelope &response, bool offline) {
                              answered = !offline;
                              reply = response;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15'000);
        QCOMPARE(reply.status, proto::StatusCode::LintBlocked);
        m_editor->showPublishAnswer(reply, false);
        QVERIFY2(m_editor->statusText().contains(QStringLiteral("lint")), qPrintable(m_editor->statusText()));
        if (reply.body.contains(QStringLiteral("problems")))  // once the hub forwards the failure body
            QVERIFY2(m_editor->statusText().contains(rule), qPrintable(m_editor->statusText()));

        // Wording put right: publishable again.
        text->setPlainText(m_original.step(QStringLiteral("plan"))->text);
        QTRY_VERIFY(m_editor->problems().isEmpty());
        QTRY_VERIFY(m_editor->publishButton()->isEnabled());
    }

    void previewRendersACustomer()
    {
        m_editor->tabs()->setCurrentWidget(m_editor->preview());
        ScriptPreview *preview = m_editor->preview();
        preview->findChild<QLineEdit *>(QStringLiteral("previewCustomerSearch"))
            ->setText(QStringLiteral("欧阳"));
        QCOMPARE(preview->results()->count(), 1);
        preview->results()->setCurrentRow(0);
        QCOMPARE(preview->customer()->id, PreviewCustomer);

        const QString shown = preview->plainText();
        QVERIFY2(shown.contains(QStringLiteral("欧阳娜娜")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("李组长")), qPrintable(shown));
        // No loans: the due date cannot be filled; it stays visible, highlighted, and is listed.
        QVERIFY2(preview->missingFields().contains(QStringLiteral("到期日")),
                 qPrintable(preview->missingFields().join(',')));
        QVERIFY(shown.contains(QStringLiteral("{到期日}")));
        const QString html = preview->findChild<QTextBrowser *>(QStringLiteral("previewText"))->toHtml();
        QVERIFY(html.contains(QStringLiteral("#fdecea"), Qt::CaseInsensitive));

        // Walk-through: the customer confirms who they are, the agent introduces themself.
        QCOMPARE(preview->path(), QStringList{QStringLiteral("verify")});
        QPushButton *self = preview->findChild<QPushButton *>(QStringLiteral("previewAnswer_self"));
        QVERIFY(self);
        QTest::mouseClick(self, Qt::LeftButton);
        QCOMPARE(preview->path(), (QStringList{QStringLiteral("verify"), QStringLiteral("intro")}));
        QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("previewNext")), Qt::LeftButton);
        QCOMPARE(preview->path().last(), QStringLiteral("amount"));
        QVERIFY(preview->findChild<QLabel *>(QStringLiteral("previewPath"))
                    ->text()
                    .contains(m_original.step(QStringLiteral("amount"))->title));
    }

    void screenshot()
    {
        m_editor->resize(1180, 820);
        QTest::qWait(50);
        const QString file = QStringLiteral(CD_SCREENSHOT_DIR "/scripteditor-preview.png");
        QVERIFY(m_editor->grab().save(file));
        m_editor->tabs()->setCurrentIndex(0);
        QVERIFY(m_editor->selectStep(QStringLiteral("pay")));
        QTest::qWait(50);
        QVERIFY(m_editor->grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/scripteditor-steps.png")));
    }

    void onlyEditorsSeeTheMenu()
    {
        SimulatedEngine engine(1);
        WindowOptions w;
        MainWindow window(*m_store, engine, w);
        window.attachSync(*m_client, *m_store);
        QAction *action = window.findChild<QAction *>(QStringLiteral("scriptEditorAction"));
        QVERIFY(action);
        QMenu *tools = qobject_cast<QMenu *>(action->parent());
        QVERIFY(tools);
        QVERIFY(tools->menuAction()->isVisible());  // lead01
        for (const char *role : {"agent", "trainer", "admin", "lead"}) {
            emit m_client->loggedIn({{QStringLiteral("role"), QLatin1String(role)}});
            QCOMPARE(tools->menuAction()->isVisible(), qstrcmp(role, "agent") != 0);
        }
    }
};

QTEST_MAIN(TestScriptEditor)
#include "tst_scripteditor.moc"
