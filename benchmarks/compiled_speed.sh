#!/usr/bin/env bash
# A trial, not how Briefbot is installed: the digest engine compiled with mypyc against the same
# code interpreted, run in turn (README, "Speed").
#
#   bash benchmarks/compiled_speed.sh bbc=../shared/corpora/bbc-news-summary-sample \
#       polnear=../shared/corpora/polnear-dev/text
#
# The arguments are digest_speed.py's (``--no-worst`` is added). Needs Python 3.11, a C compiler
# and PyPI (mypy and setuptools go into a throw-away virtual environment); the checkout is not
# touched: the engine is copied to a temporary folder, type-checked (mypyc needs it clean) and
# compiled there, which takes a few minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-python3.11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q mypy setuptools
mkdir "$work/src"
cp -r "$here/bot" "$here/benchmarks" "$work/src/"
find "$work/src" -name __pycache__ -prune -exec rm -rf {} +
modules=$(cd "$work/src" && ls bot/digest/*.py | grep -v __init__)
echo "== mypy bot/digest"
(cd "$work/src" && "$work/venv/bin/mypy" bot/digest --ignore-missing-imports)
echo "== mypyc: compiling bot/digest"
(cd "$work/src" && "$work/venv/bin/python" -m mypyc $modules >"$work/build.log" 2>&1) || {
    tail -20 "$work/build.log"
    exit 1
}
for pass in 1 2; do
    echo "== interpreted (this checkout), pass $pass"
    "$work/venv/bin/python" "$here/benchmarks/digest_speed.py" --no-worst "$@" | grep -E "^\S+ +[0-9]"
    echo "== compiled with mypyc, pass $pass"
    "$work/venv/bin/python" "$work/src/benchmarks/digest_speed.py" --no-worst "$@" |
        grep -E "^\S+ +[0-9]"
done
