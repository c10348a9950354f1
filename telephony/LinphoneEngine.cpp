// liblinphone first: its headers use identifiers that Qt's keyword macros would rewrite.
#include <linphone++/linphone.hh>

#include "LinphoneEngine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

namespace cd {

Q_DECLARE_LOGGING_CATEGORY(lcTelephony)

namespace {

std::string utf8(const QString &s) { return s.toUtf8().toStdString(); }
QString qs(const std::string &s) { return QString::fromUtf8(s.data(), int(s.size())); }

QString withSlash(QString dir) { return dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'); }

bool validDtmf(QChar digit)
{
    const char16_t c = digit.unicode();
    return (c >= u'0' && c <= u'9') || c == u'*' || c == u'#' || (c >= u'A' && c <= u'D');
}

// The SIP status of a failed call first (it is what the PBX meant), liblinphone's Reason second
// (transport errors and timeouts have no status code).
CallEngine::EndReason reasonFor(const std::shared_ptr<linphone::Call> &call)
{
    int code = 0;
    if (auto ei = call->getErrorInfo())
        code = ei->getProtocolCode();
    switch (code) {
    case 486:
    case 600: return CallEngine::EndReason::Busy;
    case 480: return CallEngine::EndReason::NoAnswer;
    case 404:
    case 484:
    case 604: return CallEngine::EndReason::InvalidNumber;
    case 603: return CallEngine::EndReason::Declined;
    default: break;
    }
    switch (call->getReason()) {
    case linphone::Reason::Busy: return CallEngine::EndReason::Busy;
    case linphone::Reason::TemporarilyUnavailable: return CallEngine::EndReason::NoAnswer;
    case linphone::Reason::NotFound:
    case linphone::Reason::AddressIncomplete: return CallEngine::EndReason::InvalidNumber;
    case linphone::Reason::Declined: return CallEngine::EndReason::Declined;
    default: return CallEngine::EndReason::Failed;
    }
}

}  // namespace

struct LinphoneEngine::Private
{
    class Listener;

    LinphoneEngine *q;
    Options opt;
    std::shared_ptr<linphone::Core> core;
    std::shared_ptr<Listener> listener;
    QTimer iterateTimer;
    QTimer ringTimer;
    QTimer qualityTimer;
    QString error;

    std::shared_ptr<linphone::Call> call;     ///< the customer call (outgoing or incoming)
    std::shared_ptr<linphone::Call> consult;  ///< attended transfer: the consultation call
    QString pendingConsultTarget;             ///< waiting for the customer call to be paused
    ConsultState consultState = ConsultState::None;
    bool completingTransfer = false;
    bool transferred = false;
    QString transferTarget;
    bool noAnswerFired = false;
    bool localHangup = false;
    bool recording = false;

    DtmfMode dtmfMode = DtmfMode::Rfc2833;
    QString recordDir;
    QString nextRecordFile;
    QString recordPath;

    std::shared_ptr<linphone::Account> account;
    RegistrationState regState = RegistrationState::None;
    QString regReason;
    Quality quality;

