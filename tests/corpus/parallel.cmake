# -j N gives the same bytes as -j 1: runs `newskg extract` over a
# directory of the project's example inputs (tests/data/articles, html,
# corpus) copied COPIES times — more documents than the reorder window of
# -j 4 holds — with -j 1, 2 and 4, in a format written graph by graph
# (N-Quads, N-Triples: serialized on the workers) and one that buffers
# (Turtle: graphs handed to the main thread), and compares standard
# output and standard error byte for byte.  Failing documents are among
# them, so their one-line messages must come out in input order too.
#
#   cmake -DCLI=newskg -DDATA=tests/data -DWORK=dir [-DCOPIES=8] -P parallel.cmake
cmake_minimum_required(VERSION 3.25) # policies of a script run with -P
if(NOT DEFINED CLI OR NOT DEFINED DATA OR NOT DEFINED WORK)
  message(FATAL_ERROR "parallel.cmake: CLI, DATA and WORK are required")
endif()
if(NOT DEFINED COPIES)
  set(COPIES 8)
endif()

file(REMOVE_RECURSE "${WORK}")
set(corpus "${WORK}/corpus")
file(GLOB inputs "${DATA}/articles/*.txt" "${DATA}/html/*" "${DATA}/corpus/*.jsonl"
                 "${DATA}/corpus/*.warc" "${DATA}/invalid-utf8.txt")
foreach(k RANGE 1 ${COPIES})
  foreach(f IN LISTS inputs)
    get_filename_component(name "${f}" NAME_WE)
    get_filename_component(ext "${f}" LAST_EXT)
    # copy-01 .. copy-08, so name order is numeric order
    string(LENGTH "${k}" kl)
    set(kk "${k}")
    if(kl EQUAL 1)
      set(kk "0${k}")
    endif()
    configure_file("${f}" "${corpus}/copy-${kk}/${name}-${kk}${ext}" COPYONLY)
  endforeach()
endforeach()

set(problems)
foreach(format nquads ntriples turtle)
  foreach(j 1 2 4)
    execute_process(
      COMMAND "${CLI}" extract -f ${format} --today 2024-06-01 --strict-utf8 -j ${j} "${corpus}"
      OUTPUT_FILE "${WORK}/out-${format}-${j}"
      ERROR_FILE "${WORK}/err-${format}-${j}"
      RESULT_VARIABLE rc)
    # the corpus holds failing documents: exit status 1, the rest written
    if(NOT rc EQUAL 1)
      list(APPEND problems "${format} -j ${j}: exit status ${rc}, want 1")
    endif()
  endforeach()
  file(SIZE "${WORK}/out-${format}-1" size)
  if(size LESS 100000)
    list(APPEND problems "${format} -j 1: only ${size} bytes of output")
  endif()
  file(STRINGS "${WORK}/err-${format}-1" errs)
  # the copies of a JSON Lines or WARC file repeat its records' ids and
  # URLs: each copy after the first fails those records, naming the first
  # (one document IRI for two inputs would merge them)
  set(dup_errs ${errs})
  list(FILTER dup_errs INCLUDE REGEX "is already that of '.*copy-01/")
  list(FILTER errs EXCLUDE REGEX "is already that of")
  list(LENGTH errs nerr)
  list(LENGTH dup_errs ndup)
  # per copy: invalid-utf8.txt (--strict-utf8) and malformed.jsonl's
  # broken line
  math(EXPR want_err "2 * ${COPIES}")
  if(NOT nerr EQUAL want_err)
    list(APPEND problems "${format} -j 1: ${nerr} error lines, want ${want_err}")
  endif()
  if(ndup LESS ${COPIES})
    list(APPEND problems "${format} -j 1: ${ndup} repeated-id lines naming copy-01")
  endif()
  foreach(j 2 4)
    foreach(stream out err)
      execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
        "${WORK}/${stream}-${format}-1" "${WORK}/${stream}-${format}-${j}"
        RESULT_VARIABLE same)
      if(NOT same EQUAL 0)
        list(APPEND problems "${format}: ${stream} of -j ${j} differs from -j 1")
      endif()
    endforeach()
  endforeach()
endforeach()

if(problems)
  string(REPLACE ";" "\n  " plist "${problems}")
  message(FATAL_ERROR "parallel output differs:\n  ${plist}\n(kept in ${WORK})")
endif()
file(REMOVE_RECURSE "${WORK}")
