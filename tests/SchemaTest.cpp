// Tests for schemas/*.schema.json and the SchemaCheck.h helper that the other tests use to
// validate every JSON output.
//
// RapidJSON 1.1 compiles any JSON object as a schema and silently ignores what it does not
// understand (an unknown keyword, a pattern its regex engine cannot parse, a $ref that does
// not resolve). So "the schema compiles" proves little; these tests also validate each schema
// against the draft-04 meta-schema and walk it for draft-06+ keywords, regexes RapidJSON
// cannot run, dangling $refs and required names that no property declares. Then each schema
// must accept a hand-written valid document and reject mutations of it with the right keyword
// at the right place.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/internal/regex.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <catch2/catch.hpp>

#include "SchemaCheck.h"
#include "TestPaths.h"

using Catch::Matchers::Contains;

namespace {

const std::string kSchemaDir = std::string(cg::test::sourceDir()) + "/schemas";

std::string schemaPath(const std::string& name) { return kSchemaDir + "/" + name; }

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The JSON Schema draft-04 meta-schema (http://json-schema.org/draft-04/schema), verbatim.
const std::string kDraft04MetaSchema = R"json(
{
    "id": "http://json-schema.org/draft-04/schema#",
    "$schema": "http://json-schema.org/draft-04/schema#",
    "description": "Core schema meta-schema",
    "definitions": {
        "schemaArray": {
            "type": "array",
            "minItems": 1,
            "items": { "$ref": "#" }
        },
        "positiveInteger": {
            "type": "integer",
            "minimum": 0
        },
        "positiveIntegerDefault0": {
            "allOf": [ { "$ref": "#/definitions/positiveInteger" }, { "default": 0 } ]
        },
        "simpleTypes": {
            "enum": [ "array", "boolean", "integer", "null", "number", "object", "string" ]
        },
        "stringArray": {
            "type": "array",
            "items": { "type": "string" },
            "minItems": 1,
            "uniqueItems": true
        }
    },
    "type": "object",
    "properties": {
        "id": {
            "type": "string"
        },
        "$schema": {
            "type": "string"
        },
        "title": {
            "type": "string"
        },
        "description": {
            "type": "string"
        },
        "default": {},
        "multipleOf": {
            "type": "number",
            "minimum": 0,
            "exclusiveMinimum": true
        },
        "maximum": {
            "type": "number"
        },
        "exclusiveMaximum": {
            "type": "boolean",
            "default": false
        },
        "minimum": {
            "type": "number"
        },
        "exclusiveMinimum": {
            "type": "boolean",
            "default": false
        },
        "maxLength": { "$ref": "#/definitions/positiveInteger" },
        "minLength": { "$ref": "#/definitions/positiveIntegerDefault0" },
        "pattern": {
            "type": "string",
            "format": "regex"
        },
        "additionalItems": {
            "anyOf": [
                { "type": "boolean" },
                { "$ref": "#" }
            ],
            "default": {}
        },
        "items": {
            "anyOf": [
                { "$ref": "#" },
                { "$ref": "#/definitions/schemaArray" }
            ],
            "default": {}
        },
        "maxItems": { "$ref": "#/definitions/positiveInteger" },
        "minItems": { "$ref": "#/definitions/positiveIntegerDefault0" },
        "uniqueItems": {
            "type": "boolean",
            "default": false
        },
        "maxProperties": { "$ref": "#/definitions/positiveInteger" },
        "minProperties": { "$ref": "#/definitions/positiveIntegerDefault0" },
        "required": { "$ref": "#/definitions/stringArray" },
        "additionalProperties": {
            "anyOf": [
                { "type": "boolean" },
                { "$ref": "#" }
            ],
            "default": {}
        },
        "definitions": {
            "type": "object",
            "additionalProperties": { "$ref": "#" },
            "default": {}
        },
        "properties": {
            "type": "object",
            "additionalProperties": { "$ref": "#" },
            "default": {}
        },
        "patternProperties": {
            "type": "object",
            "additionalProperties": { "$ref": "#" },
            "default": {}
        },
        "dependencies": {
            "type": "object",
            "additionalProperties": {
                "anyOf": [
                    { "$ref": "#" },
                    { "$ref": "#/definitions/stringArray" }
                ]
            }
        },
        "enum": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true
        },
        "type": {
            "anyOf": [
                { "$ref": "#/definitions/simpleTypes" },
                {
                    "type": "array",
                    "items": { "$ref": "#/definitions/simpleTypes" },
                    "minItems": 1,
                    "uniqueItems": true
                }
            ]
        },
        "format": { "type": "string" },
        "allOf": { "$ref": "#/definitions/schemaArray" },
        "anyOf": { "$ref": "#/definitions/schemaArray" },
        "oneOf": { "$ref": "#/definitions/schemaArray" },
        "not": { "$ref": "#" }
    },
    "dependencies": {
        "exclusiveMaximum": [ "maximum" ],
        "exclusiveMinimum": [ "minimum" ]
    },
    "default": {}
}
)json";

