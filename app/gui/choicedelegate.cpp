#include "choicedelegate.h"

#include <QComboBox>
#include <QAbstractItemView>
#include <QCompleter>

namespace thema {

ChoiceDelegate::ChoiceDelegate(bool editable, QObject* parent) : QStyledItemDelegate(parent), m_editable(editable) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    combo->addItems(index.data(ChoicesRole).toStringList());
    // The list shows whole values even when the column is narrow.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 2 * combo->fontMetrics().averageCharWidth());
    if (m_editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int at = combo->findText(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (m_editable)
        combo->setEditText(value);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, m_editable ? combo->currentText() : QVariant(combo->currentIndex()), Qt::EditRole);
}

}  // namespace thema
