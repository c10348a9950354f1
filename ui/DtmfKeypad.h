#pragma once
// DTMF keypad popup for IVR menus and extensions: click or type 0-9 * #. Sends through the engine.
#include <QFrame>

class QLineEdit;

namespace cd {

class CallEngine;

class DtmfKeypad : public QFrame
{
    Q_OBJECT
public:
    explicit DtmfKeypad(CallEngine &engine, QWidget *parent = nullptr);
    void popup(QWidget *anchor);
    /// Digits sent during this call.
    QString sent() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void press(QChar digit);

    CallEngine &m_engine;
    QLineEdit *m_display;
};

}  // namespace cd
