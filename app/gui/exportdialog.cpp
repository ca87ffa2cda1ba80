#include "exportdialog.h"

#include "analysis/analysisdata.h"
#include "analysis/analysisoptions.h"
#include "analysis/themetable.h"
#include "model/error.h"
#include "refi/refiexport.h"
#include "reportexport.h"
#include "store/projectstore.h"
#include "tablewriters.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace thema {
namespace {

// The kinds offered, in menu order: a report kind name, or the two REFI-QDA files.
const QString kQdc = QStringLiteral("qdc");
const QString kQdpx = QStringLiteral("qdpx");

}  // namespace

ExportDialog::ExportDialog(const ProjectStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_kind(new QComboBox), m_coders(new QComboBox), m_group(new QComboBox), m_label(new QLineEdit),
      m_quotes(new QSpinBox), m_unit(new QComboBox), m_unquotable(new QLabel)
{
    setWindowTitle(tr("Export"));
    m_kind->setObjectName(QStringLiteral("exportKind"));
    m_coders->setObjectName(QStringLiteral("exportCoders"));
    m_group->setObjectName(QStringLiteral("exportGroup"));
    m_kind->addItem(tr("Theme table (themes, groups, quotes)"), reportKindName(ReportKind::Themes));
    m_kind->addItem(tr("Coded extracts"), reportKindName(ReportKind::Extracts));
    m_kind->addItem(tr("Codebook document"), reportKindName(ReportKind::Codebook));
    m_kind->addItem(tr("Matrix: codes × groups"), reportKindName(ReportKind::Matrix));
    m_kind->addItem(tr("Reliability report"), reportKindName(ReportKind::Reliability));
    m_kind->addItem(tr("Code saturation (new codes per source)"), reportKindName(ReportKind::Saturation));
    m_kind->addItem(tr("REFI-QDA codebook (.qdc) for NVivo, ATLAS.ti, MAXQDA"), kQdc);
    m_kind->addItem(tr("REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA"), kQdpx);
    // Whose codings count: the consensus layer first when it holds codings (what a paper reports), else everyone's.
    int preferred = -1;
    for (const Coder& c : store.coders()) {
        CodingFilter filter;
        filter.coders = {c.id};
        const bool holds = !store.codings(filter).isEmpty();
        m_coders->addItem(c.consensus ? tr("%1 (consensus)").arg(c.name) : tr("%1 only").arg(c.name), c.id);
        if (c.consensus && holds && preferred < 0)
            preferred = m_coders->count() - 1;
    }
    m_coders->insertItem(0, tr("every coder (each coder's codings count)"), Id(0));
    m_coders->setCurrentIndex(preferred >= 0 ? preferred + 1 : 0);
    QStringList keys = store.attributeKeys();
    const QString group = groupAttributeFor(store, {});
    if (!keys.contains(group))
        keys.prepend(group);
    m_group->addItems(keys);
    m_group->setCurrentText(group);
    m_label->setText(AnalysisOptions().label);
    m_label->setToolTip(tr("{name}, {n} (the number in the name), {group} and any attribute key, e.g. {site}"));
    m_quotes->setRange(0, 20);
    m_quotes->setValue(AnalysisOptions().quotes);
    for (const char* unit : {"character", "word", "sentence", "turn", "segment", "continuum"})
        m_unit->addItem(QString::fromLatin1(unit));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&What"), m_kind);
    form->addRow(tr("&Codings of"), m_coders);
    form->addRow(tr("&Groups by attribute"), m_group);
    form->addRow(tr("Quote &label"), m_label);
    form->addRow(tr("&Quotes per theme"), m_quotes);
    form->addRow(tr("Agreement &unit"), m_unit);
    // Said before writing, so a starred quote that goes missing from the table is no surprise.
    const QStringList notes = unquotableExemplarNotes(AnalysisData(store, AnalysisOptions()));
    m_unquotable->setObjectName(QStringLiteral("exportUnquotable"));
    m_unquotable->setWordWrap(true);
    m_unquotable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unquotable->setText(notes.join(QLatin1Char('\n')));
    form->addRow(m_unquotable);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    updateOptions();
}

void ExportDialog::updateOptions()
{
    const QString kind = m_kind->currentData().toString();
    const bool table = kind != kQdc && kind != kQdpx;
    m_group->setEnabled(table && kind != reportKindName(ReportKind::Saturation));  // saturation has no groups
    m_coders->setEnabled(table && kind != reportKindName(ReportKind::Reliability) && kind != reportKindName(ReportKind::Codebook));
    m_label->setEnabled(kind == reportKindName(ReportKind::Themes));
    m_quotes->setEnabled(kind == reportKindName(ReportKind::Themes));
    m_unit->setEnabled(kind == reportKindName(ReportKind::Reliability));
    m_unquotable->setVisible(kind == reportKindName(ReportKind::Themes) && !m_unquotable->text().isEmpty());
}

void ExportDialog::accept()
{
    const QString kind = m_kind->currentData().toString();
    QString filter;
    if (kind == kQdc || kind == kQdpx) {
        filter = tr("REFI-QDA (*.%1)").arg(kind);
    } else {
        QStringList patterns;
        for (const QString& ext : tableFormats())
            patterns.append(QStringLiteral("*.") + ext);
        filter = tr("Tables (%1)").arg(patterns.join(QLatin1Char(' ')));
    }
    const QString base = QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-') + kind;
    const QString suggested = QFileInfo(m_store.path()).dir().filePath(base + QStringLiteral(".") +
                                                                        ((kind == kQdc || kind == kQdpx) ? kind : QStringLiteral("docx")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), suggested, filter);
    if (path.isEmpty())
        return;
    try {
        exportTo(path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export"), e.message());
        return;
    }
    m_written = path;
    QDialog::accept();
}

AnalysisOptions ExportDialog::options() const
{
    AnalysisOptions options;
    options.groupAttribute = m_group->currentText().trimmed();
    options.label = m_label->text();
    options.quotes = m_quotes->value();
    options.agreementUnit = m_unit->currentText();
    if (const Id coder = m_coders->currentData().toLongLong(); coder && m_coders->isEnabled())
        options.coders = {coder};
    return options;
}

void ExportDialog::exportTo(const QString& path) const
{
    const QString kind = m_kind->currentData().toString();
    if (kind == kQdc)
        refi::writeCodebook(m_store, path);
    else if (kind == kQdpx)
        refi::writeProject(m_store, path);
    else
        exportReport(m_store, *reportKindFromName(kind), options(), path);
}

}  // namespace thema
