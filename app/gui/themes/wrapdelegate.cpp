#include "wrapdelegate.h"

#include <QApplication>
#include <QStyle>
#include <QTreeView>

namespace thema {

QSize WrapDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const auto* view = qobject_cast<const QTreeView*>(opt.widget);
    if (!view || opt.text.isEmpty())
        return base;
    int width = view->columnWidth(index.column());
    if (index.column() == 0) {
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= view->indentation() * (depth + (view->rootIsDecorated() ? 1 : 0));
    }
    const QStyle* style = view->style();
    if (opt.features & QStyleOptionViewItem::HasCheckIndicator)
        width -= style->pixelMetric(QStyle::PM_IndicatorWidth, &opt, view) + 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, view) + 4;
    width -= 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, view) + 1) + 4;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(width, 20), 1 << 20), Qt::TextWordWrap, opt.text);
    return {base.width(), std::max(base.height(), text.height() + 6)};
}

}  // namespace thema
