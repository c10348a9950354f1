#pragma once
// floor_latency's supervisor client: a WebSocket client over a plain TCP socket, read with recvmsg()
// so every read carries the kernel's receive timestamp (SO_TIMESTAMPNS). A frame's receipt is then
// the moment it reached the supervisor's socket, whatever this process was doing; the bench also
// stamps when it got round to the frame, to show what serving 20 supervisors from one thread adds.
//
// Enough of RFC 6455 for a client of collectdesk-server: the opening handshake (subprotocol
// collectdesk.v1, Sec-WebSocket-Accept checked), masked text frames out, text / continuation / ping
// / close frames in. Blocking connect and handshake; reads are non-blocking once it is open.
#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QString>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <functional>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

class RawWebSocket
{
public:
    /// One complete text message: when its last byte reached the socket (kernel, CLOCK_MONOTONIC
    /// ns; the application time when the kernel gave none) and when this process read it.
    using OnText = std::function<void(qint64 kernelNs, qint64 readNs, QByteArray &&payload)>;

    RawWebSocket() = default;
    RawWebSocket(const RawWebSocket &) = delete;
    RawWebSocket &operator=(const RawWebSocket &) = delete;
    ~RawWebSocket() { close(); }

    static qint64 monotonicNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    int fd() const { return m_fd; }
    QString error() const { return m_error; }
    qint64 kernelStamps() const { return m_kernelStamps; }
    qint64 appStamps() const { return m_appStamps; }

    /// Connects to 127.0.0.1:port and upgrades to WebSocket; false with error() set.
    bool open(quint16 port, const QByteArray &subprotocol, int timeoutMs)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return fail("socket");
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one) != 0)
            return fail("SO_TIMESTAMPNS");
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return fail("connect");
        QByteArray nonce(16, Qt::Uninitialized);
        for (char &c : nonce)
            c = char(QRandomGenerator::global()->bounded(256));
        const QByteArray key = nonce.toBase64();
        const QByteArray request = "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
            + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: " + subprotocol + "\r\n\r\n";
        if (!writeAll(request))
            return false;
        // The answer's head; anything after it is the first frames.
        while (!m_in.contains("\r\n\r\n")) {
            if (!waitReadable(timeoutMs))
                return fail("no handshake answer", false);
            if (!readSome())
                return false;
        }
        const qsizetype end = m_in.indexOf("\r\n\r\n") + 4;
        const QByteArray head = m_in.left(end);
        m_in.remove(0, end);
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                .toBase64();
        if (!head.startsWith("HTTP/1.1 101") || !head.contains(QByteArray("Sec-WebSocket-Accept: " + accept)))
            return fail("handshake refused: " + head.left(head.indexOf("\r\n")), false);
        if (::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK) != 0)
            return fail("O_NONBLOCK");
        return true;
    }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    bool sendText(const QByteArray &payload) { return sendFrame(0x1, payload); }

    /// True when the socket has something to read within timeoutMs.
    bool waitReadable(int timeoutMs) const
    {
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, timeoutMs) > 0;
    }

    /// Reads what the socket has now and hands over every text message completed. False when the
    /// connection ended or broke (error() says how).
    bool readAvailable(const OnText &onText)
    {
        for (;;) {
            const qsizetype before = m_in.size();
            if (!readSome())
                return false;
            if (m_in.size() == before)
                break;  // EAGAIN: nothing more for now
            if (!parseFrames(onText))
                return false;
        }
        return true;
    }

    /// Blocking: reads until `done` is true or timeoutMs pass without anything arriving.
    bool readUntil(const std::function<bool()> &done, const OnText &onText, int timeoutMs)
    {
        if (!parseFrames(onText))
            return false;
        while (!done()) {
            if (!waitReadable(timeoutMs))
                return fail("timed out", false);
            if (!readAvailable(onText))
                return false;
        }
        return true;
    }

