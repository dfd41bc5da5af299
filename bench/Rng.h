#pragma once
// SplitMix64: a tiny, fast, well-mixed generator whose output is fixed by its seed on
// every platform. Benchmarks use it instead of <random>'s distributions, whose output
// differs between standard libraries, so that a seed names one corpus everywhere.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace cg::bench {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); the modulo bias (< n / 2^64) does not matter here.
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  // Log-uniform in [lo, hi]: figures spread over orders of magnitude, as real ones do.
  double logUniform(double lo, double hi) { return lo * std::pow(hi / lo, unit()); }
  template <class C>
  const auto& pick(const C& c) {
    return c[below(std::size(c))];
  }

 private:
  std::uint64_t state_;
};

// Zipf-distributed ranks in [0, n): rank r with weight 1 / (r + 1)^s. A few entities
// are named everywhere, most rarely, as in an encyclopedia.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (std::size_t r = 0; r < n; ++r) cdf_[r] = (sum += 1.0 / std::pow(static_cast<double>(r + 1), s));
  }
  std::size_t sample(Rng& rng) const {
    double u = rng.unit() * cdf_.back();
    return static_cast<std::size_t>(std::upper_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }
  [[nodiscard]] std::size_t size() const { return cdf_.size(); }

 private:
  std::vector<double> cdf_;
};

}  // namespace cg::bench
