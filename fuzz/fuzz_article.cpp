// Fuzzes the whole read of one article file: bytes -> decodeText -> readArticle ->
// extract -> a frozen graph -> snapshot round trip. decodeText may refuse the bytes with
// cg::Error (empty, binary, not UTF-8); nothing after it may throw or crash, and the
// article's spans must stay inside its text.

#include <string>
#include <vector>

#include "FuzzSupport.h"
#include "graph/Error.h"
#include "graph/Fold.h"
#include "graph/Snapshot.h"
#include "ingest/Article.h"
#include "ingest/Ingest.h"
#include "ingest/Text.h"
#include "reason/Reason.h"

using cg::fuzz::require;

namespace {

void checkArticle(const cg::ingest::Article& a) {
  for (const auto& b : a.blocks) {
    require(b.byteBegin <= b.byteEnd, "block span reversed");
    require(b.section < static_cast<int>(a.sections.size()), "block section out of range");
    for (const auto& l : b.links) require(l.begin <= l.end && l.end <= b.text.size(), "link span outside block text");
    for (const auto& m : b.markers) require(m.pos <= b.text.size(), "marker outside block text");
    for (const auto& s : b.sentences)
      require(s.begin <= s.end && s.end <= b.text.size(), "sentence outside block text");
    require(b.cells.size() == b.cellBegins.size(), "cells and cell offsets differ");
    for (std::size_t c = 0; c < b.cells.size(); ++c)
      require(b.cellBegins[c] + b.cells[c].size() <= b.text.size(), "cell outside row text");
  }
  for (std::size_t s = 0; s < a.sections.size(); ++s)
    require(a.sections[s].parent < static_cast<int>(s), "section parent not before it");
  for (std::size_t r = 1; r < a.references.size(); ++r)
    require(a.references[r - 1].number < a.references[r].number, "references not sorted and unique");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<cg::ingest::Diagnostic> diagnostics;
  std::string text;
  try {
    text = cg::ingest::decodeText(cg::fuzz::bytes(data, size), "fuzz.md", diagnostics);
  } catch (const cg::Error&) {
    return 0;  // refused with a message: fine
  }
  require(!cg::graph::findInvalidUtf8(text), "decodeText returned invalid UTF-8");
  require(text.find('\r') == std::string::npos, "decodeText left a CR");
  require(text.find('\0') == std::string::npos, "decodeText left a NUL");

  cg::ingest::Article article = cg::ingest::readArticle(text, "fuzz.md");
  checkArticle(article);

  cg::graph::ClaimGraph g = cg::reason::buildGraphFromText(text, "fuzz.md");
  std::string snapshot = cg::graph::encodeSnapshot(g);
  cg::graph::ClaimGraph loaded = cg::graph::decodeSnapshot(snapshot, "fuzz.cg");
  require(cg::graph::encodeSnapshot(loaded) == snapshot, "snapshot does not round-trip");
  return 0;
}
