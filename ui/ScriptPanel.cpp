#include "ScriptPanel.h"

#include "Delinquency.h"
#include "Labels.h"
#include "Money.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {

constexpr script::Objection AllObjections[] = {script::Objection::NoMoneyNow, script::Objection::AlreadyPaid,
                                               script::Objection::Dispute,    script::Objection::Hardship,
                                               script::Objection::WrongPerson, script::Objection::Angry};

QString missingSpan(const QString &name)
{
    return QStringLiteral("<span style='background:#fdecea;color:#a31515'>{%1}</span>").arg(name.toHtmlEscaped());
}

}  // namespace

ScriptPanel::ScriptPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_thirdParty(new QPushButton(this)),
      m_stepTitle(new QLabel(this)), m_text(new QTextBrowser(this)), m_answersBox(new QWidget(this)),
      m_answers(new QGridLayout(m_answersBox)), m_back(new QPushButton(this)), m_checkpointsBox(new QFrame(this)),
      m_checkpoints(new QVBoxLayout(m_checkpointsBox)), m_confirm(new QPushButton(this)),
      m_cardsBox(new QWidget(this)), m_cardText(new QLabel(this))
{
    setObjectName(QStringLiteral("scriptPanel"));
    m_text->setObjectName(QStringLiteral("scriptText"));
    m_text->setOpenLinks(false);
    m_text->setMinimumHeight(80);
    m_title->setWordWrap(true);
    m_stepTitle->setObjectName(QStringLiteral("scriptStepTitle"));
    m_stepTitle->setWordWrap(true);
    m_thirdParty->setObjectName(QStringLiteral("thirdPartyButton"));
    m_thirdParty->setCheckable(true);
    m_thirdParty->setText(tr("Third party answered (F8)"));
    m_thirdParty->setToolTip(tr("Someone other than the customer answered: switch to the script that "
                                "discloses nothing about the debt."));
    m_thirdParty->setFocusPolicy(Qt::NoFocus);
    connect(new QShortcut(QKeySequence(Qt::Key_F8), this), &QShortcut::activated, m_thirdParty,
            &QPushButton::toggle);
    connect(m_thirdParty, &QPushButton::toggled, this, &ScriptPanel::thirdPartyToggled);

    m_answersBox->setObjectName(QStringLiteral("scriptAnswers"));
    m_answers->setContentsMargins(0, 0, 0, 0);
    m_answers->setSpacing(4);
    m_back->setObjectName(QStringLiteral("scriptBack"));
    m_back->setText(tr("← Back (Alt+←)"));
    m_back->setToolTip(tr("Back one step: you moved on too early."));
    m_back->setFocusPolicy(Qt::NoFocus);
    connect(m_back, &QPushButton::clicked, this, &ScriptPanel::goBack);

    m_checkpointsBox->setObjectName(QStringLiteral("scriptCheckpoints"));
    static_cast<QFrame *>(m_checkpointsBox)->setFrameShape(QFrame::StyledPanel);
    m_checkpoints->setContentsMargins(6, 4, 6, 4);
    m_checkpoints->setSpacing(1);
    m_confirm->setObjectName(QStringLiteral("scriptConfirmStep"));
    m_confirm->setText(tr("Confirm this step's checkpoints (Alt+Enter)"));
    m_confirm->setFocusPolicy(Qt::NoFocus);
    connect(m_confirm, &QPushButton::clicked, this, &ScriptPanel::confirmStep);

    m_cardsBox->setObjectName(QStringLiteral("scriptObjections"));
    auto *cards = new QGridLayout(m_cardsBox);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(4);
    for (int i = 0; i < int(std::size(AllObjections)); ++i) {
        const script::Objection kind = AllObjections[i];
        auto *b = new QPushButton(QStringLiteral("⇧F%1 %2").arg(i + 1).arg(Labels::text(kind)), m_cardsBox);
        b->setObjectName(QStringLiteral("objection") + enumKey(kind));
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolTip(tr("Objection card: %1 (Shift+F%2)").arg(Labels::text(kind)).arg(i + 1));
        connect(b, &QPushButton::clicked, this, [this, kind] { raiseObjection(kind); });
        cards->addWidget(b, i / 3, i % 3);
        m_cardButtons << b;
        auto *key = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key(Qt::Key_F1 + i)), this);
        connect(key, &QShortcut::activated, this, [this, kind] { raiseObjection(kind); });
    }
    m_cardText->setObjectName(QStringLiteral("scriptObjectionReply"));
    m_cardText->setWordWrap(true);
    m_cardText->setTextFormat(Qt::RichText);
    m_cardText->setStyleSheet(QStringLiteral("QLabel{background:#fff8e1;border:1px solid #f0c36d;padding:4px;}"));

    // Keys: digits while the panel has focus, Alt+digit anywhere in the window.
    for (int i = 1; i <= 9; ++i) {
        auto *local = new QShortcut(QKeySequence(Qt::Key(Qt::Key_0 + i)), this);
        local->setContext(Qt::WidgetWithChildrenShortcut);
        connect(local, &QShortcut::activated, this, [this, i] { chooseAnswer(i - 1); });
        auto *global = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)), this);
        connect(global, &QShortcut::activated, this, [this, i] { chooseAnswer(i - 1); });
    }
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this), &QShortcut::activated, this,
            &ScriptPanel::goBack);
    auto *backspace = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
    backspace->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backspace, &QShortcut::activated, this, &ScriptPanel::goBack);
    for (const QKeySequence &k : {QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &ScriptPanel::confirmStep);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_thirdParty);
    layout->addLayout(top);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_answersBox);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_confirm);
    layout->addLayout(nav);
    layout->addWidget(m_checkpointsBox);
    layout->addWidget(m_cardsBox);
    layout->addWidget(m_cardText);
    setFocusPolicy(Qt::StrongFocus);
    clear();
}

