#include "ScriptEditor.h"

#include "Labels.h"
#include "Messages.h"
#include "ScriptObjectionsForm.h"
#include "ScriptPreview.h"
#include "ScriptSettingsForm.h"
#include "ScriptStepForm.h"
#include "SyncClient.h"
#include "SyncStatusWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMetaEnum>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr int ValidateDelayMs = 250;
const QString ObjectionPrefix = QStringLiteral("objection:");

template <typename E> std::optional<E> keyIn(const QString &text)
{
    // The problem's detail names enum values by key; the first one found is the one meant.
    const QMetaEnum m = QMetaEnum::fromType<E>();
    for (int i = 0; i < m.keyCount(); ++i)
        if (text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(m.key(i))))))
            return static_cast<E>(m.value(i));
    return std::nullopt;
}

script::Problem::Kind problemKind(const QString &key)
{
    for (int k = 0; k <= int(script::Problem::Kind::DuplicateAnswerKey); ++k)
        if (script::problemKey(script::Problem::Kind(k)) == key)
            return script::Problem::Kind(k);
    return script::Problem::Kind::LintFinding;
}

/// The translated specifics of a problem, read from its (English) detail.
QString specifics(const script::Problem &p)
{
    using K = script::Problem::Kind;
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    static const QRegularExpression field(QStringLiteral("\\{[^{}]+\\}"));
    switch (p.kind) {
    case K::MissingCheckpoint:
    case K::CheckpointOrder:
        if (const auto c = keyIn<script::Checkpoint>(p.detail))
            return Labels::text(*c);
        return {};
    case K::LintFinding: {
        const auto rule = keyIn<lint::Rule>(p.detail.section(QLatin1Char(':'), 0, 0));
        const QString match = quoted.match(p.detail).captured(1);
        return rule ? ScriptEditor::tr("%1: “%2”").arg(Labels::text(*rule), match) : match;
    }
    case K::UnknownMergeField:
    case K::ThirdPartyDisclosure: return field.match(p.detail).captured(0);
    case K::DanglingNext:
    case K::DuplicateStepKey:
    case K::DuplicateAnswerKey: return quoted.match(p.detail).captured(1);
    default: return {};
    }
}

}  // namespace

