#pragma once

#include "agreement/projectagreement.h"
#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace thema {

class BusyStrip;
class Session;

/**
 * Analysis charts (Qt Charts): code saturation (new codes per source in coding order, cumulative), code and theme
 * frequencies by participant group (core/analysis's matrices), and agreement per code (from the reliability
 * panel's last comparison, or computed here on a worker for every analyst on characters). Each exports as SVG
 * and PNG. Redrawn when the project changes.
 */
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    enum Kind { Saturation, CodeFrequencies, ThemeFrequencies, AgreementPerCode };

    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;
    void setSession(Session* session);

    QChartView* view() const { return m_view; }
    Kind kind() const;
    bool busy() const { return m_running; }

public slots:
    void setKind(thema::ChartsPanel::Kind kind);
    void setAgreement(const thema::agreement::ProjectAgreement& agreement);
    void redraw();
    bool exportSvg(const QString& path) const;
    bool exportPng(const QString& path) const;

signals:
    /** The chart was drawn (after an agreement computed here, too). */
    void drawn();

private:
    void computeAgreement();
    void exportDialog();

    QPointer<Session> m_session;
    QComboBox* m_kind;
    QComboBox* m_count;
    QComboBox* m_coder;
    QComboBox* m_measure;
    QChartView* m_view;
    QLabel* m_note;
    BusyStrip* m_busy;
    std::optional<agreement::ProjectAgreement> m_agreement;
    bool m_running = false;
    bool m_dirty = true;
};

}  // namespace thema
