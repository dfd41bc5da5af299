#pragma once
// The routes for programs, /api/...: each returns exactly the `--json` answer of the matching
// command with the command line's defaults (CONTRACT.md), or a 4xx {"error": ...}.
//
//   GET  /api/who-claimed?q=TEXT[&limit=N]   who-claimed TEXT --json [--limit N]
//   GET  /api/sources?claim=ID               sources ID --json            (404: unknown claim)
//   GET  /api/contested[?entity=NAME]        contested [--entity NAME] --json (404: unknown entity)
//   GET  /api/entity?name=NAME               entity NAME --json           (404: unknown entity)
//   GET  /api/check?statement=TEXT           check TEXT --json
//   POST /api/check  (body: a draft)         check --file DRAFT --json
//   GET  /api/graph.svg?entity=NAME[&depth=N] the entity's neighbourhood, capped at kDiagramNodes

#include <cstddef>
#include <string_view>

#include "query/Query.h"
#include "serve/Request.h"

namespace cg::serve {

inline constexpr std::size_t kDefaultLimit = 20;  // who-claimed's default on the command line
inline constexpr std::size_t kMaxLimit = 1000;    // a larger --limit is refused with a 400
inline constexpr std::size_t kDiagramNodes = 60;  // nodes of a neighbourhood diagram, at most
inline constexpr int kDefaultDepth = 2, kMaxDepth = 4;

// True when `path` is one of the API's routes (whatever the method).
[[nodiscard]] bool isApiPath(std::string_view path);
// The methods a route takes: "GET" or "GET, POST".
[[nodiscard]] std::string_view apiMethods(std::string_view path);
// Answers a request whose path isApiPath and whose method the route takes.
[[nodiscard]] Response answerApi(const query::Engine& engine, const Request& request);

// An integer parameter within [low, high]; nullopt when absent, an error message when bad.
struct IntParam {
  std::optional<long> value;
  std::string error;
};
[[nodiscard]] IntParam intParam(const Request& request, std::string_view name, long low, long high);

}  // namespace cg::serve
