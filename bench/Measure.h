#pragma once
// Small tools for measuring: a monotonic clock, resident and peak memory, latency
// percentiles, and the one output form every figure takes, `name: value unit`, which
// bench/run.sh collects and tabulates.

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace cg::bench {

inline double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Resident set size now, in bytes (from /proc/self/statm; 0 when unreadable).
inline std::size_t currentRss() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long pages = 0, resident = 0;
  int n = std::fscanf(f, "%lu %lu", &pages, &resident);
  std::fclose(f);
  return n == 2 ? resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

// Resident memory by kind, in bytes, from /proc/self/status: anonymous (the heap: built
// vectors and maps) and file-backed (pages of a mapped snapshot that something has read, and
// the program's own code). Both count in currentRss().
struct ResidentSplit {
  std::size_t anon = 0, file = 0;
};
inline ResidentSplit residentSplit() {
  ResidentSplit r;
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return r;
  char line[256];
  unsigned long kb = 0;
  while (std::fgets(line, sizeof line, f)) {
    if (std::sscanf(line, "RssAnon: %lu kB", &kb) == 1) r.anon = kb * 1024;
    if (std::sscanf(line, "RssFile: %lu kB", &kb) == 1) r.file = kb * 1024;
  }
  std::fclose(f);
  return r;
}

// Peak resident set size of this process so far, in bytes (getrusage ru_maxrss).
inline std::size_t peakRss() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<std::size_t>(u.ru_maxrss) * 1024;
}

// CPU time (user + system) this process has used so far, in seconds. Throughput per CPU
// second does not drop when other work on the machine takes the cores; wall time does.
inline double cpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Everything here counts in decimal megabytes (10^6 bytes), sizes and memory alike.
inline double mb(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

// Latencies of one kind of query, in microseconds.
class Latencies {
 public:
  void add(double seconds) { us_.push_back(seconds * 1e6); }
  [[nodiscard]] std::size_t size() const { return us_.size(); }
  [[nodiscard]] double percentile(double p) const {
    if (us_.empty()) return NAN;
    std::vector<double> v = us_;
    std::sort(v.begin(), v.end());
    auto k = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
    return v[std::min(v.size() - 1, k == 0 ? 0 : k - 1)];
  }
  [[nodiscard]] double mean() const {
    double s = 0;
    for (double x : us_) s += x;
    return us_.empty() ? NAN : s / static_cast<double>(us_.size());
  }
  void append(const Latencies& other) { us_.insert(us_.end(), other.us_.begin(), other.us_.end()); }
  // The first n samples, in the order they were taken.
  [[nodiscard]] Latencies first(std::size_t n) const {
    Latencies l;
    l.us_.assign(us_.begin(), us_.begin() + static_cast<std::ptrdiff_t>(std::min(n, us_.size())));
    return l;
  }

 private:
  std::vector<double> us_;
};

// One result line on stdout: "name: value unit". Whole numbers print as such; others
// with three or four significant digits.
inline void result(std::string_view name, double value, std::string_view unit) {
  double a = std::fabs(value);
  int n = static_cast<int>(name.size()), u = static_cast<int>(unit.size());
  if (std::isnan(value))
    std::printf("%.*s: n/a %.*s\n", n, name.data(), u, unit.data());
  else if (a >= 100 || (value == std::floor(value) && a < 1e15))
    std::printf("%.*s: %.0f %.*s\n", n, name.data(), value, u, unit.data());
  else if (a >= 10)
    std::printf("%.*s: %.1f %.*s\n", n, name.data(), value, u, unit.data());
  else if (a >= 0.01)
    std::printf("%.*s: %.3f %.*s\n", n, name.data(), value, u, unit.data());
  else
    std::printf("%.*s: %.3g %.*s\n", n, name.data(), value, u, unit.data());
  std::fflush(stdout);
}

inline void note(const std::string& text) { std::fprintf(stderr, "%s\n", text.c_str()); }

}  // namespace cg::bench
