#include "ConsultPanel.h"

#include "ConsultClient.h"
#include "Labels.h"
#include "PortraitModels.h"
#include "PortraitView.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

namespace {

constexpr int ThreadIdRole = Qt::UserRole + 1;

template <typename E> std::optional<E> knownKey(const QString &key)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? std::optional<E>(static_cast<E>(v)) : std::nullopt;
}

}  // namespace

ConsultPanel::ConsultPanel(LocalStore &store, PortraitView &portrait, QWidget *parent)
    : QWidget(parent), m_store(store), m_repo(store), m_portrait(portrait), m_threads(new QListWidget(this)),
      m_messages(new QTextBrowser(this)), m_editor(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_new(new QPushButton(tr("New consult…"), this)),
      m_counter(new QLabel(this)), m_status(new QLabel(this)), m_header(new QLabel(this))
{
    m_threads->setObjectName(QStringLiteral("consultThreads"));
    m_messages->setObjectName(QStringLiteral("consultMessages"));
    m_editor->setObjectName(QStringLiteral("consultEditor"));
    m_send->setObjectName(QStringLiteral("consultSend"));
    m_new->setObjectName(QStringLiteral("consultNew"));
    m_editor->setPlaceholderText(tr("Write to the thread…"));
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_messages->setOpenLinks(false);
    m_status->setWordWrap(true);
    m_header->setWordWrap(true);
    m_threads->setMinimumWidth(160);

    auto *left = new QWidget(this);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(m_threads, 1);
    leftBox->addWidget(m_new);
    auto *right = new QWidget(this);
    auto *rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    rightBox->addWidget(m_header);
    rightBox->addWidget(m_messages, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_editor, 1);
    auto *sendColumn = new QVBoxLayout;
    sendColumn->addWidget(m_send);
    sendColumn->addWidget(m_counter);
    sendColumn->addStretch();
    sendRow->addLayout(sendColumn);
    rightBox->addLayout(sendRow);
    rightBox->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(4, 4, 4, 4);
    box->addWidget(split);

    connect(m_threads, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item ? item->data(ThreadIdRole).toLongLong() : 0;
        if (id == m_thread)
            return;
        m_thread = id;
        fillMessages();
        if (m_client && id > 0)
            m_client->loadMessages(id);
        markReadIfSeen();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ConsultPanel::updateSendState);
    connect(m_send, &QPushButton::clicked, this, &ConsultPanel::send);
    connect(m_new, &QPushButton::clicked, this, [this] { openNewConsult(); });
    // The portrait refills its timeline whenever it shows, reloads or clears a customer: follow it.
    connect(portrait.timelineModel(), &QAbstractItemModel::modelReset, this,
            &ConsultPanel::onCustomerChanged);
    reload();
}

void ConsultPanel::attach(ConsultClient &client)
{
    m_client = &client;
    connect(&client, &ConsultClient::threadsChanged, this, &ConsultPanel::fillThreads);
    connect(&client, &ConsultClient::messagesChanged, this, [this](qint64 threadId) {
        if (threadId == m_thread) {
            fillMessages();
            markReadIfSeen();
        }
    });
    connect(&client, &ConsultClient::opened, this, [this](qint64 threadId) {
        fillThreads();
        selectThread(threadId);
        Q_EMIT statusMessage(tr("Consult opened."));
    });
    connect(&client, &ConsultClient::posted, this, [this](qint64 threadId, qint64) {
        m_sending = false;
        if (threadId == m_thread)
            m_editor->clear();
        m_status->clear();
        updateSendState();
    });
    connect(&client, &ConsultClient::failed, this, &ConsultPanel::showFailure);
    reload();
}

void ConsultPanel::onCustomerChanged()
{
    const qint64 id = m_portrait.customer() ? m_portrait.customer()->id : 0;
    if (id == m_customer)
        return reload();
    m_customer = id;
    m_thread = 0;
    m_editor->clear();
    m_status->clear();
    reload();
    if (m_client && id > 0)
        m_client->refresh(id);
}

void ConsultPanel::reload()
{
    m_customer = m_portrait.customer() ? m_portrait.customer()->id : 0;
    fillThreads();
}

void ConsultPanel::selectThread(qint64 threadId)
{
    for (int i = 0; i < m_threads->count(); ++i)
        if (m_threads->item(i)->data(ThreadIdRole).toLongLong() == threadId)
            m_threads->setCurrentRow(i);
}

void ConsultPanel::showInPortrait()
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setCurrentWidget(this);
            return;
        }
}

