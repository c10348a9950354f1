// The compliance lint against the built-in phrase list: what a compliance officer would flag, what they
// would let through, and the rule, span and text of each finding.
#include "ComplianceLint.h"
#include "Domain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cd;
using namespace cd::lint;

Q_DECLARE_METATYPE(cd::lint::Rule)
Q_DECLARE_METATYPE(cd::lint::Audience)

class TstComplianceLint : public QObject
{
    Q_OBJECT

private:
    ComplianceLint m_lint = ComplianceLint::builtIn().value();

private slots:
    void builtInLoads();
    void flags_data();
    void flags();
    void clean_data();
    void clean();
    void spanIsInUtf16Units();
    void severalFindingsInOrder();
    void overlappingPhrasesOfOneRuleReportedOnce();
    void customListReplacesBuiltIn();
    void badPhraseListsFail_data();
    void badPhraseListsFail();
    void shippedScriptsAreClean();
};

void TstComplianceLint::builtInLoads()
{
    const Result<ComplianceLint> lint = ComplianceLint::builtIn();
    QVERIFY2(lint.ok(), qPrintable(lint.error().detail));
    QVERIFY(lint.value().phraseCount() > 50);
}

void TstComplianceLint::flags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Audience>("audience");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("matched");

    const Audience D = Audience::Debtor;
    const Audience T = Audience::ThirdParty;
    // Threats and intimidation
    QTest::newRow("threat: visit") << QStringLiteral("今天不还的话，我们明天就上门找你。") << D
                                   << Rule::Threat << QStringLiteral("上门");
    QTest::newRow("threat: 让你好看")
        << QStringLiteral("再拖下去让你好看！") << D << Rule::Threat << QStringLiteral("让你好看");
    QTest::newRow("threat: expose") << QStringLiteral("不还钱就曝光你") << D << Rule::Threat
                                    << QStringLiteral("曝光你");
    QTest::newRow("threat: contacts wildcard")
        << QStringLiteral("我们会爆你的通讯录") << D << Rule::Threat << QStringLiteral("爆你的通讯录");
    QTest::newRow("threat: zh_TW visit")
        << QStringLiteral("明天派人上門") << D << Rule::Threat << QStringLiteral("上門");
    QTest::newRow("threat: negation in another clause")
        << QStringLiteral("你不还，我们就上门") << D << Rule::Threat << QStringLiteral("上门");
    // Insults
    QTest::newRow("insult: 骗子") << QStringLiteral("你就是个骗子") << D << Rule::Insult
                                  << QStringLiteral("骗子");
    QTest::newRow("insult: 老赖") << QStringLiteral("像你这种老赖我见多了") << D << Rule::Insult
                                  << QStringLiteral("老赖");
    QTest::newRow("insult: 不要脸") << QStringLiteral("欠钱不还真不要脸") << D << Rule::Insult
                                    << QStringLiteral("不要脸");
    // Impersonating police, courts, lawyers
    QTest::newRow("impersonation: court")
        << QStringLiteral("我是法院的，请你配合") << D << Rule::Impersonation << QStringLiteral("我是法院");
    QTest::newRow("impersonation: named court")
        << QStringLiteral("我是朝阳区人民法院的工作人员") << D << Rule::Impersonation
        << QStringLiteral("我是朝阳区人民法院");
    QTest::newRow("impersonation: police") << QStringLiteral("我们是公安局的，现在通知你") << D
                                           << Rule::Impersonation << QStringLiteral("我们是公安");
    QTest::newRow("impersonation: lawyer's letter")
        << QStringLiteral("我们已经给你发了律师函") << D << Rule::Impersonation << QStringLiteral("律师函");
    QTest::newRow("impersonation: lawyer")
        << QStringLiteral("我是律师，负责你的案子") << D << Rule::Impersonation << QStringLiteral("我是律师");
    // Exaggerated legal consequences
    QTest::newRow("legal: prison") << QStringLiteral("再不还钱你就等着坐牢吧") << D << Rule::LegalExaggeration
                                   << QStringLiteral("坐牢");
    QTest::newRow("legal: sentence") << QStringLiteral("这种情况是要判刑的") << D << Rule::LegalExaggeration
                                     << QStringLiteral("判刑");
    QTest::newRow("legal: detention")
        << QStringLiteral("警察会来拘留你") << D << Rule::LegalExaggeration << QStringLiteral("拘留");
    QTest::newRow("legal: blacklist") << QStringLiteral("马上把你上征信黑名单") << D
                                      << Rule::LegalExaggeration << QStringLiteral("征信黑名单");
    // Disclosure of the debt to a third party
    QTest::newRow("third party: debt") << QStringLiteral("您家人在我们这里有一笔欠款") << T
                                       << Rule::ThirdPartyDisclosure << QStringLiteral("欠款");
    QTest::newRow("third party: overdue")
        << QStringLiteral("他已经逾期三个月了") << T << Rule::ThirdPartyDisclosure << QStringLiteral("逾期");
    QTest::newRow("third party: repay") << QStringLiteral("麻烦您提醒他尽快还款") << T
                                        << Rule::ThirdPartyDisclosure << QStringLiteral("还款");
    // Pressure to borrow elsewhere
    QTest::newRow("borrow: 借钱还") << QStringLiteral("你去借钱还上不就行了") << D << Rule::BorrowPressure
                                    << QStringLiteral("借钱还");
    QTest::newRow("borrow: relatives")
        << QStringLiteral("你可以找亲戚借一点") << D << Rule::BorrowPressure << QStringLiteral("找亲戚借");
    QTest::newRow("borrow: online loan")
        << QStringLiteral("实在不行就去下个网贷") << D << Rule::BorrowPressure << QStringLiteral("网贷");
}

