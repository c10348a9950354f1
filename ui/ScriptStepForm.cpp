#include "ScriptStepForm.h"

#include "Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

namespace {

enum AnswerColumn { ColKey, ColLabel, ColNext, ColOutcome, ColCount };

template <typename E> QList<E> allValues()
{
    const QMetaEnum m = QMetaEnum::fromType<E>();
    QList<E> out;
    for (int i = 0; i < m.keyCount(); ++i)
        out << static_cast<E>(m.value(i));
    return out;
}

}  // namespace

ScriptStepForm::ScriptStepForm(QWidget *parent)
    : QWidget(parent), m_key(new QLineEdit(this)), m_kind(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_insertField(new QToolButton(this)), m_textMarks(new QLabel(this)),
      m_nextLabel(new QLabel(tr("Next step:"), this)), m_next(new QComboBox(this)),
      m_answersLabel(new QLabel(tr("Answers:"), this)), m_answers(new QTableWidget(0, ColCount, this)),
      m_addAnswer(new QPushButton(tr("Add answer"), this)),
      m_removeAnswer(new QPushButton(tr("Remove answer"), this))
{
    setObjectName(QStringLiteral("scriptStepForm"));
    m_key->setObjectName(QStringLiteral("stepKey"));
    m_key->setToolTip(tr("Unique within the script; other steps refer to it. Renaming updates them."));
    m_kind->setObjectName(QStringLiteral("stepKind"));
    for (script::StepKind k : allValues<script::StepKind>())
        m_kind->addItem(Labels::text(k), int(k));
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_insertField->setObjectName(QStringLiteral("insertMergeField"));
    m_insertField->setText(tr("Insert merge field"));
    m_insertField->setPopupMode(QToolButton::InstantPopup);
    auto *fields = new QMenu(m_insertField);
    for (const QString &f : script::knownMergeFields())
        fields->addAction(QStringLiteral("{%1}").arg(f), this, [this, f] { insertMergeField(f); });
    m_insertField->setMenu(fields);
    m_textMarks->setObjectName(QStringLiteral("stepTextMarks"));
    m_textMarks->setWordWrap(true);
    m_textMarks->setStyleSheet(QStringLiteral("color:#a31515"));
    m_textMarks->hide();
    m_next->setObjectName(QStringLiteral("stepNext"));

    m_answers->setObjectName(QStringLiteral("stepAnswers"));
    m_answers->setHorizontalHeaderLabels(
        {tr("Key"), tr("Label (what the agent clicks)"), tr("Next step"), tr("Suggested outcome")});
    m_answers->horizontalHeader()->setSectionResizeMode(ColLabel, QHeaderView::Stretch);
    m_answers->horizontalHeader()->setSectionResizeMode(ColNext, QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->setSectionResizeMode(ColOutcome, QHeaderView::ResizeToContents);
    m_answers->verticalHeader()->hide();
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setMinimumHeight(110);
    m_addAnswer->setObjectName(QStringLiteral("addAnswer"));
    m_removeAnswer->setObjectName(QStringLiteral("removeAnswer"));

    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Title:"), m_title);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(new QLabel(tr("Text:"), this));
    textRow->addStretch(1);
    textRow->addWidget(m_insertField);

    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_addAnswer);
    answerButtons->addWidget(m_removeAnswer);
    answerButtons->addStretch(1);

    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextLabel);
    nextRow->addWidget(m_next, 1);

    auto *checks = new QGridLayout;
    const QList<script::Checkpoint> cps = allValues<script::Checkpoint>();
    for (int i = 0; i < cps.size(); ++i) {
        auto *box = new QCheckBox(Labels::text(cps.at(i)), this);
        box->setObjectName(QStringLiteral("checkpoint_%1").arg(enumKey(cps.at(i))));
        box->setProperty("checkpoint", int(cps.at(i)));
        connect(box, &QCheckBox::toggled, this, &ScriptStepForm::emitChanged);
        checks->addWidget(box, i / 2, i % 2);
        m_checkpoints << box;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(textRow);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_textMarks);
    layout->addLayout(nextRow);
    layout->addWidget(m_answersLabel);
    layout->addWidget(m_answers, 1);
    layout->addLayout(answerButtons);
    layout->addWidget(new QLabel(tr("Checkpoints confirmed at this step:"), this));
    layout->addLayout(checks);

    connect(m_key, &QLineEdit::textEdited, this, &ScriptStepForm::emitChanged);
    connect(m_key, &QLineEdit::editingFinished, this, [this] {
        const QString now = m_key->text().trimmed();
        if (!m_loadedKey.isEmpty() && now != m_loadedKey && !now.isEmpty()) {
            const QString from = m_loadedKey;
            m_loadedKey = now;
            emit keyRenamed(from, now);
        }
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        onKindChanged();
        emitChanged();
    });
    connect(m_title, &QLineEdit::textEdited, this, &ScriptStepForm::emitChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        onTextChanged();
        emitChanged();
    });
    connect(m_next, &QComboBox::currentIndexChanged, this, &ScriptStepForm::emitChanged);
    connect(m_answers, &QTableWidget::itemChanged, this, &ScriptStepForm::emitChanged);
    connect(m_addAnswer, &QPushButton::clicked, this, [this] {
        addAnswerRow({});
        emitChanged();
    });
    connect(m_removeAnswer, &QPushButton::clicked, this, [this] {
        const int row = m_answers->currentRow();
        if (row < 0)
            return;
        m_answers->removeRow(row);
        emitChanged();
    });
    onKindChanged();
}

