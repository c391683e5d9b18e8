# ---- cluster ---- (included from tests/CMakeLists.txt)
# newskg as the map step of a real Dask cluster: cluster.sh starts a
# dask-scheduler and two dask-workers on 127.0.0.1 (and stops them on any
# exit), check.py drives tests/cluster/newskg_dask.py, the driver users copy.
#
#   cluster.equal     gathered quads = one local run (set; sorted, bytes)
#   cluster.kill      a worker killed mid-run: the same result
#   cluster.virtuoso  the gathered quads in Virtuoso (store/virtuoso.sh)
#
# They need a python3 with `distributed` (Debian python3-distributed, which
# .ci/run installs); without one they are skipped with that message.
set(_cluster_dir ${CMAKE_CURRENT_SOURCE_DIR}/cluster)
set(_cluster_work ${CMAKE_CURRENT_BINARY_DIR}/cluster-work)

# The first python3 that imports distributed (Debian's package serves
# /usr/bin/python3, which need not be first on PATH).
set(_cluster_python "")
find_program(_cluster_py_path python3)
foreach(_py ${_cluster_py_path} /usr/bin/python3)
  if(NOT _cluster_python AND EXISTS "${_py}")
    execute_process(COMMAND ${_py} -c "import distributed"
      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
    if(_rc EQUAL 0)
      set(_cluster_python ${_py})
    endif()
  endif()
endforeach()

set(_cluster_tests equal kill)
if(VIRTUOSO_EXECUTABLE AND ISQL_EXECUTABLE AND NODE_EXECUTABLE)
  list(APPEND _cluster_tests virtuoso)
else()
  message(STATUS "cluster.virtuoso is not registered: no virtuoso-t/isql-vt or node")
endif()

foreach(_t ${_cluster_tests})
  if(_cluster_python)
    add_test(NAME cluster.${_t}
      COMMAND sh ${_cluster_dir}/cluster.sh ${_cluster_python} ${_cluster_work}/${_t}/cluster
              ${_cluster_python} ${_cluster_dir}/check.py ${_t}
              --cli $<TARGET_FILE:newskg_cli> --data ${NEWSKG_TEST_DATA}
              --work ${_cluster_work}/${_t}/check
              --store-work ${_store_work} --store-dir ${_store_dir}
              --node ${NODE_EXECUTABLE} --virtuoso ${VIRTUOSO_EXECUTABLE}
              --isql ${ISQL_EXECUTABLE})
    # the cluster uses both cores: not beside other heavy tests
    set_tests_properties(cluster.${_t} PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE)
  else()
    add_test(NAME cluster.${_t} COMMAND sh -c
      "echo 'cluster.${_t} skipped: no python3 with the distributed module (Debian: apt-get install python3-distributed)'; exit 77")
    set_tests_properties(cluster.${_t} PROPERTIES SKIP_RETURN_CODE 77)
  endif()
endforeach()
if(TEST cluster.virtuoso AND _cluster_python)
  # compares with the store fixture's local runs
  set_tests_properties(cluster.virtuoso PROPERTIES FIXTURES_REQUIRED newskg_store)
endif()
