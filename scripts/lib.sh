# Shared by scripts/run and scripts/test: install missing Debian packages, fetch the test tool, build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# esbuild bundles the UI's modules into the one script the binary serves (CMakeLists.txt).
BUILD_PACKAGES=(g++ cmake make pkg-config libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev
  libkainjow-mustache-dev catch2 libcmark-dev libzip-dev libsodium-dev esbuild)
# unzip reads the Markdown export in the tests; python3-nacl runs the README's decryption script;
# python3-icalendar reads the calendar feed with a real iCalendar parser (Debian's /usr/bin/python3).
TEST_PACKAGES=(nodejs npm chromium sqlite3 unzip python3-nacl python3-icalendar)
# The fuzz targets: clang with libFuzzer's runtime, and llvm's llvm-symbolizer for readable reports.
FUZZ_PACKAGES=(clang libclang-rt-14-dev llvm)

# Any ASan, LeakSanitizer or UBSan report stops the program with an error, so the test running it fails;
# processes the tests start (the node tests' truenorth) inherit these.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Installs the Debian packages among "$@" that are not installed yet (with sudo unless root).
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  # Node may come from elsewhere than Debian (e.g. nodesource); accept any node >= 18 with npm.
  if command -v node >/dev/null && command -v npm >/dev/null &&
     [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 18 ]; then
    missing=("${missing[@]/nodejs}")
    missing=("${missing[@]/npm}")
  fi
  local wanted=()
  for pkg in "${missing[@]}"; do [ -n "$pkg" ] && wanted+=("$pkg"); done
  [ ${#wanted[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${wanted[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${wanted[@]}"
}

# Installs the pinned test tool (playwright-core) when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

# Configures and builds everything into build/.
build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j"$(nproc)" "$@"
}

# Configures and builds everything with ASan + UBSan into build-asan/. At -O1 with line tables only (-g1,
# enough for the reports' file:line stacks) it builds in about 11 minutes on two cores instead of 17 at
# -O2 -g, and runs the tests as fast.
build_asan() {
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTN_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" >/dev/null
  cmake --build build-asan -j"$(nproc)"
}

# Configures and builds the libFuzzer targets with clang into build-fuzz/.
build_fuzz() {
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DTN_FUZZ=ON >/dev/null
  cmake --build build-fuzz -j"$(nproc)" --target fuzz_targets
}

# Runs each fuzz target (tests/fuzz/fuzz_<what>.cpp, with fuzz_<what>.dict when there is one) for $1
# seconds, from its seeds (tests/fuzz/corpus/<what>/) and what earlier runs found (build-fuzz/corpus/<what>/).
# A crash or failed property stops with the report; the input is saved under build-fuzz/crashes/.
run_fuzzers() {
  local seconds=$1 source what log options
  mkdir -p build-fuzz/crashes
  for source in tests/fuzz/fuzz_*.cpp; do
    what=${source#tests/fuzz/fuzz_}
    what=${what%.cpp}
    mkdir -p "build-fuzz/corpus/$what"
    log="build-fuzz/fuzz_$what.log"
    options=(-max_total_time="$seconds" -timeout=20 -artifact_prefix="build-fuzz/crashes/$what-")
    [ -f "tests/fuzz/fuzz_$what.dict" ] && options+=(-dict="tests/fuzz/fuzz_$what.dict")
    echo "Fuzzing $what for ${seconds}s"
    if ! "build-fuzz/tests/fuzz/fuzz_$what" "${options[@]}" "build-fuzz/corpus/$what" "tests/fuzz/corpus/$what" \
         >"$log" 2>&1; then
      tail -n 60 "$log"
      echo "fuzz_$what failed; input saved in build-fuzz/crashes/ (rerun: build-fuzz/tests/fuzz/fuzz_$what FILE)"
      return 1
    fi
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || tail -n 1 "$log"
  done
}
