#pragma once
// The server's event dispatcher: Qt's event loop driven by Linux epoll instead of poll().
//
// Qt 6.4 has two dispatchers on Linux, GLib's and its own; both build a poll() array of every
// socket notifier and hand it to the kernel on each turn of the loop, so a turn costs time in
// proportion to the connections, not to the ones with something to read. With 520 sessions the
// poll() alone was a fifth of the server's CPU (bench/floor_latency: ~0.3 ms per turn, on the path of
// every event). Here the kernel keeps the interest list: a turn costs in proportion to the sockets
// that are ready. Socket notifier changes are applied to the kernel once per turn, just before it
// waits, so the write notifier a socket raises and drops around each frame sent costs nothing.
//
// Semantics follow QEventDispatcherUNIX: posted events first, then the ready socket notifiers (read,
// write, exception; an error or hang-up wakes all of them), then the timers that were due when
// activation began, each at most once per turn and never re-entered from a nested loop. Timers of
// every type fire at their exact time (coarse ones are allowed to: Qt only promises them within 5 %).
// The main thread of collectdesk-server only; threads it starts keep Qt's dispatcher.
#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>

#include <atomic>
#include <set>
#include <sys/types.h>
#include <tuple>

namespace cd::server {

class EpollEventDispatcher final : public QAbstractEventDispatcher
{
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    /// False when the kernel refused an epoll or eventfd descriptor (then install Qt's dispatcher).
    bool isValid() const { return m_epoll >= 0 && m_wakeFd >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    /// epoll_ctl calls made so far (tests check that a write notifier raised and dropped within one
    /// turn costs none).
    qint64 kernelUpdates() const { return m_kernelUpdates; }
    /// Socket notifier registrations and unregistrations so far.
    qint64 notifierChanges() const { return m_notifierChanges; }

private:
    struct Watched {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};  // by QSocketNotifier::Type
        quint32 kernelMask = 0;  ///< what epoll has for this descriptor (0: not added)
        dev_t device = 0;        ///< the file it had then: a descriptor closed and reused is
        ino_t inode = 0;         ///< another file, to be added again
        bool emptied = false;    ///< every notifier went away since the last sync
        bool dirty = false;
        bool alwaysReady = false;  ///< epoll refused it (a regular file): ready on every turn
    };
    struct Timer {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        qint64 deadlineNs = 0;  ///< CLOCK_MONOTONIC
        quint64 order = 0;      ///< registration order: equal deadlines fire in it
        bool active = false;    ///< its QTimerEvent is being delivered (no re-entry)
    };
    using TimerKey = std::tuple<qint64, quint64, int>;  // deadline, order, id

    static qint64 nowNs();
    void syncKernel();
    int waitForEvents(qint64 timeoutNs, bool withSockets);
    void markPending(int fd, quint32 events);
    bool control(int op, int fd, quint32 mask);
    int activateSocketNotifiers();
    int activateTimers();
    void drainWake();
    void schedule(int id, Timer &t, qint64 deadline);
    static TimerKey key(int id, const Timer &t) { return {t.deadlineNs, t.order, id}; }

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_interrupted{false};

    QHash<int, Watched> m_watched;  ///< by descriptor
    QList<int> m_dirty;             ///< descriptors whose notifiers changed since the last sync
    QList<QSocketNotifier *> m_pending;  ///< ready notifiers of this turn, not yet activated
    int m_alwaysReady = 0;

    QHash<int, Timer> m_timers;  ///< by timer id
    std::set<TimerKey> m_queue;  ///< deadline order
    quint64 m_nextOrder = 0;
    qint64 m_kernelUpdates = 0;
    qint64 m_notifierChanges = 0;
};

}  // namespace cd::server
