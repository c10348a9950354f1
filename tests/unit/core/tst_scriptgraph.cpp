// Script graphs (话术): what the validator refuses and why, how a call walks the graph (answers, back,
// objection cards), merge fields that stay visible when missing, the JSON form both ways, which script
// a call gets, version-1 documents, and the shipped default set.
#include "ScriptGraph.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace cd;
using namespace cd::script;

using Mutation = std::function<void(Script &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(cd::script::Problem::Kind)
Q_DECLARE_METATYPE(cd::script::CallContext)

namespace {

Step say(const QString &key, const QString &text, const QString &next, QList<Checkpoint> cps = {})
{
    Step s;
    s.key = key;
    s.kind = StepKind::Say;
    s.title = key;
    s.text = text;
    s.next = next;
    s.checkpoints = cps;
    return s;
}

Step ask(const QString &key, const QString &text, QList<Answer> answers, QList<Checkpoint> cps = {})
{
    Step s;
    s.key = key;
    s.kind = StepKind::Ask;
    s.title = key;
    s.text = text;
    s.answers = answers;
    s.checkpoints = cps;
    return s;
}

Step end(const QString &key, const QString &text = QStringLiteral("感谢您的接听，再见。"))
{
    Step s;
    s.key = key;
    s.kind = StepKind::End;
    s.title = key;
    s.text = text;
    return s;
}

// A compliant M1 debtor script: identity check with three answers, a payment ask that loops through a
// negotiation step until the customer agrees, and two objection cards.
Script sample()
{
    Script s;
    s.id = QStringLiteral("m1-debtor-zh_CN");
    s.version = 3;
    s.name = QStringLiteral("M1 逾期初期沟通");
    s.segment.buckets = {Bucket::M1};
    s.segment.locale = QStringLiteral("zh_CN");
    s.start = QStringLiteral("verify");
    s.steps = {
        ask(QStringLiteral("verify"), QStringLiteral("您好，请问是{姓名}本人吗？"),
            {{QStringLiteral("self"), QStringLiteral("本人"), QStringLiteral("intro"), std::nullopt},
             {QStringLiteral("not_me"), QStringLiteral("非本人"), QStringLiteral("wrong"), Outcome::WrongParty},
             {QStringLiteral("hangup"), QStringLiteral("挂断"), QStringLiteral("hungup"), Outcome::NoAnswer}},
            {Checkpoint::IdentityVerified}),
        say(QStringLiteral("intro"), QStringLiteral("我是{公司}的{坐席姓名}，来电是关于您的{产品}账户。"),
            QStringLiteral("amount"), {Checkpoint::AgentNamed, Checkpoint::PurposeStated}),
        say(QStringLiteral("amount"), QStringLiteral("您目前欠款金额为{欠款金额}元，已逾期{逾期天数}天，到期日为{到期日}。"),
            QStringLiteral("pay"), {Checkpoint::AmountConfirmed}),
        ask(QStringLiteral("pay"), QStringLiteral("请问您今天能安排还款吗？"),
            {{QStringLiteral("willing"), QStringLiteral("愿意还款"), QStringLiteral("recap"), Outcome::PromiseToPay},
             {QStringLiteral("objection"), QStringLiteral("有异议"), QStringLiteral("negotiate"), std::nullopt}},
            {Checkpoint::PaymentAsked}),
        say(QStringLiteral("negotiate"), QStringLiteral("我理解您的情况，我们看看可以怎样安排。"), QStringLiteral("pay")),
        say(QStringLiteral("recap"), QStringLiteral("跟您确认：您会在约定日期前还款。"), QStringLiteral("close"),
            {Checkpoint::PromiseRecapped}),
        end(QStringLiteral("close")),
        end(QStringLiteral("wrong"), QStringLiteral("抱歉打扰了，再见。")),
        end(QStringLiteral("hungup"), QStringLiteral("（对方挂断）")),
    };
    s.required = {Checkpoint::IdentityVerified, Checkpoint::AgentNamed,      Checkpoint::PurposeStated,
                  Checkpoint::AmountConfirmed,  Checkpoint::PaymentAsked,    Checkpoint::PromiseRecapped};
    s.objections = {
        {Objection::NoMoneyNow, QStringLiteral("暂时没钱"), QStringLiteral("可以先还一部分吗？"), QStringLiteral("pay")},
        {Objection::Angry, QStringLiteral("情绪激动"), QStringLiteral("非常理解您的心情。"), QString()},
    };
    return s;
}

Step &stepOf(Script &s, const char *key)
{
    for (Step &st : s.steps)
        if (st.key == QLatin1String(key))
            return st;
    qFatal("no step %s", key);
}

bool hasProblem(const QList<Problem> &ps, Problem::Kind k, const QString &step)
{
    for (const Problem &p : ps)
        if (p.kind == k && p.step == step)
            return true;
    return false;
}

QString describe(const QList<Problem> &ps)
{
    QStringList out;
    for (const Problem &p : ps)
        out << QStringLiteral("%1@%2: %3").arg(int(p.kind)).arg(p.step, p.detail);
    return out.join(QLatin1String("; "));
}

}  // namespace

class TstScriptGraph : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsValid();
    void problems_data();
    void problems();
    void walkFollowsAnswersAndGoesBack();
    void walkWrongAnswerStays();
    void objectionResumesAndBackReturns();
    void checkpointsTickedInOrder();
    void render_data();
    void render();
    void jsonRoundTrip();
    void documentRoundTrip();
    void malformed_data();
    void malformed();
    void choose_data();
    void choose();
    void thirdPartyNeverGetsDebtorScript();
    void version1LoadsAsLine();
    void shippedScriptsAreValid();
    void shippedScriptsCoverTheSegments_data();
    void shippedScriptsCoverTheSegments();
};