    void onCallState(const std::shared_ptr<linphone::Call> &c, linphone::Call::State st, const std::string &msg);
    void onCustomerState(linphone::Call::State st);
    void onConsultState(linphone::Call::State st);
    void onTransferState(const std::shared_ptr<linphone::Call> &c, linphone::Call::State st);
    void onRegistration(const std::shared_ptr<linphone::Account> &a, linphone::RegistrationState st,
                        const std::string &msg);
    void endCustomerCall();
    void setConsultState(ConsultState s);
    void consultOver(EndReason why);
    bool inviteConsult();
    void applyDtmfMode();
    std::shared_ptr<linphone::Address> addressFor(const QString &number) const;
    std::shared_ptr<linphone::CallParams> paramsFor(const std::shared_ptr<linphone::Call> &c);
    void pollQuality();
};

class LinphoneEngine::Private::Listener : public linphone::CoreListener
{
public:
    explicit Listener(Private *d) : d(d) {}
    void onCallStateChanged(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::Call> &call,
                            linphone::Call::State state, const std::string &message) override
    {
        d->onCallState(call, state, message);
    }
    void onTransferStateChanged(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::Call> &call,
                                linphone::Call::State state) override
    {
        d->onTransferState(call, state);
    }
    void onAccountRegistrationStateChanged(const std::shared_ptr<linphone::Core> &,
                                           const std::shared_ptr<linphone::Account> &account,
                                           linphone::RegistrationState state, const std::string &message) override
    {
        d->onRegistration(account, state, message);
    }

private:
    Private *d;
};

LinphoneEngine::LinphoneEngine(Options options, QObject *parent) : CallEngine(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->opt = std::move(options);
    d->iterateTimer.setTimerType(Qt::PreciseTimer);
    d->iterateTimer.setInterval(qMax(1, d->opt.iterateIntervalMs));
    connect(&d->iterateTimer, &QTimer::timeout, this, [this] {
        if (d->core)
            d->core->iterate();
    });
    d->ringTimer.setSingleShot(true);
    connect(&d->ringTimer, &QTimer::timeout, this, [this] {
        if (!d->call || state() != CallState::Ringing)
            return;
        qCInfo(lcTelephony) << "no answer after" << d->opt.ringTimeoutMs << "ms: cancelling";
        d->noAnswerFired = true;
        d->call->terminate();
    });
    d->qualityTimer.setInterval(qMax(100, d->opt.qualityIntervalMs));
    connect(&d->qualityTimer, &QTimer::timeout, this, [this] { d->pollQuality(); });
}

LinphoneEngine::~LinphoneEngine()
{
    // Nobody listens any more: the UI may already be half destroyed.
    blockSignals(true);
    d->iterateTimer.stop();
    if (!d->core)
        return;
    if (d->core->getCallsNb() > 0 || d->account) {
        // Give the BYE/CANCEL and the un-REGISTER a chance to leave before the sockets close.
        d->core->terminateAllCalls();
        if (d->account)
            d->core->clearAccounts();
        for (int i = 0; i < 20; ++i) {
            d->core->iterate();
            QThread::msleep(5);
        }
    }
    d->core->removeListener(d->listener);
    d->core->stop();
    d->call.reset();
    d->consult.reset();
    d->account.reset();
    d->core.reset();
}

bool LinphoneEngine::start()
{
    if (d->core)
        return true;
    if (d->opt.baseDir.isEmpty()) {
        d->error = QStringLiteral("no base directory");
        return false;
    }
    const QString base = withSlash(QDir(d->opt.baseDir).absolutePath());
    // An empty plugin folder of our own: the system one holds a video plugin that drags Qt 5 into the
    // process.
    for (const char *sub : {"config", "data", "download", "msplugins"}) {
        if (!QDir().mkpath(base + QLatin1String(sub))) {
            d->error = QStringLiteral("cannot create %1%2").arg(base, QLatin1String(sub));
            return false;
        }
    }
    // Without bind addresses in the rc file the SDP advertises eth0's address even on loopback and
    // liblinphone briefly binds :5060 at start.
    const QString rcPath = base + QStringLiteral("config/linphonerc");
    QFile rc(rcPath);
    if (!rc.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        d->error = QStringLiteral("cannot write %1").arg(rcPath);
        return false;
    }
    const int port = d->opt.sipPort > 0 ? d->opt.sipPort : -1;
    rc.write(QStringLiteral("[sip]\nbind_address=%1\nsip_port=%2\nsip_tcp_port=%2\nsip_tls_port=0\n"
                            "ipv6=0\nguess_hostname=1\ninc_timeout=60\n"
                            "[rtp]\nbind_address=%1\naudio_rtp_port=-1\nvideo_rtp_port=-1\n"
                            "[video]\nenabled=0\ncapture=0\ndisplay=0\nautomatically_initiate=0\n"
                            "automatically_accept=0\n"
                            "[sound]\nechocancellation=0\n")
                 .arg(d->opt.bindAddress)
                 .arg(port)
                 .toUtf8());
    rc.close();

    auto factory = linphone::Factory::get();
    factory->setConfigDir(utf8(base + QStringLiteral("config/")));
    factory->setDataDir(utf8(base + QStringLiteral("data/")));
    factory->setDownloadDir(utf8(base + QStringLiteral("download/")));
    factory->setMspluginsDir(utf8(base + QStringLiteral("msplugins/")));
    linphone::LoggingService::get()->setLogLevel(d->opt.liblinphoneLog ? linphone::LogLevel::Message
                                                                        : linphone::LogLevel::Fatal);

    d->core = factory->createCore(utf8(rcPath), "", nullptr);
    if (!d->core) {
        d->error = QStringLiteral("liblinphone could not create a core");
        return false;
    }
    d->listener = std::make_shared<Private::Listener>(d.get());
    d->core->addListener(d->listener);
    d->core->setUserAgent("CollectDesk", "1");
    d->core->enableIpv6(false);
    d->core->setAudioPort(-1);
    d->core->setCallLogsDatabasePath(utf8(base + QStringLiteral("data/calls.db")));
    auto transports = factory->createTransports();
    transports->setUdpPort(port);
    transports->setTcpPort(port);
    transports->setTlsPort(0);
    d->core->setTransports(transports);
    if (d->opt.useFiles) {
        d->core->setUseFiles(true);
        d->core->setPlayFile(utf8(d->opt.playFile));
        // What the far end says goes to a scratch file; recordings proper are per call.
        d->core->setRecordFile(utf8(base + QStringLiteral("data/received.wav")));
    }
    if (d->core->start() != linphone::Status(0)) {
        d->error = QStringLiteral("liblinphone core did not start (port %1 in use?)").arg(port);
        d->core->removeListener(d->listener);
        d->core.reset();
        return false;
    }
    d->applyDtmfMode();
    d->iterateTimer.start();
    qCInfo(lcTelephony) << "liblinphone core started on" << d->opt.bindAddress << "port" << localSipPort();
    return true;
}

bool LinphoneEngine::isStarted() const { return bool(d->core); }
QString LinphoneEngine::lastError() const { return d->error; }

int LinphoneEngine::localSipPort() const
{
    if (!d->core)
        return 0;
    auto used = d->core->getTransportsUsed();
    return used->getUdpPort() > 0 ? used->getUdpPort() : used->getTcpPort();
}

void LinphoneEngine::Private::applyDtmfMode()
{
    // liblinphone ignores both setters before start(); callers may set the mode earlier.
    if (!core)
        return;
    core->setUseRfc2833ForDtmf(dtmfMode == DtmfMode::Rfc2833);
    core->setUseInfoForDtmf(dtmfMode == DtmfMode::SipInfo);
}

void LinphoneEngine::setDtmfMode(DtmfMode mode)
{
    d->dtmfMode = mode;
    d->applyDtmfMode();
}

CallEngine::DtmfMode LinphoneEngine::dtmfMode() const { return d->dtmfMode; }
void LinphoneEngine::setRecordDirectory(const QString &dir) { d->recordDir = dir; }
void LinphoneEngine::setNextRecordFile(const QString &path) { d->nextRecordFile = path; }
void LinphoneEngine::setRingTimeoutMs(int ms) { d->opt.ringTimeoutMs = qMax(1, ms); }

// --- registration ---------------------------------------------------------------------------

bool LinphoneEngine::registerAccount(const QString &registrar, const QString &user, const QString &password,
                                     Transport transport)
{
    if (!d->core && !start())
        return false;
    auto factory = linphone::Factory::get();
    auto server = factory->createAddress(utf8(registrar.startsWith(QLatin1String("sip")) ? registrar
                                                                                        : QStringLiteral("sip:") + registrar));
    if (!server || user.isEmpty()) {
        d->error = QStringLiteral("invalid registrar or user");
        return false;
    }
    unregisterAccount();
    if (transport == Transport::Tls) {
        // Outgoing TLS needs a TLS listening point; a random port is enough.
        auto transports = d->core->getTransports();
        transports->setTlsPort(-1);
        d->core->setTransports(transports);
    }
    server->setTransport(transport == Transport::Tcp   ? linphone::TransportType::Tcp
                         : transport == Transport::Tls ? linphone::TransportType::Tls
                                                       : linphone::TransportType::Udp);
    auto identity = factory->createAddress(utf8(QStringLiteral("sip:%1@%2").arg(user, qs(server->getDomain()))));
    if (!identity) {
        d->error = QStringLiteral("invalid user");
        return false;
    }
    auto params = d->core->createAccountParams();
    params->setIdentityAddress(identity);
    params->setServerAddress(server);
    params->enableRegister(true);
    params->setExpires(600);
    // Empty realm: answer whatever realm the PBX challenges with.
    d->core->addAuthInfo(factory->createAuthInfo(utf8(user), "", utf8(password), "", "", server->getDomain()));
    d->account = d->core->createAccount(params);
    if (!d->account || d->core->addAccount(d->account) != linphone::Status(0)) {
        d->error = QStringLiteral("liblinphone refused the account");
        d->account.reset();
        return false;
    }
    d->core->setDefaultAccount(d->account);
    return true;
}

void LinphoneEngine::unregisterAccount()
{
    if (!d->core || !d->account)
        return;
    d->core->clearAccounts();
    d->core->clearAllAuthInfo();
    d->account.reset();
    if (d->regState != RegistrationState::None) {
        d->regState = RegistrationState::None;
        d->regReason.clear();
        Q_EMIT registrationStateChanged(d->regState, d->regReason);
    }
}

void LinphoneEngine::Private::onRegistration(const std::shared_ptr<linphone::Account> &a,
                                             linphone::RegistrationState st, const std::string &msg)
{
    if (a != account)
        return;
    RegistrationState s = RegistrationState::None;
    QString reason;
    switch (st) {
    case linphone::RegistrationState::Progress: s = RegistrationState::Progress; break;
    case linphone::RegistrationState::Ok: s = RegistrationState::Ok; break;
    case linphone::RegistrationState::Failed: {
        s = RegistrationState::Failed;
        reason = qs(msg);
        if (auto ei = a->getErrorInfo(); ei && ei->getProtocolCode() > 0)
            reason = QStringLiteral("%1 %2").arg(ei->getProtocolCode()).arg(qs(ei->getPhrase()));
        if (reason.isEmpty())
            reason = QStringLiteral("registration failed");
        break;
    }
    default: s = RegistrationState::None; break;
    }
    if (s == regState && reason == regReason)
        return;
    regState = s;
    regReason = reason;
    qCInfo(lcTelephony) << "registration" << s << reason;
    Q_EMIT q->registrationStateChanged(s, reason);
}

CallEngine::RegistrationState LinphoneEngine::registrationState() const { return d->regState; }
QString LinphoneEngine::registrationReason() const { return d->regReason; }

// --- calls ----------------------------------------------------------------------------------

std::shared_ptr<linphone::Address> LinphoneEngine::Private::addressFor(const QString &number) const
{
    const QString n = number.trimmed();
    if (n.startsWith(QLatin1String("sip:")) || n.startsWith(QLatin1String("sips:")))
        return linphone::Factory::get()->createAddress(utf8(n));
    // A bare number goes through the registered account's domain.
    return core->interpretUrl(utf8(n));
}

std::shared_ptr<linphone::CallParams> LinphoneEngine::Private::paramsFor(const std::shared_ptr<linphone::Call> &c)
{
    auto params = core->createCallParams(c);
    params->enableVideo(false);
    recordPath.clear();
    QString path = nextRecordFile;
    nextRecordFile.clear();
    if (path.isEmpty() && !recordDir.isEmpty()) {
        QString who = q->remoteNumber();
        who.replace(QRegularExpression(QStringLiteral("[^0-9A-Za-z_.-]")), QStringLiteral("_"));
        path = QDir(recordDir).absoluteFilePath(
            QStringLiteral("call-%1-%2.wav")
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), who.left(40)));
    }
    if (!path.isEmpty()) {
        path = QFileInfo(path).absoluteFilePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        params->setRecordFile(utf8(path));
        recordPath = path;
    }
    return params;
}

