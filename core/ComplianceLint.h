#pragma once
// The compliance lint: checks wording an agent or a customer will read or hear (scripts, SMS templates,
// agents' notes) against a maintained phrase list and reports every forbidden phrase with its rule and
// span. The phrase list is data (resources/lint/phrases.json, built in; compliance staff may supply
// their own file, see docs/admin/ComplianceLint.md), so wording changes need no new build.
//
// Design: a phrase is a literal (Latin letters ignore case) in which * stands for up to 6 characters
// inside one clause ("我是*法院" catches 我是XX区人民法院). Bare institution names are not phrases, so a
// neutral sentence ("您可以依法向法院提起诉讼") stays clean while a claim to be the court is caught. A
// match is dropped when one of its rule's exceptions covers it ("谨防骗子" is not an insult) or, for a
// negatable rule, when a negation cue stands earlier in the same clause ("我们不会上门"). Rules marked
// thirdPartyOnly (disclosure of the debt) apply only to text meant for a third party. Pure: no I/O
// beyond reading the built-in resource.
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>

namespace cd::lint {
Q_NAMESPACE

/// What a finding breaks. Stable keys (enumKey): the phrase list, the CLI output and storage use them;
/// ui/Labels gives the user-facing text.
enum class Rule {
    Threat,                ///< threats and intimidation (上门, 让你好看, 曝光你)
    Insult,                ///< insulting the customer (骗子, 老赖)
    Impersonation,         ///< claiming to be police, a court or a lawyer (我是法院的, 律师函)
    LegalExaggeration,     ///< exaggerated legal consequences (坐牢, 拘留, 上征信黑名单)
    ThirdPartyDisclosure,  ///< mentioning the debt to a third party (欠款, 逾期, 还款)
    BorrowPressure,        ///< pressing the customer to borrow elsewhere (借钱还, 找亲戚借, 网贷)
};
Q_ENUM_NS(Rule)

/// Who the text is for: ThirdParty also applies the thirdPartyOnly rules.
enum class Audience { Debtor, ThirdParty };
Q_ENUM_NS(Audience)

struct Finding {
    Rule rule = Rule::Threat;
    int start = 0;   ///< offset in the linted text, in UTF-16 units (QString indices)
    int length = 0;  ///< in UTF-16 units
    QString text;    ///< the matched text, text.mid(start, length)
    QString phrase;  ///< the phrase-list entry that matched ("我是*法院")

    bool operator==(const Finding &o) const
    {
        return rule == o.rule && start == o.start && length == o.length && text == o.text;
    }
};

/// A compiled phrase list. Cheap to copy; check() is const and thread-safe.
class ComplianceLint
{
public:
    static constexpr char BuiltInResource[] = ":/collectdesk/lint/phrases.json";
    static constexpr int WildcardMax = 6;  ///< characters one * may stand for

    /// Parses a collectdesk.lintPhrases document. An unknown rule or key, a wrong type or an empty
    /// phrase fails with InvalidInput naming it ("rules.Threat.phrases[3]: empty phrase").
    static Result<ComplianceLint> fromJson(const QByteArray &json);
    /// The phrase list bundled with the program (resources/lint/phrases.json).
    static Result<ComplianceLint> builtIn();

    /// Every finding in `text`, ordered by start. Overlapping matches of one rule are reported once
    /// (the earliest, then the longest).
    QList<Finding> check(const QString &text, Audience audience = Audience::Debtor) const;

    int phraseCount() const;

private:
    struct Phrase {
        QString source;
        QRegularExpression re;
    };
    struct RuleEntry {
        Rule rule = Rule::Threat;
        bool negatable = true;
        bool thirdPartyOnly = false;
        QList<Phrase> phrases;
        QList<QRegularExpression> exceptions;
    };

    bool negated(const QString &text, int start) const;
    int clauseStart(const QString &text, int pos) const;

    QList<RuleEntry> m_rules;
    QStringList m_negations;
    QString m_clauseBreaks;
};

}  // namespace cd::lint