void ConsultPanel::fillThreads()
{
    const QList<ConsultThreadInfo> threads =
        m_customer > 0 ? m_repo.threads(m_customer) : QList<ConsultThreadInfo>();
    const QSignalBlocker block(m_threads);
    m_threads->clear();
    int unread = 0;
    int current = -1;
    for (const ConsultThreadInfo &t : threads) {
        unread += t.unread;
        QString text = QStringLiteral("[%1] %2").arg(Labels::roleName(t.department), t.subject);
        if (t.unread > 0)
            text += QStringLiteral("  (%1)").arg(t.unread);
        auto *item = new QListWidgetItem(text, m_threads);
        item->setData(ThreadIdRole, t.id);
        item->setToolTip(tr("%n message(s), %1 unread", nullptr, t.messages).arg(t.unread));
        if (t.unread > 0) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        if (t.id == m_thread)
            current = m_threads->count() - 1;
    }
    if (current < 0 && !threads.isEmpty())
        current = 0;
    if (current >= 0) {
        m_threads->setCurrentRow(current);
        m_thread = m_threads->item(current)->data(ThreadIdRole).toLongLong();
    } else {
        m_thread = 0;
    }
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadChanged(unread);
    }
    fillMessages();
    updateSendState();
}

void ConsultPanel::fillMessages()
{
    const std::optional<ConsultThreadInfo> t = m_thread > 0 ? m_repo.thread(m_thread) : std::nullopt;
    if (!t) {
        m_header->setText(m_customer > 0
                              ? tr("No consult on this customer yet. Ask the legal or risk department "
                                   "with \"New consult…\".")
                              : QString());
        m_messages->clear();
        return;
    }
    m_header->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(t->subject.toHtmlEscaped(), tr("consulting %1").arg(Labels::roleName(t->department))));
    QString html;
    for (const ConsultMessageInfo &m : m_repo.messages(m_thread)) {
        const QString who = m.authorName.isEmpty() ? m.author : m.authorName;
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2 · %3</span><br>%4")
                    .arg(who.toHtmlEscaped(), Labels::roleName(m.authorRole),
                         QLocale().toString(m.sentAt.toLocalTime(), QLocale::ShortFormat),
                         m.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        QStringList rules;
        for (const QJsonValue &f : m.flags) {
            const auto rule = knownKey<lint::Rule>(f.toObject().value(QStringLiteral("rule")).toString());
            const QString label =
                rule ? Labels::text(*rule) : f.toObject().value(QStringLiteral("rule")).toString();
            if (!rules.contains(label))
                rules << label;
        }
        if (!rules.isEmpty())
            html +=
                QStringLiteral("<br><span style='color:#b35900'>⚠ %1</span>")
                    .arg(tr("Compliance check: %1").arg(rules.join(QStringLiteral("; "))).toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_messages->setHtml(html);
    m_messages->moveCursor(QTextCursor::End);
}

void ConsultPanel::updateSendState()
{
    const int length = m_editor->toPlainText().trimmed().size();
    m_counter->setText(QStringLiteral("%1/%2").arg(length).arg(MaxTextLength));
    m_counter->setStyleSheet(length > MaxTextLength ? QStringLiteral("color:#c00") : QString());
    const bool attached = !m_client.isNull();
    m_send->setEnabled(attached && m_thread > 0 && !m_sending && length > 0 && length <= MaxTextLength);
    m_new->setEnabled(attached && m_customer > 0);
    m_editor->setEnabled(m_thread > 0);
    if (!attached)
        m_new->setToolTip(tr("Consults need a connection to the server."));
}

void ConsultPanel::send()
{
    const QString text = m_editor->toPlainText().trimmed();
    if (!m_client || m_thread <= 0 || text.isEmpty() || text.size() > MaxTextLength)
        return;
    m_sending = true;
    updateSendState();
    m_status->setText(tr("Sending…"));
    m_client->post(m_thread, text);
}

void ConsultPanel::showFailure(proto::StatusCode code, bool offline)
{
    m_sending = false;
    QString text;
    if (offline)
        text = tr("Offline: nothing was sent. Your text stays here; send it when the connection is back.");
    else if (code == proto::StatusCode::NotFound)
        text = tr("This consult or customer is not open to you (any more).");
    else if (code == proto::StatusCode::InvalidValue)
        text = tr("The message is empty or longer than %1 characters.").arg(MaxTextLength);
    else if (code == proto::StatusCode::Forbidden)
        text = tr("Your role cannot do this.");
    else
        text = tr("The server could not take the message; try again.");
    m_status->setText(text);
    Q_EMIT statusMessage(text);
    updateSendState();
}

void ConsultPanel::markReadIfSeen()
{
    if (m_client && m_thread > 0 && isVisible())
        m_client->markRead(m_thread);
}

void ConsultPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markReadIfSeen();
}

QDialog *ConsultPanel::openNewConsult()
{
    if (!m_client || m_customer <= 0)
        return nullptr;
    if (!m_client->online()) {
        showFailure(proto::StatusCode::Unavailable, true);
        return nullptr;
    }
    auto *dlg = new QDialog(this);
    dlg->setObjectName(QStringLiteral("newConsultDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("New consult"));
    auto *department = new QComboBox(dlg);
    department->setObjectName(QStringLiteral("consultDepartment"));
    department->addItem(Labels::roleName(QStringLiteral("legal")), QStringLiteral("legal"));
    department->addItem(Labels::roleName(QStringLiteral("risk")), QStringLiteral("risk"));
    auto *subject = new QLineEdit(dlg);
    subject->setObjectName(QStringLiteral("consultSubject"));
    subject->setMaxLength(100);
    auto *first = new QPlainTextEdit(dlg);
    first->setObjectName(QStringLiteral("consultFirstMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open consult"));
    auto *form = new QFormLayout(dlg);
    form->addRow(tr("Department:"), department);
    form->addRow(tr("Subject:"), subject);
    form->addRow(tr("Question:"), first);
    form->addRow(buttons);
    auto validate = [=] {
        const int n = first->toPlainText().trimmed().size();
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!subject->text().trimmed().isEmpty() && n > 0 && n <= MaxTextLength);
    };
    connect(subject, &QLineEdit::textChanged, dlg, validate);
    connect(first, &QPlainTextEdit::textChanged, dlg, validate);
    validate();
    connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    auto *problem = new QLabel(dlg);
    problem->setWordWrap(true);
    form->insertRow(3, problem);
    // The dialog stays until the server has the thread: a refusal or a lost link keeps the question.
    connect(buttons, &QDialogButtonBox::accepted, dlg, [this, buttons, department, subject, first] {
        if (!m_client)
            return;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_client->open(m_customer, department->currentData().toString(), subject->text().trimmed(),
                       first->toPlainText().trimmed());
    });
    connect(m_client, &ConsultClient::opened, dlg, &QDialog::accept);
    connect(m_client, &ConsultClient::failed, dlg, [this, problem, validate] {
        problem->setText(m_status->text());
        validate();
    });
    dlg->open();
    return dlg;
}

}  // namespace cd
