#pragma once
// A seeded, deterministic generator of AI Wiki articles in the export form of corpus/
// (# Title, "> Source:" header, ## sections, paragraphs with [Name](/wiki/slug) links and
// [1][3] markers, a | table |, a ## References list `N. Publisher, "Title," Date. URL`),
// for benchmarks at any size.
//
// Every article comes out twice: as Markdown (what ingest reads) and as the
// graph::DocumentBundle that a perfect extractor would make of it (what the graph and
// query benchmarks load directly, and what the ground truth is written from). The two
// are made from the same sentence pieces, so a claim's text is exactly the plain text
// of its sentence, and a figure's value is exactly what its digits say.
//
//   CorpusGenerator gen({.seed = 42, .expectedArticles = 5000});
//   while (bytes < target) { GeneratedArticle a = gen.next(); write(a.markdown); }
//
// Determinism: the only randomness is a SplitMix64 stream seeded from `seed`; no
// std::*_distribution (their output differs between standard libraries), no hashing
// of pointers, no clocks. The same seed gives byte-identical articles on any machine.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/Records.h"

namespace cg::bench {

struct GeneratorOptions {
  std::uint64_t seed = 42;
  // Sizes the pools of people and companies (about 1.5 companies and 3 people per
  // article), so that entities recur across articles at every corpus size.
  std::size_t expectedArticles = 1000;
  // Render Markdown as well as the bundle; off when only the graph is wanted.
  bool markdown = true;
};

// One figure as the ground truth records it.
struct TruthFigure {
  std::uint32_t line = 0;
  std::string text;  // surface text, hedge included: "about 589 billion dollars"
  graph::Quantity quantity;
  std::string subject;   // entity key
  std::string measure;   // "market value lost"
  std::string claimant;  // entity key of who said it, or empty
};

// A contested pair: the same measure of the same subject given different values by two
// outlets, in one article or (about one in five) across two articles.
struct TruthContested {
  std::string subject, measure, unit;
  struct Value {
    std::string document;  // slug
    std::uint32_t line = 0;
    double value = 0;
    std::string publisher;
    int ref = 0;
    std::string text;
  };
  std::vector<Value> values;
};

struct GeneratedArticle {
  std::string slug;
  std::string markdown;  // empty unless GeneratorOptions::markdown
  graph::DocumentBundle bundle;
  std::vector<TruthFigure> figures;
  std::vector<TruthContested> contested;  // pairs completed in this article
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const GeneratorOptions& options);
  ~CorpusGenerator();
  CorpusGenerator(CorpusGenerator&&) noexcept;
  CorpusGenerator& operator=(CorpusGenerator&&) noexcept;

  // The next article; article n of a seed is always the same.
  [[nodiscard]] GeneratedArticle next();

  struct State;  // pools, Zipf tables, pending contested halves; opaque, defined in the .cpp

 private:
  std::unique_ptr<State> state_;
};

// "10MB", "1GB", "512KB", "1000" (bytes) -> bytes; nullopt when malformed.
[[nodiscard]] std::optional<std::uint64_t> parseSize(std::string_view text);

}  // namespace cg::bench
