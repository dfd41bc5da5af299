#include "bench/SqlitePeer.h"

#include <sqlite3.h>

#include <string>
#include <vector>

#include "graph/Error.h"

namespace cg::bench {
namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  throw Error("sqlite: " + what + ": " + (db ? sqlite3_errmsg(db) : "cannot open"));
}

void exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw Error(std::string("sqlite: ") + message + " in: " + sql);
  }
}

// A prepared statement that finalizes itself.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) fail(db, sql);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& bind(int i, long long v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  void run() {
    if (sqlite3_step(stmt_) != SQLITE_DONE) fail(db_, "insert");
    sqlite3_reset(stmt_);
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

std::size_t readText(sqlite3_stmt* s, int column) {
  const unsigned char* t = sqlite3_column_text(s, column);
  return t ? static_cast<std::size_t>(sqlite3_column_bytes(s, column)) : 0;
}

}  // namespace

void SqlitePeer::build(const graph::ClaimGraph& g, const std::filesystem::path& path) {
  std::filesystem::remove(path);
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) fail(db, path.string());
  try {
    exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
    exec(db, R"sql(
      CREATE TABLE documents(id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT);
      CREATE TABLE entities(id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, type TEXT);
      CREATE TABLE sources(id INTEGER PRIMARY KEY, publisher TEXT, title TEXT, date TEXT, url TEXT);
      CREATE TABLE claims(id INTEGER PRIMARY KEY, document INTEGER NOT NULL, ordinal INTEGER, text TEXT NOT NULL,
                          kind TEXT, subject INTEGER, value REAL, low REAL, high REAL, unit TEXT, quote TEXT,
                          measure TEXT);
      CREATE TABLE claim_sources(claim INTEGER, source INTEGER, PRIMARY KEY(claim, source)) WITHOUT ROWID;
      CREATE TABLE claim_claimants(claim INTEGER, entity INTEGER, PRIMARY KEY(claim, entity)) WITHOUT ROWID;
      BEGIN;
    )sql");
    {
      Statement doc(db, "INSERT INTO documents VALUES(?,?,?)");
      for (graph::DocumentId d : g.documents().ids())
        doc.bind(1, static_cast<long long>(d.value()))
            .bind(2, g.str(g.documents()[d].slug))
            .bind(3, g.str(g.documents()[d].title))
            .run();
      Statement ent(db, "INSERT INTO entities VALUES(?,?,?,?)");
      for (graph::EntityId e : g.entities().ids()) {
        const auto& x = g.entities()[e];
        ent.bind(1, static_cast<long long>(e.value()))
            .bind(2, g.str(x.key))
            .bind(3, g.str(x.name))
            .bind(4, std::string_view(toString(x.type)))
            .run();
      }
      Statement src(db, "INSERT INTO sources VALUES(?,?,?,?,?)");
      for (graph::SourceId s : g.sources().ids()) {
        const auto& x = g.sources()[s];
        src.bind(1, static_cast<long long>(s.value()))
            .bind(2, g.str(x.publisher))
            .bind(3, g.str(x.title))
            .bind(4, g.str(x.date))
            .bind(5, g.str(x.url))
            .run();
      }
      Statement claim(db, "INSERT INTO claims VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
      Statement cs(db, "INSERT OR IGNORE INTO claim_sources VALUES(?,?)");
      Statement cc(db, "INSERT OR IGNORE INTO claim_claimants VALUES(?,?)");
      for (graph::ClaimId c : g.claims().ids()) {
        const auto& x = g.claims()[c];
        claim.bind(1, static_cast<long long>(c.value()))
            .bind(2, static_cast<long long>(x.document.value()))
            .bind(3, static_cast<long long>(x.ordinal))
            .bind(4, g.str(x.text))
            .bind(5, std::string_view(toString(x.kind)));
        if (!x.subject.isValid())
          claim.null(6);
        else
          claim.bind(6, static_cast<long long>(x.subject.value()));
        if (x.hasValue)
          claim.bind(7, x.value);
        else
          claim.null(7);
        if (x.hasRange)
          claim.bind(8, g.extra(c).low).bind(9, g.extra(c).high);
        else
          claim.null(8).null(9);
        claim.bind(10, g.str(x.unit)).bind(11, g.str(x.quote)).bind(12, g.str(x.measure)).run();
        for (graph::SourceId s : g.claimSources(c))
          cs.bind(1, static_cast<long long>(c.value())).bind(2, static_cast<long long>(s.value())).run();
        for (graph::EntityId e : g.claimClaimants(c))
          cc.bind(1, static_cast<long long>(c.value())).bind(2, static_cast<long long>(e.value())).run();
      }
    }
    exec(db, R"sql(
      COMMIT;
      CREATE INDEX entities_name ON entities(name);
      CREATE INDEX claims_subject ON claims(subject);
      CREATE INDEX claims_value ON claims(value);
      CREATE INDEX claims_low ON claims(low);
      CREATE INDEX source_claims ON claim_sources(source, claim);
      CREATE INDEX entity_claims ON claim_claimants(entity, claim);
      CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
      INSERT INTO claims_fts(claims_fts) VALUES('rebuild');
      INSERT INTO claims_fts(claims_fts) VALUES('optimize');
      ANALYZE;
    )sql");
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
}

SqlitePeer::SqlitePeer(const std::filesystem::path& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) fail(db_, path.string());
  exec(db_, "PRAGMA mmap_size=4294967296; PRAGMA cache_size=-1048576;");
  // A word: the best `limit` matches by bm25 (the engine ranks too).
  word_ = prepare("SELECT rowid, text FROM claims_fts WHERE claims_fts MATCH ?1 ORDER BY rank LIMIT ?2");
  wordUnranked_ = prepare("SELECT rowid, text FROM claims_fts WHERE claims_fts MATCH ?1 LIMIT ?2");
  // A figure: a point within 0.5%, or a range that holds it. Ranges in these articles are narrow
  // (high < 1.3 low), which lets the range half use the index on low.
  figure_ = prepare(
      "SELECT id, text FROM claims WHERE value BETWEEN ?1 * 0.995 AND ?1 * 1.005 "
      "UNION ALL SELECT id, text FROM claims WHERE low BETWEEN ?1 / 1.3 AND ?1 AND high >= ?1 LIMIT ?2");
  entity_ = prepare(
      "WITH e AS (SELECT id FROM entities WHERE name = ?1) "
      "SELECT id, text FROM claims WHERE subject IN e "
      "UNION SELECT c.id, c.text FROM claim_claimants cc JOIN claims c ON c.id = cc.claim WHERE cc.entity IN e "
      "LIMIT ?2");
  sources_ = prepare(
      "WITH e AS (SELECT id FROM entities WHERE name = ?1), "
      "cl AS (SELECT id FROM claims WHERE subject IN e UNION SELECT claim FROM claim_claimants WHERE entity IN e) "
      "SELECT DISTINCT s.id, s.publisher, s.url FROM cl JOIN claim_sources cs ON cs.claim = cl.id "
      "JOIN sources s ON s.id = cs.source");
  claimants_ = prepare(
      "SELECT e.id, e.name, e.type FROM claim_claimants cc JOIN entities e ON e.id = cc.entity WHERE cc.claim = ?1");
  claimSources_ = prepare(
      "SELECT s.id, s.publisher, s.title, s.date, s.url FROM claim_sources cs JOIN sources s ON s.id = cs.source "
      "WHERE cs.claim = ?1");
}