// Every keyword of draft-04 that our schemas may use. "format" is left out on purpose:
// RapidJSON ignores it, so it would promise a check that never runs.
const std::set<std::string> kDraft04Keywords = {"$schema",
                                                "id",
                                                "$ref",
                                                "title",
                                                "description",
                                                "default",
                                                "definitions",
                                                "type",
                                                "enum",
                                                "allOf",
                                                "anyOf",
                                                "oneOf",
                                                "not",
                                                "multipleOf",
                                                "maximum",
                                                "exclusiveMaximum",
                                                "minimum",
                                                "exclusiveMinimum",
                                                "maxLength",
                                                "minLength",
                                                "pattern",
                                                "items",
                                                "additionalItems",
                                                "maxItems",
                                                "minItems",
                                                "uniqueItems",
                                                "properties",
                                                "patternProperties",
                                                "additionalProperties",
                                                "required",
                                                "maxProperties",
                                                "minProperties",
                                                "dependencies"};

bool regexRuns(const char* pattern) { return rapidjson::internal::Regex(pattern).IsValid(); }

// Walks one (sub)schema at `where` and appends to `problems` what RapidJSON would silently
// ignore or what draft-04 does not have.
void lintSchema(const rapidjson::Value& schema, const std::string& where, const rapidjson::Document& root,
                std::vector<std::string>& problems) {
  if (!schema.IsObject()) {
    problems.push_back(where + ": a schema must be an object");
    return;
  }
  auto each = [&](const rapidjson::Value& map, const std::string& at) {
    if (!map.IsObject()) return;
    for (const auto& m : map.GetObject()) {
      lintSchema(m.value, at + "/" + m.name.GetString(), root, problems);
    }
  };
  for (const auto& member : schema.GetObject()) {
    const std::string key = member.name.GetString();
    const rapidjson::Value& value = member.value;
    const std::string at = where + "/" + key;
    if (kDraft04Keywords.count(key) == 0) {
      problems.push_back(at + ": not a draft-04 keyword we allow");
    } else if (key == "properties" || key == "definitions") {
      each(value, at);
    } else if (key == "patternProperties") {
      each(value, at);
      for (const auto& m : value.GetObject()) {
        if (!regexRuns(m.name.GetString())) problems.push_back(at + ": RapidJSON cannot run");
      }
    } else if (key == "dependencies") {
      for (const auto& m : value.GetObject()) {
        if (m.value.IsObject()) lintSchema(m.value, at + "/" + m.name.GetString(), root, problems);
      }
    } else if (key == "items" || key == "allOf" || key == "anyOf" || key == "oneOf") {
      if (value.IsArray()) {
        for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
          lintSchema(value[i], at + "/" + std::to_string(i), root, problems);
        }
      } else {
        lintSchema(value, at, root, problems);
      }
    } else if (key == "not" || ((key == "additionalProperties" || key == "additionalItems") && value.IsObject())) {
      lintSchema(value, at, root, problems);
    } else if (key == "pattern") {
      if (!value.IsString() || !regexRuns(value.GetString())) {
        problems.push_back(at +
                           ": pattern that RapidJSON's regex engine cannot run (it would be "
                           "ignored; write [0-9] for \\d)");
      }
    } else if (key == "$ref") {
      const std::string ref = value.IsString() ? value.GetString() : "";
      const rapidjson::Pointer pointer(ref.c_str());
      if (ref.empty() || ref[0] != '#' || !pointer.IsValid() || pointer.Get(root) == nullptr) {
        problems.push_back(at + ": $ref \"" + ref + "\" does not resolve within this file");
      }
      if (schema.MemberCount() > 1) {
        // Draft-04 ignores the siblings of $ref; only documentation may stand beside it.
        for (const auto& sibling : schema.GetObject()) {
          const std::string name = sibling.name.GetString();
          if (name != "$ref" && name != "description" && name != "title") {
            problems.push_back(where + "/" + name + ": ignored beside $ref");
          }
        }
      }
    } else if (key == "required" && value.IsArray()) {
      auto properties = schema.FindMember("properties");
      for (const auto& name : value.GetArray()) {
        if (!name.IsString()) continue;
        if (properties == schema.MemberEnd() || !properties->value.IsObject() ||
            !properties->value.HasMember(name.GetString())) {
          problems.push_back(at + ": \"" + name.GetString() + "\" is required but not described");
        }
      }
    }
  }
}

