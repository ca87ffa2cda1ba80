#pragma once

#include <QHash>
#include <QWidget>

namespace thema {

class TranscriptView;

/** The transcript's left gutter: each turn's speaker, level with the turn's first line; hover shows the participant. */
class SpeakerGutter : public QWidget {
    Q_OBJECT
public:
    explicit SpeakerGutter(TranscriptView* view);

    /** Recomputes which block starts which turn, and the width, after a source or font change. */
    void rebuild();
    int preferredWidth() const { return m_width; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int turnAt(int y) const;

    TranscriptView* m_view;
    QHash<int, int> m_turnOfBlock;  ///< block number → index into the view's turns
    int m_width = 8;
    QString m_fontKey;  ///< the font the width was measured in; a different one at paint time measures again
};

}  // namespace thema
