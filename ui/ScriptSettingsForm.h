#pragma once
// The script-wide part of the script editor (ScriptEditor): id, name, the segment the script is for
// (buckets, risk grades, promise states, who answers, locale), the start step and the checkpoints a
// compliant call must pass, in order. Edits are reported with changed(); apply() writes them back.
#include "ScriptGraph.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cd {

class ScriptSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptSettingsForm(QWidget *parent = nullptr);

    /// Shows the script's settings (no signal).
    void setScript(const script::Script &script);
    /// Writes the settings as edited into `script` (steps and objections untouched).
    void apply(script::Script &script) const;
    /// The step keys to start at (no signal).
    void setKeys(const QStringList &keys);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *startCombo() const { return m_start; }
    QComboBox *answererCombo() const { return m_answerer; }
    /// The required-checkpoints list: checked rows are required, in the list's order.
    QListWidget *requiredList() const { return m_required; }
    /// Checks or unchecks a required checkpoint and reports the edit.
    void setRequired(script::Checkpoint c, bool on);

Q_SIGNALS:
    void changed();

private:
    void moveRequired(int delta);
    void emitChanged();

    QLineEdit *m_id;
    QLineEdit *m_name;
    QLabel *m_version;
    QList<QCheckBox *> m_buckets;
    QList<QCheckBox *> m_grades;
    QList<QCheckBox *> m_promises;
    QList<QCheckBox *> m_holds;
    QComboBox *m_answerer;
    QComboBox *m_locale;
    QComboBox *m_start;
    QListWidget *m_required;
    bool m_loading = false;
};

}  // namespace cd