ScriptEditor::ScriptEditor(LocalStore &store, SyncClient *client, QWidget *parent)
    : QDialog(parent), m_store(store), m_client(client), m_chooser(new QComboBox(this)),
      m_tabs(new QTabWidget(this)), m_steps(new QListWidget(this)), m_stepForm(new ScriptStepForm(this)),
      m_settings(new ScriptSettingsForm(this)), m_objections(new ScriptObjectionsForm(this)),
      m_preview(new ScriptPreview(store, this)), m_problemList(new QListWidget(this)),
      m_status(new QLabel(this)), m_publish(new QPushButton(tr("Publish"), this)),
      m_validateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("scriptEditor"));
    setWindowTitle(tr("Script editor"));
    if (auto lint = lint::ComplianceLint::builtIn())
        m_lint = lint.value();

    m_chooser->setObjectName(QStringLiteral("scriptChooser"));
    m_chooser->setMinimumContentsLength(24);
    auto *newButton = new QPushButton(tr("New script"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    newButton->setObjectName(QStringLiteral("newScript"));
    duplicate->setObjectName(QStringLiteral("duplicateScript"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Script:"), this));
    top->addWidget(m_chooser, 1);
    top->addWidget(newButton);
    top->addWidget(duplicate);

    // Steps tab: the list (with add/remove/reorder) beside the selected step's form.
    m_steps->setObjectName(QStringLiteral("stepList"));
    auto *stepsPane = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsPane);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_steps, 1);
    auto *stepButtons = new QHBoxLayout;
    const QList<QPair<QString, QString>> buttons{{QStringLiteral("addStep"), tr("Add")},
                                                 {QStringLiteral("removeStep"), tr("Remove")},
                                                 {QStringLiteral("stepUp"), tr("Up")},
                                                 {QStringLiteral("stepDown"), tr("Down")}};
    for (const auto &[name, text] : buttons) {
        auto *b = new QPushButton(text, stepsPane);
        b->setObjectName(name);
        stepButtons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, name = name] {
            if (name == QLatin1String("addStep"))
                addStep();
            else if (name == QLatin1String("removeStep"))
                removeStep();
            else
                moveStep(name == QLatin1String("stepUp") ? -1 : 1);
        });
    }
    stepsLayout->addLayout(stepButtons);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setWidget(m_stepForm);
    auto *stepSplit = new QSplitter(Qt::Horizontal, this);
    stepSplit->addWidget(stepsPane);
    stepSplit->addWidget(formScroll);
    stepSplit->setStretchFactor(0, 1);
    stepSplit->setStretchFactor(1, 3);
    stepSplit->setSizes({240, 720});

    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setWidget(m_settings);
    m_tabs->setObjectName(QStringLiteral("scriptEditorTabs"));
    m_tabs->addTab(stepSplit, tr("Steps"));
    m_tabs->addTab(settingsScroll, tr("Segment and checkpoints"));
    m_tabs->addTab(m_objections, tr("Objection cards"));
    m_tabs->addTab(m_preview, tr("Preview"));

    m_problemList->setObjectName(QStringLiteral("scriptProblems"));
    m_problemList->setMaximumHeight(130);
    m_status->setObjectName(QStringLiteral("scriptEditorStatus"));
    m_status->setWordWrap(true);
    m_publish->setObjectName(QStringLiteral("publishScript"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_publish);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new QLabel(tr("Problems (click one to go to the step):"), this));
    layout->addWidget(m_problemList);
    layout->addLayout(bottom);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &ScriptEditor::validateNow);
    connect(m_chooser, &QComboBox::activated, this,
            [this](int i) { openScript(m_chooser->itemData(i).toString()); });
    connect(newButton, &QPushButton::clicked, this, &ScriptEditor::newScript);
    connect(duplicate, &QPushButton::clicked, this, &ScriptEditor::duplicateScript);
    connect(m_steps, &QListWidget::currentRowChanged, this, &ScriptEditor::onStepSelected);
    connect(m_stepForm, &ScriptStepForm::changed, this, &ScriptEditor::onStepChanged);
    connect(m_stepForm, &ScriptStepForm::keyRenamed, this, &ScriptEditor::onKeyRenamed);
    connect(m_settings, &ScriptSettingsForm::changed, this, &ScriptEditor::onFormChanged);
    connect(m_objections, &ScriptObjectionsForm::changed, this, &ScriptEditor::onFormChanged);
    connect(m_problemList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString where = item->data(Qt::UserRole).toString();
        if (where.startsWith(ObjectionPrefix))
            m_tabs->setCurrentWidget(m_objections);
        else if (!where.isEmpty() && selectStep(where))
            m_tabs->setCurrentIndex(0);
    });
    connect(m_publish, &QPushButton::clicked, this, &ScriptEditor::publish);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_client)
        connect(m_client, &SyncClient::stateChanged, this, &ScriptEditor::updatePublish);

    // Return confirms a field (a step key's rename); it must not press Add or Publish.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    resize(1180, 820);
    newScript();
}

ScriptEditor::~ScriptEditor() = default;

void ScriptEditor::setScripts(const QList<script::Script> &scripts)
{
    m_scripts = scripts;
    m_chooser->clear();
    for (const script::Script &s : scripts)
        m_chooser->addItem(tr("%1 (%2, v%3)").arg(s.name, s.id).arg(s.version), s.id);
    if (!scripts.isEmpty())
        openScript(scripts.first().id);
}

void ScriptEditor::setSpeaker(const QString &agentName, const QString &company)
{
    m_preview->setSpeaker(agentName, company);
}

bool ScriptEditor::openScript(const QString &id)
{
    for (const script::Script &s : std::as_const(m_scripts)) {
        if (s.id == id) {
            m_chooser->setCurrentIndex(m_chooser->findData(id));
            load(s);
            return true;
        }
    }
    return false;
}

