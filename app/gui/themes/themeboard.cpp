#include "themeboard.h"

#include "themeboardmodel.h"
#include "themecolumn.h"
#include "themeref.h"
#include "themes/commands/addtheme.h"
#include "themes/commands/linkthemecodes.h"
#include "themes/commands/mergethemes.h"
#include "themes/commands/movetheme.h"
#include "themes/commands/removetheme.h"
#include "themes/commands/renametheme.h"
#include "themes/commands/setthemedefinition.h"
#include "themes/commands/setthemestatus.h"
#include "themes/commands/splittheme.h"
#include "themes/commands/unlinkthemecodes.h"

#include "codebookmodel.h"
#include "session.h"
#include "store/projectstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace thema {

ThemeBoard::ThemeBoard(QWidget* parent)
    : QWidget(parent), m_model(new ThemeBoardModel(this)), m_codebook(new CodebookModel(this)), m_palette(new QTreeView),
      m_scroll(new QScrollArea), m_strip(new QWidget), m_stripLayout(new QHBoxLayout(m_strip)),
      m_empty(new QLabel(tr("No themes yet. Click “New theme”, then drag codes from the codebook on the left into it.")))
{
    setObjectName(QStringLiteral("themeBoard"));
    m_palette->setModel(m_codebook);
    m_palette->setHeaderHidden(true);
    m_palette->setDragEnabled(true);
    m_palette->setDragDropMode(QAbstractItemView::DragOnly);
    m_palette->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_palette->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c = 1; c < 8; ++c)
        m_palette->setColumnHidden(c, true);
    connect(m_codebook, &QAbstractItemModel::modelReset, this, [this] {
        m_palette->expandAll();
        for (int c = 1; c < m_codebook->columnCount(); ++c)
            m_palette->setColumnHidden(c, true);
    });

    m_stripLayout->setAlignment(Qt::AlignLeft);
    m_empty->setWordWrap(true);  // at 1280 px the one-line hint ran past the board's edge
    m_empty->setMaximumWidth(m_empty->fontMetrics().averageCharWidth() * 48);
    m_stripLayout->addWidget(m_empty);
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);

    auto* bar = new QToolBar;
    bar->addAction(tr("New theme"), this, [this] { newThemeDialog(false); });
    bar->addAction(tr("New subtheme"), this, [this] { newThemeDialog(true); });
    bar->addAction(tr("Rename…"), this, &ThemeBoard::renameDialog);
    bar->addAction(tr("Define…"), this, &ThemeBoard::defineDialog);
    bar->addAction(tr("Split…"), this, &ThemeBoard::splitDialog);
    bar->addAction(tr("Merge into…"), this, &ThemeBoard::mergeDialog);
    bar->addAction(tr("Remove"), this, [this] { removeTheme(m_current); });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Codes — drag onto a theme")));
    leftLayout->addWidget(m_palette);
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_scroll);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ThemeBoard::rebuild);
}

void ThemeBoard::setSession(Session* session)
{
    m_session = session;
    m_codebook->setSession(session);
    m_model->setSession(session);
}

ThemeColumn* ThemeBoard::column(Id theme) const
{
    for (ThemeColumn* c : m_columns)
        if (c->theme() == theme)
            return c;
    return nullptr;
}

void ThemeBoard::rebuild()
{
    for (ThemeColumn* c : m_columns)
        c->deleteLater();
    m_columns.clear();
    for (const Theme& t : m_model->themes()) {
        auto* c = new ThemeColumn(m_model, t.id, m_strip);
        connect(c, &ThemeColumn::activated, this, &ThemeBoard::setCurrentTheme);
        connect(c, &ThemeColumn::nestRequested, this, &ThemeBoard::nestTheme);
        connect(c, &ThemeColumn::contextMenuRequested, this, &ThemeBoard::showMenu);
        m_stripLayout->addWidget(c);
        m_columns.append(c);
    }
    m_empty->setVisible(m_columns.isEmpty());
    if (!m_model->theme(m_current))
        m_current = m_columns.isEmpty() ? 0 : m_columns.first()->theme();
    for (ThemeColumn* c : m_columns)
        c->setCurrent(c->theme() == m_current);
    // Once laid out, bring the current column (e.g. a theme just added at the end) into view.
    QTimer::singleShot(50, this, [this] {  // after the scroll area has resized the strip
        if (ThemeColumn* c = column(m_current))
            m_scroll->ensureWidgetVisible(c);
    });
}

