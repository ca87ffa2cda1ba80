#include "chartspanel.h"

#include "chartfactory.h"
#include "analysis/saturation.h"
#include "reliability/reliabilityjob.h"
#include "gui/search/busystrip.h"

#include "analysis/analysisdata.h"
#include "analysis/matrix.h"
#include "session.h"
#include "store/projectstore.h"

#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace thema {

ChartsPanel::ChartsPanel(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox), m_count(new QComboBox), m_coder(new QComboBox), m_measure(new QComboBox),
      m_view(new QChartView), m_note(new QLabel), m_busy(new BusyStrip)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_kind->addItem(tr("Code saturation"), Saturation);
    m_kind->addItem(tr("Code frequencies by group"), CodeFrequencies);
    m_kind->addItem(tr("Theme frequencies by group"), ThemeFrequencies);
    m_kind->addItem(tr("Agreement per code"), AgreementPerCode);
    m_count->addItem(tr("participants"), int(MatrixCount::Participants));
    m_count->addItem(tr("extracts"), int(MatrixCount::Extracts));
    for (const QString& key : {QStringLiteral("cohen_kappa"), QStringLiteral("krippendorff_alpha"), QStringLiteral("percent_agreement"),
                               QStringLiteral("gwet_ac1")})
        m_measure->addItem(key == QLatin1String("percent_agreement") ? tr("Agreement (share)") : key, key);
    m_measure->setItemText(0, tr("Cohen's κ"));
    m_measure->setItemText(1, tr("Krippendorff's α"));
    m_measure->setItemText(3, tr("Gwet's AC1"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_note->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export…"));
    // Two rows: in one, the controls made the whole tab area at least 831 px wide, which at 1280 x 720 squeezed the
    // codebook beside it until its names vanished.
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addStretch();
    bar->addWidget(exportButton);
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("count:")));
    options->addWidget(m_count);
    options->addWidget(new QLabel(tr("codings of:")));
    options->addWidget(m_coder);
    options->addWidget(new QLabel(tr("measure:")));
    options->addWidget(m_measure);
    options->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(options);
    layout->addWidget(m_busy);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    for (QComboBox* box : {m_kind, m_count, m_coder, m_measure})
        connect(box, &QComboBox::activated, this, &ChartsPanel::redraw);
    connect(exportButton, &QPushButton::clicked, this, &ChartsPanel::exportDialog);
}

ChartsPanel::~ChartsPanel() { m_busy->cancel(); }

void ChartsPanel::setSession(Session* session)
{
    m_busy->cancel();
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    m_agreement.reset();
    m_coder->clear();
    if (session) {
        m_coder->addItem(tr("all coders"), Id(0));
        for (const Coder& c : session->store().coders())
            m_coder->addItem(c.name, c.id);
        // Redrawn when next shown (or at once when visible), not on every single change.
        auto later = [this] {
            m_dirty = true;
            if (isVisible())
                QTimer::singleShot(0, this, &ChartsPanel::redraw);
        };
        connect(&session->store(), &ProjectStore::codingsChanged, this, [this, later] {
            m_agreement.reset();  // stale once codings change
            later();
        });
        connect(&session->store(), &ProjectStore::themesChanged, this, later);
        connect(&session->store(), &ProjectStore::codesChanged, this, later);
    }
    redraw();
}

ChartsPanel::Kind ChartsPanel::kind() const { return Kind(m_kind->currentData().toInt()); }

void ChartsPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    redraw();
}

void ChartsPanel::setAgreement(const agreement::ProjectAgreement& agreement)
{
    m_agreement = agreement;
    if (kind() == AgreementPerCode)
        redraw();
}

