#pragma once
// The pages for people, rendered on the server from the graph: every text that comes from an
// article is HTML-escaped here, and every page is a GET whose address holds its question, so a
// page can be shared and back/forward work as for any site. The page's script only adds keys.
//
//   /                      a search box
//   /search?q=TEXT         who-claimed as claim cards
//   /claim?id=ID           one claim: card, provenance, the claims its sources also back
//   /entity?name=NAME      claims about it and by it, relations, contested sets, diagram
//   /contested[?entity=]   contested sets with their values, support and reason
//   /check?statement=TEXT  each sentence's verdict, in words, with its evidence
//   /static/NAME           the embedded style sheet and script

#include <string_view>

#include "query/Query.h"
#include "serve/Request.h"

namespace cg::serve {

[[nodiscard]] bool isPagePath(std::string_view path);
// Answers a GET of a page path; an unknown claim or entity is a 404 page.
[[nodiscard]] Response answerPage(const query::Engine& engine, const Request& request);

}  // namespace cg::serve