void ThemeBoard::setCurrentTheme(Id theme)
{
    m_current = theme;
    for (ThemeColumn* c : m_columns)
        c->setCurrent(c->theme() == theme);
    if (ThemeColumn* c = column(theme))
        m_scroll->ensureWidgetVisible(c);
    emit themeActivated(theme);
}

QString ThemeBoard::guid(Id theme) const
{
    const Theme* t = m_model->theme(theme);
    return t ? t->guid : QString();
}

Id ThemeBoard::addTheme(const QString& name, Id parent, const QList<Id>& codes)
{
    if (!m_session)
        return 0;
    auto* cmd = new AddTheme(*m_session, name, parent ? themeref::guidOf(m_session->store(), parent) : QString(), codes);
    const QString g = cmd->guid();
    if (!m_session->push(cmd))
        return 0;
    const Id id = themeref::idOf(m_session->store(), g);
    m_current = id;
    return id;
}

bool ThemeBoard::linkCodes(Id theme, const QList<Id>& codes)
{
    return m_session && m_session->push(new LinkThemeCodes(*m_session, themeref::guidOf(m_session->store(), theme), codes));
}

bool ThemeBoard::unlinkCodes(Id theme, const QList<Id>& codes)
{
    return m_session && m_session->push(new UnlinkThemeCodes(*m_session, themeref::guidOf(m_session->store(), theme), codes));
}

bool ThemeBoard::renameTheme(Id theme, const QString& name)
{
    const auto t = m_session ? m_session->store().theme(theme) : std::nullopt;
    return t && m_session->push(new RenameTheme(*m_session, t->guid, t->name, name, t->version));
}

bool ThemeBoard::defineTheme(Id theme, const QString& definition)
{
    const auto t = m_session ? m_session->store().theme(theme) : std::nullopt;
    return t && m_session->push(new SetThemeDefinition(*m_session, t->guid, t->definition, definition, t->version));
}

bool ThemeBoard::setStatus(Id theme, ThemeStatus status)
{
    const auto t = m_session ? m_session->store().theme(theme) : std::nullopt;
    return t && t->status != status && m_session->push(new SetThemeStatus(*m_session, t->guid, t->status, status, t->version));
}

Id ThemeBoard::splitTheme(Id theme, const QString& newName, const QList<Id>& codes)
{
    const auto t = m_session ? m_session->store().theme(theme) : std::nullopt;
    if (!t)
        return 0;
    auto* cmd = new SplitTheme(*m_session, t->guid, t->name, newName, codes);
    const QString g = cmd->newGuid();
    return m_session->push(cmd) ? themeref::idOf(m_session->store(), g) : 0;
}

bool ThemeBoard::mergeThemes(Id from, Id into)
{
    const auto f = m_session ? m_session->store().theme(from) : std::nullopt;
    const auto i = m_session ? m_session->store().theme(into) : std::nullopt;
    return f && i && m_session->push(new MergeThemes(*m_session, f->guid, i->guid, f->name, i->name));
}

bool ThemeBoard::nestTheme(Id theme, Id parent)
{
    const auto t = m_session ? m_session->store().theme(theme) : std::nullopt;
    return t && t->parent != parent && m_session->push(new MoveTheme(*m_session, t->guid, themeref::guidOf(m_session->store(), parent)));
}

bool ThemeBoard::removeTheme(Id theme)
{
    const auto t = m_session ? m_session->store().theme(theme) : std::nullopt;
    return t && m_session->push(new RemoveTheme(*m_session, t->guid, t->name));
}

