#!/usr/bin/env bash
# Runs every fuzz target for a while (default 60 s each), one after another,
# starting from the corpus in fuzz/corpus/. Exit status non-zero on the
# first crash; libFuzzer leaves the crashing input in fuzz/artifacts/.
#
#   fuzz/run.sh                 # 60 s per target
#   fuzz/run.sh 600             # 10 minutes per target
#   fuzz/run.sh 60 urls         # one target
#
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`) and a toolchain
# that accepts -Z flags: nightly when rustup has it, otherwise the stable
# toolchain with RUSTC_BOOTSTRAP=1 (what cargo-fuzz needs from nightly is
# only the -Zsanitizer flag, which stable's compiler has behind the switch).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(front_matter plaintext extract urls wikilinks)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz/run.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi

for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target"
    echo "== $target: ${seconds} s" >&2
    # Inputs up to 64 KiB: long enough for whole documents.
    log="$(mktemp)"
    status=0
    "${fuzz[@]}" run "$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY)|INFO: seed corpus|panicked|Test unit written' "$log" >&2 || true
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log" >&2
        rm -f "$log"
        echo "fuzz/run.sh: $target failed; see fuzz/artifacts/$target/" >&2
        exit 1
    fi
    rm -f "$log"
done