QCheckBox *ScriptStepForm::checkpointBox(script::Checkpoint c) const
{
    for (QCheckBox *box : m_checkpoints)
        if (script::Checkpoint(box->property("checkpoint").toInt()) == c)
            return box;
    return nullptr;
}

void ScriptStepForm::emitChanged()
{
    if (!m_loading)
        emit changed();
}

void ScriptStepForm::setStep(const script::Step &step, const QStringList &keys)
{
    m_loading = true;
    m_keys = keys;
    m_loadedKey = step.key;
    m_key->setText(step.key);
    m_kind->setCurrentIndex(m_kind->findData(int(step.kind)));
    m_title->setText(step.title);
    m_text->setPlainText(step.text);
    fillNextCombo(m_next, step.next);
    m_answers->setRowCount(0);
    for (const script::Answer &a : step.answers)
        addAnswerRow(a);
    for (QCheckBox *box : m_checkpoints)
        box->setChecked(step.checkpoints.contains(script::Checkpoint(box->property("checkpoint").toInt())));
    onKindChanged();
    onTextChanged();
    m_loading = false;
}

void ScriptStepForm::setKeys(const QStringList &keys)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_keys = keys;
    fillNextCombo(m_next, m_next->currentData().toString());
    for (int r = 0; r < m_answers->rowCount(); ++r)
        if (QComboBox *c = answerNextCombo(r))
            fillNextCombo(c, c->currentData().toString());
    m_loading = wasLoading;
}

void ScriptStepForm::setLint(const std::optional<lint::ComplianceLint> &lint, lint::Audience audience)
{
    m_lint = lint;
    m_audience = audience;
    onTextChanged();
}

script::Step ScriptStepForm::step() const
{
    script::Step s;
    s.key = m_key->text().trimmed();
    s.kind = script::StepKind(m_kind->currentData().toInt());
    s.title = m_title->text();
    s.text = m_text->toPlainText();
    if (s.kind == script::StepKind::Say)
        s.next = m_next->currentData().toString();
    if (s.kind == script::StepKind::Ask) {
        for (int r = 0; r < m_answers->rowCount(); ++r) {
            script::Answer a;
            a.key = m_answers->item(r, ColKey) ? m_answers->item(r, ColKey)->text().trimmed() : QString();
            a.label = m_answers->item(r, ColLabel) ? m_answers->item(r, ColLabel)->text() : QString();
            a.next = answerNextCombo(r)->currentData().toString();
            const QVariant outcome = answerOutcomeCombo(r)->currentData();
            if (outcome.isValid())
                a.suggests = Outcome(outcome.toInt());
            s.answers << a;
        }
    }
    for (QCheckBox *box : m_checkpoints)
        if (box->isChecked())
            s.checkpoints << script::Checkpoint(box->property("checkpoint").toInt());
    return s;
}

void ScriptStepForm::insertMergeField(const QString &field)
{
    m_text->textCursor().insertText(QStringLiteral("{%1}").arg(field));
    m_text->setFocus();
}

void ScriptStepForm::setNext(const QString &key)
{
    const int i = m_next->findData(key);
    if (i >= 0)
        m_next->setCurrentIndex(i);
}

void ScriptStepForm::setAnswer(int row, const script::Answer &answer)
{
    m_loading = true;
    while (m_answers->rowCount() <= row)
        addAnswerRow({});
    m_answers->item(row, ColKey)->setText(answer.key);
    m_answers->item(row, ColLabel)->setText(answer.label);
    fillNextCombo(answerNextCombo(row), answer.next);
    QComboBox *outcome = answerOutcomeCombo(row);
    outcome->setCurrentIndex(answer.suggests ? outcome->findData(int(*answer.suggests)) : 0);
    m_loading = false;
    emit changed();
}