bool LinphoneEngine::dial(const QString &number)
{
    if (inCall() || number.trimmed().isEmpty()) {
        qCWarning(lcTelephony) << "dial refused:" << (inCall() ? "a call is in progress" : "empty number");
        return false;
    }
    if (!d->core && !start()) {
        qCWarning(lcTelephony) << "dial refused:" << d->error;
        return false;
    }
    auto address = d->addressFor(number);
    if (!address) {
        qCWarning(lcTelephony) << "dial refused: not a SIP address:" << number;
        return false;
    }
    d->noAnswerFired = d->localHangup = d->transferred = d->recording = false;
    d->transferTarget.clear();
    d->quality = {};
    beginCall(number);
    auto params = d->paramsFor(nullptr);
    setState(CallState::Dialing);
    // A slot on stateChanged(Dialing) may have hung up already: then nothing goes out.
    if (state() != CallState::Dialing)
        return true;
    auto call = d->core->inviteAddressWithParams(address, params);
    if (!call) {
        qCWarning(lcTelephony) << "liblinphone refused to call" << number;
        finishCall(EndReason::Failed);
        return true;
    }
    d->call = call;
    // Callbacks fired inside the invite (a synchronous failure) did not know the call yet.
    const auto st = call->getState();
    if (st == linphone::Call::State::Error || st == linphone::Call::State::End
        || st == linphone::Call::State::Released)
        d->endCustomerCall();
    return true;
}

