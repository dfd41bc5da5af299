// The string pool (graph/StringPool.h): one id per distinct string, ids that stay valid as the
// pool grows, and a viewed block that is copied before anything is added to it.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "graph/StringPool.h"

using cg::graph::StrId;
using cg::graph::StringPool;

TEST_CASE("a string interned twice has one id, and the empty string is id 0", "[graph][strings]") {
  StringPool pool;
  const StrId nvidia = pool.intern("NVIDIA");
  CHECK(nvidia != 0);
  CHECK(pool.intern("NVIDIA") == nvidia);
  CHECK(pool.intern(std::string("NVIDIA")) == nvidia);
  CHECK(pool.intern("Nvidia") != nvidia);
  CHECK(pool.intern("") == 0);
  CHECK(pool.get(nvidia) == "NVIDIA");
}

TEST_CASE("a prefix of a pooled string is a string of its own", "[graph][strings]") {
  StringPool pool;
  const StrId deepseek = pool.intern("DeepSeek V3");
  const StrId prefix = pool.intern("DeepSeek");
  CHECK(prefix != deepseek);
  CHECK(pool.get(prefix) == "DeepSeek");
  CHECK(pool.intern("DeepSeek V3") == deepseek);
  CHECK(pool.intern("DeepSeek V") != deepseek);
}

TEST_CASE("ids stay the same while the pool grows to many thousands of strings", "[graph][strings]") {
  StringPool pool;
  std::vector<StrId> ids;
  for (int i = 0; i < 20000; ++i) ids.push_back(pool.intern("name " + std::to_string(i)));
  for (int i = 0; i < 20000; ++i) {
    CHECK(pool.intern("name " + std::to_string(i)) == ids[static_cast<std::size_t>(i)]);
    CHECK(pool.get(ids[static_cast<std::size_t>(i)]) == "name " + std::to_string(i));
  }
  // Ids are offsets in input order: the first string is at 1, after the leading NUL.
  CHECK(ids.front() == 1);
  CHECK(pool.bytes() == 1 + 10 * 7 + 90 * 8 + 900 * 9 + 9000 * 10 + 10000 * 11);
}

TEST_CASE("a string with a NUL is pooled up to the NUL", "[graph][strings]") {
  StringPool pool;
  const StrId a = pool.intern(std::string_view("abc\0def", 7));
  CHECK(pool.get(a) == "abc");
  CHECK(pool.intern("abc") == a);
}

TEST_CASE("a viewed pool reads its block in place and copies it before adding", "[graph][strings]") {
  const std::string block("\0alpha\0beta\0", 12);
  StringPool pool = StringPool::view(block);
  CHECK(pool.get(1) == "alpha");
  CHECK(pool.get(7) == "beta");
  const StrId gamma = pool.intern("gamma");
  CHECK(gamma == 12);
  CHECK(pool.get(gamma) == "gamma");
  CHECK(pool.get(1) == "alpha");
  CHECK(pool.intern("gamma") == gamma);
  CHECK_THROWS_WITH(StringPool::view(std::string_view("alpha\0", 6)), "string pool block is malformed");
}
