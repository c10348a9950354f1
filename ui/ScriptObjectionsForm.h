#pragma once
// Objection cards in the script editor (ScriptEditor): what the customer objects (kind), the card's
// title, the suggested reply (merge fields allowed) and the step the call resumes at afterwards.
#include "ScriptGraph.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace cd {

class ScriptObjectionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptObjectionsForm(QWidget *parent = nullptr);

    /// Shows the cards; `keys` are the steps to resume at (no signal).
    void setCards(const QList<script::ObjectionCard> &cards, const QStringList &keys);
    QList<script::ObjectionCard> cards() const;
    void setKeys(const QStringList &keys);
    /// Appends a card and reports the edit.
    void addCard(const script::ObjectionCard &card);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void addRow(const script::ObjectionCard &card);
    void fillResume(QComboBox *combo, const QString &current) const;
    void emitChanged();

    QTableWidget *m_table;
    QStringList m_keys;
    bool m_loading = false;
};

}  // namespace cd
