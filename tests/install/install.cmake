# install.prefix: `cmake --install` into a temporary prefix, then what a
# user does with it.
#
#   cmake -DBUILD=<build dir> -DSOURCE=<source dir> -DWORK=<dir> -DCC=<cc>
#         -DARTICLE=<article> [-DSAN_FLAGS=<flags>] -P install.cmake
#
# Checks: the library (shared and static), header, CLI, man page, data,
# licence, newskg.pc and the CMake package are where GNUInstallDirs puts
# them; the installed CLI runs, finds its data (also after the prefix is
# moved), and its man page names every option of its --help; the build
# tree's CLI finds the source data; tests/install/consumer/main.c builds
# against the prefix with pkg-config (shared, and static from
# `pkg-config --static`) and with find_package(newskg) (newskg::newskg and
# newskg::newskg_static), and each program extracts the article.
# SAN_FLAGS: a sanitizer build's library needs its runtime in the program.
cmake_minimum_required(VERSION 3.25)
foreach(v BUILD SOURCE WORK CC ARTICLE)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "install.cmake: ${v} not set")
  endif()
endforeach()
separate_arguments(san UNIX_COMMAND "${SAN_FLAGS}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(prefix "${WORK}/prefix")
set(problems)

macro(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}\n(kept in ${WORK})")
  endif()
endmacro()
# expect(<what> <condition>...): the condition as if() takes it
macro(expect what)
  if(${ARGN})
    message(STATUS "ok   ${what}")
  else()
    message(STATUS "FAIL ${what}")
    list(APPEND problems "${what}")
  endif()
endmacro()

run("cmake --install" ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}")

# Where GNUInstallDirs puts things: the libdir is read from the build's
# cache (lib, or lib/<multiarch> for a /usr prefix).
file(STRINGS "${BUILD}/CMakeCache.txt" libdir REGEX "^CMAKE_INSTALL_LIBDIR:")
string(REGEX REPLACE "^[^=]*=" "" libdir "${libdir}")
foreach(f bin/newskg ${libdir}/libnewskg.so ${libdir}/libnewskg.a
          include/newskg/newskg.h share/man/man1/newskg.1
          share/newskg/newskg.ttl share/newskg/shapes.ttl share/newskg/gazetteer.tsv
          share/newskg/demonyms.tsv share/newskg/queries/who-met-whom.rq
          share/doc/newskg/LICENSE share/doc/newskg/NOTICE
          ${libdir}/pkgconfig/newskg.pc ${libdir}/cmake/newskg/newskgConfig.cmake
          ${libdir}/cmake/newskg/newskgConfigVersion.cmake)
  set(have FALSE)
  if(EXISTS "${prefix}/${f}")
    set(have TRUE)
  endif()
  expect("installed: ${f}" have)
endforeach()
file(GLOB soname "${prefix}/${libdir}/libnewskg.so.0")
expect("installed: ${libdir}/libnewskg.so.0 (the SONAME)" soname)
# the parser model, when the source tree has one
file(GLOB_RECURSE models RELATIVE "${SOURCE}/ontology" "${SOURCE}/ontology/models/*")
foreach(m ${models})
  set(have FALSE)
  if(EXISTS "${prefix}/share/newskg/${m}")
    set(have TRUE)
  endif()
  expect("installed: share/newskg/${m}" have)
endforeach()

# The installed CLI: runs (its RUNPATH finds the installed libnewskg),
# finds its data, extracts.
run("installed newskg" "${prefix}/bin/newskg" extract -f ntriples -q --today 2024-06-01
    "${ARTICLE}")
string(FIND "${out}" "<https://w3id.org/newskg/ontology#participant>" at)
expect("the installed newskg extracts a meeting participant" NOT at EQUAL -1)
run("installed newskg --data-dir" "${prefix}/bin/newskg" --data-dir)
file(REAL_PATH "${prefix}/share/newskg" want)
string(STRIP "${out}" out)
expect("the installed newskg --data-dir is ${want} (got ${out})" out STREQUAL want)
file(RENAME "${prefix}" "${WORK}/moved")
execute_process(COMMAND "${WORK}/moved/bin/newskg" --data-dir OUTPUT_VARIABLE out
  RESULT_VARIABLE rc)
file(REAL_PATH "${WORK}/moved/share/newskg" want)
file(RENAME "${WORK}/moved" "${prefix}")
string(STRIP "${out}" out)
expect("a moved prefix: --data-dir follows it (${out})" rc EQUAL 0 AND out STREQUAL want)
run("build tree newskg --data-dir" "${BUILD}/newskg" --data-dir)
string(STRIP "${out}" out)
set(src_data "${SOURCE}/ontology")
expect("the build tree's newskg --data-dir is the source ontology/ (${out})" out STREQUAL src_data)

# NEWSKG_DATADIR wins; one that holds no data is an error, in one line.
execute_process(COMMAND ${CMAKE_COMMAND} -E env "NEWSKG_DATADIR=${SOURCE}/ontology"
  "${prefix}/bin/newskg" --data-dir OUTPUT_VARIABLE out RESULT_VARIABLE rc)
string(STRIP "${out}" out)
expect("NEWSKG_DATADIR overrides the installed data (${out})" rc EQUAL 0 AND out STREQUAL src_data)
execute_process(COMMAND ${CMAKE_COMMAND} -E env "NEWSKG_DATADIR=${WORK}/nowhere"
  "${prefix}/bin/newskg" --data-dir OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
expect("a NEWSKG_DATADIR without data: exit 1, one line on stderr (${err})"
  rc EQUAL 1 AND out MATCHES "^$" AND err MATCHES "^newskg: [^\n]*\n$")

# The man page names every long option of --help.
run("newskg --help" "${prefix}/bin/newskg" --help)
file(READ "${prefix}/share/man/man1/newskg.1" man)
string(REGEX MATCHALL "--[a-z][a-z0-9-]*" options "${out}")
list(REMOVE_DUPLICATES options)
list(LENGTH options n)
expect("--help lists ${n} long options" n GREATER 15)
foreach(o ${options})
  string(REPLACE "-" "\\\\-" roff "${o}")
  string(REGEX MATCH "${roff}" hit "${man}")
  expect("newskg(1) documents ${o}" hit)
endforeach()
run("newskg --version" "${prefix}/bin/newskg" --version)
string(REGEX MATCH "newskg ([0-9.]+)" _ "${out}")
string(FIND "${man}" ".TH NEWSKG 1 \"" th)
string(FIND "${man}" "\"newskg ${CMAKE_MATCH_1}\"" man_version)
expect("newskg(1) is of version ${CMAKE_MATCH_1}" NOT th EQUAL -1 AND NOT man_version EQUAL -1)
find_program(GROFF groff)
if(GROFF)
  execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z "${prefix}/share/man/man1/newskg.1"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  expect("groff formats newskg(1) without a warning ${err}" rc EQUAL 0 AND err MATCHES "^$")
endif()

# A program built against the prefix runs on the article: its own counts
# line and N-Triples with a participant.  The shared builds must load the
# installed libnewskg, the static ones must not need it at all.
function(check_program exe how static)
  execute_process(COMMAND "${exe}" "${ARTICLE}" RESULT_VARIABLE rc
    OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(ok FALSE)
  if(rc EQUAL 0 AND out MATCHES "# [1-9][0-9]* events [1-9][0-9]* entities"
     AND out MATCHES "ontology#participant> <http://www.wikidata.org/entity/Q")
    set(ok TRUE)
  endif()
  expect("${how}: the program extracts the article (${rc} ${err})" ok)
  execute_process(COMMAND readelf -d "${exe}" OUTPUT_VARIABLE dyn)
  string(FIND "${dyn}" "libnewskg.so" needed)
  if(static)
    expect("${how}: needs no libnewskg.so" needed EQUAL -1)
  else()
    expect("${how}: links libnewskg.so" NOT needed EQUAL -1)
  endif()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

# pkg-config
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${prefix}/${libdir}/pkgconfig")
run("pkg-config --cflags --libs" ${PKG_CONFIG} --cflags --libs newskg)
separate_arguments(pc_flags UNIX_COMMAND "${out}")
run("pkg-config --variable=libdir" ${PKG_CONFIG} --variable=libdir newskg)
string(STRIP "${out}" pc_libdir)
run("pkg-config --variable=pkgdatadir" ${PKG_CONFIG} --variable=pkgdatadir newskg)
string(STRIP "${out}" pc_datadir)
file(REAL_PATH "${pc_datadir}" pc_datadir)
file(REAL_PATH "${prefix}/share/newskg" want)
expect("pkg-config pkgdatadir is the installed data (${pc_datadir})" pc_datadir STREQUAL want)
set(src "${SOURCE}/tests/install/consumer/main.c")
run("cc with pkg-config (shared)" "${CC}" -std=c11 -Wall -Wextra -Werror ${san} -o "${WORK}/pc_shared"
    "${src}" ${pc_flags} "-Wl,-rpath,${pc_libdir}")
check_program("${WORK}/pc_shared" "pkg-config, shared" FALSE)
# Static: Requires.private and Libs.private bring raptor2, libxml2,
# utf8proc, zlib, jansson and -pthread; the archive is named by its path
# (a plain -lnewskg would pick the .so beside it).
run("pkg-config --static --libs" ${PKG_CONFIG} --static --libs newskg)
separate_arguments(pc_static UNIX_COMMAND "${out}")
list(TRANSFORM pc_static REPLACE "^-lnewskg$" "${pc_libdir}/libnewskg.a")
foreach(dep -lraptor2 -lxml2 -lutf8proc -lz -ljansson)
  list(FIND pc_static "${dep}" at)
  expect("pkg-config --static --libs names ${dep}" NOT at EQUAL -1)
endforeach()
run("pkg-config --cflags" ${PKG_CONFIG} --cflags newskg)
separate_arguments(pc_cflags UNIX_COMMAND "${out}")
run("cc with pkg-config --static" "${CC}" -std=c11 -Wall -Wextra -Werror ${san} -o "${WORK}/pc_static"
    "${src}" ${pc_cflags} ${pc_static})
check_program("${WORK}/pc_static" "pkg-config --static" TRUE)

# find_package(newskg)
run("cmake configure of the consumer" ${CMAKE_COMMAND} -S "${SOURCE}/tests/install/consumer"
    -B "${WORK}/consumer" "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_C_COMPILER=${CC}"
    "-DCMAKE_C_FLAGS=${SAN_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${SAN_FLAGS}")
run("cmake build of the consumer" ${CMAKE_COMMAND} --build "${WORK}/consumer")
file(READ "${WORK}/consumer/datadir.txt" cm_datadir)
file(REAL_PATH "${cm_datadir}" cm_datadir)
expect("find_package sets NEWSKG_DATADIR to the installed data" cm_datadir STREQUAL want)
check_program("${WORK}/consumer/consumer_shared" "find_package, newskg::newskg" FALSE)
check_program("${WORK}/consumer/consumer_static" "find_package, newskg::newskg_static" TRUE)

if(problems)
  string(REPLACE ";" "\n  " plist "${problems}")
  message(FATAL_ERROR "install checks failed:\n  ${plist}\n(kept in ${WORK})")
endif()
file(REMOVE_RECURSE "${WORK}")
