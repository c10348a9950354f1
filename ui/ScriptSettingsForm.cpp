#include "ScriptSettingsForm.h"

#include "Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cd {

namespace {

template <typename E> QList<E> allValues()
{
    const QMetaEnum m = QMetaEnum::fromType<E>();
    QList<E> out;
    for (int i = 0; i < m.keyCount(); ++i)
        out << static_cast<E>(m.value(i));
    return out;
}

/// A row of check boxes, one per enum value; an empty choice means "all" in a segment.
template <typename E> QHBoxLayout *checkRow(QWidget *parent, QList<QCheckBox *> &boxes, const QString &prefix)
{
    auto *row = new QHBoxLayout;
    for (E v : allValues<E>()) {
        auto *box = new QCheckBox(Labels::text(v), parent);
        box->setObjectName(prefix + enumKey(v));
        box->setProperty("value", int(v));
        row->addWidget(box);
        boxes << box;
    }
    row->addStretch(1);
    return row;
}

template <typename E> void setChecked(const QList<QCheckBox *> &boxes, const QList<E> &values)
{
    for (QCheckBox *b : boxes)
        b->setChecked(values.contains(E(b->property("value").toInt())));
}

template <typename E> QList<E> checked(const QList<QCheckBox *> &boxes)
{
    QList<E> out;
    for (QCheckBox *b : boxes)
        if (b->isChecked())
            out << E(b->property("value").toInt());
    return out;
}

}  // namespace

