#include "FloorMessagesPanel.h"

#include "Codec.h"
#include "Envelope.h"
#include "Labels.h"
#include "Messages.h"
#include "SyncClient.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMetaEnum>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace cd {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

std::optional<AgentState::Reason> reasonFromKey(const QString &key)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<AgentState::Reason>().keyToValue(key.toLatin1().constData(), &ok);
    if (!ok || v == int(AgentState::Reason::None))
        return std::nullopt;
    return static_cast<AgentState::Reason>(v);
}

}  // namespace

FloorMessagesPanel::FloorMessagesPanel(QMainWindow &window) : QDockWidget(&window)
{
    setObjectName(QStringLiteral("floorMessagesDock"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("floorMessagesList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    setWidget(m_list);
    window.addDockWidget(Qt::RightDockWidgetArea, this);
    hide();
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            markAllRead();
    });

    // The banner: one line across the top, closed with its × (never in the agent's way).
    m_bannerBar = new QToolBar(tr("Team lead notice"), &window);
    m_bannerBar->setObjectName(QStringLiteral("floorBanner"));
    m_bannerBar->setMovable(false);
    m_bannerBar->setFloatable(false);
    m_bannerBar->setStyleSheet(QStringLiteral("QToolBar#floorBanner { background: #fff4ce; border: 1px solid "
                                              "#e0c46c; padding: 2px; }"));
    m_bannerText = new QLabel(m_bannerBar);
    m_bannerText->setObjectName(QStringLiteral("floorBannerText"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bannerBar->addWidget(m_bannerText);
    QAction *open = m_bannerBar->addAction(tr("Show messages"), this, [this] {
        show();
        raise();
        m_bannerBar->hide();
    });
    open->setObjectName(QStringLiteral("floorBannerOpen"));
    QAction *dismiss = m_bannerBar->addAction(tr("✕", "dismiss the notice"), this, [this] {
        m_bannerBar->hide();
        markAllRead();
    });
    dismiss->setObjectName(QStringLiteral("floorBannerDismiss"));
    dismiss->setToolTip(tr("Dismiss"));
    window.addToolBarBreak(Qt::TopToolBarArea);
    window.addToolBar(Qt::TopToolBarArea, m_bannerBar);
    m_bannerBar->hide();

    m_statusButton = new QToolButton(&window);
    m_statusButton->setObjectName(QStringLiteral("floorMessagesButton"));
    m_statusButton->setAutoRaise(true);
    m_statusButton->setToolTip(tr("Messages from your team lead"));
    connect(m_statusButton, &QToolButton::clicked, this, [this] {
        setVisible(!isVisible());
        if (isVisible())
            raise();
    });
    window.statusBar()->addPermanentWidget(m_statusButton);
    updateTitle();
}

void FloorMessagesPanel::attachSync(SyncClient &client)
{
    m_client = &client;
    auto fetch = [this](const QJsonObject &user) {
        m_user = user.value(QStringLiteral("username")).toString();
        loadLastRead();
        if (!m_client)
            return;
        m_client->request(proto::msg::MessageList, {{QStringLiteral("since"), m_lastSeen}}, this,
                          [this](const proto::Envelope &response, bool offline) {
                              if (offline || !response.ok())
                                  return;  // the next login asks again
                              const QJsonArray messages =
                                  response.body.value(QStringLiteral("messages")).toArray();
                              for (const QJsonValue &v : messages)
                                  addMessage(v.toObject(), false);
                              if (unreadCount() > 0)
                                  showBanner(tr("%n unread message(s) from your team lead", nullptr,
                                                unreadCount()));
                          });
    };
    connect(&client, &SyncClient::loggedIn, this, fetch);
    connect(&client, &SyncClient::serverEvent, this,
            [this](const QString &type, const QJsonObject &body) { handleEvent(type, body); });
    if (!client.user().isEmpty())
        fetch(client.user());
}

bool FloorMessagesPanel::handleEvent(const QString &type, const QJsonObject &body)
{
    if (type == proto::msg::MessageReceived) {
        addMessage(body, true);
        return true;
    }
    if (type == proto::msg::AgentForced) {
        onForced(body);
        return true;
    }
    return false;
}

void FloorMessagesPanel::onForced(const QJsonObject &body)
{
    const std::optional<AgentState::Reason> reason = reasonFromKey(body.value(QStringLiteral("reason")).toString());
    if (!reason)
        return;
    const QString note = body.value(QStringLiteral("note")).toString();
    const QString by = body.value(QStringLiteral("byName")).toString().isEmpty()
                           ? body.value(QStringLiteral("by")).toString()
                           : body.value(QStringLiteral("byName")).toString();
    // A System not-ready is the application's to set and clear: a lead's "System" is shown only.
    if (m_agentState && *reason != AgentState::Reason::System)
        m_agentState->requestNotReady(*reason);
    const QString text = note.isEmpty()
                             ? tr("Your team lead set you to not ready: %1").arg(Labels::text(*reason))
                             : tr("Your team lead set you to not ready: %1 (%2)").arg(Labels::text(*reason), note);
    showBanner(text);
    Q_EMIT statusMessage(text);
    Q_EMIT forcedNotReady(*reason, note, by);
}

void FloorMessagesPanel::addMessage(const QJsonObject &m, bool live)
{
    const qint64 id = m.value(QStringLiteral("id")).toInteger();
    if (id <= 0)
        return;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(IdRole).toLongLong() == id)
            return;
    const QString from = m.value(QStringLiteral("fromName")).toString().isEmpty()
                             ? m.value(QStringLiteral("from")).toString()
                             : m.value(QStringLiteral("fromName")).toString();
    const QString text = m.value(QStringLiteral("text")).toString();
    const QDateTime sentAt = proto::parseIsoUtc(m.value(QStringLiteral("sentAt")).toString()).toLocalTime();
    const QString header = m.value(QStringLiteral("team")).toBool()
                               ? tr("%1 to the team, %2").arg(from, QLocale().toString(sentAt, QLocale::ShortFormat))
                               : tr("%1, %2").arg(from, QLocale().toString(sentAt, QLocale::ShortFormat));
    auto *item = new QListWidgetItem(header + QLatin1Char('\n') + text);
    item->setData(IdRole, id);
    if (id > m_lastRead) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    // Newest on top.
    int row = 0;
    while (row < m_list->count() && m_list->item(row)->data(IdRole).toLongLong() > id)
        ++row;
    m_list->insertItem(row, item);
    m_lastSeen = qMax(m_lastSeen, id);
    if (live) {
        showBanner(tr("Message from %1: %2").arg(from, text));
        Q_EMIT statusMessage(tr("New message from %1").arg(from));
    }
    if (isVisible() && live)
        markAllRead();
    updateTitle();
}

int FloorMessagesPanel::unreadCount() const
{
    int n = 0;
    for (int row = 0; row < m_list->count(); ++row)
        n += m_list->item(row)->data(IdRole).toLongLong() > m_lastRead ? 1 : 0;
    return n;
}

int FloorMessagesPanel::messageCount() const { return m_list->count(); }

void FloorMessagesPanel::markAllRead()
{
    if (m_lastSeen <= m_lastRead)
        return;
    m_lastRead = m_lastSeen;
    for (int row = 0; row < m_list->count(); ++row) {
        QFont f = m_list->item(row)->font();
        f.setBold(false);
        m_list->item(row)->setFont(f);
    }
    if (!m_user.isEmpty())
        QSettings().setValue(readKey(), m_lastRead);
    updateTitle();
}

QString FloorMessagesPanel::bannerText() const { return m_bannerBar->isHidden() ? QString() : m_bannerText->text(); }

bool FloorMessagesPanel::bannerVisible() const { return !m_bannerBar->isHidden(); }

void FloorMessagesPanel::showBanner(const QString &text)
{
    // One line: a long message is cut here and read in full in the dock.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_bannerText->setText(line.size() > 160 ? line.left(159) + QChar(0x2026) : line);
    m_bannerText->setToolTip(text);
    m_bannerBar->show();
}

void FloorMessagesPanel::updateTitle()
{
    const int unread = unreadCount();
    const QString title = unread > 0 ? tr("Messages (%1)").arg(unread) : tr("Messages");
    setWindowTitle(title);
    m_statusButton->setText(title);
    m_statusButton->setVisible(m_list->count() > 0);
    Q_EMIT unreadChanged(unread);
}

QString FloorMessagesPanel::readKey() const
{
    return QStringLiteral("floorMessages/%1/lastRead").arg(m_user);
}

void FloorMessagesPanel::loadLastRead()
{
    if (!m_user.isEmpty())
        m_lastRead = qMax(m_lastRead, QSettings().value(readKey(), 0).toLongLong());
    updateTitle();
}

}  // namespace cd
