#pragma once
// The script editor's preview (ScriptEditor): the script being edited rendered with a real customer's
// data from the client cache, fields that cannot be filled highlighted, and a walk-through: the lead
// clicks the customer's answers and sees the path the call takes. Reads the cache only.
#include "Entities.h"
#include "ScriptGraph.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace cd {

class LocalStore;

class ScriptPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptPreview(LocalStore &store, QWidget *parent = nullptr);

    /// The name and company the agent would say ({agentName}, {company}).
    void setSpeaker(const QString &agentName, const QString &company);
    /// Shows `script` (as edited); restarts the walk when the step keys changed.
    void setScript(const script::Script &script);

    /// Lists the cached customers whose name contains `text` or whose id is `text`.
    void search(const QString &text);
    /// Previews with customer `id` from the cache; false if it is not there.
    bool selectCustomer(qint64 id);
    std::optional<Customer> customer() const { return m_customer; }

    /// Clicks an answer of the current Ask step (or "Next" on a Say step with an empty key).
    bool choose(const QString &answerKey = {});
    void restart();
    QStringList path() const { return m_walk.path(); }
    /// The fields no step could fill for this customer.
    QStringList missingFields() const { return m_missing; }
    /// The preview as shown (plain text), for tests.
    QString plainText() const;
    QListWidget *results() const { return m_results; }

private:
    void refresh();
    void rebuildButtons();
    QString renderHtml(const QString &text);

    LocalStore &m_store;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_who;
    QLabel *m_pathLabel;
    QTextBrowser *m_view;
    QHBoxLayout *m_buttons;
    QPushButton *m_back;
    QPushButton *m_restart;
    QList<QPushButton *> m_answerButtons;

    script::Script m_script;
    script::Walk m_walk;
    std::optional<Customer> m_customer;
    QHash<QString, QString> m_fields;
    QStringList m_missing;
    QString m_agentName;
    QString m_company;
};

}  // namespace cd
