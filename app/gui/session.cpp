#include "session.h"

#include "commands/storecommand.h"
#include "model/error.h"
#include "store/postgres/teamproject.h"
#include "store/projectstore.h"

#include <QSettings>
#include <QUndoStack>

namespace thema {
namespace {

const QString kCoderSetting = QStringLiteral("gui.coder");

QString projectKey(const QString& path)
{
    // QSettings keys cannot hold '/' or '\' as data; a hash of the path names the project.
    return QStringLiteral("projects/") + QString::number(qHash(path), 16) + QStringLiteral("/coder");
}

}  // namespace

Session::Session(std::unique_ptr<ProjectStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_undo(new QUndoStack(this))
{
    m_showOthers = QSettings().value(QStringLiteral("coding/showOtherCoders"), false).toBool();
}

Session::~Session() = default;

Id Session::rememberedCoder() const
{
    const QString name = QSettings().value(projectKey(m_store->path())).toString();
    for (const QString& candidate : {name, m_store->setting(kCoderSetting)})
        if (!candidate.isEmpty())
            if (const auto c = m_store->coderByName(candidate))
                return c->id;
    return 0;
}

void Session::setCoder(Id coder)
{
    if (coder == m_coder)
        return;
    const auto c = m_store->coder(coder);
    if (!c)
        return;
    m_coder = coder;
    QSettings settings;
    settings.setValue(projectKey(m_store->path()), c->name);
    settings.setValue(QStringLiteral("coding/lastCoder"), c->name);
    // The project remembers its last coder for the next window on this file; a team project is shared by members
    // who each code as themselves, so there it stays in this user's settings only.
    if (!team::isTeamProject(*m_store)) {
        try {
            m_store->setSetting(kCoderSetting, c->name);
        } catch (const Error& e) {
            reportError(e.message());
        }
    }
    emit coderChanged();
    if (!m_showOthers)
        emit visibilityChanged();
}

void Session::setShowOtherCoders(bool show)
{
    if (show == m_showOthers)
        return;
    m_showOthers = show;
    QSettings().setValue(QStringLiteral("coding/showOtherCoders"), show);
    emit visibilityChanged();
}

QList<Id> Session::visibleCoders() const
{
    if (m_showOthers || !m_coder)
        return {};
    return {m_coder};
}

void Session::noteCodeUsed(Id code)
{
    m_recent.removeAll(code);
    m_recent.prepend(code);
    while (m_recent.size() > 9)
        m_recent.removeLast();
    emit recentCodesChanged();
}

bool Session::push(QUndoCommand* command)
{
    if (auto* change = dynamic_cast<StoreCommand*>(command)) {
        const QString refusal = change->applyNow();
        if (!refusal.isEmpty()) {
            delete command;
            reportError(refusal);
            return false;
        }
    }
    m_undo->push(command);  // its first redo() does nothing: the change is made
    return true;
}

bool Session::guardedRead(const std::function<void()>& read)
{
    try {
        read();
        return true;
    } catch (const Error& e) {
        reportError(e.message());
    } catch (const std::exception& e) {
        reportError(QString::fromUtf8(e.what()));
    }
    return false;
}

void Session::reportError(const QString& message)
{
    emit error(message);
}

}  // namespace thema
