#include "transcriptview.h"

#include "codingstripes.h"
#include "longlines.h"
#include "mimetypes.h"
#include "session.h"
#include "speakergutter.h"
#include "store/projectstore.h"
#include "wordsnap.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace thema {

TranscriptView::TranscriptView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Keyboard selection as well as mouse: a researcher can code without the mouse.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(8);
    m_gutter = new SpeakerGutter(this);
    m_stripes = new CodingStripes(this);
    updateMargins();
    setPlaceholderText(tr("Choose a source on the left to read and code it."));
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::setSession(Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    closeSource();
    if (!session)
        return;
    ProjectStore& store = session->store();
    connect(&store, &ProjectStore::codingsChanged, this, [this](const QList<Id>& sources) {
        if (sources.isEmpty() || sources.contains(m_data.source()))
            reloadCodings();
    });
    connect(&store, &ProjectStore::codesChanged, this, &TranscriptView::reloadCodings);
    connect(&store, &ProjectStore::codersChanged, this, &TranscriptView::reloadCodings);
    connect(&store, &ProjectStore::sourcesChanged, this, [this] {
        if (m_data.source() && m_session && !m_session->store().source(m_data.source()))
            closeSource();
    });
    connect(session, &Session::visibilityChanged, this, &TranscriptView::reloadCodings);
}

void TranscriptView::openSource(Id source)
{
    if (!m_session || source == m_data.source())
        return;
    m_active = 0;
    m_data.load(m_session->store(), source);
    m_data.loadCodings(m_session->store(), m_session->visibleCoders());
    setPlainText(softBreakLongLines(m_data.text()));  // same offsets, short blocks: see longlines.h
    m_gutter->rebuild();
    updateMargins();
    viewport()->update();
}

void TranscriptView::closeSource()
{
    m_data.clear();
    m_active = 0;
    clear();
    m_gutter->rebuild();
    updateMargins();
}

void TranscriptView::reloadCodings()
{
    if (!m_session || !m_data.source())
        return;
    m_data.loadCodings(m_session->store(), m_session->visibleCoders());
    if (m_active && !m_data.codingById(m_active))
        m_active = 0;
    viewport()->update();
    m_stripes->update();
}

void TranscriptView::updateMargins()
{
    setViewportMargins(m_gutter->preferredWidth(), 0, m_stripes->preferredWidth(), 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(cr.left(), cr.top(), m_gutter->preferredWidth(), cr.height());
    // Right of the viewport, left of the vertical scroll bar.
    m_stripes->setGeometry(viewport()->geometry().right() + 1, cr.top(), m_stripes->preferredWidth(), cr.height());
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void TranscriptView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_gutter->rebuild();
        updateMargins();
    }
}

Span TranscriptView::selectedSpan() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection() || !m_data.source())
        return {};
    qint64 start = c.selectionStart();
    qint64 end = c.selectionEnd();
    if (m_snap)
        std::tie(start, end) = thema::snapToWords(m_data.text(), start, end);
    return m_data.toCodePoints(start, end);
}

QMimeData* TranscriptView::createMimeDataFromSelection() const
{
    // The document shows some spaces of very long lines as line breaks; copy what the source says.
    const QTextCursor c = textCursor();
    auto* mime = new QMimeData;
    mime->setText(m_data.text().mid(c.selectionStart(), c.selectionEnd() - c.selectionStart()));
    return mime;
}

QString TranscriptView::selectedSpanText() const
{
    const Span span = selectedSpan();
    const auto [s, e] = m_data.toUtf16(span);
    return m_data.text().mid(s, e - s);
}

void TranscriptView::selectSpan(const Span& span)
{
    const auto [s, e] = m_data.toUtf16(span);
    QTextCursor c(document());
    c.setPosition(int(e));
    setTextCursor(c);
    centerCursor();
    c.setPosition(int(s));
    c.setPosition(int(e), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void TranscriptView::setActiveCoding(Id coding)
{
    m_active = coding;
    viewport()->update();
    m_stripes->update();
    if (coding)
        emit codingActivated(coding);
}

qreal TranscriptView::yAt(qint64 pos16, bool bottom) const
{
    const QTextBlock block = document()->findBlock(int(pos16));
    const QTextBlock first = firstVisibleBlock();
    if (!block.isValid() || block.blockNumber() < first.blockNumber())
        return -2;
    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    if (geometry.top() > viewport()->height())
        return viewport()->height() + 2;
    const QTextLine line = block.layout()->lineForTextPosition(int(pos16 - block.position()));
    if (!line.isValid())
        return bottom ? geometry.bottom() : geometry.top();
    return geometry.top() + line.y() + (bottom ? line.height() : 0);
}

QList<Stripe> TranscriptView::stripes() const
{
    QList<Stripe> result;
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid() || !m_data.source())
        return result;
    const QPointF offset = contentOffset();
    QTextBlock last = first;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        last = b;
        if (blockBoundingGeometry(b).translated(offset).bottom() > viewport()->height())
            break;
    }
    QList<qreal> columnBottoms;
    for (const ShownCoding& c : m_data.codingsIn(first.position(), last.position() + last.length())) {
        Stripe s{c, yAt(c.start, false), yAt(std::max(c.start, c.end - 1), true), 0};
        int col = 0;
        while (col < columnBottoms.size() && columnBottoms[col] + 2 > s.top)
            ++col;
        if (col == columnBottoms.size())
            columnBottoms.append(s.bottom);
        else
            columnBottoms[col] = s.bottom;
        s.column = col;
        result.append(s);
    }
    return result;
}

