#pragma once
// The Catch2 check the accuracy tests share: a gold score at exactly its measured tallies.

#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "GoldScore.h"

namespace cg::test {

// Every tally of `score` is the measured one, and there are no others: a regression fails,
// and so does an improvement, so that the numbers are moved on purpose. On failure the
// report (the missed items) is printed.
inline void checkTallies(const GoldScore& score, const std::map<std::string, Tally>& measured) {
  INFO(score.report());
  for (const auto& [key, tally] : measured) {
    CAPTURE(key);
    CHECK(score.tally(key) == tally);
  }
  CHECK(score.tallies.size() == measured.size());
}

}  // namespace cg::test
