#pragma once
// Settings page of the desk's softphone: SIP account (registrar, user, password, transport, DTMF
// mode), the no-answer timeout, recording, and the headset: microphone (with a live level meter),
// speaker and ring tone (with a test). The account goes to QSettings, the password to the
// CredentialStore, never to the settings file. Borrows both; opened by MainWindow's owner.
#include "CredentialStore.h"
#include "SipAccount.h"

#include <QDialog>

class QAudioSource;
class QCheckBox;
class QComboBox;
class QIODevice;
class QLabel;
class QLineEdit;
class QMediaDevices;
class QProgressBar;
class QPushButton;
class QSettings;
class QSoundEffect;
class QSpinBox;

namespace cd {

class SipSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SipSettingsDialog(QSettings &settings, CredentialStore &credentials, QWidget *parent = nullptr);
    ~SipSettingsDialog() override;

    /// The account as the form shows it now.
    SipAccount account() const;
    /// Problems with the form, one translated sentence each; empty when it can be saved.
    QStringList problems() const;
    /// Validates, then writes the account and (if typed) the password. On failure the reasons are
    /// shown in the dialog, the first bad field gets the focus, and nothing is written.
    bool save();
    /// The message line: validation errors, or where the password was stored.
    QString message() const;

Q_SIGNALS:
    void accountSaved(const cd::SipAccount &account);

private:
    void fill(const SipAccount &a);
    void fillDevices();
    void toggleMicTest();
    void stopMicTest();
    void onMicData();
    void playRingTone();
    void chooseRingTone();
    void showProblems(const QStringList &problems, QWidget *firstBad);
    bool hasStoredPassword(const SipAccount &a) const;

    QSettings &m_settings;
    CredentialStore &m_credentials;
    QMediaDevices *m_devices;
    QLineEdit *m_registrar;
    QLineEdit *m_user;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QComboBox *m_transport;
    QComboBox *m_dtmf;
    QSpinBox *m_noAnswer;
    QCheckBox *m_record;
    QComboBox *m_microphone;
    QLabel *m_noMicrophone;
    QPushButton *m_micTest;
    QProgressBar *m_level;
    QComboBox *m_speaker;
    QLabel *m_noSpeaker;
    QLineEdit *m_ringTone;
    QPushButton *m_ringBrowse;
    QPushButton *m_ringTest;
    QLabel *m_message;
    QAudioSource *m_source = nullptr;
    QIODevice *m_sourceIo = nullptr;
    QSoundEffect *m_effect = nullptr;
    QString m_savedMicrophone;
    QString m_savedSpeaker;
};

}  // namespace cd