bool LinphoneEngine::answer()
{
    if (!d->call || d->call->getDir() != linphone::Call::Dir::Incoming || state() != CallState::Ringing)
        return false;
    auto params = d->paramsFor(d->call);
    return d->call->acceptWithParams(params) == linphone::Status(0);
}

void LinphoneEngine::hangup()
{
    if (!inCall())
        return;
    d->ringTimer.stop();
    d->localHangup = true;
    if (d->consult) {
        d->completingTransfer = true;  // no automatic resume of a call we are ending
        d->consult->terminate();
    }
    if (d->call) {
        if (d->recording) {
            d->call->stopRecording();
            d->recording = false;
        }
        if (d->call->getDir() == linphone::Call::Dir::Incoming && state() == CallState::Ringing)
            d->call->decline(linphone::Reason::Busy);
        else
            d->call->terminate();
    } else {
        finishCall(EndReason::LocalHangup);
    }
}

void LinphoneEngine::setHold(bool onHold)
{
    if (!d->call)
        return;
    if (onHold && state() == CallState::Connected)
        d->call->pause();
    else if (!onHold && state() == CallState::OnHold && !d->consult && d->pendingConsultTarget.isEmpty())
        d->call->resume();
    else
        qCDebug(lcTelephony) << "setHold(" << onHold << ") ignored in state" << state();
}

