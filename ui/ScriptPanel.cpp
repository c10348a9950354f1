#include "ScriptPanel.h"

#include "Delinquency.h"
#include "Labels.h"
#include "TemplateRenderer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

ScriptPanel::ScriptPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_thirdParty(new QPushButton(this)),
      m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("scriptPanel"));
    m_text->setObjectName(QStringLiteral("scriptText"));
    m_text->setOpenLinks(false);
    m_title->setWordWrap(true);
    m_thirdParty->setObjectName(QStringLiteral("thirdPartyButton"));
    m_thirdParty->setCheckable(true);
    m_thirdParty->setText(tr("Third party answered (F8)"));
    m_thirdParty->setToolTip(tr("Someone other than the customer answered: switch to the script that "
                                "discloses nothing about the debt."));
    connect(new QShortcut(QKeySequence(Qt::Key_F8), this), &QShortcut::activated, m_thirdParty,
            &QPushButton::toggle);
    m_thirdParty->setFocusPolicy(Qt::NoFocus);
    connect(m_thirdParty, &QPushButton::toggled, this, &ScriptPanel::thirdPartyToggled);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_thirdParty);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    clear();
}

bool ScriptPanel::thirdParty() const { return m_thirdParty->isChecked(); }

void ScriptPanel::setThirdParty(bool on)
{
    const QSignalBlocker block(m_thirdParty);
    m_thirdParty->setChecked(on);
}

void ScriptPanel::clear()
{
    setThirdParty(false);
    m_title->setText(tr("<b>Script</b>"));
    m_text->setHtml(QStringLiteral("<p style='color:#80868b'>%1</p>")
                        .arg(tr("The script appears when a customer is open.").toHtmlEscaped()));
}

void ScriptPanel::showScript(const std::optional<ScriptTemplate> &script,
                             const QHash<QString, QString> &fields)
{
    if (!script) {
        m_title->setText(tr("<b>Script</b>"));
        m_text->setHtml(QStringLiteral("<p style='color:#a31515'>%1</p>")
                            .arg(tr("No script is available for this customer's segment. Follow the standard "
                                    "greeting and record the outcome.")
                                     .toHtmlEscaped()));
        return;
    }
    m_title->setText(tr("<b>Script</b> · %1 (v%2)").arg(script->name.toHtmlEscaped()).arg(script->version));
    // Escape the field values, not the markers, so a missing field can be highlighted.
    QHash<QString, QString> escaped;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        escaped.insert(it.key(),
                       QStringLiteral("<b style='color:#174ea6'>%1</b>").arg(it.value().toHtmlEscaped()));
    QString html;
    int n = 1;
    for (const ScriptStep &step : script->steps) {
        const RenderResult r = renderTemplate(step.text.toHtmlEscaped(), escaped);
        QString body = r.text;
        for (const QString &missing : r.missing)
            body.replace(
                QStringLiteral("{{%1}}").arg(missing),
                QStringLiteral("<span style='background:#fdecea;color:#a31515'>{{%1}}</span>").arg(missing));
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1. %2</b></p><p style='margin-top:0'>%3</p>")
                    .arg(n++)
                    .arg(step.title.toHtmlEscaped(), body);
    }
    m_text->setHtml(html);
}

QString ScriptPanel::plainText() const { return m_text->toPlainText(); }

QHash<QString, QString> ScriptPanel::fieldsFor(const Customer &c, const QList<Loan> &loans,
                                               const QDate &today, const QString &agentName,
                                               const QString &company)
{
    QHash<QString, QString> f;
    f.insert(QStringLiteral("customerName"), c.name);
    f.insert(QStringLiteral("honorific"), c.gender == Gender::Female ? tr("Ms.") : tr("Mr."));
    f.insert(QStringLiteral("agentName"), agentName);
    f.insert(QStringLiteral("company"), company);

    Fen overdue = 0, outstanding = 0;
    const Loan *worst = nullptr;
    int worstDpd = -1;
    for (const Loan &l : loans) {
        overdue += delinquency::overdueAmount(l.installments, today);
        outstanding += delinquency::outstandingBalance(l.installments);
        const int d = delinquency::daysPastDue(l.installments, today);
        if (d > worstDpd) {
            worstDpd = d;
            worst = &l;
        }
    }
    f.insert(QStringLiteral("overdueAmount"), Labels::money(overdue));
    f.insert(QStringLiteral("totalOutstanding"), Labels::money(outstanding));
    f.insert(QStringLiteral("dpd"), QString::number(qMax(0, worstDpd)));
    if (worst) {
        f.insert(QStringLiteral("product"), Labels::text(worst->product));
        f.insert(QStringLiteral("contractTail"), worst->contractNo.right(4));
        const Installment *due = delinquency::oldestUnpaid(worst->installments, today);
        if (!due)
            due = delinquency::nextDue(worst->installments, today);
        if (due) {
            f.insert(QStringLiteral("dueDate"), due->dueDate.toString(QStringLiteral("yyyy-MM-dd")));
            f.insert(QStringLiteral("nextDueAmount"), Labels::money(due->outstanding()));
        }
    }
    return f;
}

}  // namespace cd
