#pragma once
// Plays one call recording in the portrait's contact history: play/pause, a position slider, the
// time and, when it cannot play, why. The local file of the call when this machine made it; otherwise
// the server's copy, fetched (checksum-verified) into the cache first. Qt Multimedia (gstreamer).
// Owned by PortraitView.
#include "Entities.h"
#include "RecordingFetcher.h"

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QSlider;
class QToolButton;

namespace cd {

class RecordingPlayer : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingPlayer(QWidget *parent = nullptr);

    /// Where server copies come from (none: only local recordings play).
    void setFetcher(RecordingFetcher *fetcher) { m_fetcher = fetcher; }
    /// Shows the call's recording (stops what played before). A call without one hides the player.
    void setInteraction(const Interaction &interaction);
    /// Loads a file directly (tests, and the local case).
    void loadFile(const QString &path);
    void clear();

    QMediaPlayer *player() const { return m_player; }
    QString errorText() const;
    QToolButton *playButton() const { return m_play; }

public Q_SLOTS:
    void togglePlay();

private:
    void onFetched(qint64 interactionId, const RecordingFetcher::Outcome &outcome);
    void showError(const QString &text);
    void updateTime();
    void updateButton();

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_error;
    RecordingFetcher *m_fetcher = nullptr;
    qint64 m_interactionId = 0;
    bool m_playWhenLoaded = false;
};

}  // namespace cd