bool ScriptPanel::thirdParty() const { return m_thirdParty->isChecked(); }

void ScriptPanel::setThirdParty(bool on)
{
    const QSignalBlocker block(m_thirdParty);
    m_thirdParty->setChecked(on);
}

void ScriptPanel::clear()
{
    setThirdParty(false);
    m_hasScript = false;
    m_walk = script::Walk();
    m_card = nullptr;
    m_title->setText(tr("<b>Script</b>"));
    m_text->setHtml(QStringLiteral("<p style='color:#80868b'>%1</p>")
                        .arg(tr("The script appears when a customer is open.").toHtmlEscaped()));
    refresh();
    Q_EMIT walkChanged();
}

void ScriptPanel::showScript(const std::optional<script::Script> &script, const QHash<QString, QString> &fields)
{
    if (!script) {
        m_hasScript = false;
        m_walk = script::Walk();
        m_card = nullptr;
        m_title->setText(tr("<b>Script</b>"));
        m_text->setHtml(QStringLiteral("<p style='color:#a31515'>%1</p>")
                            .arg(tr("No script is available for this customer's segment. Follow the standard "
                                    "greeting and record the outcome.")
                                     .toHtmlEscaped()));
        refresh();
        Q_EMIT walkChanged();
        return;
    }
    showWalk(*script, fields);
}

void ScriptPanel::showWalk(const script::Script &script, const QHash<QString, QString> &fields)
{
    m_hasScript = true;
    m_fields = fields;
    m_walk = script::Walk(script);
    m_card = nullptr;
    m_title->setText(tr("<b>Script</b> · %1 (v%2)").arg(script.name.toHtmlEscaped()).arg(script.version));
    refresh();
    Q_EMIT walkChanged();
}

bool ScriptPanel::chooseAnswer(int index)
{
    const script::Step *step = m_walk.current();
    if (!m_hasScript || !step || index < 0)
        return false;
    bool moved = false;
    if (step->kind == script::StepKind::Say) {
        moved = index == 0 && m_walk.advance();
    } else if (step->kind == script::StepKind::Ask && index < step->answers.size()) {
        const script::Answer answer = step->answers.at(index);
        moved = m_walk.advance(answer.key);
        if (moved && answer.suggests)
            Q_EMIT outcomeSuggested(*answer.suggests);
    }
    if (!moved)
        return false;
    m_card = nullptr;
    refresh();
    Q_EMIT walkChanged();
    return true;
}

bool ScriptPanel::goBack()
{
    if (!m_hasScript || !m_walk.back())
        return false;
    m_card = nullptr;
    refresh();
    Q_EMIT walkChanged();
    return true;
}

const script::ObjectionCard *ScriptPanel::raiseObjection(script::Objection kind)
{
    if (!m_hasScript)
        return nullptr;
    m_card = m_walk.raise(kind);
    refresh();
    Q_EMIT walkChanged();
    return m_card;
}

void ScriptPanel::setTicked(script::Checkpoint c, bool on)
{
    if (!m_hasScript || m_walk.ticked(c) == on)
        return;
    if (on)
        m_walk.tick(c);
    else
        m_walk.untick(c);
    refresh();
    Q_EMIT walkChanged();
}