void ScriptEditor::newScript()
{
    script::Script s;
    s.id = QStringLiteral("new-script");
    s.name = tr("New script");
    s.segment.locale = QStringLiteral("zh_CN");
    s.start = QStringLiteral("greet");
    script::Step greet;
    greet.key = QStringLiteral("greet");
    greet.title = tr("Greeting");
    greet.next = QStringLiteral("end");
    script::Step end;
    end.key = QStringLiteral("end");
    end.kind = script::StepKind::End;
    end.title = tr("Close");
    s.steps = {greet, end};
    s.required = {script::mandatoryCheckpoint(s.segment.answerer)};
    m_chooser->setCurrentIndex(-1);
    load(s);
}

void ScriptEditor::duplicateScript()
{
    script::Script s = m_script;
    s.id += QStringLiteral("-copy");
    s.name = tr("%1 (copy)").arg(s.name);
    s.version = 1;
    s.publishedAt = {};
    s.publishedBy.clear();
    m_chooser->setCurrentIndex(-1);
    load(s);
}

void ScriptEditor::load(const script::Script &s)
{
    m_loading = true;
    m_script = s;
    m_settings->setScript(s);
    m_objections->setCards(s.objections, keys());
    m_currentStep = -1;
    refreshStepList();
    m_loading = false;
    updateLintAudience();
    {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(s.steps.isEmpty() ? -1 : 0);
    }
    onStepSelected(m_steps->currentRow());
    setStatus({}, false);
    validateNow();
}

QStringList ScriptEditor::keys() const
{
    QStringList out;
    for (const script::Step &s : m_script.steps)
        out << s.key;
    return out;
}

QString ScriptEditor::uniqueKey(const QString &base) const
{
    const QStringList used = keys();
    for (int n = 1;; ++n) {
        const QString k = QStringLiteral("%1%2").arg(base).arg(n);
        if (!used.contains(k))
            return k;
    }
}

void ScriptEditor::refreshStepList()
{
    const QSignalBlocker block(m_steps);
    const int row = m_steps->currentRow();
    m_steps->clear();
    for (const script::Step &s : std::as_const(m_script.steps)) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 — %3")
                .arg(Labels::text(s.kind), s.key, s.title.isEmpty() ? tr("(no title)") : s.title),
            m_steps);
        item->setData(Qt::UserRole, s.key);
    }
    m_steps->setCurrentRow(qMin(row, m_steps->count() - 1));
}

void ScriptEditor::refreshKeys()
{
    const QStringList k = keys();
    m_stepForm->setKeys(k);
    m_settings->setKeys(k);
    m_objections->setKeys(k);
}

void ScriptEditor::onStepSelected(int row)
{
    if (m_currentStep >= 0 && m_currentStep < m_script.steps.size() && !m_loading)
        m_script.steps[m_currentStep] = m_stepForm->step();
    m_currentStep = row;
    m_stepForm->setEnabled(row >= 0 && row < m_script.steps.size());
    if (row >= 0 && row < m_script.steps.size())
        m_stepForm->setStep(m_script.steps.at(row), keys());
    else
        m_stepForm->setStep({}, keys());
}

void ScriptEditor::onStepChanged()
{
    if (m_loading || m_currentStep < 0 || m_currentStep >= m_script.steps.size())
        return;
    m_script.steps[m_currentStep] = m_stepForm->step();
    if (QListWidgetItem *item = m_steps->item(m_currentStep)) {
        const script::Step &s = m_script.steps.at(m_currentStep);
        item->setText(tr("%1 · %2 — %3")
                          .arg(Labels::text(s.kind), s.key, s.title.isEmpty() ? tr("(no title)") : s.title));
        item->setData(Qt::UserRole, s.key);
    }
    m_validateTimer->start();
}

