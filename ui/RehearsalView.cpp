#include "RehearsalView.h"

#include "CallBar.h"
#include "DispositionDialog.h"
#include "Labels.h"
#include "Pii.h"
#include "RehearsalRepository.h"
#include "ScriptPanel.h"
#include "SimulatedEngine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcRehearsal, "collectdesk.rehearsal")

namespace cd {

using namespace rehearsal;

QLabel *makeTrainingBanner(QWidget *parent)
{
    auto *banner = new QLabel(
        QCoreApplication::translate("cd::RehearsalView",
                                    "DEMO / TRAINING — synthetic customers, simulated calls; nothing here "
                                    "reaches a server"),
        parent);
    banner->setObjectName(QStringLiteral("trainingBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("background:#b3261e;color:white;font-weight:bold;padding:4px;"));
    return banner;
}

// ---------------------------------------------------------------------------------------------

RehearsalScoreCard::RehearsalScoreCard(QWidget *parent) : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("rehearsalScoreCard"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_label);
}

void RehearsalScoreCard::setCard(const ScoreCard &card)
{
    if (card.isEmpty()) {
        m_label->clear();
        m_plain.clear();
        return;
    }
    const int total = card.total();
    const QString colour = total >= 80 ? QStringLiteral("#1b7f3b") : total >= 60 ? QStringLiteral("#8a6d00")
                                                                                  : QStringLiteral("#b3261e");
    QString html = QStringLiteral("<p style='font-size:16pt;font-weight:bold;color:%1'>%2</p><table cellspacing=4>")
                       .arg(colour, tr("Score: %1 / 100").arg(total).toHtmlEscaped());
    QStringList plain{tr("Score: %1 / 100").arg(total)};
    for (const CriterionScore &c : card.criteria) {
        QStringList why;
        for (const Explanation &e : c.why)
            why << Labels::rehearsalReason(e);
        const QString points = tr("%1 / %2").arg(c.points).arg(c.max);
        html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td valign=top align=right>%2</td>"
                               "<td valign=top>%3</td></tr>")
                    .arg(Labels::text(c.criterion).toHtmlEscaped(), points.toHtmlEscaped(),
                         why.join(QStringLiteral("<br>")).toHtmlEscaped().replace(QStringLiteral("&lt;br&gt;"),
                                                                                   QStringLiteral("<br>")));
        plain << QStringLiteral("%1 %2: %3").arg(Labels::text(c.criterion), points, why.join(QStringLiteral("; ")));
    }
    html += QStringLiteral("</table>");
    m_label->setText(html);
    m_plain = plain.join(QLatin1Char('\n'));
}

QString RehearsalScoreCard::plainText() const { return m_plain; }

// ---------------------------------------------------------------------------------------------

RehearsalView::RehearsalView(LocalStore &store, QList<script::Script> scripts, RehearsalOptions options,
                             QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_scripts(std::move(scripts)), m_options(std::move(options)),
      m_persona(new QComboBox(this)), m_customer(new QComboBox(this)), m_trainee(new QLineEdit(this)),
      m_start(new QPushButton(tr("&Start rehearsal"), this)), m_personaInfo(new QLabel(this)),
      m_customerInfo(new QLabel(this)), m_status(new QLabel(this)), m_chatArea(new QScrollArea(this)),
      m_chat(new QWidget), m_chatLayout(new QVBoxLayout(m_chat)), m_engine(new SimulatedEngine(1, this)),
      m_callBar(new CallBar(*m_engine, this)), m_script(new ScriptPanel(this)),
      m_scoreCard(new RehearsalScoreCard(this)), m_lineTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("rehearsalView"));
    setWindowTitle(tr("Rehearsal (training) — CollectDesk"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    if (auto p = builtInPersonas())
        m_personas = p.value();
    else
        qCWarning(lcRehearsal) << "personas unreadable:" << p.error().detail;
    if (auto l = lint::ComplianceLint::builtIn())
        m_lint = l.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_today = now.date();
    m_customers = scenarioCustomers(now);

    m_persona->setObjectName(QStringLiteral("rehearsalPersona"));
    for (const Persona &p : m_personas)
        m_persona->addItem(p.name.in(m_options.locale), p.key);
    m_customer->setObjectName(QStringLiteral("rehearsalCustomer"));
    for (const ScenarioCustomer &c : m_customers)
        m_customer->addItem(tr("%1 · %2 · overdue %3")
                                .arg(c.demo.customer.name, Labels::text(c.bucket), Labels::money(c.overdue)));
    m_trainee->setObjectName(QStringLiteral("rehearsalTrainee"));
    m_trainee->setText(m_options.trainee);
    m_start->setObjectName(QStringLiteral("rehearsalStart"));
    m_personaInfo->setWordWrap(true);
    m_personaInfo->setStyleSheet(QStringLiteral("color:#555;"));
    m_customerInfo->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("rehearsalStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Trainee:"), m_trainee);
    form->addRow(tr("Persona:"), m_persona);
    form->addRow(QString(), m_personaInfo);
    form->addRow(tr("Customer:"), m_customer);
    auto *setup = new QHBoxLayout;
    setup->addLayout(form, 1);
    setup->addWidget(m_start, 0, Qt::AlignBottom);

    m_chatArea->setObjectName(QStringLiteral("rehearsalChat"));
    m_chatArea->setWidgetResizable(true);
    m_chatArea->setWidget(m_chat);
    m_chat->setStyleSheet(QStringLiteral("background:#f4f5f7;"));
    m_chatLayout->addStretch(1);
    // The newest line stays in view: follow the range as bubbles are laid out.
    connect(m_chatArea->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this](int, int max) { m_chatArea->verticalScrollBar()->setValue(max); });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_customerInfo);
    leftLayout->addWidget(m_callBar);
    leftLayout->addWidget(m_chatArea, 3);
    // The score card takes the lower part of the chat's column as soon as the outcome is saved.
    m_scoreBox = new QScrollArea(this);
    m_scoreBox->setObjectName(QStringLiteral("rehearsalScoreBox"));
    m_scoreBox->setWidgetResizable(true);
    m_scoreBox->setWidget(m_scoreCard);
    m_scoreBox->setMinimumHeight(260);
    m_scoreBox->hide();
    leftLayout->addWidget(m_scoreBox, 2);
    leftLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_script);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 520});

    auto *root = new QVBoxLayout(this);
    root->addWidget(makeTrainingBanner(this));
    root->addLayout(setup);
    root->addWidget(split, 1);

    // A rehearsal is practice at any hour: the calling window does not apply to a synthetic
    // customer on a simulated line. The caps stay the production ones, so the call bar's counter
    // shows the trainee the real rule ("today 0/6"); each rehearsal starts with no history, so
    // they never stop the practice.
    compliance::Policy anyTime;
    anyTime.windowStart = QTime(0, 0);
    anyTime.windowEnd = compliance::Policy::endOfDay();
    m_callBar->setPolicy(anyTime);
    m_callBar->setEnabled(false);

    m_lineTimer->setSingleShot(true);
    connect(m_lineTimer, &QTimer::timeout, this, &RehearsalView::showNext);
    connect(m_start, &QPushButton::clicked, this, &RehearsalView::startFromPickers);
    auto describePersona = [this] {
        const Persona *p = findPersona(m_personas, m_persona->currentData().toString());
        m_personaInfo->setText(p ? p->description.in(m_options.locale) : QString());
    };
    connect(m_persona, &QComboBox::currentIndexChanged, this, describePersona);
    describePersona();
    connect(m_engine, &CallEngine::stateChanged, this, [this](CallEngine::CallState s) { onCallState(int(s)); });
    connect(m_callBar, &CallBar::attemptFinished, this, &RehearsalView::onAttemptFinished);
    connect(m_script, &ScriptPanel::walkChanged, this, &RehearsalView::onWalkChanged);
    connect(m_script, &ScriptPanel::thirdPartyToggled, this, &RehearsalView::onThirdPartyToggled);
    setStatus(tr("Pick a persona and a customer, then start. Dial when ready."));
    resize(1200, 800);
}