std::vector<std::string> lint(const std::string& schemaJson) {
  rapidjson::Document root;
  root.Parse(schemaJson.data(), schemaJson.size());
  std::vector<std::string> problems;
  if (root.HasParseError()) {
    problems.push_back("not JSON");
  } else {
    lintSchema(root, "#", root, problems);
  }
  return problems;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

const std::vector<std::string> kExpectedSchemas = {"graph.schema.json",  "who-claimed.schema.json",
                                                   "check.schema.json",  "sources.schema.json",
                                                   "entity.schema.json", "contested.schema.json"};

std::vector<std::string> schemaFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(kSchemaDir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path().filename().string());
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------
// Valid documents. Each uses null wherever the contract allows it and, somewhere, every
// optional field, so that a schema which is too strict fails here.

const std::string kValidGraph = R"json({
  "schema": "claimgraph/1",
  "documents": [
    {"id": "d:deepseek", "title": "DeepSeek market crash", "path": "corpus/deepseek.md",
     "source_url": "https://en.wikipedia.org/wiki/DeepSeek", "updated": "2025-02-01",
     "categories": ["Stock market crashes"], "format": "markdown"},
    {"id": "d:other", "title": "Other", "path": "corpus/other.md", "source_url": null,
     "updated": null}
  ],
  "entities": [
    {"id": "e:nvidia", "name": "NVIDIA", "type": "organization", "aliases": ["Nvidia"],
     "mentions": 12},
    {"id": "e:cnbc", "name": "CNBC", "type": "publication", "aliases": []},
    {"id": "e:jensen-huang", "name": "Jensen Huang", "type": "person", "aliases": []}
  ],
  "sources": [
    {"id": "s:deepseek:1", "document": "d:deepseek", "ref": 1, "publisher": "CNBC",
     "title": "Nvidia sheds almost $600 billion", "date": "2025-01-27",
     "url": "https://www.cnbc.com/a.html", "accessed": "2025-02-01", "cited_by": 3},
    {"id": "s:deepseek:2", "document": "d:deepseek", "ref": null, "publisher": null,
     "title": null, "date": null, "url": null, "accessed": null},
    {"id": "s:deepseek:3", "document": "d:deepseek", "ref": 0, "publisher": "Reuters",
     "title": "t", "date": "2025-02", "url": "u"},
    {"id": "s:deepseek:4", "document": "d:deepseek", "ref": 4, "publisher": "Reuters",
     "title": "t", "date": "2025", "url": "u"}
  ],
  "claims": [
    {"id": "c:deepseek:1", "document": "d:deepseek", "section": "Market reaction",
     "text": "Nvidia lost about 589 billion to 593 billion dollars in market value.",
     "kind": "figure", "subject": "e:nvidia", "claimants": ["e:cnbc"],
     "sources": ["s:deepseek:1", "s:deepseek:3"],
     "quantity": {"value": 591000000000, "low": 589000000000, "high": 593000000000,
                  "unit": "USD", "approximate": true, "text": "589 billion to 593 billion dollars"},
     "quote": null, "measure": "market value loss", "as_of": "2025-01-27", "as_of_from": "text", "line": 14,
     "bound": "exact", "verb": "lost", "object": null, "relation": null},
    {"id": "c:deepseek:2", "document": "d:deepseek", "section": "Reactions",
     "text": "Huang said the reaction was wrong.", "kind": "quote", "subject": null,
     "claimants": [], "sources": [], "quantity": null, "quote": "the reaction was wrong",
     "measure": null, "as_of": null, "as_of_from": null, "bound": "at_least", "verb": null},
    {"id": "c:deepseek:3", "document": "d:deepseek", "section": "",
     "text": "Jensen Huang leads NVIDIA.", "kind": "relation", "subject": "e:jensen-huang",
     "claimants": [], "sources": ["s:deepseek:2"], "quantity": null, "quote": null,
     "measure": null, "as_of": "2025", "as_of_from": "document", "verb": "leads", "object": "e:nvidia", "relation": "leads", "bound": "at_most", "line": 0},
    {"id": "c:deepseek:4", "document": "d:deepseek", "section": "Background",
     "text": "The index fell 3.1 percent.", "kind": "statement", "subject": null,
     "claimants": [], "sources": [], "quote": null, "measure": null, "as_of": null, "as_of_from": null,
     "quantity": {"value": 3.1, "low": null, "high": null, "unit": "percent",
                  "approximate": false, "text": "3.1 percent"},
     "some_future_field": {"anything": [1, 2]}}
  ],
  "contested": [
    {"id": "x:1", "subject": "e:nvidia", "measure": "market value loss",
     "claims": ["c:deepseek:1", "c:deepseek:4"], "reason": "values differ by 0.7%",
     "kind": "discrepancy", "spread": 0.007, "overlap": false, "best": "c:deepseek:1",
     "best_reason": "most sources",
     "values": [{"claim": "c:deepseek:1", "value": 589000000000, "low": null, "high": null,
                 "unit": "USD", "support": 2, "publishers": ["CNBC", "Reuters"]},
                {"claim": "c:deepseek:4", "value": null, "low": 1, "high": 2.5,
                 "unit": "USD", "support": 0.5, "publishers": []}]},
    {"id": "x:2", "subject": null, "measure": null, "claims": [], "reason": "disputed",
     "kind": "dispute", "spread": null, "overlap": true, "best": null, "best_reason": ""}
  ]
})json";

const std::string kValidWhoClaimed = R"json({
  "query": "589 billion",
  "results": [
    {"claim": {"id": "c:deepseek:1", "text": "Nvidia lost 589 billion dollars.", "kind": "figure",
               "quantity": {"value": 589000000000, "low": null, "high": null, "unit": "USD",
                            "approximate": false, "text": "589 billion dollars"},
               "quote": null, "document": "d:deepseek", "section": "Market", "line": 3,
               "measure": "market value loss", "as_of": null, "as_of_from": null},
     "claimants": [{"id": "e:cnbc", "name": "CNBC", "type": "publication"}],
     "sources": [{"id": "s:deepseek:1", "ref": 1, "publisher": "CNBC", "title": "t",
                  "date": "2025-01-27", "url": "https://www.cnbc.com/a.html"},
                 {"id": "s:deepseek:2", "ref": null, "publisher": null, "title": null,
                  "date": null, "url": null}],
     "contested": true},
    {"claim": {"id": "c:deepseek:2", "text": "q", "kind": "quote", "quantity": null,
               "quote": "words"},
     "claimants": [], "sources": [], "contested": false}
  ]
})json";

