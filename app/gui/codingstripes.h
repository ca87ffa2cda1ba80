#pragma once

#include <QWidget>

namespace thema {

class TranscriptView;
struct Stripe;

/**
 * The transcript's right margin: one vertical stripe per visible coding, from its first to its last line, in its
 * code's colour with the code's name beside it; overlapping codings take separate columns. When other coders
 * are shown, a second thin bar carries the coder's colour. Click selects the coding; right-click offers uncode
 * and memo.
 */
class CodingStripes : public QWidget {
    Q_OBJECT
public:
    explicit CodingStripes(TranscriptView* view);

    int preferredWidth() const;
    int columnWidth() const;
    int columnCount() const { return 5; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    const Stripe* stripeAt(const QList<Stripe>& stripes, const QPoint& pos) const;

    TranscriptView* m_view;
};

}  // namespace thema