RehearsalView::~RehearsalView() = default;

void RehearsalView::setDelayScale(double scale)
{
    m_scale = qMax(0.0, scale);
    m_engine->setTimeScale(qMax(0.001, scale));
}

QString RehearsalView::statusText() const { return m_status->text(); }

void RehearsalView::setStatus(const QString &text) { m_status->setText(text); }

bool RehearsalView::startFromPickers()
{
    const quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
    return start(m_persona->currentData().toString(), m_customer->currentIndex(), seed);
}

bool RehearsalView::start(const QString &personaKey, int customerIndex, quint32 seed)
{
    if (m_engine->inCall() || m_dialog) {
        setStatus(tr("Finish the current call and its wrap-up first."));
        return false;
    }
    const Persona *persona = findPersona(m_personas, personaKey);
    if (!persona || customerIndex < 0 || customerIndex >= m_customers.size()) {
        setStatus(tr("Pick a persona and a customer."));
        return false;
    }
    m_scenario = m_customers.at(customerIndex);
    const std::optional<script::Script> chosen = script::choose(m_scripts, callContext(m_scenario, m_options.locale));
    if (!chosen) {
        setStatus(tr("No script fits this customer. Pick another customer."));
        return false;
    }
    m_persona->setCurrentIndex(m_persona->findData(personaKey));
    m_customer->setCurrentIndex(customerIndex);
    m_activePersona = *persona;
    m_simCustomer.emplace(*persona, seed, m_options.locale, m_scenario.overdue, m_today);
    m_queue.clear();
    m_lineTimer->stop();
    m_connected = false;
    m_asks = 0;
    clearChat();
    m_scoreCard->setCard({});
    m_scoreBox->hide();

    const Customer &c = m_scenario.demo.customer;
    m_session = Session{};
    m_session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_session.trainee = m_trainee->text().trimmed().isEmpty() ? m_options.trainee : m_trainee->text().trimmed();
    m_session.persona = personaKey;
    m_session.seed = seed;
    m_session.locale = m_options.locale;
    m_session.customerId = c.id;
    m_session.customerName = c.name;
    m_session.bucket = m_scenario.bucket;
    m_session.overdue = m_scenario.overdue;
    m_session.scriptId = chosen->id;
    m_session.scriptVersion = chosen->version;
    m_session.required = chosen->required;
    m_session.startedAt = QDateTime::currentDateTimeUtc();
    m_session.customerPromise = m_simCustomer->promise();
    addEvent(EventKind::Started, {}, personaKey, chosen->id);

    // The customer's own line only: who answers it is the persona's business.
    QList<Phone> phones;
    for (const Phone &p : m_scenario.demo.phones)
        if (p.relation == Relation::Self && phones.isEmpty())
            phones << p;
    if (phones.isEmpty() && !m_scenario.demo.phones.isEmpty())
        phones << m_scenario.demo.phones.first();
    for (const Phone &p : phones)
        m_engine->forceScenario(p.number, SimulatedEngine::Scenario::Answer);
    m_callBar->setCustomer(c, phones, {});
    m_callBar->setLocked(false);
    m_callBar->setEnabled(true);

    m_loading = true;  // the new walk is the starting point, not a move
    m_script->showWalk(*chosen, ScriptPanel::fieldsFor(c, m_scenario.demo.loans, m_today,
                                                         m_options.agentName, m_options.company));
    m_loading = false;
    const script::Walk &walk = m_script->walk();
    m_lastScriptId = walk.script().id;
    m_lastPath = walk.path();
    m_lastTicked = walk.tickedInOrder();
    m_lastRaised = walk.raised();
    m_customerInfo->setText(tr("<b>%1</b> · %2 · %3 days past due · overdue %4")
                                .arg(c.name.toHtmlEscaped(), Labels::text(m_scenario.bucket))
                                .arg(m_scenario.dpd)
                                .arg(Labels::money(m_scenario.overdue)));
    setStatus(tr("Scenario ready: %1. Dial the customer (F2).").arg(persona->name.in(m_options.locale)));
    return true;
}