const std::string kValidCheck = R"json({
  "statement": "Nvidia lost about 600 billion dollars",
  "reading": {"subject": {"id": "e:nvidia", "name": "NVIDIA"}, "measure": "market value lost",
              "quantity": {"value": 600000000000, "low": null, "high": null, "unit": "USD",
                           "approximate": true, "text": "about 600 billion dollars"},
              "as_of": null},
  "verdict": "supported",
  "explanation": "Two sources put the loss at 589 to 593 billion dollars.",
  "evidence": [
    {"claim": {"id": "c:deepseek:1", "text": "Nvidia lost 589 billion dollars.", "kind": "figure",
               "quantity": {"value": 589000000000, "low": null, "high": null, "unit": "USD",
                            "approximate": false, "text": "589 billion dollars"},
               "quote": null},
     "claimants": [{"id": "e:cnbc", "name": "CNBC", "type": "publication"}],
     "sources": [{"id": "s:deepseek:1", "ref": 1, "publisher": "CNBC", "title": null,
                  "date": "2025-01", "url": null}],
     "agrees": true, "context": false}
  ]
})json";

const std::string kValidSources = R"json({
  "claim": {"id": "c:deepseek:1", "text": "Nvidia lost 589 billion dollars.", "kind": "figure",
            "quantity": {"value": 589000000000, "low": null, "high": null, "unit": "USD",
                         "approximate": false, "text": "589 billion dollars"},
            "quote": null},
  "location": {"document": "d:deepseek", "path": "corpus/deepseek.md", "section": "Market",
               "line": 14},
  "sources": [{"id": "s:deepseek:1", "ref": 1, "publisher": "CNBC", "title": "t",
               "date": "2025-01-27", "url": "u", "markers": [1, 3]},
              {"id": "s:deepseek:2", "ref": null, "publisher": null, "title": null,
               "date": null, "url": null, "markers": []}],
  "publishers": [{"id": "e:cnbc", "name": "CNBC", "type": "publication"}],
  "related": [{"id": "c:deepseek:4", "text": "Nvidia lost 593 billion dollars."}]
})json";

const std::string kValidEntity = R"json({
  "entity": {"id": "e:nvidia", "name": "NVIDIA", "type": "organization", "aliases": ["Nvidia"]},
  "relations": [{"relation": "leads", "direction": "in",
                 "entity": {"id": "e:jensen-huang", "name": "Jensen Huang", "type": "person"},
                 "claim": "c:deepseek:3"},
                {"relation": "makes", "direction": "out",
                 "entity": {"id": "e:h800", "name": "H800", "type": "product"},
                 "claim": "c:deepseek:5"}],
  "about": [{"id": "c:deepseek:1", "text": "Nvidia lost 589 billion dollars.", "kind": "figure",
             "quantity": {"value": 589000000000, "low": null, "high": null, "unit": "USD",
                          "approximate": false, "text": "589 billion dollars"},
             "quote": null}],
  "claimed": [{"id": "c:deepseek:2", "text": "q", "kind": "quote", "quantity": null,
               "quote": "words"}],
  "contested": ["x:1"],
  "sources": [{"id": "s:deepseek:1", "ref": 1, "publisher": "CNBC", "title": "t",
               "date": "2025-01-27", "url": "u"}]
})json";

const std::string kValidContested = R"json({
  "contested": [
    {"id": "x:1", "kind": "discrepancy",
     "subject": {"id": "e:nvidia", "name": "NVIDIA", "type": "organization"},
     "measure": "market value loss", "reason": "values differ", "spread": 0.007,
     "overlap": false, "best": "c:deepseek:1", "best_reason": "most sources",
     "values": [
       {"claim": {"id": "c:deepseek:1", "text": "Nvidia lost 589 billion dollars.",
                  "kind": "figure",
                  "quantity": {"value": 589000000000, "low": null, "high": null, "unit": "USD",
                               "approximate": false, "text": "589 billion dollars"},
                  "quote": null},
        "claimants": [{"id": "e:cnbc", "name": "CNBC", "type": "publication"}],
        "sources": [{"id": "s:deepseek:1", "ref": 1, "publisher": "CNBC", "title": "t",
                     "date": "2025-01-27", "url": "u"}],
        "support": 2}]},
    {"id": "x:2", "kind": "dispute", "subject": null, "measure": null, "reason": "r",
     "spread": null, "overlap": true, "best": null, "best_reason": "", "values": []}
  ]
})json";

struct ValidCase {
  std::string schema;
  const std::string* json;
};

const std::vector<ValidCase> kValidCases = {
    {"graph.schema.json", &kValidGraph},   {"who-claimed.schema.json", &kValidWhoClaimed},
    {"check.schema.json", &kValidCheck},   {"sources.schema.json", &kValidSources},
    {"entity.schema.json", &kValidEntity}, {"contested.schema.json", &kValidContested}};

// ---------------------------------------------------------------------------------------
// Invalid documents: a valid one with one value replaced (or removed, when `replacement` is
// kRemove). The error must name `keyword`, the document pointer `at`, and `detail`.

const std::string kRemove = "<remove>";

struct Mutation {
  std::string schema;
  const std::string* base;
  std::string pointer;
  std::string replacement;
  std::string keyword;
  std::string at;
  std::string detail;
};

