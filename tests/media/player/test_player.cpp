// The player under the transcript: a recording made in the test (sox), found beside its transcript on import,
// played from a coded segment's turn through the main window's own click path, with no audio output needed.
#include "playerskip.h"

#include "codedsegmentspanel.h"
#include "importerregistry.h"
#include "importservice.h"
#include "mainwindow.h"
#include "gui/media/mediacontroller.h"
#include "gui/media/mediapanel.h"
#include "gui/media/transcriptplayback.h"
#include "session.h"
#include "store/projectstore.h"
#include "transcriptview.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QDeadlineTimer>
#include <QTabWidget>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtEndian>
#include <QFile>
#include <QLabel>
#include <QMediaPlayer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thema;

namespace {

const QByteArray kTranscript =
    "Interviewer: Tell me about the first time you came to the clinic.\n"
    "Anna: It was a cold morning in March and I waited for two hours.\n"
    "Interviewer: How did that feel?\n"
    "Anna: Honestly it felt like nobody cared whether I was there or not.\n";

bool waitFor(const std::function<bool()>& done, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

/**
 * Waits until the open source's recording is loaded. False, with the cases to be reported skipped, when this
 * machine's media backend cannot decode @p what.
 */
bool loaded(MediaController* media, const QString& what)
{
    QMediaPlayer* player = media->player();
    waitFor([&] { return player->mediaStatus() == QMediaPlayer::LoadedMedia || player->mediaStatus() == QMediaPlayer::InvalidMedia
                         || !media->message().isEmpty(); });
    if (player->mediaStatus() == QMediaPlayer::LoadedMedia && player->duration() > 0)
        return true;
    test::g_playerSkip = QStringLiteral("the Qt Multimedia backend cannot decode %1 here (status %2, %3)")
                             .arg(what).arg(int(player->mediaStatus())).arg(media->message());
    MESSAGE(test::g_playerSkip.toStdString());
    return false;
}

/** A 10 s WAV of a 440 Hz tone, made with sox. */
void makeRecording(const QString& path)
{
    const QString sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
    REQUIRE_MESSAGE(!sox.isEmpty(), "sox is missing: run .ci/deps.sh");
    REQUIRE(QProcess::execute(sox, {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"),
                                    QStringLiteral("1"), path, QStringLiteral("synth"), QStringLiteral("10"),
                                    QStringLiteral("sine"), QStringLiteral("440")}) == 0);
}

/**
 * A video made here, byte by byte: an AVI of @p frames of uncompressed planar YUV 4:2:0 (I420, what decoded H.264
 * is), 64×48 at 10 per second, every pixel pure red (Y 81, U 90, V 240), no sound. FFmpeg reads it without any
 * codec package.
 */
void makeVideo(const QString& path, int frames)
{
    const int width = 64, height = 48, frameBytes = width * height * 3 / 2;
    const auto u32 = [](QByteArray& b, quint32 v) { v = qToLittleEndian(v); b.append(reinterpret_cast<const char*>(&v), 4); };
    const auto u16 = [](QByteArray& b, quint16 v) { v = qToLittleEndian(v); b.append(reinterpret_cast<const char*>(&v), 2); };
    const auto chunk = [&](const char* id, const QByteArray& data) -> QByteArray {
        QByteArray c(id, 4);
        u32(c, quint32(data.size()));
        return c + data;
    };
    const auto list = [&](const char* type, const QByteArray& data) -> QByteArray { return chunk("LIST", QByteArray(type, 4) + data); };
    QByteArray avih;
    for (quint32 v : {100000u, quint32(frameBytes * 10), 0u, 0x10u, quint32(frames), 0u, 1u, quint32(frameBytes), quint32(width),
                      quint32(height), 0u, 0u, 0u, 0u})
        u32(avih, v);
    QByteArray strh("vids", 4);
    strh.append("I420", 4);
    // dwFlags, wPriority and wLanguage (one zero word), dwInitialFrames, dwScale, dwRate (10/s), dwStart, dwLength,
    // dwSuggestedBufferSize, dwQuality, dwSampleSize; then rcFrame.
    for (quint32 v : {0u, 0u, 0u, 1u, 10u, 0u, quint32(frames), quint32(frameBytes), 0xFFFFFFFFu, 0u})
        u32(strh, v);
    for (quint16 v : {quint16(0), quint16(0), quint16(width), quint16(height)})
        u16(strh, v);
    QByteArray strf;
    u32(strf, 40);
    u32(strf, quint32(width));
    u32(strf, quint32(height));
    u16(strf, 1);
    u16(strf, 12);
    for (quint32 v : {0x30323449u /* "I420" */, quint32(frameBytes), 0u, 0u, 0u, 0u})
        u32(strf, v);
    const QByteArray frame = QByteArray(width * height, char(81)) + QByteArray(width * height / 4, char(90))
                             + QByteArray(width * height / 4, char(240));
    QByteArray movi("movi", 4), index;
    for (int i = 0; i < frames; ++i) {
        index.append("00db", 4);
        u32(index, 0x10);
        u32(index, quint32(movi.size()));
        u32(index, quint32(frameBytes));
        movi.append(chunk("00db", frame));
    }
    const QByteArray body = QByteArray("AVI ", 4) + list("hdrl", chunk("avih", avih) + list("strl", chunk("strh", strh) + chunk("strf", strf)))
                            + chunk("LIST", movi) + chunk("idx1", index);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(chunk("RIFF", body));
}

struct Study {
    QTemporaryDir dir;
    QString project;
    Id source = 0;
    Id coding = 0;
    Id turn4 = 0;

    explicit Study(bool withRecording = true)
    {
        REQUIRE(dir.isValid());
        project = dir.filePath(QStringLiteral("study.thema"));
        QFile f(dir.filePath(QStringLiteral("anna.txt")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kTranscript);
        f.close();
        if (withRecording)
            makeRecording(dir.filePath(QStringLiteral("anna.wav")));
        auto store = ProjectStore::create(project);
        ImportService service(*store);
        const ImportResult r = service.write(ImporterRegistry::instance().readFile(dir.filePath(QStringLiteral("anna.txt")), {}));
        source = r.source;
        const QList<Turn> turns = store->turns(source);
        REQUIRE(turns.size() == 4);
        // Turn times by hand: 0 s, 2 s, 6 s; the last turn has none yet.
        store->setTurnBegin(turns[0].id, 0);
        store->setTurnBegin(turns[1].id, 2000);
        store->setTurnBegin(turns[2].id, 6000);
        turn4 = turns[3].id;
        Coding c;
        c.source = source;
        c.span = {turns[2].span.start, turns[2].span.end};  // "How did that feel?"
        c.code = store->codeByPath(QStringLiteral("Feelings"), true)->id;
        c.coder = store->ensureCoder(QStringLiteral("Alex"));
        coding = store->addCoding(c);
        QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("Alex"));
    }
};

}  // namespace

TEST_CASE("media player: a click on a coded segment plays the recording from its turn's time")
{
    Study study;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openProject(study.project));
    MediaController* media = window.media();
    QMediaPlayer* player = media->player();

