# Source this file (`. .ci/node.sh`) to run on the Node that councils run: Node 24 LTS.
#
# When the machine's Node is older than 24, it installs Node 24 from the npm registry (the
# node-linux-<arch> package, which npm checks against the registry's hash) into a cache folder
# outside the repository, puts it first on PATH and points native builds at its headers.
# It prints the Node it settled on. NODE_VERSION overrides the version; NODE_CACHE_DIR the folder.
node_want="${NODE_VERSION:-24.22.3}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "${node_want%%.*}" ]; then
  case "$(uname -m)" in
    x86_64) node_arch=x64 ;;
    aarch64 | arm64) node_arch=arm64 ;;
    *) echo "No Node ${node_want} package for $(uname -m): install Node 24 by hand." >&2; return 1 ;;
  esac
  node_home="${NODE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/council-board-bot}/node-v${node_want}-${node_arch}"
  if [ ! -x "$node_home/bin/node" ]; then
    echo "Installing Node ${node_want} from the npm registry into ${node_home}"
    node_tmp="$(mktemp -d)"
    (cd "$node_tmp" && npm pack --silent "node-linux-${node_arch}@${node_want}" >/dev/null) || return 1
    tar -xzf "$node_tmp"/node-linux-*.tgz -C "$node_tmp" || return 1
    mkdir -p "$(dirname "$node_home")" && rm -rf "$node_home" && mv "$node_tmp/package" "$node_home"
    rm -rf "$node_tmp"
  fi
  export PATH="$node_home/bin:$PATH"
  # npm here builds native addons against /usr's headers, which are the older Node's.
  export npm_config_nodedir="$node_home"
fi
echo "Node $(node --version) at $(command -v node)"
