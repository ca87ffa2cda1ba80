#pragma once

#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace thema {

class CodedSegmentsModel;
class Session;

/** Retrieval for the selected code: every extract with source, participant and attributes; Enter jumps to it. */
class CodedSegmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CodedSegmentsPanel(QWidget* parent = nullptr);
    void setSession(Session* session);
    void showCode(Id code);
    CodedSegmentsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    /** The user wants to read @p span of @p source in context. */
    void jumpRequested(thema::Id source, const thema::Span& span, thema::Id coding);

private:
    void refreshFilters();

    QPointer<Session> m_session;
    CodedSegmentsModel* m_model;
    QLabel* m_title;
    QCheckBox* m_subcodes;
    QComboBox* m_coder;
    QComboBox* m_group;
    QTableView* m_view;
};

}  // namespace thema
