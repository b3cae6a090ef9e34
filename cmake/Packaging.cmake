# The Debian package of this build: `cpack --config BUILD/CPackConfig.cmake` writes
# BUILD/packages/tensorlife-llvmN_<version>_<arch>.deb (N = TENSORLIFE_LLVM_MAJOR), which installs
# into /usr what cmake/Install.cmake installs and depends on LLVM N's runtime packages. The
# packages of different majors install the same files: each provides and conflicts with
# `tensorlife`, so installing one replaces the other.
set(TENSORLIFE_DEB_LLVM_VERSION "1:${LLVM_VERSION_MAJOR}.${LLVM_VERSION_MINOR}.0")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tensorlife-llvm${TENSORLIFE_LLVM_MAJOR})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "tensorlife maintainers <tensorlife@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Lifetime-bug checks for C++ code using tensor runtimes, for clang-tidy ${TENSORLIFE_LLVM_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "tensorlife-tidy (clang-tidy ${TENSORLIFE_LLVM_MAJOR} with the tensorlife checks), the\n\
plugin libTensorlifeTidy.so for clang-tidy-${TENSORLIFE_LLVM_MAJOR}, tensorlife-clangd and\n\
tensorlife-scan.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# libclang-common-N-dev holds Clang's builtin headers (/usr/lib/clang/N), as for clang-N itself.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, libstdc++6, libclang-cpp${TENSORLIFE_LLVM_MAJOR} (>= ${TENSORLIFE_DEB_LLVM_VERSION}), \
libllvm${TENSORLIFE_LLVM_MAJOR} (>= ${TENSORLIFE_DEB_LLVM_VERSION}), \
libclang-common-${TENSORLIFE_LLVM_MAJOR}-dev")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS clang-tidy-${TENSORLIFE_LLVM_MAJOR})
set(CPACK_DEBIAN_PACKAGE_PROVIDES tensorlife)
set(CPACK_DEBIAN_PACKAGE_CONFLICTS tensorlife)
set(CPACK_DEBIAN_PACKAGE_REPLACES tensorlife)
# Built by the test suite: fast compression over small.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
# The package leaves the resource-dir link to libclang-common-N-dev (cmake/Install.cmake).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL tensorlife)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
include(CPack)
