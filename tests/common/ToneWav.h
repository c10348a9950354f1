#pragma once
// A WAV file made at test time: `ms` milliseconds of a 440 Hz tone, 8 kHz mono 16-bit PCM. The
// recording tests upload, fetch and play it; its length fixes the expected size and duration.
#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QtMath>

namespace cdtest {

inline QByteArray toneWav(int ms)
{
    const int rate = 8000;
    const int samples = rate * ms / 1000;
    QByteArray pcm;
    QDataStream out(&pcm, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    for (int i = 0; i < samples; ++i)
        out << qint16(8000 * qSin(2 * M_PI * 440 * i / rate));
    QByteArray file;
    QDataStream h(&file, QIODevice::WriteOnly);
    h.setByteOrder(QDataStream::LittleEndian);
    h.writeRawData("RIFF", 4);
    h << quint32(36 + pcm.size());
    h.writeRawData("WAVEfmt ", 8);
    h << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2)
      << quint16(16);
    h.writeRawData("data", 4);
    h << quint32(pcm.size());
    return file + pcm;
}

}  // namespace cdtest
