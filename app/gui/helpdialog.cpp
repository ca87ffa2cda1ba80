#include "helpdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace thema {
namespace {

QString startPage()
{
    return HelpDialog::tr(
        "<h2>Getting started</h2>"
        "<ol>"
        "<li><b>Create a project</b> (File &gt; New Project). A project is one file; every action is saved at once.</li>"
        "<li><b>Import transcripts</b> (File &gt; Import Transcripts, or drop files on the window): text and Markdown with "
        "speaker labels, WebVTT/SubRip, Word, OpenDocument, RTF, PDF and HTML. Files that cannot be read are listed with "
        "the reason; the others are imported.</li>"
        "<li><b>Participants</b> (Project &gt; Participants and Attributes): mark the interviewer, map speakers to "
        "participants and give them attributes such as <i>role</i>.</li>"
        "<li><b>Code</b>: select text in the transcript and type a code's name in the popup (Enter applies), or code "
        "in vivo with Ctrl+I. Choose who is coding in the toolbar; with <i>Show Other Coders</i> off you code blind.</li>"
        "<li><b>Search</b> (Ctrl+F) and code all hits with one code.</li>"
        "<li><b>Compare coders</b> in the Reliability tab, settle disagreements into a consensus layer.</li>"
        "<li><b>Build themes</b> on the Theme board, review them, and <b>export</b> the theme table (File &gt; Export).</li>"
        "</ol>"
        "<p>Everything can be undone (Ctrl+Z). File &gt; Save a Copy As writes a backup copy of the project.</p>");
}

QString keysPage()
{
    const QList<QPair<QString, QString>> keys{
        {QStringLiteral("Ctrl+E"), HelpDialog::tr("Code the selection (quick-code popup)")},
        {QStringLiteral("Ctrl+I"), HelpDialog::tr("Code in vivo")},
        {QStringLiteral("Ctrl+1 … Ctrl+9"), HelpDialog::tr("Apply a recently used code")},
        {QStringLiteral("Ctrl+Shift+N"), HelpDialog::tr("New code")},
        {QStringLiteral("Ctrl+K"), HelpDialog::tr("Filter the codebook")},
        {QStringLiteral("Ctrl+F"), HelpDialog::tr("Search the project")},
        {QStringLiteral("Ctrl+T"), HelpDialog::tr("Go to the transcript")},
        {QStringLiteral("Ctrl+Shift+O"), HelpDialog::tr("Show or hide other coders (blind coding)")},
        {QStringLiteral("Ctrl+Shift+P"), HelpDialog::tr("Participants and attributes")},
        {QStringLiteral("Ctrl+Shift+M"), HelpDialog::tr("Source memo")},
        {QStringLiteral("Ctrl+Alt+M"), HelpDialog::tr("Every memo of the project (memo browser)")},
        {QStringLiteral("Ctrl+Shift+I"), HelpDialog::tr("Import transcripts")},
        {QStringLiteral("Ctrl+Shift+E"), HelpDialog::tr("Export")},
        {QStringLiteral("Ctrl+Shift+S"), HelpDialog::tr("Save a copy of the project")},
        {QStringLiteral("Ctrl+Z / Ctrl+Shift+Z"), HelpDialog::tr("Undo / redo")},
        {QStringLiteral("Ctrl++ / Ctrl+-"), HelpDialog::tr("Zoom the transcript")},
        {QStringLiteral("F1"), HelpDialog::tr("This list")},
    };
    QString rows;
    for (const auto& [key, what] : keys)
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what);
    return HelpDialog::tr("<h2>Keyboard shortcuts</h2>") + QStringLiteral("<table>%1</table>").arg(rows);
}

QString aboutPage()
{
    return HelpDialog::tr("<h2>Thema %1</h2><p>A workbench for qualitative thematic analysis of interview transcripts: "
                          "import, code, search, compare coders, build themes and export theme tables.</p>"
                          "<p>Open source; projects are single SQLite files, also scriptable with <tt>thema-cli</tt>.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
}

}  // namespace

HelpDialog::HelpDialog(const QString& page, QWidget* parent) : QDialog(parent), m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(page == QLatin1String("about") ? tr("About Thema") : tr("Thema Help"));
    m_text->setOpenExternalLinks(true);
    m_text->setHtml(page == QLatin1String("keys") ? keysPage() : page == QLatin1String("about") ? aboutPage() : startPage());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, page == QLatin1String("about") ? 260 : 480);
}

QString HelpDialog::text() const
{
    return m_text->toPlainText();
}

}  // namespace thema
