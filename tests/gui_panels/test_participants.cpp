// The participants dialog and the export dialog on the demo study, through their models and widgets: every edit
// is an undo command that reaches the store. Expected values are the demo's, written by hand.
#include "panelfixture.h"

#include "choicedelegate.h"
#include "commands/participantedits.h"
#include "exportdialog.h"
#include "participantmodel.h"
#include "participantsdialog.h"
#include "speakermapmodel.h"

#include "model/error.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QFile>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

namespace {

int rowOf(const QAbstractItemModel& model, int column, const QString& text)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, column).data().toString() == text)
            return r;
    return -1;
}

int columnOf(const QAbstractItemModel& model, const QString& header)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

}  // namespace

TEST_CASE("participants dialog: rename, interviewer, attribute values in use, merge, add; each undoable")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    QUndoStack& undo = *demo.session->undoStack();
    ParticipantsDialog dialog(demo.session.get());
    ParticipantModel& model = *dialog.participantModel();
    REQUIRE(model.rowCount() == 9);  // P01–P08 and the interviewer
    const int interviewer = rowOf(model, ParticipantModel::NameColumn, QStringLiteral("Interviewer"));
    REQUIRE(interviewer >= 0);
    CHECK(model.index(interviewer, ParticipantModel::InterviewerColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.index(rowOf(model, 0, QStringLiteral("P01")), ParticipantModel::SourcesColumn).data().toInt() == 1);

    // The role cell offers the values already used; a case variant takes the spelling in use.
    const int role = columnOf(model, QStringLiteral("role"));
    REQUIRE(role >= 0);
    const int p01 = rowOf(model, 0, QStringLiteral("P01"));
    CHECK(model.index(p01, role).data(ChoiceDelegate::ChoicesRole).toStringList()
          == QStringList{QStringLiteral("clinician"), QStringLiteral("service user")});
    const int p05 = rowOf(model, 0, QStringLiteral("P05"));
    CHECK(model.setData(model.index(p05, role), QStringLiteral("Clinician ")));
    test::settle();
    CHECK(store.participantByName(QStringLiteral("P05"))->attributes.value(QStringLiteral("role")) == QLatin1String("clinician"));
    undo.undo();
    test::settle();
    CHECK(store.participantByName(QStringLiteral("P05"))->attributes.value(QStringLiteral("role")) == QLatin1String("service user"));

    // Rename by editing the name.
    CHECK(model.setData(model.index(rowOf(model, 0, QStringLiteral("P08")), ParticipantModel::NameColumn), QStringLiteral("P08b")));
    test::settle();
    CHECK(store.participantByName(QStringLiteral("P08b")));
    undo.undo();
    test::settle();
    CHECK(store.participantByName(QStringLiteral("P08")));

    // Unticking the interviewer counts them; undo restores the flag.
    CHECK(model.setData(model.index(rowOf(model, 0, QStringLiteral("Interviewer")), ParticipantModel::InterviewerColumn), Qt::Unchecked,
                        Qt::CheckStateRole));
    test::settle();
    CHECK_FALSE(store.participantByName(QStringLiteral("Interviewer"))->interviewer);
    undo.undo();
    test::settle();
    CHECK(store.participantByName(QStringLiteral("Interviewer"))->interviewer);

    // Add (the button's command), then merge the new one into P08: its attribute comes along; undo splits them.
    REQUIRE(demo.session->push(new AddParticipant(*demo.session, QStringLiteral("P8"))));
    const Id p8 = store.participantByName(QStringLiteral("P8"))->id;
    store.setAttribute(p8, QStringLiteral("pseudonym"), QStringLiteral("Dev"));
    const Id p08 = store.participantByName(QStringLiteral("P08"))->id;
    REQUIRE(demo.session->push(new MergeParticipant(*demo.session, p8, p08)));
    CHECK_FALSE(store.participantByName(QStringLiteral("P8")));
    CHECK(store.participant(p08)->attributes.value(QStringLiteral("pseudonym")) == QLatin1String("Dev"));
    undo.undo();
    CHECK(store.participantByName(QStringLiteral("P8")));
    CHECK_FALSE(store.participant(p08)->attributes.contains(QStringLiteral("pseudonym")));
    CHECK_THROWS_AS(store.mergeParticipant(p08, p08), Error);
}

