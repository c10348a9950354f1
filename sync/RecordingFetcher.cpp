#include "RecordingFetcher.h"

#include "Envelope.h"
#include "Messages.h"
#include "SyncClient.h"
#include "SyncLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTimer>

namespace cd {

struct RecordingFetcher::Job {
    qint64 interactionId = 0;
    QString sha256;
    QString path;  ///< final name in the cache
    std::unique_ptr<QFile> part;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 offset = 0;
    QPointer<QObject> context;
    Done done;

    void finish(const Outcome &o)
    {
        if (part) {
            part->close();
            if (o.failure != Failure::None)
                part->remove();
        }
        if (context && done)
            done(o);
        done = nullptr;
    }
};

RecordingFetcher::RecordingFetcher(SyncClient &sync, QString cacheDir, QObject *parent)
    : QObject(parent), m_sync(sync), m_cacheDir(std::move(cacheDir))
{}

namespace {

std::optional<QString> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

}  // namespace

void RecordingFetcher::fetch(qint64 interactionId, const QString &sha256, QObject *context, Done done)
{
    auto job = std::make_shared<Job>();
    job->interactionId = interactionId;
    job->sha256 = sha256.toLower();
    job->context = context;
    job->done = std::move(done);
    // The checksum is in the name: a re-uploaded recording never plays the old cached copy.
    job->path = QDir(m_cacheDir).filePath(
        QStringLiteral("%1-%2.wav").arg(interactionId).arg(job->sha256.left(16)));
    QTimer::singleShot(0, this, [this, job] {
        if (!job->sha256.isEmpty() && QFile::exists(job->path) && sha256Of(job->path) == job->sha256) {
            // Played again: its time is its last play, which the housekeeping keeps copies by
            // (models/RecordingHousekeeper.h).
            QFile copy(job->path);
            if (copy.open(QIODevice::ReadWrite))
                copy.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
            return job->finish({job->path, Failure::None, {}});
        }
        if (!QDir().mkpath(m_cacheDir))
            return job->finish({{}, Failure::WriteFailed, QStringLiteral("cannot create %1").arg(m_cacheDir)});
        job->part = std::make_unique<QFile>(job->path + QStringLiteral(".part"));
        if (!job->part->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return job->finish({{}, Failure::WriteFailed, job->part->errorString()});
        next(job);
    });
}

void RecordingFetcher::next(const std::shared_ptr<Job> &job)
{
    if (!job->context)
        return job->finish({{}, Failure::Offline, QStringLiteral("cancelled")});
    m_sync.request(
        proto::msg::RecordingFetch,
        {{QStringLiteral("interactionId"), job->interactionId}, {QStringLiteral("offset"), job->offset}}, this,
        [this, job](const proto::Envelope &response, bool offline) {
            if (offline)
                return job->finish({{}, Failure::Offline, QStringLiteral("not connected")});
            if (!response.ok()) {
                const Failure f = response.status == proto::StatusCode::Forbidden ? Failure::Forbidden
                    : response.status == proto::StatusCode::NotFound             ? Failure::NotFound
                                                                                  : Failure::ServerError;
                return job->finish({{}, f, proto::slug(response.status)});
            }
            const QByteArray data =
                QByteArray::fromBase64(response.body.value(QStringLiteral("data")).toString().toLatin1());
            const qint64 bytes = response.body.value(QStringLiteral("bytes")).toInteger();
            if (job->sha256.isEmpty())
                job->sha256 = response.body.value(QStringLiteral("sha256")).toString();
            if (job->part->write(data) != data.size())
                return job->finish({{}, Failure::WriteFailed, job->part->errorString()});
            job->hash.addData(data);
            job->offset += data.size();
            if (job->offset < bytes && !data.isEmpty())
                return next(job);
            job->part->close();
            const QString got = QString::fromLatin1(job->hash.result().toHex());
            if (job->offset != bytes || got != job->sha256) {
                qCWarning(lcSync) << "fetched recording of interaction" << job->interactionId
                                  << "does not match its checksum";
                return job->finish({{}, Failure::Corrupt, QStringLiteral("sha256 %1, expected %2").arg(got, job->sha256)});
            }
            QFile::remove(job->path);
            if (!job->part->rename(job->path))
                return job->finish({{}, Failure::WriteFailed, job->part->errorString()});
            job->part.reset();
            job->finish({job->path, Failure::None, {}});
        });
}

}  // namespace cd
