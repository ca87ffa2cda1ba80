// Optimistic versioning: two members (two connections to one project) editing the same code, theme, memo or
// participant. The second edit, based on the version both read, is refused with a message naming the object and
// showing its current value; nothing of it is written. Runs on the file and, through tests/team/on-postgresql.sh, on a
// team project.
#include "storetest.h"

#include "store/versionconflict.h"

#include <doctest/doctest.h>

using namespace thema;
using namespace thema::test;

namespace {

// The version conflict @p action throws (its message and versions); fails the test when it throws none.
template <typename Action>
std::optional<VersionConflict> conflictOf(Action&& action)
{
    try {
        action();
    } catch (const VersionConflict& e) {
        return e;
    }
    FAIL_CHECK("no version conflict");
    return std::nullopt;
}

// A second member: another connection to the same project.
std::unique_ptr<ProjectStore> secondMember(const ProjectStore& first)
{
    return ProjectStore::open(first.path());
}

}  // namespace

TEST_CASE("versions: a code edited by two members: the second edit is refused with the current value, then succeeds")
{
    auto ana = newStore();
    Code coping;
    coping.name = QStringLiteral("Coping");
    ana->addCode(coping);
    CHECK(coping.version == 1);
    auto ben = secondMember(*ana);

    const Code anasCopy = *ana->code(coping.id);
    const Code bensCopy = *ben->code(coping.id);
    CHECK(anasCopy.version == 1);
    CHECK(bensCopy.version == 1);
    ana->renameCode(coping.id, QStringLiteral("Coping strategies"), anasCopy.version);
    CHECK(ana->code(coping.id)->version == 2);

    const auto conflict = conflictOf([&] {
        ben->setCodeDescription(coping.id, {QStringLiteral("Ways of getting by"), {}, {}, {}}, bensCopy.version);
    });
    REQUIRE(conflict);
    CHECK(conflict->seenVersion() == 1);
    CHECK(conflict->currentVersion() == 2);
    CHECK(conflict->message().startsWith(QStringLiteral("Code \"Coping strategies\" was changed by someone else since you read it "
                                                         "(you read version 1; it is now version 2), so your change was not made.")));
    CHECK(conflict->message().contains(QStringLiteral("Its current value: name \"Coping strategies\", colour #")));
    CHECK(conflict->message().contains(QStringLiteral("definition \"\"")));
    CHECK(ana->code(coping.id)->description.definition.isEmpty());  // nothing of Ben's edit was written
    CHECK(ana->code(coping.id)->version == 2);

    // Ben reads again and redoes his edit: now it is his that counts, and Ana's old copy is the stale one.
    const Code fresh = *ben->code(coping.id);
    ben->setCodeDescription(coping.id, {QStringLiteral("Ways of getting by"), {}, {}, {}}, fresh.version);
    CHECK(ana->code(coping.id)->description.definition == QStringLiteral("Ways of getting by"));
    CHECK(ana->code(coping.id)->version == 3);
    CHECK(conflictOf([&] { ana->setCodeColor(coping.id, QStringLiteral("#123456"), anasCopy.version); }));
    CHECK(conflictOf([&] { ana->moveCode(coping.id, 0, -1, 2); }));
    CHECK(ana->code(coping.id)->color != QStringLiteral("#123456"));

    // Without a version (0) an edit takes whatever is current, as an undo that has just re-read the row does.
    ana->setCodeColor(coping.id, QStringLiteral("#123456"));
    CHECK(ben->code(coping.id)->color == QStringLiteral("#123456"));
    CHECK(ben->code(coping.id)->version == 4);
}

