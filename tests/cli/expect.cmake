# Runs one command and checks how it ended (serd's test/meson.build idea:
# ctest's WILL_FAIL only sees "non-zero", so this checks the exact code).
#
#   cmake -DCMD="exe|arg|arg..." -DRC=<exit code> [options] -P expect.cmake
#
# Arguments in CMD are separated by '|'.  Checks:
#   - the exit code is exactly RC;
#   - RC != 0: standard error is exactly one line starting with "newskg: ";
#   - RC == 0: standard error is empty (unless STDERR_MATCH is given).
# Options:
#   STDIN=<file>            standard input (default: empty)
#   STDOUT_TO=<file>        send standard output there (e.g. /dev/full)
#   STDOUT_MATCH=<regex>    standard output must match
#   STDERR_MATCH=<regex>    standard error must match (the one line of a
#                           failure, or anything on success)
#   WORK=<dir>              created empty before the run
#   EXPECT_ABSENT=<path>    must not exist afterwards
#   EXPECT_FILE=<path>      must exist afterwards ...
#   EXPECT_FILE_MATCH=<re>  ... with content matching
#   EXPECT_ONLY=<n>         WORK holds exactly n entries afterwards
#                           (0: a failed -o left neither file nor temp file)
if(NOT DEFINED CMD OR NOT DEFINED RC)
  message(FATAL_ERROR "expect.cmake: CMD and RC are required")
endif()
string(REPLACE "|" ";" argv "${CMD}")

if(DEFINED WORK)
  file(REMOVE_RECURSE "${WORK}")
  file(MAKE_DIRECTORY "${WORK}")
endif()

set(io)
if(DEFINED STDIN)
  list(APPEND io INPUT_FILE "${STDIN}")
else()
  list(APPEND io INPUT_FILE /dev/null)
endif()
if(DEFINED STDOUT_TO)
  list(APPEND io OUTPUT_FILE "${STDOUT_TO}")
else()
  list(APPEND io OUTPUT_VARIABLE out)
endif()

execute_process(COMMAND ${argv} ${io} RESULT_VARIABLE rc ERROR_VARIABLE err)

set(problems)
if(NOT rc STREQUAL "${RC}")
  list(APPEND problems "exit status ${rc}, want ${RC}")
endif()
if(NOT RC EQUAL 0)
  # exactly one line, prefixed
  if(NOT err MATCHES "^newskg: [^\n]*\n$")
    list(APPEND problems "stderr is not one line starting with 'newskg: '")
  endif()
  if(DEFINED STDERR_MATCH AND NOT err MATCHES "${STDERR_MATCH}")
    list(APPEND problems "stderr does not match '${STDERR_MATCH}'")
  endif()
elseif(DEFINED STDERR_MATCH)
  if(NOT err MATCHES "${STDERR_MATCH}")
    list(APPEND problems "stderr does not match '${STDERR_MATCH}'")
  endif()
elseif(NOT err STREQUAL "")
  list(APPEND problems "stderr is not empty")
endif()
if(DEFINED STDOUT_MATCH AND NOT out MATCHES "${STDOUT_MATCH}")
  list(APPEND problems "stdout does not match '${STDOUT_MATCH}'")
endif()
if(DEFINED EXPECT_ABSENT AND EXISTS "${EXPECT_ABSENT}")
  list(APPEND problems "'${EXPECT_ABSENT}' exists")
endif()
if(DEFINED EXPECT_FILE)
  if(NOT EXISTS "${EXPECT_FILE}")
    list(APPEND problems "'${EXPECT_FILE}' was not written")
  elseif(DEFINED EXPECT_FILE_MATCH)
    file(READ "${EXPECT_FILE}" content)
    if(NOT content MATCHES "${EXPECT_FILE_MATCH}")
      list(APPEND problems "'${EXPECT_FILE}' does not match '${EXPECT_FILE_MATCH}'")
    endif()
  endif()
endif()
if(DEFINED EXPECT_ONLY)
  file(GLOB left LIST_DIRECTORIES true "${WORK}/*" "${WORK}/.*")
  list(LENGTH left nleft)
  if(NOT nleft EQUAL EXPECT_ONLY)
    list(APPEND problems "${WORK} holds ${nleft} entries, want ${EXPECT_ONLY}: ${left}")
  endif()
endif()

if(problems)
  string(REPLACE ";" "\n  " plist "${problems}")
  if(DEFINED out)
    string(LENGTH "${out}" olen)
    if(olen GREATER 2000)
      string(SUBSTRING "${out}" 0 2000 out)
      set(out "${out}...")
    endif()
  endif()
  message(FATAL_ERROR "command: ${argv}\n  ${plist}\n"
                      "--- stderr ---\n${err}--- stdout ---\n${out}")
endif()
if(DEFINED WORK)
  file(REMOVE_RECURSE "${WORK}")
endif()
