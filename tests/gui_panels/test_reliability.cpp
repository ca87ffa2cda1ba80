#include "panelfixture.h"

#include "reliability/agreementtablemodel.h"
#include "reliability/disagreementnavigator.h"
#include "reliability/reliabilitypanel.h"

#include "agreement/projectagreement.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

TEST_CASE("reliability panel: measures per code and pooled off the GUI thread; navigate and adjudicate disagreements, undoable")
{
    test::DemoSession demo;
    ProjectStore& store = demo.store();
    ReliabilityPanel panel;
    panel.resize(1300, 800);
    panel.setSession(demo.session.get());
    panel.show();
    const Id alex = store.coderByName(QStringLiteral("Alex"))->id;
    const Id sam = store.coderByName(QStringLiteral("Sam"))->id;
    panel.setSelection({alex, sam}, {}, agreement::UnitKind::Character);

    QSignalSpy done(&panel, &ReliabilityPanel::finished);
    panel.compare();
    CHECK(panel.busy());
    REQUIRE(done.wait(60000));
    // The same figures as core/agreement gives for the same request.
    agreement::AgreementRequest request;
    request.coders = {alex, sam};
    const agreement::ProjectAgreement expected = agreement::projectAgreement(store, request);
    AgreementTableModel* table = panel.table();
    REQUIRE(table->rowCount() == expected.result.perCode.size() + 1);
    const int kappa = int(table->keys().indexOf(QStringLiteral("cohen_kappa"))) + 1;
    REQUIRE(kappa > 0);
    CHECK(table->index(0, kappa).data(AgreementTableModel::ValueRole).toDouble() ==
          doctest::Approx(expected.result.pooled.value(QStringLiteral("cohen_kappa")).toDouble()));
    MESSAGE("pooled kappa " << table->index(0, kappa).data().toString().toStdString() << ", rows " << table->rowCount());

    DisagreementNavigator* nav = panel.navigator();
    REQUIRE(nav->count() > 1);
    CHECK(nav->current() == 0);
    nav->next();
    CHECK(nav->current() == 1);
    nav->previous();
    CHECK(nav->current() == 0);
    // Each side shows text around the disagreement; at least one coder coded there.
    CHECK((nav->coderText(0).size() > 20 || nav->coderText(1).size() > 20));

    // Accept Alex's spans for the first disagreement: the consensus layer gets exactly them.
    agreement::Decision acceptAlex;
    acceptAlex.kind = agreement::Resolution::AcceptCoder;
    acceptAlex.coder = 0;  // coders in the comparison's order
    REQUIRE(panel.agreement().coders.first().id == alex);
    REQUIRE(nav->settle(acceptAlex, QStringLiteral("accept Alex")));
    CHECK(nav->current() == 1);  // moved on
    const auto consensus = store.coderByName(QStringLiteral("Consensus"));
    REQUIRE(consensus);
    CHECK(consensus->consensus);
    CodingFilter filter;
    filter.coders = {consensus->id};
    const QList<Coding> written = store.codings(filter);
    CHECK_FALSE(written.isEmpty());
    demo.session->undoStack()->undo();
    CHECK(store.codings(filter).isEmpty());
    demo.session->undoStack()->redo();
    CHECK(store.codings(filter).size() == written.size());

    // Drop the second disagreement by hand: nothing of it in the consensus layer.
    const agreement::Disagreement dropped = nav->disagreement(nav->current());
    agreement::Decision drop;
    drop.kind = agreement::Resolution::Drop;
    REQUIRE(nav->settle(drop, QStringLiteral("drop")));
    const auto heldIn = [&](const agreement::Disagreement& d) {
        int n = 0;
        for (const Coding& c : store.codings(filter))
            if (c.source == panel.agreement().sources[d.source].id && c.code == panel.agreement().codes[d.code].id &&
                c.span.overlaps(d.extent))
                ++n;
        return n;
    };
    CHECK(heldIn(dropped) == 0);

    // Settle the rest by union: the panel says how many it will settle (all but the two decided by hand) and asks.
    QString asked;
    QTimer::singleShot(0, &panel, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->objectName() == QStringLiteral("settleAllConfirm"));
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    panel.findChild<QComboBox*>(QStringLiteral("settleRule"))->setCurrentIndex(
        panel.findChild<QComboBox*>(QStringLiteral("settleRule"))->findData(QStringLiteral("union")));
    panel.findChild<QPushButton*>(QStringLiteral("settleAll"))->click();
    CHECK(asked.contains(QStringLiteral("Settle %1 undecided").arg(nav->count() - 2)));
    CHECK(store.codings(filter).size() > written.size());
    CHECK(heldIn(dropped) == 0);  // the hand decision stays
    // Cancelling the question changes nothing.
    const qsizetype settled = store.codings(filter).size();
    const int stack = demo.session->undoStack()->count();
    QTimer::singleShot(0, &panel, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    panel.findChild<QPushButton*>(QStringLiteral("settleAll"))->click();
    CHECK(demo.session->undoStack()->count() == stack);
    CHECK(store.codings(filter).size() == settled);
    demo.session->undoStack()->undo();  // settle all
    demo.session->undoStack()->undo();  // the drop
    CHECK(store.codings(filter).size() == written.size());

    // Fewer than two coders: a message, no run.
    panel.setSelection({alex}, {}, agreement::UnitKind::Character);
    panel.compare();
    CHECK(done.count() == 2);
    CHECK_FALSE(panel.busy());
}
