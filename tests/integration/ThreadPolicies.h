#pragma once
// The threads of this test process by name (/proc/self/task/*/comm) with their Linux scheduling
// policy: how the server's background threads are checked to stay out of the serving thread's way.
#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QString>

#include <sched.h>

namespace cdtest {

inline QMultiHash<QString, int> threadPolicies()
{
    QMultiHash<QString, int> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            out.insert(QString::fromUtf8(comm.readAll().trimmed()), ::sched_getscheduler(tid.toInt()));
    }
    return out;
}

}  // namespace cdtest
