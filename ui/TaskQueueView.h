#pragma once
// The agent's task queue (left pane): filters by bucket / kind / status, a sortable table that says
// why each task is there, and keyboard navigation. Owns its widgets; the model belongs to the caller.
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace cd {

class TaskQueueModel;

class TaskQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit TaskQueueView(TaskQueueModel &model, QWidget *parent = nullptr);

    qint64 currentTaskId() const;
    bool selectTask(qint64 taskId);
    /// Selects the first row (highest priority); false when the queue is empty.
    bool selectFirst();
    /// Reloads the model, keeping the selection when the task is still shown, else the first row.
    void refresh();
    /// Reloads without opening anything: highlights `keepTask` if it is still listed, else the first
    /// row. After a wrap-up (or pulled changes) the agent keeps the customer on screen until they
    /// move on (openNext).
    void refreshWithoutOpening(qint64 keepTask = 0);
    /// Opens the highlighted task if it is not the one shown, else the one below it (Ctrl+N).
    bool openNext();
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void taskSelected(qint64 taskId, qint64 customerId);
    void queueEmptied();

private:
    void onFilterChanged();
    void onCurrentRowChanged();
    void updateCount();

    TaskQueueModel &m_model;
    QComboBox *m_bucket;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_table;
    qint64 m_lastTask = 0;
};

}  // namespace cd
