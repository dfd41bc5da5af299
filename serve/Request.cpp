#include "serve/Request.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unicode/utf8.h>

namespace cg::serve {
namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one piece and checks that it is text; sets `error` when it is not.
std::string decodeText(std::string_view piece, bool plusIsSpace, std::string& error) {
  auto decoded = percentDecode(piece, plusIsSpace);
  if (!decoded) {
    error = "malformed percent-escape in the request";
    return {};
  }
  if (!isValidUtf8(*decoded)) {
    error = "the request is not valid UTF-8";
    return {};
  }
  if (decoded->find('\0') != std::string::npos) {
    error = "the request holds a NUL character";
    return {};
  }
  return std::move(*decoded);
}

}  // namespace

std::optional<std::string> Request::param(std::string_view name) const {
  auto it = params.find(name);
  if (it == params.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> percentDecode(std::string_view s, bool plusIsSpace) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '%') {
      int high = i + 1 < s.size() ? hexValue(s[i + 1]) : -1;
      int low = i + 2 < s.size() ? hexValue(s[i + 2]) : -1;
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += plusIsSpace && c == '+' ? ' ' : c;
    }
  }
  return out;
}

bool isValidUtf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

ParsedTarget parseTarget(std::string_view target) {
  ParsedTarget parsed;
  std::size_t question = target.find('?');
  parsed.path = decodeText(target.substr(0, question), false, parsed.error);
  if (!parsed.error.empty() || question == std::string_view::npos) return parsed;
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    std::size_t eq = pair.find('=');
    std::string name = decodeText(pair.substr(0, eq), true, parsed.error);
    std::string value = eq == std::string_view::npos ? "" : decodeText(pair.substr(eq + 1), true, parsed.error);
    if (!parsed.error.empty()) return parsed;
    parsed.params.emplace(std::move(name), std::move(value));
  }
  return parsed;
}

std::string htmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string urlEncode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

Response errorResponse(int status, std::string_view message) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
  out.StartObject();
  out.Key("error");
  out.String(message.data(), static_cast<rapidjson::SizeType>(message.size()));
  out.EndObject();
  Response r;
  r.status = status;
  r.body = std::string(buffer.GetString(), buffer.GetSize()) + "\n";
  return r;
}

}  // namespace cg::serve
