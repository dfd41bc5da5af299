// Whose a figure is where a period, a progressive verb or a company's description stands near it:
// a fiscal or calendar period ("Q1 FY2025", "FY2024") is the time of its sentence's figures, never
// their owner; a figure that is its clause's subject before a progressive ("3 million users were
// using the Quillon") is about the participle's object; an absolute phrase on "the company" ("with the
// company being valued at") is about the company the text is about, not the funders before it.
// Fixtures written for these tests (no article text of ../shared).
#include <catch2/catch.hpp>

#include <string>

#include "FigureSubjects.h"
#include "graph/ClaimGraph.h"
#include "ingest/Subjects.h"

using namespace cg;
using test::figureSubject;

namespace {

graph::ClaimGraph article(const std::string& title, const std::string& category, const std::string& body) {
  return test::referencedArticle(title, body, category, "periods.md");
}

}  // namespace

TEST_CASE("A fiscal or calendar period is no name and owns no figure", "[subjects][periods]") {
  CHECK(ingest::isFiscalPeriod("FY2025"));
  CHECK(ingest::isFiscalPeriod("Q1 FY2026"));
  CHECK(ingest::isFiscalPeriod("FY25"));
  CHECK(ingest::isFiscalPeriod("Q3 2024"));
  CHECK(ingest::isFiscalPeriod("H1 2025"));
  CHECK(ingest::isFiscalPeriod("YoY"));
  CHECK_FALSE(ingest::isFiscalPeriod("Q5 2024"));
  CHECK_FALSE(ingest::isFiscalPeriod("2024"));
  CHECK_FALSE(ingest::isFiscalPeriod("FYI"));
  CHECK_FALSE(ingest::isFiscalPeriod("Q1 Labs"));
  CHECK_FALSE(ingest::isFiscalPeriod("H100"));

  const auto g = article("Velmark Cloud", "Companies",
                         "Velmark Cloud is a company that rents out computing.\n\n"
                         "## Financials\n\n"
                         "Velmark Cloud grew quickly in its second year.[1] Q1 FY2025 revenue hit $26.0 billion, with "
                         "annual FY2024 revenue of $60.9 billion (+126% YoY) and net income of $29.76 billion.[1]\n\n"
                         "- Q3 FY2025: Revenue of US$4.35 billion[1]\n");
  CHECK(figureSubject(g, 26.0e9, "USD") == "Velmark Cloud");
  CHECK(figureSubject(g, 60.9e9, "USD") == "Velmark Cloud");
  CHECK(figureSubject(g, 29.76e9, "USD") == "Velmark Cloud");
  CHECK(figureSubject(g, 4.35e9, "USD") == "Velmark Cloud");
}

TEST_CASE("A figure that is the subject of a progressive verb is about the participle's object",
          "[subjects][clauses]") {
  const std::string text = "At that time, more than 3 million users were using the Quillon, creating images.";
  const std::size_t at = text.find("more");
  const std::size_t end = text.find(" were");
  const auto clause = ingest::clauseSubject(text, 0, at, end);
  REQUIRE(clause);
  CHECK(clause->kind == ingest::ClauseSubject::Kind::kObject);
  CHECK(text.substr(clause->begin, clause->end - clause->begin) == " the Quillon");
  // "be" with no participle after it is a copula, which takes no object.
  const std::string copula = "More than 3 million users were happy with the Quillon.";
  const auto none = ingest::clauseSubject(copula, 0, 0, copula.find(" were"));
  CHECK_FALSE((none && none->kind == ingest::ClauseSubject::Kind::kObject));

  const auto g = article("Quillon", "Models",
                         "Quillon is a model that draws pictures from text.\n\n"
                         "## History\n\n"
                         "The Torvane model came before it, with 1.5 billion parameters.[1]\n\n"
                         "Finally, the model was made available as an API. At that time, more than 3 million users "
                         "were using the Quillon, creating more than 4 million images per day.[1]\n");
  CHECK(figureSubject(g, 3e6, "count") == "Quillon");
}

TEST_CASE("An absolute phrase on 'the company' is about the company the text is about", "[subjects][clauses]") {
  const auto g = article("Dravik AI", "Companies",
                         "Dravik AI is a company that builds image models.\n\n"
                         "## Funding\n\n"
                         "- October 2022: Announcement of a $101 million funding round led by Harlow Capital and "
                         "Penrose Ventures, with the company being valued around $1 billion.[1]\n");
  CHECK(figureSubject(g, 1e9, "USD") == "Dravik AI");
  // The round's own figure keeps the clause's reading.
  CHECK(figureSubject(g, 101e6, "USD") == "Dravik AI");
}