ScriptSettingsForm::ScriptSettingsForm(QWidget *parent)
    : QWidget(parent), m_id(new QLineEdit(this)), m_name(new QLineEdit(this)), m_version(new QLabel(this)),
      m_answerer(new QComboBox(this)), m_locale(new QComboBox(this)), m_start(new QComboBox(this)),
      m_required(new QListWidget(this))
{
    setObjectName(QStringLiteral("scriptSettingsForm"));
    m_id->setObjectName(QStringLiteral("scriptId"));
    m_id->setToolTip(tr("Stable across versions, e.g. m1-debtor-zh_CN. A new id starts a new script."));
    m_name->setObjectName(QStringLiteral("scriptName"));
    m_answerer->setObjectName(QStringLiteral("scriptAnswerer"));
    for (script::Answerer a : allValues<script::Answerer>())
        m_answerer->addItem(Labels::text(a), int(a));
    m_locale->setObjectName(QStringLiteral("scriptLocale"));
    m_locale->setEditable(true);
    m_locale->addItems({QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")});
    m_start->setObjectName(QStringLiteral("scriptStart"));
    m_required->setObjectName(QStringLiteral("requiredCheckpoints"));
    m_required->setToolTip(
        tr("Tick the checkpoints every call must pass; their order here is the order expected."));

    auto *segment = new QGroupBox(tr("Used for"), this);
    auto *segForm = new QFormLayout(segment);
    segForm->addRow(tr("Buckets:"), checkRow<Bucket>(segment, m_buckets, QStringLiteral("bucket_")));
    segForm->addRow(tr("Risk grades:"), checkRow<RiskGrade>(segment, m_grades, QStringLiteral("grade_")));
    segForm->addRow(tr("Promise:"),
                    checkRow<script::PromiseState>(segment, m_promises, QStringLiteral("promise_")));
    segForm->addRow(tr("Hold:"), checkRow<script::Hold>(segment, m_holds, QStringLiteral("hold_")));
    segForm->addRow(tr("Who answers:"), m_answerer);
    segForm->addRow(tr("Language:"), m_locale);
    segForm->addRow(new QLabel(tr("Nothing ticked in a row means the script is for all of them."), segment));

    auto *general = new QFormLayout;
    general->addRow(tr("Script id:"), m_id);
    general->addRow(tr("Name:"), m_name);
    general->addRow(tr("Version:"), m_version);
    general->addRow(tr("Start step:"), m_start);

    auto *up = new QPushButton(tr("Move up"), this);
    auto *down = new QPushButton(tr("Move down"), this);
    up->setObjectName(QStringLiteral("requiredUp"));
    down->setObjectName(QStringLiteral("requiredDown"));
    auto *requiredBox = new QGroupBox(tr("Required checkpoints, in order"), this);
    auto *requiredLayout = new QHBoxLayout(requiredBox);
    requiredLayout->addWidget(m_required, 1);
    auto *moves = new QVBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch(1);
    requiredLayout->addLayout(moves);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(segment);
    layout->addWidget(requiredBox, 1);

    connect(m_id, &QLineEdit::textEdited, this, &ScriptSettingsForm::emitChanged);
    connect(m_name, &QLineEdit::textEdited, this, &ScriptSettingsForm::emitChanged);
    connect(m_answerer, &QComboBox::currentIndexChanged, this, &ScriptSettingsForm::emitChanged);
    connect(m_locale, &QComboBox::currentTextChanged, this, &ScriptSettingsForm::emitChanged);
    connect(m_start, &QComboBox::currentIndexChanged, this, &ScriptSettingsForm::emitChanged);
    connect(m_required, &QListWidget::itemChanged, this, &ScriptSettingsForm::emitChanged);
    for (const auto *list : {&m_buckets, &m_grades, &m_promises, &m_holds})
        for (QCheckBox *b : *list)
            connect(b, &QCheckBox::toggled, this, &ScriptSettingsForm::emitChanged);
    connect(up, &QPushButton::clicked, this, [this] { moveRequired(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRequired(1); });
}

void ScriptSettingsForm::emitChanged()
{
    if (!m_loading)
        emit changed();
}

void ScriptSettingsForm::setScript(const script::Script &s)
{
    m_loading = true;
    m_id->setText(s.id);
    m_name->setText(s.name);
    m_version->setText(s.publishedAt.isValid() ? tr("%1 · published %2 by %3")
                                                     .arg(s.version)
                                                     .arg(s.publishedAt.toLocalTime().toString(
                                                              QStringLiteral("yyyy-MM-dd HH:mm")),
                                                          s.publishedBy)
                                               : tr("%1 · draft").arg(s.version));
    setChecked(m_buckets, s.segment.buckets);
    setChecked(m_grades, s.segment.grades);
    setChecked(m_promises, s.segment.promises);
    setChecked(m_holds, s.segment.holds);
    m_answerer->setCurrentIndex(m_answerer->findData(int(s.segment.answerer)));
    m_locale->setCurrentText(s.segment.locale);
    QStringList keys;
    for (const script::Step &st : s.steps)
        keys << st.key;
    setKeys(keys);
    m_start->setCurrentIndex(qMax(0, m_start->findData(s.start)));
    // Required ones first in their order, then the others unticked.
    m_required->clear();
    QList<script::Checkpoint> order = s.required;
    for (script::Checkpoint c : allValues<script::Checkpoint>())
        if (!order.contains(c))
            order << c;
    for (script::Checkpoint c : order) {
        auto *item = new QListWidgetItem(Labels::text(c), m_required);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(s.required.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

void ScriptSettingsForm::setKeys(const QStringList &keys)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString current = m_start->currentData().toString();
    m_start->clear();
    m_start->addItem(tr("(none)"), QString());
    for (const QString &k : keys)
        m_start->addItem(k, k);
    m_start->setCurrentIndex(qMax(0, m_start->findData(current)));
    m_loading = wasLoading;
}

void ScriptSettingsForm::apply(script::Script &s) const
{
    s.id = m_id->text().trimmed();
    s.name = m_name->text().trimmed();
    s.segment.buckets = checked<Bucket>(m_buckets);
    s.segment.grades = checked<RiskGrade>(m_grades);
    s.segment.promises = checked<script::PromiseState>(m_promises);
    s.segment.holds = checked<script::Hold>(m_holds);
    s.segment.answerer = script::Answerer(m_answerer->currentData().toInt());
    s.segment.locale = m_locale->currentText().trimmed();
    s.start = m_start->currentData().toString();
    s.required.clear();
    for (int i = 0; i < m_required->count(); ++i)
        if (m_required->item(i)->checkState() == Qt::Checked)
            s.required << script::Checkpoint(m_required->item(i)->data(Qt::UserRole).toInt());
}

void ScriptSettingsForm::setRequired(script::Checkpoint c, bool on)
{
    for (int i = 0; i < m_required->count(); ++i)
        if (m_required->item(i)->data(Qt::UserRole).toInt() == int(c))
            m_required->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void ScriptSettingsForm::moveRequired(int delta)
{
    const int row = m_required->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_required->count())
        return;
    QListWidgetItem *item = m_required->takeItem(row);
    m_required->insertItem(to, item);
    m_required->setCurrentRow(to);
    emitChanged();
}

}  // namespace cd
