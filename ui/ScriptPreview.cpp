#include "ScriptPreview.h"

#include "Compliance.h"
#include "Labels.h"
#include "LocalStore.h"
#include "Repositories.h"
#include "ScriptPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

ScriptPreview::ScriptPreview(LocalStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_who(new QLabel(this)), m_pathLabel(new QLabel(this)), m_view(new QTextBrowser(this)),
      m_buttons(new QHBoxLayout), m_back(new QPushButton(tr("Back"), this)),
      m_restart(new QPushButton(tr("Restart"), this))
{
    setObjectName(QStringLiteral("scriptPreview"));
    m_search->setObjectName(QStringLiteral("previewCustomerSearch"));
    m_search->setPlaceholderText(tr("Customer name or ID"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("previewCustomers"));
    m_results->setMaximumHeight(110);
    m_who->setObjectName(QStringLiteral("previewCustomer"));
    m_who->setWordWrap(true);
    m_pathLabel->setObjectName(QStringLiteral("previewPath"));
    m_pathLabel->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("previewText"));
    m_view->setOpenLinks(false);
    m_back->setObjectName(QStringLiteral("previewBack"));
    m_restart->setObjectName(QStringLiteral("previewRestart"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(new QLabel(tr("Preview with customer:"), this));
    searchRow->addWidget(m_search, 1);
    auto *controls = new QHBoxLayout;
    controls->addLayout(m_buttons, 1);
    controls->addWidget(m_back);
    controls->addWidget(m_restart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_results);
    layout->addWidget(m_who);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(controls);

    connect(m_search, &QLineEdit::textChanged, this, &ScriptPreview::search);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_walk.back())
            refresh();
    });
    connect(m_restart, &QPushButton::clicked, this, &ScriptPreview::restart);
    search({});
    refresh();
}

void ScriptPreview::setSpeaker(const QString &agentName, const QString &company)
{
    m_agentName = agentName;
    m_company = company;
    if (m_customer)
        selectCustomer(m_customer->id);
}

void ScriptPreview::setScript(const script::Script &script)
{
    // Replays the path taken so far on the edited script, so editing a step keeps the lead's place.
    const QStringList path = m_walk.path();
    m_script = script;
    m_walk = script::Walk(m_script);
    for (int i = 1; i < path.size(); ++i) {
        const script::Step *at = m_walk.current();
        if (!at || at->key != path.at(i - 1))
            break;
        QString answer;
        if (at->kind == script::StepKind::Ask) {
            for (const script::Answer &a : at->answers)
                if (a.next == path.at(i))
                    answer = a.key;
            if (answer.isEmpty())
                break;
        }
        if (!m_walk.advance(answer))
            break;
    }
    refresh();
}

// The cache has no name index for this: a lead's cache holds their team's customers (thousands at
// most), so a LIKE scan answers at once.
void ScriptPreview::search(const QString &text)
{
    m_results->clear();
    QSqlQuery q(m_store.db());
    const QString t = text.trimmed();
    q.prepare(
        QStringLiteral("SELECT id, name FROM customers WHERE ? = '' OR name LIKE ? OR CAST(id AS TEXT) = ? "
                       "ORDER BY name LIMIT 50"));
    q.addBindValue(t);
    q.addBindValue(QString(QLatin1Char('%') + t + QLatin1Char('%')));
    q.addBindValue(t);
    if (!q.exec())
        return;
    while (q.next()) {
        auto *item =
            new QListWidgetItem(tr("%1 · #%2").arg(q.value(1).toString()).arg(q.value(0).toLongLong()));
        item->setData(Qt::UserRole, q.value(0).toLongLong());
        m_results->addItem(item);
    }
}

bool ScriptPreview::selectCustomer(qint64 id)
{
    const std::optional<Customer> c = CustomerRepository(m_store).find(id);
    if (!c)
        return false;
    m_customer = c;
    const QList<Loan> loans = LoanRepository(m_store).loansFor(id);
    const QDate today = compliance::localTime(*c, QDateTime::currentDateTimeUtc()).date();
    m_fields = ScriptPanel::fieldsFor(*c, loans, today, m_agentName, m_company);
    m_who->setText(tr("Customer: %1 (#%2) · %3 · %n loan(s)", nullptr, int(loans.size()))
                       .arg(c->name)
                       .arg(c->id)
                       .arg(Labels::text(c->risk)));
    refresh();
    return true;
}

bool ScriptPreview::choose(const QString &answerKey)
{
    if (!m_walk.advance(answerKey))
        return false;
    refresh();
    return true;
}

