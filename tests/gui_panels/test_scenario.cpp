// Issue 13's study, start to end, on the real widgets and through the paths a click takes: new project, import by
// drop (one broken file), interviewers and roles in the participants dialog, coding with the quick-code popup and
// in vivo, a second coder coding blind, compare, settle one disagreement by hand and the rest by rule, search and
// code all hits under a newly typed code, a theme with two subthemes, the theme table exported. After each step
// the project's exact contents are checked against numbers written here by hand.
#include "choicedelegate.h"
#include "codingactions.h"
#include "panelfixture.h"
#include "exportdialog.h"
#include "importreport.h"
#include "mainwindow.h"
#include "participantmodel.h"
#include "participantsdialog.h"
#include "quickcodepopup.h"
#include "reliability/disagreementlistmodel.h"
#include "reliability/disagreementnavigator.h"
#include "reliability/reliabilitypanel.h"
#include "gui/search/searchpanel.h"
#include "session.h"
#include "shared.h"
#include "speakermapmodel.h"
#include "store/projectstore.h"
#include "themes/analysistabs.h"
#include "themes/themeboard.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <doctest/doctest.h>

using namespace thema;

namespace {

/** Answers the next modal dialog (an input dialog or a message box) as the user would. */
void answerNext(QWidget* context, const std::function<void(QWidget*)>& answer)
{
    QTimer::singleShot(0, context, [answer] {
        QWidget* modal = QApplication::activeModalWidget();
        REQUIRE(modal);
        answer(modal);
    });
}


/** Selects the first occurrence of @p words in the open transcript as a drag would. */
void selectWords(TranscriptView* view, const QString& words)
{
    const int at = int(view->toPlainText().indexOf(words));
    REQUIRE(at >= 0);
    QTextCursor c(view->document());
    c.setPosition(at);
    c.setPosition(at + int(words.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
}

/** Codes the selection with the quick-code popup: type a name, Enter. */
void quickCode(MainWindow& window, const QString& words, const QString& code)
{
    selectWords(window.transcript(), words);
    window.action(QStringLiteral("codeSelection"))->trigger();
    QuickCodePopup* popup = window.codingActions()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClicks(popup->lineEdit(), code);
    QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());
}

void openSourceNamed(MainWindow& window, const QString& name)
{
    const auto s = window.session()->store().sourceByName(name);
    REQUIRE(s);
    window.openSource(s->id);
    window.showTranscript();
    REQUIRE(window.transcript()->source() == s->id);
}

int codingsOf(const ProjectStore& store, const QString& coder)
{
    const auto c = store.coderByName(coder);
    if (!c)
        return -1;
    CodingFilter filter;
    filter.coders = {c->id};
    return int(store.codings(filter).size());
}

/** "Slides" → how many codings of that code the coder has. */
int codingsOf(const ProjectStore& store, const QString& coder, const QString& codePath)
{
    const auto c = store.coderByName(coder);
    const auto code = const_cast<ProjectStore&>(store).codeByPath(codePath);
    if (!c || !code)
        return -1;
    CodingFilter filter;
    filter.coders = {c->id};
    filter.codes = {code->id};
    return int(store.codings(filter).size());
}

int rowOfParticipant(ParticipantModel* model, const QString& name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ParticipantModel::NameColumn).data().toString() == name)
            return r;
    return -1;
}

}  // namespace