TEST_CASE("speakers tab: map a speaker, detach and attach a source, mark a speaker as interviewer")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    QUndoStack& undo = *demo.session->undoStack();
    ParticipantsDialog dialog(demo.session.get());
    SpeakerMapModel& model = *dialog.speakerModel();
    // 8 sources, each with its own row and two speakers (Interviewer and P0n), except P03 (timestamps, same two).
    CHECK(model.rowCount() == 24);
    const int p01 = rowOf(model, SpeakerMapModel::SourceColumn, QStringLiteral("P01"));
    REQUIRE(p01 >= 0);
    CHECK(model.index(p01, SpeakerMapModel::ParticipantColumn).data().toString() == QLatin1String("P01"));
    const QStringList choices = model.index(p01, SpeakerMapModel::ParticipantColumn).data(ChoiceDelegate::ChoicesRole).toStringList();
    CHECK(choices.size() == 10);  // nobody + 9 participants

    const Id source = store.sourceByName(QStringLiteral("P01"))->id;
    CHECK(model.setData(model.index(p01, SpeakerMapModel::ParticipantColumn), 0));  // nobody
    test::settle();
    CHECK(store.source(source)->participant == 0);
    undo.undo();
    test::settle();
    CHECK(store.source(source)->participant == store.participantByName(QStringLiteral("P01"))->id);

    // The speaker "P01" of source P01 (the row after "Interviewer") mapped to P02, then back.
    int speaker = -1;
    for (int r = p01 + 1; r < model.rowCount() && speaker < 0; ++r)
        if (model.index(r, SpeakerMapModel::SpeakerColumn).data().toString().startsWith(QLatin1String("P01 (")))
            speaker = r;
    REQUIRE(speaker > p01);
    CHECK(model.setData(model.index(speaker, SpeakerMapModel::ParticipantColumn), choices.indexOf(QStringLiteral("P02"))));
    test::settle();
    for (const Turn& t : store.turns(source))
        if (t.speaker == QLatin1String("P01"))
            CHECK(t.participant == store.participantByName(QStringLiteral("P02"))->id);
    undo.undo();
    test::settle();

    // The interviewer box of a speaker row marks the participant it maps to.
    const int interviewerRow = p01 + 1;
    CHECK(model.index(interviewerRow, SpeakerMapModel::InterviewerColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.setData(model.index(interviewerRow, SpeakerMapModel::InterviewerColumn), Qt::Unchecked, Qt::CheckStateRole));
    test::settle();
    CHECK_FALSE(store.participantByName(QStringLiteral("Interviewer"))->interviewer);
    undo.undo();
    CHECK(store.participantByName(QStringLiteral("Interviewer"))->interviewer);
}

TEST_CASE("export dialog: whose codings count and the group attribute come from lists")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    ExportDialog dialog(store);
    auto* coders = dialog.findChild<QComboBox*>(QStringLiteral("exportCoders"));
    auto* group = dialog.findChild<QComboBox*>(QStringLiteral("exportGroup"));
    REQUIRE(coders);
    REQUIRE(group);
    QStringList groups;
    for (int i = 0; i < group->count(); ++i)
        groups.append(group->itemText(i));
    CHECK(groups == QStringList{QStringLiteral("age_band"), QStringLiteral("gender"), QStringLiteral("role"), QStringLiteral("site"),
                                QStringLiteral("years_in_service")});
    CHECK(group->currentText() == QLatin1String("role"));
    // No consensus layer in the demo: every coder's codings count by default.
    CHECK(coders->currentData().toLongLong() == 0);
    CHECK(dialog.options().coders.isEmpty());
    coders->setCurrentIndex(coders->findText(QStringLiteral("Alex only")));
    CHECK(dialog.options().coders == QList<Id>{store.coderByName(QStringLiteral("Alex"))->id});
    group->setCurrentText(QStringLiteral("site"));
    CHECK(dialog.options().groupAttribute == QLatin1String("site"));

    const QString path = demo.path + QStringLiteral("-themes.html");
    dialog.exportTo(path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    // The header keeps "(n = 4)" in one piece.
    CHECK(html.contains(QStringLiteral("<th dir=\"auto\">North (n\u00A0=\u00A04)</th>")));
}

TEST_CASE("participants dialog: Return (ending a cell edit or a rename) does not close it")
{
    test::DemoSession demo;
    ParticipantsDialog dialog(demo.session.get());
    dialog.show();
    test::settle();
    auto* table = dialog.findChild<QTableView*>();
    REQUIRE(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(&dialog, Qt::Key_Enter);
    test::settle();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);  // nothing pressed; Close still closes
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
}
