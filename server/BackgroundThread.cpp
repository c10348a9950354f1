#include "BackgroundThread.h"

#include "Logging.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sched.h>
#endif

namespace cd::server {

bool makeThisThreadBackground()
{
#ifdef Q_OS_LINUX
    sched_param param{};
    param.sched_priority = 0;
    // On Linux, pid 0 is the calling thread, not the whole process.
    if (sched_setscheduler(0, SCHED_BATCH, &param) == 0)
        return true;
    qCWarning(lcServer).noquote() << "cannot put a background thread in the batch class:"
                                  << std::strerror(errno);
#endif
    return false;
}

bool thisThreadIsBackground()
{
#ifdef Q_OS_LINUX
    return sched_getscheduler(0) == SCHED_BATCH;
#else
    return false;
#endif
}

}  // namespace cd::server
