// collectdesk-server lint: see ServerCliLint.h and docs/admin/ComplianceLint.md.
#include "ServerCliLint.h"

#include "ComplianceLint.h"
#include "Domain.h"
#include "ScriptGraph.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace cd::server {

namespace {

const QString Command = QStringLiteral("collectdesk-server lint");

/// One piece of text to lint and where it came from.
struct Message {
    QString text;
    int line = 1;  ///< 1-based line in the file where the text (its JSON string) starts
    lint::Audience audience = lint::Audience::Debtor;
    QString where;  ///< "script thirdparty/zh_CN step purpose", "template T3"; empty for plain text
};

struct StringToken {
    int line = 1;
    QString value;
};

/// Every JSON string in `text` (keys and values) with the line it starts on, decoded. Only called on
/// text QJsonDocument has already accepted, so it need not diagnose errors.
QList<StringToken> jsonStrings(const QString &text)
{
    QList<StringToken> out;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            continue;
        }
        if (c != QLatin1Char('"'))
            continue;
        StringToken token{line, QString()};
        for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
            if (text.at(i) != QLatin1Char('\\')) {
                token.value += text.at(i);
                continue;
            }
            const QChar e = text.at(++i);
            switch (e.unicode()) {
            case 'n': token.value += QLatin1Char('\n'); break;
            case 't': token.value += QLatin1Char('\t'); break;
            case 'r': token.value += QLatin1Char('\r'); break;
            case 'b': token.value += QLatin1Char('\b'); break;
            case 'f': token.value += QLatin1Char('\f'); break;
            case 'u':
                token.value += QChar(text.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
                break;
            default: token.value += e; break;  // \" \\ \/
            }
        }
        out.append(token);
    }
    return out;
}

/// Sets each message's line from the file's string tokens, in document order.
void locate(QList<Message> &messages, const QString &text)
{
    const QList<StringToken> tokens = jsonStrings(text);
    qsizetype cursor = 0;
    for (Message &m : messages) {
        qsizetype found = -1;
        for (qsizetype i = cursor; i < tokens.size() && found < 0; ++i) {
            if (tokens.at(i).value == m.text)
                found = i;
        }
        for (qsizetype i = 0; i < cursor && found < 0; ++i) {
            if (tokens.at(i).value == m.text)
                found = i;
        }
        if (found >= 0) {
            m.line = tokens.at(found).line;
            cursor = found + 1;
        }
    }
}

/// The messages of one file, or an error for stderr.
struct Loaded {
    QList<Message> messages;
    QString error;
};

Loaded load(const QString &path, bool thirdPartyText)
{
    Loaded r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    const QByteArray bytes = f.readAll();
    const QString text = QString::fromUtf8(bytes);

    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                r.messages.append(
                    Message{line, int(i + 1),
                            thirdPartyText ? lint::Audience::ThirdParty : lint::Audience::Debtor, QString()});
        }
        return r;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error = QStringLiteral("%1: not valid JSON at offset %2: %3")
                      .arg(path)
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return r;
    }
    if (doc.isObject()
        && doc.object().value(QStringLiteral("format")).toString() == QLatin1String("collectdesk.scripts")) {
        // Version 1 (flat step lists) or 2 (graphs): read both through core/ScriptGraph.h, then lint
        // everything the agent reads out or clicks: step titles and texts, answer labels, objection cards.
        const Result<QList<script::Script>> scripts = script::readDocument(bytes);
        if (!scripts) {
            r.error = QStringLiteral("%1: %2").arg(path, scripts.error().detail);
            return r;
        }
        for (const script::Script &sc : scripts.value()) {
            // A third-party script is what the agent says to whoever answers instead of the debtor.
            const lint::Audience audience = sc.segment.answerer == script::Answerer::ThirdParty
                ? lint::Audience::ThirdParty
                : lint::Audience::Debtor;
            auto add = [&](const QString &text, const QString &where) {
                if (!text.trimmed().isEmpty())
                    r.messages.append(Message{text, 1, audience, QStringLiteral("script %1 %2").arg(sc.id, where)});
            };
            for (const script::Step &step : sc.steps) {
                const QString where = QStringLiteral("step ") + step.key;
                add(step.title, where);
                add(step.text, where);
                for (const script::Answer &a : step.answers)
                    add(a.label, where + QStringLiteral(" answer ") + a.key);
            }
            for (const script::ObjectionCard &c : sc.objections) {
                const QString where = QStringLiteral("objection ") + enumKey(c.kind);
                add(c.title, where);
                add(c.reply, where);
            }
        }
    } else if (doc.isObject()
               && doc.object().value(QStringLiteral("format")).toString()
                   == QLatin1String("collectdesk.smsTemplates")) {
        // The server's template library (resources/sms/default-templates.json, `sms import`): each
        // template's body, as the person at that number reads it (audience ThirdParty: a contact's).
        const QJsonValue list = doc.object().value(QStringLiteral("templates"));
        if (!list.isArray()) {
            r.error = QStringLiteral("%1: a collectdesk.smsTemplates document needs a \"templates\" array").arg(path);
            return r;
        }
        const QJsonArray templates = list.toArray();
        for (qsizetype i = 0; i < templates.size(); ++i) {
            const QJsonObject t = templates.at(i).toObject();
            if (!templates.at(i).isObject() || !t.value(QStringLiteral("body")).isString()) {
                r.error = QStringLiteral("%1: template #%2 needs a \"body\" string").arg(path).arg(i);
                return r;
            }
            const QString code = t.value(QStringLiteral("code")).toString();
            const bool thirdParty = t.value(QStringLiteral("audience")).toString() == QLatin1String("ThirdParty");
            r.messages.append(Message{t.value(QStringLiteral("body")).toString(), 1,
                                      thirdParty ? lint::Audience::ThirdParty : lint::Audience::Debtor,
                                      QStringLiteral("template %1").arg(code.isEmpty() ? QString::number(i) : code)});
        }
    } else if (doc.isArray()) {
        const QJsonArray templates = doc.array();
        for (qsizetype i = 0; i < templates.size(); ++i) {
            const QJsonObject t = templates.at(i).toObject();
            if (!templates.at(i).isObject() || !t.value(QStringLiteral("body")).isString()) {
                r.error = QStringLiteral("%1: template #%2 needs a \"body\" string").arg(path).arg(i);
                return r;
            }
            const QJsonValue id = t.value(QStringLiteral("id"));
            const QString idText = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
            r.messages.append(
                Message{t.value(QStringLiteral("body")).toString(), 1,
                        t.value(QStringLiteral("thirdParty")).toBool(false) ? lint::Audience::ThirdParty
                                                                            : lint::Audience::Debtor,
                        QStringLiteral("template %1").arg(idText.isEmpty() ? QString::number(i) : idText)});
        }
    } else {
        r.error =
            QStringLiteral("%1: expected a collectdesk.scripts or collectdesk.smsTemplates document, or a JSON "
                           "array of SMS templates ({id, name, body})")
                .arg(path);
        return r;
    }
    locate(r.messages, text);
    return r;
}