void ThemeBoard::showMenu(Id theme, const QPoint& globalPos)
{
    const Theme* t = m_model->theme(theme);
    if (!t)
        return;
    QMenu menu(this);
    menu.addAction(tr("Rename…"), this, &ThemeBoard::renameDialog);
    menu.addAction(tr("Define…"), this, &ThemeBoard::defineDialog);
    QMenu* status = menu.addMenu(tr("Status"));
    for (ThemeStatus s : {ThemeStatus::Candidate, ThemeStatus::Reviewed, ThemeStatus::Final}) {
        QAction* a = status->addAction(themeStatusName(s), this, [this, theme, s] { setStatus(theme, s); });
        a->setCheckable(true);
        a->setChecked(t->status == s);
    }
    menu.addSeparator();
    menu.addAction(tr("New subtheme…"), this, [this] { newThemeDialog(true); });
    menu.addAction(tr("Make subtheme of…"), this, &ThemeBoard::nestDialog);
    if (t->parent)
        menu.addAction(tr("Make top-level theme"), this, [this, theme] { nestTheme(theme, 0); });
    menu.addAction(tr("Split…"), this, &ThemeBoard::splitDialog);
    menu.addAction(tr("Merge into…"), this, &ThemeBoard::mergeDialog);
    if (ThemeColumn* c = column(theme); c && c->cards()->selectionModel()->hasSelection()) {
        QList<Id> codes;
        for (const QModelIndex& i : c->cards()->selectionModel()->selectedIndexes())
            codes.append(i.data(ThemeBoardModel::CodeIdRole).toLongLong());
        menu.addAction(tr("Take selected codes out of this theme"), this, [this, theme, codes] { unlinkCodes(theme, codes); });
    }
    menu.addSeparator();
    menu.addAction(tr("Remove theme"), this, [this, theme] { removeTheme(theme); });
    menu.exec(globalPos);
}

void ThemeBoard::newThemeDialog(bool sub)
{
    if (!m_session || (sub && !m_current))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, sub ? tr("New subtheme") : tr("New theme"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        setCurrentTheme(addTheme(name, sub ? m_current : 0));
}

void ThemeBoard::renameDialog()
{
    const Theme* t = m_model->theme(m_current);
    if (!t)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename theme"), tr("Name:"), QLineEdit::Normal, t->name, &ok);
    if (ok)
        renameTheme(t->id, name);
}

void ThemeBoard::defineDialog()
{
    const Theme* t = m_model->theme(m_current);
    if (!t)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Define theme"),
                                                        tr("What is “%1” about? What is its central organising concept?").arg(t->name),
                                                        t->definition, &ok);
    if (ok && text != t->definition)
        defineTheme(t->id, text);
}

void ThemeBoard::splitDialog()
{
    const Theme* t = m_model->theme(m_current);
    if (!t || !m_session)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Split theme “%1”").arg(t->name));
    auto* name = new QLineEdit;
    auto* codes = new QListWidget;
    for (Id c : t->codes)
        if (const auto code = m_session->store().code(c)) {
            auto* item = new QListWidgetItem(code->path, codes);
            item->setData(Qt::UserRole, c);
            item->setCheckState(Qt::Unchecked);
        }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Name of the new theme:")));
    layout->addWidget(name);
    layout->addWidget(new QLabel(tr("Codes that move to it:")));
    layout->addWidget(codes);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Id> chosen;
    for (int i = 0; i < codes->count(); ++i)
        if (codes->item(i)->checkState() == Qt::Checked)
            chosen.append(codes->item(i)->data(Qt::UserRole).toLongLong());
    if (const Id id = splitTheme(t->id, name->text(), chosen))
        setCurrentTheme(id);
}

void ThemeBoard::mergeDialog()
{
    const Theme* t = m_model->theme(m_current);
    if (!t)
        return;
    QStringList paths;
    QList<Id> ids;
    for (const Theme& o : m_model->themes())
        if (o.id != t->id) {
            paths.append(o.path);
            ids.append(o.id);
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge theme"), tr("Merge “%1” into:").arg(t->name), paths, 0, false, &ok);
    if (ok && paths.contains(chosen))
        mergeThemes(t->id, ids[paths.indexOf(chosen)]);
}

void ThemeBoard::nestDialog()
{
    const Theme* t = m_model->theme(m_current);
    if (!t)
        return;
    QStringList paths;
    QList<Id> ids;
    for (const Theme& o : m_model->themes())
        if (o.id != t->id && !o.path.startsWith(t->path + QLatin1Char('/'))) {
            paths.append(o.path);
            ids.append(o.id);
        }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Make subtheme"), tr("Make “%1” a subtheme of:").arg(t->name), paths, 0, false, &ok);
    if (ok && paths.contains(chosen))
        nestTheme(t->id, ids[paths.indexOf(chosen)]);
}

}  // namespace thema
