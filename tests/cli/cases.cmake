# Command-line cases: each runs the newskg executable through
# tests/cli/expect.cmake, which checks the exact exit status (0 success,
# 1 input/processing/output failure, 2 usage error), a one-line
# "newskg: " message on failure, and leftovers of failed -o runs.
# Included from tests/CMakeLists.txt.

set(_cli_driver ${CMAKE_CURRENT_SOURCE_DIR}/cli/expect.cmake)
set(_cli_work ${CMAKE_CURRENT_BINARY_DIR}/cli-work)
set(_article ${NEWSKG_EXAMPLE_ARTICLE})
set(_bad_utf8 ${NEWSKG_TEST_DATA}/invalid-utf8.txt)
# A participant triple of example-summit.txt: Nikol Pashinyan (Q7035479).
set(_participant
  "> <https://w3id.org/newskg/ontology#participant> <http://www.wikidata.org/entity/Q7035479> \\.")

# newskg_cli_case(<name> RC <code> ARGS <args>... [STDIN f] [STDOUT_TO f]
#                 [STDOUT_MATCH re] [STDERR_MATCH re] [WORK] [EXPECT_ABSENT p]
#                 [EXPECT_FILE p] [EXPECT_FILE_MATCH re] [EXPECT_ONLY n])
# WORK gives the case a fresh directory, ${work} in ARGS and paths.
function(newskg_cli_case name)
  cmake_parse_arguments(C "WORK" "RC;STDIN;STDOUT_TO;STDOUT_MATCH;STDERR_MATCH;EXPECT_ABSENT;EXPECT_FILE;EXPECT_FILE_MATCH;EXPECT_ONLY"
    "ARGS" ${ARGN})
  set(work ${_cli_work}/${name})
  set(cmd "$<TARGET_FILE:newskg_cli>")
  foreach(a IN LISTS C_ARGS)
    string(REPLACE "@WORK@" "${work}" a "${a}")
    string(APPEND cmd "|${a}")
  endforeach()
  set(defs -DCMD=${cmd} -DRC=${C_RC})
  foreach(opt STDIN STDOUT_TO STDOUT_MATCH STDERR_MATCH EXPECT_ABSENT EXPECT_FILE
              EXPECT_FILE_MATCH EXPECT_ONLY)
    if(DEFINED C_${opt})
      string(REPLACE "@WORK@" "${work}" v "${C_${opt}}")
      list(APPEND defs "-D${opt}=${v}")
    endif()
  endforeach()
  if(C_WORK)
    list(APPEND defs -DWORK=${work})
  endif()
  add_test(NAME cli.${name} COMMAND ${CMAKE_COMMAND} ${defs} -P ${_cli_driver})
endfunction()

# ---- good argv ----
newskg_cli_case(help RC 0 ARGS --help STDOUT_MATCH "Usage: newskg.*Exit status")
newskg_cli_case(extract_help RC 0 ARGS extract --help STDOUT_MATCH "Usage: newskg")
newskg_cli_case(version RC 0 ARGS --version STDOUT_MATCH "^newskg [0-9]+\\.[0-9]+\\.[0-9]+")
newskg_cli_case(stdin_dash RC 0
  ARGS extract --format ntriples --date 2024-03-15 -
  STDIN ${_article} STDOUT_MATCH "${_participant}")
newskg_cli_case(stdin_default RC 0
  ARGS extract --format ntriples --date 2024-03-15
  STDIN ${_article} STDOUT_MATCH "${_participant}")
newskg_cli_case(e2e_example_ntriples RC 0
  ARGS extract --format ntriples --date 2024-03-15 --today 2024-06-01 ${_article}
  STDOUT_MATCH "${_participant}")
newskg_cli_case(e2e_example_turtle RC 0
  ARGS extract --date 2024-03-15 ${_article}
  STDOUT_MATCH "@prefix nkg: <https://w3id.org/newskg/ontology#>")
newskg_cli_case(output_file RC 0 WORK
  ARGS extract --format ntriples --date 2024-03-15 -o @WORK@/out.nt ${_article}
  EXPECT_FILE @WORK@/out.nt EXPECT_FILE_MATCH "${_participant}" EXPECT_ONLY 1
  STDOUT_MATCH "^$")
