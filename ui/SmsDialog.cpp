#include "SmsDialog.h"

#include "Labels.h"
#include "LocalStore.h"
#include "Pii.h"
#include "Repositories.h"
#include "ScriptGraph.h"
#include "ScriptPanel.h"
#include "SmsCodec.h"
#include "SmsTemplateRepository.h"
#include "SmsText.h"
#include "SyncStateRepository.h"
#include "TemplateRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSet>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString ErrorStyle = QStringLiteral("color:#a31515");
}

SmsDialog::SmsDialog(LocalStore &store, qint64 customerId, SmsDialogSettings settings, QWidget *parent)
    : QDialog(parent), m_store(store), m_settings(std::move(settings)), m_number(new QComboBox(this)),
      m_template(new QComboBox(this)), m_text(new QPlainTextEdit(this)), m_counter(new QLabel(this)),
      m_lintLabel(new QLabel(this)), m_block(new QLabel(this)), m_error(new QLabel(this)),
      m_send(new QPushButton(tr("Send SMS"), this))
{
    setObjectName(QStringLiteral("smsDialog"));
    setWindowTitle(tr("Send SMS"));
    m_number->setObjectName(QStringLiteral("smsNumber"));
    m_template->setObjectName(QStringLiteral("smsTemplate"));
    m_text->setObjectName(QStringLiteral("smsText"));
    m_counter->setObjectName(QStringLiteral("smsCounter"));
    m_lintLabel->setObjectName(QStringLiteral("smsLint"));
    m_block->setObjectName(QStringLiteral("smsBlock"));
    m_error->setObjectName(QStringLiteral("smsError"));
    m_send->setObjectName(QStringLiteral("smsSend"));
    m_send->setDefault(true);
    for (QLabel *l : {m_lintLabel, m_block, m_error}) {
        l->setWordWrap(true);
        l->setStyleSheet(ErrorStyle);
        l->hide();
    }
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(440, 120);

    if (Result<lint::ComplianceLint> lint = lint::ComplianceLint::builtIn())
        m_lint = lint.value();
    SmsTemplateRepository templates(m_store);
    // A store that never synced (demo, training) has no server to send templates: use the bundled ones.
    if (!SyncStateRepository(m_store).isSynced())
        (void)templates.ensureDefaults();
    m_templates = templates.active();

    CustomerRepository customers(m_store);
    m_customer = customers.find(customerId);
    const QDateTime now = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    if (m_customer) {
        m_phones = customers.phones(customerId);
        const QList<Loan> loans = LoanRepository(m_store).loansFor(customerId);
        const QList<Promise> promises = PromiseRepository(m_store).forCustomer(customerId);
        m_fields = fieldsFor(*m_customer, loans, promises, compliance::localTime(*m_customer, now).date(),
                             m_settings.agentName.isEmpty() ? m_settings.agent : m_settings.agentName,
                             m_settings.company);
        setWindowTitle(tr("Send SMS · %1").arg(m_customer->name));
    }
    for (const Phone &p : std::as_const(m_phones)) {
        if (p.status == PhoneStatus::Invalid)
            continue;
        const QString who = p.relation == Relation::Self
            ? Labels::text(p.relation)
            : QStringLiteral("%1 %2").arg(Labels::text(p.relation), p.contactName);
        m_number->addItem(QStringLiteral("%1 · %2").arg(pii::maskPhone(p.number), who.trimmed()), p.id);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_number);
    form->addRow(tr("Template:"), m_template);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_lintLabel);
    layout->addWidget(m_block);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &SmsDialog::onSend);
    connect(m_number, &QComboBox::currentIndexChanged, this, &SmsDialog::onNumberChanged);
    connect(m_template, &QComboBox::currentIndexChanged, this, &SmsDialog::onTemplateChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SmsDialog::onTextChanged);

    if (!m_customer)
        m_error->setText(tr("The customer is not in the local cache."));
    else if (m_number->count() == 0)
        m_error->setText(tr("The customer has no number an SMS could go to."));
    m_error->setVisible(!m_error->text().isEmpty());
    onNumberChanged();
}

QString SmsDialog::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("customerName"), QT_TR_NOOP("customer name")},
        {QStringLiteral("honorific"), QT_TR_NOOP("honorific")},
        {QStringLiteral("agentName"), QT_TR_NOOP("agent name")},
        {QStringLiteral("company"), QT_TR_NOOP("company")},
        {QStringLiteral("overdueAmount"), QT_TR_NOOP("overdue amount")},
        {QStringLiteral("totalOutstanding"), QT_TR_NOOP("total outstanding")},
        {QStringLiteral("dpd"), QT_TR_NOOP("days past due")},
        {QStringLiteral("dueDate"), QT_TR_NOOP("due date")},
        {QStringLiteral("product"), QT_TR_NOOP("product")},
        {QStringLiteral("contractTail"), QT_TR_NOOP("contract number tail")},
        {QStringLiteral("nextDueAmount"), QT_TR_NOOP("amount due")},
        {QStringLiteral("promiseAmount"), QT_TR_NOOP("promised amount")},
        {QStringLiteral("promiseDate"), QT_TR_NOOP("promised date")},
        {QStringLiteral("paidAmount"), QT_TR_NOOP("amount paid")},
        {QStringLiteral("paidDate"), QT_TR_NOOP("payment date")},
    };
    const auto it = names.constFind(key);
    return it != names.constEnd() ? tr(*it) : key;
}

