// Names as people write them and measures as they word them (issues #12/#13): a custom GPT titled with
// pictographs ("NOVA-LENS 🌟 10X Sketch Maker 🌟") or with a gloss in another script ("Lunar Oracle Reader
// (月相占卜, 精准解读)") is found by the name a sentence writes; its infobox's chats are its conversations;
// figures that the class entity "GPT" holds from one GPT's page speak for no other GPT; and "roughly
// 300" stands for the values that round to it, not 350. Over tests/fixtures/check-written-names/,
// articles of our own.
#include <catch2/catch.hpp>

#include <string>

#include "FixtureEngine.h"
#include "ingest/WrittenNames.h"
#include "query/Query.h"

namespace {

using cg::query::Verdict;

const cg::test::FixtureChecks checked("check-written-names");

// The graph's entity of `key`: its name and aliases.
const cg::graph::Entity& entityKeyed(const std::string& key) {
  const auto& g = checked.graph();
  const auto e = g.findEntity(key);
  REQUIRE(e);
  return g.entities()[*e];
}

}  // namespace

TEST_CASE("a name is written without its pictographs and without a gloss in another script",
          "[query][check][written-names]") {
  using cg::ingest::nameAsWritten;
  CHECK(nameAsWritten("MANY-E 🌟 10X Image Generation 🌟") == "MANY-E 10X Image Generation");
  CHECK(nameAsWritten("📗All-around Teacher") == "All-around Teacher");
  CHECK(nameAsWritten("Code Wizard🧙\u200d♂️Create") == "Code Wizard Create");
  CHECK(nameAsWritten("Recombinant AI™") == "Recombinant AI");
  CHECK(nameAsWritten("GPT Finder 👉🏼 38.000+ GPT Search") == "GPT Finder 38.000+ GPT Search");
  CHECK(nameAsWritten("Chinese BaZi Fortune Teller (参天八字算命, 精准排盘解读)") == "Chinese BaZi Fortune Teller");
  CHECK(nameAsWritten("超级PPT生成（Super PPT）") == "超级PPT生成");
  CHECK(nameAsWritten("AI读书笔记（AI for Book Notes ）") == "AI读书笔记");
  // A bracket in the name's own kind of script qualifies it; other symbols than pictographs stay.
  CHECK(nameAsWritten("Paper Interpreter (Japanese)") == "Paper Interpreter (Japanese)");
  CHECK(nameAsWritten("MJ Prompt Generator (V6)") == "MJ Prompt Generator (V6)");
  CHECK(nameAsWritten("Pass^k") == "Pass^k");
  const auto glossed = cg::ingest::glossedName("超级写作大师（Super Writing Master）");
  REQUIRE(glossed);
  CHECK(glossed->name == "超级写作大师");
  CHECK(glossed->gloss == "Super Writing Master");
}

TEST_CASE("a custom GPT titled with pictographs or a gloss goes by its written name, the title's form an alias",
          "[query][check][written-names]") {
  const auto& g = checked.graph();
  const auto& nova = entityKeyed("nova-lens_10x_sketch_maker_gpt");
  CHECK(g.str(nova.name) == "NOVA-LENS 10X Sketch Maker");
  const auto& lunar = entityKeyed("lunar_oracle_reader_月相占卜_精准解读_gpt");
  CHECK(g.str(lunar.name) == "Lunar Oracle Reader");
  REQUIRE(lunar.aliases.size() == 1);
  CHECK(g.str(lunar.aliases.front()) == "Lunar Oracle Reader (月相占卜, 精准解读)");

  auto r = checked("NOVA-LENS 10X Sketch Maker, Quillworks's custom GPT, has logged 7,000 chats.");
  CHECK(checked.subjectOf(r) == "nova-lens_10x_sketch_maker_gpt");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("moonreads.example's Lunar Oracle Reader GPT has been used in 6,000 chats.");
  CHECK(checked.subjectOf(r) == "lunar_oracle_reader_月相占卜_精准解读_gpt");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("The Lunar Oracle Reader GPT has been used in 20,000 chats.");
  CHECK(checked.subjectOf(r) == "lunar_oracle_reader_月相占卜_精准解读_gpt");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("a chat product's conversations are its chats", "[query][check][written-names]") {
  auto r = checked("The NOVA-LENS 10X Sketch Maker GPT counts some 7,000 conversations.");
  CHECK(r.reading.measure == "number of conversations");
  CHECK(r.verdict == Verdict::kSupported);
  r = checked("The NOVA-LENS 10X Sketch Maker GPT counts some 12,000 conversations.");
  CHECK(r.verdict == Verdict::kRefuted);
}

TEST_CASE("figures the class entity holds from a page of that class speak for no other thing of the class",
          "[query][check][written-names]") {
  // "Any GPT of this kind makes 24 images at a time" on Sticker Sizer's page is filed under e:gpt.
  // The name before the appositive is the subject (h-scope32), one the graph does not know.
  auto r = checked("Palette Pal, the companion GPT that the page promotes, makes four images at a time.");
  CHECK(checked.subjectOf(r).empty());
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
  r = checked("Palette Pal, the companion GPT that the page promotes, makes 24 images at a time.");
  CHECK(r.verdict == Verdict::kNotEnoughEvidence);
}

TEST_CASE("a rounded figure stands for the values that round to it, halves rounding up",
          "[query][check][written-names]") {
  // Quarry's weights take up 350 GB.
  CHECK(checked("Quarry's weights take up roughly 300 gigabytes on disk.").verdict == Verdict::kRefuted);
  CHECK(checked("Quarry's weights take up roughly 400 gigabytes on disk.").verdict == Verdict::kSupported);
  CHECK(checked("Quarry's weights take up about 350 gigabytes on disk.").verdict == Verdict::kSupported);
}
