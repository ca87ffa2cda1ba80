#include "indexjob.h"

#include "model/error.h"
#include "store/projectstore.h"

#include <QException>
#include <QtConcurrent/QtConcurrentRun>

namespace thema {
namespace {

/** Carries a thema::Error across the thread boundary of a QFuture. */
class IndexError : public QException {
public:
    explicit IndexError(QString message) : m_message(std::move(message)) {}
    void raise() const override { throw Error(m_message); }
    IndexError* clone() const override { return new IndexError(*this); }

private:
    QString m_message;
};

}  // namespace

QFuture<IndexStatus> updateIndexInBackground(const QString& projectPath, SearchIndex::Progress progress,
                                             std::shared_ptr<std::atomic_bool> cancel)
{
    return QtConcurrent::run([projectPath, progress, cancel] {
        try {
            const auto store = ProjectStore::open(projectPath);
            SearchIndex index(projectPath);
            return index.update(*store, progress, cancel.get());
        } catch (const Error& e) {
            throw IndexError(e.message());
        }
    });
}

}  // namespace thema