std::string mutate(const std::string& json, const std::string& pointerText, const std::string& replacement) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  const rapidjson::Pointer pointer(pointerText.c_str());
  REQUIRE(pointer.IsValid());
  INFO("mutation target " << pointerText);
  if (replacement == kRemove) {
    REQUIRE(pointer.Erase(doc));
  } else {
    REQUIRE(pointer.Get(doc) != nullptr);
    rapidjson::Document value(&doc.GetAllocator());
    value.Parse(replacement.data(), replacement.size());
    REQUIRE_FALSE(value.HasParseError());
    pointer.Set(doc, value);
  }
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  doc.Accept(writer);
  return buffer.GetString();
}

const std::string G = "graph.schema.json";
const std::string W = "who-claimed.schema.json";
const std::string C = "check.schema.json";
const std::string S = "sources.schema.json";
const std::string E = "entity.schema.json";
const std::string X = "contested.schema.json";

const std::vector<Mutation> kMutations = {
    // graph: top level
    {G, &kValidGraph, "/schema", R"("claimgraph/2")", "enum", "/schema", "claimgraph/2"},
    {G, &kValidGraph, "/contested", kRemove, "required", "(root)", "missing \"contested\""},
    {G, &kValidGraph, "/claims", "{}", "type", "/claims", "array"},
    // graph: documents
    {G, &kValidGraph, "/documents/1/updated", kRemove, "required", "/documents/1", "\"updated\""},
    {G, &kValidGraph, "/documents/0/id", R"("doc:deepseek")", "pattern", "/documents/0/id", "^d:"},
    {G, &kValidGraph, "/documents/0/source_url", "7", "type", "/documents/0/source_url", "null"},
    {G, &kValidGraph, "/documents/0/categories/0", "1", "type", "/documents/0/categories/0", "string"},
    // graph: entities
    {G, &kValidGraph, "/entities/0/type", R"("company")", "enum", "/entities/0/type", "company"},
    {G, &kValidGraph, "/entities/1/id", R"("cnbc")", "pattern", "/entities/1/id", "^e:"},
    {G, &kValidGraph, "/entities/0/aliases", kRemove, "required", "/entities/0", "\"aliases\""},
    {G, &kValidGraph, "/entities/0/mentions", "-1", "minimum", "/entities/0/mentions", "-1"},
    // graph: sources
    {G, &kValidGraph, "/sources/0/date", R"("27 January 2025")", "pattern", "/sources/0/date", "27 January"},
    {G, &kValidGraph, "/sources/0/date", R"("2025-1")", "pattern", "/sources/0/date", "2025-1"},
    {G, &kValidGraph, "/sources/0/date", R"("2025-01-27T10:00")", "pattern", "/sources/0/date", "T10"},
    {G, &kValidGraph, "/sources/0/date", R"("25-01-27")", "pattern", "/sources/0/date", "25-01-27"},
    {G, &kValidGraph, "/sources/0/ref", "-1", "minimum", "/sources/0/ref", "-1"},
    {G, &kValidGraph, "/sources/0/ref", R"("1")", "type", "/sources/0/ref", "integer"},
    {G, &kValidGraph, "/sources/0/ref", "1.5", "type", "/sources/0/ref", "integer"},
    {G, &kValidGraph, "/sources/1/url", kRemove, "required", "/sources/1", "\"url\""},
    {G, &kValidGraph, "/sources/0/document", R"("deepseek")", "pattern", "/sources/0/document", "^d:"},
    // graph: claims
    {G, &kValidGraph, "/claims/0/id", R"("claim:1")", "pattern", "/claims/0/id", "^c:"},
    {G, &kValidGraph, "/claims/0/kind", R"("figures")", "enum", "/claims/0/kind", "figures"},
    {G, &kValidGraph, "/claims/0/subject", R"("nvidia")", "pattern", "/claims/0/subject", "^e:"},
    {G, &kValidGraph, "/claims/1/subject", kRemove, "required", "/claims/1", "\"subject\""},
    {G, &kValidGraph, "/claims/0/claimants/0", R"("s:cnbc")", "pattern", "/claims/0/claimants/0", "^e:"},
    {G, &kValidGraph, "/claims/0/sources/1", R"("e:cnbc")", "pattern", "/claims/0/sources/1", "^s:"},
    {G, &kValidGraph, "/claims/0/quantity/unit", kRemove, "required", "/claims/0/quantity", "\"unit\""},
    {G, &kValidGraph, "/claims/3/quantity/approximate", kRemove, "required", "/claims/3/quantity", "\"approximate\""},
    {G, &kValidGraph, "/claims/0/quantity/approximate", R"("yes")", "type", "/claims/0/quantity/approximate",
     "boolean"},
    {G, &kValidGraph, "/claims/0/quantity/value", R"("589 billion")", "type", "/claims/0/quantity/value", "number"},
    {G, &kValidGraph, "/claims/0/quantity", R"("589 billion")", "type", "/claims/0/quantity", "object"},
    {G, &kValidGraph, "/claims/1/quote", "42", "type", "/claims/1/quote", "string"},
    {G, &kValidGraph, "/claims/0/bound", R"("roughly")", "enum", "/claims/0/bound", "roughly"},
    {G, &kValidGraph, "/claims/0/line", "1.5", "type", "/claims/0/line", "integer"},
    {G, &kValidGraph, "/claims/2/object", R"("nvidia")", "pattern", "/claims/2/object", "^e:"},
    // graph: contested
    {G, &kValidGraph, "/contested/0/id", R"("c:1")", "pattern", "/contested/0/id", "^x:"},
    {G, &kValidGraph, "/contested/0/claims/0", R"("x:1")", "pattern", "/contested/0/claims/0", "^c:"},
    {G, &kValidGraph, "/contested/0/reason", kRemove, "required", "/contested/0", "\"reason\""},
    {G, &kValidGraph, "/contested/0/kind", R"("clash")", "enum", "/contested/0/kind", "clash"},
    {G, &kValidGraph, "/contested/0/best", R"("e:nvidia")", "pattern", "/contested/0/best", "^c:"},
    {G, &kValidGraph, "/contested/0/overlap", "null", "type", "/contested/0/overlap", "boolean"},
    {G, &kValidGraph, "/contested/0/values/0/claim", R"("x:1")", "pattern", "/contested/0/values/0/claim", "^c:"},
    {G, &kValidGraph, "/contested/0/values/0/publishers/0", "null", "type", "/contested/0/values/0/publishers/0",
     "string"},
    // who-claimed
    {W, &kValidWhoClaimed, "/query", "5", "type", "/query", "string"},
    {W, &kValidWhoClaimed, "/results/0/contested", kRemove, "required", "/results/0", "\"contested\""},
    {W, &kValidWhoClaimed, "/results/0/claimants/0/type", kRemove, "required", "/results/0/claimants/0", "\"type\""},
    {W, &kValidWhoClaimed, "/results/0/claimants/0/type", R"("newspaper")", "enum", "/results/0/claimants/0/type",
     "newspaper"},
    {W, &kValidWhoClaimed, "/results/0/sources/0/date", R"("January 2025")", "pattern", "/results/0/sources/0/date",
     "January"},
    {W, &kValidWhoClaimed, "/results/0/claim/quantity/unit", kRemove, "required", "/results/0/claim/quantity",
     "\"unit\""},
    {W, &kValidWhoClaimed, "/results/1/claim/quote", kRemove, "required", "/results/1/claim", "\"quote\""},
    {W, &kValidWhoClaimed, "/results/0/claim/document", R"("deepseek")", "pattern", "/results/0/claim/document", "^d:"},
    // check
    {C, &kValidCheck, "/verdict", R"("not_enough_evidense")", "enum", "/verdict", "not_enough_evidense"},
    {C, &kValidCheck, "/verdict", R"("Supported")", "enum", "/verdict", "Supported"},
    {C, &kValidCheck, "/explanation", kRemove, "required", "(root)", "\"explanation\""},
    {C, &kValidCheck, "/evidence/0/agrees", R"("yes")", "type", "/evidence/0/agrees", "boolean"},
    {C, &kValidCheck, "/reading", kRemove, "required", "(root)", "\"reading\""},
    {C, &kValidCheck, "/reading/subject/id", R"("nvidia")", "pattern", "/reading/subject/id", "^e:"},
    {C, &kValidCheck, "/evidence/0/context", kRemove, "required", "/evidence/0", "\"context\""},
    {C, &kValidCheck, "/evidence/0/claim/kind", R"("fact")", "enum", "/evidence/0/claim/kind", "fact"},
    {C, &kValidCheck, "/evidence/0/sources/0/id", R"("c:1")", "pattern", "/evidence/0/sources/0/id", "^s:"},
    // sources
    {S, &kValidSources, "/sources/0/markers", kRemove, "required", "/sources/0", "\"markers\""},
    {S, &kValidSources, "/sources/0/markers/0", R"("1")", "type", "/sources/0/markers/0", "integer"},
    {S, &kValidSources, "/location/line", R"("14")", "type", "/location/line", "integer"},
    {S, &kValidSources, "/location/path", kRemove, "required", "/location", "\"path\""},
    {S, &kValidSources, "/related/0/id", R"("deepseek:4")", "pattern", "/related/0/id", "^c:"},
    {S, &kValidSources, "/publishers/0/type", R"("press")", "enum", "/publishers/0/type", "press"},
    // entity
    {E, &kValidEntity, "/relations/0/direction", R"("outgoing")", "enum", "/relations/0/direction", "outgoing"},
    {E, &kValidEntity, "/relations/1/claim", R"("x:1")", "pattern", "/relations/1/claim", "^c:"},
    {E, &kValidEntity, "/contested/0", R"("c:deepseek:1")", "pattern", "/contested/0", "^x:"},
    {E, &kValidEntity, "/entity/aliases", kRemove, "required", "/entity", "\"aliases\""},
    {E, &kValidEntity, "/about/0/quantity/unit", kRemove, "required", "/about/0/quantity", "\"unit\""},
    {E, &kValidEntity, "/claimed", kRemove, "required", "(root)", "\"claimed\""},
    // contested
    {X, &kValidContested, "/contested/0/subject", R"("e:nvidia")", "type", "/contested/0/subject", "object"},
    {X, &kValidContested, "/contested/0/subject/name", kRemove, "required", "/contested/0/subject", "\"name\""},
    {X, &kValidContested, "/contested/0/best", R"("x:1")", "pattern", "/contested/0/best", "^c:"},
    {X, &kValidContested, "/contested/0/kind", R"("clash")", "enum", "/contested/0/kind", "clash"},
    {X, &kValidContested, "/contested/1/spread", kRemove, "required", "/contested/1", "\"spread\""},
    {X, &kValidContested, "/contested/0/values/0/support", R"("high")", "type", "/contested/0/values/0/support",
     "number"},
    {X, &kValidContested, "/contested/0/values/0/claim", R"("c:deepseek:1")", "type", "/contested/0/values/0/claim",
     "object"},
};

}  // namespace

