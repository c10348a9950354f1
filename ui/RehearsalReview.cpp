#include "RehearsalReview.h"

#include "Labels.h"
#include "RehearsalView.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

using namespace rehearsal;

RehearsalReview::RehearsalReview(LocalStore &store, QString reviewer, QString locale, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_repo(store), m_reviewer(std::move(reviewer)),
      m_locale(std::move(locale)), m_table(new QTableWidget(this)), m_events(new QListWidget(this)),
      m_header(new QLabel(this)), m_detail(new QLabel(this)), m_comment(new QLineEdit(this)),
      m_addComment(new QPushButton(tr("Add &comment"), this)), m_prev(new QPushButton(tr("◀ &Previous"), this)),
      m_next(new QPushButton(tr("&Next ▶"), this)), m_export(new QPushButton(tr("&Export…"), this)),
      m_scoreCard(new RehearsalScoreCard(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("rehearsalReview"));
    setWindowTitle(tr("Rehearsal review — CollectDesk"));
    if (auto p = builtInPersonas())
        m_personas = p.value();

    m_table->setObjectName(QStringLiteral("rehearsalSessions"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Trainee"), tr("Persona"), tr("Customer"), tr("Date"), tr("Score"), tr("Comments")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { openRow(row); });

    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(importButton, &QPushButton::clicked, this, &RehearsalReview::importChosen);
    connect(refreshButton, &QPushButton::clicked, this, &RehearsalReview::refresh);
    connect(m_export, &QPushButton::clicked, this, &RehearsalReview::exportChosen);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(refreshButton);
    listButtons->addWidget(importButton);
    listButtons->addWidget(m_export);
    listButtons->addStretch(1);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_scoreCard);

    m_events->setObjectName(QStringLiteral("rehearsalEvents"));
    connect(m_events, &QListWidget::currentRowChanged, this, &RehearsalReview::showEvent);
    m_header->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("rehearsalEventDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(90);
    m_detail->setStyleSheet(QStringLiteral("background:#f4f5f7;padding:6px;"));
    m_comment->setObjectName(QStringLiteral("rehearsalComment"));
    m_comment->setPlaceholderText(tr("Comment on this step…"));
    connect(m_addComment, &QPushButton::clicked, this, [this] {
        if (addComment(m_comment->text()))
            m_comment->clear();
    });
    connect(m_comment, &QLineEdit::returnPressed, m_addComment, &QPushButton::click);
    connect(m_prev, &QPushButton::clicked, this, &RehearsalReview::previousEvent);
    connect(m_next, &QPushButton::clicked, this, &RehearsalReview::nextEvent);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_prev);
    stepButtons->addWidget(m_next);
    stepButtons->addStretch(1);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_addComment);

    auto *sessionPane = new QWidget(this);
    auto *sessionLayout = new QVBoxLayout(sessionPane);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->addWidget(m_header);
    sessionLayout->addWidget(m_events, 1);
    sessionLayout->addLayout(stepButtons);
    sessionLayout->addWidget(m_detail);
    sessionLayout->addLayout(commentRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(listPane);
    split->addWidget(sessionPane);
    split->setSizes({560, 560});

    m_status->setObjectName(QStringLiteral("rehearsalReviewStatus"));
    m_status->setWordWrap(true);
    auto *root = new QVBoxLayout(this);
    root->addWidget(makeTrainingBanner(this));
    root->addWidget(split, 1);
    root->addWidget(m_status);
    resize(1200, 760);
    refresh();
}

QString RehearsalReview::personaName(const QString &key) const
{
    const Persona *p = findPersona(m_personas, key);
    return p ? p->name.in(m_locale) : key;
}

void RehearsalReview::refresh()
{
    const QString keep = m_current ? m_current->id : QString();
    m_rows = m_repo.list();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const RehearsalRepository::Summary &s = m_rows.at(i);
        const QStringList cells{s.trainee, personaName(s.persona), s.customerName,
                                QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                                s.score ? QString::number(*s.score) : tr("—"), QString::number(s.comments)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
        if (s.id == keep)
            m_table->selectRow(i);
    }
    m_export->setEnabled(m_current.has_value());
    if (m_rows.isEmpty())
        m_status->setText(tr("No rehearsal sessions yet. Run one from Training → New rehearsal, or import a file."));
}

int RehearsalReview::sessionCount() const { return int(m_rows.size()); }

bool RehearsalReview::openRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    return openSession(m_rows.at(row).id);
}

bool RehearsalReview::openSession(const QString &id)
{
    const std::optional<Session> s = m_repo.find(id);
    if (!s) {
        m_status->setText(tr("That session could not be read."));
        return false;
    }
    const int keepEvent = m_current && m_current->id == id ? m_events->currentRow() : 0;
    m_current = s;
    m_header->setText(tr("<b>%1</b> · %2 · customer %3 (%4, overdue %5) · %6")
                          .arg(s->trainee.toHtmlEscaped(), personaName(s->persona).toHtmlEscaped(),
                               s->customerName.toHtmlEscaped(), Labels::text(s->bucket), Labels::money(s->overdue),
                               QLocale().toString(s->startedAt.toLocalTime(), QLocale::ShortFormat)));
    {
        const QSignalBlocker block(m_events);
        m_events->clear();
        for (const Event &e : s->events)
            m_events->addItem(eventLine(e));
    }
    m_scoreCard->setCard(s->score);
    m_export->setEnabled(true);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id && m_table->currentRow() != i) {
            const QSignalBlocker block(m_table);
            m_table->selectRow(i);
        }
    selectEvent(qBound(0, keepEvent, int(s->events.size()) - 1));
    return true;
}

