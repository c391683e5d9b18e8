# Writes newskg's output for every article of articles.tsv into WORK, the
# fixture of the store.* tests:
#   cmake -DCLI=newskg -DDATA=tests/data -DMANIFEST=articles.tsv -DWORK=dir
#         -P generate.cmake
# Per article (named by its file name without extension, spaces and all):
#   NAME.ttl NAME.nt NAME.nq NAME.rdf    the four RDF syntaxes (--provenance
#                                        mentions: every term there is)
#   NAME.graphml NAME.actors.graphml     GraphML, events and actors views
#   NAME.dot                             Graphviz
# and one run over all articles together (one --date for all, so some
# relative dates differ from the per-article runs; the tests compare these
# files with each other only): all.nq, all.graphml, all.actors.graphml.
# A failing or leaking run (sanitizer builds) fails the fixture.
foreach(v CLI DATA MANIFEST WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "generate.cmake: ${v} not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

# Run in DATA with the articles' paths relative to it: a document IRI is
# the path as given (doc/articles/example-summit.txt), the same on every
# machine, as expected.json needs.
function(run out)
  execute_process(COMMAND "${CLI}" extract --today 2024-06-01 ${ARGN} -o "${out}"
    WORKING_DIRECTORY "${DATA}" RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "newskg extract ${ARGN} -o ${out} failed (${rc}):\n${err}")
  endif()
endfunction()

file(STRINGS "${MANIFEST}" lines REGEX "^[^#]" ENCODING UTF-8)
set(all_inputs)
set(all_gaz)
foreach(line IN LISTS lines)
  string(REPLACE "\t" ";" fields "${line}")
  list(GET fields 0 rel)
  list(GET fields 1 date)
  list(GET fields 2 gaz)
  set(input "${rel}")
  get_filename_component(name "${rel}" NAME_WLE)
  set(gazopt)
  if(NOT gaz STREQUAL "-")
    set(gazopt -g "${DATA}/${gaz}")
    list(APPEND all_gaz -g "${DATA}/${gaz}")
  endif()
  foreach(pair turtle:ttl ntriples:nt nquads:nq rdfxml:rdf graphml:graphml dot:dot)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 fmt)
    list(GET pair 1 ext)
    # the full mention layer: every term the output can hold, for the
    # parsers, stores and shapes; all.* below is the default level
    run("${WORK}/${name}.${ext}" -f ${fmt} --provenance mentions --date ${date}
        ${gazopt} "${input}")
  endforeach()
  run("${WORK}/${name}.actors.graphml" -f graphml --graph actors --date ${date}
      ${gazopt} "${input}")
  list(APPEND all_inputs "${input}")
endforeach()
run("${WORK}/all.nq" -f nquads --date 2024-03-15 ${all_gaz} ${all_inputs})
run("${WORK}/all.graphml" -f graphml --date 2024-03-15 ${all_gaz} ${all_inputs})
run("${WORK}/all.actors.graphml" -f graphml --graph actors --date 2024-03-15
    ${all_gaz} ${all_inputs})
list(LENGTH lines n)
message(STATUS "newskg output of ${n} articles in ${WORK}")
