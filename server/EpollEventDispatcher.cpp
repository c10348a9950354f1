#include "EpollEventDispatcher.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd::server {

namespace {

constexpr int MaxEventsPerWait = 512;

/// What wakes each notifier type: its own condition, and an error or hang-up for all of them (as
/// QEventDispatcherUNIX does with POLLERR and POLLHUP), so the owner reads the error.
constexpr quint32 Wakes[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLHUP | EPOLLERR,
                              EPOLLPRI | EPOLLHUP | EPOLLERR};
constexpr quint32 Interest[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

timespec toTimespec(qint64 ns)
{
    timespec ts;
    ts.tv_sec = time_t(ns / 1'000'000'000);
    ts.tv_nsec = long(ns % 1'000'000'000);
    return ts;
}

}  // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll < 0 || m_wakeFd < 0) {
        qCWarning(lcServer).noquote() << "epoll event dispatcher unavailable:" << std::strerror(errno);
        return;
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev) != 0) {
        qCWarning(lcServer).noquote() << "epoll event dispatcher unavailable:" << std::strerror(errno);
        ::close(m_wakeFd);
        m_wakeFd = -1;
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

qint64 EpollEventDispatcher::nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// ---- the turn ------------------------------------------------------------------------------------

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    // From here on a wakeUp() writes the eventfd again, so nothing posted from now on is slept through.
    m_wakePending.store(false, std::memory_order_seq_cst);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool withSockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool withTimers = !(flags & QEventLoop::X11ExcludeTimers);
    bool block = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load(std::memory_order_relaxed);
    if (block)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load(std::memory_order_relaxed))
        return false;

    qint64 timeoutNs = -1;  // no timer: until something happens
    if (!block)
        timeoutNs = 0;
    else if (withTimers && !m_queue.empty())
        timeoutNs = qMax<qint64>(0, std::get<0>(*m_queue.begin()) - nowNs());
    waitForEvents(timeoutNs, withSockets);

    int activated = 0;
    if (withSockets)
        activated += activateSocketNotifiers();
    if (withTimers)
        activated += activateTimers();
    return activated > 0;
}

int EpollEventDispatcher::waitForEvents(qint64 timeoutNs, bool withSockets)
{
    if (!withSockets) {
        // Only a wakeUp (or a timer's time) ends this wait: the sockets stay where they are.
        pollfd p{m_wakeFd, POLLIN, 0};
        const timespec ts = toTimespec(qMax<qint64>(0, timeoutNs));
        const int n = ppoll(&p, 1, timeoutNs < 0 ? nullptr : &ts, nullptr);
        if (n > 0)
            drainWake();
        return 0;
    }
    syncKernel();
    if (m_alwaysReady > 0)
        timeoutNs = 0;
    epoll_event events[MaxEventsPerWait];
    int n;
    if (timeoutNs < 0) {
        n = epoll_wait(m_epoll, events, MaxEventsPerWait, -1);
    } else {
        const timespec ts = toTimespec(timeoutNs);
        n = epoll_pwait2(m_epoll, events, MaxEventsPerWait, &ts, nullptr);
        if (n < 0 && errno == ENOSYS)  // kernels before 5.11: millisecond waits, rounded up
            n = epoll_wait(m_epoll, events, MaxEventsPerWait, int((timeoutNs + 999'999) / 1'000'000));
    }
    if (n < 0) {
        if (errno != EINTR)
            qCWarning(lcServer).noquote() << "epoll_wait:" << std::strerror(errno);
        n = 0;
    }
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            drainWake();
            continue;
        }
        markPending(fd, events[i].events);
    }
    if (m_alwaysReady > 0)
        for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it)
            if (it->alwaysReady)
                markPending(it.key(), EPOLLIN | EPOLLOUT);
    return n;
}

void EpollEventDispatcher::markPending(int fd, quint32 events)
{
    const auto it = m_watched.constFind(fd);
    if (it == m_watched.cend())
        return;
    for (int type = 0; type < 3; ++type) {
        QSocketNotifier *n = it->notifiers[type];
        if (n && (events & Wakes[type]) && !m_pending.contains(n))
            m_pending.append(n);
    }
}

int EpollEventDispatcher::activateSocketNotifiers()
{
    // A notifier unregistered meanwhile (its socket closed by an earlier one) leaves this list.
    int activated = 0;
    while (!m_pending.isEmpty()) {
        QSocketNotifier *n = m_pending.takeFirst();
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(n, &event);
        ++activated;
    }
    return activated;
}

int EpollEventDispatcher::activateTimers()
{
    if (m_queue.empty())
        return 0;
    const qint64 now = nowNs();
    // The timers due when activation begins, in deadline order. Each fires at most once per turn: a
    // zero timer is due again at once but waits for the next turn, after the sockets.
    QVarLengthArray<int, 32> due;
    for (auto it = m_queue.cbegin(); it != m_queue.cend() && std::get<0>(*it) <= now; ++it)
        due.append(std::get<2>(*it));
    int activated = 0;
    for (int id : due) {
        auto it = m_timers.find(id);
        // Killed by an earlier handler, restarted with a later deadline, or firing further up the
        // stack (a nested event loop in its own handler).
        if (it == m_timers.end() || it->active || it->deadlineNs > now)
            continue;
        const qint64 intervalNs = it->intervalMs * 1'000'000;
        qint64 next = it->deadlineNs + intervalNs;
        if (next < now)  // late (a long handler): the next one an interval from now, none skipped in a burst
            next = now + intervalNs;
        schedule(id, *it, next);
        it->active = true;
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++activated;
        // The handler may have killed it, or killed it and got its id again for a new timer.
        if (auto again = m_timers.find(id); again != m_timers.end() && again->object == object)
            again->active = false;
    }
    return activated;
}

