# Runs the CLI on one article and checks its output with an external tool.
#   cmake -DMODE=rapper|xmllint|networkx|rdflib -DCLI=... -DFORMAT=...
#         -DINPUT=... -DWORK=dir -DTOOL=exe [-DXSD=...] [-DSCRIPT=...]
#         -P check_output.cmake
#
# rapper:   `rapper -c` must parse the output and count exactly as many
#           triples as the N-Triples output of the same run has lines.
# xmllint:  the GraphML output must validate against the GraphML XSD.
# networkx: the GraphML output must load in networkx with labels and types.
# rdflib:   the run is written in every RDF syntax (FORMAT is not used) and
#           SCRIPT reads them all back with rdflib (roundtrip/load_rdflib.py).
foreach(v MODE CLI INPUT WORK TOOL)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_output.cmake: ${v} not set")
  endif()
endforeach()
if(NOT DEFINED FORMAT AND NOT MODE STREQUAL "rdflib")
  message(FATAL_ERROR "check_output.cmake: FORMAT not set")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(common --date 2024-03-15 --today 2024-06-01)

function(run_cli format out)
  execute_process(
    COMMAND "${CLI}" extract --format ${format} ${common} -o "${out}" "${INPUT}"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "newskg extract --format ${format} failed (${rc}): ${err}")
  endif()
  file(SIZE "${out}" size)
  if(size EQUAL 0)
    message(FATAL_ERROR "newskg extract --format ${format} wrote nothing")
  endif()
endfunction()

if(MODE STREQUAL "rdflib")
  set(files)
  foreach(fmt turtle ntriples nquads rdfxml)
    run_cli(${fmt} "${WORK}/out.${fmt}")
    list(APPEND files "${WORK}/out.${fmt}")
  endforeach()
  execute_process(COMMAND "${TOOL}" "${SCRIPT}" ${files}
    RESULT_VARIABLE rc OUTPUT_VARIABLE sout ERROR_VARIABLE serr)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rdflib could not read the output alike (${rc}):\n${sout}${serr}")
  endif()
  message(STATUS "${sout}")
  file(REMOVE_RECURSE "${WORK}")
  return()
endif()

set(out "${WORK}/out.${FORMAT}")
run_cli(${FORMAT} "${out}")

if(MODE STREQUAL "rapper")
  execute_process(COMMAND "${TOOL}" -c -i ${FORMAT} "${out}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE sout ERROR_VARIABLE serr)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rapper -c -i ${FORMAT} failed (${rc}):\n${serr}")
  endif()
  if(NOT serr MATCHES "returned ([0-9]+) (triple|statement)")
    message(FATAL_ERROR "rapper gave no count:\n${serr}")
  endif()
  set(got ${CMAKE_MATCH_1})
  run_cli(ntriples "${WORK}/reference.nt")
  file(STRINGS "${WORK}/reference.nt" lines ENCODING UTF-8)
  list(LENGTH lines want)
  if(NOT got EQUAL want OR want EQUAL 0)
    message(FATAL_ERROR "rapper counted ${got} triples in ${FORMAT}, "
                        "the N-Triples output has ${want}")
  endif()
  message(STATUS "rapper: ${FORMAT} has ${got} triples, as N-Triples")
elseif(MODE STREQUAL "xmllint")
  execute_process(COMMAND "${TOOL}" --noout --nonet --schema "${XSD}" "${out}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE sout ERROR_VARIABLE serr)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "GraphML does not validate (${rc}):\n${serr}")
  endif()
elseif(MODE STREQUAL "networkx")
  execute_process(COMMAND "${TOOL}" "${SCRIPT}" "${out}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE sout ERROR_VARIABLE serr)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "networkx could not use the GraphML (${rc}):\n${sout}${serr}")
  endif()
  message(STATUS "${sout}")
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
file(REMOVE_RECURSE "${WORK}")
