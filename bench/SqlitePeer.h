#pragma once
// The peer in the benchmarks: the same graph in SQLite, laid out the way a careful
// SQL designer would (tables claims / entities / sources / claim_sources /
// claim_claimants, covering indexes on the link tables, an index on figure values, and
// an FTS5 index on claim text), answering the same questions with prepared statements.
//
// Ids are the graph's own, so both engines answer over identical data.

#include <filesystem>
#include <string>
#include <string_view>

#include "graph/ClaimGraph.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cg::bench {

// What an answer held: rows, and the bytes of text read (so the work is not optimised away).
struct Answer {
  std::size_t rows = 0;
  std::size_t bytes = 0;
};

class SqlitePeer {
 public:
  // Writes a fresh database holding `g`. Throws cg::Error on any SQLite error.
  static void build(const graph::ClaimGraph& g, const std::filesystem::path& path);

  // Opens an existing database read-only, with a page cache big enough to hold it.
  explicit SqlitePeer(const std::filesystem::path& path);
  ~SqlitePeer();
  SqlitePeer(const SqlitePeer&) = delete;
  SqlitePeer& operator=(const SqlitePeer&) = delete;

  // who-claimed a word: FTS5 MATCH, best `limit` by bm25 (or any `limit` when not
  // `ranked`), each with its claimants and sources.
  Answer whoClaimedWord(std::string_view word, int limit = 20, bool ranked = true);
  // who-claimed a figure: claims whose value is within 0.5% of `value`, or whose range holds it.
  Answer whoClaimedFigure(double value, int limit = 20);
  // who-claimed an entity: claims about it or claimed by it.
  Answer whoClaimedEntity(std::string_view name, int limit = 20);
  // The distinct sources behind the claims about or by an entity.
  Answer sourcesOfEntity(std::string_view name);

 private:
  sqlite3_stmt* prepare(const char* sql);
  void details(long long claim, Answer& a);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* word_ = nullptr;
  sqlite3_stmt* wordUnranked_ = nullptr;
  sqlite3_stmt* figure_ = nullptr;
  sqlite3_stmt* entity_ = nullptr;
  sqlite3_stmt* sources_ = nullptr;
  sqlite3_stmt* claimants_ = nullptr;
  sqlite3_stmt* claimSources_ = nullptr;
};

}  // namespace cg::bench
