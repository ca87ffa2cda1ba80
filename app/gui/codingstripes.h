#pragma once

#include <QWidget>

namespace thema {

class TranscriptView;
struct Stripe;

/**
 * The transcript's right margin: one vertical bar per visible coding, from its first to its last line, in its
 * code's colour; overlapping codings take separate columns. Beside the bars, each coding's code name is written
 * level with its top (pushed down when names would collide), so stripes read like NVivo's. When other coders
 * are shown, a thin second bar carries the coder's colour and the name adds the coder. Click selects the
 * coding; right-click offers uncode and memo; hovering shows code, coder and memo.
 */
class CodingStripes : public QWidget {
    Q_OBJECT
public:
    explicit CodingStripes(TranscriptView* view);

    int preferredWidth() const;
    int columnWidth() const { return 8; }
    int columnCount() const { return 5; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    /** Where each drawn stripe's name sits, parallel to the view's stripes(). */
    QList<QRectF> labelRects(const QList<Stripe>& stripes) const;
    const Stripe* stripeAt(const QList<Stripe>& stripes, const QPoint& pos) const;
    bool showingCoders() const;

    TranscriptView* m_view;
};

}  // namespace thema
