// `collectdesk-server lint` as compliance staff run it: the real binary on temporary files.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstLintCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanTextExitsZero();
    void findingsPrintedWithLinesExitOne();
    void jsonOutputParses();
    void scriptFileThirdPartySegment();
    void scriptGraphLintsCardsAndLabels();
    void templatesFile();
    void templateLibraryDocument();
    void thirdPartyTextOption();
    void customPhraseList();
    void missingFileExitsTwo();
    void badArgumentsExitTwo();
    void shippedScriptsAreClean();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run lint(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstLintCli::init() { m_dir = std::make_unique<QTemporaryDir>(); }

TstLintCli::Run TstLintCli::lint(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CD_SERVER_BINARY), QStringList{QStringLiteral("lint")} + args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TstLintCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstLintCli::cleanTextExitsZero()
{
    const QString path = write(QStringLiteral("clean.txt"),
                               "您好，您本期应还1200元，还款日为3月5日。\n\n请通过官方App还款，谨防骗子。\n");
    const Run r = lint({path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QString());
}

void TstLintCli::findingsPrintedWithLinesExitOne()
{
    const QString path = write(QStringLiteral("notes.txt"),
                               "客户说下周还款。\n"
                               "我是法院的，再不还就让你坐牢。\r\n"
                               "\n"
                               "我们不会上门。\n"
                               "你这个老赖\n");
    const Run r = lint({path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList{path + QStringLiteral(":2: Impersonation: \"我是法院\""),
                          path + QStringLiteral(":2: LegalExaggeration: \"坐牢\""),
                          path + QStringLiteral(":5: Insult: \"老赖\"")}));
}

void TstLintCli::jsonOutputParses()
{
    const QString clean = write(QStringLiteral("a.txt"), "感谢您的配合。\n");
    const QString bad = write(QStringLiteral("b.txt"), "明天上门找你\n");
    const Run r = lint({clean, bad, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject f = doc.array().first().toObject();
    QCOMPARE(f.value(QStringLiteral("file")).toString(), bad);
    QCOMPARE(f.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("Threat"));
    QCOMPARE(f.value(QStringLiteral("text")).toString(), QStringLiteral("上门"));
    QCOMPARE(f.value(QStringLiteral("start")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("length")).toInt(), 2);

    // Clean input: an empty array, exit 0.
    const Run ok = lint({clean, QStringLiteral("--json")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(ok.out.toUtf8()).array().size(), 0);
}

void TstLintCli::scriptFileThirdPartySegment()
{
    // The same sentence is fine for the debtor and a disclosure in the third-party talk-track.
    const QByteArray json = R"({
  "format": "collectdesk.scripts",
  "formatVersion": 1,
  "scripts": [
    {"segment": "early", "locale": "zh_CN", "name": "M1", "version": 1,
     "steps": [{"key": "purpose", "title": "目的", "text": "您的欠款已逾期3天。"}]},
    {"segment": "thirdparty", "locale": "zh_CN", "name": "第三方", "version": 1,
     "steps": [
       {"key": "greet", "title": "问候", "text": "您好，我是客服。"},
       {"key": "purpose", "title": "目的",
        "text": "他有一笔欠款没还。"}
     ]}
  ]
})";
    const QString path = write(QStringLiteral("scripts.json"), json);
    const Run r = lint({path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("ThirdPartyDisclosure"));
    QCOMPARE(f.value(QStringLiteral("text")).toString(), QStringLiteral("欠款"));
    QCOMPARE(f.value(QStringLiteral("line")).toInt(), 11);
    QCOMPARE(f.value(QStringLiteral("where")).toString(),
             QStringLiteral("script thirdparty-zh_CN step purpose"));
}

void TstLintCli::scriptGraphLintsCardsAndLabels()
{
    // Version 2: answer labels and objection cards are read out too; the third-party script is
    // linted for a third party, the debtor's is not.
    const QByteArray json = R"({
  "format": "collectdesk.scripts",
  "formatVersion": 2,
  "scripts": [
    {"id": "m1", "start": "a", "segment": {"answerer": "Debtor"},
     "steps": [{"key": "a", "kind": "End", "text": "您的欠款已逾期3天。"}],
     "objections": [{"kind": "Angry", "title": "情绪激动", "reply": "理解您的心情。"}]},
    {"id": "tp", "start": "a", "segment": {"answerer": "ThirdParty"},
     "steps": [{"key": "a", "kind": "Ask", "text": "请问他在吗？",
                "answers": [{"key": "x", "label": "问他还款", "next": "b"}, {"key": "y", "label": "不在", "next": "b"}]},
               {"key": "b", "kind": "End", "text": "再见。"}],
     "objections": [{"kind": "Dispute", "title": "追问",
                     "reply": "他有一笔贷款没处理。"}]}
  ]
})";
    const QString path = write(QStringLiteral("graphs.json"), json);
    const Run r = lint({path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("where")).toString(),
             QStringLiteral("script tp step a answer x"));
    QCOMPARE(findings.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("还款"));
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("where")).toString(),
             QStringLiteral("script tp objection Dispute"));
    QCOMPARE(findings.at(1).toObject().value(QStringLiteral("line")).toInt(), 13);
    // A malformed graph is a file that cannot be read: nothing is linted.
    const QString bad = write(QStringLiteral("bad.json"),
                              R"({"format": "collectdesk.scripts", "formatVersion": 2, "scripts": [{"id": "x"}]})");
    const Run b = lint({bad});
    QCOMPARE(b.exitCode, 2);
    QVERIFY2(b.err.contains(QStringLiteral("scripts[0]")), qPrintable(b.err));
}