void RehearsalView::onCallState(int state)
{
    if (!m_activePersona)
        return;
    switch (CallEngine::CallState(state)) {
    case CallEngine::CallState::Dialing:
        addEvent(EventKind::Dialled, m_script->walk().current() ? m_script->walk().current()->key : QString(), {},
                 pii::maskPhone(m_engine->remoteNumber()));
        break;
    case CallEngine::CallState::Connected:
        if (m_connected)
            break;  // back from hold
        m_connected = true;
        addEvent(EventKind::Connected);
        enqueue({m_simCustomer->greeting()}, QString());
        if (const script::Step *s = m_script->walk().current()) {
            sayStep(s->key);
            reactTo(s->key);
        }
        break;
    case CallEngine::CallState::Ended:
        if (m_connected)
            addEvent(EventKind::HungUp);
        m_connected = false;
        m_queue.clear();  // the customer says nothing more once the line is down
        m_lineTimer->stop();
        break;
    default:
        break;
    }
}

void RehearsalView::onWalkChanged()
{
    if (!m_activePersona || m_loading)
        return;
    const script::Walk &walk = m_script->walk();
    const QStringList path = walk.path();
    if (walk.script().id != m_lastScriptId) {
        // Another script (the third-party one, or back): the new walk starts from its own start.
        addEvent(EventKind::StepTaken, m_lastPath.isEmpty() ? QString() : m_lastPath.last(), {},
                 walk.current() ? walk.current()->key : QString());
        m_lastScriptId = walk.script().id;
        m_lastPath = path;
        m_lastTicked = walk.tickedInOrder();
        m_lastRaised = walk.raised();
        if (m_connected && !path.isEmpty()) {
            sayStep(path.last());
            reactTo(path.last());
        }
        return;
    }
    if (path.size() > m_lastPath.size() && path.mid(0, m_lastPath.size()) == m_lastPath) {
        // Forward: record the step left (and the answer that led on), then the customer reacts.
        for (int i = qMax(1, int(m_lastPath.size())); i < path.size(); ++i) {
            const QString from = path.at(i - 1), to = path.at(i);
            QString answer;
            if (const script::Step *s = walk.script().step(from))
                for (const script::Answer &a : s->answers)
                    if (a.next == to && answer.isEmpty())
                        answer = a.key;
            addEvent(EventKind::StepTaken, from, answer, to);
        }
        if (m_connected) {
            sayStep(path.last());
            reactTo(path.last());
        }
    } else if (path.size() < m_lastPath.size()) {
        addEvent(EventKind::StepBack, m_lastPath.last(), {}, path.isEmpty() ? QString() : path.last());
    } else if (path != m_lastPath) {
        // The walk jumped (an objection card resumed elsewhere): the customer reacts there.
        addEvent(EventKind::StepTaken, m_lastPath.isEmpty() ? QString() : m_lastPath.last(), {},
                 path.isEmpty() ? QString() : path.last());
        if (m_connected && !path.isEmpty()) {
            sayStep(path.last());
            reactTo(path.last());
        }
    }
    const QString here = walk.current() ? walk.current()->key : QString();
    const QList<script::Checkpoint> ticked = walk.tickedInOrder();
    for (script::Checkpoint c : ticked)
        if (!m_lastTicked.contains(c))
            addEvent(EventKind::Ticked, here, enumKey(c));
    for (script::Checkpoint c : m_lastTicked)
        if (!ticked.contains(c))
            addEvent(EventKind::Unticked, here, enumKey(c));
    const QList<script::Objection> raised = walk.raised();
    for (int i = int(m_lastRaised.size()); i < raised.size(); ++i)
        addEvent(EventKind::CardOpened, here, enumKey(raised.at(i)));
    m_lastPath = path;
    m_lastTicked = ticked;
    m_lastRaised = raised;
}

