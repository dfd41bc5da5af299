#pragma once
// A request as the routes see it, and their answer, apart from any HTTP library: the request
// target is split, its percent-escapes decoded and its UTF-8 checked here, by us, so that a
// route receives only well-formed text (or the request is refused with a 400 first).

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace cg::serve {

struct Request {
  std::string method;                                           // "GET", "POST", ...
  std::string path;                                             // decoded, valid UTF-8
  std::multimap<std::string, std::string, std::less<>> params;  // decoded, valid UTF-8
  std::string body;

  // The first value of a parameter, or nullopt when it is absent.
  [[nodiscard]] std::optional<std::string> param(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string contentType = "application/json; charset=utf-8";
  std::string body;
  std::string allow;  // for a 405: the methods the path takes
};

// Splits "path?query" and decodes both. An error message (for a 400) when a percent-escape is
// malformed ("%zz", "%4"), a decoded byte sequence is not valid UTF-8, or it decodes to NUL.
struct ParsedTarget {
  std::string path;
  std::multimap<std::string, std::string, std::less<>> params;
  std::string error;  // empty when the target is well formed
};
[[nodiscard]] ParsedTarget parseTarget(std::string_view target);

// "%41b+c" -> "Ab c" (with plusIsSpace, as in a query string); nullopt for a malformed escape.
[[nodiscard]] std::optional<std::string> percentDecode(std::string_view s, bool plusIsSpace);
// Well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view s);
// Text for an HTML element or a quoted attribute: & < > " ' escaped.
[[nodiscard]] std::string htmlEscape(std::string_view s);
// A query-string value: everything but unreserved characters percent-encoded (UTF-8 bytes).
[[nodiscard]] std::string urlEncode(std::string_view s);

// {"error": MESSAGE} with the given status.
[[nodiscard]] Response errorResponse(int status, std::string_view message);

}  // namespace cg::serve
