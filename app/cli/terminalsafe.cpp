#include "terminalsafe.h"

namespace thema::cli {

QByteArray terminalSafe(const QByteArray& utf8, QByteArray& pending)
{
    const QByteArray in = pending + utf8;
    pending.clear();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto b = static_cast<unsigned char>(in[i]);
        if (b == '\r' && i + 1 == in.size()) {
            pending = QByteArray(1, char(b));  // a CR LF line end (CSV) may be split between writes
        } else if (b == '\r' && in[i + 1] == '\n') {
            out += "\r\n";
            ++i;
        } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
            out += QString(QChar(b == 0x7f ? 0x2421 : 0x2400 + b)).toUtf8();  // control pictures
        } else if (b == 0xc2 && i + 1 == in.size()) {
            pending = QByteArray(1, char(b));  // the rest of the character comes with the next write
        } else if (b == 0xc2 && static_cast<unsigned char>(in[i + 1]) >= 0x80 && static_cast<unsigned char>(in[i + 1]) <= 0x9f) {
            out += "\xef\xbf\xbd";  // U+0080..U+009F (C1 controls, CSI among them) as U+FFFD
            ++i;
        } else {
            out += char(b);
        }
    }
    return out;
}

TerminalSafeDevice::TerminalSafeDevice(FILE* stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (!m_pending.isEmpty())
        m_file.write(m_pending);
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    const QByteArray safe = terminalSafe(QByteArray(data, size), m_pending);
    if (!safe.isEmpty() && m_file.write(safe) < 0)
        return -1;
    return size;
}

}  // namespace thema::cli
