// Which way a change goes when its words name no rise or fall (issues #12, #13; docs/MEASURES.md, "A change and
// its levels"): "20% faster" is a speed-up, "a 30% improvement" a rise unless what improved is a length of time,
// "a 5% loss" a fall, "20% better" a rise; a particle verb's "-ing" form ("turning up about 70%") names no
// change. Read the same in an article and in a statement. Fixtures written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "ingest/Article.h"
#include "ingest/Extractor.h"
#include "ingest/Statement.h"

using namespace cg;

namespace {

// Every figure's measure and value, in order.
std::vector<std::pair<std::string, double>> valuesOf(const std::string& markdown) {
  graph::DocumentBundle bundle = ingest::extract(ingest::readArticle(markdown, "directions.md"));
  std::vector<std::pair<std::string, double>> out;
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity && c.quantity->value)
      out.emplace_back(c.measure, *c.quantity->value);
  return out;
}

using Values = std::vector<std::pair<std::string, double>>;

}  // namespace

TEST_CASE("a percentage faster or slower is a speed-up or a slowdown", "[ingest][measure][direction]") {
  CHECK(valuesOf("# Quill\n\nQuill trains approximately 40% faster than Tessel.\n") == Values{{"speedup", 40}});
  CHECK(valuesOf("# Quill\n\nFlash kernels give a 15% speedup on long inputs.\n") == Values{{"speedup", 15}});
  CHECK(valuesOf("# Quill\n\nQuill runs 10% slower on CPUs.\n") == Values{{"slowdown", 10}});
  // Nearest to the figure: "faster", not another figure's reduction.
  CHECK(valuesOf("# Quill\n\nDistillation gives a 44.9% model size reduction and 40.2% faster inference.\n") ==
        Values{{"decrease", 44.9}, {"speedup", 40.2}});
  // A table cell reads as a sentence does.
  CHECK(valuesOf("# Quill\n\n| Method | Effect |\n|---|---|\n| Distillation | ~35% faster inference |\n") ==
        Values{{"speedup", 35}});
}

TEST_CASE("an improvement is a rise unless what improved is a length of time", "[ingest][measure][direction]") {
  CHECK(valuesOf("# Quill\n\nQuill shows a 25% throughput improvement.\n") == Values{{"increase", 25}});
  CHECK(valuesOf("# Quill\n\nQuill shows a 12.5% improvement in retrieval accuracy.\n") == Values{{"increase", 12.5}});
  CHECK(valuesOf("# Quill\n\nRetrieval accuracy can be improved by up to 8% with mined prompts.\n") ==
        Values{{"increase", 8}});
  // A length of time that improves falls.
  CHECK(valuesOf("# Quill\n\nQuill shows a 22% latency improvement.\n") == Values{{"decrease", 22}});
  CHECK(valuesOf("# Quill\n\nQuill gives a 30% improvement in response times.\n") == Values{{"decrease", 30}});
  // A part of an improvement is none ("of" after the figure).
  CHECK(valuesOf("# Quill\n\nThe distilled model captured 80% of the performance improvement.\n") ==
        Values{{"percentage", 80}});
}

TEST_CASE("a loss, better and worse name which way a percentage went within its phrase",
          "[ingest][measure][direction]") {
  CHECK(valuesOf("# Quill\n\nQuantizing Quill costs a 2% accuracy loss.\n") == Values{{"decrease", 2}});
  CHECK(valuesOf("# Quill\n\nQuill shows 29% better adherence to safety policies.\n") == Values{{"increase", 29}});
  // A note in another cell of the row is not the figure's phrase.
  CHECK(valuesOf("# Quill\n\n| Failure | Frequency | Impact |\n|---|---|---|\n| Weak Dialogue | High (~60%) | Major "
                 "quality loss |\n") == Values{{"percentage", 60}});
}

TEST_CASE("a statement reads speed-ups, improvements and a particle verb's -ing form as an article does",
          "[ingest][measure][direction]") {
  CHECK(ingest::readStatement("Quill is 40% faster than Tessel.").measure == "speedup");
  CHECK(ingest::readStatement("Training with DPO is roughly 40 percent quicker than RLHF with PPO.").measure ==
        "speedup");
  CHECK(ingest::readStatement("Quill improved retrieval accuracy by 8%.").measure == "increase");
  CHECK(ingest::readStatement("Quill cut latency by 22%.").measure == "decrease");
  // "turning up" is a verb and its particle, no rise ("turn up": data/particle_verbs.txt).
  CHECK(
      ingest::readStatement("Weak dialogue is a common failure of Quill, turning up about 60% of the time.").measure ==
      "percentage");
}
