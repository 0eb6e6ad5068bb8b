# Shared by scripts/run and scripts/test: install missing Debian packages, fetch the test tool, build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BUILD_PACKAGES=(g++ cmake make pkg-config libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev
  libkainjow-mustache-dev catch2 libcmark-dev)
TEST_PACKAGES=(nodejs npm chromium sqlite3)

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