newskg_cli_case(explain RC 0
  ARGS extract -e --format ntriples --date 2024-03-15 ${_article}
  STDERR_MATCH "participant.*rule: " STDOUT_MATCH "${_participant}")

# ---- usage errors: 2 ----
newskg_cli_case(no_command RC 2 ARGS)
newskg_cli_case(unknown_command RC 2 ARGS frobnicate ${_article})
newskg_cli_case(bad_format RC 2 ARGS extract --format nope ${_article})
newskg_cli_case(bad_date RC 2 ARGS extract --date 2023-13-01 ${_article})
newskg_cli_case(bad_date_shape RC 2 ARGS extract --date 25/05/2023 ${_article})
newskg_cli_case(bad_today RC 2 ARGS extract --today 2023-13-01 ${_article})
newskg_cli_case(bad_option RC 2 ARGS extract --frobnicate ${_article})
newskg_cli_case(missing_option_value RC 2 ARGS extract --format)
# a calendar-invalid date is a bad option value too
newskg_cli_case(bad_date_day_of_month RC 2 ARGS extract --date 2023-02-30 ${_article})

# ---- failures: 1 ----
newskg_cli_case(missing_file RC 1 ARGS extract ${NEWSKG_TEST_DATA}/no-such-article.txt)
# by default a bad byte becomes U+FFFD and the document is extracted
newskg_cli_case(invalid_utf8 RC 0 ARGS extract -f ntriples ${_bad_utf8}
  STDOUT_MATCH "isString> \"[^\"]*\\\\uFFFD")
# a document over the mention limit fails alone, the next one is written
newskg_cli_case(max_mentions RC 1
  ARGS extract -f ntriples --max-mentions 5 ${_article} ${_bad_utf8}
  STDERR_MATCH "over the limit of 5" STDOUT_MATCH "invalid-utf8")
newskg_cli_case(bad_max_mentions RC 2 ARGS extract --max-mentions 0 ${_article})
newskg_cli_case(invalid_utf8_strict RC 1 ARGS extract --strict-utf8 ${_bad_utf8}
  STDERR_MATCH "invalid UTF-8 at byte")
newskg_cli_case(missing_gazetteer RC 1
  ARGS extract --gazetteer ${NEWSKG_TEST_DATA}/no-such-gazetteer.tsv ${_article})
newskg_cli_case(output_dir_missing RC 1 WORK
  ARGS extract --format ntriples -o @WORK@/missing/out.nt ${_article}
  EXPECT_ABSENT @WORK@/missing EXPECT_ONLY 0)
# A failed -o run leaves neither the output nor its temporary file: the
# input fails before anything is written, or after the first document.
newskg_cli_case(output_failed_input RC 1 WORK
  ARGS extract --format ntriples --strict-utf8 -o @WORK@/out.nt ${_bad_utf8}
  EXPECT_ABSENT @WORK@/out.nt EXPECT_ONLY 0)
newskg_cli_case(output_failed_second_input RC 1 WORK
  ARGS extract --format ntriples --strict-utf8 -o @WORK@/out.nt ${_article} ${_bad_utf8}
  EXPECT_ABSENT @WORK@/out.nt EXPECT_ONLY 0)
newskg_cli_case(output_failed_missing_input RC 1 WORK
  ARGS extract -o @WORK@/out.ttl ${_article} ${NEWSKG_TEST_DATA}/no-such-article.txt
  EXPECT_ABSENT @WORK@/out.ttl EXPECT_ONLY 0)
# Standard output that cannot be written (the checked fclose/fflush).
foreach(fmt turtle ntriples graphml dot)
  newskg_cli_case(stdout_dev_full_${fmt} RC 1
    ARGS extract --format ${fmt} --date 2024-03-15 ${_article}
    STDOUT_TO /dev/full)
endforeach()

# ---- GraphML views and DOT (--graph, --format dot) ----
newskg_cli_case(graph_actors RC 0
  ARGS extract --format graphml --graph actors --date 2024-03-15 ${_article}
  STDOUT_MATCH "edgedefault=\"undirected\".*<data key=\"weight\">1.0</data>")
