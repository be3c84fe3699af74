#!/usr/bin/env bash
# Install Colossal-AI 0.5.0 into a side environment that borrows everything else from hybridai's venv.
#
# Usage: tools/install_colossalai.sh [SIDE_VENV [MAIN_VENV]]
#        (defaults: .cache/colossalai-venv and .venv, under the project root)
#
# Why a side environment: colossalai needs bitsandbytes (below), and with bitsandbytes installed
# every `import peft` imports it too (seconds slower, a kernels warning on stderr). So the main venv
# never holds colossalai; `hybridai finetune --launcher colossalai` starts its ranks with the side
# venv's python. That venv's own site-packages holds only colossalai and its light needs; a .pth file
# adds the main venv's site-packages after it (site.addsitedir, so the editable hybridai install is
# seen too): torch, transformers, peft, hybridai, ... are the main venv's, never a second copy.
#
# Why not plain `pip install colossalai`: colossalai 0.5.0 declares torch<=2.5.1, transformers==4.51.3
# and peft<=0.13.2, so it cannot resolve beside torch 2.13 (unpinned, pip picks colossalai 0.3.8 and
# downgrades transformers). It works with the newer versions, so it is installed without its declared
# dependencies, followed by the few it imports when `colossalai.booster` is imported:
#   einops (shardformer), galore-torch (colossalai.nn.optimizer), bitsandbytes (imported by
#   galore-torch and colossalai's GaLore optimizers; the booster cannot be imported without it).
# psutil, numpy, packaging, safetensors and tqdm are imported too: the main venv has them.
# Its other declared needs (ray, fabric, diffusers, rpyc, fastapi, pre-commit, sentencepiece, protobuf,
# contexttimer, ninja, ...) are not needed to train with the Booster and are left out.
#
# Idempotent: a second run finds everything in place and changes nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="$(realpath -m "${1:-$ROOT/.cache/colossalai-venv}")"
MAIN_VENV="$(realpath -m "${2:-$ROOT/.venv}")"
PY="$VENV/bin/python"
MAIN_PY="$MAIN_VENV/bin/python"
COLOSSALAI="colossalai==0.5.0"
LIGHT_NEEDS=("einops==0.8.2" "galore-torch==1.0" "bitsandbytes==0.50.2")
PTH="hybridai-main-venv.pth"

die() { echo "install_colossalai: $*" >&2; exit 1; }
[ -x "$MAIN_PY" ] || die "no python in $MAIN_VENV (create the main venv first: make test)"

purelib() { "$1" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'; }
pinned() {  # what the ranks must share with the main process: identical versions, same files
  "$1" - <<'EOF'
from importlib.metadata import distribution
names = ("torch", "transformers", "peft", "numpy", "hybridai")
print(" ".join(f"{n}=={distribution(n).version}@{distribution(n).locate_file('')}" for n in names))
EOF
}
dists_in() {  # the distributions in one site-packages folder: sorted lowercase name==version
  "$MAIN_PY" - "$1" <<'EOF'
import sys
from importlib.metadata import distributions
print(" ".join(sorted(f"{d.metadata['Name'].lower().replace('_', '-')}=={d.version}"
                      for d in distributions(path=[sys.argv[1]]))))
EOF
}

main_site="$(purelib "$MAIN_PY")"
# Installed into the main venv, these make `import peft` import bitsandbytes, and pip would take the
# main venv's copy as "already satisfied" instead of installing into the side venv.
in_main="$(dists_in "$main_site" | tr ' ' '\n' | grep -E '^(colossalai|einops|galore-torch|bitsandbytes)==' || true)"
[ -z "$in_main" ] && [ ! -e "$main_site/colossalai" ] || die "the main venv holds $(echo $in_main); remove it first:
  $MAIN_VENV/bin/pip uninstall -y colossalai galore-torch bitsandbytes einops && rm -rf $main_site/extensions"

wanted="$(printf '%s\n' "$COLOSSALAI" "${LIGHT_NEEDS[@]}" | sort | tr '\n' ' ' | sed 's/ $//')"
same_python() { [ -x "$PY" ] && [ "$("$PY" -c 'import sys; print(sys.version)')" = "$("$MAIN_PY" -c 'import sys; print(sys.version)')" ]; }
if same_python && [ "$(dists_in "$(purelib "$PY")")" = "$wanted" ] \
    && [ "$(cat "$(purelib "$PY")/$PTH" 2>/dev/null)" = "import site; site.addsitedir('$main_site')" ]; then
  echo "install_colossalai: $COLOSSALAI already installed in $VENV"
  exit 0
fi

# pip's output goes to a log shown only on failure: after the colossalai step pip always lists
# its declared-but-unmet requirements as "dependency conflicts", which is expected here.
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
quietly() { "$@" >"$LOG" 2>&1 || { cat "$LOG" >&2; exit 1; }; }

# made afresh by the main venv's interpreter (same Python); no pip of its own: the main venv's runs here
quietly "$MAIN_PY" -m venv --clear --without-pip "$VENV"
side_site="$(purelib "$PY")"
# processed after the side site-packages is on sys.path, so its packages win only for what it adds
echo "import site; site.addsitedir('$main_site')" >"$side_site/$PTH"

before="$(pinned "$MAIN_PY")"
PIP=("$PY" -m pip --disable-pip-version-check install -q)
# BUILD_EXT=0: no CUDA/C++ kernels at install time (colossalai builds them on first use on a GPU).
quietly env BUILD_EXT=0 "${PIP[@]}" --no-deps "$COLOSSALAI"
# their own needs (torch, transformers, numpy, packaging) are the main venv's: already satisfied
quietly "${PIP[@]}" -c "$ROOT/constraints.txt" "${LIGHT_NEEDS[@]}"

[ "$(dists_in "$side_site")" = "$wanted" ] || die "$side_site should hold only $wanted, holds $(dists_in "$side_site")"
[ "$(pinned "$PY")" = "$before" ] && [ "$(pinned "$MAIN_PY")" = "$before" ] \
  || die "torch/transformers/peft differ between the venvs: main $before, side $(pinned "$PY")"
# colossalai warns at import about optional GPU kernels (apex, tensornvme): not needed here
quietly "$PY" -W ignore -c "from colossalai.booster import Booster; from colossalai.booster.plugin import TorchDDPPlugin"
echo "install_colossalai: installed $wanted into $VENV"
