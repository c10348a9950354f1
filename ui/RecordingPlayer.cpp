#include "RecordingPlayer.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

namespace cd {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this)),
      m_play(new QToolButton(this)), m_slider(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recordingPlayer"));
    m_player->setAudioOutput(m_output);
    m_play->setObjectName(QStringLiteral("recordingPlay"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_slider->setObjectName(QStringLiteral("recordingPosition"));
    m_slider->setAccessibleName(tr("Position in the recording"));
    m_slider->setRange(0, 0);
    m_time->setObjectName(QStringLiteral("recordingTime"));
    m_error->setObjectName(QStringLiteral("recordingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 2, 0, 2);
    row->addWidget(new QLabel(tr("Call recording:"), this));
    row->addWidget(m_play);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    row->addWidget(m_error, 2);

    connect(m_play, &QToolButton::clicked, this, &RecordingPlayer::togglePlay);
    connect(m_slider, &QSlider::sliderMoved, m_player, [this](int ms) { m_player->setPosition(ms); });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_slider->setRange(0, int(ms));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_slider->isSliderDown())
            m_slider->setValue(int(ms));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &RecordingPlayer::updateButton);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::LoadedMedia && m_playWhenLoaded) {
            m_playWhenLoaded = false;
            m_player->play();
        } else if (s == QMediaPlayer::InvalidMedia) {
            showError(tr("The recording cannot be played: the file is damaged or not audio."));
        }
        updateButton();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &detail) {
        showError(tr("The recording cannot be played (%1).").arg(detail));
    });
    updateButton();
    updateTime();
    hide();
}

QString RecordingPlayer::errorText() const { return m_error->text(); }

void RecordingPlayer::clear()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_interactionId = 0;
    m_playWhenLoaded = false;
    m_error->clear();
    m_error->hide();
    m_slider->setRange(0, 0);
    updateTime();
    updateButton();
}

void RecordingPlayer::setInteraction(const Interaction &interaction)
{
    if (interaction.id == m_interactionId && interaction.id != 0 && isVisible())
        return;
    clear();
    if (interaction.channel != Channel::Call || !interaction.hasRecording()) {
        hide();
        return;
    }
    m_interactionId = interaction.id;
    show();
    if (!interaction.recordingPath.isEmpty() && QFileInfo::exists(interaction.recordingPath)) {
        loadFile(interaction.recordingPath);
        return;
    }
    if (interaction.recordingId <= 0) {
        showError(tr("The recording of this call is not on this computer and has not reached the server yet."));
        return;
    }
    if (!m_fetcher) {
        showError(tr("The recording is on the server; connect to the server to listen to it."));
        return;
    }
    m_time->setText(tr("Fetching…"));
    m_play->setEnabled(false);
    const qint64 id = interaction.id;
    m_fetcher->fetch(interaction.id, interaction.recordingSha256, this,
                     [this, id](const RecordingFetcher::Outcome &o) { onFetched(id, o); });
}

void RecordingPlayer::onFetched(qint64 interactionId, const RecordingFetcher::Outcome &outcome)
{
    if (interactionId != m_interactionId)
        return;  // another call was chosen meanwhile
    switch (outcome.failure) {
    case RecordingFetcher::Failure::None: loadFile(outcome.path); return;
    case RecordingFetcher::Failure::Offline:
        showError(tr("Not connected to the server: the recording cannot be fetched now."));
        break;
    case RecordingFetcher::Failure::Forbidden:
        showError(tr("You are not allowed to listen to this recording."));
        break;
    case RecordingFetcher::Failure::NotFound: showError(tr("The server has no recording of this call.")); break;
    case RecordingFetcher::Failure::Corrupt:
        showError(tr("The recording arrived damaged (checksum mismatch); try again."));
        break;
    case RecordingFetcher::Failure::WriteFailed:
        showError(tr("The recording could not be saved on this computer (%1).").arg(outcome.detail));
        break;
    case RecordingFetcher::Failure::ServerError:
        showError(tr("The server could not send the recording (%1).").arg(outcome.detail));
        break;
    }
    updateTime();
    updateButton();
}

void RecordingPlayer::loadFile(const QString &path)
{
    m_error->clear();
    m_error->hide();
    if (!QFileInfo(path).isReadable()) {
        showError(tr("The recording file %1 is missing or cannot be read.").arg(path));
        return;
    }
    show();
    m_player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    updateButton();
}

void RecordingPlayer::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        m_playWhenLoaded = true;
        return;
    }
    m_player->play();
}

void RecordingPlayer::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    updateButton();
}

void RecordingPlayer::updateTime()
{
    if (m_player->source().isEmpty() && m_time->text() == tr("Fetching…"))
        return;
    m_time->setText(tr("%1 / %2").arg(clock(m_player->position()), clock(m_player->duration())));
}

void RecordingPlayer::updateButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setEnabled(!m_player->source().isEmpty() && m_player->mediaStatus() != QMediaPlayer::InvalidMedia);
}

}  // namespace cd
