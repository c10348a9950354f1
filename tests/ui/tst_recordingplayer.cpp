// The call-recording player (offscreen, gstreamer): a generated WAV loads with its real length and
// plays (or, where this machine has no audio output, says why); a damaged file and a missing file
// each give a clear error instead of a silent button; in the portrait's contact history, choosing a
// call with a recording shows the player with that recording and a call without one hides it.
#include "PortraitModels.h"
#include "PortraitView.h"
#include "RecordingPlayer.h"
#include "ToneWav.h"
#include "Repositories.h"

#include <QDataStream>
#include <QDir>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtMath>

using namespace cd;


class TestRecordingPlayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void loadsAndPlaysAGeneratedWav()
    {
        RecordingPlayer player;
        player.show();
        const QString path = write(QStringLiteral("tone.wav"), cdtest::toneWav(3000));
        player.loadFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(player.player()->mediaStatus() == QMediaPlayer::LoadedMedia
                                     || !player.errorText().isEmpty(),
                                 10000);
        QVERIFY2(player.errorText().isEmpty(), qPrintable(player.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player.player()->duration() - 3000) < 100, 5000);
        QVERIFY(player.playButton()->isEnabled());
        QCOMPARE(player.findChild<QSlider *>(QStringLiteral("recordingPosition"))->maximum(),
                 int(player.player()->duration()));

        QTest::mouseClick(player.playButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(player.player()->playbackState() == QMediaPlayer::PlayingState
                                     || !player.errorText().isEmpty(),
                                 10000);
        if (player.player()->playbackState() == QMediaPlayer::PlayingState) {
            QCOMPARE(player.playButton()->text(), RecordingPlayer::tr("Pause"));
            QTRY_VERIFY_WITH_TIMEOUT(player.player()->position() > 0, 10000);
            QTest::mouseClick(player.playButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(player.player()->playbackState(), QMediaPlayer::PausedState, 5000);
        } else {
            // No audio output on this machine: the media itself was understood (length above) and
            // the player says why it cannot play instead of failing silently.
            qWarning("no audio output: %s", qPrintable(player.errorText()));
        }
    }

    void damagedFileSaysSo()
    {
        RecordingPlayer player;
        player.show();
        player.loadFile(write(QStringLiteral("damaged.wav"), QByteArray("RIFF....WAVE not really audio", 29)));
        QTRY_VERIFY_WITH_TIMEOUT(!player.errorText().isEmpty(), 10000);
        QVERIFY(!player.playButton()->isEnabled());
    }

    void missingFileSaysSo()
    {
        RecordingPlayer player;
        player.show();
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.wav"));
        player.loadFile(missing);
        QVERIFY(player.errorText().contains(missing));
        QVERIFY(!player.playButton()->isEnabled());
    }

    void portraitShowsThePlayerForARecordedCall()
    {
        LocalStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")).ok());
        Customer c;
        c.id = 1;
        c.name = QStringLiteral("王芳");
        c.timeZone = QStringLiteral("Asia/Shanghai");
        QVERIFY(CustomerRepository(store).upsert(c).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Interaction recorded;
        recorded.id = 10;
        recorded.customerId = 1;
        recorded.agent = QStringLiteral("agent01");
        recorded.startedAt = now.addSecs(-600);
        recorded.answeredAt = now.addSecs(-590);
        recorded.endedAt = now.addSecs(-500);
        recorded.outcome = Outcome::Refused;
        recorded.recordingPath = write(QStringLiteral("call.wav"), cdtest::toneWav(2000));
        QVERIFY(InteractionRepository(store).upsert(recorded).ok());
        Interaction plain = recorded;
        plain.id = 11;
        plain.startedAt = now.addSecs(-300);
        plain.recordingPath.clear();
        QVERIFY(InteractionRepository(store).upsert(plain).ok());

        PortraitView view(store);
        view.resize(1000, 700);
        view.show();
        view.showCustomer(1);
        view.setCurrentTab(PortraitView::TimelineTab);
        QTableView *table = view.timelineTable();
        RecordingPlayer *player = view.recordingPlayer();
        auto rowOf = [&](qint64 id) {
            for (int r = 0; r < view.timelineModel()->rowCount(); ++r) {
                const QVariant v = view.timelineModel()->index(r, 0).data(TimelineModel::InteractionRole);
                if (v.canConvert<Interaction>() && v.value<Interaction>().id == id)
                    return r;
            }
            return -1;
        };
        QVERIFY(rowOf(10) >= 0 && rowOf(11) >= 0);
        // The recorded call is marked (a play icon by its talk time); the other is not.
        const auto marked = [&](qint64 id) {
            return view.timelineModel()
                ->index(rowOf(id), TimelineModel::TalkTime)
                .data(TimelineModel::HasRecordingRole)
                .toBool();
        };
        QVERIFY(marked(10));
        QVERIFY(!marked(11));
        table->setCurrentIndex(view.timelineModel()->index(rowOf(10), 0));
        QVERIFY(player->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->source(), QUrl::fromLocalFile(recorded.recordingPath), 5000);
        QVERIFY(view.grab().save(QStringLiteral(CD_SCREENSHOT_DIR "/portrait-recorded-call.png")));
        table->setCurrentIndex(view.timelineModel()->index(rowOf(11), 0));
        QVERIFY(!player->isVisible());
    }
};

QTEST_MAIN(TestRecordingPlayer)
#include "tst_recordingplayer.moc"