TEST_CASE("versions: themes, memos and participants are versioned the same way")
{
    auto ana = newStore();
    Theme theme;
    theme.name = QStringLiteral("Waiting");
    ana->addTheme(theme);
    Memo memo;
    memo.title = QStringLiteral("First thoughts");
    memo.text = QStringLiteral("Long waits");
    ana->addMemo(memo);
    Participant p11;
    p11.name = QStringLiteral("P11");
    p11.attributes.insert(QStringLiteral("role"), QStringLiteral("clinician"));
    ana->addParticipant(p11);
    auto ben = secondMember(*ana);

    SUBCASE("theme")
    {
        const Theme seen = *ben->theme(theme.id);
        CHECK(seen.version == 1);
        ana->setThemeStatus(theme.id, ThemeStatus::Reviewed, seen.version);
        const auto conflict = conflictOf([&] { ben->setThemeDefinition(theme.id, QStringLiteral("Mine"), seen.version); });
        REQUIRE(conflict);
        CHECK(conflict->message().startsWith(QStringLiteral("Theme \"Waiting\" was changed by someone else")));
        CHECK(conflict->message().contains(QStringLiteral("name \"Waiting\", status reviewed, definition \"\"")));
        CHECK(conflictOf([&] { ben->renameTheme(theme.id, QStringLiteral("Queues"), seen.version); }));
        CHECK(ana->theme(theme.id)->name == QStringLiteral("Waiting"));
        CHECK(ana->theme(theme.id)->definition.isEmpty());
        ben->renameTheme(theme.id, QStringLiteral("Queues"), ben->theme(theme.id)->version);
        CHECK(ana->theme(theme.id)->name == QStringLiteral("Queues"));
        CHECK(ana->theme(theme.id)->version == 3);
    }
    SUBCASE("memo")
    {
        const Memo seen = ben->memos().first();
        CHECK(seen.version == 1);
        ana->updateMemo(memo.id, QStringLiteral("First thoughts"), QStringLiteral("Long waits, short visits"), seen.version);
        const auto conflict = conflictOf([&] { ben->updateMemo(memo.id, seen.title, QStringLiteral("Mine"), seen.version); });
        REQUIRE(conflict);
        CHECK(conflict->message().startsWith(QStringLiteral("Memo \"First thoughts\" was changed by someone else")));
        CHECK(conflict->message().contains(QStringLiteral("text \"Long waits, short visits\"")));
        CHECK(ana->memos().first().text == QStringLiteral("Long waits, short visits"));
    }
    SUBCASE("participant: attributes, rename and interviewer")
    {
        const Participant seen = *ben->participant(p11.id);
        CHECK(seen.version == p11.version);
        ana->setAttribute(p11.id, QStringLiteral("site"), QStringLiteral("North"), seen.version);
        const auto conflict = conflictOf([&] { ben->renameParticipant(p11.id, QStringLiteral("P12"), seen.version); });
        REQUIRE(conflict);
        CHECK(conflict->message().startsWith(QStringLiteral("Participant \"P11\" was changed by someone else")));
        CHECK(conflict->message().contains(QStringLiteral("name \"P11\", not an interviewer, role=\"clinician\", site=\"North\"")));
        CHECK(conflictOf([&] { ben->removeAttribute(p11.id, QStringLiteral("role"), seen.version); }));
        CHECK(conflictOf([&] { ben->setInterviewer(p11.id, true, seen.version); }));
        const Participant now = *ana->participant(p11.id);
        CHECK(now.name == QStringLiteral("P11"));
        CHECK(now.attributes.value(QStringLiteral("role")) == QStringLiteral("clinician"));
        CHECK_FALSE(now.interviewer);
        CHECK(now.version == seen.version + 1);
    }
}

TEST_CASE("versions: an edit of an object removed since it was read is refused and names the removal")
{
    auto ana = newStore();
    Code code;
    code.name = QStringLiteral("Gone");
    ana->addCode(code);
    ana->removeCode(code.id);
    const QString message = errorOf([&] { ana->renameCode(code.id, QStringLiteral("Back"), 1); });
    CHECK_FALSE(message.isEmpty());
    Memo memo;
    memo.text = QStringLiteral("x");
    ana->addMemo(memo);
    ana->removeMemo(memo.id);
    CHECK(errorOf([&] { ana->updateMemo(memo.id, {}, QStringLiteral("y"), 1); })
          == QStringLiteral("The memo you changed (id %1) was removed by someone else since you read it; nothing was changed").arg(memo.id));
    ana->updateMemo(memo.id, {}, QStringLiteral("y"));  // without a version: nothing to change, as before
}