int usageError(QTextStream &err, const QString &message)
{
    err << Command << ": " << message << '\n' << "Try '" << Command << " --help'.\n";
    err.flush();
    return 2;
}

}  // namespace

int runLintCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setApplicationDescription(
        QStringLiteral("Check scripts, SMS templates and plain text (one message per line) against the "
                       "compliance phrase list. Prints file:line: rule: \"text\" per finding.\n"
                       "Exit status: 0 clean, 1 findings, 2 unreadable file or bad arguments."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the findings as one JSON array."));
    const QCommandLineOption phrases(QStringLiteral("phrases"),
                                     QStringLiteral("Use this phrase list instead of the built-in one."),
                                     QStringLiteral("file"));
    const QCommandLineOption thirdParty(
        QStringLiteral("third-party"),
        QStringLiteral("Plain text files hold messages for third parties (checks debt disclosure too)."));
    p.addOptions({help, json, phrases, thirdParty});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("collectdesk.scripts JSON, SMS template JSON array, or text."),
                            QStringLiteral("FILE..."));
    if (!p.parse(QStringList{QStringLiteral("collectdesk-server")} + args))
        return usageError(err, p.errorText());
    if (p.isSet(help)) {
        QString text = p.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        text = QStringLiteral("Usage: %1 [options] FILE...").arg(Command) + text.mid(eol);
        out << text;
        out.flush();
        return 0;
    }
    if (p.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("no file given"));

    Result<lint::ComplianceLint> linter = lint::ComplianceLint::builtIn();
    if (p.isSet(phrases)) {
        QFile f(p.value(phrases));
        if (!f.open(QIODevice::ReadOnly))
            return usageError(
                err, QStringLiteral("cannot read phrase list %1: %2").arg(f.fileName(), f.errorString()));
        linter = lint::ComplianceLint::fromJson(f.readAll());
        if (!linter)
            return usageError(err,
                              QStringLiteral("phrase list %1: %2").arg(f.fileName(), linter.error().detail));
    }
    if (!linter)
        return usageError(err, linter.error().detail);

    // Read everything first: a file that cannot be read stops the run before any verdict is printed.
    QList<std::pair<QString, QList<Message>>> files;
    for (const QString &path : p.positionalArguments()) {
        Loaded loaded = load(path, p.isSet(thirdParty));
        if (!loaded.error.isEmpty())
            return usageError(err, loaded.error);
        files.append({path, loaded.messages});
    }

    QJsonArray all;
    int count = 0;
    for (const auto &[path, messages] : std::as_const(files)) {
        for (const Message &m : messages) {
            for (const lint::Finding &f : linter.value().check(m.text, m.audience)) {
                ++count;
                if (p.isSet(json)) {
                    all.append(QJsonObject{{QStringLiteral("file"), path},
                                           {QStringLiteral("line"), m.line},
                                           {QStringLiteral("rule"), enumKey(f.rule)},
                                           {QStringLiteral("text"), f.text},
                                           {QStringLiteral("start"), f.start},
                                           {QStringLiteral("length"), f.length},
                                           {QStringLiteral("phrase"), f.phrase},
                                           {QStringLiteral("where"), m.where}});
                } else {
                    out << path << ':' << m.line << ": " << enumKey(f.rule) << ": \"" << f.text << "\"\n";
                }
            }
        }
    }
    if (p.isSet(json))
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
    out.flush();
    return count > 0 ? 1 : 0;
}

}  // namespace cd::server
