# What `cmake --install BUILD --prefix P` installs, laid out like the build tree:
#   P/bin/tensorlife-tidy, tensorlife-scan, tensorlife-clangd
#   P/lib/libTensorlifeTidy.so          the plugin for clang-tidy-N (N = TENSORLIFE_LLVM_MAJOR)
#   P/lib/clang/N -> LLVM N's resource dir (Clang's builtin headers, found relative to bin/), unless
#                   P has one already: Debian's /usr does (libclang-common-N-dev)
#   P/share/doc/tensorlife/             README.md and docs/
#   P/share/tensorlife/schemas/         the JSON Schemas of model files and of scan reports
# The built-in API models are compiled in: nothing else is read at run time.
# Everything is in the `tensorlife` component but the resource-dir link, which packages leave to
# the distribution's package (cmake/Packaging.cmake).
install(TARGETS tensorlife-tidy tensorlife-scan tensorlife-clangd RUNTIME DESTINATION bin
        COMPONENT tensorlife)
install(TARGETS TensorlifeTidy LIBRARY DESTINATION lib COMPONENT tensorlife)
install(FILES README.md DESTINATION share/doc/tensorlife COMPONENT tensorlife)
install(DIRECTORY docs/ DESTINATION share/doc/tensorlife COMPONENT tensorlife
        FILES_MATCHING PATTERN "*.md")
install(FILES docs/model.schema.json docs/scan-report.schema.json
        DESTINATION share/tensorlife/schemas COMPONENT tensorlife)

set(TENSORLIFE_RESOURCE_DIR ${TENSORLIFE_LLVM_ROOT}/lib/clang/${TENSORLIFE_LLVM_MAJOR})
install(CODE "
  set(prefix_resource_dir \"\${CMAKE_INSTALL_PREFIX}/lib/clang/${TENSORLIFE_LLVM_MAJOR}\")
  if(NOT EXISTS \"\${prefix_resource_dir}\")
    set(link \"\$ENV{DESTDIR}\${prefix_resource_dir}\")
    message(STATUS \"Installing: \${link} -> ${TENSORLIFE_RESOURCE_DIR}\")
    get_filename_component(parent \"\${link}\" DIRECTORY)
    file(MAKE_DIRECTORY \"\${parent}\")
    file(CREATE_LINK \"${TENSORLIFE_RESOURCE_DIR}\" \"\${link}\" SYMBOLIC)
  endif()" COMPONENT resource-dir)
