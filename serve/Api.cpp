#include "serve/Api.h"

#include <charconv>

#include "graph/DotWriter.h"
#include "query/Answers.h"
#include "serve/Diagram.h"

namespace cg::serve {
namespace {

Response json(std::string body) {
  Response r;
  r.body = std::move(body);
  return r;
}

// A required, non-empty text parameter; the error names it.
std::optional<std::string> required(const Request& request, std::string_view name, Response& error) {
  auto value = request.param(name);
  if (!value || value->empty()) {
    error = errorResponse(400, "missing parameter '" + std::string(name) + "'");
    return std::nullopt;
  }
  return value;
}

Response whoClaimed(const query::Engine& engine, const Request& request) {
  Response error;
  auto q = required(request, "q", error);
  if (!q) return error;
  IntParam limit = intParam(request, "limit", 1, kMaxLimit);
  if (!limit.error.empty()) return errorResponse(400, limit.error);
  auto hits = engine.whoClaimed(*q, limit.value ? static_cast<std::size_t>(*limit.value) : kDefaultLimit);
  return json(query::whoClaimedJson(engine, *q, hits));
}

Response sources(const query::Engine& engine, const Request& request) {
  Response error;
  auto id = required(request, "claim", error);
  if (!id) return error;
  auto claim = engine.graph().findClaim(*id);
  if (!claim) return errorResponse(404, "no claim '" + *id + "' (ids look like c:<document>:<n>)");
  return json(query::sourcesJson(engine, engine.provenance(*claim)));
}

Response contested(const query::Engine& engine, const Request& request) {
  std::optional<graph::EntityId> entity;
  if (auto name = request.param("entity"); name && !name->empty()) {
    entity = engine.graph().findEntity(*name);
    if (!entity) return errorResponse(404, "no entity named '" + *name + "'");
  }
  return json(query::contestedJson(engine, engine.contested(entity)));
}

Response entity(const query::Engine& engine, const Request& request) {
  Response error;
  auto name = required(request, "name", error);
  if (!name) return error;
  auto report = engine.entity(*name);
  if (!report) return errorResponse(404, "no entity named '" + *name + "'");
  return json(query::entityJson(engine, *report));
}

Response check(const query::Engine& engine, const Request& request) {
  if (request.method == "POST") {
    if (!isValidUtf8(request.body)) return errorResponse(400, "the draft is not valid UTF-8");
    if (request.body.find('\0') != std::string::npos) return errorResponse(400, "the draft holds a NUL character");
    auto checks = engine.checkDraft(request.body, "request");
    return json(query::checkDraftJson(engine, "request", checks));
  }
  Response error;
  auto statement = required(request, "statement", error);
  if (!statement) return error;
  return json(query::checkJson(engine, engine.check(*statement)));
}

Response diagram(const query::Engine& engine, const Request& request) {
  Response error;
  auto name = required(request, "entity", error);
  if (!name) return error;
  auto focus = engine.graph().findEntity(*name);
  if (!focus) return errorResponse(404, "no entity named '" + *name + "'");
  IntParam depth = intParam(request, "depth", 1, kMaxDepth);
  if (!depth.error.empty()) return errorResponse(400, depth.error);
  graph::DotOptions options;
  options.focus = *focus;
  options.depth = static_cast<int>(depth.value.value_or(kDefaultDepth));
  options.maxNodes = kDiagramNodes;
  auto svg = renderSvg(graph::toDot(engine.graph(), options));
  if (!svg) return errorResponse(503, "GraphViz could not draw the diagram (is 'dot' installed?)");
  Response r;
  r.contentType = "image/svg+xml";
  r.body = std::move(*svg);
  return r;
}

struct Route {
  std::string_view path;
  std::string_view methods;
  Response (*answer)(const query::Engine&, const Request&);
};
constexpr Route kRoutes[] = {
    {"/api/who-claimed", "GET", whoClaimed}, {"/api/sources", "GET", sources},   {"/api/contested", "GET", contested},
    {"/api/entity", "GET", entity},          {"/api/check", "GET, POST", check}, {"/api/graph.svg", "GET", diagram},
};

const Route* findRoute(std::string_view path) {
  for (const auto& route : kRoutes)
    if (route.path == path) return &route;
  return nullptr;
}

}  // namespace

IntParam intParam(const Request& request, std::string_view name, long low, long high) {
  IntParam result;
  auto text = request.param(name);
  if (!text) return result;
  long value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < low || value > high) {
    result.error = "parameter '" + std::string(name) + "' must be a whole number from " + std::to_string(low) + " to " +
                   std::to_string(high);
    return result;
  }
  result.value = value;
  return result;
}

bool isApiPath(std::string_view path) { return findRoute(path) != nullptr; }

std::string_view apiMethods(std::string_view path) {
  const Route* route = findRoute(path);
  return route ? route->methods : std::string_view();
}

Response answerApi(const query::Engine& engine, const Request& request) {
  const Route* route = findRoute(request.path);
  if (!route) return errorResponse(404, "no such route: " + request.path);
  return route->answer(engine, request);
}

}  // namespace cg::serve
