#include "TemplateRenderer.h"

#include <QRegularExpression>

namespace cd {

RenderResult renderTemplate(const QString &text, const QHash<QString, QString> &fields)
{
    static const QRegularExpression field(QStringLiteral(R"(\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\})"));
    RenderResult r;
    qsizetype last = 0;
    auto it = field.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        r.text += QStringView(text).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        const auto found = fields.constFind(key);
        if (found != fields.constEnd()) {
            r.text += *found;
        } else {
            r.text += m.captured(0);
            if (!r.missing.contains(key))
                r.missing << key;
        }
        last = m.capturedEnd();
    }
    r.text += QStringView(text).mid(last);
    return r;
}

}  // namespace cd
