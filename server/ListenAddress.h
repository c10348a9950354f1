#pragma once
// "HOST:PORT" of `serve --listen`: an IPv4 or IPv6 literal ("[::1]:8443") or "localhost"; port 0..65535.
#include "Result.h"

#include <QHostAddress>

namespace cd::server {

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;

    static Result<ListenAddress> parse(const QString &text);
    /// "127.0.0.1:8443", "[::1]:8443"
    static QString format(const QHostAddress &address, quint16 port);
};

}  // namespace cd::server
