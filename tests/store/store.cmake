# ---- store ----
# newskg's output in the tools users run (included from tests/CMakeLists.txt):
#
#   store.generate     fixture: the CLI's output of every article of
#                      store/articles.tsv in every format (store/generate.cmake)
#   store.virtuoso     bulk load into a Virtuoso server the test starts on
#                      free loopback ports, the queries of ontology/queries/,
#                      per-article graph delete and reload (store/virtuoso.sh)
#   store.oxigraph     the same in an Oxigraph Store (npm oxigraph)
#   store.strict       N3.js and Oxigraph parse every RDF syntax alike
#   store.rdfxml       rdflib reads the RDF/XML as the N-Triples
#   store.shacl        ontology/shapes.ttl in rdf-validate-shacl
#   store.terms        ontology/newskg.ttl declares every term the output uses
#   store.queries.parse  every .rq (the federated one too) parses in rdflib
#   store.graphml.xsd  both GraphML views against the GraphML 1.0 XSD
#   store.graphology   both views in graphology-graphml, actors view vs RDF
#   store.networkx     both views in networkx
#   store.dot          Graphviz renders the DOT output
#   store.readme       the README's query, Gephi and Graphviz commands, as
#                      written (store/readme.sh)
#
# Each test is registered only when its tool is there, so a machine without
# them configures and passes; .ci/run installs all of them (Debian packages
# and `npm ci --prefix tests/store`, which fills the git-ignored
# tests/store/node_modules from store/package-lock.json).
set(_store_dir ${CMAKE_CURRENT_SOURCE_DIR}/store)
set(_store_work ${CMAKE_CURRENT_BINARY_DIR}/store-work)

add_test(NAME store.generate
  COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:newskg_cli> -DDATA=${NEWSKG_TEST_DATA}
          -DMANIFEST=${_store_dir}/articles.tsv -DWORK=${_store_work}
          -P ${_store_dir}/generate.cmake)
set_tests_properties(store.generate PROPERTIES FIXTURES_SETUP newskg_store)

set(_store_tests)
macro(_store_test name)
  add_test(NAME store.${name} COMMAND ${ARGN})
  list(APPEND _store_tests store.${name})
endmacro()
macro(_store_skip name why)
  message(STATUS "store.${name} is not registered: ${why}")
endmacro()

# Node and the pinned npm packages
find_program(NODE_EXECUTABLE node)
set(_npm_ok FALSE)
if(NODE_EXECUTABLE)
  set(_npm_ok TRUE)
  foreach(_pkg oxigraph n3 rdf-validate-shacl graphology graphology-graphml)
    if(NOT EXISTS ${_store_dir}/node_modules/${_pkg}/package.json)
      set(_npm_ok FALSE)
    endif()
  endforeach()
endif()
if(_npm_ok)
  _store_test(oxigraph ${NODE_EXECUTABLE} ${_store_dir}/queries.mjs oxigraph ${_store_work})
  _store_test(strict ${NODE_EXECUTABLE} ${_store_dir}/strict.mjs ${_store_work})
  _store_test(shacl ${NODE_EXECUTABLE} ${_store_dir}/shacl.mjs ${_store_work})
  _store_test(terms ${NODE_EXECUTABLE} ${_store_dir}/terms.mjs ${_store_work})
  _store_test(graphology ${NODE_EXECUTABLE} ${_store_dir}/graphology.mjs ${_store_work})
  # the scripts on a Node without global Web Crypto (Debian 12's Node 18)
  add_test(NAME store.node18 COMMAND ${NODE_EXECUTABLE} ${_store_dir}/node18.mjs)
else()
  foreach(_t oxigraph strict shacl terms graphology)
    _store_skip(${_t} "no node, or no tests/store/node_modules (npm ci --prefix tests/store)")
  endforeach()
endif()

