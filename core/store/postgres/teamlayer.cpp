#include "store/postgres/teamlayer.h"

#include "model/error.h"
#include "store/postgres/serverfailure.h"
#include "store/postgres/teamurl.h"

#include <QSqlQuery>
#include <QStringList>

namespace thema::team {
namespace {

QStringList column(const QSqlDatabase& db, const QString& statement, const QString& schema)
{
    QSqlQuery q(db);
    q.prepare(statement);
    q.addBindValue(schema);
    if (!q.exec())
        throw sql::serverFailure(db, q.lastError());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void policies(const QSqlDatabase& db, const QString& table)
{
    const QString t = quoted(table);
    exec(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t));
    for (const char* name : {"member_read", "owner_write", "coding_read", "coder_write", "coder_self"})
        exec(db, QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(name), t));
    // (SELECT f()) makes each function an init plan, evaluated once per statement rather than once per row.
    exec(db, QStringLiteral("CREATE POLICY owner_write ON %1 FOR ALL USING ((SELECT my_role()) = 'owner')"
                            " WITH CHECK ((SELECT my_role()) = 'owner')").arg(t));
    if (table == QLatin1String("coding")) {
        exec(db, QStringLiteral("CREATE POLICY coding_read ON coding FOR SELECT USING ((SELECT my_role()) IN ('owner', 'reader')"
                                " OR coder = (SELECT my_coder()) OR ((SELECT my_role()) = 'coder' AND NOT (SELECT is_blind())))"));
        exec(db, QStringLiteral("CREATE POLICY coder_write ON coding FOR ALL USING ((SELECT my_role()) = 'coder' AND coder = (SELECT my_coder()))"
                                " WITH CHECK ((SELECT my_role()) = 'coder' AND coder = (SELECT my_coder()))"));
        return;
    }
    // Blind mode: what points at a coding is as hidden as the coding. The subquery runs under coding's own policy, so
    // a blind coder sees exemplar stars and memos only of codings they may read; a change-log row of a coding, a star
    // or a memo only when they wrote it themselves (a row would tell when another coder coded).
    if (table == QLatin1String("theme_exemplar"))
        exec(db, QStringLiteral("CREATE POLICY member_read ON theme_exemplar FOR SELECT USING ((SELECT my_role()) IS NOT NULL"
                                " AND coding IN (SELECT id FROM coding))"));
    else if (table == QLatin1String("memo"))
        exec(db, QStringLiteral("CREATE POLICY member_read ON memo FOR SELECT USING ((SELECT my_role()) IS NOT NULL"
                                " AND (target <> 'coding' OR target_id IN (SELECT id FROM coding)))"));
    else if (table == QLatin1String("team_channel"))
        exec(db, QStringLiteral("CREATE POLICY member_read ON team_channel FOR SELECT USING ((SELECT my_role()) IN ('owner', 'reader'))"));
    else if (table == QLatin1String("change_log"))
        exec(db, QStringLiteral("CREATE POLICY member_read ON change_log FOR SELECT USING ((SELECT my_role()) IN ('owner', 'reader')"
                                " OR ((SELECT my_role()) = 'coder' AND (NOT (SELECT is_blind()) OR login = current_user::text"
                                " OR tbl NOT IN ('coding', 'theme_exemplar', 'memo'))))"));
    else
        exec(db, QStringLiteral("CREATE POLICY member_read ON %1 FOR SELECT USING ((SELECT my_role()) IS NOT NULL)").arg(t));
    if (table == QLatin1String("memo")) {
        const QString own = QStringLiteral("(SELECT my_role()) = 'coder' AND (author = (SELECT my_coder_name()) OR (target = 'coding'"
                                           " AND target_id IN (SELECT id FROM coding WHERE coder = (SELECT my_coder()))))");
        exec(db, QStringLiteral("CREATE POLICY coder_write ON memo FOR ALL USING (%1) WITH CHECK (%1)").arg(own));
    } else if (table == QLatin1String("coder")) {
        exec(db, QStringLiteral("CREATE POLICY coder_self ON coder FOR INSERT WITH CHECK ((SELECT my_role()) = 'coder'"
                                " AND name = (SELECT my_coder_name()))"));
    }
}

}  // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner: return QStringLiteral("owner");
    case Role::Coder: return QStringLiteral("coder");
    case Role::Reader: return QStringLiteral("reader");
    }
    return {};
}