QHash<QString, QString> SmsDialog::fieldsFor(const Customer &c, const QList<Loan> &loans,
                                             const QList<Promise> &promises, const QDate &today,
                                             const QString &agentName, const QString &company)
{
    // Scripts name their fields in Chinese ({姓名}); SMS templates use the English aliases
    // ({{customerName}}), and their amounts carry the currency sign (scripts write "{欠款金额}元").
    const QHash<QString, QString> script = ScriptPanel::fieldsFor(c, loans, today, agentName, company);
    const QSet<QString> amounts{QStringLiteral("overdueAmount"), QStringLiteral("totalOutstanding"),
                                QStringLiteral("nextDueAmount")};
    QHash<QString, QString> f;
    for (auto it = script.cbegin(); it != script.cend(); ++it) {
        const QString alias = script::mergeFieldAlias(it.key());
        // An empty value would leave a hole in the text: treat it as missing.
        if (alias.isEmpty() || it.value().isEmpty())
            continue;
        f.insert(alias, amounts.contains(alias) ? tr("¥%1").arg(it.value()) : it.value());
    }
    const Promise *pending = nullptr;
    for (const Promise &p : promises)
        if (p.status == PromiseStatus::Pending && (!pending || p.createdAt > pending->createdAt))
            pending = &p;
    if (pending) {
        f.insert(QStringLiteral("promiseAmount"), Labels::money(pending->amount));
        f.insert(QStringLiteral("promiseDate"), pending->dueDate.toString(QStringLiteral("yyyy-MM-dd")));
    }
    const Payment *last = nullptr;
    for (const Loan &l : loans)
        for (const Payment &p : l.payments)
            if (!last || p.paidAt > last->paidAt)
                last = &p;
    if (last) {
        f.insert(QStringLiteral("paidAmount"), Labels::money(last->amount));
        f.insert(QStringLiteral("paidDate"),
                 compliance::localTime(c, last->paidAt).date().toString(QStringLiteral("yyyy-MM-dd")));
    }
    return f;
}

QString SmsDialog::render(const QString &text, const QHash<QString, QString> &fields)
{
    const RenderResult r = renderTemplate(text, fields);
    QString out = r.text;
    for (const QString &missing : r.missing)
        out.replace(QStringLiteral("{{%1}}").arg(missing), QStringLiteral("[%1]").arg(fieldLabel(missing)));
    return out;
}

std::optional<Phone> SmsDialog::currentPhone() const
{
    const qint64 id = m_number->currentData().toLongLong();
    for (const Phone &p : m_phones)
        if (p.id == id && m_number->currentIndex() >= 0)
            return p;
    return std::nullopt;
}

std::optional<SmsTemplate> SmsDialog::currentTemplate() const
{
    const qint64 id = m_template->currentData().toLongLong();
    for (const SmsTemplate &t : m_templates)
        if (t.id == id && m_template->currentIndex() >= 0)
            return t;
    return std::nullopt;
}

void SmsDialog::onNumberChanged()
{
    // A contact's number gets only the contact templates: they say nothing about the debt.
    const std::optional<Phone> phone = currentPhone();
    const lint::Audience audience =
        !phone || phone->relation == Relation::Self ? lint::Audience::Debtor : lint::Audience::ThirdParty;
    const QString previous = currentTemplate() ? currentTemplate()->code : QString();
    {
        const QSignalBlocker block(m_template);
        m_template->clear();
        for (const SmsTemplate &t : std::as_const(m_templates))
            if (t.audience == audience)
                m_template->addItem(t.name, t.id);
    }
    int keep = 0;
    for (int i = 0; i < m_template->count(); ++i)
        if (!previous.isEmpty() && m_templates.size() > 0)
            for (const SmsTemplate &t : std::as_const(m_templates))
                if (t.id == m_template->itemData(i).toLongLong() && t.code == previous)
                    keep = i;
    m_template->setCurrentIndex(m_template->count() > 0 ? keep : -1);
    onTemplateChanged();
}

void SmsDialog::onTemplateChanged()
{
    const std::optional<SmsTemplate> t = currentTemplate();
    m_text->setPlainText(t ? render(t->body, m_fields) : QString());
    refreshVerdict();
    onTextChanged();
}

void SmsDialog::refreshVerdict()
{
    m_verdict = compliance::Verdict{};
    const std::optional<Phone> phone = currentPhone();
    if (!m_customer || !phone) {
        updateSend();
        return;
    }
    const QDateTime now = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    const std::optional<SmsTemplate> t = currentTemplate();
    const bool forThirdParty = t && t->audience == lint::Audience::ThirdParty;
    m_verdict = compliance::checkSms(m_settings.policy, *m_customer, *phone, m_phones,
                                     InteractionRepository(m_store).forCustomer(m_customer->id), now,
                                     forThirdParty, OverrideRepository(m_store).active(m_customer->id, now));
    const QString block = blockText();
    m_block->setText(block);
    m_block->setVisible(!block.isEmpty());
    updateSend();
}

