# Checks the fixture files of generate.cmake with a command-line tool.
#   cmake -DMODE=xsd -DTOOL=xmllint -DXSD=graphml.xsd -DWORK=dir -P check_files.cmake
#   cmake -DMODE=dot -DTOOL=dot -DWORK=dir -P check_files.cmake
# xsd: every *.graphml (both views) validates against the GraphML 1.0 XSD.
# dot: Graphviz renders every *.dot to SVG without a warning, and the odd
#      article's names and quote (quotes, backslash, <...>, Cyrillic,
#      Arabic, CJK) come out as text in the picture.
foreach(v MODE TOOL WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_files.cmake: ${v} not set")
  endif()
endforeach()
if(MODE STREQUAL "xsd")
  file(GLOB files "${WORK}/*.graphml")
elseif(MODE STREQUAL "dot")
  file(GLOB files "${WORK}/*.dot")
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
list(LENGTH files n)
if(n LESS 4)
  message(FATAL_ERROR "only ${n} files to check in ${WORK}")
endif()
foreach(f IN LISTS files)
  if(MODE STREQUAL "xsd")
    execute_process(COMMAND "${TOOL}" --noout --nonet --schema "${XSD}" "${f}"
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${f} does not validate (${rc}):\n${err}")
    endif()
  else()
    execute_process(COMMAND "${TOOL}" -Tsvg "${f}" -o "${f}.svg"
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
      message(FATAL_ERROR "dot -Tsvg ${f} failed (${rc}):\n${err}")
    endif()
    if(f MATCHES "odd names")
      file(READ "${f}.svg" svg ENCODING UTF-8)
      foreach(want "&quot;useful, \\ not &lt;final&gt;&quot;"
                   "The &quot;Blue\\Green&quot; Dialogue Center"
                   "Олег Мирошниченко" "عبد الله الراشد" "王小明"
                   "Zoë O&#39;Brien&#45;Łukasiewicz")
        string(FIND "${svg}" "${want}" at)
        if(at LESS 0)
          message(FATAL_ERROR "${f}: '${want}' is not in the rendered SVG")
        endif()
      endforeach()
    endif()
  endif()
endforeach()
message(STATUS "${MODE}: ${n} files pass")