void ScriptPanel::confirmStep()
{
    const script::Step *step = m_walk.current();
    if (!m_hasScript || !step || step->checkpoints.isEmpty())
        return;
    bool changed = false;
    for (script::Checkpoint c : step->checkpoints) {
        if (!m_walk.ticked(c)) {
            m_walk.tick(c);
            changed = true;
        }
    }
    if (!changed)
        return;
    refresh();
    Q_EMIT walkChanged();
}

QString ScriptPanel::merged(const QString &text, QStringList *missing) const
{
    // Escape the field values, not the markers, so a missing field can be highlighted.
    QHash<QString, QString> escaped;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (!it.value().isEmpty())
            escaped.insert(it.key(), QStringLiteral("<b style='color:#174ea6'>%1</b>").arg(it.value().toHtmlEscaped()));
    const script::Rendered r = script::render(text.toHtmlEscaped(), escaped);
    QString html = r.text;
    for (const QString &name : r.missing) {
        html.replace(QLatin1Char('{') + name + QLatin1Char('}'), missingSpan(name));
        if (missing && !missing->contains(name))
            missing->append(name);
    }
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

void ScriptPanel::refresh()
{
    qDeleteAll(m_answerButtons);
    m_answerButtons.clear();
    m_missing.clear();
    const script::Step *step = m_hasScript ? m_walk.current() : nullptr;
    m_stepTitle->setVisible(step);
    m_answersBox->setVisible(step);
    m_back->setVisible(m_hasScript);
    m_back->setEnabled(m_walk.path().size() > 1);
    m_checkpointsBox->setVisible(m_hasScript);
    m_cardsBox->setVisible(m_hasScript);
    m_confirm->setVisible(m_hasScript);
    m_cardText->setVisible(m_hasScript && m_card);

    // Checkpoints: the script's required ones in order, then any other a step confirms.
    QList<script::Checkpoint> list;
    if (m_hasScript) {
        list = m_walk.script().required;
        for (const script::Step &s : m_walk.script().steps)
            for (script::Checkpoint c : s.checkpoints)
                if (!list.contains(c))
                    list << c;
    }
    const QList<script::Checkpoint> here = step ? step->checkpoints : QList<script::Checkpoint>{};
    for (auto it = m_checkBoxes.begin(); it != m_checkBoxes.end(); ++it)
        it.value()->setVisible(false);
    while (QLayoutItem *item = m_checkpoints->takeAt(0))
        delete item;  // widgets stay, re-added in order below
    auto *heading = m_checkpointsBox->findChild<QLabel *>(QStringLiteral("scriptCheckpointsHeading"));
    if (!heading) {
        heading = new QLabel(m_checkpointsBox);
        heading->setObjectName(QStringLiteral("scriptCheckpointsHeading"));
    }
    const int done = int(std::count_if(list.cbegin(), list.cend(), [this](script::Checkpoint c) { return m_walk.ticked(c); }));
    heading->setText(tr("<b>Checkpoints</b> %1/%2%3")
                         .arg(done)
                         .arg(list.size())
                         .arg(m_walk.requiredInOrder() ? QString()
                                                       : QStringLiteral(" <span style='color:#a31515'>%1</span>")
                                                             .arg(tr("(out of order)").toHtmlEscaped())));
    m_checkpoints->addWidget(heading);
    for (script::Checkpoint c : list) {
        QCheckBox *&box = m_checkBoxes[int(c)];
        if (!box) {
            box = new QCheckBox(m_checkpointsBox);
            box->setObjectName(QStringLiteral("checkpoint") + enumKey(c));
            box->setFocusPolicy(Qt::NoFocus);
            connect(box, &QCheckBox::toggled, this, [this, c](bool on) { setTicked(c, on); });
        }
        const bool atThisStep = here.contains(c);
        box->setText(atThisStep ? tr("%1  ← this step").arg(Labels::text(c)) : Labels::text(c));
        QFont f = box->font();
        f.setBold(atThisStep);
        box->setFont(f);
        {
            const QSignalBlocker block(box);
            box->setChecked(m_walk.ticked(c));
        }
        box->setVisible(true);
        m_checkpoints->addWidget(box);
    }
    m_confirm->setEnabled(std::any_of(here.cbegin(), here.cend(), [this](script::Checkpoint c) { return !m_walk.ticked(c); }));

    for (int i = 0; i < m_cardButtons.size(); ++i) {
        const script::Objection kind = AllObjections[i];
        bool has = false;
        if (m_hasScript)
            for (const script::ObjectionCard &c : m_walk.script().objections)
                has = has || c.kind == kind;
        m_cardButtons.at(i)->setEnabled(has);
        m_cardButtons.at(i)->setText(QStringLiteral("⇧F%1 %2").arg(i + 1).arg(Labels::text(kind)));
    }
    if (m_card) {
        m_cardText->setText(QStringLiteral("<b>%1</b><br>%2").arg(m_card->title.toHtmlEscaped(),
                                                                  merged(m_card->reply, &m_missing)));
    }

    if (!step)
        return;
    const int position = int(m_walk.path().size());
    m_stepTitle->setText(tr("<b>Step %1 · %2</b> <span style='color:#5f6368'>(%3)</span>")
                             .arg(position)
                             .arg(step->title.toHtmlEscaped(), Labels::text(step->kind)));
    m_text->setHtml(QStringLiteral("<p>%1</p>").arg(merged(step->text, &m_missing)));

    auto addButton = [this](const QString &text, int index) {
        auto *b = new QPushButton(text, m_answersBox);
        b->setObjectName(QStringLiteral("scriptAnswer%1").arg(index + 1));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, index] { chooseAnswer(index); });
        m_answers->addWidget(b, index / 2, index % 2);
        m_answerButtons << b;
    };
    switch (step->kind) {
    case script::StepKind::Say: addButton(tr("1  Continue"), 0); break;
    case script::StepKind::Ask:
        for (int i = 0; i < step->answers.size() && i < 9; ++i)
            addButton(QStringLiteral("%1  %2").arg(i + 1).arg(step->answers.at(i).label), i);
        break;
    case script::StepKind::End: {
        auto *b = new QPushButton(tr("End of the script: record the outcome"), m_answersBox);
        b->setEnabled(false);
        m_answers->addWidget(b, 0, 0, 1, 2);
        m_answerButtons << b;
        break;
    }
    }
}