    // Found beside the transcript on import; loaded when the source opens.
    CHECK(media->mediaFile() == study.dir.filePath(QStringLiteral("anna.wav")));
    if (!loaded(media, QStringLiteral("a WAV file")))
        return;
    CHECK(player->duration() == doctest::Approx(10000).epsilon(0.02));
    CHECK(media->message().isEmpty());

    // What a click in Coded segments does: the window opens the source at the extract and activates the coding.
    const auto coding = window.session()->store().coding(study.coding);
    REQUIRE(coding);
    emit window.segments()->jumpRequested(study.source, coding->span, study.coding);
    CHECK(window.transcript()->activeCoding() == study.coding);
    REQUIRE(waitFor([&] { return player->position() >= 6000; }, 5000));
    const qint64 started = player->position();
    CHECK(started >= 6000);
    CHECK(started < 7500);
    CHECK(media->currentTurn() == 2);
    // The playing turn is highlighted in the transcript.
    REQUIRE(window.transcript()->extraSelections().size() == 1);
    CHECK(window.transcript()->extraSelections().first().cursor.selectedText() == QStringLiteral("How did that feel?"));

    // Back 5 s (F6's action) and slower playback (F7's action).
    window.findChild<QAction*>(QStringLiteral("mediaBack"))->trigger();
    CHECK(player->position() <= started - 4000);
    window.findChild<QAction*>(QStringLiteral("mediaSlower"))->trigger();
    CHECK(player->playbackRate() == doctest::Approx(0.75));
    window.findChild<QAction*>(QStringLiteral("mediaSlower"))->trigger();
    CHECK(player->playbackRate() == doctest::Approx(0.5));

    // Seek straight from a turn's timestamp: the second turn begins at 2 s.
    media->playFrom(coding->span.start - 5);  // inside the second turn
    REQUIRE(waitFor([&] { return player->position() >= 2000 && player->position() < 3500; }, 5000));
    CHECK(media->currentTurn() == 1);

    // Setting the last turn's time from the player is one undo step.
    window.findChild<QAction*>(QStringLiteral("mediaPlay"))->trigger();  // pause
    player->setPosition(8250);
    REQUIRE(waitFor([&] { return player->position() == 8250; }, 3000));
    REQUIRE(media->setTurnTimeFromPlayer(3));
    CHECK(window.session()->store().turn(study.turn4)->beginMs == 8250);
    window.session()->undoStack()->undo();
    CHECK_FALSE(window.session()->store().turn(study.turn4)->beginMs.has_value());
    window.session()->undoStack()->redo();
    CHECK(window.session()->store().turn(study.turn4)->beginMs == 8250);
}

TEST_CASE("media player: a missing recording is named in the player area and the transcript stays usable")
{
    Study study;
    QFile::remove(study.dir.filePath(QStringLiteral("anna.wav")));
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(study.project));
    MediaController* media = window.media();
    CHECK(media->message().contains(study.dir.filePath(QStringLiteral("anna.wav"))));
    CHECK(media->message().contains(QStringLiteral("missing")));
    auto* label = window.findChild<QLabel*>(QStringLiteral("mediaMessage"));
    REQUIRE(label);
    CHECK(label->text() == media->message());
    CHECK(label->isVisible());
    CHECK_FALSE(media->playFrom(0));
    // The transcript is open and can still be read and selected.
    CHECK(window.transcript()->toPlainText().contains(QStringLiteral("How did that feel?")));
}