void RehearsalView::onThirdPartyToggled(bool on)
{
    if (!m_activePersona)
        return;
    script::CallContext ctx = callContext(m_scenario, m_options.locale);
    ctx.answerer = on ? script::Answerer::ThirdParty : script::Answerer::Debtor;
    const std::optional<script::Script> chosen = script::choose(m_scripts, ctx);
    if (!chosen)
        return;
    const Customer &c = m_scenario.demo.customer;
    m_script->showWalk(*chosen, ScriptPanel::fieldsFor(c, m_scenario.demo.loans, m_today, m_options.agentName,
                                                       m_options.company));
    m_script->setThirdParty(on);
}

void RehearsalView::sayStep(const QString &stepKey)
{
    // The trainee's side of the chat: the step they are saying or asking now.
    if (const script::Step *step = m_script->walk().script().step(stepKey))
        addBubble(step->title, Qt::AlignRight, QStringLiteral("background:#d7ecff;"));
}

void RehearsalView::reactTo(const QString &stepKey)
{
    const script::Step *step = m_script->walk().script().step(stepKey);
    if (!step || !m_simCustomer)
        return;
    const QList<Line> lines = m_simCustomer->onStep(*step, m_asks);
    if (step->kind == script::StepKind::Ask)
        ++m_asks;
    enqueue(lines, stepKey);
}

void RehearsalView::enqueue(const QList<Line> &lines, const QString &step)
{
    for (const Line &l : lines)
        m_queue << Pending{l, step};
    if (!m_lineTimer->isActive() && !m_queue.isEmpty())
        m_lineTimer->start(int(m_queue.first().line.delayMs * m_scale));
}

