#include "ScriptObjectionsForm.h"

#include "Labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMetaEnum>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
enum Column { ColKind, ColTitle, ColReply, ColResume, ColCount };
}

ScriptObjectionsForm::ScriptObjectionsForm(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColCount, this))
{
    setObjectName(QStringLiteral("scriptObjectionsForm"));
    m_table->setObjectName(QStringLiteral("objectionCards"));
    m_table->setHorizontalHeaderLabels(
        {tr("Objection"), tr("Title"), tr("Suggested reply"), tr("Resume at")});
    m_table->horizontalHeader()->setSectionResizeMode(ColReply, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    auto *add = new QPushButton(tr("Add card"), this);
    auto *remove = new QPushButton(tr("Remove card"), this);
    add->setObjectName(QStringLiteral("addObjection"));
    remove->setObjectName(QStringLiteral("removeObjection"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &ScriptObjectionsForm::emitChanged);
    connect(add, &QPushButton::clicked, this, [this] { addCard({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emitChanged();
    });
}

void ScriptObjectionsForm::emitChanged()
{
    if (!m_loading)
        emit changed();
}

void ScriptObjectionsForm::setCards(const QList<script::ObjectionCard> &cards, const QStringList &keys)
{
    m_loading = true;
    m_keys = keys;
    m_table->setRowCount(0);
    for (const script::ObjectionCard &c : cards)
        addRow(c);
    m_loading = false;
}

void ScriptObjectionsForm::addCard(const script::ObjectionCard &card)
{
    m_loading = true;
    addRow(card);
    m_loading = false;
    emit changed();
}

void ScriptObjectionsForm::setKeys(const QStringList &keys)
{
    m_keys = keys;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto *resume = qobject_cast<QComboBox *>(m_table->cellWidget(r, ColResume));
        fillResume(resume, resume->currentData().toString());
    }
}

QList<script::ObjectionCard> ScriptObjectionsForm::cards() const
{
    QList<script::ObjectionCard> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        script::ObjectionCard c;
        c.kind = script::Objection(
            qobject_cast<QComboBox *>(m_table->cellWidget(r, ColKind))->currentData().toInt());
        c.title = m_table->item(r, ColTitle)->text();
        c.reply = m_table->item(r, ColReply)->text();
        c.resume = qobject_cast<QComboBox *>(m_table->cellWidget(r, ColResume))->currentData().toString();
        out << c;
    }
    return out;
}

void ScriptObjectionsForm::fillResume(QComboBox *combo, const QString &current) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("(stay where the call was)"), QString());
    for (const QString &k : m_keys)
        combo->addItem(k, k);
    if (!current.isEmpty() && !m_keys.contains(current))
        combo->addItem(tr("%1 (missing)").arg(current), current);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void ScriptObjectionsForm::addRow(const script::ObjectionCard &card)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    const QMetaEnum e = QMetaEnum::fromType<script::Objection>();
    for (int i = 0; i < e.keyCount(); ++i)
        kind->addItem(Labels::text(script::Objection(e.value(i))), e.value(i));
    kind->setCurrentIndex(qMax(0, kind->findData(int(card.kind))));
    connect(kind, &QComboBox::currentIndexChanged, this, &ScriptObjectionsForm::emitChanged);
    m_table->setCellWidget(row, ColKind, kind);
    m_table->setItem(row, ColTitle, new QTableWidgetItem(card.title));
    auto *reply = new QTableWidgetItem(card.reply);
    reply->setToolTip(card.reply);
    m_table->setItem(row, ColReply, reply);
    auto *resume = new QComboBox(m_table);
    fillResume(resume, card.resume);
    connect(resume, &QComboBox::currentIndexChanged, this, &ScriptObjectionsForm::emitChanged);
    m_table->setCellWidget(row, ColResume, resume);
}

}  // namespace cd
