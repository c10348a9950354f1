// Rehearsal mode, the pure part: the built-in personas, the simulated customer's deterministic answers,
// the score card (data-driven) and the session file.
#include "Rehearsal.h"

#include <QtTest>

Q_DECLARE_METATYPE(cd::rehearsal::ScoreInput)

using namespace cd;
using namespace cd::rehearsal;
using script::Checkpoint;
using script::Objection;

namespace {

// A small debtor script in the shape of the default set: identity, introduction, amount, ask, recap.
script::Script debtorScript()
{
    using script::StepKind;
    script::Script s;
    s.id = QStringLiteral("test-debtor");
    s.start = QStringLiteral("identity");
    s.required = {Checkpoint::IdentityVerified, Checkpoint::AgentNamed, Checkpoint::PurposeStated,
                  Checkpoint::AmountConfirmed, Checkpoint::PaymentAsked, Checkpoint::PromiseRecapped};
    s.steps = {
        {QStringLiteral("identity"), StepKind::Ask, QStringLiteral("核实身份"), QStringLiteral("请问是{姓名}本人吗？"), {},
         {{QStringLiteral("self"), QStringLiteral("本人"), QStringLiteral("intro"), std::nullopt},
          {QStringLiteral("third"), QStringLiteral("家属"), QStringLiteral("bye"), Outcome::ThirdParty},
          {QStringLiteral("wrong"), QStringLiteral("打错"), QStringLiteral("bye"), Outcome::WrongParty}},
         {Checkpoint::IdentityVerified}},
        {QStringLiteral("intro"), StepKind::Say, QStringLiteral("介绍"), QStringLiteral("我是…"), QStringLiteral("amount"), {},
         {Checkpoint::AgentNamed, Checkpoint::PurposeStated}},
        {QStringLiteral("amount"), StepKind::Ask, QStringLiteral("金额"), QStringLiteral("欠款{欠款金额}元"), {},
         {{QStringLiteral("agree"), QStringLiteral("确认"), QStringLiteral("ask"), std::nullopt},
          {QStringLiteral("dispute"), QStringLiteral("有异议"), QStringLiteral("bye"), Outcome::Dispute}},
         {Checkpoint::AmountConfirmed}},
        {QStringLiteral("ask"), StepKind::Ask, QStringLiteral("请求还款"), QStringLiteral("今天能还吗？"), {},
         {{QStringLiteral("promise"), QStringLiteral("承诺"), QStringLiteral("recap"), Outcome::PromiseToPay},
          {QStringLiteral("refuse"), QStringLiteral("拒绝"), QStringLiteral("bye"), Outcome::Refused},
          {QStringLiteral("hardship"), QStringLiteral("困难"), QStringLiteral("bye"), Outcome::Hardship}},
         {Checkpoint::PaymentAsked}},
        {QStringLiteral("recap"), StepKind::Say, QStringLiteral("复述"), QStringLiteral("跟您确认…"), QStringLiteral("bye"), {},
         {Checkpoint::PromiseRecapped}},
        {QStringLiteral("bye"), StepKind::End, QStringLiteral("结束"), QStringLiteral("再见"), {}, {}, {}},
    };
    return s;
}

const Persona &persona(const QString &key)
{
    static const QList<Persona> all = builtInPersonas().value();
    const Persona *p = findPersona(all, key);
    if (!p)
        qFatal("persona %s missing", qPrintable(key));
    return *p;
}

const lint::ComplianceLint &lintRules()
{
    static const lint::ComplianceLint l = lint::ComplianceLint::builtIn().value();
    return l;
}

}  // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT
private slots:
    void builtInPersonasLoad()
    {
        const auto all = builtInPersonas();
        QVERIFY2(all.ok(), qPrintable(all.error().detail));
        QStringList keys;
        for (const Persona &p : all.value())
            keys << p.key;
        QCOMPARE(keys, (QStringList{"cooperative", "hardship", "hostile", "disputing", "forgetful", "thirdParty",
                                    "wrongNumber"}));
        for (const Persona &p : all.value()) {
            QVERIFY2(!p.name.in(QStringLiteral("zh_CN")).isEmpty(), qPrintable(p.key));
            QVERIFY2(!p.greeting.isEmpty(), qPrintable(p.key));
        }
    }

    void malformedPersonasAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x","personas":[]})") << "format";
        QTest::newRow("unknown outcome")
            << QByteArray(R"({"format":"collectdesk.personas","personas":[{"key":"a","name":"甲","expected":"Nope"}]})")
            << "personas.a.expected";
        QTest::newRow("unknown objection")
            << QByteArray(R"({"format":"collectdesk.personas","personas":[{"key":"a","name":"甲","expected":"Paid",
                 "objections":[{"kind":"Bored","lines":["x"]}]}]})")
            << "objections[0].kind";
        QTest::newRow("duplicate key")
            << QByteArray(R"({"format":"collectdesk.personas","personas":[{"key":"a","name":"甲","expected":"Paid"},
                 {"key":"a","name":"乙","expected":"Paid"}]})")
            << "duplicate";
    }
    void malformedPersonasAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto r = readPersonas(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(mentions), qPrintable(r.error().detail));
    }

    // Which answer each persona gives at each question of the script.
    void personaAnswers_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("ask");
        QTest::newRow("cooperative") << "cooperative" << "self" << "agree" << "promise";
        QTest::newRow("forgetful") << "forgetful" << "self" << "agree" << "promise";
        QTest::newRow("hostile") << "hostile" << "self" << "agree" << "refuse";
        QTest::newRow("hardship") << "hardship" << "self" << "agree" << "hardship";
        QTest::newRow("disputing") << "disputing" << "self" << "dispute" << "refuse";
        // Whoever is not the debtor ends the call at the identity question.
        QTest::newRow("third party") << "thirdParty" << "third" << "" << "";
        QTest::newRow("wrong number") << "wrongNumber" << "wrong" << "" << "";
    }
    void personaAnswers()
    {
        QFETCH(QString, persona);
        QFETCH(QString, identity);
        QFETCH(QString, amount);
        QFETCH(QString, ask);
        const script::Script s = debtorScript();
        SimulatedCustomer c(::persona(persona), 7, QStringLiteral("zh_CN"), 320000, QDate(2026, 11, 23));
        QCOMPARE(c.pickAnswer(*s.step(QStringLiteral("identity"))), identity);
        if (amount.isEmpty())
            return;
        QCOMPARE(c.pickAnswer(*s.step(QStringLiteral("amount"))), amount);
        QCOMPARE(c.pickAnswer(*s.step(QStringLiteral("ask"))), ask);
    }

    void sameSeedSameLines()
    {
        const script::Script s = debtorScript();
        auto run = [&](quint32 seed) {
            SimulatedCustomer c(persona(QStringLiteral("cooperative")), seed, QStringLiteral("zh_CN"), 320000,
                                QDate(2026, 11, 23));
            QStringList said{c.greeting().text + QString::number(c.greeting().delayMs)};
            int asks = 0;
            for (const char *key : {"identity", "intro", "amount", "ask"}) {
                const script::Step *st = s.step(key);
                for (const Line &l : c.onStep(*st, asks))
                    said << l.text + QLatin1Char('|') + QString::number(l.delayMs);
                asks += st->kind == script::StepKind::Ask;
            }
            return said;
        };
        QCOMPARE(run(42), run(42));
        QVERIFY(run(42) != run(43));  // delays and wording vary with the seed
    }

    void cooperativeObjectsThenPromises()
    {
        const script::Script s = debtorScript();
        SimulatedCustomer c(persona(QStringLiteral("cooperative")), 5, QStringLiteral("zh_CN"), 319955,
                            QDate(2026, 11, 23));
        QVERIFY(c.promise());
        QCOMPARE(c.promise()->amount, Fen(320000));  // rounded up to whole yuan
        QVERIFY(c.promise()->date >= QDate(2026, 11, 24) && c.promise()->date <= QDate(2026, 11, 26));
        QVERIFY(c.onStep(*s.step(QStringLiteral("amount")), 1).constFirst().objection == std::nullopt);
        const QList<Line> lines = c.onStep(*s.step(QStringLiteral("ask")), 2);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).objection, std::optional<Objection>(Objection::NoMoneyNow));
        QVERIFY(lines.at(1).promise);
        QCOMPARE(lines.at(1).answerKey, QStringLiteral("promise"));
        QVERIFY2(lines.at(1).text.contains(QStringLiteral("3200"))
                     && lines.at(1).text.contains(c.promise()->date.toString(Qt::ISODate)),
                 qPrintable(lines.at(1).text));
        // Raised once: back at the same step, the customer does not object again.
        QCOMPARE(c.onStep(*s.step(QStringLiteral("ask")), 3).size(), 1);
    }

    void localeFallsBackToSimplified()
    {
        LocalText t{{{QStringLiteral("zh_CN"), QStringLiteral("你好")}}};
        QCOMPARE(t.in(QStringLiteral("en")), QStringLiteral("你好"));
        t.byLocale.insert(QStringLiteral("en"), QStringLiteral("Hello"));
        QCOMPARE(t.in(QStringLiteral("en")), QStringLiteral("Hello"));
    }

    void scoring_data()
    {
        QTest::addColumn<ScoreInput>("input");
        QTest::addColumn<int>("total");
        QTest::addColumn<QStringList>("reasons");  // Criterion:Reason of every explanation that is not a pass

        const QList<Checkpoint> all{Checkpoint::IdentityVerified, Checkpoint::AgentNamed, Checkpoint::PurposeStated,
                                    Checkpoint::AmountConfirmed, Checkpoint::PaymentAsked,
                                    Checkpoint::PromiseRecapped};
        ScoreInput good;
        good.expected = all;
        good.ticked = all;
        good.note = QStringLiteral("客户承诺3天内还款3200元");
        good.raised = {Objection::NoMoneyNow};
        good.handled = {Objection::NoMoneyNow};
        good.promiseExpected = true;
        good.secondsToPromise = 95;
        good.recorded = Outcome::PromiseToPay;
        good.promised = PromiseTerms{320000, QDate(2026, 11, 25)};
        good.recordedAmount = 320000;
        good.recordedDate = QDate(2026, 11, 25);
        QTest::newRow("perfect cooperative call") << good << 100 << QStringList{};

        ScoreInput skipped = good;
        skipped.ticked = {Checkpoint::IdentityVerified, Checkpoint::PaymentAsked, Checkpoint::AgentNamed};
        QTest::newRow("checkpoints skipped and out of order")
            << skipped << 100 - 30 + 15 - 10
            << QStringList{"Checkpoints:MissingCheckpoint", "Checkpoints:MissingCheckpoint",
                           "Checkpoints:MissingCheckpoint", "Checkpoints:OutOfOrder"};

        ScoreInput rude = good;
        rude.note = QStringLiteral("客户是老赖，再不还就上门");
        QTest::newRow("two forbidden phrases in the note")
            << rude << 80 << QStringList{"Language:ForbiddenPhrase", "Language:ForbiddenPhrase"};

        ScoreInput ignored = good;
        ignored.handled.clear();
        QTest::newRow("objection not answered with its card") << ignored << 85 << QStringList{"Objections:ObjectionMissed"};

        ScoreInput slow = good;
        slow.secondsToPromise = 390;  // halfway between quick (180) and slow (600)
        QTest::newRow("slow promise") << slow << 95 << QStringList{};

        ScoreInput noPromise = good;
        noPromise.secondsToPromise.reset();
        QTest::newRow("promise never reached") << noPromise << 90 << QStringList{"TimeToPromise:NoPromiseReached"};

        ScoreInput wrongAmount = good;
        wrongAmount.recordedAmount = 100000;
        wrongAmount.recordedDate = QDate(2026, 12, 20);
        QTest::newRow("promise recorded with other amount and date")
            << wrongAmount << 85 << QStringList{"Outcome:AmountOff", "Outcome:DateOff"};

        ScoreInput hostile;
        hostile.expected = all.mid(0, 5);
        hostile.ticked = all.mid(0, 5);
        hostile.raised = {Objection::Angry};
        hostile.handled = {Objection::Angry};
        hostile.expectedOutcome = Outcome::Refused;
        hostile.partialOutcomes = {Outcome::Callback};
        hostile.recorded = Outcome::Refused;
        QTest::newRow("hostile refusal recorded as refused") << hostile << 100 << QStringList{};
        ScoreInput hostileCallback = hostile;
        hostileCallback.recorded = Outcome::Callback;
        QTest::newRow("hostile refusal recorded as callback")
            << hostileCallback << 87 << QStringList{"Outcome:OutcomePartial"};
        ScoreInput hostilePromise = hostile;
        hostilePromise.recorded = Outcome::PromiseToPay;
        QTest::newRow("hostile refusal recorded as a promise")
            << hostilePromise << 75 << QStringList{"Outcome:OutcomeWrong"};

        ScoreInput third;
        third.expected = {Checkpoint::NoDisclosure};
        third.ticked = {Checkpoint::NoDisclosure};
        third.noDisclosure = true;
        third.expectedOutcome = Outcome::ThirdParty;
        third.recorded = Outcome::ThirdParty;
        QTest::newRow("third party, nothing disclosed") << third << 100 << QStringList{};
        ScoreInput disclosed = third;
        disclosed.ticked = {Checkpoint::NoDisclosure, Checkpoint::AmountConfirmed};
        QTest::newRow("third party told the amount") << disclosed << 70 << QStringList{"Checkpoints:Disclosure"};
        ScoreInput disclosedNote = third;
        disclosedNote.note = QStringLiteral("已告知其家属欠款情况");
        QTest::newRow("third-party note mentions the debt")
            << disclosedNote << 90 << QStringList{"Language:ForbiddenPhrase"};

        ScoreInput wrong;
        wrong.expected = {};
        wrong.noDisclosure = true;
        wrong.expectedOutcome = Outcome::WrongParty;
        wrong.raised = {Objection::WrongPerson};
        wrong.handled = {Objection::WrongPerson};
        QTest::newRow("wrong number, no disposition") << wrong << 75 << QStringList{"Outcome:NoOutcome"};
    }
    void scoring()
    {
        QFETCH(ScoreInput, input);
        QFETCH(int, total);
        QFETCH(QStringList, reasons);
        const ScoreCard card = score(input, lintRules());
        QStringList got;
        const QList<Reason> passes{Reason::AllCheckpoints, Reason::CleanNotes,     Reason::NoObjections,
                                   Reason::ObjectionHandled, Reason::NoPromiseExpected, Reason::PromiseAfter,
                                   Reason::OutcomeCorrect};
        for (const CriterionScore &c : card.criteria) {
            QVERIFY(c.points >= 0 && c.points <= c.max);
            QVERIFY2(!c.why.isEmpty(), qPrintable(enumKey(c.criterion)));  // every criterion explains itself
            for (const Explanation &e : c.why)
                if (!passes.contains(e.reason))
                    got << enumKey(c.criterion) + QLatin1Char(':') + enumKey(e.reason);
        }
        QCOMPARE(got, reasons);
        QCOMPARE(card.total(), total);
    }

    void sessionEventsFeedTheScore()
    {
        Session s;
        s.required = debtorScript().required;
        s.customerPromise = PromiseTerms{320000, QDate(2026, 11, 25)};
        const QDateTime t0(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
        s.add(EventKind::Connected, t0);
        s.add(EventKind::CardOpened, t0.addSecs(5), {}, QStringLiteral("NoMoneyNow"));  // before it was raised
        s.add(EventKind::Ticked, t0.addSecs(10), {}, QStringLiteral("IdentityVerified"));
        s.add(EventKind::Ticked, t0.addSecs(11), {}, QStringLiteral("AmountConfirmed"));
        s.add(EventKind::Unticked, t0.addSecs(12), {}, QStringLiteral("AmountConfirmed"));
        s.add(EventKind::ObjectionRaised, t0.addSecs(20), {}, QStringLiteral("Dispute"));
        s.add(EventKind::ObjectionRaised, t0.addSecs(21), {}, QStringLiteral("NoMoneyNow"));
        s.add(EventKind::CardOpened, t0.addSecs(30), {}, QStringLiteral("Dispute"));
        s.add(EventKind::Promised, t0.addSecs(62));
        const ScoreInput in = inputFor(s, persona(QStringLiteral("cooperative")));
        QCOMPARE(in.ticked, QList<Checkpoint>{Checkpoint::IdentityVerified});
        QCOMPARE(in.raised, (QList<Objection>{Objection::Dispute, Objection::NoMoneyNow}));
        QCOMPARE(in.handled, QList<Objection>{Objection::Dispute});
        QCOMPARE(in.secondsToPromise, std::optional<int>(62));
        QCOMPARE(in.expected, s.required);
        QVERIFY(in.promiseExpected);
        // A third party: the persona's own checkpoint list replaces the script's.
        QCOMPARE(inputFor(s, persona(QStringLiteral("thirdParty"))).expected,
                 QList<Checkpoint>{Checkpoint::NoDisclosure});
        QVERIFY(!inputFor(s, persona(QStringLiteral("hostile"))).expected.contains(Checkpoint::PromiseRecapped));
    }

    void fileRoundTripKeepsCommentsAndScore()
    {
        Session s;
        s.id = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
        s.trainee = QStringLiteral("王小明");
        s.persona = QStringLiteral("cooperative");
        s.seed = 99;
        s.customerId = 12;
        s.customerName = QStringLiteral("张三");
        s.bucket = Bucket::M2;
        s.overdue = 320000;
        s.scriptId = QStringLiteral("m2-debtor-zh_CN");
        s.scriptVersion = 3;
        s.required = {Checkpoint::IdentityVerified, Checkpoint::PaymentAsked};
        s.startedAt = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
        s.endedAt = s.startedAt.addSecs(300);
        s.add(EventKind::CustomerSaid, s.startedAt.addSecs(3), QStringLiteral("identity"), QStringLiteral("self"),
              QStringLiteral("对，是我。"));
        s.events[0].comments << Comment{QStringLiteral("李老师"), s.startedAt.addDays(1), QStringLiteral("先报公司名")};
        s.outcome = Outcome::PromiseToPay;
        s.promiseAmount = 320000;
        s.promiseDate = QDate(2026, 11, 25);
        s.customerPromise = PromiseTerms{320000, QDate(2026, 11, 25)};
        s.note = QStringLiteral("承诺还款");
        s.score.criteria << CriterionScore{Criterion::Language, 10, 20,
                                           {{Reason::ForbiddenPhrase, QStringLiteral("Threat"), QStringLiteral("上门")}}};

        const auto back = readFile(writeFile(s));
        QVERIFY2(back.ok(), qPrintable(back.error().detail));
        QCOMPARE(toJson(back.value()), toJson(s));
        QCOMPARE(back->events.at(0).comments.at(0).text, QStringLiteral("先报公司名"));
        QCOMPARE(back->score.total(), 10);

        // Merging another desk's copy adds only the comments this copy lacks.
        Session other = back.value();
        other.events[0].comments << Comment{QStringLiteral("赵组长"), s.startedAt.addDays(2), QStringLiteral("很好")};
        Session mine = s;
        QCOMPARE(mergeComments(mine, other), 1);
        QCOMPARE(mergeComments(mine, other), 0);
        QCOMPARE(mine.events.at(0).comments.size(), 2);
    }

    void brokenFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("hello") << "JSON";
        QTest::newRow("other format") << QByteArray(R"({"format":"collectdesk.scripts"})") << "format";
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"collectdesk.rehearsal","formatVersion":2,"session":{}})") << "formatVersion";
        QTest::newRow("bad event")
            << QByteArray(R"({"format":"collectdesk.rehearsal","formatVersion":1,"session":{"id":"x","persona":"p",
                 "startedAt":"2026-11-23T02:00:00.000Z","events":[{"at":"2026-11-23T02:00:01.000Z","kind":"Danced"}]}})")
            << "events[0].kind";
    }
    void brokenFilesAreRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const auto r = readFile(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(mentions), qPrintable(r.error().detail));
    }

    void scenarioCustomersAreOverdueAndStable()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
        const QList<ScenarioCustomer> a = scenarioCustomers(now, 10), b = scenarioCustomers(now, 10);
        QCOMPARE(a.size(), 10);
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).demo.customer.name, b.at(i).demo.customer.name);
            QVERIFY(a.at(i).dpd > 0 && a.at(i).overdue > 0);
            QCOMPARE(callContext(a.at(i), QStringLiteral("zh_CN")).bucket, a.at(i).bucket);
        }
    }
};


QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
