#include "panelfixture.h"

#include "reliability/agreementtablemodel.h"
#include "reliability/disagreementnavigator.h"
#include "reliability/reliabilitypanel.h"

#include "agreement/projectagreement.h"
#include "store/projectstore.h"

#include <QSignalSpy>
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

    // Settle the rest by union, then undo back to the single decision.
    REQUIRE(panel.adjudicateAll(QStringLiteral("union")));
    CHECK(store.codings(filter).size() > written.size());
    demo.session->undoStack()->undo();
    CHECK(store.codings(filter).size() == written.size());

    // Fewer than two coders: a message, no run.
    panel.setSelection({alex}, {}, agreement::UnitKind::Character);
    panel.compare();
    CHECK(done.count() == 2);
    CHECK_FALSE(panel.busy());
}