void TstComplianceLint::flags()
{
    QFETCH(QString, text);
    QFETCH(Audience, audience);
    QFETCH(Rule, rule);
    QFETCH(QString, matched);
    const QList<Finding> findings = m_lint.check(text, audience);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(enumKey(f.rule), enumKey(rule));
    QCOMPARE(f.text, matched);
    QCOMPARE(f.start, int(text.indexOf(matched)));
    QCOMPARE(f.length, int(matched.size()));
    QCOMPARE(text.mid(f.start, f.length), matched);
}

void TstComplianceLint::clean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Audience>("audience");

    const Audience D = Audience::Debtor;
    const Audience T = Audience::ThirdParty;
    QTest::newRow("negated visit") << QStringLiteral("请放心，我们不会上门，也不会联系您的单位。") << D;
    QTest::newRow("negated blacklist")
        << QStringLiteral("按时还款不会影响您的征信，也不会上征信黑名单。") << D;
    QTest::newRow("negated prison") << QStringLiteral("欠款属于民事纠纷，并不会坐牢。") << D;
    QTest::newRow("negated borrowing") << QStringLiteral("我们不会要求您借钱还款，请不要借网贷。") << D;
    QTest::newRow("court: neutral information")
        << QStringLiteral("如对金额有异议，您可以依法向法院提起诉讼。") << D;
    QTest::newRow("police: neutral information")
        << QStringLiteral("如遇冒充客服诈骗，请向公安机关报案。") << D;
    QTest::newRow("anti-fraud warning") << QStringLiteral("请谨防骗子，只通过官方App还款。") << D;
    QTest::newRow("spam folder") << QStringLiteral("若未收到短信，请查看垃圾短信箱。") << D;
    QTest::newRow("debt words to the debtor") << QStringLiteral("您的欠款已逾期5天，请尽快还款。") << D;
    QTest::newRow("third party: no disclosure")
        << QStringLiteral("我们有一件私人事务需要与张先生本人联系，麻烦您转告他回电。") << T;
    QTest::newRow("third party: compliance note")
        << QStringLiteral("【合规】不得提及欠款、逾期、金额、贷款或催收；不得要求对方代为还款。") << T;
    QTest::newRow("polite reminder") << QStringLiteral("温馨提示：您本期应还1200元，还款日为3月5日。") << D;
    QTest::newRow("home service") << QStringLiteral("我们提供上门服务办理手续") << D;
    QTest::newRow("empty") << QString() << D;
}

void TstComplianceLint::clean()
{
    QFETCH(QString, text);
    QFETCH(Audience, audience);
    const QList<Finding> findings = m_lint.check(text, audience);
    for (const Finding &f : findings)
        qWarning() << enumKey(f.rule) << f.text << f.phrase;
    QVERIFY(findings.isEmpty());
}

void TstComplianceLint::spanIsInUtf16Units()
{
    // An emoji before the phrase is two UTF-16 units: start counts them.
    const QString text = QStringLiteral("😀😀你这个骗子");
    const QList<Finding> findings = m_lint.check(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().start, 7);
    QCOMPARE(findings.first().length, 2);
}

void TstComplianceLint::severalFindingsInOrder()
{
    const QString text = QStringLiteral("我是法院的，你这个老赖再不还就坐牢，赶紧找朋友借钱还上。");
    const QList<Finding> findings = m_lint.check(text);
    QStringList rules;
    for (const Finding &f : findings)
        rules << enumKey(f.rule) + QLatin1Char(':') + f.text;
    QCOMPARE(
        rules,
        (QStringList{QStringLiteral("Impersonation:我是法院"), QStringLiteral("Insult:老赖"),
                     QStringLiteral("LegalExaggeration:坐牢"), QStringLiteral("BorrowPressure:找朋友借")}));
}