private:
    /// Records why it failed; with the system's reason when a system call failed (errno set).
    bool fail(const QByteArray &what, bool fromSystem = true)
    {
        m_error = QString::fromUtf8(what);
        if (fromSystem && errno)
            m_error += QStringLiteral(": ") + QString::fromUtf8(std::strerror(errno));
        return false;
    }

    bool writeAll(const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                pollfd p{m_fd, POLLOUT, 0};
                ::poll(&p, 1, 1000);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail("send");
            sent += n;
        }
        return true;
    }

    bool sendFrame(int opcode, const QByteArray &payload)
    {
        QByteArray f;
        f.append(char(0x80 | opcode));
        const quint64 n = quint64(payload.size());
        if (n < 126) {
            f.append(char(0x80 | n));
        } else if (n <= 0xFFFF) {
            f.append(char(0x80 | 126));
            f.append(char(n >> 8)).append(char(n & 0xFF));
        } else {
            f.append(char(0x80 | 127));
            for (int s = 56; s >= 0; s -= 8)
                f.append(char((n >> s) & 0xFF));
        }
        const quint32 mask = QRandomGenerator::global()->generate();
        const char m[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
        f.append(m, 4);
        const qsizetype at = f.size();
        f.append(payload);
        for (qsizetype i = 0; i < payload.size(); ++i)
            f[at + i] = char(f[at + i] ^ m[i % 4]);
        return writeAll(f);
    }

    /// One recvmsg(): appends to m_in and notes the kernel's timestamp of the data read. True on
    /// data or EAGAIN, false at the end of the connection or on an error.
    bool readSome()
    {
        char data[65536];
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
        iovec iov{data, sizeof data};
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_fd, &msg, 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return true;
        if (n < 0)
            return fail("recvmsg");
        if (n == 0)
            return fail("connection closed by the server", false);
        const qint64 readNs = monotonicNs();
        qint64 kernelNs = 0;
        for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                timespec ts;
                std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                // The kernel stamps in CLOCK_REALTIME: moved to the monotonic clock with the offset
                // between the two read now (a clock step between the packet and this read would
                // show; a run lasts a minute).
                timespec rt;
                ::clock_gettime(CLOCK_REALTIME, &rt);
                const qint64 offset = (qint64(rt.tv_sec) * 1'000'000'000 + rt.tv_nsec) - monotonicNs();
                kernelNs = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec - offset;
            }
        // recvmsg() gives the stamp of the last segment it read: for a frame that ends here, its
        // receipt (bytes read earlier arrived no later).
        m_lastKernelNs = kernelNs > 0 ? kernelNs : readNs;
        m_lastReadNs = readNs;
        m_lastFromKernel = kernelNs > 0;
        m_in.append(data, n);
        return true;
    }

    bool parseFrames(const OnText &onText)
    {
        for (;;) {
            if (m_in.size() < 2)
                return true;
            const auto *b = reinterpret_cast<const uchar *>(m_in.constData());
            const bool fin = b[0] & 0x80;
            const int opcode = b[0] & 0x0F;
            if (b[1] & 0x80)
                return fail("masked frame from the server", false);
            quint64 len = b[1] & 0x7F;
            qsizetype head = 2;
            if (len == 126) {
                if (m_in.size() < 4)
                    return true;
                len = (quint64(b[2]) << 8) | b[3];
                head = 4;
            } else if (len == 127) {
                if (m_in.size() < 10)
                    return true;
                len = 0;
                for (int i = 2; i < 10; ++i)
                    len = (len << 8) | b[i];
                head = 10;
            }
            if (quint64(m_in.size() - head) < len)
                return true;
            QByteArray payload = m_in.mid(head, qsizetype(len));
            m_in.remove(0, head + qsizetype(len));
            switch (opcode) {
            case 0x0:  // continuation
            case 0x1:  // text
                m_message += payload;
                if (fin) {
                    (m_lastFromKernel ? m_kernelStamps : m_appStamps) += 1;
                    onText(m_lastKernelNs, m_lastReadNs, std::exchange(m_message, {}));
                }
                break;
            case 0x8:  // close
                return fail("closed by the server", false);
            case 0x9:  // ping
                if (!sendFrame(0xA, payload))
                    return false;
                break;
            default:  // pong, binary: not used by the server's board
                break;
            }
        }
    }

    int m_fd = -1;
    QByteArray m_in;
    QByteArray m_message;
    qint64 m_lastKernelNs = 0;
    qint64 m_lastReadNs = 0;
    bool m_lastFromKernel = false;
    qint64 m_kernelStamps = 0;
    qint64 m_appStamps = 0;
    QString m_error;
};
