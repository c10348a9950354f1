#pragma once
// The script panel (话术), right pane: follows the agent through the call along the talk-track graph
// (core/ScriptGraph.h). It shows the current step with the customer's data merged in (fields that
// could not be filled stay visible and highlighted, never silently blank), the answers of a question
// as buttons (1..9 while the panel has focus, Alt+1..9 anywhere in the window), Back (Alt+Left), the
// checkpoints with tick boxes (the current step's are marked; Alt+Enter ticks them), the objection
// cards one key away (Shift+F1..F6) and the third-party toggle (F8). The walk (path, ticks in order,
// objections raised) is readable by the work session and the rehearsal mode; walkChanged() says when
// it moved.
#include "Entities.h"
#include "ScriptGraph.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace cd {

class ScriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptPanel(QWidget *parent = nullptr);

    /// "Third party answered" (F8): the session switches to the no-disclosure script. Checked
    /// automatically when a relative's or contact's number is dialled; the agent toggles it when
    /// someone else answers the debtor's own line.
    bool thirdParty() const;
    void setThirdParty(bool on);  ///< no signal

    /// Starts a walk through `script` from its start with `fields` merged; a null script shows a hint.
    void showScript(const std::optional<script::Script> &script, const QHash<QString, QString> &fields);
    /// The same for a script that is there (the rehearsal mode's entry point).
    void showWalk(const script::Script &script, const QHash<QString, QString> &fields);
    void clear();
    bool hasScript() const { return m_hasScript; }

    /// The walk so far: current step, path, checkpoints ticked in order, objections raised.
    const script::Walk &walk() const { return m_walk; }

    /// Picks answer `index` (0-based) of the current Ask step; on a Say step index 0 goes on.
    bool chooseAnswer(int index);
    bool goBack();
    /// Opens an objection card (shown under the step); the walk resumes where the card says.
    const script::ObjectionCard *raiseObjection(script::Objection kind);
    void setTicked(script::Checkpoint c, bool on);
    /// Ticks every checkpoint of the current step (the agent confirmed them).
    void confirmStep();

    /// What the panel shows, as plain text (script, step, merged text, answers, open card): for tests
    /// and the clipboard.
    QString plainText() const;
    /// Merge fields of the current step (and open card) that could not be filled.
    QStringList missingFields() const { return m_missing; }

    /// Merge fields for a customer under their Chinese names (姓名, 称呼, 坐席姓名, 公司, 欠款金额,
    /// 待还总额, 逾期天数, 到期日, 产品, 合同尾号, 本期应还; script::render also fills the English
    /// aliases from them).
    static QHash<QString, QString> fieldsFor(const Customer &c, const QList<Loan> &loans, const QDate &today,
                                             const QString &agentName, const QString &company);

Q_SIGNALS:
    void thirdPartyToggled(bool on);
    /// The walk moved: a step, a tick, an objection, or a new script.
    void walkChanged();
    /// The agent picked an answer that suggests an outcome (e.g. 非本人 -> ThirdParty).
    void outcomeSuggested(cd::Outcome outcome);

private:
    void refresh();
    QString merged(const QString &text, QStringList *missing) const;

    bool m_hasScript = false;
    script::Walk m_walk;
    QHash<QString, QString> m_fields;
    const script::ObjectionCard *m_card = nullptr;
    QStringList m_missing;

    QLabel *m_title;
    QPushButton *m_thirdParty;
    QLabel *m_stepTitle;
    QTextBrowser *m_text;
    QWidget *m_answersBox;
    QGridLayout *m_answers;
    QList<QPushButton *> m_answerButtons;
    QPushButton *m_back;
    QWidget *m_checkpointsBox;
    QVBoxLayout *m_checkpoints;
    QHash<int, QCheckBox *> m_checkBoxes;  ///< by Checkpoint
    QPushButton *m_confirm;
    QWidget *m_cardsBox;
    QList<QPushButton *> m_cardButtons;  ///< one per Objection, in enum order
    QLabel *m_cardText;
};

}  // namespace cd
