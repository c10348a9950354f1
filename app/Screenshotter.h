#pragma once
// --screenshot DIR: walks the workstation through one demo call and saves every main view as PNG —
// the workstation (loans, payments, timeline), a live call with the keypad, the wrap-up dialog, the
// saved contact in the timeline, and the shortcuts page. Used by run-demo without a display, docs
// and tests.
#include <QStringList>

namespace cd {

class Workstation;

class Screenshotter
{
public:
    explicit Screenshotter(Workstation &workstation) : m_ws(workstation) {}
    /// Returns the files written; empty with `error` set when something could not be shown.
    QStringList run(const QString &dir, QString *error);

private:
    Workstation &m_ws;
};

}  // namespace cd
