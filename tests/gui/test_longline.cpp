// A source that is one very long line (issue 19: 50 MB froze the GUI for 45 s) is shown as short blocks, with the
// same offsets: selecting, coding and copying see the source's own text.
#include "fixture.h"

#include "codingactions.h"
#include "mainwindow.h"
#include "session.h"
#include "shared.h"
#include "store/projectstore.h"
#include "transcriptview.h"

#include <doctest/doctest.h>

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QTextBlock>

using namespace thema;

TEST_CASE("a 60,000-character single-line source opens as short blocks with unchanged offsets")
{
    // "w0000 w0001 … w9999 ": 10,000 words of 5 characters and a space, 60,000 characters, no line break.
    QString text;
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("w%1 ").arg(i, 4, 10, QLatin1Char('0'));
    REQUIRE(text.size() == 60000);
    REQUIRE_FALSE(text.contains(QLatin1Char('\n')));

    const QString path = test::tempDir() + QStringLiteral("/longline.thema");
    Id source = 0;
    {
        ProjectStore::create(path);
        auto store = ProjectStore::open(path);
        Source s;
        s.name = QStringLiteral("one line");
        source = store->addSource(s, text);
        store->ensureCoder(QStringLiteral("alice"));
    }
    QSettings().setValue(QStringLiteral("coding/lastCoder"), QStringLiteral("alice"));  // no "Who is coding?" dialog
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    window.openProject(path);
    TranscriptView* view = window.transcript();
    view->openSource(source);
    REQUIRE(view->source() == source);

    QTextDocument* doc = view->document();
    CHECK(doc->characterCount() == 60001);  // the text and the document's final paragraph separator
    CHECK(doc->blockCount() >= 15);          // 60,000 / 4,000
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        CHECK(b.length() <= 4001);

    // A selection across a block boundary: the span, its text and the clipboard are the source's, with spaces.
    const int cut = doc->begin().length() - 1;  // where a space became a line break
    CHECK(text.at(cut) == QLatin1Char(' '));
    view->selectSpan({cut - 5, cut + 6});
    CHECK(view->selectedSpan() == Span{cut - 5, cut + 6});
    CHECK(view->selectedSpanText() == text.mid(cut - 5, 11));
    CHECK(view->selectedSpanText().contains(QLatin1Char(' ')));
    view->copy();
    CHECK(QApplication::clipboard()->text() == text.mid(cut - 5, 11));

    // The 10,000th word is where it is in the source: code it and read the store.
    view->selectSpan({59994, 59999});
    CHECK(view->selectedSpanText() == QStringLiteral("w9999"));
    Session* session = window.session();
    Code code;
    code.name = QStringLiteral("Last word");
    session->store().addCode(code);
    window.codingActions()->applyCode(code.id);
    const QList<Coding> codings = session->store().codings({{source}, {}, {}});
    REQUIRE(codings.size() == 1);
    CHECK(codings.first().span == Span{59994, 59999});
}