void LinphoneEngine::setMuted(bool muted)
{
    if (!inCall() || !d->call)
        return;
    d->call->setMicrophoneMuted(muted);
    setMutedState(muted);
}

bool LinphoneEngine::sendDtmf(QChar digit)
{
    if (state() != CallState::Connected || !d->call || !validDtmf(digit))
        return false;
    if (d->call->sendDtmf(char(digit.unicode())) != linphone::Status(0))
        return false;
    Q_EMIT dtmfSent(digit);
    return true;
}

void LinphoneEngine::Private::onCallState(const std::shared_ptr<linphone::Call> &c, linphone::Call::State st,
                                          const std::string &msg)
{
    qCDebug(lcTelephony) << "liblinphone call state" << int(st) << qs(msg);
    if (st == linphone::Call::State::IncomingReceived && c != call && c != consult) {
        if (q->inCall() || consult) {
            c->decline(linphone::Reason::Busy);  // one call at a time; the PBX may try another agent
            return;
        }
        call = c;
        noAnswerFired = localHangup = transferred = recording = false;
        transferTarget.clear();
        quality = {};
        recordPath.clear();
        auto from = c->getRemoteAddress();
        const QString number = from ? qs(from->getUsername().empty() ? from->asStringUriOnly() : from->getUsername())
                                    : QString();
        q->beginCall(number);
        q->setState(CallState::Ringing);
        Q_EMIT q->incomingCall(number);
        return;
    }
    if (c == call)
        onCustomerState(st);
    else if (c == consult)
        onConsultState(st);
}