void EpollEventDispatcher::drainWake()
{
    quint64 count;
    while (::read(m_wakeFd, &count, sizeof count) == sizeof count) {
    }
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakePending.exchange(true, std::memory_order_seq_cst))
        return;  // already written and not yet seen
    const quint64 one = 1;
    while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

// ---- socket notifiers ----------------------------------------------------------------------------

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (fd < 0 || type < 0 || type > 2)
        return;
    ++m_notifierChanges;
    Watched &w = m_watched[fd];
    if (w.notifiers[type] && w.notifiers[type] != notifier)
        qCWarning(lcServer).noquote() << "two socket notifiers of one type for descriptor" << fd;
    w.notifiers[type] = notifier;
    if (!w.dirty) {
        w.dirty = true;
        m_dirty.append(fd);
    }
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    ++m_notifierChanges;
    m_pending.removeAll(notifier);
    const auto it = m_watched.find(fd);
    if (it == m_watched.end() || type < 0 || type > 2 || it->notifiers[type] != notifier)
        return;
    it->notifiers[type] = nullptr;
    if (!it->notifiers[0] && !it->notifiers[1] && !it->notifiers[2])
        it->emptied = true;
    if (!it->dirty) {
        it->dirty = true;
        m_dirty.append(fd);
    }
}

bool EpollEventDispatcher::control(int op, int fd, quint32 mask)
{
    epoll_event ev{};
    ev.events = mask;
    ev.data.fd = fd;
    ++m_kernelUpdates;
    return epoll_ctl(m_epoll, op, fd, &ev) == 0;
}

void EpollEventDispatcher::syncKernel()
{
    // Raised and dropped again within the turn (a socket's write notifier around each frame it
    // sends): no call at all. Only what differs from the kernel's list goes to it.
    const QList<int> dirty = std::exchange(m_dirty, {});
    for (int fd : dirty) {
        const auto it = m_watched.find(fd);
        if (it == m_watched.end())
            continue;
        Watched &w = *it;
        w.dirty = false;
        quint32 want = 0;
        for (int type = 0; type < 3; ++type)
            if (w.notifiers[type])
                want |= Interest[type];
        if (want == 0) {
            if (w.kernelMask)
                control(EPOLL_CTL_DEL, fd, 0);  // fails harmlessly when the descriptor is closed already
            if (w.alwaysReady)
                --m_alwaysReady;
            m_watched.erase(it);
            continue;
        }
        struct stat st {};
        if (w.kernelMask && w.emptied) {
            // Every notifier went and new ones came: the descriptor may now be another file (closed
            // and reused), which the kernel dropped from its list when the old one closed.
            if (fstat(fd, &st) != 0 || st.st_dev != w.device || st.st_ino != w.inode) {
                control(EPOLL_CTL_DEL, fd, 0);
                w.kernelMask = 0;
            }
        }
        w.emptied = false;
        if (w.alwaysReady)
            continue;
        if (w.kernelMask == want)
            continue;
        bool ok;
        if (w.kernelMask == 0) {
            ok = control(EPOLL_CTL_ADD, fd, want) || (errno == EEXIST && control(EPOLL_CTL_MOD, fd, want));
            if (ok && fstat(fd, &st) == 0) {
                w.device = st.st_dev;
                w.inode = st.st_ino;
            }
        } else {
            ok = control(EPOLL_CTL_MOD, fd, want) || (errno == ENOENT && control(EPOLL_CTL_ADD, fd, want));
        }
        if (ok) {
            w.kernelMask = want;
        } else if (errno == EPERM) {
            // A regular file or a terminal epoll cannot watch: poll() calls it always ready, so do we.
            w.alwaysReady = true;
            ++m_alwaysReady;
        } else {
            qCWarning(lcServer).noquote() << "epoll_ctl on descriptor" << fd << ":" << std::strerror(errno);
            w.kernelMask = 0;
        }
    }
}

// ---- timers --------------------------------------------------------------------------------------

void EpollEventDispatcher::schedule(int id, Timer &t, qint64 deadline)
{
    m_queue.erase(key(id, t));
    t.deadlineNs = deadline;
    m_queue.insert(key(id, t));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerId <= 0 || interval < 0 || !object)
        return;
    unregisterTimer(timerId);
    Timer t;
    t.object = object;
    t.intervalMs = interval;
    t.type = timerType;
    t.order = m_nextOrder++;
    t.deadlineNs = nowNs() + interval * 1'000'000;
    m_queue.insert(key(timerId, t));
    m_timers.insert(timerId, t);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_queue.erase(key(timerId, *it));
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    QVarLengthArray<int, 16> ids;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
        if (it->object == object)
            ids.append(it.key());
    for (int id : ids)
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
        if (it->object == object)
            out.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(qMax<qint64>(0, (it->deadlineNs - nowNs() + 999'999) / 1'000'000));
}

}  // namespace cd::server