// Renaming a step renames what points at it, so a rename never leaves dangling references.
void ScriptEditor::onKeyRenamed(const QString &from, const QString &to)
{
    for (script::Step &s : m_script.steps) {
        if (s.next == from)
            s.next = to;
        for (script::Answer &a : s.answers)
            if (a.next == from)
                a.next = to;
    }
    if (m_script.start == from)
        m_script.start = to;
    for (script::ObjectionCard &c : m_script.objections)
        if (c.resume == from)
            c.resume = to;
    m_loading = true;
    m_settings->setScript(m_script);
    m_objections->setCards(m_script.objections, keys());
    if (m_currentStep >= 0)
        m_stepForm->setStep(m_script.steps.at(m_currentStep), keys());
    m_loading = false;
    m_validateTimer->start();
}

void ScriptEditor::onFormChanged()
{
    if (m_loading)
        return;
    m_settings->apply(m_script);
    m_script.objections = m_objections->cards();
    updateLintAudience();
    m_validateTimer->start();
}

void ScriptEditor::updateLintAudience()
{
    m_stepForm->setLint(m_lint,
                        m_script.segment.answerer == script::Answerer::ThirdParty ? lint::Audience::ThirdParty
                                                                                  : lint::Audience::Debtor);
}

void ScriptEditor::addStep()
{
    script::Step s;
    s.key = uniqueKey(QStringLiteral("step"));
    s.title = tr("New step");
    const int at = m_currentStep < 0 ? int(m_script.steps.size()) : m_currentStep + 1;
    onStepSelected(-1);  // keeps the edits of the step being left
    m_script.steps.insert(at, s);
    refreshStepList();
    refreshKeys();
    m_steps->setCurrentRow(at);
    m_validateTimer->start();
}

void ScriptEditor::removeStep()
{
    const int row = m_currentStep;
    if (row < 0 || row >= m_script.steps.size())
        return;
    m_currentStep = -1;  // the form's content goes with the step
    m_script.steps.removeAt(row);
    refreshStepList();
    refreshKeys();
    m_settings->apply(m_script);
    const int next = qMin(row, int(m_script.steps.size()) - 1);
    m_steps->setCurrentRow(next);
    onStepSelected(next);
    m_validateTimer->start();
}

void ScriptEditor::moveStep(int delta)
{
    const int row = m_currentStep;
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_script.steps.size())
        return;
    onStepSelected(-1);
    m_script.steps.move(row, to);
    refreshStepList();
    m_steps->setCurrentRow(to);
    onStepSelected(to);
    m_validateTimer->start();
}

