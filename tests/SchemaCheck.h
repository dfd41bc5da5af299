#pragma once

// Test helper: validate a JSON text against one of the draft-04 schemas in schemas/.
//
//   REQUIRE(cg::test::schemaErrors(cg::test::repo("schemas/graph.schema.json").string(), json) == "");
//
// schemaErrors() returns "" when the text is valid, else one readable line that names the
// failing keyword, where it sits in the schema (a URI fragment such as
// "#/definitions/quantity") and where the failing value sits in the document (a JSON
// pointer such as "/claims/0/quantity"), plus what was wrong with it (the missing
// properties, the value that is not in the enum or does not match the pattern, ...).
// RapidJSON 1.1 reports only the first violation; that is enough to point at a bug.
//
// Compiled schemas are cached per path for the life of the process, because tests validate
// many outputs against the same few schemas.

#include <cstddef>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace cg::test {

namespace detail {

// A parsed schema file and the validator's compiled form of it. The source document is kept
// because error messages look up the failing keyword's value in it.
struct CompiledSchema {
  rapidjson::Document source;
  std::unique_ptr<rapidjson::SchemaDocument> schema;
};

// `value` as compact JSON, cut at `limit` characters so a message stays one readable line.
inline std::string jsonText(const rapidjson::Value& value, std::size_t limit = 120) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  std::string text(buffer.GetString(), buffer.GetSize());
  if (text.size() > limit) text = text.substr(0, limit) + "...";
  return text;
}

inline std::string parseErrorText(const rapidjson::Document& doc) {
  std::ostringstream out;
  out << "JSON parse error at offset " << doc.GetErrorOffset() << ": "
      << rapidjson::GetParseError_En(doc.GetParseError());
  return out.str();
}

// Parses `schemaJson` and compiles it. Returns "" and fills `out`, or a message.
// Note: RapidJSON 1.1 cannot report a malformed schema; it silently ignores, for example, a
// pattern its regex engine cannot compile. SchemaTest checks the schemas for that separately.
inline std::string compile(const std::string& schemaJson, CompiledSchema& out) {
  out.source.Parse(schemaJson.data(), schemaJson.size());
  if (out.source.HasParseError()) return parseErrorText(out.source);
  if (!out.source.IsObject()) return "a schema must be a JSON object";
  out.schema = std::make_unique<rapidjson::SchemaDocument>(out.source);
  return "";
}

// What exactly failed, for the keywords our schemas use: the schema node `rule` holds the
// keyword, `value` is the document value that broke it (either may be null if not found).
inline std::string detailFor(const std::string& keyword, const rapidjson::Value* rule, const rapidjson::Value* value) {
  if (value == nullptr) return "";
  std::string detail = "value " + jsonText(*value);
  if (rule == nullptr || !rule->IsObject()) return detail;
  auto member = rule->FindMember(keyword.c_str());
  if (member == rule->MemberEnd()) return detail;
  const rapidjson::Value& expected = member->value;
  if (keyword == "required" && expected.IsArray() && value->IsObject()) {
    std::string missing;
    for (const auto& name : expected.GetArray()) {
      if (name.IsString() && !value->HasMember(name.GetString())) {
        missing += (missing.empty() ? "\"" : ", \"") + std::string(name.GetString()) + "\"";
      }
    }
    return "missing " + missing;
  }
  if (keyword == "enum") return detail + " is not one of " + jsonText(expected);
  if (keyword == "pattern") return detail + " does not match " + jsonText(expected);
  if (keyword == "type") return detail + " is not of type " + jsonText(expected);
  return detail + " breaks " + keyword + ": " + jsonText(expected);
}

// Validates `json` against a compiled schema; "" when valid.
inline std::string validate(const CompiledSchema& compiled, const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) return parseErrorText(doc);

  rapidjson::SchemaValidator validator(*compiled.schema);
  if (doc.Accept(validator)) return "";

  const auto schemaPointer = validator.GetInvalidSchemaPointer();
  const auto documentPointer = validator.GetInvalidDocumentPointer();
  const char* rawKeyword = validator.GetInvalidSchemaKeyword();
  const std::string keyword = rawKeyword != nullptr ? rawKeyword : "?";

  rapidjson::StringBuffer schemaWhere;
  schemaPointer.StringifyUriFragment(schemaWhere);
  rapidjson::StringBuffer documentWhere;
  documentPointer.Stringify(documentWhere);
  const std::string documentText = documentWhere.GetSize() == 0 ? std::string("(root)") : documentWhere.GetString();

  const rapidjson::Value* rule = schemaPointer.Get(compiled.source);
  const rapidjson::Value* value = documentPointer.Get(doc);

  std::string message =
      "schema keyword \"" + keyword + "\" failed at schema " + schemaWhere.GetString() + ", document " + documentText;
  const std::string detail = detailFor(keyword, rule, value);
  if (!detail.empty()) message += ": " + detail;
  return message;
}

}  // namespace detail

// Validates `json` against the schema text `schemaJson` (compiled anew on every call; for
// schemas that are not files, such as the draft-04 meta-schema in SchemaTest).
inline std::string schemaErrorsForText(const std::string& schemaJson, const std::string& json) {
  detail::CompiledSchema compiled;
  if (std::string error = detail::compile(schemaJson, compiled); !error.empty()) {
    return "schema: " + error;
  }
  return detail::validate(compiled, json);
}

// Validates `json` against the schema file at `schemaPath`; returns "" when valid, else a
// readable message naming the failing keyword, the schema pointer and the document pointer.
// Also reports a JSON parse error (of the document or the schema) with its offset, and a
// schema file that cannot be read.
inline std::string schemaErrors(const std::string& schemaPath, const std::string& json) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<detail::CompiledSchema>> cache;

  const detail::CompiledSchema* compiled = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto found = cache.find(schemaPath);
    if (found == cache.end()) {
      std::ifstream in(schemaPath, std::ios::binary);
      if (!in) return "cannot read schema file " + schemaPath;
      std::ostringstream text;
      text << in.rdbuf();
      auto entry = std::make_unique<detail::CompiledSchema>();
      if (std::string error = detail::compile(text.str(), *entry); !error.empty()) {
        return "schema file " + schemaPath + ": " + error;
      }
      found = cache.emplace(schemaPath, std::move(entry)).first;
    }
    compiled = found->second.get();
  }
  // A compiled SchemaDocument is read-only while validating, so no lock is needed here.
  return detail::validate(*compiled, json);
}

}  // namespace cg::test
