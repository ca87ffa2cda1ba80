#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

#include <cstdio>

namespace thema::cli {

/**
 * UTF-8 text with every control character except line feed, tab and a CR LF line end (CSV) made visible, so
 * that text from a project (transcripts, names) cannot drive the terminal: C0 controls and DEL become their
 * Unicode control pictures (ESC shows as U+241B "␛", BEL as U+2407 "␇", a lone CR as U+240D "␍"), C1 controls
 * (U+0080–U+009F) become U+FFFD. @p pending carries a last byte that needs the next one (a CR, or 0xC2, the start
 * of a C1 control or of a Latin-1 letter) between calls.
 */
QByteArray terminalSafe(const QByteArray& utf8, QByteArray& pending);

/**
 * stdout or stderr through terminalSafe(): thema-cli's two streams are built on these in main(), so every line
 * any command prints passes through the one function. JSON output is unchanged (JSON escapes controls itself).
 */
class TerminalSafeDevice : public QIODevice {
public:
    explicit TerminalSafeDevice(FILE* stream);
    ~TerminalSafeDevice() override;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QFile m_file;
    QByteArray m_pending;
};

}  // namespace thema::cli
