#include "analysistabs.h"

#include "themeboard.h"
#include "thememap.h"
#include "themereview.h"

#include "charts/chartspanel.h"
#include "reliability/reliabilitypanel.h"
#include "gui/search/searchpanel.h"

#include <QTabWidget>

namespace thema {

AnalysisTabs::AnalysisTabs(QTabWidget* tabs, QObject* parent)
    : QObject(parent), m_tabs(tabs), m_board(new ThemeBoard), m_map(new ThemeMap), m_review(new ThemeReview), m_search(new SearchPanel),
      m_reliability(new ReliabilityPanel), m_charts(new ChartsPanel)
{
    tabs->addTab(m_board, tr("Themes"));
    tabs->addTab(m_map, tr("Thematic map"));
    tabs->addTab(m_review, tr("Theme review"));
    tabs->addTab(m_search, tr("Search"));
    tabs->addTab(m_reliability, tr("Reliability"));
    tabs->addTab(m_charts, tr("Charts"));
    connect(m_board, &ThemeBoard::themeActivated, m_review, &ThemeReview::setTheme);
    connect(m_reliability, &ReliabilityPanel::agreementReady, m_charts, &ChartsPanel::setAgreement);
    connect(m_review, &ThemeReview::openInContext, this, &AnalysisTabs::openInContext);
    connect(m_search, &SearchPanel::openHit, this, &AnalysisTabs::openInContext);
    connect(m_reliability, &ReliabilityPanel::openInContext, this, &AnalysisTabs::openInContext);
    // The charts redraw lazily: when their tab is shown after a change.
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_charts)
            m_charts->redraw();
    });
}

void AnalysisTabs::setSession(Session* session)
{
    m_board->setSession(session);
    m_map->setSession(session);
    m_review->setSession(session);
    m_search->setSession(session);
    m_reliability->setSession(session);
    m_charts->setSession(session);
}

}  // namespace thema
