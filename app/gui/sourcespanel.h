#pragma once

#include "model/entities.h"

#include <QWidget>

class QComboBox;
class QTreeView;

namespace thema {

class Session;
class SourceModel;

/** The sources navigator: sources grouped by participant or any attribute, with counts; activating one opens it. */
class SourcesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPanel(QWidget* parent = nullptr);
    void setSession(Session* session);
    SourceModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void selectSource(Id source);

signals:
    void sourceActivated(thema::Id source);

private:
    void refreshGroupings();

    SourceModel* m_model;
    QComboBox* m_grouping;
    QTreeView* m_view;
    class ViewStateKeeper* m_keeper;
};

}  // namespace thema