void ChartsPanel::redraw()
{
    m_dirty = false;
    const Kind k = kind();
    m_count->setEnabled(k == CodeFrequencies || k == ThemeFrequencies);
    m_coder->setEnabled(k != AgreementPerCode);
    m_measure->setEnabled(k == AgreementPerCode);
    if (!m_session) {
        m_view->setChart(new QChart);
        return;
    }
    const ProjectStore& store = m_session->store();
    const Id coder = m_coder->currentData().toLongLong();
    QChart* chart = nullptr;
    m_note->clear();
    switch (k) {
    case Saturation: {
        const QList<SaturationPoint> points = computeSaturation(store, coder ? QList<Id>{coder} : QList<Id>{});
        chart = charts::saturation(points);
        if (!points.isEmpty())
            m_note->setText(tr("%1 over %2; the last source added %n new code(s).", nullptr, points.last().newCodes)
                                .arg(points.last().cumulative == 1 ? tr("1 code") : tr("%1 codes").arg(points.last().cumulative))
                                .arg(points.size() == 1 ? tr("1 source") : tr("%1 sources").arg(points.size())));
        break;
    }
    case CodeFrequencies:
    case ThemeFrequencies: {
        AnalysisOptions options;
        options.count = MatrixCount(m_count->currentData().toInt());
        options.rows = k == CodeFrequencies ? MatrixRows::Codes : MatrixRows::Themes;
        if (coder)
            options.coders = {coder};
        const Matrix matrix = buildMatrix(AnalysisData(store, options));
        chart = charts::frequencies(matrix, k == CodeFrequencies ? tr("Codes by %1").arg(matrix.groupAttribute)
                                                                 : tr("Themes by %1").arg(matrix.groupAttribute));
        break;
    }
    case AgreementPerCode:
        if (!m_agreement) {
            computeAgreement();
            chart = new QChart;
            chart->setTitle(tr("Measuring agreement…"));
        } else {
            chart = charts::agreementPerCode(*m_agreement, m_measure->currentData().toString());
            m_note->setText(agreement::methodsSentence(*m_agreement));
        }
        break;
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    emit drawn();
}

void ChartsPanel::computeAgreement()
{
    if (m_running || !m_session)
        return;
    agreement::AgreementRequest request;
    for (const Coder& c : m_session->store().coders())
        if (!c.consensus)
            request.coders.append(c.id);
    if (request.coders.size() < 2) {
        m_note->setText(tr("Agreement needs two coders."));
        return;
    }
    m_running = true;
    const auto cancel = m_busy->start(tr("Measuring agreement…"));
    auto* watcher = new QFutureWatcher<ReliabilityOutcome>(this);
    connect(watcher, &QFutureWatcher<ReliabilityOutcome>::finished, this, [this, watcher, cancel] {
        const ReliabilityOutcome out = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_busy->finish();
        if (!out.error.isEmpty() || out.cancelled || cancel->load()) {
            m_note->setText(out.error.isEmpty() ? tr("Cancelled.") : out.error);
            return;
        }
        m_agreement = out.agreement;
        redraw();
    });
    watcher->setFuture(QtConcurrent::run([path = m_session->store().path(), request, cancel] { return runReliability(path, request, cancel.get()); }));
}

bool ChartsPanel::exportSvg(const QString& path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    const QSize size = m_view->size().expandedTo(QSize(800, 500));
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_view->chart() ? m_view->chart()->title() : QString());
    QPainter p;
    if (!p.begin(&svg))
        return false;
    m_view->render(&p, QRectF(QPointF(0, 0), size));
    return p.end();
}

bool ChartsPanel::exportPng(const QString& path) const
{
    const QSize size = m_view->size().expandedTo(QSize(800, 500));
    QImage image(size * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    m_view->render(&p, QRectF(QPointF(0, 0), QSizeF(size * 2)));
    p.end();
    return image.save(path, "PNG");
}

void ChartsPanel::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("chart.svg"),
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? exportPng(path) : exportSvg(path);
    if (!ok && m_session)
        m_session->reportError(tr("Could not write %1").arg(path));
}

}  // namespace thema
