#pragma once

#include "transcriptdata.h"

#include <QPlainTextEdit>
#include <QPointer>

namespace thema {

class CodingStripes;
class Session;
class SpeakerGutter;

/** One coding's stripe in the margin: its vertical extent in viewport pixels and its column. */
struct Stripe {
    ShownCoding coding;
    qreal top = 0;
    qreal bottom = 0;
    int column = 0;
};

/**
 * A source's text, read-only, as one QTextDocument (fast for megabyte transcripts). Codings are never stored
 * as character formats: they are painted under the text from TranscriptData for the visible blocks only.
 * Speaker names sit in a left gutter, coding stripes in a right margin; both are children of this view.
 *
 * Positions in the public interface are code points (Span); the document works in UTF-16.
 */
class TranscriptView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);
    ~TranscriptView() override;

    void setSession(Session* session);
    void openSource(Id source);
    void closeSource();
    Id source() const { return m_data.source(); }
    const TranscriptData& data() const { return m_data; }

    /** The selection in code points, widened to whole words when snapping is on; empty when none. */
    Span selectedSpan() const;
    QString selectedSpanText() const;
    /** Selects @p span (code points) and scrolls it into the middle of the view. */
    void selectSpan(const Span& span);

    bool snapToWords() const { return m_snap; }
    void setSnapToWords(bool snap) { m_snap = snap; }
    bool popupOnSelect() const { return m_popupOnSelect; }
    void setPopupOnSelect(bool on) { m_popupOnSelect = on; }

    /** The coding picked in the stripes (outlined in the text), 0 when none. */
    Id activeCoding() const { return m_active; }
    void setActiveCoding(Id coding);

    /** Stripes of the codings visible now, with their margin columns. */
    QList<Stripe> stripes() const;
    /** Actions added on top of the context menu (code selection, in vivo, recent codes). */
    void setSelectionActions(const QList<QAction*>& actions) { m_selectionActions = actions; }

    /** Paint events so far (the benchmark waits for the next one). */
    int paintCount() const { return m_paints; }
    /** Where the quick-code popup should appear, in global coordinates: under the selection's end. */
    QPoint popupPosition() const;

    /** A menu of what can be done with @p coding (uncode, memo, select); shared with the stripes. */
    void addCodingActions(QMenu* menu, const ShownCoding& coding);
    QString describe(const ShownCoding& coding) const;

signals:
    void quickCodeRequested();
    void codingActivated(thema::Id coding);
    void uncodeRequested(thema::Id coding);
    void codingMemoRequested(thema::Id coding);
    void painted();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    QMimeData* createMimeDataFromSelection() const override;

private:
    void reloadCodings();
    void updateMargins();
    void paintCodings(QPainter& painter, const QRect& clip);
    qreal yAt(qint64 pos16, bool bottom) const;
    bool inSelection(const QPoint& viewportPos) const;

    friend class SpeakerGutter;
    friend class CodingStripes;

    QPointer<Session> m_session;
    TranscriptData m_data;
    SpeakerGutter* m_gutter = nullptr;
    CodingStripes* m_stripes = nullptr;
    QList<QAction*> m_selectionActions;
    QPoint m_dragStart;
    bool m_pressedInSelection = false;
    bool m_snap = true;
    bool m_popupOnSelect = true;
    Id m_active = 0;
    int m_paints = 0;
};

}  // namespace thema
