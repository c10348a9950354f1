#pragma once
// Turns SIGTERM and SIGINT into a Qt signal with the self-pipe trick: the handler only write()s one
// byte to a socketpair (async-signal-safe); a QSocketNotifier reads it in the event loop. One instance
// per process (the `serve` command's).
#include <QObject>

class QSocketNotifier;

namespace cd::server {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool installed() const { return m_installed; }

Q_SIGNALS:
    void signalled(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

}  // namespace cd::server