void TstLintCli::templatesFile()
{
    const QByteArray json =
        "[\n"
        "  {\"id\": \"T1\", \"name\": \"提醒\", \"body\": \"{姓名}您好，您本期应还{欠款金额}元。\"},\n"
        "  {\"id\": \"T2\", \"name\": \"施压\", \"body\": \"再不还钱就曝光你，去找朋友借钱还上。\"},\n"
        "  {\"id\": \"T3\", \"name\": \"联系人\", \"thirdParty\": true,\n"
        "   \"body\": \"请转告{姓名}尽快还款。\"}\n"
        "]\n";
    const QString path = write(QStringLiteral("templates.json"), json);
    const Run r = lint({path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines,
             (QStringList{path + QStringLiteral(":3: Threat: \"曝光你\""),
                          path + QStringLiteral(":3: BorrowPressure: \"找朋友借\""),
                          path + QStringLiteral(":5: ThirdPartyDisclosure: \"还款\"")}));

    const QString broken = write(QStringLiteral("broken.json"), R"([{"id": "T1", "name": "x"}])");
    const Run b = lint({broken});
    QCOMPARE(b.exitCode, 2);
    QVERIFY2(b.err.contains(QStringLiteral("template #0 needs a \"body\"")), qPrintable(b.err));
}

void TstLintCli::templateLibraryDocument()
{
    // The server's own format (what `sms import` takes): a contact-audience template gets the
    // no-disclosure rule, a debtor one does not; a document without templates is an error.
    const QByteArray json =
        "{\"format\": \"collectdesk.smsTemplates\", \"formatVersion\": 1, \"templates\": [\n"
        "  {\"code\": \"due\", \"name\": \"提醒\", \"audience\": \"Debtor\",\n"
        "   \"body\": \"您本期应还款{{nextDueAmount}}，请按时还款。\"},\n"
        "  {\"code\": \"contact\", \"name\": \"联系人\", \"audience\": \"ThirdParty\",\n"
        "   \"body\": \"请转告他尽快还款。\"}\n"
        "]}\n";
    const QString path = write(QStringLiteral("library.json"), json);
    const Run r = lint({path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{path + QStringLiteral(":5: ThirdPartyDisclosure: \"还款\"")}));

    const QString empty =
        write(QStringLiteral("empty.json"), R"({"format": "collectdesk.smsTemplates", "formatVersion": 1})");
    const Run e = lint({empty});
    QCOMPARE(e.exitCode, 2);
    QVERIFY2(e.err.contains(QStringLiteral("\"templates\" array")), qPrintable(e.err));
}

void TstLintCli::thirdPartyTextOption()
{
    const QString path = write(QStringLiteral("tp.txt"), "麻烦您提醒他还款\n");
    QCOMPARE(lint({path}).exitCode, 0);
    const Run r = lint({path, QStringLiteral("--third-party")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, path + QStringLiteral(":1: ThirdPartyDisclosure: \"还款\"\n"));
}

void TstLintCli::customPhraseList()
{
    const QString phrases = write(QStringLiteral("phrases.json"), R"({"format":"collectdesk.lintPhrases",
        "rules":{"Insult":{"phrases":["笨蛋"]}}})");
    const QString text = write(QStringLiteral("t.txt"), "你这个笨蛋\n你这个老赖\n");
    const Run r = lint({text, QStringLiteral("--phrases"), phrases});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, text + QStringLiteral(":1: Insult: \"笨蛋\"\n"));

    const QString bad = write(QStringLiteral("bad-phrases.json"), R"({"format":"collectdesk.lintPhrases",
        "rules":{"Rudeness":{"phrases":["笨蛋"]}}})");
    const Run b = lint({text, QStringLiteral("--phrases"), bad});
    QCOMPARE(b.exitCode, 2);
    QVERIFY2(b.err.contains(QStringLiteral("rules.Rudeness: unknown rule")), qPrintable(b.err));
}

void TstLintCli::missingFileExitsTwo()
{
    const QString ok = write(QStringLiteral("ok.txt"), "你好\n");
    const QString missing = m_dir->filePath(QStringLiteral("nope.txt"));
    const Run r = lint({ok, missing});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("cannot read ") + missing), qPrintable(r.err));

    const QString notJson = write(QStringLiteral("x.json"), "{ nope");
    const Run j = lint({notJson});
    QCOMPARE(j.exitCode, 2);
    QVERIFY2(j.err.contains(QStringLiteral("not valid JSON")), qPrintable(j.err));
}

void TstLintCli::badArgumentsExitTwo()
{
    const Run none = lint({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("no file given")), qPrintable(none.err));
    const Run unknown = lint({QStringLiteral("--frobnicate"), QStringLiteral("x.txt")});
    QCOMPARE(unknown.exitCode, 2);
    const Run help = lint({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--phrases")));
}

void TstLintCli::shippedScriptsAreClean()
{
    const Run r = lint({QStringLiteral(CD_DEFAULT_SCRIPTS)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The shipped SMS templates too, read in their own format.
    const Run t = lint({QStringLiteral(CD_DEFAULT_SMS_TEMPLATES)});
    QVERIFY2(t.exitCode == 0, qPrintable(t.out + t.err));
}

QTEST_GUILESS_MAIN(TstLintCli)
#include "tst_lintcli.moc"