void TstScriptGraph::sampleIsValid()
{
    const QList<Problem> ps = validate(sample());
    QVERIFY2(ps.isEmpty(), qPrintable(describe(ps)));
}

void TstScriptGraph::problems_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<Problem::Kind>("kind");
    QTest::addColumn<QString>("step");
    using K = Problem::Kind;

    QTest::newRow("no steps") << Mutation([](Script &s) { s.steps.clear(); }) << K::NoSteps << QString();
    QTest::newRow("start missing") << Mutation([](Script &s) { s.start = QStringLiteral("nowhere"); })
                                   << K::MissingStart << QString();
    QTest::newRow("start empty") << Mutation([](Script &s) { s.start.clear(); }) << K::MissingStart << QString();
    QTest::newRow("duplicate key") << Mutation([](Script &s) { s.steps.append(end(QStringLiteral("close"))); })
                                   << K::DuplicateStepKey << QStringLiteral("close");
    QTest::newRow("say to missing step")
        << Mutation([](Script &s) { stepOf(s, "intro").next = QStringLiteral("nowhere"); }) << K::DanglingNext
        << QStringLiteral("intro");
    QTest::newRow("say without next") << Mutation([](Script &s) { stepOf(s, "recap").next.clear(); })
                                      << K::DanglingNext << QStringLiteral("recap");
    QTest::newRow("answer to missing step")
        << Mutation([](Script &s) { stepOf(s, "verify").answers[1].next = QStringLiteral("ghost"); })
        << K::DanglingNext << QStringLiteral("verify");
    QTest::newRow("objection resumes at missing step")
        << Mutation([](Script &s) { s.objections[0].resume = QStringLiteral("ghost"); }) << K::DanglingNext
        << QStringLiteral("objection:NoMoneyNow");
    QTest::newRow("orphan step")
        << Mutation([](Script &s) { s.steps.append(say(QStringLiteral("orphan"), QStringLiteral("……"), QStringLiteral("close"))); })
        << K::UnreachableStep << QStringLiteral("orphan");
    QTest::newRow("loop without exit")
        << Mutation([](Script &s) { stepOf(s, "recap").next = QStringLiteral("pay"); }) << K::NoEnd
        << QStringLiteral("pay");
    QTest::newRow("no end step at all") << Mutation([](Script &s) {
        s.steps.removeIf([](const Step &st) { return st.kind == StepKind::End; });
        stepOf(s, "verify").answers = {{QStringLiteral("self"), QStringLiteral("本人"), QStringLiteral("intro"), {}},
                                       {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("intro"), {}}};
        stepOf(s, "recap").next = QStringLiteral("verify");
    }) << K::NoEnd << QString();
    QTest::newRow("ask with one answer")
        << Mutation([](Script &s) { stepOf(s, "pay").answers.removeLast(); }) << K::AskWithoutAnswers
        << QStringLiteral("pay");
    QTest::newRow("duplicate answer key")
        << Mutation([](Script &s) { stepOf(s, "pay").answers[1].key = QStringLiteral("willing"); })
        << K::DuplicateAnswerKey << QStringLiteral("pay");
    QTest::newRow("required checkpoint confirmed nowhere")
        << Mutation([](Script &s) { stepOf(s, "recap").checkpoints.clear(); }) << K::MissingCheckpoint << QString();
    QTest::newRow("identity check not required")
        << Mutation([](Script &s) { s.required.removeAll(Checkpoint::IdentityVerified); }) << K::MissingCheckpoint
        << QString();
    QTest::newRow("amount confirmed after the payment ask") << Mutation([](Script &s) {
        stepOf(s, "amount").checkpoints.clear();
        stepOf(s, "recap").checkpoints.prepend(Checkpoint::AmountConfirmed);
    }) << K::CheckpointOrder << QStringLiteral("recap");
    QTest::newRow("checkpoints listed out of order in a step")
        << Mutation([](Script &s) { stepOf(s, "intro").checkpoints = {Checkpoint::PurposeStated, Checkpoint::AgentNamed}; })
        << K::CheckpointOrder << QStringLiteral("intro");
    QTest::newRow("unknown merge field")
        << Mutation([](Script &s) { stepOf(s, "intro").text += QStringLiteral("{昵称}"); }) << K::UnknownMergeField
        << QStringLiteral("intro");
    QTest::newRow("unknown field in an objection reply")
        << Mutation([](Script &s) { s.objections[1].reply = QStringLiteral("{customer_nick}您好"); })
        << K::UnknownMergeField << QStringLiteral("objection:Angry");
    QTest::newRow("third party told the amount") << Mutation([](Script &s) {
        s.segment.answerer = Answerer::ThirdParty;
        s.required = {Checkpoint::NoDisclosure};
        stepOf(s, "verify").checkpoints = {Checkpoint::NoDisclosure};
    }) << K::ThirdPartyDisclosure << QStringLiteral("amount");
    QTest::newRow("third-party script without NoDisclosure") << Mutation([](Script &s) {
        s.segment.answerer = Answerer::ThirdParty;
        s.required = {};
    }) << K::MissingCheckpoint << QString();
    QTest::newRow("insult in the text")
        << Mutation([](Script &s) { stepOf(s, "negotiate").text = QStringLiteral("你这个老赖，赶紧还钱。"); })
        << K::LintFinding << QStringLiteral("negotiate");
    QTest::newRow("threat in an objection reply")
        << Mutation([](Script &s) { s.objections[0].reply = QStringLiteral("不还的话我们派人上门。"); })
        << K::LintFinding << QStringLiteral("objection:NoMoneyNow");
}

