#pragma once
// Small helpers of floor_latency (and its echo baseline): the monotonic clock in nanoseconds, waiting
// in the event loop, percentiles, and --pin's CPU split between the server and the bench.
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
