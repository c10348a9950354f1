#pragma once
// F1: every keyboard shortcut of the workstation on one page.
#include <QDialog>

namespace cd {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

}  // namespace cd