TEST_CASE("media player: an unplayable file is named; linking and unlinking are undo steps")
{
    Study study(false);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(study.project));
    MediaController* media = window.media();
    CHECK(media->message().contains(QStringLiteral("No recording is linked")));

    const QString broken = study.dir.filePath(QStringLiteral("broken.mp3"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    REQUIRE(media->linkRecording(study.source, broken));
    CHECK(window.session()->store().sourceMedia(study.source)->path == QStringLiteral("broken.mp3"));
    REQUIRE(waitFor([&] { return !media->message().isEmpty(); }));
    CHECK(media->message().contains(broken));
    CHECK(media->message().contains(QStringLiteral("Cannot play")));
    CHECK(window.transcript()->toPlainText().contains(QStringLiteral("How did that feel?")));

    window.session()->undoStack()->undo();
    CHECK_FALSE(window.session()->store().sourceMedia(study.source).has_value());
    window.session()->undoStack()->redo();
    CHECK(window.session()->store().sourceMedia(study.source).has_value());
    REQUIRE(media->unlinkRecording(study.source));
    CHECK_FALSE(window.session()->store().sourceMedia(study.source).has_value());
    CHECK(media->message().contains(QStringLiteral("No recording is linked")));
}

TEST_CASE("media player: with no audio device the highlight still follows the turns by their times")
{
    Study study;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openProject(study.project));
    MediaController* media = window.media();
    if (!loaded(media, QStringLiteral("a WAV file")))
        return;
    // Play from the second turn (2 s) as Ctrl+click or a click on its speaker does: the cursor's turn.
    auto* playback = window.findChild<TranscriptPlayback*>();
    REQUIRE(playback);
    QTextCursor cursor = window.transcript()->textCursor();
    cursor.setPosition(int(window.transcript()->toPlainText().indexOf(QStringLiteral("It was a cold morning"))));
    window.transcript()->setTextCursor(cursor);
    REQUIRE(playback->playFromCursor());
    CHECK(media->currentTurn() == 1);
    REQUIRE(window.transcript()->extraSelections().size() == 1);
    CHECK(window.transcript()->extraSelections().first().cursor.selectedText().startsWith(QStringLiteral("It was a cold morning")));
    // The third turn begins at 6 s: the highlight moves there while playing, whatever paces the clock.
    REQUIRE(waitFor([&] { return media->currentTurn() == 2; }, 15000));
    CHECK(media->position() >= 6000);
    REQUIRE(window.transcript()->extraSelections().size() == 1);
    CHECK(window.transcript()->extraSelections().first().cursor.selectedText() == QStringLiteral("How did that feel?"));
}

TEST_CASE("media player: a video shows its picture above the controls; the strip only on a recorded source's transcript tab")
{
    Study study(false);
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openProject(study.project));
    auto* panel = window.findChild<MediaPanel*>();
    REQUIRE(panel);
    // No recording linked: no player strip at all.
    CHECK_FALSE(panel->isVisible());

    const QString video = study.dir.filePath(QStringLiteral("anna.avi"));
    makeVideo(video, 30);
    MediaController* media = window.media();
    REQUIRE(media->linkRecording(study.source, video));
    CHECK(media->isVideo());
    QMediaPlayer* player = media->player();
    if (!loaded(media, QStringLiteral("an uncompressed AVI")))
        return;
    REQUIRE(player->hasVideo());
    CHECK(panel->isVisible());
    CHECK(panel->videoWidget()->isVisible());
    CHECK(player->videoOutput() == panel->videoWidget());

    media->playAt(1000);
    QVideoSink* sink = panel->videoWidget()->videoSink();
    REQUIRE(waitFor([&] { return sink->videoFrame().isValid(); }, 10000));
    const QVideoFrame frame = sink->videoFrame();
    CHECK(frame.size() == QSize(64, 48));
    const QColor middle = frame.toImage().pixelColor(32, 24);
    CHECK(middle.red() > 200);
    CHECK(middle.green() < 60);
    CHECK(middle.blue() < 60);

    // Another tab: the strip goes; back on the transcript it returns.
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    REQUIRE(tabs->count() > 1);
    tabs->setCurrentIndex(1);
    CHECK_FALSE(panel->isVisible());
    tabs->setCurrentIndex(0);
    CHECK(panel->isVisible());

    // An audio recording has no picture area.
    window.findChild<QAction*>(QStringLiteral("mediaPlay"))->trigger();
    makeRecording(study.dir.filePath(QStringLiteral("anna.wav")));
    REQUIRE(media->linkRecording(study.source, study.dir.filePath(QStringLiteral("anna.wav"))));
    CHECK_FALSE(media->isVideo());
    CHECK_FALSE(panel->videoWidget()->isVisible());
    CHECK(panel->isVisible());
}
