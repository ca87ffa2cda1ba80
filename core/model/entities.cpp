#include "entities.h"

namespace thema {

QString themeStatusName(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Candidate: return QStringLiteral("candidate");
    case ThemeStatus::Reviewed: return QStringLiteral("reviewed");
    case ThemeStatus::Final: return QStringLiteral("final");
    }
    return {};
}

std::optional<ThemeStatus> themeStatusFromName(const QString& name)
{
    for (ThemeStatus s : {ThemeStatus::Candidate, ThemeStatus::Reviewed, ThemeStatus::Final})
        if (themeStatusName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

static constexpr MemoTarget kMemoTargets[] = {MemoTarget::Project, MemoTarget::Source, MemoTarget::Code,
                                              MemoTarget::Theme, MemoTarget::Participant, MemoTarget::Coding};

QString memoTargetName(MemoTarget target)
{
    switch (target) {
    case MemoTarget::Project: return QStringLiteral("project");
    case MemoTarget::Source: return QStringLiteral("source");
    case MemoTarget::Code: return QStringLiteral("code");
    case MemoTarget::Theme: return QStringLiteral("theme");
    case MemoTarget::Participant: return QStringLiteral("participant");
    case MemoTarget::Coding: return QStringLiteral("coding");
    }
    return {};
}

std::optional<MemoTarget> memoTargetFromName(const QString& name)
{
    for (MemoTarget t : kMemoTargets)
        if (memoTargetName(t).compare(name, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

}  // namespace thema
