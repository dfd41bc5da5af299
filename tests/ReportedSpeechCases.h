#pragma once
// The cases of the reported-speech tests (ReportedSpeechTest.cpp, ReportingVerbsTest.cpp): a page of
// our own about a harbour engineer, "Tom Lane", whose "Views" section is the case's text, and the
// claimants the claim it looks at gets, as one string.

#include <catch2/catch.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>

#include "ClaimantsOfVerb.h"
#include "graph/Records.h"
#include "ingest/Extractor.h"
#include "ingest/WikitextReader.h"

namespace cg::test {

// A wikitext page titled `title` (its file named after it), extracted.
inline graph::DocumentBundle wikiPage(const std::string& title, const std::string& page) {
  std::string file = title;
  for (char& c : file)
    if (c == ' ') c = '_';
  return ingest::extract(ingest::readWikitext(page, file + ".wiki", {title, "", "", ""}));
}

// Tom Lane's page with `body` as its "Views" section.
inline graph::DocumentBundle wiki(const std::string& body) {
  return wikiPage("Tom Lane", "'''Tom Lane''' (born 1950) is a harbour engineer.\n\n== Views ==\n" + body + "\n");
}

inline std::string names(const graph::DocumentBundle& bundle, const graph::ClaimRecord& c) {
  std::string joined;
  for (int e : c.claimants) joined += (joined.empty() ? "" : ",") + bundle.entities[static_cast<std::size_t>(e)].name;
  return joined.empty() ? "nobody" : joined;
}

// The claimants of the quote claim whose words contain `words`; "none" when there is no such claim.
inline std::string quoteClaimants(const graph::DocumentBundle& bundle, const std::string& words) {
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kQuote && c.quote.find(words) != std::string::npos) return names(bundle, c);
  return "none";
}

// The claimants of the figure claim of value `value`; "none" when there is no such claim.
inline std::string figureClaimants(const graph::DocumentBundle& bundle, double value) {
  for (const graph::ClaimRecord& c : bundle.claims)
    if (c.kind == graph::ClaimKind::kFigure && c.quantity && c.quantity->value == value) return names(bundle, c);
  return "none";
}

// One case: the text of the "Views" section, and the claim to look at: the first with verb `verb`
// (claimantsOfVerb: "" for no claimant, "none" for no claim), else the quote holding `quote`, else
// the figure of value `figure`; with the claimants it must get ("nobody" for a quote or figure
// claim with none).
struct Case {
  const char* paragraph;
  const char* verb;
  const char* quote;
  double figure;
  const char* claimants;
};

inline void checkAll(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    INFO(c.paragraph);
    const graph::DocumentBundle bundle = wiki(c.paragraph);
    const std::string got = *c.verb    ? claimantsOfVerb(bundle, c.verb)
                            : *c.quote ? quoteClaimants(bundle, c.quote)
                                       : figureClaimants(bundle, c.figure);
    CHECK(got == c.claimants);
  }
}

}  // namespace cg::test
