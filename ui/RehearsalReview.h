#pragma once
// The trainer's review of rehearsal sessions (demo mode only): the list of sessions (trainee, persona,
// customer, date, score), one session opened step by step — every event with its time since the start
// — with the trainer's comments per event, the score card, and export / import of a session file so a
// trainer on another desk can review it. Borrows the store (models/RehearsalRepository).
#include "Rehearsal.h"
#include "RehearsalRepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cd {

class LocalStore;
class RehearsalScoreCard;

class RehearsalReview : public QWidget
{
    Q_OBJECT
public:
    /// `reviewer`: the name the trainer's comments are signed with.
    RehearsalReview(LocalStore &store, QString reviewer, QString locale, QWidget *parent = nullptr);

    void refresh();
    int sessionCount() const;
    /// Opens the session in the list row `row` (newest first). False when there is none.
    bool openRow(int row);
    bool openSession(const QString &id);
    const std::optional<rehearsal::Session> &current() const { return m_current; }
    /// Steps through the opened session's events.
    bool selectEvent(int index);
    int currentEvent() const;
    void nextEvent();
    void previousEvent();
    /// Adds a comment to the selected event; false (with the reason in the status line) otherwise.
    bool addComment(const QString &text);
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);
    QString statusText() const;
    QTableWidget *table() const { return m_table; }
    QListWidget *events() const { return m_events; }
    RehearsalScoreCard *scoreCard() const { return m_scoreCard; }
    /// The selected event's details and comments as shown.
    QString detailText() const;

private:
    void showEvent(int index);
    void exportChosen();
    void importChosen();
    QString personaName(const QString &key) const;
    QString eventLine(const rehearsal::Event &e) const;

    LocalStore &m_store;
    RehearsalRepository m_repo;
    QString m_reviewer;
    QString m_locale;
    QList<rehearsal::Persona> m_personas;
    QList<RehearsalRepository::Summary> m_rows;
    std::optional<rehearsal::Session> m_current;

    QTableWidget *m_table;
    QListWidget *m_events;
    QLabel *m_header;
    QLabel *m_detail;
    QLineEdit *m_comment;
    QPushButton *m_addComment;
    QPushButton *m_prev;
    QPushButton *m_next;
    QPushButton *m_export;
    RehearsalScoreCard *m_scoreCard;
    QLabel *m_status;
};

}  // namespace cd
