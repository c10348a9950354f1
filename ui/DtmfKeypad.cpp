#include "DtmfKeypad.h"

#include "CallEngine.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

DtmfKeypad::DtmfKeypad(CallEngine &engine, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_engine(engine), m_display(new QLineEdit(this))
{
    setObjectName(QStringLiteral("dtmfKeypad"));
    setFrameShape(QFrame::StyledPanel);
    setWindowTitle(tr("Keypad"));
    m_display->setReadOnly(true);
    m_display->setPlaceholderText(tr("Type or click digits"));
    m_display->setFocusPolicy(Qt::NoFocus);
    auto *grid = new QGridLayout;
    const QString keys = QStringLiteral("123456789*0#");
    for (int i = 0; i < keys.size(); ++i) {
        auto *b = new QPushButton(QString(keys.at(i)), this);
        b->setObjectName(QStringLiteral("dtmf_%1").arg(i));
        b->setFixedSize(48, 40);
        b->setFocusPolicy(Qt::NoFocus);
        const QChar digit = keys.at(i);
        connect(b, &QPushButton::clicked, this, [this, digit] { press(digit); });
        grid->addWidget(b, i / 3, i % 3);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_display);
    layout->addLayout(grid);
    connect(&m_engine, &CallEngine::stateChanged, this, [this](CallEngine::CallState s) {
        if (s == CallEngine::CallState::Dialing)
            m_display->clear();
    });
}

void DtmfKeypad::popup(QWidget *anchor)
{
    adjustSize();
    if (anchor)
        move(anchor->mapToGlobal(QPoint(0, anchor->height())));
    show();
    setFocus();
}

QString DtmfKeypad::sent() const { return m_display->text(); }

void DtmfKeypad::keyPressEvent(QKeyEvent *event)
{
    const QString t = event->text();
    if (t.size() == 1 && QStringLiteral("0123456789*#").contains(t.at(0))) {
        press(t.at(0));
        return;
    }
    QFrame::keyPressEvent(event);
}

void DtmfKeypad::press(QChar digit)
{
    if (m_engine.sendDtmf(digit))
        m_display->setText(m_display->text() + digit);
}

}  // namespace cd
