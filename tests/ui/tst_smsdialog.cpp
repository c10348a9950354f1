// The SMS dialog as the agent uses it (offscreen): the template comes rendered with the customer's data
// and a missing field shows as [field name]; the counter follows Chinese segmenting (70 characters = one
// part, 71 = two parts of 67); a threatening phrase is highlighted with its rule and disables Send; a
// contact's number offers only the contact template; at 23:00 the customer's time Send is disabled with
// the rule and when it becomes allowed; Send queues one "sms.send" op and closes. A screenshot of the
// dialog goes to the build directory (smsdialog.png).
#include "Labels.h"
#include "LocalStore.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "Repositories.h"
#include "SmsDialog.h"
#include "SyncStatusWidget.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace cd;

class TstSmsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> m_store;

    /// 10:30 (or `hour`) in Shanghai on a fixed day.
    static SmsDialogSettings settings(int hour = 10)
    {
        SmsDialogSettings s;
        s.agent = QStringLiteral("agent01");
        s.agentName = QStringLiteral("李娜");
        s.company = QStringLiteral("某某消费金融");
        const QDateTime at =
            QDateTime(QDate(2026, 11, 20), QTime(hour, 30), QTimeZone("Asia/Shanghai")).toUTC();
        s.clock = [at] { return at; };
        return s;
    }

    static QString chinese(int n) { return QString(n, QChar(0x6d4b)); }  // 测测测…

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(QStringLiteral(":memory:")).ok());
        CustomerRepository customers(*m_store);
        Customer c;
        c.id = 7;
        c.name = QStringLiteral("张伟");
        c.gender = Gender::Male;
        c.timeZone = QStringLiteral("Asia/Shanghai");
        QVERIFY(customers.upsert(c).ok());
        Phone own;
        own.id = 70;
        own.customerId = 7;
        own.number = QStringLiteral("13800000070");
        own.status = PhoneStatus::Valid;
        QVERIFY(customers.upsertPhone(own).ok());
        Phone parent = own;
        parent.id = 71;
        parent.number = QStringLiteral("13800000071");
        parent.relation = Relation::Parent;
        parent.contactName = QStringLiteral("张父");
        QVERIFY(customers.upsertPhone(parent).ok());
    }

    void rendersMergeFieldsAndMissingOnes()
    {
        SmsDialog dialog(*m_store, 7, settings());
        QVERIFY(dialog.selectTemplate(QStringLiteral("overdue-m1")));
        const QString text = dialog.text();
        QVERIFY2(text.contains(QStringLiteral("张伟")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("某某消费金融")), qPrintable(text));
        // No loan in the cache: the product and the tail are missing, shown by name, never blank.
        QVERIFY2(text.contains(QStringLiteral("[%1]").arg(SmsDialog::fieldLabel(QStringLiteral("product")))),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("{{")));
    }

    void counterFollowsChineseSegments_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("parts");
        QTest::newRow("70 characters: one part") << 70 << 70 << 70 << 1;
        QTest::newRow("71 characters: two parts of 67") << 71 << 71 << 134 << 2;
        QTest::newRow("134 characters: still two") << 134 << 134 << 134 << 2;
        QTest::newRow("135 characters: three") << 135 << 135 << 201 << 3;
    }
    void counterFollowsChineseSegments()
    {
        QFETCH(int, length);
        QFETCH(int, units);
        QFETCH(int, capacity);
        QFETCH(int, parts);
        SmsDialog dialog(*m_store, 7, settings());
        dialog.setText(chinese(length));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral(R"(^(\d+)/(\d+) · (\d+))")).match(dialog.counterText());
        QVERIFY2(m.hasMatch(), qPrintable(dialog.counterText()));
        QCOMPARE(m.captured(1).toInt(), units);
        QCOMPARE(m.captured(2).toInt(), capacity);
        QCOMPARE(m.captured(3).toInt(), parts);
    }

    void lintFindingDisablesSend()
    {
        SmsDialog dialog(*m_store, 7, settings());
        QVERIFY(dialog.selectTemplate(QStringLiteral("callback-missed")));
        QVERIFY(dialog.sendEnabled());
        QVERIFY(dialog.lintText().isEmpty());
        dialog.setText(dialog.text() + QStringLiteral("再不还我们就上门。"));
        QVERIFY(!dialog.sendEnabled());
        QVERIFY2(dialog.lintText().contains(Labels::text(lint::Rule::Threat)), qPrintable(dialog.lintText()));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("smsText"));
        QCOMPARE(edit->extraSelections().size(), 1);
        QCOMPARE(edit->extraSelections().first().cursor.selectedText(), QStringLiteral("上门"));
        dialog.setText(dialog.text().replace(QStringLiteral("再不还我们就上门。"), QString()));
        QVERIFY(dialog.sendEnabled());
    }

    void contactNumberGetsContactTemplates()
    {
        SmsDialog dialog(*m_store, 7, settings());
        QVERIFY(dialog.templateCodes().contains(QStringLiteral("overdue-m1")));
        dialog.selectNumber(71);
        QCOMPARE(dialog.templateCodes(), QStringList{QStringLiteral("callback-missed-contact")});
        QVERIFY(!dialog.text().contains(QStringLiteral("逾期")));
    }

    void lateEveningBlocksWithTheRule()
    {
        SmsDialog dialog(*m_store, 7, settings(23));
        QVERIFY(!dialog.sendEnabled());
        QVERIFY2(dialog.blockText().contains(QStringLiteral("23:30")), qPrintable(dialog.blockText()));
        QVERIFY2(dialog.blockText().contains(QStringLiteral("11-21 08:00")), qPrintable(dialog.blockText()));
    }

    void sendQueuesOneOp()
    {
        SmsDialog dialog(*m_store, 7, settings());
        QVERIFY(dialog.selectTemplate(QStringLiteral("callback-missed")));
        dialog.findChild<QPushButton *>(QStringLiteral("smsSend"))->click();
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result() ? int(dialog.result()->opId.size()) > 0 : false, true);
        const std::optional<OutboxOp> op = OutboxRepository(*m_store).find(dialog.result()->opId);
        QVERIFY(op);
        QCOMPARE(op->type, proto::msg::OpSmsSend);
        QCOMPARE(op->body.value(QStringLiteral("text")).toString(), dialog.text());
        QCOMPARE(InteractionRepository(*m_store).forCustomer(7).size(), 1);
    }

    void refusedSendNamesTheRule()
    {
        // The server refused a queued SMS: the agent reads which rule, not just "lint-blocked".
        OutboxOp op;
        op.type = proto::msg::OpSmsSend;
        op.lastError = QStringLiteral(R"({"lintRule":"Threat","match":"上门"})");
        const QString lintText = MainWindow::rejectionText(op, proto::StatusCode::LintBlocked);
        QVERIFY2(lintText.contains(Labels::text(lint::Rule::Threat)) && lintText.contains(QStringLiteral("上门")),
                 qPrintable(lintText));
        op.lastError = QStringLiteral(R"({"rule":"SmsDailyCap"})");
        const QString capText = MainWindow::rejectionText(op, proto::StatusCode::ComplianceBlocked);
        QVERIFY2(capText.contains(Labels::text(compliance::Rule::SmsDailyCap)), qPrintable(capText));
        // An old server (no reason) or another op: the code's text as before.
        op.lastError = QStringLiteral("lint-blocked");
        QVERIFY(MainWindow::rejectionText(op, proto::StatusCode::LintBlocked)
                    .contains(SyncStatusWidget::reasonFor(proto::StatusCode::LintBlocked)));
    }

    void screenshot()
    {
        SmsDialog dialog(*m_store, 7, settings());
        QVERIFY(dialog.selectTemplate(QStringLiteral("overdue-m1")));
        dialog.setText(dialog.text() + QStringLiteral("否则上门。"));
        dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 380)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString file = QStringLiteral(CD_SCREENSHOT_DIR "/smsdialog.png");
        QVERIFY(dialog.grab().save(file));
        // Nothing clipped: every label fits its text.
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->isVisible())
                QVERIFY2(l->height() >= l->heightForWidth(l->width()) || !l->wordWrap(),
                         qPrintable(l->text()));
    }
};

QTEST_MAIN(TstSmsDialog)
#include "tst_smsdialog.moc"