void ScriptStepForm::onKindChanged()
{
    const auto kind = script::StepKind(m_kind->currentData().toInt());
    const bool say = kind == script::StepKind::Say;
    const bool ask = kind == script::StepKind::Ask;
    m_nextLabel->setVisible(say);
    m_next->setVisible(say);
    m_answersLabel->setVisible(ask);
    m_answers->setVisible(ask);
    m_addAnswer->setVisible(ask);
    m_removeAnswer->setVisible(ask);
}

// Lint findings and unknown merge fields are marked in the text itself, so the lead sees exactly
// which words to change; the list under the text names the rule.
void ScriptStepForm::onTextChanged()
{
    const QString text = m_text->toPlainText();
    QList<QTextEdit::ExtraSelection> selections;
    m_marks.clear();
    auto mark = [&](int start, int length, const QColor &bg, const QColor &fg) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(start);
        s.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        s.format.setBackground(bg);
        s.format.setForeground(fg);
        s.format.setFontUnderline(true);
        selections << s;
    };
    // The same pattern as core/ScriptGraph's: a field is one word in braces, either of its names.
    static const QRegularExpression field(QStringLiteral(R"(\{\s*([^{}\s]{1,24})\s*\})"));
    if (m_lint) {
        // Merge fields are blanked (same length, so spans stay) as validate() does: {欠款金额} is a
        // field, not wording.
        QString masked = text;
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            masked.replace(m.capturedStart(), m.capturedLength(),
                           QString(m.capturedLength(), QLatin1Char(' ')));
        }
        for (const lint::Finding &f : m_lint->check(masked, m_audience)) {
            mark(f.start, f.length, QColor(0xfd, 0xec, 0xea), QColor(0xa3, 0x15, 0x15));
            m_marks << tr("Compliance lint — %1: “%2”").arg(Labels::text(f.rule), f.text);
        }
    }
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!script::canonicalMergeField(m.captured(1)).isEmpty())
            continue;
        mark(int(m.capturedStart()), int(m.capturedLength()), QColor(0xfe, 0xf7, 0xe0),
             QColor(0x8a, 0x4b, 0x00));
        m_marks << tr("Unknown merge field: %1").arg(m.captured(0));
    }
    m_text->setExtraSelections(selections);
    m_textMarks->setText(m_marks.join(QLatin1Char('\n')));
    m_textMarks->setVisible(!m_marks.isEmpty());
}

void ScriptStepForm::fillNextCombo(QComboBox *combo, const QString &current) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const QString &k : m_keys)
        combo->addItem(k, k);
    // A step that no longer exists stays visible (and red) until the lead picks another one.
    if (!current.isEmpty() && !m_keys.contains(current)) {
        combo->addItem(tr("%1 (missing)").arg(current), current);
        combo->setItemData(combo->count() - 1, QColor(0xa3, 0x15, 0x15), Qt::ForegroundRole);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QComboBox *ScriptStepForm::answerNextCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_answers->cellWidget(row, ColNext));
}

QComboBox *ScriptStepForm::answerOutcomeCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_answers->cellWidget(row, ColOutcome));
}

void ScriptStepForm::addAnswerRow(const script::Answer &a)
{
    const QSignalBlocker block(m_answers);
    const int row = m_answers->rowCount();
    m_answers->insertRow(row);
    m_answers->setItem(row, ColKey, new QTableWidgetItem(a.key));
    m_answers->setItem(row, ColLabel, new QTableWidgetItem(a.label));
    auto *next = new QComboBox(m_answers);
    fillNextCombo(next, a.next);
    connect(next, &QComboBox::currentIndexChanged, this, &ScriptStepForm::emitChanged);
    m_answers->setCellWidget(row, ColNext, next);
    auto *outcome = new QComboBox(m_answers);
    outcome->addItem(tr("—"), QVariant());
    for (Outcome o : allValues<Outcome>())
        outcome->addItem(Labels::text(o), int(o));
    outcome->setCurrentIndex(a.suggests ? outcome->findData(int(*a.suggests)) : 0);
    connect(outcome, &QComboBox::currentIndexChanged, this, &ScriptStepForm::emitChanged);
    m_answers->setCellWidget(row, ColOutcome, outcome);
}

}  // namespace cd