void TstScriptGraph::problems()
{
    QFETCH(Mutation, mutate);
    QFETCH(Problem::Kind, kind);
    QFETCH(QString, step);
    Script s = sample();
    mutate(s);
    const QList<Problem> ps = validate(s);
    QVERIFY2(hasProblem(ps, kind, step), qPrintable(describe(ps)));
    for (const Problem &p : ps)
        QVERIFY2(!p.detail.isEmpty(), "every problem explains itself");
}

void TstScriptGraph::walkFollowsAnswersAndGoesBack()
{
    Walk w(sample());
    QCOMPARE(w.current()->key, QStringLiteral("verify"));
    QVERIFY(!w.back());  // nothing before the start
    QVERIFY(w.advance(QStringLiteral("self")));
    QCOMPARE(w.current()->key, QStringLiteral("intro"));
    QVERIFY(w.advance());
    QVERIFY(w.advance());
    QCOMPARE(w.current()->key, QStringLiteral("pay"));
    QVERIFY(w.advance(QStringLiteral("objection")));
    QVERIFY(w.advance());  // negotiation leads back to the payment ask
    QCOMPARE(w.current()->key, QStringLiteral("pay"));
    QVERIFY(w.back());
    QCOMPARE(w.current()->key, QStringLiteral("negotiate"));
    QVERIFY(w.advance());
    QVERIFY(w.advance(QStringLiteral("willing")));
    QVERIFY(w.advance());
    QVERIFY(w.finished());
    QCOMPARE(w.current()->key, QStringLiteral("close"));
    QVERIFY(!w.advance());  // an End step goes nowhere
    QCOMPARE(w.path(), (QStringList{"verify", "intro", "amount", "pay", "negotiate", "pay", "recap", "close"}));
}