Role parseRole(const QString& name)
{
    for (Role r : {Role::Owner, Role::Coder, Role::Reader})
        if (roleName(r) == name.trimmed().toLower())
            return r;
    throw Error(QStringLiteral("\"%1\" is not a role: owner, coder or reader").arg(name));
}

void exec(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw sql::serverFailure(db, q.lastError());
}

void applyTeamLayer(const QSqlDatabase& db, const QString& schema)
{
    const QString s = quoted(schema);
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS member (login TEXT PRIMARY KEY, role TEXT NOT NULL"
                            " CHECK (role IN ('owner', 'coder', 'reader')), coder TEXT NOT NULL DEFAULT '')"));
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS change_log (xid BIGINT NOT NULL DEFAULT txid_current(),"
                            " tbl TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())"));
    // pid: the writing connection, so a client can leave its own changes out of the count it polls.
    exec(db, QStringLiteral("ALTER TABLE change_log ADD COLUMN IF NOT EXISTS pid INT NOT NULL DEFAULT pg_backend_pid()"));
    // login: who wrote (session_user: the trigger runs as the project's owner), for blind mode's change_log policy.
    exec(db, QStringLiteral("ALTER TABLE change_log ADD COLUMN IF NOT EXISTS login TEXT NOT NULL DEFAULT session_user"));
    // The private channel of blind mode (see log_change): a name nobody guesses, readable by owners and readers only.
    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS team_channel (name TEXT NOT NULL)"));
    exec(db, QStringLiteral("INSERT INTO team_channel SELECT 'thema_' || md5(random()::text || clock_timestamp()::text)"
                            " WHERE NOT EXISTS (SELECT 1 FROM team_channel)"));
    // The lookups run as the project's owner (SECURITY DEFINER, so policies can read member, coder and setting), for
    // the login passed in: inside them current_user is the definer, so the my_…() wrappers pass the caller's
    // current_user. They are PL/pgSQL, which keeps its statements' plans for the session: an SQL function that cannot
    // be inlined (a definer's can't) parses and plans its body again in every statement whose policy calls it, which
    // was most of the server's work of a coding (bench_team). The wrappers are plain SQL, inlined into the policies.
    const QString definer = QStringLiteral(" LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = %1 AS $$ BEGIN RETURN (%2); END $$");
    struct Function { const char* signature; const char* returns; const char* body; };
    const Function lookups[] = {
        {"role_of(who TEXT)", "TEXT", "SELECT role FROM member WHERE login = who"},
        {"coder_name_of(who TEXT)", "TEXT", "SELECT CASE WHEN coder = '' THEN login ELSE coder END FROM member WHERE login = who"},
        {"coder_of(who TEXT)", "BIGINT",
         "SELECT c.id FROM coder c JOIN member m ON c.name = CASE WHEN m.coder = '' THEN m.login ELSE m.coder END WHERE m.login = who"},
        {"is_blind()", "BOOLEAN", "SELECT coalesce((SELECT value = '1' FROM setting WHERE key = 'team_blind'), false)"},
    };
    for (const Function& f : lookups)
        exec(db, QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS %2").arg(QLatin1String(f.signature), QLatin1String(f.returns))
                     + definer.arg(s, QLatin1String(f.body)));
    const Function wrappers[] = {
        {"my_role()", "TEXT", "role_of"},
        {"my_coder_name()", "TEXT", "coder_name_of"},
        {"my_coder()", "BIGINT", "coder_of"},
    };
    for (const Function& f : wrappers)
        exec(db, QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS %2 LANGUAGE sql STABLE AS $$ SELECT %3.%4(current_user::text) $$")
                     .arg(QLatin1String(f.signature), QLatin1String(f.returns), s, QLatin1String(f.body)));
    // fill_id gives a row inserted with a NULL id the next one (as SQLite does) and notes the row's id, explicit or
    // not, for sql::Query::lastInsertId (lastval() would miss an explicit id, as an undo puts a row back with).
    exec(db, QStringLiteral("CREATE OR REPLACE FUNCTION fill_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            " IF NEW.id IS NULL THEN NEW.id := nextval(pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA)"
                            " || '.' || quote_ident(TG_TABLE_NAME), 'id')); END IF;"
                            " PERFORM set_config('thema.last_id', NEW.id::text, true); RETURN NEW; END $$"));
    exec(db, QStringLiteral("CREATE OR REPLACE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                            " SET search_path = %1 AS $$ BEGIN INSERT INTO change_log(tbl) VALUES (TG_TABLE_NAME);"
                            // In blind mode a notification of a coding, a star or a memo on the project's channel would
                            // tell every listener (anyone may LISTEN) that someone coded: it goes to the private channel
                            // that only owners and readers can name; coders find their own visible changes by polling.
                            " IF TG_TABLE_NAME IN ('coding', 'theme_exemplar', 'memo') AND is_blind() THEN"
                            " PERFORM pg_notify((SELECT name FROM team_channel LIMIT 1), TG_TABLE_NAME);"
                            " ELSE PERFORM pg_notify(%2, TG_TABLE_NAME); END IF; RETURN NULL; END $$")
                 .arg(s, QLatin1Char('\'') + schema + QLatin1Char('\'')));

    const QStringList tables = column(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = ?"), schema);
    const QStringList serial = column(db, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = ?"
                                                         " AND column_name = 'id' AND column_default LIKE 'nextval%'"), schema);
    for (const QString& table : tables) {
        policies(db, table);
        const QString t = quoted(table);
        if (serial.contains(table))
            exec(db, QStringLiteral("CREATE OR REPLACE TRIGGER fill_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION fill_id()").arg(t));
        if (table != QLatin1String("change_log"))
            exec(db, QStringLiteral("CREATE OR REPLACE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON %1"
                                    " FOR EACH STATEMENT EXECUTE FUNCTION log_change()").arg(t));
    }
    QSqlQuery members(db);
    if (!members.exec(QStringLiteral("SELECT login, role FROM member")))
        throw sql::serverFailure(db, members.lastError());
    QList<std::pair<QString, Role>> all;
    while (members.next())
        all.append({members.value(0).toString(), parseRole(members.value(1).toString())});
    for (const auto& [login, role] : all)
        grantPrivileges(db, schema, login, role);
}

void grantPrivileges(const QSqlDatabase& db, const QString& schema, const QString& login, Role role)
{
    const QString s = quoted(schema);
    const QString u = quoted(login);
    const QString option = role == Role::Owner ? QStringLiteral(" WITH GRANT OPTION") : QString();
    exec(db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2%3").arg(s, u, option));
    exec(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2%3").arg(s, u, option));
    if (role == Role::Reader) {
        exec(db, QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %1 FROM %2").arg(s, u));
        exec(db, QStringLiteral("REVOKE USAGE ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(s, u));
    } else {
        exec(db, QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2%3").arg(s, u, option));
        exec(db, QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2%3").arg(s, u, option));
    }
}

void revokePrivileges(const QSqlDatabase& db, const QString& schema, const QString& login)
{
    const QString s = quoted(schema);
    const QString u = quoted(login);
    exec(db, QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2 CASCADE").arg(s, u));
    exec(db, QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2 CASCADE").arg(s, u));
    exec(db, QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2 CASCADE").arg(s, u));
}

}  // namespace thema::team
