# `cmake --install`: the library (shared and static), header, CLI, man
# page, data, licence, and the files consumers find it by: newskg.pc
# (pkg-config) and newskgConfig.cmake (find_package).  GNUInstallDirs
# places everything; every file is relocatable (found from its own
# directory), so `cmake --install build --prefix DIR` works, which is how
# tests/install/ checks it.
include(CMakePackageConfigHelpers)

set(NEWSKG_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/newskg)
set(NEWSKG_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/newskg)

install(FILES include/newskg/newskg.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newskg)

# Data: ontology, SHACL shapes, the tables, the SPARQL queries, and the
# parser model when there is one (ontology/models/; the library embeds its
# own copy, this one is for reference).  The README picture and the
# sources notes are not data.
install(DIRECTORY ontology/ DESTINATION ${NEWSKG_INSTALL_DATADIR}
  PATTERN "*.png" EXCLUDE
  PATTERN "*.md" EXCLUDE)
# ... but the model's README is its licence and attribution (CC BY-SA 4.0),
# which must travel with it.
if(EXISTS ${PROJECT_SOURCE_DIR}/ontology/models/README.md)
  install(FILES ontology/models/README.md DESTINATION ${NEWSKG_INSTALL_DATADIR}/models)
endif()
install(FILES LICENSE NOTICE ontology/gazetteer-extra.SOURCES.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR})
configure_file(doc/newskg.1.in ${PROJECT_BINARY_DIR}/newskg.1 @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/newskg.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# pkg-config: prefix relative to the .pc file's directory.
file(RELATIVE_PATH NEWSKG_PC_TO_PREFIX
  ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" NEWSKG_PC_TO_PREFIX "${NEWSKG_PC_TO_PREFIX}")
configure_file(cmake/newskg.pc.in ${PROJECT_BINARY_DIR}/newskg.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/newskg.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# CMake package: targets newskg::newskg, newskg::newskg_static,
# newskg::newskg_cli.  SameMajorVersion: 0.x releases may break the API.
install(EXPORT newskgTargets NAMESPACE newskg::
  DESTINATION ${NEWSKG_INSTALL_CMAKEDIR})
configure_package_config_file(cmake/newskgConfig.cmake.in
  ${PROJECT_BINARY_DIR}/newskgConfig.cmake
  INSTALL_DESTINATION ${NEWSKG_INSTALL_CMAKEDIR}
  PATH_VARS NEWSKG_INSTALL_DATADIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/newskgConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/newskgConfig.cmake
  ${PROJECT_BINARY_DIR}/newskgConfigVersion.cmake
  DESTINATION ${NEWSKG_INSTALL_CMAKEDIR})