QString RehearsalReview::eventLine(const Event &e) const
{
    const qint64 secs = m_current ? m_current->startedAt.secsTo(e.at) : 0;
    QString what;
    switch (e.kind) {
    case EventKind::CustomerSaid:
    case EventKind::ObjectionRaised:
        what = QStringLiteral("“%1”").arg(e.text);
        break;
    case EventKind::StepTaken:
        what = e.key.isEmpty() ? QStringLiteral("%1 → %2").arg(e.step, e.text)
                               : QStringLiteral("%1 [%2] → %3").arg(e.step, e.key, e.text);
        break;
    case EventKind::Ticked:
    case EventKind::Unticked:
    case EventKind::CardOpened:
        what = Labels::rehearsalKey(e.key);
        break;
    case EventKind::Promised:
        what = tr("%1 by %2").arg(Labels::money(e.key.toLongLong()), e.text);
        break;
    case EventKind::Recorded:
        what = Labels::text(enumFromKey(e.key, Outcome::NoAnswer));
        break;
    default:
        what = e.text;
        break;
    }
    QString line = QStringLiteral("%1  %2  %3").arg(Labels::duration(int(qMax<qint64>(0, secs))),
                                                   Labels::text(e.kind), what);
    if (!e.comments.isEmpty())
        line += QLatin1Char(' ') + tr("(%n comment(s))", nullptr, int(e.comments.size()));
    return line.simplified();
}

bool RehearsalReview::selectEvent(int index)
{
    if (!m_current || index < 0 || index >= m_current->events.size())
        return false;
    m_events->setCurrentRow(index);
    showEvent(index);
    return true;
}

int RehearsalReview::currentEvent() const { return m_events->currentRow(); }

void RehearsalReview::nextEvent() { selectEvent(currentEvent() + 1); }

void RehearsalReview::previousEvent() { selectEvent(currentEvent() - 1); }

void RehearsalReview::showEvent(int index)
{
    if (!m_current || index < 0 || index >= m_current->events.size()) {
        m_detail->clear();
        return;
    }
    const Event &e = m_current->events.at(index);
    QStringList lines{eventLine(e)};
    if (e.kind == EventKind::Recorded && !e.text.isEmpty())
        lines << tr("Note: %1").arg(e.text);
    for (const Comment &c : e.comments)
        lines << tr("%1 (%2): %3").arg(c.author, QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat), c.text);
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_prev->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_current->events.size());
}

QString RehearsalReview::detailText() const { return m_detail->text(); }

bool RehearsalReview::addComment(const QString &text)
{
    const int index = currentEvent();
    if (!m_current || index < 0) {
        m_status->setText(tr("Open a session and pick a step to comment on."));
        return false;
    }
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("Write the comment first."));
        return false;
    }
    const Result<void> r =
        m_repo.addComment(m_current->id, index, Comment{m_reviewer, QDateTime::currentDateTimeUtc(), text.trimmed()});
    if (!r) {
        m_status->setText(tr("The comment could not be saved: %1").arg(r.error().detail));
        return false;
    }
    openSession(m_current->id);
    selectEvent(index);
    refresh();
    m_status->setText(tr("Comment saved."));
    return true;
}

bool RehearsalReview::exportTo(const QString &path)
{
    if (!m_current)
        return false;
    const Result<void> r = m_repo.exportTo(m_current->id, path);
    m_status->setText(r ? tr("Exported to %1.").arg(path) : tr("Export failed: %1").arg(r.error().detail));
    return r.ok();
}

bool RehearsalReview::importFrom(const QString &path)
{
    const Result<QString> r = m_repo.importFrom(path);
    if (!r) {
        m_status->setText(tr("Import failed: %1").arg(r.error().detail));
        return false;
    }
    refresh();
    openSession(r.value());
    m_status->setText(tr("Imported %1.").arg(path));
    return true;
}

QString RehearsalReview::statusText() const { return m_status->text(); }

void RehearsalReview::exportChosen()
{
    if (!m_current)
        return;
    const QString name = QStringLiteral("rehearsal-%1-%2.json")
                             .arg(m_current->trainee, m_current->startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rehearsal session"), name,
                                                      tr("Rehearsal sessions (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void RehearsalReview::importChosen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rehearsal session"), QString(),
                                                      tr("Rehearsal sessions (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

}  // namespace cd
