#pragma once
// The Python text semantics that ../shared/tools/score.py leans on, written out in C++ so
// that GoldScore can mirror it line for line: its fold() and norm_url(), and what str()
// and repr() print for a value json.load made. Each function names what it mirrors.

#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace cg::test::py {

// score.py fold(s) on a string: NFKC, the curly quotes and en/em dashes to ASCII,
// str.casefold(), then split on Python white space and joined by one space.
[[nodiscard]] std::string fold(std::string_view utf8);

// score.py fold(s) on a JSON value: "" for None (null or missing), else fold(str(s)).
[[nodiscard]] std::string fold(const rapidjson::Value* v);

// score.py norm_url(u): html.unescape, urllib.parse.unquote, fold, then the scheme,
// "www." and trailing "/" dropped. `u` null, missing or "" is "". Throws cg::Error for a
// url that is not a string (score.py stops there with a TypeError).
[[nodiscard]] std::string normUrl(const rapidjson::Value* u);

// html.unescape(s): numeric references as Python decodes them, the 106 names HTML5
// accepts without ';' (with or without it) and a few common names with ';'. Other named
// references stay as written, where Python would decode them (none in any gold we have).
[[nodiscard]] std::string htmlUnescape(std::string_view s);

// urllib.parse.unquote(s): %XX escapes in each ASCII run decoded as UTF-8, an invalid
// sequence to U+FFFD.
[[nodiscard]] std::string unquote(std::string_view s);

// str(v) and repr(v) of what json.load returns for `v` (None, True, 19, 2.5, 'a', [..]).
[[nodiscard]] std::string str(const rapidjson::Value& v);
[[nodiscard]] std::string repr(const rapidjson::Value& v);

// repr(float): the shortest digits that read back, "1e+16", "0.0001", "19.0".
[[nodiscard]] std::string floatRepr(double x);

// Python truthiness: None, False, 0, "", [] and {} are false; a missing member too.
[[nodiscard]] bool truthy(const rapidjson::Value* v);

// float(v) and int(v) of a JSON value (a number, bool or numeric string); nullopt where
// Python raises.
[[nodiscard]] std::optional<double> toFloat(const rapidjson::Value& v);
[[nodiscard]] std::optional<long long> toInt(const rapidjson::Value& v);

// A key that is equal for values a Python dict or set treats as the same key
// (3 == 3.0 == True aside from strings); throws cg::Error for a list or object.
[[nodiscard]] std::string hashKey(const rapidjson::Value& v);

}  // namespace cg::test::py