void TstComplianceLint::overlappingPhrasesOfOneRuleReportedOnce()
{
    // "不要脸" is one insult even where a longer insult phrase could overlap it.
    const QList<Finding> findings = m_lint.check(QStringLiteral("真是不要脸"));
    QCOMPARE(findings.size(), 1);
    // 找亲戚借 and 借钱还 overlap in 找亲戚借钱还: one borrowing finding, the earlier one.
    const QList<Finding> borrow = m_lint.check(QStringLiteral("你找亲戚借钱还"));
    QCOMPARE(borrow.size(), 1);
    QCOMPARE(borrow.first().text, QStringLiteral("找亲戚借"));
}

void TstComplianceLint::customListReplacesBuiltIn()
{
    const QByteArray json = R"({"format":"collectdesk.lintPhrases","formatVersion":1,
        "negations":["不会"],
        "rules":{"Threat":{"phrases":["派*找你"]},
                 "Insult":{"phrases":["loser"],"negatable":false}}})";
    const Result<ComplianceLint> lint = ComplianceLint::fromJson(json);
    QVERIFY2(lint.ok(), qPrintable(lint.error().detail));
    QCOMPARE(lint.value().phraseCount(), 2);
    // Only the custom wording counts now.
    QVERIFY(lint.value().check(QStringLiteral("我们会上门")).isEmpty());
    const QList<Finding> visit = lint.value().check(QStringLiteral("明天派两个人去找你"));
    QCOMPARE(visit.size(), 1);
    QCOMPARE(visit.first().text, QStringLiteral("派两个人去找你"));
    QVERIFY(lint.value().check(QStringLiteral("我们不会派人找你")).isEmpty());
    // Not negatable: the negation does not help; Latin letters ignore case.
    QCOMPARE(lint.value().check(QStringLiteral("我不会说你是LOSER")).size(), 1);
    // The wildcard stays inside one clause.
    QVERIFY(lint.value().check(QStringLiteral("派人来，找你")).isEmpty());
}

void TstComplianceLint::badPhraseListsFail_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x"})")
                                  << QStringLiteral("collectdesk.lintPhrases");
    QTest::newRow("unknown rule") << QByteArray(
        R"({"format":"collectdesk.lintPhrases","rules":{"Rudeness":{}}})")
                                  << QStringLiteral("rules.Rudeness: unknown rule");
    QTest::newRow("empty phrase") << QByteArray(
        R"({"format":"collectdesk.lintPhrases","rules":{"Threat":{"phrases":["上门","*"]}}})")
                                  << QStringLiteral("rules.Threat.phrases[1]: empty phrase");
    QTest::newRow("unknown key") << QByteArray(
        R"({"format":"collectdesk.lintPhrases","rules":{"Threat":{"phrase":["上门"]}}})")
                                 << QStringLiteral("rules.Threat.phrase: unknown key");
    QTest::newRow("flag type") << QByteArray(
        R"({"format":"collectdesk.lintPhrases","rules":{"Threat":{"negatable":"no"}}})")
                               << QStringLiteral("rules.Threat.negatable: must be true or false");
}

void TstComplianceLint::badPhraseListsFail()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const Result<ComplianceLint> lint = ComplianceLint::fromJson(json);
    QVERIFY(!lint.ok());
    QCOMPARE(lint.error().code, ErrorCode::InvalidInput);
    QVERIFY2(lint.error().detail.contains(detail), qPrintable(lint.error().detail));
}

void TstComplianceLint::shippedScriptsAreClean()
{
    QFile f(QStringLiteral(CD_DEFAULT_SCRIPTS));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray scripts =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("scripts")).toArray();
    QVERIFY(!scripts.isEmpty());
    QStringList problems;
    for (const QJsonValue &s : scripts) {
        const QJsonObject script = s.toObject();
        const Audience audience =
            script.value(QStringLiteral("segment")).toObject().value(QStringLiteral("answerer")).toString()
                    == QLatin1String("ThirdParty")
            ? Audience::ThirdParty
            : Audience::Debtor;
        for (const QJsonValue &step : script.value(QStringLiteral("steps")).toArray()) {
            for (const Finding &f :
                 m_lint.check(step.toObject().value(QStringLiteral("text")).toString(), audience))
                problems << script.value(QStringLiteral("id")).toString() + QLatin1Char(' ')
                        + enumKey(f.rule) + QLatin1Char(' ') + f.text;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstComplianceLint)
#include "tst_compliancelint.moc"
