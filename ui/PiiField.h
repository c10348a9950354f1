#pragma once
// A masked personal-data value (ID number, bank card) with a "Show" button for the roles that may
// reveal it (脱敏显示，授权查看). The full value is fetched by the caller (customer.reveal, audited by
// the server), shown for a short while, then masked again.
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace cd {

class PiiField : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RevealSeconds = 30;

    /// `value` is the label that shows the text (kept by the caller for its object name and font).
    PiiField(QLabel *value, QWidget *parent = nullptr);

    /// The masked text; hides any revealed value.
    void setMasked(const QString &masked);
    void setRevealAllowed(bool allowed);
    /// Shows the full value for RevealSeconds, then the masked text again.
    void showRevealed(const QString &value);
    bool isRevealed() const;
    QString text() const;
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void revealRequested();

private:
    void remask();

    QLabel *m_value;
    QPushButton *m_button;
    QTimer *m_timer;
    QString m_masked;
    bool m_allowed = false;
};

}  // namespace cd
