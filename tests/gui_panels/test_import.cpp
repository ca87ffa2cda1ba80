// Import as the user does it: files dropped on the window go through ImportController, its progress dialog and,
// when a file fails, the report dialog that lists every failed file with its reason.
#include "panelfixture.h"

#include "demostudy.h"
#include "importreport.h"
#include "mainwindow.h"
#include "session.h"
#include "shared.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QFile>
#include <QInputDialog>
#include <QUndoStack>
#include <QUrl>

using namespace thema;

namespace {

/** A new empty project with coder "ana", open in @p window at 1280×720, as a researcher starts a study. */
void openEmptyProject(MainWindow& window, const QString& path)
{
    ProjectStore::create(path);
    {
        const auto store = ProjectStore::open(path);
        store->ensureCoder(QStringLiteral("ana"));
    }
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("ana"));
    REQUIRE(window.openProject(path));
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

}  // namespace

TEST_CASE("import by drop: the sources land after the progress dialog closes; a broken file is listed with its reason" *
          THEMA_NEEDS_SHARED)
{
    const QString path = test::tempDir() + QStringLiteral("/import.thema");
    MainWindow window;
    openEmptyProject(window, path);
    Session* session = window.session();
    REQUIRE(session->store().sources().size() == 0);

    const QString broken = test::sharedPath(QStringLiteral("corpus/broken/webvtt-py_invalid.vtt"));
    test::drop(&window, {test::sharedPath(QStringLiteral("corpus/txt/qualcoder_transcript_bracket-ids.txt")),
                   test::sharedPath(QStringLiteral("corpus/docx/qualcoder_ID1.docx")), broken,
                   test::sharedPath(QStringLiteral("corpus/vtt/webvtt-py_using_identifiers.vtt"))});
    QTRY_COMPARE_WITH_TIMEOUT(session->store().sources().size(), 3, 20000);
    QStringList names;
    for (const Source& s : session->store().sources())
        names.append(s.name);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("qualcoder_ID1"), QStringLiteral("qualcoder_transcript_bracket-ids"),
                               QStringLiteral("webvtt-py_using_identifiers")});

    // The broken file's reason is in a dialog the user can read and copy, naming the file.
    auto* report = window.findChild<ImportReport*>(QStringLiteral("importReport"));
    REQUIRE(report != nullptr);
    CHECK(report->isVisible());
    const QString text = report->findChild<QPlainTextEdit*>(QStringLiteral("importFailures"))->toPlainText();
    CHECK(text.count(QLatin1Char('\n')) == 0);  // one failed file, one line
    CHECK(text.startsWith(broken + QLatin1Char(':')));
    CHECK(text.size() > broken.size() + 10);  // and a reason after the name
    report->findChild<QPushButton*>(QStringLiteral("copyFailures"))->click();
    CHECK(QApplication::clipboard()->text() == text);
    report->close();
    QTRY_VERIFY(window.findChild<ImportReport*>(QStringLiteral("importReport")) == nullptr);

    // One undoable step: undo removes all three, redo brings them back.
    session->undoStack()->undo();
    CHECK(session->store().sources().size() == 0);
    session->undoStack()->redo();
    CHECK(session->store().sources().size() == 3);

    // Only the broken file: nothing lands, the report says so.
    test::drop(&window, {broken});
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ImportReport*>(QStringLiteral("importReport")) != nullptr, 20000);
    CHECK(session->store().sources().size() == 3);
}

TEST_CASE("the import report says whom it took as interviewer and why, and opens Participants to change it")
{
    const QString path = test::tempDir() + QStringLiteral("/import-interviewer.thema");
    MainWindow window;
    openEmptyProject(window, path);

    test::drop(&window, {DemoStudy::defaultSamplesDir() + QStringLiteral("/interviews/P01.txt")});
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ImportReport*>(QStringLiteral("importReport")) != nullptr, 20000);
    auto* report = window.findChild<ImportReport*>(QStringLiteral("importReport"));
    CHECK(window.session()->store().sources().size() == 1);
    CHECK_FALSE(report->findChild<QPlainTextEdit*>(QStringLiteral("importFailures"))->isVisible());
    CHECK(report->findChild<QPlainTextEdit*>(QStringLiteral("importInterviewers"))->toPlainText() ==
          QStringLiteral("P01: Interviewer taken as interviewer (labelled \"Interviewer\"); the transcript belongs to P01"));

    // "Change Interviewers…" opens Participants and Attributes (closed again here after it shows).
    QString opened;
    QTimer::singleShot(300, [&opened] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    report->findChild<QPushButton*>(QStringLiteral("changeInterviewers"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 5000);
    CHECK(opened == QStringLiteral("thema::ParticipantsDialog"));
}

TEST_CASE("importing a survey table asks for the layout: per question or per respondent")
{
    const QString dir = test::tempDir();
    const QString table = dir + QStringLiteral("/feedback.csv");
    {
        QFile f(table);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Respondent,Site,Why did you stop coming?,What would bring you back?\n"
                "Kim,North,The bus takes an hour each way.,A clinic closer to home.\n"
                "Lee,South,Work.,Evening sessions after work.\n"
                "Max,North,Nobody called.,A phone call.\n");
    }
    const QString path = dir + QStringLiteral("/survey-gui.thema");
    MainWindow window;
    openEmptyProject(window, path);
    Session* session = window.session();

    // The question the import asks, answered as a user would: pick an item, OK.
    auto answer = [](int item) {
        QTimer::singleShot(300, [item] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            CHECK(dialog->windowTitle() == QStringLiteral("Survey tables"));
            REQUIRE(dialog->comboBoxItems().size() == 2);
            dialog->setTextValue(dialog->comboBoxItems().at(item));
            dialog->accept();
        });
    };
    answer(1);  // per respondent: Kim, Lee, Max
    test::drop(&window, {table});
    QTRY_COMPARE_WITH_TIMEOUT(session->store().sources().size(), 3, 20000);
    session->undoStack()->undo();
    REQUIRE(session->store().sources().size() == 0);

    answer(0);  // per question: the two questions
    test::drop(&window, {table});
    QTRY_COMPARE_WITH_TIMEOUT(session->store().sources().size(), 2, 20000);
    QStringList names;
    for (const Source& s : session->store().sources())
        names.append(s.name);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("feedback – What would bring you back?"), QStringLiteral("feedback – Why did you stop coming?")});
}