void TstScriptGraph::walkWrongAnswerStays()
{
    Walk w(sample());
    QVERIFY(!w.advance());  // an Ask step needs an answer
    QVERIFY(!w.advance(QStringLiteral("maybe")));
    QCOMPARE(w.current()->key, QStringLiteral("verify"));
    QVERIFY(w.advance(QStringLiteral("not_me")));
    QVERIFY(w.finished());
    QCOMPARE(w.current()->key, QStringLiteral("wrong"));

    Walk empty;
    QVERIFY(!empty.current());
    QVERIFY(!empty.advance());
    QVERIFY(!empty.finished());
}

void TstScriptGraph::objectionResumesAndBackReturns()
{
    Walk w(sample());
    w.advance(QStringLiteral("self"));
    w.advance();
    QCOMPARE(w.current()->key, QStringLiteral("amount"));

    const ObjectionCard *angry = w.raise(Objection::Angry);  // no resume: the call stays where it was
    QVERIFY(angry);
    QCOMPARE(angry->reply, QStringLiteral("非常理解您的心情。"));
    QCOMPARE(w.current()->key, QStringLiteral("amount"));

    const ObjectionCard *noMoney = w.raise(Objection::NoMoneyNow);
    QVERIFY(noMoney);
    QCOMPARE(w.current()->key, QStringLiteral("pay"));
    QVERIFY(w.back());  // the agent opened the card too early
    QCOMPARE(w.current()->key, QStringLiteral("amount"));

    QVERIFY(!w.raise(Objection::Dispute));  // the script has no card for it
    QCOMPARE(w.raised(), (QList<Objection>{Objection::Angry, Objection::NoMoneyNow}));
}

void TstScriptGraph::checkpointsTickedInOrder()
{
    Walk w(sample());
    QCOMPARE(w.missingRequired().size(), 6);
    w.tick(Checkpoint::IdentityVerified);
    w.tick(Checkpoint::AgentNamed);
    w.tick(Checkpoint::AgentNamed);  // idempotent
    QVERIFY(w.requiredInOrder());
    w.tick(Checkpoint::PaymentAsked);
    QVERIFY(w.requiredInOrder());  // skipping is not disorder
    w.tick(Checkpoint::AmountConfirmed);
    QVERIFY(!w.requiredInOrder());
    QCOMPARE(w.tickedInOrder(), (QList<Checkpoint>{Checkpoint::IdentityVerified, Checkpoint::AgentNamed,
                                                   Checkpoint::PaymentAsked, Checkpoint::AmountConfirmed}));
    w.untick(Checkpoint::PaymentAsked);
    QVERIFY(!w.ticked(Checkpoint::PaymentAsked));
    QVERIFY(w.requiredInOrder());
    QCOMPARE(w.missingRequired(),
             (QList<Checkpoint>{Checkpoint::PurposeStated, Checkpoint::PaymentAsked, Checkpoint::PromiseRecapped}));
}

void TstScriptGraph::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields");  // name, value, name, value…
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    const QStringList all{QStringLiteral("姓名"), QStringLiteral("张伟"), QStringLiteral("欠款金额"),
                          QStringLiteral("1,234.50"), QStringLiteral("到期日"), QStringLiteral("2026-11-03")};
    QTest::newRow("all filled") << QStringLiteral("{姓名}您好，欠款金额{欠款金额}元，到期日{到期日}。") << all
                                << QStringLiteral("张伟您好，欠款金额1,234.50元，到期日2026-11-03。") << QStringList();
    QTest::newRow("missing stays visible")
        << QStringLiteral("{姓名}您好，已逾期{逾期天数}天。") << all << QStringLiteral("张伟您好，已逾期{逾期天数}天。")
        << QStringList{QStringLiteral("逾期天数")};
    QTest::newRow("empty value counts as missing")
        << QStringLiteral("{姓名}您好") << QStringList{QStringLiteral("姓名"), QString()} << QStringLiteral("{姓名}您好")
        << QStringList{QStringLiteral("姓名")};
    QTest::newRow("english alias filled from chinese name")
        << QStringLiteral("Hello {customerName}") << all << QStringLiteral("Hello 张伟") << QStringList();
    QTest::newRow("chinese name filled from alias")
        << QStringLiteral("{产品}账户") << QStringList{QStringLiteral("product"), QStringLiteral("消费分期")}
        << QStringLiteral("消费分期账户") << QStringList();
    QTest::newRow("unknown field stays")
        << QStringLiteral("{昵称}，{昵称}") << all << QStringLiteral("{昵称}，{昵称}") << QStringList{QStringLiteral("昵称")};
    QTest::newRow("adjacent fields") << QStringLiteral("{姓名}{欠款金额}") << all << QStringLiteral("张伟1,234.50")
                                     << QStringList();
    QTest::newRow("no fields") << QStringLiteral("请稍等。") << all << QStringLiteral("请稍等。") << QStringList();
}