void TranscriptView::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(viewport());
        paintCodings(painter, event->rect());
    }
    QPlainTextEdit::paintEvent(event);
    ++m_paints;
    m_gutter->update();
    m_stripes->update();
    emit painted();
}

void TranscriptView::paintCodings(QPainter& painter, const QRect& clip)
{
    if (m_data.codings().isEmpty())
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(offset);
        if (geometry.top() > clip.bottom())
            break;
        if (geometry.bottom() < clip.top())
            continue;
        const qint64 bpos = block.position();
        const QTextLayout* layout = block.layout();
        for (const ShownCoding& c : m_data.codingsIn(bpos, bpos + block.length())) {
            const int from = int(std::max(c.start, bpos) - bpos);
            const int to = int(std::min(c.end, bpos + block.length() - 1) - bpos);
            QColor fill = m_data.codeColor(c.code);
            fill.setAlpha(dark ? 95 : 60);
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int ls = line.textStart();
                const int le = ls + line.textLength();
                if (to <= ls || from >= le)
                    continue;
                const qreal x1 = line.cursorToX(std::max(from, ls));
                const qreal x2 = line.cursorToX(std::min(to, le));
                const QRectF r(geometry.left() + x1, geometry.top() + line.y(), x2 - x1, line.height());
                painter.fillRect(r, fill);
                if (c.id == m_active) {
                    QColor edge = m_data.codeColor(c.code);
                    painter.setPen(QPen(edge, 1.5));
                    painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
                }
            }
        }
    }
}

QString TranscriptView::describe(const ShownCoding& c) const
{
    QString s = QStringLiteral("<b>%1</b> — %2").arg(m_data.codeName(c.code).toHtmlEscaped(), m_data.coderName(c.coder).toHtmlEscaped());
    if (!c.memo.isEmpty())
        s += QStringLiteral("<br><i>%1</i>").arg(c.memo.toHtmlEscaped());
    return s;
}

bool TranscriptView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QList<ShownCoding> here = m_data.codingsAt(cursorForPosition(help->pos()).position());
        if (here.isEmpty()) {
            QToolTip::hideText();
        } else {
            QStringList lines;
            for (const ShownCoding& c : here)
                lines.append(describe(c));
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool TranscriptView::inSelection(const QPoint& pos) const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return false;
    const int p = cursorForPosition(pos).position();
    return p >= c.selectionStart() && p < c.selectionEnd();
}

void TranscriptView::mousePressEvent(QMouseEvent* event)
{
    // A press inside the selection may start dragging it onto a code; keep the selection until we know.
    m_pressedInSelection = event->button() == Qt::LeftButton && inSelection(event->position().toPoint());
    if (m_pressedInSelection) {
        m_dragStart = event->position().toPoint();
        return;
    }
    QPlainTextEdit::mousePressEvent(event);
}

void TranscriptView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressedInSelection) {
        if ((event->position().toPoint() - m_dragStart).manhattanLength() < QApplication::startDragDistance())
            return;
        m_pressedInSelection = false;
        const Span span = selectedSpan();
        auto* mime = new QMimeData;
        mime->setData(mime::span(), QStringLiteral("%1 %2 %3").arg(m_data.source()).arg(span.start).arg(span.end).toUtf8());
        mime->setText(selectedSpanText());
        auto* drag = new QDrag(this);
        drag->setMimeData(mime);
        drag->exec(Qt::CopyAction);
        return;
    }
    QPlainTextEdit::mouseMoveEvent(event);
}

void TranscriptView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressedInSelection) {
        m_pressedInSelection = false;
        QTextCursor c = cursorForPosition(event->position().toPoint());
        setTextCursor(c);  // a click inside the selection without a drag clears it, as usual
        return;
    }
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_popupOnSelect && !selectedSpan().isEmpty())
        emit quickCodeRequested();
}

void TranscriptView::addCodingActions(QMenu* menu, const ShownCoding& c)
{
    const QString name = m_data.codeName(c.code);
    const Id id = c.id;
    const bool own = m_session && c.coder == m_session->coder();
    QAction* uncode = menu->addAction(tr("Uncode \"%1\"").arg(name), this, [this, id] { emit uncodeRequested(id); });
    uncode->setEnabled(own);
    if (!own)
        uncode->setToolTip(tr("Only %1 can uncode this").arg(m_data.coderName(c.coder)));
    menu->addAction(tr("Memo on \"%1\"…").arg(name), this, [this, id] { emit codingMemoRequested(id); });
    menu->addAction(tr("Select \"%1\"").arg(name), this, [this, id] {
        if (const ShownCoding* s = m_data.codingById(id))
            selectSpan(m_data.toCodePoints(s->start, s->end));
        setActiveCoding(id);
    });
}

void TranscriptView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    if (textCursor().hasSelection()) {
        for (QAction* a : m_selectionActions)
            menu.addAction(a);
        menu.addSeparator();
    }
    const QList<ShownCoding> here = m_data.codingsAt(cursorForPosition(event->pos()).position());
    for (const ShownCoding& c : here) {
        addCodingActions(&menu, c);
        menu.addSeparator();
    }
    QAction* copy = menu.addAction(tr("Copy"), QKeySequence::Copy, this, &QPlainTextEdit::copy);
    copy->setEnabled(textCursor().hasSelection());
    menu.addAction(tr("Select All"), QKeySequence::SelectAll, this, &QPlainTextEdit::selectAll);
    menu.exec(event->globalPos());
}

QPoint TranscriptView::popupPosition() const
{
    const QRect r = cursorRect();
    return viewport()->mapToGlobal(QPoint(r.left(), r.bottom() + 4));
}

}  // namespace thema