SqlitePeer::~SqlitePeer() {
  for (sqlite3_stmt* s : {word_, wordUnranked_, figure_, entity_, sources_, claimants_, claimSources_})
    sqlite3_finalize(s);
  sqlite3_close(db_);
}

sqlite3_stmt* SqlitePeer::prepare(const char* sql) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) fail(db_, sql);
  return s;
}

// A who-claimed answer names each claim's claimants and sources, as the engine's does.
void SqlitePeer::details(long long claim, Answer& a) {
  for (sqlite3_stmt* s : {claimants_, claimSources_}) {
    sqlite3_bind_int64(s, 1, claim);
    while (sqlite3_step(s) == SQLITE_ROW) a.bytes += readText(s, 1) + readText(s, 2);
    sqlite3_reset(s);
  }
}

namespace {
template <class F>
Answer collect(sqlite3_stmt* s, F&& perRow) {
  Answer a;
  std::vector<long long> ids;
  while (sqlite3_step(s) == SQLITE_ROW) {
    ids.push_back(sqlite3_column_int64(s, 0));
    a.bytes += readText(s, 1);
    ++a.rows;
  }
  sqlite3_reset(s);
  for (long long id : ids) perRow(id, a);
  return a;
}
}  // namespace

Answer SqlitePeer::whoClaimedWord(std::string_view word, int limit, bool ranked) {
  std::string phrase = "\"";
  for (char c : word) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
  phrase += "\"";
  sqlite3_stmt* s = ranked ? word_ : wordUnranked_;
  sqlite3_bind_text(s, 1, phrase.data(), static_cast<int>(phrase.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int(s, 2, limit);
  return collect(s, [&](long long id, Answer& a) { details(id, a); });
}

Answer SqlitePeer::whoClaimedFigure(double value, int limit) {
  sqlite3_bind_double(figure_, 1, value);
  sqlite3_bind_int(figure_, 2, limit);
  return collect(figure_, [&](long long id, Answer& a) { details(id, a); });
}

Answer SqlitePeer::whoClaimedEntity(std::string_view name, int limit) {
  sqlite3_bind_text(entity_, 1, name.data(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int(entity_, 2, limit);
  return collect(entity_, [&](long long id, Answer& a) { details(id, a); });
}

Answer SqlitePeer::sourcesOfEntity(std::string_view name) {
  sqlite3_bind_text(sources_, 1, name.data(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
  Answer a;
  while (sqlite3_step(sources_) == SQLITE_ROW) {
    a.bytes += readText(sources_, 1) + readText(sources_, 2);
    ++a.rows;
  }
  sqlite3_reset(sources_);
  return a;
}

}  // namespace cg::bench
