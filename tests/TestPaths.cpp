#include "TestPaths.h"

#if !defined(CG_SOURCE_DIR) || !defined(CG_BINARY)
#error "CG_SOURCE_DIR and CG_BINARY must be defined as string literals naming the repository root and the binary"
#endif

namespace cg::test {

const char* sourceDir() { return CG_SOURCE_DIR; }
const char* claimgraphPath() { return CG_BINARY; }

}  // namespace cg::test