void TstScriptGraph::render()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    QHash<QString, QString> f;
    for (int i = 0; i + 1 < fields.size(); i += 2)
        f.insert(fields.at(i), fields.at(i + 1));
    const Rendered r = cd::script::render(text, f);
    QCOMPARE(r.text, expected);
    QCOMPARE(r.missing, missing);
}

void TstScriptGraph::jsonRoundTrip()
{
    Script s = sample();
    s.segment.grades = {RiskGrade::D, RiskGrade::E};
    s.segment.promises = {PromiseState::Broken};
    s.segment.holds = {Hold::Hardship};
    s.publishedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC);
    s.publishedBy = QStringLiteral("trainer01");
    const Result<Script> back = fromJson(toJson(s));
    QVERIFY2(back.ok(), qPrintable(back.error().detail));
    QCOMPARE(toJson(back.value()), toJson(s));
    QCOMPARE(back->steps.size(), s.steps.size());
    QCOMPARE(back->step(QStringLiteral("verify"))->answers.at(1).suggests, std::optional<Outcome>(Outcome::WrongParty));
    QCOMPARE(back->step(QStringLiteral("verify"))->answers.at(0).suggests, std::optional<Outcome>());
    QCOMPARE(back->publishedAt, s.publishedAt);
    QCOMPARE(back->objections.at(0).resume, QStringLiteral("pay"));
}

void TstScriptGraph::documentRoundTrip()
{
    Script b = sample();
    b.id = QStringLiteral("other");
    b.segment.answerer = Answerer::ThirdParty;
    const Result<QList<Script>> back = readDocument(writeDocument({sample(), b}));
    QVERIFY2(back.ok(), qPrintable(back.error().detail));
    QCOMPARE(back->size(), 2);
    QCOMPARE(toJson(back->at(0)), toJson(sample()));
    QCOMPARE(back->at(1).segment.answerer, Answerer::ThirdParty);
    QCOMPARE(QJsonDocument::fromJson(writeDocument({})).object().value(QStringLiteral("formatVersion")).toInt(), 2);
}

