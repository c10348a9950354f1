#pragma once
// CallEngine on liblinphone (SIP/RTP), driven from the Qt thread by a QTimer calling iterate().
// liblinphone stays behind a pimpl: consumers of cd_telephony never include linphone headers.
// Design notes and the SIP → CallEngine state mapping: docs/dev/Telephony.md.
#include "CallEngine.h"

#include <memory>

namespace cd {

class LinphoneEngine : public CallEngine
{
    Q_OBJECT
public:
    enum class Transport { Udp, Tcp, Tls };
    Q_ENUM(Transport)

    struct Options {
        /// Directory owned by the engine (config, data, an empty plugin folder, linphonerc). Created
        /// when missing. Must be writable and private to this engine instance.
        QString baseDir;
        /// Local address for SIP and RTP. 127.0.0.1 for loopback tests; 0.0.0.0 on a desk.
        QString bindAddress = QStringLiteral("0.0.0.0");
        /// Local SIP port (UDP and TCP). 0 = a random free port.
        int sipPort = 0;
        int iterateIntervalMs = 20;
        /// Headless mode: no sound card; audio comes from playFile (a WAV), received audio is written
        /// to a scratch file in baseDir.
        bool useFiles = false;
        QString playFile;
        /// No-answer timeout while ringing (liblinphone has none): CANCEL and EndReason::NoAnswer.
        int ringTimeoutMs = 25'000;
        /// Interval of quality() polling while a call has media.
        int qualityIntervalMs = 1'000;
        /// liblinphone's own log on stdout/stderr: off by default (it reports every missing sound
        /// card and tone file as an error); diagnostics turn it on.
        bool liblinphoneLog = false;
    };

    explicit LinphoneEngine(Options options, QObject *parent = nullptr);
    ~LinphoneEngine() override;

    /// Creates and starts the liblinphone core. False (with lastError()) when it could not.
    bool start();
    bool isStarted() const;
    QString lastError() const;

    /// Registers (replacing any previous account). registrar: "sip:pbx.example.com[:port]".
    /// Progress arrives through registrationStateChanged.
    bool registerAccount(const QString &registrar, const QString &user, const QString &password,
                         Transport transport = Transport::Udp);
    void unregisterAccount();

    /// Effective only after start() (liblinphone ignores the setting before).
    void setDtmfMode(DtmfMode mode);
    DtmfMode dtmfMode() const;
    /// Every following call is recorded to a WAV file in this directory (empty: no recording).
    void setRecordDirectory(const QString &dir);
    /// The next call only is recorded to exactly this file (overrides the directory once).
    void setNextRecordFile(const QString &path);
    void setRingTimeoutMs(int ms);

    /// `number` may be a full SIP URI ("sip:100@host") or a user part dialled through the
    /// registered account's domain.
    bool dial(const QString &number) override;
    void hangup() override;
    void setHold(bool onHold) override;
    void setMuted(bool muted) override;
    bool sendDtmf(QChar digit) override;

    bool answer() override;
    bool blindTransfer(const QString &target) override;
    bool startConsult(const QString &target) override;
    bool completeTransfer() override;
    bool cancelConsult() override;
    ConsultState consultState() const override;
    bool wasTransferred() const override;
    RegistrationState registrationState() const override;
    QString registrationReason() const override;
    Quality quality() const override;
    QString recordingPath() const override;

    /// Local SIP port actually in use (after start()).
    int localSipPort() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    friend struct Private;
};

}  // namespace cd
