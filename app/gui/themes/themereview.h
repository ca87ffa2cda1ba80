#pragma once

#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTreeView;

namespace thema {

class ReviewModel;
class Session;

/**
 * Reviewing a theme or subtheme (phase four): its definition and status (editable, undoable), how many
 * participants of each group hold it ("8 of 11 clinicians, 2 of 8 service users", from core/analysis's theme
 * table), every coded extract grouped by participant group, exemplar stars, and the theme's memos.
 * Double-clicking an extract asks to open it in context.
 */
class ThemeReview : public QWidget {
    Q_OBJECT
public:
    explicit ThemeReview(QWidget* parent = nullptr);
    void setSession(Session* session);

    Id theme() const { return m_theme; }
    ReviewModel* model() const { return m_model; }
    /** The counts line, e.g. "8 of 11 clinicians, 2 of 8 service users". */
    QString countsText() const;
    /** Whose codings are listed: a coder's id, or one of these. */
    enum : Id { EachPassageOnce = 0, EveryCoding = -1 };
    /**
     * Only this coder's codings; EachPassageOnce: every coder's, but a passage coded by several coders (overlapping
     * spans of one source) is listed once, naming its coders and codes; EveryCoding: one row per coding. The
     * default is the consensus layer when it holds codings, else EachPassageOnce.
     */
    void setCoder(Id coder);
    Id coder() const { return m_coder; }

public slots:
    void setTheme(Id theme);
    void refresh();
    /** Stars or unstars @p coding as an exemplar of the reviewed theme (undoable). */
    bool setExemplar(Id coding, bool exemplar);

signals:
    void openInContext(thema::Id source, const thema::Span& span);

private:
    void fillThemes();
    void fitColumns();
    void resizeEvent(QResizeEvent* event) override;
    void commitDefinition();
    void editMemo();

    QPointer<Session> m_session;
    Id m_theme = 0;
    Id m_coder = 0;
    QComboBox* m_themes;
    QComboBox* m_status;
    QComboBox* m_coders;
    QPlainTextEdit* m_definition;
    QLabel* m_counts;
    QTreeView* m_tree;
    ReviewModel* m_model;
    QTextBrowser* m_memos;
    QWidget* m_memoBox = nullptr;  ///< the memos and their label; hidden while the theme has none
    bool m_filling = false;
};

}  // namespace thema