void TstScriptGraph::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");  // the error names the offending key

    auto doc = [](const QByteArray &script) -> QByteArray {
        return QByteArray(R"({"format":"collectdesk.scripts","formatVersion":2,"scripts":[)") + script + "]}";
    };
    const QByteArray steps = R"("steps":[{"key":"a","kind":"End"}])";
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("other format") << QByteArray(R"({"format":"collectdesk.lintPhrases","formatVersion":2})")
                                  << QStringLiteral("format");
    QTest::newRow("future version") << QByteArray(R"({"format":"collectdesk.scripts","formatVersion":3,"scripts":[]})")
                                    << QStringLiteral("formatVersion: 3");
    QTest::newRow("scripts not array") << QByteArray(R"({"format":"collectdesk.scripts","formatVersion":2,"scripts":{}})")
                                       << QStringLiteral("scripts: missing or not an array");
    QTest::newRow("no id") << doc(R"({"start":"a",)" + steps + "}") << QStringLiteral("scripts[0].id: missing");
    QTest::newRow("empty id") << doc(R"({"id":" ","start":"a",)" + steps + "}") << QStringLiteral("scripts[0].id: empty");
    QTest::newRow("no steps") << doc(R"({"id":"x","start":"a"})") << QStringLiteral("scripts[0].steps: missing");
    QTest::newRow("unknown step kind") << doc(R"({"id":"x","start":"a","steps":[{"key":"a","kind":"Sya"}]})")
                                       << QStringLiteral("scripts[0].steps[0].kind: unknown value \"Sya\"");
    QTest::newRow("step without key") << doc(R"({"id":"x","start":"a","steps":[{"kind":"End"}]})")
                                      << QStringLiteral("steps[0].key: missing");
    QTest::newRow("answer without next")
        << doc(R"({"id":"x","start":"a","steps":[{"key":"a","kind":"Ask","answers":[{"key":"y"}]}]})")
        << QStringLiteral("steps[0].answers[0].next: missing");
    QTest::newRow("unknown outcome")
        << doc(R"({"id":"x","start":"a","steps":[{"key":"a","kind":"Ask","answers":[{"key":"y","next":"a","suggests":"Happy"}]}]})")
        << QStringLiteral("answers[0].suggests");
    QTest::newRow("unknown checkpoint") << doc(R"({"id":"x","start":"a","required":["Smiled"],)" + steps + "}")
                                        << QStringLiteral("scripts[0].required[0]: unknown value");
    QTest::newRow("unknown bucket") << doc(R"({"id":"x","start":"a","segment":{"buckets":["M9"]},)" + steps + "}")
                                    << QStringLiteral("segment.buckets[0]");
    QTest::newRow("text not string") << doc(R"({"id":"x","start":"a","steps":[{"key":"a","kind":"End","text":5}]})")
                                     << QStringLiteral("steps[0].text: not a string");
    QTest::newRow("version not a number") << doc(R"({"id":"x","version":"two","start":"a",)" + steps + "}")
                                          << QStringLiteral("version");
    QTest::newRow("objection without kind")
        << doc(R"({"id":"x","start":"a","objections":[{"reply":"…"}],)" + steps + "}")
        << QStringLiteral("objections[0].kind: missing");
}

void TstScriptGraph::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<QList<Script>> r = readDocument(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().detail.contains(error), qPrintable(r.error().detail));
}

namespace {

Script segmentScript(const QString &id, int version, const QString &locale, QList<Bucket> buckets = {},
                     QList<RiskGrade> grades = {}, QList<PromiseState> promises = {}, QList<Hold> holds = {},
                     Answerer answerer = Answerer::Debtor)
{
    Script s;
    s.id = id;
    s.version = version;
    s.segment = Segment{buckets, grades, promises, answerer, locale, holds};
    return s;
}

const QList<Bucket> Collected{Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus};

QList<Script> library()
{
    return {
        segmentScript(QStringLiteral("generic"), 1, QStringLiteral("zh_CN")),
        segmentScript(QStringLiteral("m1"), 1, QStringLiteral("zh_CN"), {Bucket::M1}),
        segmentScript(QStringLiteral("m1"), 2, QStringLiteral("zh_CN"), {Bucket::M1}),
        segmentScript(QStringLiteral("m1-high"), 1, QStringLiteral("zh_CN"), {Bucket::M1}, {RiskGrade::D, RiskGrade::E}),
        segmentScript(QStringLiteral("broken"), 1, QStringLiteral("zh_CN"), Collected, {}, {PromiseState::Broken}),
        segmentScript(QStringLiteral("hold"), 1, QStringLiteral("zh_CN"), Collected, {}, {},
                      {Hold::Dispute, Hold::Hardship}),
        segmentScript(QStringLiteral("tp"), 1, QStringLiteral("zh_CN"), {}, {}, {}, {}, Answerer::ThirdParty),
        segmentScript(QStringLiteral("generic-en"), 1, QStringLiteral("en")),
    };
}

CallContext ctx(Bucket b, const QString &locale = QStringLiteral("zh_CN"), RiskGrade g = RiskGrade::C,
                PromiseState p = PromiseState::None, Hold h = Hold::None, Answerer a = Answerer::Debtor)
{
    CallContext c;
    c.bucket = b;
    c.grade = g;
    c.promise = p;
    c.answerer = a;
    c.locale = locale;
    c.hold = h;
    return c;
}

}  // namespace

