#pragma once

#include <QStyledItemDelegate>

namespace thema {

/**
 * Paints like QStyledItemDelegate, but its size hint is the height of the text wrapped to the column's current
 * width in the tree view it serves, so a long quote shows whole on as many lines as it needs. The view must
 * relayout when a column is resized (QAbstractItemView::doItemsLayout).
 */
class WrapDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace thema