void LinphoneEngine::Private::onCustomerState(linphone::Call::State st)
{
    using S = linphone::Call::State;
    switch (st) {
    case S::OutgoingRinging:
    case S::OutgoingEarlyMedia:
        if (q->state() == CallState::Dialing) {
            ringTimer.start(opt.ringTimeoutMs);
            q->setState(CallState::Ringing);
        }
        break;
    case S::Connected:
        ringTimer.stop();
        q->setState(CallState::Connected);
        qualityTimer.start();
        break;
    case S::StreamsRunning:
        // The recorder needs running audio streams: startRecording() in Connected does nothing.
        if (!recordPath.isEmpty() && !recording && q->inCall()) {
            call->startRecording();
            recording = true;
            Q_EMIT q->recordingStarted(recordPath);
        }
        // Also the end of a resume. Not while a consult is being set up: that pause is on its way.
        if (pendingConsultTarget.isEmpty() && !consult)
            q->setState(CallState::Connected);
        break;
    case S::Pausing:
    case S::Paused:
        q->setState(CallState::OnHold);
        if (st == S::Paused && !pendingConsultTarget.isEmpty())
            inviteConsult();
        break;
    case S::Error:
    case S::End: endCustomerCall(); break;
    case S::Released:
        endCustomerCall();
        call.reset();
        break;
    default: break;
    }
}

void LinphoneEngine::Private::endCustomerCall()
{
    ringTimer.stop();
    qualityTimer.stop();
    if (!call || !q->inCall())
        return;
    if (recording) {
        call->stopRecording();
        recording = false;
    }
    EndReason why;
    if (noAnswerFired)
        why = EndReason::NoAnswer;
    else if (transferred || localHangup)
        why = EndReason::LocalHangup;
    else if (q->answeredAt().isValid())
        why = EndReason::RemoteHangup;
    else {
        why = reasonFor(call);
        // A caller who gives up on our ringing phone (CANCEL) has no failure code.
        if (why == EndReason::Failed && call->getDir() == linphone::Call::Dir::Incoming
            && call->getReason() == linphone::Reason::None)
            why = EndReason::RemoteHangup;
    }
    pendingConsultTarget.clear();
    if (consult) {
        // The customer is gone: the consultation has nothing left to transfer.
        completingTransfer = true;
        consult->terminate();
    }
    q->finishCall(why);
}

// --- transfer -------------------------------------------------------------------------------

bool LinphoneEngine::blindTransfer(const QString &target)
{
    if (!d->call || (state() != CallState::Connected && state() != CallState::OnHold) || d->consult)
        return false;
    auto address = d->addressFor(target);
    if (!address)
        return false;
    d->transferTarget = target;
    return d->call->transferTo(address) == linphone::Status(0);
}

bool LinphoneEngine::startConsult(const QString &target)
{
    if (!d->call || (state() != CallState::Connected && state() != CallState::OnHold) || d->consult
        || !d->pendingConsultTarget.isEmpty() || !d->addressFor(target))
        return false;
    d->pendingConsultTarget = target;
    d->completingTransfer = false;
    d->setConsultState(ConsultState::Dialing);
    if (d->call->getState() == linphone::Call::State::Paused)
        return d->inviteConsult();
    // The consultation starts once the customer hears the hold (Paused), see onCustomerState().
    d->call->pause();
    return true;
}

bool LinphoneEngine::Private::inviteConsult()
{
    const QString target = pendingConsultTarget;
    pendingConsultTarget.clear();
    auto params = core->createCallParams(nullptr);
    params->enableVideo(false);
    consult = core->inviteAddressWithParams(addressFor(target), params);
    if (!consult) {
        consultOver(EndReason::Failed);
        return false;
    }
    transferTarget = target;
    // Callbacks fired inside the invite (a synchronous failure) did not know the call yet.
    const auto st = consult->getState();
    if (st == linphone::Call::State::Error || st == linphone::Call::State::End
        || st == linphone::Call::State::Released)
        onConsultState(st);
    return true;
}

