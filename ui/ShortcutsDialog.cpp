#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("↑ / ↓"), tr("Move through the task queue (opens the task)")},
        {tr("Ctrl+N"), tr("Open the next task")},
        {QStringLiteral("F5"), tr("Refresh the queue")},
        {tr("Ctrl+1 … Ctrl+9"), tr("Choose the number to dial")},
        {QStringLiteral("F2"), tr("Dial")},
        {QStringLiteral("F3"), tr("Hang up")},
        {QStringLiteral("F4"), tr("Hold / resume")},
        {QStringLiteral("F6"), tr("Mute / unmute")},
        {QStringLiteral("F7"), tr("DTMF keypad (then type 0–9, *, #)")},
        {QStringLiteral("F8"), tr("Third party answered: switch to the no-disclosure script")},
        {tr("Alt+1 … Alt+9 (1 … 9 in the script)"), tr("Pick the customer's answer in the script")},
        {tr("Alt+←"), tr("Script: back one step")},
        {tr("Alt+Enter"), tr("Script: confirm this step's checkpoints")},
        {tr("Shift+F1 … Shift+F6"), tr("Open an objection card")},
        {QStringLiteral("F9"), tr("Answer an incoming call")},
        {QStringLiteral("Esc"), tr("Skip the task offered for automatic dialling")},
        {tr("1 … 9, A … D"), tr("Pick the call outcome in the wrap-up")},
        {QStringLiteral("Tab"), tr("Next field in the wrap-up")},
        {tr("Ctrl+Enter"), tr("Save the wrap-up")},
        {QStringLiteral("F1"), tr("This list")},
        {tr("Ctrl+Q"), tr("Quit")},
    };
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, table->columnWidth(0) + 24);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, table->verticalHeader()->length() + table->horizontalHeader()->height() + 90);
}

}  // namespace cd
