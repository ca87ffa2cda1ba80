#pragma once

#include <QString>

#include <stdexcept>

namespace thema {

/**
 * A failure the user can act on: bad input, a missing entity, a refused change.
 * The message names the file or argument and the problem; the CLI prints it and exits 1.
 */
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

}  // namespace thema
