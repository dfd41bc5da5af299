#pragma once
// Where this build's repository and claimgraph binary are. They are compiled into one object
// (TestPaths.cpp, the only one given CG_SOURCE_DIR and CG_BINARY) rather than defined on every test
// source's command line: ccache hashes a -D flag as written, and CCACHE_BASEDIR makes relative only
// the paths it knows for paths, so an absolute path in a flag made every test object of a second
// worktree a cache miss.

namespace cg::test {

[[nodiscard]] const char* sourceDir();       // the repository root
[[nodiscard]] const char* claimgraphPath();  // the claimgraph binary of this build

}  // namespace cg::test
