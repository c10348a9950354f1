#include "OverrideDialog.h"

#include "Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int MinReason = 4;  // the server's CustomerService::MinReasonLength
}

OverrideDialog::OverrideDialog(const compliance::Verdict &verdict, const QString &maskedNumber, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_hours(new QSpinBox(this)),
      m_numberOnly(new QCheckBox(this)), m_error(new QLabel(this)), m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override a contact rule"));
    auto *what = new QLabel(tr("<b>%1</b><br>%2").arg(Labels::text(verdict.rule).toHtmlEscaped(),
                                                       Labels::explanation(verdict).toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    auto *warning = new QLabel(tr("The override, its reason and every call made under it are kept in the "
                                  "audit trail. Calling hours, do-not-call and legal holds cannot be overridden."),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color:#8a4b00;"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Why this call must be made now (e.g. the customer asked to be called back today)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(70);
    m_hours->setObjectName(QStringLiteral("overrideHours"));
    m_hours->setRange(1, 24);
    m_hours->setValue(4);
    m_hours->setSuffix(tr(" h"));
    m_numberOnly->setObjectName(QStringLiteral("overrideNumberOnly"));
    m_numberOnly->setText(tr("Only this number (%1)").arg(maskedNumber));
    m_numberOnly->setChecked(true);
    m_error->setObjectName(QStringLiteral("overrideError"));
    m_error->setStyleSheet(QStringLiteral("color:#a31515;font-weight:bold;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_submit->setObjectName(QStringLiteral("overrideSubmit"));
    m_submit->setText(tr("Override"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Valid for"), m_hours);
    form->addRow(QString(), m_numberOnly);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &OverrideDialog::trySubmit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString OverrideDialog::reason() const { return m_reason->toPlainText().trimmed(); }
int OverrideDialog::hours() const { return m_hours->value(); }
bool OverrideDialog::thisNumberOnly() const { return m_numberOnly->isChecked(); }
void OverrideDialog::setReason(const QString &reason) { m_reason->setPlainText(reason); }
void OverrideDialog::setHours(int hours) { m_hours->setValue(hours); }

void OverrideDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_submit->setEnabled(true);
}

void OverrideDialog::trySubmit()
{
    if (reason().size() < MinReason) {
        showError(tr("Give a reason of at least %n characters.", nullptr, MinReason));
        return;
    }
    m_error->hide();
    m_submit->setEnabled(false);  // until the server answers
    Q_EMIT submitted();
}

}  // namespace cd
