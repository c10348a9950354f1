#pragma once
// The desk's SIP account and audio settings as the agent (or an admin) sets them on the settings
// page: registrar, user, transport, DTMF mode, no-answer timeout, recording, devices, ring tone.
// Stored in QSettings under "sip/"; the password is NOT part of it: CredentialStore keeps it.
// A plain value type; QtCore only.
#include "CallEngine.h"

#include <QObject>
#include <QString>

class QSettings;

namespace cd {

class SipAccount
{
    Q_GADGET
public:
    enum class Transport { Udp, Tcp, Tls };
    Q_ENUM(Transport)
    using DtmfMode = CallEngine::DtmfMode;  ///< the engine's own setting, stored as its key

    static constexpr int MinNoAnswerSeconds = 5;
    static constexpr int MaxNoAnswerSeconds = 300;
    static constexpr int DefaultNoAnswerSeconds = 30;

    QString registrar;    ///< "sip:pbx.example.com" or "pbx.example.com:5060"
    QString user;         ///< the SIP user (extension), no domain
    QString displayName;  ///< optional caller name
    Transport transport = Transport::Udp;
    DtmfMode dtmfMode = DtmfMode::Rfc2833;
    int noAnswerSeconds = DefaultNoAnswerSeconds;
    bool recordCalls = true;
    QString microphoneId;  ///< QAudioDevice::id(); empty: the system default
    QString speakerId;     ///< QAudioDevice::id(); empty: the system default
    QString ringTone;      ///< absolute path of a WAV file; empty: a short system beep

    /// Reads "sip/*"; missing or unreadable values keep their defaults.
    static SipAccount load(const QSettings &settings);
    /// Writes "sip/*". Never writes a password (and removes a "sip/password" left by anything else).
    void save(QSettings &settings) const;
    /// The key the password is stored under in CredentialStore: "user@host".
    QString credentialKey() const;
    /// The registrar's host (no scheme, port or parameters), lower case; empty if none.
    QString registrarHost() const;
    /// "sip:user@host" for the registrar's domain; empty when user or registrar is missing.
    QString identity() const;

    bool operator==(const SipAccount &o) const;
    bool operator!=(const SipAccount &o) const { return !(*this == o); }
};

}  // namespace cd