TEST_CASE("the whole study through the GUI: import, participants, two coders, adjudication, search, themes, export" *
          THEMA_NEEDS_SHARED)
{
    // A coder remembered from another project must not be offered here.
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("Zed from another project"));
    const QString path = test::tempDir() + QStringLiteral("/study.thema");
    ProjectStore::create(path);  // File ▸ New Project creates the file, then opens it
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // --- Open: "Who is coding?" offers only this project's coders (none yet), and takes a typed name.
    QStringList offered;
    answerNext(&window, [&offered](QWidget* modal) {
        auto* ask = qobject_cast<QInputDialog*>(modal);
        REQUIRE(ask);
        offered = ask->comboBoxItems();
        ask->setTextValue(QStringLiteral("Ana"));
        ask->accept();
    });
    REQUIRE(window.openProject(path));
    CHECK_FALSE(offered.contains(QStringLiteral("Zed from another project")));
    Session* session = window.session();
    ProjectStore& store = session->store();
    REQUIRE(store.coders().size() == 1);
    CHECK(store.coder(session->coder())->name == QStringLiteral("Ana"));

    // --- Import three transcripts and one broken file by drop.
    const QString broken = test::sharedPath(QStringLiteral("corpus/broken/webvtt-py_invalid.vtt"));
    test::drop(&window, {test::sharedPath(QStringLiteral("corpus/txt/qualcoder_transcript_bracket-ids.txt")),
                   test::sharedPath(QStringLiteral("corpus/docx/qualcoder_ID1.docx")), broken,
                   test::sharedPath(QStringLiteral("corpus/vtt/talkpython_555_voice-tags.vtt"))});
    QTRY_COMPARE_WITH_TIMEOUT(store.sources().size(), 3, 30000);
    auto* report = window.findChild<ImportReport*>(QStringLiteral("importReport"));
    REQUIRE(report);
    CHECK(report->text() == broken + QStringLiteral(": not a WebVTT file: it must start with a line \"WEBVTT\""));
    report->close();
    CHECK(store.sourceByName(QStringLiteral("qualcoder_transcript_bracket-ids"))->name.size() > 0);
    CHECK(store.turns(store.sourceByName(QStringLiteral("qualcoder_transcript_bracket-ids"))->id).size() == 7);
    CHECK(store.turns(store.sourceByName(QStringLiteral("talkpython_555_voice-tags"))->id).size() == 119);
    // Speakers become participants: id1, id2, id3 (the text), Michael Kennedy and Trevor Manz (the podcast).
    CHECK(store.participants().size() == 5);

    // --- Participants dialog: id3 is the interviewer of the focus group, the Word file (no speaker labels) is id1's,
    // and everyone else gets a role.
    ParticipantsDialog people(session, &window);
    people.show();
    ParticipantModel* pm = people.participantModel();
    REQUIRE(rowOfParticipant(pm, QStringLiteral("id3")) >= 0);
    REQUIRE(pm->setData(pm->index(rowOfParticipant(pm, QStringLiteral("id3")), ParticipantModel::InterviewerColumn), Qt::Checked,
                        Qt::CheckStateRole));
    pm->addKey(QStringLiteral("role"));
    const int roleColumn = ParticipantModel::FirstAttributeColumn + int(pm->keys().indexOf(QStringLiteral("role")));
    for (const auto& [who, role] : {std::pair{"id1", "student"}, std::pair{"id2", "student"}, std::pair{"Trevor Manz", "developer"}})
        REQUIRE(pm->setData(pm->index(rowOfParticipant(pm, QString::fromUtf8(who)), roleColumn), QString::fromUtf8(role)));
    SpeakerMapModel* sm = people.speakerModel();
    const Id docx = store.sourceByName(QStringLiteral("qualcoder_ID1"))->id;
    const Id id1 = store.participantByName(QStringLiteral("id1"))->id;
    bool attached = false;
    for (int r = 0; r < sm->rowCount() && !attached; ++r)
        if (sm->index(r, SpeakerMapModel::SourceColumn).data().toString() == QStringLiteral("qualcoder_ID1")) {
            // The source's own row: pick id1 in the participant column's list, as the combo box does.
            const QModelIndex cell = sm->index(r, SpeakerMapModel::ParticipantColumn);
            const int choice = int(cell.data(ChoiceDelegate::ChoicesRole).toStringList().indexOf(QStringLiteral("id1")));
            REQUIRE(choice > 0);
            attached = sm->setData(cell, choice);
        }
    CHECK(attached);
    people.close();
    CHECK(store.participantByName(QStringLiteral("id3"))->interviewer);
    CHECK(store.participantByName(QStringLiteral("Michael Kennedy"))->interviewer);  // found on import
    CHECK_FALSE(store.participantByName(QStringLiteral("Trevor Manz"))->interviewer);
    CHECK(store.participantByName(QStringLiteral("id2"))->attributes.value(QStringLiteral("role")) == QStringLiteral("student"));
    CHECK(store.source(docx)->participant == id1);
    CHECK(store.attributeValues(QStringLiteral("role")) == QMap<QString, int>{{QStringLiteral("developer"), 1}, {QStringLiteral("student"), 2}});

    // --- Ana codes with the popup and in vivo.
    openSourceNamed(window, QStringLiteral("qualcoder_transcript_bracket-ids"));
    CHECK(window.tabs()->currentWidget() == window.transcript());
    quickCode(window, QStringLiteral("struggling with the lecture slides"), QStringLiteral("Slides"));
    quickCode(window, QStringLiteral("I think the slides are OK"), QStringLiteral("Slides"));
    selectWords(window.transcript(), QStringLiteral("really helped me"));
    window.action(QStringLiteral("inVivo"))->trigger();
    openSourceNamed(window, QStringLiteral("qualcoder_ID1"));
    quickCode(window, QStringLiteral("lecture slides and web links"), QStringLiteral("Slides"));
    CHECK(store.codes().size() == 2);  // Slides, and the in-vivo code
    CHECK(codingsOf(store, QStringLiteral("Ana")) == 4);
    CHECK(codingsOf(store, QStringLiteral("Ana"), QStringLiteral("Slides")) == 3);

    // --- Ben codes blind: a new coder from the toolbar box; others' codings hidden.
    auto* coderBox = window.findChild<QComboBox*>(QStringLiteral("coderCombo"));
    REQUIRE(coderBox);
    answerNext(&window, [](QWidget* modal) {
        auto* ask = qobject_cast<QInputDialog*>(modal);
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("Ben"));
        ask->accept();
    });
    coderBox->setCurrentIndex(coderBox->count() - 1);  // "New coder…"
    emit coderBox->activated(coderBox->count() - 1);
    REQUIRE(store.coder(session->coder())->name == QStringLiteral("Ben"));
    window.action(QStringLiteral("showOthers"))->setChecked(false);
    openSourceNamed(window, QStringLiteral("qualcoder_transcript_bracket-ids"));
    CHECK(window.transcript()->data().codings().isEmpty());  // blind: Ana's three codings here are not shown
    quickCode(window, QStringLiteral("struggling with the lecture slides"), QStringLiteral("Slides"));
    quickCode(window, QStringLiteral("I think the slides are OK"), QStringLiteral("Assignments"));
    openSourceNamed(window, QStringLiteral("qualcoder_ID1"));
    quickCode(window, QStringLiteral("lecture slides"), QStringLiteral("Slides"));
    CHECK(codingsOf(store, QStringLiteral("Ben")) == 3);
    CHECK(codingsOf(store, QStringLiteral("Ana")) == 4);
    CHECK(store.codes().size() == 3);

    // --- Compare in the reliability tab.
    ReliabilityPanel* reliability = window.analysis()->reliability();
    window.tabs()->setCurrentWidget(reliability);
    test::settle();  // the panel's lists follow the new coder and code at the next turn of the event loop
    QSignalSpy compared(reliability, &ReliabilityPanel::finished);
    reliability->findChild<QPushButton*>(QStringLiteral("compare"))->click();
    REQUIRE((compared.count() > 0 || compared.wait(60000)));
    CHECK(reliability->agreement().coders.size() == 2);
    DisagreementNavigator* nav = reliability->navigator();
    // Slides in the text (id3's turn: Ana only), Assignments there (Ben only), the in-vivo code (Ana only), Slides
    // in the Word file (different extents): four, listed as three — "Ana: Slides / Ben: Assignments" is one line.
    REQUIRE(nav->count() == 4);
    CHECK(nav->listModel()->rowCount() == 3);
    QStringList lines;
    for (int r = 0; r < nav->listModel()->rowCount(); ++r)
        lines.append(nav->listModel()->index(r, DisagreementListModel::CodeColumn).data().toString());
    CHECK(lines.contains(QStringLiteral("Ana: Slides / Ben: Assignments")));

    // --- Settle the Word file's disagreement by hand (drop it), then the rest by rule; the hand decision stays.
    int inWord = -1;
    for (int i = 0; i < nav->count(); ++i)
        if (reliability->agreement().sources[nav->disagreement(i).source].id == docx)
            inWord = i;
    REQUIRE(inWord >= 0);
    nav->show(inWord);
    QPushButton* dropButton = nullptr;
    for (QPushButton* b : nav->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Drop"))
            dropButton = b;
    REQUIRE(dropButton);
    dropButton->click();
    QString asked;
    answerNext(&window, [&asked](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    reliability->findChild<QComboBox*>(QStringLiteral("settleRule"))->setCurrentIndex(0);  // union
    reliability->findChild<QPushButton*>(QStringLiteral("settleAll"))->click();
    CHECK(asked.startsWith(QStringLiteral("Settle 3 undecided disagreements")));
    // Consensus: the one agreed span (id2's slides), Ana's Slides and Ben's Assignments on id3's line, the in-vivo
    // code; nothing in the Word file.
    CHECK(codingsOf(store, QStringLiteral("Consensus")) == 4);
    CHECK(codingsOf(store, QStringLiteral("Consensus"), QStringLiteral("Slides")) == 2);
    CHECK(codingsOf(store, QStringLiteral("Consensus"), QStringLiteral("Assignments")) == 1);
    {
        CodingFilter inDocx;
        inDocx.sources = {docx};
        inDocx.coders = {store.coderByName(QStringLiteral("Consensus"))->id};
        CHECK(store.codings(inDocx).isEmpty());
    }

    // --- Back to Ana; search (Ctrl+F) and code all hits under a new code typed in the dialog.
    coderBox->setCurrentIndex(coderBox->findText(QStringLiteral("Ana")));
    emit coderBox->activated(coderBox->currentIndex());
    REQUIRE(store.coder(session->coder())->name == QStringLiteral("Ana"));
    window.action(QStringLiteral("find"))->trigger();
    SearchPanel* search = window.analysis()->search();
    CHECK(window.tabs()->currentWidget() == search);
    QSignalSpy searched(search, &SearchPanel::finished);
    search->queryEdit()->setText(QStringLiteral("slides"));
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    REQUIRE(searched.wait(60000));
    CHECK(search->result().total == 3);  // id2's and id3's lines, the Word file
    answerNext(&window, [](QWidget* modal) {
        auto* box = modal->findChild<QComboBox*>(QStringLiteral("codeAllCode"));
        REQUIRE(box);
        box->setCurrentIndex(box->findText(QStringLiteral("Assignments")));  // picked first, then a new name typed over it
        box->lineEdit()->selectAll();
        box->lineEdit()->insert(QStringLiteral("Materials/Slides mentioned"));
        modal->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    search->findChild<QPushButton*>(QStringLiteral("codeAllButton"))->click();
    REQUIRE(searched.wait(60000));
    CHECK(codingsOf(store, QStringLiteral("Ana"), QStringLiteral("Materials/Slides mentioned")) == 3);
    CHECK(codingsOf(store, QStringLiteral("Ana"), QStringLiteral("Assignments")) == 0);
    CHECK(codingsOf(store, QStringLiteral("Ana")) == 7);
    CHECK(store.codes().size() == 5);  // + Materials, Materials/Slides mentioned

    // --- A theme with two subthemes on the theme board.
    ThemeBoard* board = window.analysis()->board();
    window.tabs()->setCurrentWidget(board);
    const Id theme = board->addTheme(QStringLiteral("Learning the course"));
    REQUIRE(theme);
    REQUIRE(board->addTheme(QStringLiteral("Slides"), theme, {store.codeByPath(QStringLiteral("Slides"))->id}));
    REQUIRE(board->addTheme(QStringLiteral("Workload"), theme, {store.codeByPath(QStringLiteral("Assignments"))->id}));
    CHECK(store.themes().size() == 3);

    // --- Export the theme table (consensus codings, groups by role).
    const QString table = test::tempDir() + QStringLiteral("/themes.md");
    ExportDialog exporter(store, &window);
    exporter.exportTo(table);
    QFile file(table);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    MESSAGE(md.toStdString());
    // Slides (consensus): id2 (student) on the text; id3 is the interviewer and does not count. Workload: only
    // id3's line, so nobody. Interviewers are never a column.
    CHECK(md.contains(QStringLiteral("| Theme | Subtheme | Definition | developer (n = 1) | student (n = 2) |")));
    CHECK(md.contains(QStringLiteral("| Learning the course |  |  | 0 of 1 | 1 of 2 |")));
    CHECK(md.contains(QStringLiteral("|  | Slides |  | 0 of 1 | 1 of 2 |")));
    CHECK(md.contains(QStringLiteral("|  | Workload |  | 0 of 1 | 0 of 2 |")));
    CHECK_FALSE(md.contains(QStringLiteral("Michael Kennedy")));
    CHECK_FALSE(md.contains(QStringLiteral("no role")));
}
