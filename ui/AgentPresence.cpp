#include "AgentPresence.h"

#include "AgentStateWidget.h"
#include "CallEngine.h"
#include "MainWindow.h"
#include "Messages.h"
#include "OutboxRepository.h"
#include "SyncClient.h"
#include "WorkSession.h"

#include <QLoggingCategory>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPresence, "collectdesk.presence")

namespace cd {

AgentPresence::AgentPresence(MainWindow &window, CallEngine &engine, QObject *parent) : QObject(parent)
{
    m_state.setEngine(&engine);
    auto *widget = new AgentStateWidget(m_state, &window);
    widget->setObjectName(QStringLiteral("agentStateWidget"));
    window.statusBar()->insertPermanentWidget(0, widget);

    WorkSession *session = window.session();
    connect(session, &WorkSession::dispositionSaved, this, [this] { m_state.wrapUpFinished(); });
    // A call made with no task open gets no outcome dialog: nothing else would end its wrap-up.
    connect(&engine, &CallEngine::callEnded, this, [this, session] {
        if (!session->pendingDisposition())
            m_state.wrapUpFinished();
    }, Qt::QueuedConnection);
    connect(&engine, &CallEngine::registrationStateChanged, this,
            [this](CallEngine::RegistrationState s, const QString &reason) {
                if (s == CallEngine::RegistrationState::Failed)
                    m_phoneProblem = tr("Phone not registered: %1").arg(reason);
                else if (s == CallEngine::RegistrationState::Ok)
                    m_phoneProblem.clear();
                updateSystem();
            });
    m_state.logIn();
}

void AgentPresence::attachSync(SyncClient &client, LocalStore &store, int graceMs)
{
    auto queue = [&client, &store](const QJsonObject &body) {
        const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto r = OutboxRepository(store).enqueue(opId, proto::msg::OpAgentState, body); !r) {
            qCWarning(lcPresence).noquote() << "agent state not queued:" << r.error().detail;
            return;
        }
        client.outboxChanged();
    };
    connect(&m_state, &AgentState::floorStateChanged, &client, queue);
    m_offlineTimer = new QTimer(this);
    m_offlineTimer->setSingleShot(true);
    m_offlineTimer->setInterval(graceMs);
    connect(m_offlineTimer, &QTimer::timeout, this, [this] {
        m_serverProblem = tr("Server unreachable");
        updateSystem();
    });
    connect(&client, &SyncClient::stateChanged, this, [this](SyncClient::State s) {
        if (s == SyncClient::State::Reconnecting && !m_offlineTimer->isActive() && m_serverProblem.isEmpty())
            m_offlineTimer->start();
        if (s == SyncClient::State::Online) {
            m_offlineTimer->stop();
            m_serverProblem.clear();
            updateSystem();
        }
    });
    // After a login the server hears the state the agent is in (Ready, or whatever they chose).
    connect(&client, &SyncClient::loggedIn, this, [this, queue] {
        if (!m_state.logIn())
            queue(m_state.floorStateBody());
    });
    connect(&client, &SyncClient::loggedOut, this, [this] { m_state.logOut(); });
}

void AgentPresence::updateSystem()
{
    const QString why = !m_phoneProblem.isEmpty() ? m_phoneProblem : m_serverProblem;
    if (why.isEmpty()) {
        if (m_state.systemNotReady())
            m_state.clearSystemNotReady();
    } else {
        m_state.setSystemNotReady(why);
    }
}

}  // namespace cd