QString ScriptPanel::plainText() const
{
    QStringList out;
    out << QTextDocumentFragment::fromHtml(m_title->text()).toPlainText();
    if (m_hasScript && m_walk.current())
        out << QTextDocumentFragment::fromHtml(m_stepTitle->text()).toPlainText();
    out << m_text->toPlainText();
    for (const QPushButton *b : m_answerButtons)
        out << b->text();
    if (m_card)
        out << QTextDocumentFragment::fromHtml(m_cardText->text()).toPlainText();
    return out.join(QLatin1Char('\n'));
}

QHash<QString, QString> ScriptPanel::fieldsFor(const Customer &c, const QList<Loan> &loans,
                                               const QDate &today, const QString &agentName,
                                               const QString &company)
{
    QHash<QString, QString> f;
    f.insert(QStringLiteral("姓名"), c.name);
    f.insert(QStringLiteral("称呼"), c.gender == Gender::Female ? tr("Ms.") : tr("Mr."));
    f.insert(QStringLiteral("坐席姓名"), agentName);
    f.insert(QStringLiteral("公司"), company);

    Fen overdue = 0, outstanding = 0;
    const Loan *worst = nullptr;
    int worstDpd = -1;
    for (const Loan &l : loans) {
        overdue += delinquency::overdueAmount(l.installments, today);
        outstanding += delinquency::outstandingBalance(l.installments);
        const int d = delinquency::daysPastDue(l.installments, today);
        if (d > worstDpd) {
            worstDpd = d;
            worst = &l;
        }
    }
    // Amounts without the currency sign: the scripts say "{欠款金额}元" / "{overdueAmount} yuan".
    f.insert(QStringLiteral("欠款金额"), formatFen(overdue));
    f.insert(QStringLiteral("待还总额"), formatFen(outstanding));
    f.insert(QStringLiteral("逾期天数"), QString::number(qMax(0, worstDpd)));
    if (worst) {
        f.insert(QStringLiteral("产品"), Labels::text(worst->product));
        f.insert(QStringLiteral("合同尾号"), worst->contractNo.right(4));
        const Installment *due = delinquency::oldestUnpaid(worst->installments, today);
        if (!due)
            due = delinquency::nextDue(worst->installments, today);
        if (due) {
            f.insert(QStringLiteral("到期日"), due->dueDate.toString(QStringLiteral("yyyy-MM-dd")));
            f.insert(QStringLiteral("本期应还"), formatFen(due->outstanding()));
        }
    }
    return f;
}

}  // namespace cd
