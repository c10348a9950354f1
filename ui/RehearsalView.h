#pragma once
// The trainers' rehearsal window (培训演练, demo mode only): pick a persona and a synthetic customer,
// start; the simulated customer's lines appear as chat bubbles with timing while the trainee dials on a
// simulated phone, walks the script panel, handles objections and records the outcome with the normal
// wrap-up dialog. The score card appears as soon as the outcome is saved, and the session (every event)
// is stored for the trainer's review (RehearsalReview). Owned by MainWindow; borrows the store.
#include "DispositionDialog.h"
#include "Rehearsal.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace cd {

class CallBar;
class LocalStore;
class ScriptPanel;
class SimulatedEngine;

/// The permanent "DEMO / 培训" banner of demo mode (main window and training windows alike).
QLabel *makeTrainingBanner(QWidget *parent);

/// A score card: total, then one row per criterion with its points and the reasons.
class RehearsalScoreCard : public QWidget
{
    Q_OBJECT
public:
    explicit RehearsalScoreCard(QWidget *parent = nullptr);
    void setCard(const rehearsal::ScoreCard &card);
    /// The card as shown (plain text), for tests.
    QString plainText() const;

private:
    QLabel *m_label;
    QString m_plain;
};

struct RehearsalOptions {
    QString trainee = QStringLiteral("demo");
    QString agentName;  ///< the name the script says
    QString company;
    QString locale = QStringLiteral("zh_CN");
};

class RehearsalView : public QWidget
{
    Q_OBJECT
public:
    RehearsalView(LocalStore &store, QList<script::Script> scripts, RehearsalOptions options,
                  QWidget *parent = nullptr);
    ~RehearsalView() override;

    /// Scales every delay (customer lines, rings); 0 shows lines on the next event-loop turn (tests).
    void setDelayScale(double scale);

    /// Starts a scenario (what the Start button does with the pickers' choice). False, with the reason
    /// in the status line, when the persona is unknown or no script fits the customer.
    bool start(const QString &personaKey, int customerIndex, quint32 seed);
    bool startFromPickers();

    QComboBox *personaPicker() const { return m_persona; }
    QComboBox *customerPicker() const { return m_customer; }
    CallBar *callBar() const { return m_callBar; }
    ScriptPanel *scriptPanel() const { return m_script; }
    SimulatedEngine *engine() const { return m_engine; }
    DispositionDialog *pendingDisposition() const { return m_dialog; }
    RehearsalScoreCard *scoreCard() const { return m_scoreCard; }
    /// The running (or last) session.
    const rehearsal::Session &session() const { return m_session; }
    /// The customer's lines shown so far, in order.
    QStringList bubbles() const { return m_bubbleTexts; }
    /// Lines still waiting for their delay.
    int pendingLines() const { return int(m_queue.size()); }
    QString statusText() const;

Q_SIGNALS:
    /// The outcome was recorded, scored and stored.
    void sessionFinished(const cd::rehearsal::Session &session);

private:
    struct Pending {
        rehearsal::Line line;
        QString step;
    };

    void onCallState(int state);
    void onAttemptFinished(const CallAttempt &attempt);
    void onSaveRequested();
    void onWalkChanged();
    void onThirdPartyToggled(bool on);
    void reactTo(const QString &stepKey);
    void sayStep(const QString &stepKey);
    void enqueue(const QList<rehearsal::Line> &lines, const QString &step);
    void showNext();
    void addBubble(const QString &text, Qt::Alignment side, const QString &style);
    void addEvent(rehearsal::EventKind kind, const QString &step = {}, const QString &key = {},
                  const QString &text = {});
    void setStatus(const QString &text);
    void clearChat();

    LocalStore &m_store;
    QList<script::Script> m_scripts;
    RehearsalOptions m_options;
    QList<rehearsal::Persona> m_personas;
    QList<rehearsal::ScenarioCustomer> m_customers;
    lint::ComplianceLint m_lint;
    double m_scale = 1.0;

    QComboBox *m_persona;
    QComboBox *m_customer;
    QLineEdit *m_trainee;
    QPushButton *m_start;
    QLabel *m_personaInfo;
    QLabel *m_customerInfo;
    QLabel *m_status;
    QScrollArea *m_chatArea;
    QWidget *m_chat;
    QVBoxLayout *m_chatLayout;
    SimulatedEngine *m_engine;
    CallBar *m_callBar;
    ScriptPanel *m_script;
    RehearsalScoreCard *m_scoreCard;
    QScrollArea *m_scoreBox;
    QTimer *m_lineTimer;
    QPointer<DispositionDialog> m_dialog;

    rehearsal::Session m_session;
    std::optional<rehearsal::Persona> m_activePersona;
    std::optional<rehearsal::SimulatedCustomer> m_simCustomer;
    rehearsal::ScenarioCustomer m_scenario;
    QList<Pending> m_queue;
    QStringList m_bubbleTexts;
    bool m_connected = false;
    bool m_loading = false;
    int m_asks = 0;
    // The walk as last seen, to turn the panel's changes into session events.
    QString m_lastScriptId;
    QStringList m_lastPath;
    QList<script::Checkpoint> m_lastTicked;
    QList<script::Objection> m_lastRaised;
    QDate m_today;
};

}  // namespace cd
