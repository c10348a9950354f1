#pragma once
// Keeps call recordings on a workstation no longer than needed: recorded calls are personal data,
// and a PC on the floor is shared by shifts. Two kinds of file are removed:
//  - the agent's own recordings, once the server holds them (their upload is done) and either the
//    call is older than `ownDays`, or the server no longer holds them (purged after its retention),
//    or their retention has passed. The file goes, the interaction's recording_path and the done
//    upload row are cleared in one transaction, so a later pull cannot bring the path back; the
//    server's copy still plays through the fetcher. A recording whose upload is pending or failed
//    is the only copy and is never touched.
//  - copies fetched from the server into the fetch cache (sync/RecordingFetcher): those not played
//    for `fetchedDays`, then the least recently played until the cache is within `fetchedMaxBytes`.
//    Parts of interrupted fetches older than a day go too.
// Run by the workstation at start and every few hours. Borrowed from LocalStore; the store's thread.
#include "LocalStore.h"

#include <QDateTime>
#include <QStringList>

namespace cd {

struct RecordingKeep {
    int ownDays = 7;                                ///< own recordings, counted from the call's end
    int fetchedDays = 3;                            ///< fetched copies, counted from their last play
    qint64 fetchedMaxBytes = 512LL * 1024 * 1024;  ///< the fetch cache's size bound
};

struct HousekeepingSummary {
    int ownRemoved = 0;
    qint64 ownBytes = 0;
    int ownWaiting = 0;  ///< own recordings kept because the server does not have them yet
    int fetchedRemoved = 0;
    qint64 fetchedBytes = 0;
    QStringList failures;  ///< files that could not be removed (kept, tried again next time)
};

class RecordingHousekeeper
{
public:
    RecordingHousekeeper(LocalStore &store, QString fetchCacheDir, RecordingKeep keep = {})
        : m_store(store), m_fetchCacheDir(std::move(fetchCacheDir)), m_keep(keep)
    {}

    Result<HousekeepingSummary> run(const QDateTime &now);

private:
    Result<void> ownRecordings(const QDateTime &now, HousekeepingSummary &summary);
    void fetchCache(const QDateTime &now, HousekeepingSummary &summary);

    LocalStore &m_store;
    QString m_fetchCacheDir;
    RecordingKeep m_keep;
};

}  // namespace cd
