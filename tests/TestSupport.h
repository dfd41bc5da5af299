#pragma once
// Small helpers shared by the tests: repository paths, reading fixtures, running the
// claimgraph binary and capturing what it printed.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char** environ;

#include <catch2/catch.hpp>

#include "TestPaths.h"
#include "graph/Ids.h"

namespace cg::test {

// An AI Wiki article of one paragraph, titled "Test" and updated 2024-06-01 (the date a claim its
// own words leave undated gets from the document).
inline std::string oneParagraphArticle(const std::string& paragraph) {
  return "---\ntitle: \"Test\"\nupdated: \"2024-06-01\"\n---\n# Test\n\n" + paragraph + "\n";
}

inline std::filesystem::path repo(const std::string& relative) { return std::filesystem::path(sourceDir()) / relative; }

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::filesystem::path tempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("cg-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

struct Run {
  int status = -1;
  std::string out, err;
};

// What a finished run left: its status and the output files at `base`.out/.err (then removed).
inline Run collected(int raw, const std::filesystem::path& base) {
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(base.string() + ".out");
  r.err = slurp(base.string() + ".err");
  std::filesystem::remove(base.string() + ".out");
  std::filesystem::remove(base.string() + ".err");
  return r;
}

// Runs `claimgraph ARGS` (ARGS already shell-quoted) in `cwd`, with `env` ("NAME=value ...")
// set for the program alone.
inline Run runCli(const std::string& args, const std::filesystem::path& cwd = std::filesystem::temp_directory_path(),
                  const std::string& env = "") {
  static int counter = 0;
  auto base = std::filesystem::temp_directory_path() /
              ("cg-run-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::string command = "cd '" + cwd.string() + "' && " + env + " '" + std::string(claimgraphPath()) + "' " + args +
                        " >'" + base.string() + ".out' 2>'" + base.string() + ".err' </dev/null";
  int raw = std::system(command.c_str());
  return collected(raw, base);
}

// Runs claimgraph with an argument vector (no shell in between) in `cwd`.
inline Run runArgv(const std::vector<std::string>& args, const std::filesystem::path& cwd) {
  static int counter = 0;
  auto base = std::filesystem::temp_directory_path() /
              ("cg-argv-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::vector<char*> argv;
  std::string program = claimgraphPath();
  argv.push_back(program.data());
  std::vector<std::string> copies(args);
  for (auto& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, (base.string() + ".out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, (base.string() + ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  pid_t pid = -1;
  int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + program);
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  return collected(raw, base);
}

// Typed ids written as numbers: ids<ClaimId>({0, 1}).
template <class Id>
std::vector<Id> ids(std::initializer_list<std::uint32_t> values) {
  std::vector<Id> out;
  for (std::uint32_t v : values) out.emplace_back(v);
  return out;
}

inline std::string quote(const std::string& s) { return "'" + s + "'"; }

// A temporary folder (made once per test binary and name) holding claims.cg of corpus/.
inline const std::filesystem::path& ingestedSeed(const std::string& name) {
  static std::map<std::string, std::filesystem::path> dirs;
  auto it = dirs.find(name);
  if (it != dirs.end()) return it->second;
  auto dir = tempDir(name);
  Run r = runCli("ingest -q " + quote(repo("corpus").string()), dir);
  if (r.status != 0) throw std::runtime_error("ingest of corpus/ failed: " + r.err);
  return dirs.emplace(name, dir).first->second;
}

}  // namespace cg::test

// Catch prints a typed id as its number, or "invalid".
template <class Tag>
struct Catch::StringMaker<cg::graph::TypedId<Tag>> {
  static std::string convert(cg::graph::TypedId<Tag> id) {
    return id.isValid() ? std::to_string(id.value()) : std::string("invalid");
  }
};
