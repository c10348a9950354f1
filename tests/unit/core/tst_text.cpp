// Text the agent sees: amounts, masked personal data, and scripts / SMS with merge fields.
#include "Money.h"
#include "Pii.h"
#include "TemplateRenderer.h"

#include <QTest>

#include <limits>

using namespace cd;

class tst_Text : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFen_data()
    {
        QTest::addColumn<Fen>("amount");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << Fen(0) << "0.00";
        QTest::newRow("one fen") << Fen(1) << "0.01";
        QTest::newRow("ten fen") << Fen(10) << "0.10";
        QTest::newRow("one yuan") << yuan(1) << "1.00";
        QTest::newRow("999.99 has no separator") << Fen(99999) << "999.99";
        QTest::newRow("1,000.00 gets one") << Fen(100000) << "1,000.00";
        QTest::newRow("typical installment") << Fen(123456) << "1,234.56";
        QTest::newRow("six digits") << Fen(12345678) << "123,456.78";
        QTest::newRow("a million yuan") << yuan(1'000'000) << "1,000,000.00";
        QTest::newRow("negative fen") << Fen(-5) << "-0.05";
        QTest::newRow("negative with thousands") << Fen(-123456789) << "-1,234,567.89";
        QTest::newRow("negative exactly 1,000") << Fen(-100000) << "-1,000.00";
        QTest::newRow("largest amount") << std::numeric_limits<Fen>::max() << "92,233,720,368,547,758.07";
    }
    void formatFen()
    {
        QFETCH(Fen, amount);
        QTEST(cd::formatFen(amount), "text");
    }

    void masks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("ID number") << "id"
                                   << "110105199003071234"
                                   << "110***********1234";
        QTest::newRow("ID number with X check") << "id"
                                                << "44010619900307123X"
                                                << "440***********123X";
        QTest::newRow("short ID is fully hidden") << "id"
                                                  << "1234567"
                                                  << "*******";
        QTest::newRow("empty ID") << "id"
                                  << ""
                                  << "";
        QTest::newRow("mobile") << "phone"
                                << "13812345678"
                                << "138****5678";
        QTest::newRow("demo range mobile") << "phone"
                                           << "10012345678"
                                           << "100****5678";
        QTest::newRow("landline with area code") << "phone"
                                                 << "02088886666"
                                                 << "020****6666";
        QTest::newRow("too short to keep ends") << "phone"
                                                << "12345"
                                                << "*****";
        QTest::newRow("two-character name") << "name"
                                            << "张伟"
                                            << "张*";
        QTest::newRow("three-character name") << "name"
                                              << "王小明"
                                              << "王**";
        QTest::newRow("compound surname") << "name"
                                          << "欧阳娜娜"
                                          << "欧***";
        QTest::newRow("single character stays") << "name"
                                                << "李"
                                                << "李";
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "";
    }
    void masks()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, masked);
        const QString out = kind == QLatin1String("id") ? pii::maskIdNumber(input)
            : kind == QLatin1String("phone")            ? pii::maskPhone(input)
                                                        : pii::maskName(input);
        QCOMPARE(out, masked);
        QCOMPARE(out.size(), input.size());
    }

    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("rendered");
        QTest::addColumn<QStringList>("missing");

        const QStringList keys{"name", "amount", "dueDate"};
        const QStringList values{"张先生", "1,234.56", "2024-03-05"};
        QTest::newRow("Chinese text around fields")
            << "您好，{{name}}，您本期应还{{amount}}元，请于{{dueDate}}前还款。" << keys << values
            << "您好，张先生，您本期应还1,234.56元，请于2024-03-05前还款。" << QStringList{};
        QTest::newRow("whitespace inside braces")
            << "{{ name }}：{{\tamount  }}元" << keys << values << "张先生：1,234.56元" << QStringList{};
        QTest::newRow("adjacent fields")
            << "{{name}}{{amount}}" << keys << values << "张先生1,234.56" << QStringList{};
        QTest::newRow("same field twice")
            << "{{name}}/{{name}}" << keys << values << "张先生/张先生" << QStringList{};
        QTest::newRow("missing field stays visible and is reported once")
            << "{{name}}，客服{{agentName}}为您服务，工号{{agentName}}，{{hotline}}" << keys << values
            << "张先生，客服{{agentName}}为您服务，工号{{agentName}}，{{hotline}}"
            << QStringList{"agentName", "hotline"};
        QTest::newRow("empty value is supplied, not missing")
            << "[{{name}}]" << QStringList{"name"} << QStringList{""} << "[]" << QStringList{};
        QTest::newRow("no fields") << "纯文本，没有字段" << keys << values << "纯文本，没有字段"
                                   << QStringList{};
        QTest::newRow("single braces are text")
            << "{name} {{name}" << keys << values << "{name} {{name}" << QStringList{};
        QTest::newRow("values are not expanded again")
            << "{{name}}" << QStringList{"name"} << QStringList{"{{amount}}"} << "{{amount}}"
            << QStringList{};
        QTest::newRow("field names are case-sensitive")
            << "{{Name}}" << keys << values << "{{Name}}" << QStringList{"Name"};
    }
    void render()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        QHash<QString, QString> fields;
        for (int i = 0; i < keys.size(); ++i)
            fields.insert(keys.at(i), values.at(i));
        const RenderResult r = renderTemplate(text, fields);
        QTEST(r.text, "rendered");
        QTEST(r.missing, "missing");
    }
};

QTEST_GUILESS_MAIN(tst_Text)
#include "tst_text.moc"
