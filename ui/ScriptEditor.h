#pragma once
// The form-based script editor (话术编辑器) for leads, trainers and admins: pick a cached script (or
// start a new one, or duplicate one), edit it in forms (ScriptSettingsForm, ScriptStepForm,
// ScriptObjectionsForm), see script::validate()'s problems live (a click selects the step), preview
// it against a cached customer with a walk-through (ScriptPreview), and publish it to the server
// (script.publish) once nothing is wrong. MainWindow opens it from Tools; the store and the sync
// client are borrowed.
#include "ComplianceLint.h"
#include "ScriptGraph.h"
#include "Status.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;

namespace cd {

class LocalStore;
class ScriptObjectionsForm;
class ScriptPreview;
class ScriptSettingsForm;
class ScriptStepForm;
class SyncClient;
namespace proto {
struct Envelope;
}

class ScriptEditor : public QDialog
{
    Q_OBJECT
public:
    /// `client` may be null (no server: publishing is unavailable).
    ScriptEditor(LocalStore &store, SyncClient *client, QWidget *parent = nullptr);
    ~ScriptEditor() override;

    /// The scripts to choose from (the client's cache); shows the first.
    void setScripts(const QList<script::Script> &scripts);
    /// The name and company the preview speaks with.
    void setSpeaker(const QString &agentName, const QString &company);

    /// Edits `id` from the list; false if it is not there.
    bool openScript(const QString &id);
    /// Starts a new script (a greeting and an end) / a copy of the one being edited, as a draft.
    void newScript();
    void duplicateScript();

    /// The script as edited.
    script::Script script() const { return m_script; }
    /// Runs the validation now instead of after the short pause that follows an edit.
    void validateNow();
    QList<script::Problem> problems() const { return m_problems; }
    /// The problem list as shown, one line each.
    QStringList problemTexts() const;
    bool canPublish() const;
    /// Sends script.publish (when nothing is wrong); the answer shows in the status line.
    void publish();
    /// Shows the server's answer to script.publish: the new version, or why it was refused.
    void showPublishAnswer(const proto::Envelope &response, bool offline);
    QString statusText() const;

    /// Adds a Say step after the selected one / removes the selected step / moves it.
    void addStep();
    void removeStep();
    void moveStep(int delta);
    bool selectStep(const QString &key);
    QString selectedStep() const;

    /// script.publish's body for `script` (also used by tests against the real server).
    static QJsonObject publishBody(const script::Script &script);

    ScriptStepForm *stepForm() const { return m_stepForm; }
    ScriptSettingsForm *settingsForm() const { return m_settings; }
    ScriptObjectionsForm *objectionsForm() const { return m_objections; }
    ScriptPreview *preview() const { return m_preview; }
    QListWidget *stepList() const { return m_steps; }
    QListWidget *problemList() const { return m_problemList; }
    QPushButton *publishButton() const { return m_publish; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The server accepted version `version` of script `id`.
    void published(const QString &id, int version);

private:
    void load(const script::Script &script);
    void onFormChanged();
    void onStepChanged();
    void onKeyRenamed(const QString &from, const QString &to);
    void onStepSelected(int row);
    void refreshStepList();
    void refreshKeys();
    void updateLintAudience();
    void updatePublish();
    void setStatus(const QString &text, bool error);
    QStringList keys() const;
    QString uniqueKey(const QString &base) const;

    LocalStore &m_store;
    SyncClient *m_client;
    QList<script::Script> m_scripts;
    script::Script m_script;
    QList<script::Problem> m_problems;
    std::optional<lint::ComplianceLint> m_lint;
    bool m_publishing = false;
    bool m_loading = false;
    int m_currentStep = -1;

    QComboBox *m_chooser;
    QTabWidget *m_tabs;
    QListWidget *m_steps;
    ScriptStepForm *m_stepForm;
    ScriptSettingsForm *m_settings;
    ScriptObjectionsForm *m_objections;
    ScriptPreview *m_preview;
    QListWidget *m_problemList;
    QLabel *m_status;
    QPushButton *m_publish;
    QTimer *m_validateTimer;
};

}  // namespace cd