void RehearsalView::showNext()
{
    if (m_queue.isEmpty())
        return;
    const Pending p = m_queue.takeFirst();
    const Line &l = p.line;
    if (l.objection) {
        addEvent(EventKind::ObjectionRaised, p.step, enumKey(*l.objection), l.text);
        addBubble(l.text, Qt::AlignLeft, QStringLiteral("background:#fff1d6;border:1px solid #e0a030;"));
        setStatus(tr("The customer raises an objection. Open the matching card in the script panel."));
    } else {
        addEvent(EventKind::CustomerSaid, p.step, l.answerKey, l.text);
        addBubble(l.text, Qt::AlignLeft, QStringLiteral("background:white;border:1px solid #ccc;"));
    }
    if (l.promise && m_session.customerPromise) {
        addEvent(EventKind::Promised, p.step,
                 QString::number(m_session.customerPromise->amount),
                 m_session.customerPromise->date.toString(Qt::ISODate));
        setStatus(tr("The customer promised %1 by %2.")
                      .arg(Labels::money(m_session.customerPromise->amount),
                           QLocale().toString(m_session.customerPromise->date, QLocale::ShortFormat)));
    }
    if (!m_queue.isEmpty())
        m_lineTimer->start(int(m_queue.first().line.delayMs * m_scale));
}

void RehearsalView::addBubble(const QString &text, Qt::Alignment side, const QString &style)
{
    if (side == Qt::AlignLeft)
        m_bubbleTexts << text;
    auto *bubble = new QLabel(text, m_chat);
    bubble->setWordWrap(true);
    bubble->setTextFormat(Qt::PlainText);
    bubble->setMaximumWidth(420);
    bubble->setStyleSheet(QStringLiteral("QLabel{%1border-radius:8px;padding:6px 10px;}").arg(style));
    auto *row = new QHBoxLayout;
    if (side == Qt::AlignRight)
        row->addStretch(1);
    row->addWidget(bubble);
    if (side == Qt::AlignLeft)
        row->addStretch(1);
    m_chatLayout->insertLayout(m_chatLayout->count() - 1, row);
}

void RehearsalView::clearChat()
{
    m_bubbleTexts.clear();
    while (m_chatLayout->count() > 1) {
        QLayoutItem *item = m_chatLayout->takeAt(0);
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item;
    }
}

void RehearsalView::addEvent(EventKind kind, const QString &step, const QString &key, const QString &text)
{
    m_session.add(kind, QDateTime::currentDateTimeUtc(), step, key, text);
}

void RehearsalView::onAttemptFinished(const CallAttempt &attempt)
{
    if (!m_activePersona || m_dialog)
        return;
    m_dialog = new DispositionDialog(attempt, m_scenario.overdue, m_today, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &DispositionDialog::saveRequested, this, &RehearsalView::onSaveRequested);
    m_callBar->setLocked(true);
    m_dialog->open();
}

void RehearsalView::onSaveRequested()
{
    if (!m_dialog || !m_activePersona)
        return;
    const Disposition d = m_dialog->disposition();
    m_session.outcome = d.outcome;
    m_session.promiseAmount = d.outcome == Outcome::PromiseToPay ? d.promiseAmount : 0;
    m_session.promiseDate = d.outcome == Outcome::PromiseToPay ? d.promiseDate : QDate();
    m_session.note = d.note;
    addEvent(EventKind::Recorded, m_script->walk().current() ? m_script->walk().current()->key : QString(),
             enumKey(d.outcome), d.note);
    m_session.endedAt = QDateTime::currentDateTimeUtc();
    m_session.score = score(inputFor(m_session, *m_activePersona), m_lint);
    if (Result<void> r = RehearsalRepository(m_store).save(m_session); !r) {
        qCWarning(lcRehearsal) << "saving the rehearsal failed:" << r.error().detail;
        m_dialog->showError(tr("The session could not be saved: %1").arg(r.error().detail));
        return;
    }
    m_dialog->accept();
    m_dialog = nullptr;
    m_callBar->setLocked(false);
    m_callBar->setEnabled(false);
    m_scoreCard->setCard(m_session.score);
    m_scoreBox->show();
    setStatus(tr("Rehearsal saved. Score %1 / 100. Start another one or review it under Training.")
                  .arg(m_session.score.total()));
    m_activePersona.reset();
    Q_EMIT sessionFinished(m_session);
}

}  // namespace cd