TEST_CASE("the schemas directory holds every schema the contract needs", "[schema]") {
  const auto files = schemaFiles();
  for (const auto& expected : kExpectedSchemas) {
    INFO("schemas/" << expected);
    REQUIRE(std::find(files.begin(), files.end(), expected) != files.end());
  }
}

TEST_CASE("every schema is JSON, a draft-04 schema, and something RapidJSON fully runs", "[schema]") {
  const auto files = schemaFiles();
  REQUIRE(files.size() >= kExpectedSchemas.size());
  for (const auto& file : files) {
    INFO("schemas/" << file);
    const std::string text = readFile(schemaPath(file));
    REQUIRE_FALSE(text.empty());

    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    if (doc.HasParseError()) {
      FAIL_CHECK("JSON parse error at offset " << doc.GetErrorOffset());
      continue;
    }
    REQUIRE(doc.IsObject());
    REQUIRE(doc.HasMember("$schema"));
    REQUIRE(doc["$schema"].IsString());
    CHECK(std::string(doc["$schema"].GetString()) == "http://json-schema.org/draft-04/schema#");

    CHECK(cg::test::schemaErrorsForText(kDraft04MetaSchema, text) == "");
    CHECK(joined(lint(text)) == "");

    // It compiles, and the compiled form is cached and usable: an empty object is never a
    // valid answer, so it must be rejected for a missing required field.
    REQUIRE_THAT(cg::test::schemaErrors(schemaPath(file), "{}"), Contains("\"required\""));
  }
}

