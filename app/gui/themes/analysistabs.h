#pragma once

#include "model/entities.h"

#include <QObject>

class QTabWidget;

namespace thema {

class ChartsPanel;
class ReliabilityPanel;
class SearchPanel;
class Session;
class ThemeBoard;
class ThemeMap;
class ThemeReview;

/**
 * The analysis panels (issue 8) as tabs of the main window's centre: theme board, thematic map, theme review,
 * search, reliability and charts. Owns nothing but the wiring: the panels belong to the tab widget. One call
 * hands them the open project; openInContext asks the window to show a span in the transcript.
 */
class AnalysisTabs : public QObject {
    Q_OBJECT
public:
    AnalysisTabs(QTabWidget* tabs, QObject* parent = nullptr);
    void setSession(Session* session);

    ThemeBoard* board() const { return m_board; }
    ThemeMap* map() const { return m_map; }
    ThemeReview* review() const { return m_review; }
    SearchPanel* search() const { return m_search; }
    ReliabilityPanel* reliability() const { return m_reliability; }
    ChartsPanel* charts() const { return m_charts; }

signals:
    void openInContext(thema::Id source, const thema::Span& span);

private:
    QTabWidget* m_tabs;
    ThemeBoard* m_board;
    ThemeMap* m_map;
    ThemeReview* m_review;
    SearchPanel* m_search;
    ReliabilityPanel* m_reliability;
    ChartsPanel* m_charts;
};

}  // namespace thema