newskg_cli_case(graph_events RC 0
  ARGS extract --format graphml --graph events --date 2024-03-15 ${_article}
  STDOUT_MATCH "edgedefault=\"directed\"")
newskg_cli_case(graph_needs_graphml RC 2 ARGS extract --graph actors ${_article}
  STDERR_MATCH "--graph needs --format graphml")
newskg_cli_case(graph_unknown_view RC 2
  ARGS extract --format graphml --graph people ${_article}
  STDERR_MATCH "unknown graph view")
newskg_cli_case(format_dot RC 0
  ARGS extract --format dot --date 2024-03-15 ${_article}
  STDOUT_MATCH "^digraph newskg \\{.*label=\"mediator\"")

# ---- parse, train-parser (the syntax stage) ----
set(_syn ${NEWSKG_TEST_DATA}/syntax)
newskg_cli_case(parse_stdin RC 0 ARGS parse - STDIN ${_article}
  STDOUT_MATCH "# sent_id = stdin-1\n# text = [^\n]+\n1\t[^\t]+\t[^\t]+\t[A-Z]+\t_\t_\t[0-9]+\t[a-z:]+\t_\t")
newskg_cli_case(parse_eval RC 0 ARGS parse --eval ${_syn}/gold.conllu
  STDOUT_MATCH "^UPOS: [0-9]+\\.[0-9][0-9]\nUAS: [0-9]+\\.[0-9][0-9]\nLAS: [0-9]+\\.[0-9][0-9]\nwords/s: [0-9]+\n$")
newskg_cli_case(parse_eval_malformed RC 1 ARGS parse --eval ${_syn}/bad.conllu
  STDERR_MATCH "bad\\.conllu:3: a word line needs 10 tab-separated fields")
newskg_cli_case(parse_eval_missing RC 1 ARGS parse --eval ${_syn}/absent.conllu
  STDERR_MATCH "cannot open '[^']*absent\\.conllu'")
newskg_cli_case(parse_model_missing RC 1 ARGS parse --model ${_syn}/absent.nkgm
  STDERR_MATCH "cannot open model '[^']*absent\\.nkgm'")
newskg_cli_case(parse_model_not_a_model RC 1 ARGS parse --model ${_syn}/gold.conllu
  STDERR_MATCH "gold\\.conllu: not a newskg syntax model")
newskg_cli_case(parse_model_other_version RC 1
  ARGS parse --model ${_syn}/other-version.nkgm --eval ${_syn}/gold.conllu
  STDERR_MATCH "other-version\\.nkgm: model version 99, this newskg reads version")
newskg_cli_case(parse_model_truncated RC 1 ARGS parse --model ${_syn}/truncated.nkgm
  STDERR_MATCH "truncated\\.nkgm: truncated or padded model")
newskg_cli_case(parse_model_corrupt RC 1 ARGS parse --model ${_syn}/corrupt.nkgm
  STDERR_MATCH "corrupt\\.nkgm: corrupt model \\(checksum\\)")
newskg_cli_case(extract_syntax_model_corrupt RC 1
  ARGS extract --syntax-model ${_syn}/corrupt.nkgm ${_article}
  STDERR_MATCH "corrupt\\.nkgm: corrupt model")
newskg_cli_case(train_parser_malformed RC 1 WORK
  ARGS train-parser -q --train ${_syn}/bad.conllu -o @WORK@/m.nkgm
  STDERR_MATCH "bad\\.conllu:3: " EXPECT_ONLY 0)
newskg_cli_case(train_parser_usage RC 2 ARGS train-parser --train ${_syn}/gold.conllu
  STDERR_MATCH "needs --train FILE and -o OUT")
newskg_cli_case(train_parser_small RC 0 WORK
  ARGS train-parser -q --train ${_syn}/gold.conllu --dev ${_syn}/gold.conllu
       --tag-epochs 2 --parse-epochs 2 --folds 1 -o @WORK@/m.nkgm
  EXPECT_FILE @WORK@/m.nkgm EXPECT_ONLY 1)
