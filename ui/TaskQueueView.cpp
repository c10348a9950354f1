#include "TaskQueueView.h"

#include "DisplayDelegate.h"
#include "Labels.h"
#include "TaskQueueModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
template <typename E>
void fillEnumCombo(QComboBox *box, std::initializer_list<E> values, const QString &allText)
{
    box->addItem(allText, QVariant());
    for (E v : values)
        box->addItem(Labels::text(v), QVariant::fromValue(v));
}
}  // namespace

TaskQueueView::TaskQueueView(TaskQueueModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_bucket(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_status(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("taskQueue"));
    m_model.setHeaderLabels({tr("Priority"), tr("Customer"), tr("Bucket"), tr("DPD"), tr("Overdue"),
                             tr("Task"), tr("Why"), tr("Due"), tr("Attempts"), tr("Status")});

    fillEnumCombo(m_bucket, {Bucket::M0, Bucket::M1, Bucket::M2, Bucket::M3, Bucket::M4Plus},
                  tr("All buckets"));
    fillEnumCombo(m_kind,
                  {TaskKind::Callback, TaskKind::PromiseFollowUp, TaskKind::BrokenPromise,
                   TaskKind::Collection, TaskKind::Reminder},
                  tr("All tasks"));
    fillEnumCombo(m_status, {TaskStatus::Open, TaskStatus::Deferred, TaskStatus::Done}, tr("Any status"));
    m_status->setCurrentIndex(1);  // Open
    m_bucket->setObjectName(QStringLiteral("bucketFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_bucket->setToolTip(tr("Filter by bucket"));
    m_kind->setToolTip(tr("Filter by task kind"));
    m_status->setToolTip(tr("Filter by status"));

    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSortIndicator(TaskQueueModel::Priority, Qt::DescendingOrder);
    m_table->setItemDelegate(new DisplayDelegate(DisplayDelegate::Kind::Auto, m_table));
    m_table->setItemDelegateForColumn(TaskQueueModel::Overdue,
                                      new DisplayDelegate(DisplayDelegate::Kind::Money, m_table));
    // The priority score is for ordering; agents read the reasons instead.
    m_table->setColumnHidden(TaskQueueModel::Priority, true);
    m_table->setColumnHidden(TaskQueueModel::Status, true);
    m_table->setColumnHidden(TaskQueueModel::Due, true);
    // The first reason already names the kind (callback due, promise due today...); the kind stays
    // available as a filter and as a column the agent can sort by from the header menu.
    m_table->setColumnHidden(TaskQueueModel::Kind, true);
    m_table->setColumnWidth(TaskQueueModel::CustomerName, 72);
    m_table->setColumnWidth(TaskQueueModel::Bucket, 56);
    m_table->setColumnWidth(TaskQueueModel::Dpd, 64);
    m_table->setColumnWidth(TaskQueueModel::Overdue, 96);
    m_table->setColumnWidth(TaskQueueModel::Kind, 80);
    m_table->horizontalHeader()->setSectionResizeMode(TaskQueueModel::Reasons, QHeaderView::Stretch);
    m_table->horizontalHeader()->moveSection(TaskQueueModel::Attempts, TaskQueueModel::Kind);
    m_table->setColumnWidth(TaskQueueModel::Attempts, 56);
    m_table->setTabKeyNavigation(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_bucket);
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    auto *title = new QLabel(tr("<b>Task queue</b>"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(head);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    for (QComboBox *box : {m_bucket, m_kind, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &TaskQueueView::onFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaskQueueView::onCurrentRowChanged);
    connect(&m_model, &TaskQueueModel::modelReset, this, &TaskQueueView::updateCount);
    updateCount();
}

qint64 TaskQueueView::currentTaskId() const
{
    const QModelIndex idx = m_table->currentIndex();
    return idx.isValid() ? m_model.taskIdAt(idx.row()) : 0;
}

bool TaskQueueView::selectTask(qint64 taskId)
{
    const int row = m_model.rowOfTask(taskId);
    if (row < 0)
        return false;
    const QModelIndex idx = m_model.index(row, TaskQueueModel::CustomerName);
    m_table->setCurrentIndex(idx);
    m_table->scrollTo(idx);
    m_table->selectRow(row);
    if (m_lastTask != taskId)  // setCurrentIndex on the same row emits nothing
        onCurrentRowChanged();
    return true;
}

bool TaskQueueView::selectFirst()
{
    if (m_model.rowCount() == 0) {
        m_lastTask = 0;
        Q_EMIT queueEmptied();
        return false;
    }
    return selectTask(m_model.taskIdAt(0));
}

void TaskQueueView::refresh()
{
    const qint64 keep = currentTaskId();
    m_model.refresh();
    m_lastTask = 0;
    if (!(keep && selectTask(keep)))
        selectFirst();
}

void TaskQueueView::refreshWithoutOpening(qint64 keepTask)
{
    m_model.refresh();
    if (m_model.rowCount() == 0) {
        Q_EMIT queueEmptied();
        return;
    }
    const int kept = keepTask ? m_model.rowOfTask(keepTask) : -1;
    const int row = kept >= 0 ? kept : 0;
    const QSignalBlocker block(m_table->selectionModel());
    m_table->setCurrentIndex(m_model.index(row, TaskQueueModel::CustomerName));
    m_table->selectRow(row);
    m_table->scrollTo(m_model.index(row, TaskQueueModel::CustomerName));
}

bool TaskQueueView::openNext()
{
    const int rows = m_model.rowCount();
    if (rows == 0) {
        Q_EMIT queueEmptied();
        return false;
    }
    int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    if (m_model.taskIdAt(row) == m_lastTask)
        row = (row + 1) % rows;
    if (rows == 1 && m_model.taskIdAt(row) == m_lastTask)
        return false;
    return selectTask(m_model.taskIdAt(row));
}

void TaskQueueView::onFilterChanged()
{
    TaskFilter f = m_model.filter();
    const QVariant b = m_bucket->currentData(), k = m_kind->currentData(), s = m_status->currentData();
    f.bucket = b.isValid() ? std::optional<Bucket>(b.value<Bucket>()) : std::nullopt;
    f.kind = k.isValid() ? std::optional<TaskKind>(k.value<TaskKind>()) : std::nullopt;
    f.status = s.isValid() ? std::optional<TaskStatus>(s.value<TaskStatus>()) : std::nullopt;
    m_model.setFilter(f);
    m_lastTask = 0;
    selectFirst();
}

void TaskQueueView::onCurrentRowChanged()
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid())
        return;
    const qint64 taskId = m_model.taskIdAt(idx.row());
    if (taskId == m_lastTask)
        return;
    m_lastTask = taskId;
    Q_EMIT taskSelected(taskId, m_model.customerIdAt(idx.row()));
}

void TaskQueueView::updateCount() { m_count->setText(tr("%n task(s)", nullptr, m_model.rowCount())); }

}  // namespace cd