void TstScriptGraph::choose_data()
{
    QTest::addColumn<CallContext>("call");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");

    QTest::newRow("bucket beats generic, newest version") << ctx(Bucket::M1) << QStringLiteral("m1") << 2;
    QTest::newRow("bucket and grade beat bucket") << ctx(Bucket::M1, QStringLiteral("zh_CN"), RiskGrade::E)
                                                  << QStringLiteral("m1-high") << 1;
    QTest::newRow("no bucket script: generic") << ctx(Bucket::M2) << QStringLiteral("generic") << 1;
    QTest::newRow("broken promise") << ctx(Bucket::M1, QStringLiteral("zh_CN"), RiskGrade::C, PromiseState::Broken)
                                    << QStringLiteral("broken") << 1;
    QTest::newRow("pending promise is not broken")
        << ctx(Bucket::M2, QStringLiteral("zh_CN"), RiskGrade::C, PromiseState::Pending) << QStringLiteral("generic") << 1;
    QTest::newRow("dispute hold") << ctx(Bucket::M3, QStringLiteral("zh_CN"), RiskGrade::C, PromiseState::None, Hold::Dispute)
                                  << QStringLiteral("hold") << 1;
    QTest::newRow("third party") << ctx(Bucket::M1, QStringLiteral("zh_CN"), RiskGrade::E, PromiseState::Broken,
                                        Hold::None, Answerer::ThirdParty)
                                 << QStringLiteral("tp") << 1;
    QTest::newRow("exact locale beats specificity") << ctx(Bucket::M1, QStringLiteral("en"))
                                                    << QStringLiteral("generic-en") << 1;
    QTest::newRow("zh_TW falls back to zh_CN") << ctx(Bucket::M1, QStringLiteral("zh_TW")) << QStringLiteral("m1") << 2;
    QTest::newRow("unknown locale falls back to en") << ctx(Bucket::M1, QStringLiteral("fr")) << QStringLiteral("generic-en")
                                                     << 1;
    QTest::newRow("third party in en falls back") << ctx(Bucket::M1, QStringLiteral("en"), RiskGrade::C,
                                                         PromiseState::None, Hold::None, Answerer::ThirdParty)
                                                  << QStringLiteral("tp") << 1;
}

void TstScriptGraph::choose()
{
    QFETCH(CallContext, call);
    QFETCH(QString, id);
    QFETCH(int, version);
    const std::optional<Script> s = cd::script::choose(library(), call);
    QVERIFY(s);
    QCOMPARE(s->id, id);
    QCOMPARE(s->version, version);
}

void TstScriptGraph::thirdPartyNeverGetsDebtorScript()
{
    QList<Script> debtorOnly = library();
    debtorOnly.removeIf([](const Script &s) { return s.segment.answerer == Answerer::ThirdParty; });
    QVERIFY(!cd::script::choose(debtorOnly, ctx(Bucket::M1, QStringLiteral("zh_CN"), RiskGrade::C, PromiseState::None,
                                                 Hold::None, Answerer::ThirdParty)));
    QVERIFY(!cd::script::choose({}, ctx(Bucket::M1)));
}

void TstScriptGraph::version1LoadsAsLine()
{
    const QByteArray v1 = R"({"format":"collectdesk.scripts","formatVersion":1,"scripts":[
        {"segment":"early","locale":"zh_CN","name":"M1 逾期初期沟通","version":4,"steps":[
          {"key":"verify","title":"身份核实","text":"您好，请问是{{customerName}}{{ honorific }}本人吗？"},
          {"key":"purpose","title":"来电目的","text":"您的{{product}}已逾期{{dpd}}天。"},
          {"key":"closing","title":"结束","text":"再见。"}]},
        {"segment":"thirdparty","locale":"en","name":"Third party","steps":[{"key":"a","title":"t","text":"Hi"}]}]})";
    const Result<QList<Script>> r = readDocument(v1);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QCOMPARE(r->size(), 2);
    const Script &s = r->at(0);
    QCOMPARE(s.id, QStringLiteral("early-zh_CN"));
    QCOMPARE(s.version, 4);
    QCOMPARE(s.segment.buckets, QList<Bucket>{Bucket::M1});
    QCOMPARE(s.start, QStringLiteral("verify"));
    QCOMPARE(s.steps.size(), 3);
    QCOMPARE(s.steps.at(0).kind, StepKind::Say);
    QCOMPARE(s.steps.at(0).next, QStringLiteral("purpose"));
    QCOMPARE(s.steps.at(1).next, QStringLiteral("closing"));
    QCOMPARE(s.steps.at(2).kind, StepKind::End);
    QCOMPARE(s.steps.at(0).text, QStringLiteral("您好，请问是{customerName}{honorific}本人吗？"));
    // Old field names still fill from the Chinese names the client supplies.
    QCOMPARE(cd::script::render(s.steps.at(1).text, {{QStringLiteral("产品"), QStringLiteral("现金贷")}}).text,
             QStringLiteral("您的现金贷已逾期{dpd}天。"));
    Walk w(s);
    QVERIFY(w.advance());
    QVERIFY(w.advance());
    QVERIFY(w.finished());
    QCOMPARE(r->at(1).segment.answerer, Answerer::ThirdParty);
    QCOMPARE(r->at(1).steps.at(0).kind, StepKind::End);
}

