#pragma once
// The plain records that ingest hands to the graph, one bundle per article. They are
// value types with indices local to their bundle; ClaimGraph::add() merges them into
// the graph (entities by key and name, sources by URL) and assigns global ids.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cg::graph {

enum class EntityType : std::uint8_t {
  kPerson,
  kOrganization,
  kProduct,
  kIndex,
  kEvent,
  kPlace,
  kConcept,
  kPublication,
  kOther
};
enum class ClaimKind : std::uint8_t { kFigure, kQuote, kStatement, kRelation };

// Where a claim's as_of date came from, most direct first (../shared/CONTRACT.md).
enum class AsOfFrom : std::uint8_t {
  kNone,      // no date anywhere
  kText,      // the claim's own words: "in October 2024"
  kSection,   // its table's header or its section's heading
  kSource,    // the earliest date of the sources it cites, kept to the year
  kDocument,  // the document's own date, kept to the year
};

// How the text qualifies a figure's exactness.
enum class Bound : std::uint8_t {
  kExact,    // "589 billion dollars"
  kAtLeast,  // "more than", "over", "at least"
  kAtMost,   // "less than", "under", "up to"
};

// A normalised amount. A point has `value`; a range ("589 billion to 593 billion") has
// low and high, and value = their midpoint. Units: ISO 4217 codes for money, "percent",
// "count", "GPU-hours", time units ("days", ...), rates as "USD/GPU-hour".
struct Quantity {
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  std::string unit;
  bool approximate = false;
  Bound bound = Bound::kExact;
  std::string text;  // the surface text, hedge words included
};

inline constexpr int kNone = -1;  // "no index" in the records below

struct DocumentRecord {
  std::string slug;  // identity of the document: "deepseek_market_crash"
  std::string title;
  std::string path;
  std::string sourceUrl;  // "> Source:" or front matter
  std::string updated;    // ISO date or empty
  std::string format;     // "export" or "content"
  std::vector<std::string> categories;
};

struct SectionRecord {
  std::string title;
  int level = 2;
  int parent = kNone;  // index of the enclosing section in the bundle
  std::uint32_t line = 0;
};

struct EntityRecord {
  std::string key;   // wiki slug, or slugified name when unlinked
  std::string name;  // display form
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;
  std::uint32_t mentions = 0;
  bool linked = false;  // named by a wiki link (its key is authoritative)
};

struct SourceRecord {
  int ref = 0;  // the article's own reference number (the first, when it lists the work twice)
  std::string publisher, title, date, url, accessed;
  std::uint32_t line = 0;
  int publisherEntity = kNone;  // index into the bundle's entities
  std::string work;             // the newspaper, website or journal beside the publisher, or empty
  std::vector<int> refs;        // every number under which the article lists this work; empty means {ref}
};

struct ClaimRecord {
  ClaimKind kind = ClaimKind::kStatement;
  int section = kNone;
  std::uint32_t line = 0;
  std::string text;            // the sentence or table row
  int subject = kNone;         // entity index
  std::vector<int> claimants;  // entity indices
  std::vector<int> sources;    // source indices in the bundle
  std::optional<Quantity> quantity;
  std::string quote;
  std::string measure;  // "market value lost", "share price fall", ...
  std::string scope;    // what a score is measured on: "MMLU", "SWE-bench Verified"; empty when none
  std::string asOf;     // the date the claim speaks for: "2025-01-27", "2022", ...
  AsOfFrom asOfFrom = AsOfFrom::kNone;
  std::string verb;      // attribution verb: "reported", "estimated", ...
  std::string relation;  // for relations: "founded", "co-founded", ...
  int object = kNone;    // for relations: the other entity
};

// Everything one article contributes.
struct DocumentBundle {
  DocumentRecord document;
  std::vector<SectionRecord> sections;
  std::vector<EntityRecord> entities;
  std::vector<SourceRecord> sources;
  std::vector<ClaimRecord> claims;
};

[[nodiscard]] const char* toString(EntityType type);
[[nodiscard]] const char* toString(ClaimKind kind);
[[nodiscard]] const char* toString(Bound bound);
// "text", "section", "source", "document"; nullptr for kNone.
[[nodiscard]] const char* toString(AsOfFrom from);
[[nodiscard]] std::optional<EntityType> entityTypeFromString(std::string_view s);

}  // namespace cg::graph