void LinphoneEngine::Private::setConsultState(ConsultState s)
{
    if (s == consultState)
        return;
    consultState = s;
    Q_EMIT q->consultStateChanged(s);
}

void LinphoneEngine::Private::onConsultState(linphone::Call::State st)
{
    using S = linphone::Call::State;
    switch (st) {
    case S::OutgoingRinging:
    case S::OutgoingEarlyMedia: setConsultState(ConsultState::Ringing); break;
    case S::Connected:
    case S::StreamsRunning: setConsultState(ConsultState::Connected); break;
    case S::Error:
    case S::End:
    case S::Released: {
        if (consultState == ConsultState::None)
            break;
        const EndReason why = consultState == ConsultState::Connected ? EndReason::RemoteHangup : reasonFor(consult);
        consult.reset();
        if (completingTransfer) {
            setConsultState(ConsultState::None);
            break;
        }
        consultOver(localHangup ? EndReason::LocalHangup : why);
        break;
    }
    default: break;
    }
}

void LinphoneEngine::Private::consultOver(EndReason why)
{
    // Never leave the customer silently on hold: whatever ended the consultation, resume.
    setConsultState(ConsultState::None);
    pendingConsultTarget.clear();
    localHangup = false;
    if (call && call->getState() == linphone::Call::State::Paused) {
        qCInfo(lcTelephony) << "consultation ended (" << why << "): resuming the customer";
        call->resume();
    }
    Q_EMIT q->consultFailed(why);
}

bool LinphoneEngine::completeTransfer()
{
    if (!d->call || !d->consult || d->consultState != ConsultState::Connected)
        return false;
    d->completingTransfer = true;
    if (d->call->transferToAnother(d->consult) != linphone::Status(0)) {
        d->completingTransfer = false;
        return false;
    }
    return true;
}

bool LinphoneEngine::cancelConsult()
{
    if (!d->pendingConsultTarget.isEmpty()) {
        // Still waiting for the hold: nothing was dialled, just take the customer back.
        d->consultOver(EndReason::LocalHangup);
        return true;
    }
    if (!d->consult)
        return false;
    d->localHangup = true;  // consultOver() clears it again; the customer call stays ours
    d->consult->terminate();
    return true;
}

void LinphoneEngine::Private::onTransferState(const std::shared_ptr<linphone::Call> &c, linphone::Call::State st)
{
    if (c != call)
        return;
    qCDebug(lcTelephony) << "transfer state" << int(st);
    using S = linphone::Call::State;
    if (st == S::Connected && !transferred) {
        transferred = true;
        Q_EMIT q->transferred(transferTarget);
        // Our legs are done; liblinphone may already be ending them on its own.
        if (consult) {
            completingTransfer = true;
            consult->terminate();
        }
        if (call && call->getState() != S::End && call->getState() != S::Released)
            call->terminate();
    } else if (st == S::Error) {
        completingTransfer = false;
        qCWarning(lcTelephony) << "transfer refused by the far end";
        if (consultState == ConsultState::Connected)
            return;  // the agent can still talk to both and retry or cancel
        if (call && call->getState() == S::Paused && !consult)
            call->resume();
    }
}

CallEngine::ConsultState LinphoneEngine::consultState() const { return d->consultState; }
bool LinphoneEngine::wasTransferred() const { return d->transferred; }

// --- quality, recording ---------------------------------------------------------------------

void LinphoneEngine::Private::pollQuality()
{
    if (!call || !q->inCall()) {
        qualityTimer.stop();
        return;
    }
    auto stats = call->getAudioStats();
    if (!stats)
        return;
    Quality qy;
    qy.valid = true;
    // liblinphone gives the jitter in seconds and the loss rate in percent.
    qy.jitterMs = double(stats->getReceiverInterarrivalJitter()) * 1000.0;
    qy.lossPercent = qBound(0.0, double(stats->getReceiverLossRate()), 100.0);
    quality = qy;
    Q_EMIT q->qualityChanged(qy);
}

CallEngine::Quality LinphoneEngine::quality() const { return d->quality; }
QString LinphoneEngine::recordingPath() const { return d->recordPath; }

}  // namespace cd
