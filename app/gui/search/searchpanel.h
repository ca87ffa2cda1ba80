#pragma once

#include "model/entities.h"
#include "core/search/hitcoder.h"
#include "core/search/searchtypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace thema {

class BusyStrip;
class SearchHitsModel;
class Session;

/**
 * Full-text search over the project: a query box with syntax help and completion of field prefixes (speaker:,
 * participant:, source:, and every participant attribute key), keyword-in-context results, a double-click opens
 * a hit in context (openHit), and "Code all hits…" codes every hit of the query with one code (undoable).
 * Indexing and searching run on a worker thread (QtConcurrent) with progress and cancel; the index is brought
 * up to date before each search.
 */
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    ~SearchPanel() override;
    void setSession(Session* session);

    QLineEdit* queryEdit() const { return m_query; }
    SearchHitsModel* model() const { return m_model; }
    const SearchResult& result() const { return m_result; }
    bool busy() const;
    /** The field prefixes offered for completion. */
    QStringList fieldPrefixes() const;

public slots:
    /** Starts a search for @p query (finished() follows). */
    void search(const QString& query);
    /** Codes every hit of the last query (not only those shown) with @p code for the current coder; finished() follows. */
    void codeAllHits(Id code, HitUnit unit);
    /**
     * Codes every hit with the code at @p codePath as typed (an existing code's path, or a new code created in the
     * same undo step). An empty name is refused with a message; never codes with any other code.
     */
    void codeAllHitsNamed(const QString& codePath, HitUnit unit);
    /** Runs the last query again and counts every hit exactly (the summary's "count exactly" link). */
    void countExactly();

signals:
    void openHit(thema::Id source, const thema::Span& span);
    /** A search or a coding run is over (also after an error or a cancel). */
    void finished();

private:
    /** The line under the hits: "12 hits in 9 turns", or an estimate marked "about …" with a "count exactly" link. */
    static QString summary(const SearchResult& result);
    void runShown(bool countAll);
    void run(const QString& query, const SearchOptions& options, const std::function<void(const SearchResult&)>& done);
    void codeAllDialog();
    void updateCompleter();
    void completeWord(const QString& completion);
    void onTextEdited(const QString& text);
    void indexMayBeStale()
    {
        m_indexChecked = false;
        ++m_indexChanges;
    }

    QPointer<Session> m_session;
    QLineEdit* m_query;
    QCompleter* m_completer;
    QComboBox* m_order;
    QSpinBox* m_limit;
    QPushButton* m_codeAll;
    QLabel* m_help;
    QLabel* m_summary;
    QTableView* m_table;
    SearchHitsModel* m_model;
    BusyStrip* m_busy;
    SearchResult m_result;
    QString m_lastQuery;
    int m_running = 0;
    bool m_indexChecked = false;  ///< the last search compared the index with the project, and nothing changed since
    quint64 m_indexChanges = 0;   ///< changes to what the index holds, counted to tell one that came during a search
};

}  // namespace thema