# Virtuoso (Debian virtuoso-opensource); its checks run in Node
find_program(VIRTUOSO_EXECUTABLE virtuoso-t)
find_program(ISQL_EXECUTABLE isql-vt)
if(VIRTUOSO_EXECUTABLE AND ISQL_EXECUTABLE AND NODE_EXECUTABLE)
  _store_test(virtuoso sh ${_store_dir}/virtuoso.sh ${_store_work} ${NODE_EXECUTABLE}
    ${VIRTUOSO_EXECUTABLE} ${ISQL_EXECUTABLE})
  set_tests_properties(store.virtuoso PROPERTIES TIMEOUT 300)
else()
  _store_skip(virtuoso "no virtuoso-t/isql-vt (virtuoso-opensource) or node")
endif()

# Python modules: the first python3 that imports them (Debian's python3-*
# packages serve /usr/bin/python3, which need not be first on PATH)
function(_store_python module out)
  find_program(_py_path python3)
  foreach(_py ${_py_path} /usr/bin/python3)
    if(EXISTS "${_py}")
      execute_process(COMMAND ${_py} -c "import ${module}"
        RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
      if(_rc EQUAL 0)
        set(${out} ${_py} PARENT_SCOPE)
        return()
      endif()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()
_store_python(rdflib _store_rdflib)
if(_store_rdflib)
  _store_test(rdfxml ${_store_rdflib} ${_store_dir}/rdfxml_rdflib.py ${_store_work})
  add_test(NAME store.queries.parse COMMAND ${_store_rdflib}
           ${_store_dir}/parse_queries.py ${PROJECT_SOURCE_DIR}/ontology/queries)
else()
  _store_skip(rdfxml "no python3 with rdflib (python3-rdflib)")
endif()
_store_python(networkx _store_networkx)
if(_store_networkx)
  _store_test(networkx ${_store_networkx} ${_store_dir}/load_networkx.py ${_store_work})
else()
  _store_skip(networkx "no python3 with networkx (python3-networkx)")
endif()

find_program(XMLLINT_EXECUTABLE xmllint)
if(XMLLINT_EXECUTABLE AND _have_xsd)
  _store_test(graphml.xsd ${CMAKE_COMMAND} -DMODE=xsd -DTOOL=${XMLLINT_EXECUTABLE}
    -DXSD=${NEWSKG_GRAPHML_XSD} -DWORK=${_store_work} -P ${_store_dir}/check_files.cmake)
else()
  _store_skip(graphml.xsd "no xmllint, or no GraphML XSD at NEWSKG_GRAPHML_XSD")
endif()
find_program(DOT_EXECUTABLE dot)
if(DOT_EXECUTABLE)
  _store_test(dot ${CMAKE_COMMAND} -DMODE=dot -DTOOL=${DOT_EXECUTABLE}
    -DWORK=${_store_work} -P ${_store_dir}/check_files.cmake)
else()
  _store_skip(dot "no Graphviz dot (graphviz)")
endif()

# The README's own commands (store/readme.sh), from README.md once its
# "Querying the graph" section is there, else from the draft docs-tools.md.
set(_store_md "")
foreach(_md ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs-tools.md)
  if(NOT _store_md AND EXISTS ${_md})
    file(STRINGS ${_md} _hit REGEX "^## Querying the graph")
    if(_hit)
      set(_store_md ${_md})
    endif()
  endif()
endforeach()
find_program(CURL_EXECUTABLE curl)
if(_store_md AND _npm_ok AND VIRTUOSO_EXECUTABLE AND ISQL_EXECUTABLE AND
   CURL_EXECUTABLE AND DOT_EXECUTABLE)
  add_test(NAME store.readme COMMAND sh ${_store_dir}/readme.sh ${_store_md}
           $<TARGET_FILE:newskg_cli> ${PROJECT_SOURCE_DIR} ${NODE_EXECUTABLE})
  set_tests_properties(store.readme PROPERTIES TIMEOUT 300)
else()
  _store_skip(readme "no 'Querying the graph' section, or no node packages, Virtuoso, curl or dot")
endif()

if(_store_tests)
  set_tests_properties(${_store_tests} PROPERTIES FIXTURES_REQUIRED newskg_store)
endif()
