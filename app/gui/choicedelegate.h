#pragma once

#include <QStyledItemDelegate>

namespace thema {

/**
 * Edits a cell with a combo box of the values the model offers under ChoiceDelegate::ChoicesRole (a QStringList).
 * Editable: the user picks a value already in use or types a new one (the store folds case variants into the
 * spelling in use, see ProjectStore::setAttribute). Not editable: the user picks one of the choices.
 */
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 40;

    ChoiceDelegate(bool editable, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    bool m_editable;
};

}  // namespace thema