void ScriptPreview::restart()
{
    m_walk = script::Walk(m_script);
    refresh();
}

QString ScriptPreview::plainText() const { return m_view->toPlainText(); }

QString ScriptPreview::renderHtml(const QString &text)
{
    // Escape the values, not the markers, so a field that stays unfilled can be highlighted.
    QHash<QString, QString> escaped;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        escaped.insert(it.key(),
                       QStringLiteral("<b style='color:#174ea6'>%1</b>").arg(it.value().toHtmlEscaped()));
    const script::Rendered r = script::render(text.toHtmlEscaped(), escaped);
    QString body = r.text;
    for (const QString &missing : r.missing) {
        if (!m_missing.contains(missing))
            m_missing << missing;
        const QRegularExpression marker(
            QStringLiteral(R"((\{\s*%1\s*\}))").arg(QRegularExpression::escape(missing)));
        body.replace(marker, QStringLiteral("<span style='background:#fdecea;color:#a31515'>\\1</span>"));
    }
    return body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void ScriptPreview::refresh()
{
    m_missing.clear();
    const script::Step *current = m_walk.current();
    const QStringList path = m_walk.path();
    QStringList titles;
    for (const QString &key : path) {
        const script::Step *s = m_script.step(key);
        titles << (s && !s->title.isEmpty() ? s->title : key);
    }
    m_pathLabel->setText(path.isEmpty() ? tr("Path: the script has no start step.")
                                        : tr("Path: %1").arg(titles.join(QStringLiteral(" → "))));
    QString html;
    if (!m_customer)
        html += QStringLiteral("<p style='color:#80868b'>%1</p>")
                    .arg(tr("Pick a customer above to see the script with their data.").toHtmlEscaped());
    // Every step, in the script's order: the current one highlighted, the ones on the path ticked.
    for (const script::Step &s : m_script.steps) {
        const bool isCurrent = current && current->key == s.key;
        const bool visited = path.contains(s.key);
        const QString style = isCurrent ? QStringLiteral("background:#fff4cc;") : QString();
        const QString mark = isCurrent ? QStringLiteral("▶ ") : (visited ? QStringLiteral("✓ ") : QString());
        html += QStringLiteral("<div style='%1'><p style='margin-bottom:2px'><b>%2%3</b> "
                               "<span style='color:#80868b'>%4 · %5</span></p><p style='margin-top:0'>%6</p>")
                    .arg(style, mark, s.title.toHtmlEscaped(), s.key.toHtmlEscaped(), Labels::text(s.kind),
                         renderHtml(s.text));
        if (s.kind == script::StepKind::Ask && !s.answers.isEmpty()) {
            QStringList answers;
            for (const script::Answer &a : s.answers)
                answers << tr("%1 → %2").arg(a.label.toHtmlEscaped(), a.next.toHtmlEscaped());
            html += QStringLiteral("<p style='margin-top:0;color:#5f6368'>%1</p>")
                        .arg(answers.join(QStringLiteral(" · ")));
        }
        html += QStringLiteral("</div>");
    }
    if (!m_missing.isEmpty())
        html +=
            QStringLiteral("<p style='color:#a31515'>%1</p>")
                .arg(tr("Not filled for this customer: %1").arg(m_missing.join(tr(", "))).toHtmlEscaped());
    m_view->setHtml(html);
    rebuildButtons();
}

void ScriptPreview::rebuildButtons()
{
    qDeleteAll(m_answerButtons);
    m_answerButtons.clear();
    const script::Step *current = m_walk.current();
    m_back->setEnabled(m_walk.path().size() > 1);
    if (!current)
        return;
    auto add = [this](const QString &text, const QString &key) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        b->setObjectName(key.isEmpty() ? QStringLiteral("previewNext")
                                       : QStringLiteral("previewAnswer_") + key);
        connect(b, &QPushButton::clicked, this, [this, key] { choose(key); });
        m_buttons->addWidget(b);
        m_answerButtons << b;
    };
    if (current->kind == script::StepKind::Ask) {
        for (const script::Answer &a : current->answers)
            add(a.label.isEmpty() ? a.key : a.label, a.key);
    } else if (current->kind == script::StepKind::Say) {
        add(tr("Next"), {});
    } else {
        auto *end = new QPushButton(tr("End of script"), this);
        end->setEnabled(false);
        m_buttons->addWidget(end);
        m_answerButtons << end;
    }
}

}  // namespace cd