void TstScriptGraph::shippedScriptsAreValid()
{
    QFile f(QStringLiteral(CD_DEFAULT_SCRIPTS));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("formatVersion")).toInt(), 2);
    const Result<QList<Script>> r = readDocument(json);
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    QSet<QString> ids;
    for (const Script &s : r.value()) {
        const QList<Problem> ps = validate(s);
        QVERIFY2(ps.isEmpty(), qPrintable(s.id + QStringLiteral(": ") + describe(ps)));
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
        ids.insert(s.id);
        QCOMPARE(s.required.first(), mandatoryCheckpoint(s.segment.answerer));
        if (s.segment.locale == QLatin1String("zh_CN")) {  // the full set: every objection has a card
            QSet<Objection> kinds;
            for (const ObjectionCard &c : s.objections)
                kinds.insert(c.kind);
            QVERIFY2(kinds.size() == 6, qPrintable(s.id));
        }
    }
}

void TstScriptGraph::shippedScriptsCoverTheSegments_data()
{
    QTest::addColumn<CallContext>("call");
    QTest::addColumn<QString>("id");
    const QString cn = QStringLiteral("zh_CN");
    QTest::newRow("M0") << ctx(Bucket::M0) << QStringLiteral("m0-reminder-zh_CN");
    QTest::newRow("M1") << ctx(Bucket::M1) << QStringLiteral("m1-debtor-zh_CN");
    QTest::newRow("M2") << ctx(Bucket::M2) << QStringLiteral("m2-debtor-zh_CN");
    QTest::newRow("M3") << ctx(Bucket::M3) << QStringLiteral("m3plus-debtor-zh_CN");
    QTest::newRow("M4+") << ctx(Bucket::M4Plus, cn, RiskGrade::E) << QStringLiteral("m3plus-debtor-zh_CN");
    QTest::newRow("broken promise") << ctx(Bucket::M2, cn, RiskGrade::D, PromiseState::Broken)
                                    << QStringLiteral("broken-promise-zh_CN");
    QTest::newRow("hardship hold") << ctx(Bucket::M2, cn, RiskGrade::C, PromiseState::Broken, Hold::Hardship)
                                   << QStringLiteral("hold-zh_CN");
    QTest::newRow("third party") << ctx(Bucket::M3, cn, RiskGrade::C, PromiseState::None, Hold::None,
                                        Answerer::ThirdParty)
                                 << QStringLiteral("third-party-zh_CN");
    QTest::newRow("zh_TW M1") << ctx(Bucket::M1, QStringLiteral("zh_TW")) << QStringLiteral("debtor-zh_TW");
    QTest::newRow("en third party") << ctx(Bucket::M1, QStringLiteral("en"), RiskGrade::C, PromiseState::None,
                                           Hold::None, Answerer::ThirdParty)
                                    << QStringLiteral("third-party-en");
}

void TstScriptGraph::shippedScriptsCoverTheSegments()
{
    QFETCH(CallContext, call);
    QFETCH(QString, id);
    QFile f(QStringLiteral(CD_DEFAULT_SCRIPTS));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<QList<Script>> r = readDocument(f.readAll());
    QVERIFY2(r.ok(), qPrintable(r.error().detail));
    const std::optional<Script> s = cd::script::choose(r.value(), call);
    QVERIFY(s);
    QCOMPARE(s->id, id);
}

QTEST_APPLESS_MAIN(TstScriptGraph)
#include "tst_scriptgraph.moc"
