#include "ListenAddress.h"

namespace cd::server {

Result<ListenAddress> ListenAddress::parse(const QString &text)
{
    const Error bad{ErrorCode::InvalidInput,
                    QStringLiteral("--listen \"%1\" is not HOST:PORT (e.g. 127.0.0.1:8443, [::1]:8443, "
                                   "0.0.0.0:8443)")
                        .arg(text)};
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0)
        return bad;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    ListenAddress out;
    out.port = quint16(port);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        out.address = QHostAddress(QHostAddress::LocalHost);
        return out;
    }
    if (!out.address.setAddress(host))
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("--listen host \"%1\" must be an IP address or localhost").arg(host)};
    return out;
}

QString ListenAddress::format(const QHostAddress &address, quint16 port)
{
    const QString host = address.toString();
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]:%2")
                                                                : QStringLiteral("%1:%2"))
        .arg(host)
        .arg(port);
}

}  // namespace cd::server