TEST_CASE("the checks on the schemas themselves can fail", "[schema]") {
  SECTION("the meta-schema rejects a misspelt type and a required that is not a list") {
    REQUIRE_THAT(cg::test::schemaErrorsForText(kDraft04MetaSchema, R"({"type": "strng"})"), Contains("/type"));
    REQUIRE_THAT(cg::test::schemaErrorsForText(kDraft04MetaSchema, R"({"properties": {"a": {"required": "b"}}})"),
                 Contains("/properties/a/required"));
    REQUIRE_THAT(cg::test::schemaErrorsForText(kDraft04MetaSchema, R"({"enum": []})"), Contains("minItems"));
  }
  SECTION("the lint finds what RapidJSON would silently ignore") {
    REQUIRE_THAT(joined(lint(R"({"pattern": "^\\d{4}$"})")), Contains("cannot run"));
    REQUIRE_THAT(joined(lint(R"({"properties": {"a": {"const": 1}}})")), Contains("#/properties/a/const"));
    REQUIRE_THAT(joined(lint(R"({"format": "date"})")), Contains("#/format"));
    REQUIRE_THAT(joined(lint(R"({"items": {"$ref": "#/definitions/nothing"}})")), Contains("does not resolve"));
    REQUIRE_THAT(joined(lint(R"({"$ref": "other.schema.json#/definitions/a"})")), Contains("does not resolve"));
    REQUIRE_THAT(joined(lint(R"({"$ref": "#", "type": "string"})")), Contains("beside $ref"));
    REQUIRE_THAT(joined(lint(R"({"required": ["a"], "properties": {"b": {}}})")),
                 Contains("\"a\" is required but not described"));
    REQUIRE(joined(lint(R"({"pattern": "^[0-9]{4}(-[0-9]{2})?$", "definitions": {"a": {}},
                            "items": {"$ref": "#/definitions/a"}})")) == "");
  }
}

TEST_CASE("definitions shared between the schemas are the same everywhere", "[schema]") {
  // The files are self-contained (no cross-file $ref), so the copies must not drift apart.
  const std::vector<std::string> everywhere = {"document_id",  "entity_id",       "source_id", "claim_id",
                                               "contested_id", "nullable_string", "date",      "entity_type",
                                               "claim_kind",   "quantity"};
  const std::vector<std::string> inQueries = {"claim", "entity_ref", "source"};
  // The text of definitions/NAME in `file`, or "" when it has none.
  auto definition = [](const std::string& file, const std::string& name) {
    rapidjson::Document doc;
    const std::string text = readFile(schemaPath(file));
    doc.Parse(text.data(), text.size());
    const rapidjson::Value* value =
        doc.HasParseError() ? nullptr : rapidjson::Pointer(("/definitions/" + name).c_str()).Get(doc);
    return value == nullptr ? std::string() : cg::test::detail::jsonText(*value, 100000);
  };
  for (const auto& file : kExpectedSchemas) {
    for (const auto& name : everywhere) {
      INFO(file << " definitions/" << name << " against graph.schema.json");
      const std::string expected = definition("graph.schema.json", name);
      REQUIRE_FALSE(expected.empty());
      CHECK(definition(file, name) == expected);
    }
    if (file == "graph.schema.json") continue;
    for (const auto& name : inQueries) {
      INFO(file << " definitions/" << name << " against check.schema.json");
      const std::string expected = definition("check.schema.json", name);
      REQUIRE_FALSE(expected.empty());
      CHECK(definition(file, name) == expected);
    }
  }
}

TEST_CASE("the enums are exactly the contract's", "[schema]") {
  struct Enum {
    std::string schema;
    std::string pointer;
    std::string values;
  };
  const std::string entityTypes =
      R"(["person","organization","product","index","event","place","concept","publication",)"
      R"("other"])";
  const std::string claimKinds = R"(["figure","quote","statement","relation"])";
  const std::string contestedKinds = R"(["discrepancy","scope","dispute"])";
  const std::vector<Enum> enums = {
      {G, "/properties/schema/enum", R"(["claimgraph/1"])"},
      {G, "/definitions/claim/properties/bound/enum", R"(["exact","at_least","at_most"])"},
      {G, "/definitions/contested/properties/kind/enum", contestedKinds},
      {C, "/properties/verdict/enum", R"(["supported","refuted","conflicting","not_enough_evidence"])"},
      {E, "/definitions/relation/properties/direction/enum", R"(["out","in"])"},
      {X, "/definitions/contested/properties/kind/enum", contestedKinds},
  };
  std::vector<Enum> all = enums;
  for (const auto& file : kExpectedSchemas) {
    all.push_back({file, "/definitions/entity_type/enum", entityTypes});
    all.push_back({file, "/definitions/claim_kind/enum", claimKinds});
  }
  for (const auto& e : all) {
    INFO(e.schema << " " << e.pointer);
    rapidjson::Document doc;
    const std::string text = readFile(schemaPath(e.schema));
    doc.Parse(text.data(), text.size());
    REQUIRE_FALSE(doc.HasParseError());
    const rapidjson::Value* values = rapidjson::Pointer(e.pointer.c_str()).Get(doc);
    REQUIRE(values != nullptr);
    REQUIRE(cg::test::detail::jsonText(*values, 1000) == e.values);
  }
}

TEST_CASE("each schema accepts a valid document, with nulls and optional fields", "[schema]") {
  for (const auto& valid : kValidCases) {
    INFO(valid.schema);
    REQUIRE(cg::test::schemaErrors(schemaPath(valid.schema), *valid.json) == "");
  }
}

TEST_CASE("dates may be a year, a month or a day", "[schema]") {
  for (const std::string date : {R"("2025")", R"("2025-02")", R"("2025-01-27")", "null"}) {
    INFO(date);
    REQUIRE(cg::test::schemaErrors(schemaPath(G), mutate(kValidGraph, "/sources/0/date", date)) == "");
  }
}

TEST_CASE("each schema rejects a broken document and says where and why", "[schema]") {
  REQUIRE(kMutations.size() >= 6);
  for (const auto& m : kMutations) {
    const std::string label = m.schema + " " + m.pointer + " <- " + m.replacement;
    DYNAMIC_SECTION(label) {
      const std::string broken = mutate(*m.base, m.pointer, m.replacement);
      const std::string errors = cg::test::schemaErrors(schemaPath(m.schema), broken);
      REQUIRE_THAT(errors, Contains("keyword \"" + m.keyword + "\""));
      REQUIRE_THAT(errors, Contains("document " + m.at + ":"));
      REQUIRE_THAT(errors, Contains(m.detail));
      REQUIRE_THAT(errors, Contains("at schema #"));
    }
  }
}

TEST_CASE("the message names the schema place that failed", "[schema]") {
  const std::string errors =
      cg::test::schemaErrors(schemaPath(G), mutate(kValidGraph, "/claims/0/quantity/unit", kRemove));
  REQUIRE(errors ==
          "schema keyword \"required\" failed at schema #/definitions/quantity, document "
          "/claims/0/quantity: missing \"unit\"");
}

TEST_CASE("parse errors and missing schema files are reported, not thrown", "[schema]") {
  SECTION("a truncated document") {
    const std::string errors = cg::test::schemaErrors(schemaPath(G), R"({"schema": "claimgraph/1", )");
    REQUIRE_THAT(errors, Contains("JSON parse error at offset 27"));
  }
  SECTION("an empty document") {
    REQUIRE_THAT(cg::test::schemaErrors(schemaPath(C), ""), Contains("JSON parse error"));
  }
  SECTION("a schema file that does not exist") {
    REQUIRE_THAT(cg::test::schemaErrors(schemaPath("no-such.schema.json"), "{}"),
                 Contains("cannot read schema file") && Contains("no-such.schema.json"));
  }
  SECTION("a schema text that is not JSON") {
    REQUIRE_THAT(cg::test::schemaErrorsForText("{\"type\": ", "{}"), Contains("schema: JSON parse error at offset"));
  }
}

TEST_CASE("the same schema validates many documents from its cache", "[schema]") {
  for (int i = 0; i < 50; ++i) {
    REQUIRE(cg::test::schemaErrors(schemaPath(C), kValidCheck) == "");
    REQUIRE_THAT(cg::test::schemaErrors(schemaPath(C), mutate(kValidCheck, "/verdict", R"("maybe")")),
                 Contains("\"enum\""));
  }
}
