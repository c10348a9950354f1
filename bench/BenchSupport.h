#pragma once
// Small helpers of floor_latency (and its echo baseline): the monotonic clock in nanoseconds, waiting
// in the event loop, percentiles, --pin's CPU split between the server and the bench, and the
// simulated clients' scheduling class.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

#include <sched.h>
#include <unistd.h>

namespace bench {

/// The simulated clients yield to the server as clients on other machines do. Every frame the server
/// writes to a client's socket wakes the bench thread reading it, and in Linux's normal class that
/// woken thread may take the core from the server on the spot: at 500/20 the serving thread was
/// preempted that way ~280 times a second, mid-fan-out. A lead's or agent's own machine cannot do
/// that. In the batch class the bench's threads still share the two cores with the server at their
/// fair share, but a wake-up never preempts it. Called first thing, so every thread this process
/// starts inherits it; the server is started back in the normal class (normalClassInChild).
inline bool clientsInBatchClass()
{
    sched_param param{};
    return ::sched_setscheduler(0, SCHED_BATCH, &param) == 0;
}

/// For QProcess::setChildProcessModifier: the server process runs in the normal class, as deployed.
inline void normalClassInChild()
{
    sched_param param{};
    ::sched_setscheduler(0, SCHED_OTHER, &param);
}

/// --pin: the server's main thread (its event loop) alone on CPU 0, this process (and the threads it
/// starts later) on the other CPUs. False with fewer than two CPUs or when the kernel refuses.
inline bool pinApart(pid_t serverPid)
{
    const long cpus = ::sysconf(_SC_NPROCESSORS_ONLN);
    if (cpus < 2)
        return false;
    cpu_set_t serverSet, benchSet;
    CPU_ZERO(&serverSet);
    CPU_ZERO(&benchSet);
    CPU_SET(0, &serverSet);
    for (long c = 1; c < cpus; ++c)
        CPU_SET(int(c), &benchSet);
    return ::sched_setaffinity(serverPid, sizeof serverSet, &serverSet) == 0
        && ::sched_setaffinity(0, sizeof benchSet, &benchSet) == 0;
}

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // Sleeps in the event loop until something arrives (or 5 ms pass).
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * (v.size() - 1) + 0.5));
    return v[i];
}

}  // namespace bench