bool ScriptEditor::selectStep(const QString &key)
{
    for (int i = 0; i < m_script.steps.size(); ++i) {
        if (m_script.steps.at(i).key == key) {
            m_steps->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString ScriptEditor::selectedStep() const
{
    return m_currentStep >= 0 && m_currentStep < m_script.steps.size() ? m_script.steps.at(m_currentStep).key
                                                                       : QString();
}

void ScriptEditor::validateNow()
{
    m_validateTimer->stop();
    m_problems = script::validate(m_script);
    m_problemList->clear();
    for (const script::Problem &p : std::as_const(m_problems)) {
        QString where;
        if (p.step.startsWith(ObjectionPrefix)) {
            const auto kind = keyIn<script::Objection>(p.step.mid(ObjectionPrefix.size()));
            where = tr("Objection card “%1”").arg(kind ? Labels::text(*kind) : p.step);
        } else if (!p.step.isEmpty()) {
            where = tr("Step %1").arg(p.step);
        } else {
            where = tr("Script");
        }
        const QString detail = specifics(p);
        auto *item =
            new QListWidgetItem(detail.isEmpty() ? tr("%1: %2").arg(where, Labels::text(p.kind))
                                                 : tr("%1: %2 — %3").arg(where, Labels::text(p.kind), detail),
                                m_problemList);
        item->setData(Qt::UserRole, p.step);
        item->setToolTip(p.detail);
        item->setForeground(QColor(0xa3, 0x15, 0x15));
    }
    if (m_problems.isEmpty()) {
        auto *ok = new QListWidgetItem(tr("No problems found."), m_problemList);
        ok->setFlags(Qt::ItemIsEnabled);
        ok->setForeground(QColor(0x18, 0x80, 0x38));
    }
    m_preview->setScript(m_script);
    updatePublish();
}

QStringList ScriptEditor::problemTexts() const
{
    QStringList out;
    if (m_problems.isEmpty())
        return out;
    for (int i = 0; i < m_problemList->count(); ++i)
        out << m_problemList->item(i)->text();
    return out;
}

bool ScriptEditor::canPublish() const
{
    return m_problems.isEmpty() && !m_validateTimer->isActive() && !m_publishing && m_client
        && m_client->state() == SyncClient::State::Online;
}

void ScriptEditor::updatePublish()
{
    m_publish->setEnabled(canPublish());
    if (!m_problems.isEmpty())
        m_publish->setToolTip(tr("Fix the problems listed below first."));
    else if (!m_client || m_client->state() != SyncClient::State::Online)
        m_publish->setToolTip(tr("Publishing needs the server: wait until the status bar says online."));
    else
        m_publish->setToolTip(tr("Publish as version %1 for every agent.").arg(m_script.version + 1));
}

QJsonObject ScriptEditor::publishBody(const script::Script &s)
{
    return {{QStringLiteral("script"), script::toJson(s)}};
}

void ScriptEditor::publish()
{
    if (m_validateTimer->isActive())
        validateNow();
    if (!canPublish())
        return;
    m_publishing = true;
    updatePublish();
    setStatus(tr("Publishing…"), false);
    m_client->request(proto::msg::ScriptPublish, publishBody(m_script), this,
                      [this](const proto::Envelope &response, bool offline) {
                          m_publishing = false;
                          showPublishAnswer(response, offline);
                          updatePublish();
                      });
}

void ScriptEditor::showPublishAnswer(const proto::Envelope &response, bool offline)
{
    if (offline) {
        setStatus(tr("Not connected to the server: the script was not published. Try again when online."),
                  true);
        return;
    }
    if (!response.ok()) {
        // The server lists what it found, in the shape validate() uses (kind, step, detail).
        QStringList lines;
        for (const QJsonValue &v : response.body.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject o = v.toObject();
            script::Problem p{problemKind(o.value(QStringLiteral("kind")).toString()),
                              o.value(QStringLiteral("step")).toString(),
                              o.value(QStringLiteral("detail")).toString()};
            const QString detail = specifics(p);
            lines << (detail.isEmpty() ? Labels::text(p.kind)
                                       : tr("%1 — %2").arg(Labels::text(p.kind), detail));
        }
        const QString reason = response.status == proto::StatusCode::LintBlocked
            ? tr("the compliance lint flags the wording")
            : response.status == proto::StatusCode::Forbidden
            ? tr("only leads, trainers and admins may publish scripts")
            : SyncStatusWidget::reasonFor(response.status);
        setStatus(lines.isEmpty()
                      ? tr("The server refused the script: %1").arg(reason)
                      : tr("The server refused the script (%1): %2").arg(reason, lines.join(tr("; "))),
                  true);
        return;
    }
    const int version = response.body.value(QStringLiteral("version")).toInt();
    const QString id = response.body.value(QStringLiteral("id")).toString(m_script.id);
    m_script.version = version;
    m_script.publishedAt = QDateTime::currentDateTimeUtc();
    if (m_client)
        m_script.publishedBy = m_client->user().value(QStringLiteral("username")).toString();
    bool known = false;
    for (script::Script &s : m_scripts) {
        if (s.id == id) {
            s = m_script;
            known = true;
        }
    }
    if (!known) {
        m_scripts << m_script;
        m_chooser->addItem(QString(), id);
    }
    const int row = m_chooser->findData(id);
    m_chooser->setItemText(row, tr("%1 (%2, v%3)").arg(m_script.name, id).arg(version));
    m_chooser->setCurrentIndex(row);
    m_loading = true;
    m_settings->setScript(m_script);
    m_loading = false;
    setStatus(tr("Published “%1” as version %2.").arg(m_script.name).arg(version), false);
    emit published(id, version);
}

void ScriptEditor::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#a31515") : QStringLiteral("color:#188038"));
}

QString ScriptEditor::statusText() const { return m_status->text(); }

}  // namespace cd
