#include "SipSettingsDialog.h"

#include "Labels.h"

#include <QApplication>
#include <QAudioDevice>
#include <QAudioSource>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSoundEffect>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace cd {

namespace {

const QString BadStyle = QStringLiteral("border:1px solid #c62828;");

// host, host:port, [v6]:port, optionally sip:/sips:, user@ and ;parameters.
bool isSipAddress(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(sips?:)?([^@\s:;]+@)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(;\S*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

// Peak level 0..1 of one buffer of samples in the device's format.
double peakOf(const QByteArray &data, const QAudioFormat &format)
{
    double peak = 0.0;
    switch (format.sampleFormat()) {
    case QAudioFormat::Int16: {
        const auto *p = reinterpret_cast<const qint16 *>(data.constData());
        for (qsizetype i = 0; i < data.size() / 2; ++i)
            peak = qMax(peak, std::abs(double(p[i])) / 32768.0);
        break;
    }
    case QAudioFormat::Int32: {
        const auto *p = reinterpret_cast<const qint32 *>(data.constData());
        for (qsizetype i = 0; i < data.size() / 4; ++i)
            peak = qMax(peak, std::abs(double(p[i])) / 2147483648.0);
        break;
    }
    case QAudioFormat::Float: {
        const auto *p = reinterpret_cast<const float *>(data.constData());
        for (qsizetype i = 0; i < data.size() / 4; ++i)
            peak = qMax(peak, std::abs(double(p[i])));
        break;
    }
    case QAudioFormat::UInt8:
        for (const char c : data)
            peak = qMax(peak, std::abs(double(quint8(c)) - 128.0) / 128.0);
        break;
    default: break;
    }
    return qMin(peak, 1.0);
}

}  // namespace

SipSettingsDialog::SipSettingsDialog(QSettings &settings, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials), m_devices(new QMediaDevices(this)),
      m_registrar(new QLineEdit(this)), m_user(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_transport(new QComboBox(this)), m_dtmf(new QComboBox(this)),
      m_noAnswer(new QSpinBox(this)), m_record(new QCheckBox(this)), m_microphone(new QComboBox(this)),
      m_noMicrophone(new QLabel(this)), m_micTest(new QPushButton(this)), m_level(new QProgressBar(this)),
      m_speaker(new QComboBox(this)), m_noSpeaker(new QLabel(this)), m_ringTone(new QLineEdit(this)),
      m_ringBrowse(new QPushButton(this)), m_ringTest(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("sipSettingsDialog"));
    setWindowTitle(tr("Phone settings"));

    m_registrar->setObjectName(QStringLiteral("registrar"));
    m_registrar->setPlaceholderText(tr("sip:pbx.example.com"));
    m_user->setObjectName(QStringLiteral("sipUser"));
    m_user->setPlaceholderText(tr("Extension, e.g. 8001"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password->setObjectName(QStringLiteral("sipPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_transport->setObjectName(QStringLiteral("transport"));
    for (const auto t : {SipAccount::Transport::Udp, SipAccount::Transport::Tcp, SipAccount::Transport::Tls})
        m_transport->addItem(Labels::text(t), QVariant::fromValue(t));
    m_dtmf->setObjectName(QStringLiteral("dtmfMode"));
    for (const auto d : {CallEngine::DtmfMode::Rfc2833, CallEngine::DtmfMode::SipInfo})
        m_dtmf->addItem(Labels::text(d), QVariant::fromValue(d));
    m_noAnswer->setObjectName(QStringLiteral("noAnswerSeconds"));
    m_noAnswer->setRange(SipAccount::MinNoAnswerSeconds, SipAccount::MaxNoAnswerSeconds);
    m_noAnswer->setSuffix(tr(" s", "seconds"));
    m_record->setObjectName(QStringLiteral("recordCalls"));
    m_record->setText(tr("Record every call"));

    auto *account = new QGroupBox(tr("SIP account"), this);
    auto *accountForm = new QFormLayout(account);
    accountForm->addRow(tr("Registrar:"), m_registrar);
    accountForm->addRow(tr("User:"), m_user);
    accountForm->addRow(tr("Password:"), m_password);
    accountForm->addRow(tr("Display name:"), m_displayName);
    accountForm->addRow(tr("Transport:"), m_transport);
    accountForm->addRow(tr("Send keypad tones:"), m_dtmf);

    auto *calls = new QGroupBox(tr("Calls"), this);
    auto *callsForm = new QFormLayout(calls);
    callsForm->addRow(tr("Give up unanswered calls after:"), m_noAnswer);
    callsForm->addRow(QString(), m_record);

    m_microphone->setObjectName(QStringLiteral("microphone"));
    m_noMicrophone->setObjectName(QStringLiteral("noMicrophone"));
    m_noMicrophone->setText(tr("No microphone found. Plug in the headset; the list updates by itself."));
    m_noMicrophone->setWordWrap(true);
    m_micTest->setObjectName(QStringLiteral("micTest"));
    m_micTest->setText(tr("Test microphone"));
    m_level->setObjectName(QStringLiteral("micLevel"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setFixedHeight(10);
    m_speaker->setObjectName(QStringLiteral("speaker"));
    m_noSpeaker->setObjectName(QStringLiteral("noSpeaker"));
    m_noSpeaker->setText(tr("No speaker or headset found. Plug it in; the list updates by itself."));
    m_noSpeaker->setWordWrap(true);
    m_ringTone->setObjectName(QStringLiteral("ringTone"));
    m_ringTone->setPlaceholderText(tr("Built-in ring tone"));
    m_ringBrowse->setText(tr("Choose…"));
    m_ringTest->setObjectName(QStringLiteral("ringTest"));
    m_ringTest->setText(tr("Play"));

    auto *audio = new QGroupBox(tr("Headset"), this);
    auto *audioForm = new QFormLayout(audio);
    auto *micRow = new QHBoxLayout;
    micRow->addWidget(m_microphone, 1);
    micRow->addWidget(m_noMicrophone, 1);
    micRow->addWidget(m_micTest);
    audioForm->addRow(tr("Microphone:"), micRow);
    audioForm->addRow(tr("Level:"), m_level);
    auto *speakerRow = new QHBoxLayout;
    speakerRow->addWidget(m_speaker, 1);
    speakerRow->addWidget(m_noSpeaker, 1);
    audioForm->addRow(tr("Speaker:"), speakerRow);
    auto *ringRow = new QHBoxLayout;
    ringRow->addWidget(m_ringTone, 1);
    ringRow->addWidget(m_ringBrowse);
    ringRow->addWidget(m_ringTest);
    audioForm->addRow(tr("Ring tone:"), ringRow);

    m_message->setObjectName(QStringLiteral("sipSettingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(calls);
    layout->addWidget(audio);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_micTest, &QPushButton::clicked, this, &SipSettingsDialog::toggleMicTest);
    connect(m_ringTest, &QPushButton::clicked, this, &SipSettingsDialog::playRingTone);
    connect(m_ringBrowse, &QPushButton::clicked, this, &SipSettingsDialog::chooseRingTone);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &SipSettingsDialog::fillDevices);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SipSettingsDialog::fillDevices);
    connect(m_microphone, &QComboBox::currentIndexChanged, this, [this] {
        if (m_source) {  // the test follows the choice
            stopMicTest();
            toggleMicTest();
        }
    });

    const SipAccount saved = SipAccount::load(m_settings);
    m_savedMicrophone = saved.microphoneId;
    m_savedSpeaker = saved.speakerId;
    fill(saved);
    fillDevices();
    m_password->setPlaceholderText(hasStoredPassword(saved) ? tr("Stored — type a new one to replace it")
                                                            : tr("Required"));
}

SipSettingsDialog::~SipSettingsDialog() { stopMicTest(); }

void SipSettingsDialog::fill(const SipAccount &a)
{
    m_registrar->setText(a.registrar);
    m_user->setText(a.user);
    m_displayName->setText(a.displayName);
    m_transport->setCurrentIndex(m_transport->findData(QVariant::fromValue(a.transport)));
    m_dtmf->setCurrentIndex(m_dtmf->findData(QVariant::fromValue(a.dtmfMode)));
    m_noAnswer->setValue(a.noAnswerSeconds);
    m_record->setChecked(a.recordCalls);
    m_ringTone->setText(a.ringTone);
}

void SipSettingsDialog::fillDevices()
{
    const auto fillOne = [](QComboBox *combo, QLabel *none, const QList<QAudioDevice> &devices,
                            const QString &wanted) {
        const QString current = combo->count() ? combo->currentData().toString() : wanted;
        combo->clear();
        // With nothing plugged in, a combo with only "System default" would suggest it works.
        combo->setVisible(!devices.isEmpty());
        none->setVisible(devices.isEmpty());
        if (devices.isEmpty())
            return;
        combo->addItem(tr("System default"), QString());
        for (const QAudioDevice &d : devices)
            combo->addItem(d.description(), QString::fromUtf8(d.id()));
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            // Keep the agent's headset chosen while it is unplugged: it is used again when back.
            combo->addItem(tr("%1 (not connected)").arg(current), current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
    };
    fillOne(m_microphone, m_noMicrophone, QMediaDevices::audioInputs(), m_savedMicrophone);
    fillOne(m_speaker, m_noSpeaker, QMediaDevices::audioOutputs(), m_savedSpeaker);
    const bool hasInputs = !QMediaDevices::audioInputs().isEmpty();
    if (!hasInputs)
        stopMicTest();  // the microphone under test was unplugged
    m_micTest->setEnabled(hasInputs);
    m_micTest->setVisible(hasInputs);  // the explanation gets the room instead
    m_level->setEnabled(hasInputs);
}

SipAccount SipSettingsDialog::account() const
{
    SipAccount a;
    a.registrar = m_registrar->text().trimmed();
    a.user = m_user->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.transport = m_transport->currentData().value<SipAccount::Transport>();
    a.dtmfMode = m_dtmf->currentData().value<CallEngine::DtmfMode>();
    a.noAnswerSeconds = m_noAnswer->value();
    a.recordCalls = m_record->isChecked();
    // No device listed: keep what was chosen before rather than forgetting the headset.
    a.microphoneId = m_microphone->count() ? m_microphone->currentData().toString() : m_savedMicrophone;
    a.speakerId = m_speaker->count() ? m_speaker->currentData().toString() : m_savedSpeaker;
    a.ringTone = m_ringTone->text().trimmed();
    return a;
}

bool SipSettingsDialog::hasStoredPassword(const SipAccount &a) const
{
    if (a.user.isEmpty() || a.registrarHost().isEmpty())
        return false;
    return m_credentials.load(a.credentialKey()).ok();
}

QStringList SipSettingsDialog::problems() const
{
    const SipAccount a = account();
    QStringList out;
    if (a.registrar.isEmpty())
        out << tr("Enter the registrar: the address of the phone server, e.g. sip:pbx.example.com.");
    else if (!isSipAddress(a.registrar))
        out << tr("The registrar \"%1\" is not a SIP address. Use host, host:port or sip:host.")
                   .arg(a.registrar);
    static const QRegularExpression badUser(QStringLiteral(R"([\s@:;<>"])"));
    if (a.user.isEmpty())
        out << tr("Enter the SIP user (your extension).");
    else if (a.user.contains(badUser))
        out << tr("The SIP user may not contain spaces or any of @ : ; < > \".");
    if (m_password->text().isEmpty() && !a.user.isEmpty() && !a.registrarHost().isEmpty()
        && !hasStoredPassword(a))
        out << tr("Enter the SIP password: none is stored for %1 yet.").arg(a.credentialKey());
    if (a.noAnswerSeconds < SipAccount::MinNoAnswerSeconds
        || a.noAnswerSeconds > SipAccount::MaxNoAnswerSeconds)
        out << tr("The no-answer time must be between %1 and %2 seconds.")
                   .arg(SipAccount::MinNoAnswerSeconds)
                   .arg(SipAccount::MaxNoAnswerSeconds);
    if (!a.ringTone.isEmpty()) {
        const QFileInfo f(a.ringTone);
        if (!f.isAbsolute() || !f.isFile())
            out << tr("The ring tone file %1 does not exist.").arg(a.ringTone);
        else if (f.suffix().compare(QLatin1String("wav"), Qt::CaseInsensitive) != 0)
            out << tr("The ring tone must be a WAV file.");
    }
    return out;
}

void SipSettingsDialog::showProblems(const QStringList &problems, QWidget *firstBad)
{
    m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_message->setText(problems.join(QLatin1Char('\n')));
    if (firstBad)
        firstBad->setFocus();
}

bool SipSettingsDialog::save()
{
    for (QWidget *w : {static_cast<QWidget *>(m_registrar), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_ringTone)})
        w->setStyleSheet(QString());
    const SipAccount a = account();
    const QStringList found = problems();
    if (!found.isEmpty()) {
        // Mark every field that needs attention; the focus goes to the first from the top.
        QWidget *first = nullptr;
        const auto mark = [&first](QWidget *w, bool bad) {
            if (!bad)
                return;
            w->setStyleSheet(BadStyle);
            if (!first)
                first = w;
        };
        mark(m_registrar, a.registrar.isEmpty() || !isSipAddress(a.registrar));
        mark(m_user,
             a.user.isEmpty() || a.user.contains(QRegularExpression(QStringLiteral(R"([\s@:;<>"])"))));
        mark(m_password, m_password->text().isEmpty() && !hasStoredPassword(a));
        const QFileInfo ring(a.ringTone);
        mark(m_ringTone,
             !a.ringTone.isEmpty()
                 && (!ring.isAbsolute() || !ring.isFile()
                     || ring.suffix().compare(QLatin1String("wav"), Qt::CaseInsensitive) != 0));
        showProblems(found, first);
        return false;
    }

    // The password first: an account saved without a usable password would fail to register.
    QString where;
    if (!m_password->text().isEmpty()) {
        const Result<CredentialStore::Backend> stored =
            m_credentials.store(a.credentialKey(), m_password->text());
        if (!stored) {
            showProblems(
                {tr("The password could not be stored, nothing was saved: %1").arg(stored.error().detail)},
                m_password);
            return false;
        }
        where = stored.value() == CredentialStore::Backend::Keychain
            ? tr("The password is kept in the desktop keyring.")
            : tr("The password is kept in a file only you can read: %1").arg(m_credentials.filePath());
        m_password->clear();
        m_password->setPlaceholderText(tr("Stored — type a new one to replace it"));
    }
    a.save(m_settings);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        showProblems({tr("The settings could not be written to %1.").arg(m_settings.fileName())}, nullptr);
        return false;
    }
    m_savedMicrophone = a.microphoneId;
    m_savedSpeaker = a.speakerId;
    m_message->setStyleSheet(QString());
    m_message->setText(where.isEmpty() ? tr("Saved.") : tr("Saved. %1").arg(where));
    Q_EMIT accountSaved(a);
    return true;
}

QString SipSettingsDialog::message() const { return m_message->text(); }

void SipSettingsDialog::toggleMicTest()
{
    if (m_source) {
        stopMicTest();
        return;
    }
    const QString id = m_microphone->currentData().toString();
    QAudioDevice device = QMediaDevices::defaultAudioInput();
    for (const QAudioDevice &d : QMediaDevices::audioInputs()) {
        if (QString::fromUtf8(d.id()) == id)
            device = d;
    }
    if (device.isNull()) {
        showProblems({tr("The microphone is not connected.")}, m_microphone);
        return;
    }
    m_source = new QAudioSource(device, device.preferredFormat(), this);
    m_sourceIo = m_source->start();
    if (!m_sourceIo || m_source->error() != QAudio::NoError) {
        stopMicTest();
        showProblems({tr("The microphone could not be opened. Another program may be using it.")},
                     m_microphone);
        return;
    }
    connect(m_sourceIo, &QIODevice::readyRead, this, &SipSettingsDialog::onMicData);
    m_micTest->setText(tr("Stop test"));
}

void SipSettingsDialog::stopMicTest()
{
    if (!m_source)
        return;
    m_source->stop();
    m_source->deleteLater();
    m_source = nullptr;
    m_sourceIo = nullptr;
    m_level->setValue(0);
    m_micTest->setText(tr("Test microphone"));
}

void SipSettingsDialog::onMicData()
{
    if (!m_sourceIo)
        return;
    const double peak = peakOf(m_sourceIo->readAll(), m_source->format());
    m_level->setValue(int(std::lround(peak * 100.0)));
}

void SipSettingsDialog::playRingTone()
{
    const QString path = m_ringTone->text().trimmed();
    if (!path.isEmpty() && !QFileInfo(path).isFile()) {
        showProblems({tr("The ring tone file %1 does not exist.").arg(path)}, m_ringTone);
        return;
    }
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
            if (m_effect->status() == QSoundEffect::Error)
                showProblems({tr("The ring tone could not be played. Is it a valid WAV file?")}, m_ringTone);
        });
    }
    const QString id = m_speaker->currentData().toString();
    for (const QAudioDevice &d : QMediaDevices::audioOutputs()) {
        if (QString::fromUtf8(d.id()) == id)
            m_effect->setAudioDevice(d);
    }
    // Empty: the built-in tone the call bar rings with (resources/sounds/ring.wav).
    m_effect->setSource(path.isEmpty() ? QUrl(QStringLiteral("qrc:/sounds/ring.wav")) : QUrl::fromLocalFile(path));
    m_effect->play();
}

void SipSettingsDialog::chooseRingTone()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Ring tone"), m_ringTone->text(), tr("WAV sound (*.wav)"));
    if (!path.isEmpty())
        m_ringTone->setText(path);
}

}  // namespace cd
