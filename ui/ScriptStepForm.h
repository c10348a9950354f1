#pragma once
// One step of a talk-track in the script editor (ScriptEditor): key, kind, title, text with an
// "insert merge field" menu, the following step, the answers of an Ask step and the checkpoints the
// agent confirms there. The text shows the compliance lint's findings and unknown merge fields in
// place. Edits are reported with changed(); the editor owns the script and reads step() back.
#include "ComplianceLint.h"
#include "ScriptGraph.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace cd {

class ScriptStepForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptStepForm(QWidget *parent = nullptr);

    /// Shows `step`; `keys` are the script's step keys (choices for "next"). Emits nothing.
    void setStep(const script::Step &step, const QStringList &keys);
    /// The step as edited.
    script::Step step() const;
    /// Refreshes the choices for "next" (another step was added, removed or renamed). Emits nothing.
    void setKeys(const QStringList &keys);
    /// Third-party scripts also flag debt disclosure; nullopt: the built-in list could not be read.
    void setLint(const std::optional<lint::ComplianceLint> &lint, lint::Audience audience);

    /// Inserts "{field}" at the cursor in the text, as the menu does.
    void insertMergeField(const QString &field);
    /// The lint findings and unknown merge fields currently highlighted, one line each.
    QStringList textMarks() const { return m_marks; }

    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *nextCombo() const { return m_next; }
    QTableWidget *answersTable() const { return m_answers; }
    QCheckBox *checkpointBox(script::Checkpoint c) const;

    /// Picks `key` as the step that follows (a Say step) and reports the edit.
    void setNext(const QString &key);
    /// Sets row `row` of the answers table (adding rows as needed) and reports the edit.
    void setAnswer(int row, const script::Answer &answer);

Q_SIGNALS:
    void changed();
    /// The key was edited from `from` to `to`: the editor renames the references too.
    void keyRenamed(const QString &from, const QString &to);

private:
    void onKindChanged();
    void onTextChanged();
    void addAnswerRow(const script::Answer &a);
    void fillNextCombo(QComboBox *combo, const QString &current) const;
    QComboBox *answerNextCombo(int row) const;
    QComboBox *answerOutcomeCombo(int row) const;
    void emitChanged();

    QLineEdit *m_key;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QToolButton *m_insertField;
    QLabel *m_textMarks;
    QLabel *m_nextLabel;
    QComboBox *m_next;
    QLabel *m_answersLabel;
    QTableWidget *m_answers;
    QPushButton *m_addAnswer;
    QPushButton *m_removeAnswer;
    QList<QCheckBox *> m_checkpoints;
    QStringList m_keys;
    QString m_loadedKey;
    std::optional<lint::ComplianceLint> m_lint;
    lint::Audience m_audience = lint::Audience::Debtor;
    QStringList m_marks;
    bool m_loading = false;
};

}  // namespace cd