void SmsDialog::onTextChanged()
{
    const QString text = m_text->toPlainText();
    const sms::SegmentInfo info = sms::count(text);
    const int capacity = info.parts <= 1
        ? (info.encoding == sms::Encoding::Gsm7 ? sms::Gsm7Single : sms::Ucs2Single)
        : info.parts * info.perPart;
    m_counter->setText(
        tr("%1/%2 · %n part(s)", "SMS length counter: units used / capacity, parts", info.parts)
            .arg(info.units)
            .arg(capacity));

    const std::optional<Phone> phone = currentPhone();
    const std::optional<SmsTemplate> t = currentTemplate();
    const lint::Audience audience =
        phone && phone->relation == Relation::Self && (!t || t->audience == lint::Audience::Debtor)
        ? lint::Audience::Debtor
        : lint::Audience::ThirdParty;
    m_findings = m_lint ? m_lint->check(text, audience) : QList<lint::Finding>();
    QList<QTextEdit::ExtraSelection> marks;
    QStringList lines;
    for (const lint::Finding &f : std::as_const(m_findings)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(f.start);
        s.cursor.setPosition(f.start + f.length, QTextCursor::KeepAnchor);
        s.format.setBackground(QColor(0xfd, 0xec, 0xea));
        s.format.setForeground(QColor(0xa3, 0x15, 0x15));
        s.format.setFontUnderline(true);
        marks << s;
        lines << tr("%1: “%2”").arg(Labels::text(f.rule), f.text);
    }
    m_text->setExtraSelections(marks);
    m_lintLabel->setText(lines.isEmpty() ? QString() : tr("Compliance lint: %1").arg(lines.join(tr("; "))));
    m_lintLabel->setVisible(!lines.isEmpty());
    updateSend();
}

void SmsDialog::updateSend()
{
    const bool ok = m_customer && currentPhone() && currentTemplate()
        && !m_text->toPlainText().trimmed().isEmpty()
        && m_text->toPlainText().size() <= proto::SmsSend::MaxTextLength && m_findings.isEmpty() && m_lint
        && m_verdict.allowed();
    m_send->setEnabled(ok);
    if (!ok && !m_findings.isEmpty())
        m_send->setToolTip(tr("Fix the highlighted wording first."));
    else if (!ok && !m_verdict.allowed())
        m_send->setToolTip(blockText());
    else
        m_send->setToolTip({});
}

void SmsDialog::onSend()
{
    if (!sendEnabled())
        return;
    SmsRequest r;
    r.customerId = m_customer->id;
    r.phoneId = currentPhone()->id;
    r.templateId = currentTemplate()->id;
    r.text = m_text->toPlainText();
    r.agent = m_settings.agent;
    const QDateTime now = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    const Result<RecordedSms> sent = SmsRecorder(m_store).send(r, now);
    if (!sent) {
        m_error->setText(tr("Not sent: %1").arg(sent.error().detail));
        m_error->show();
        return;
    }
    m_result = sent.value();
    Q_EMIT smsQueued(sent.value());
    accept();
}

void SmsDialog::selectNumber(qint64 phoneId)
{
    const int i = m_number->findData(phoneId);
    if (i >= 0)
        m_number->setCurrentIndex(i);
}

bool SmsDialog::selectTemplate(const QString &code)
{
    for (const SmsTemplate &t : std::as_const(m_templates)) {
        if (t.code != code)
            continue;
        const int i = m_template->findData(t.id);
        if (i < 0)
            return false;
        m_template->setCurrentIndex(i);
        onTemplateChanged();  // also when it already was the current one: back to the template's text
        return true;
    }
    return false;
}

void SmsDialog::setText(const QString &text) { m_text->setPlainText(text); }
QString SmsDialog::text() const { return m_text->toPlainText(); }
QString SmsDialog::counterText() const { return m_counter->text(); }
QString SmsDialog::lintText() const { return m_lintLabel->text(); }
bool SmsDialog::sendEnabled() const { return m_send->isEnabled(); }

QStringList SmsDialog::templateCodes() const
{
    QStringList out;
    for (int i = 0; i < m_template->count(); ++i)
        for (const SmsTemplate &t : m_templates)
            if (t.id == m_template->itemData(i).toLongLong())
                out << t.code;
    return out;
}

QString SmsDialog::blockText() const
{
    if (m_verdict.allowed() || !m_customer)
        return {};
    QString text = tr("Not allowed: %1").arg(Labels::explanation(m_verdict));
    if (m_verdict.allowedFrom.isValid())
        text += tr(" — allowed from %1 (customer's local time)")
                    .arg(compliance::localTime(*m_customer, m_verdict.allowedFrom)
                             .toString(QStringLiteral("MM-dd HH:mm")));
    return text;
}

}  // namespace cd
