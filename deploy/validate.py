#!/usr/bin/env python3
"""Static checks of the files under deploy/, driven by deploy/validate.sh.

    python3 deploy/validate.py CHECK [args]

Each check prints what it looked at and exits non-zero with the reasons on
failure. Needs PyYAML (and dockerfile-parse for `dockerfile`).
"""
import copy
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEPLOY = os.path.join(ROOT, "deploy")
K8S = os.path.join(DEPLOY, "kubernetes")

# Every metric promptwall exports (src/telemetry/metrics.rs), plus `up`,
# which Prometheus itself adds to every scrape target.
COUNTERS_AND_GAUGES = {
    "promptwall_connections_total",
    "promptwall_active_connections",
    "promptwall_tls_handshakes_total",
    "promptwall_requests_total",
    "promptwall_findings_total",
    "promptwall_uninspected_total",
    "promptwall_uninspected_bytes_total",
    "promptwall_inspected_bytes_total",
    "promptwall_upstream_errors_total",
    "promptwall_cert_cache_hits_total",
    "promptwall_cert_mints_total",
    "promptwall_cert_cache_entries",
    "promptwall_policy_reloads_total",
    "promptwall_policy_info",
    "promptwall_delta_cache_segments_total",
    "promptwall_tokens_total",
}
HISTOGRAMS = {"promptwall_inspect_seconds", "promptwall_upstream_seconds"}
ALLOWED_METRICS = (
    COUNTERS_AND_GAUGES
    | {h + s for h in HISTOGRAMS for s in ("_bucket", "_sum", "_count")}
    | {"up"}
)

PROMQL_KEYWORDS = {
    "and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
    "group_right", "offset", "bool", "inf", "nan", "atan2", "start", "end",
}

failures = []


def fail(msg):
    failures.append(msg)
    print(f"  error: {msg}")


def finish(what):
    if failures:
        print(f"{what}: {len(failures)} problem(s)")
        sys.exit(1)
    print(f"{what}: ok")
    sys.exit(0)


def load_yaml_docs(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


# --------------------------------------------------------------------- PromQL

def metric_names(expr):
    """Metric names an expression selects (a small lexer, not a full parser:
    enough for the vocabulary these files use)."""
    e = re.sub(r"\$\{[^}]*\}|\$\w+", "X", expr)          # Grafana variables
    e = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', '""', e)  # strings
    e = re.sub(r"\{[^}]*\}", "", e)                      # label matchers
    e = re.sub(r"\[[^\]]*\]", "", e)                     # ranges / subqueries
    e = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", e)
    names = set()
    for m in re.finditer(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)\b(\s*\()?", e):
        word, call = m.group(1), m.group(2)
        if call or word.lower() in PROMQL_KEYWORDS:
            continue
        # durations after `offset` were removed with their number only when
        # bracketed; skip unit-suffixed numbers such as 10m.
        if re.fullmatch(r"\d+[smhdwy]", word):
            continue
        names.add(word)
    return names


def check_exprs(where, exprs):
    n = 0
    for label, expr in exprs:
        n += 1
        names = metric_names(expr)
        if not names:
            fail(f"{where}: {label}: no metric in {expr!r}")
        for name in sorted(names - ALLOWED_METRICS):
            fail(f"{where}: {label}: unknown metric {name!r} (not exported by promptwall)")
    return n


def cmd_metric_names():
    """Every PromQL expression in the rules and the dashboard names only
    metrics promptwall exports."""
    rules = load_yaml_docs(os.path.join(DEPLOY, "prometheus", "promptwall-rules.yaml"))[0]
    exprs = [(r.get("alert") or r.get("record"), r["expr"])
             for g in rules["groups"] for r in g["rules"]]
    n = check_exprs("promptwall-rules.yaml", exprs)
    dash = json.load(open(os.path.join(DEPLOY, "grafana", "promptwall-dashboard.json"), encoding="utf-8"))
    exprs = []
    for p in all_panels(dash):
        for t in p.get("targets", []):
            exprs.append((f"panel {p.get('id')} {p.get('title')!r}", t.get("expr", "")))
    for v in dash.get("templating", {}).get("list", []):
        q = v.get("query")
        q = q.get("query") if isinstance(q, dict) else q
        if v.get("type") == "query" and q:
            inner = re.sub(r"^label_values\((.*),\s*\w+\)$", r"\1", q)
            exprs.append((f"variable {v['name']}", inner))
    for a in dash.get("annotations", {}).get("list", []):
        if a.get("expr"):
            exprs.append((f"annotation {a['name']!r}", a["expr"]))
    n += check_exprs("promptwall-dashboard.json", exprs)
    print(f"checked {n} expressions against {len(ALLOWED_METRICS)} metric names")
    finish("metric names")


# ------------------------------------------------------------------ dashboard

def all_panels(dash):
    for p in dash.get("panels", []):
        yield p
        for q in p.get("panels", []) or []:
            yield q


def cmd_dashboard():
    path = os.path.join(DEPLOY, "grafana", "promptwall-dashboard.json")
    try:
        dash = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        fail(f"{path}: not valid JSON: {e}")
        finish("dashboard")
    for key in ("title", "uid", "panels", "schemaVersion", "templating"):
        if key not in dash:
            fail(f"missing top-level key {key!r}")
    names = [v.get("name") for v in dash.get("templating", {}).get("list", [])]
    if "DS_PROMETHEUS" not in names:
        fail("no DS_PROMETHEUS datasource variable")
    ids = {}
    for p in all_panels(dash):
        pid = p.get("id")
        if not isinstance(pid, int):
            fail(f"panel {p.get('title')!r} has no integer id")
        elif pid in ids:
            fail(f"panel id {pid} used by {ids[pid]!r} and {p.get('title')!r}")
        else:
            ids[pid] = p.get("title")
        if p.get("type") == "row":
            continue
        for k in ("title", "type", "gridPos", "targets"):
            if k not in p:
                fail(f"panel {pid} lacks {k!r}")
        gp = p.get("gridPos", {})
        if not (0 <= gp.get("x", -1) and gp.get("x", 0) + gp.get("w", 0) <= 24):
            fail(f"panel {pid} gridPos outside the 24-column grid: {gp}")
        ds = p.get("datasource", {})
        if ds.get("uid") != "${DS_PROMETHEUS}":
            fail(f"panel {pid} does not use the ${{DS_PROMETHEUS}} datasource")
        refs = [t.get("refId") for t in p.get("targets", [])]
        if len(refs) != len(set(refs)):
            fail(f"panel {pid} has duplicate refIds {refs}")
        for t in p.get("targets", []):
            if not t.get("expr"):
                fail(f"panel {pid} target {t.get('refId')} has no expr")
            if t.get("datasource", {}).get("uid") != "${DS_PROMETHEUS}":
                fail(f"panel {pid} target {t.get('refId')} does not use ${{DS_PROMETHEUS}}")
    titles = " | ".join(str(t) for t in ids.values()).lower()
    for must in ("connections by outcome", "active connections", "requests by verdict",
                 "requests by service", "block and redact", "findings by detector",
                 "ai traffic not inspected, by reason", "tokens by", "inspection latency",
                 "upstream latency", "handshake failures", "cache hit ratio",
                 "policy reloads", "policy version"):
        if must not in titles:
            fail(f"no panel titled like {must!r}")
    print(f"{len(ids)} panels, ids unique")
    finish("dashboard")


# ----------------------------------------------------------------- kustomize

def k8s_dirs():
    out = []
    for base, _, files in os.walk(K8S):
        if "kustomization.yaml" in files:
            out.append(base)
    return sorted(out)


def rel(p):
    return os.path.relpath(p, ROOT)


def smp_merge(base, patch):
    """Strategic-merge-patch subset: maps merge, lists of maps with `name`
    merge by name, other lists are replaced."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = dict(base)
        for k, v in patch.items():
            out[k] = smp_merge(base[k], v) if k in base else copy.deepcopy(v)
        return out
    if (isinstance(base, list) and isinstance(patch, list) and patch
            and all(isinstance(x, dict) and "name" in x for x in base + patch)):
        out = [copy.deepcopy(x) for x in base]
        for item in patch:
            for i, b in enumerate(out):
                if b["name"] == item["name"]:
                    out[i] = smp_merge(b, item)
                    break
            else:
                out.append(copy.deepcopy(item))
        return out
    return copy.deepcopy(patch)


def render(kdir, seen=()):
    """Renders a kustomization (the features these files use: resources,
    namespace, images, patches by path) into a list of documents."""
    kfile = os.path.join(kdir, "kustomization.yaml")
    if kdir in seen:
        fail(f"{rel(kfile)}: cycle")
        return []
    k = load_yaml_docs(kfile)[0]
    if k.get("kind") != "Kustomization" or not str(k.get("apiVersion", "")).startswith("kustomize.config.k8s.io/"):
        fail(f"{rel(kfile)}: not a Kustomization")
    known = {"apiVersion", "kind", "namespace", "resources", "images", "patches", "labels",
             "commonAnnotations"}
    for key in set(k) - known:
        fail(f"{rel(kfile)}: field {key!r} is not understood by this checker; extend deploy/validate.py")
    docs = []
    for r in k.get("resources", []):
        p = os.path.normpath(os.path.join(kdir, r))
        if os.path.isdir(p):
            if not os.path.exists(os.path.join(p, "kustomization.yaml")):
                fail(f"{rel(kfile)}: resource {r} is a directory without kustomization.yaml")
                continue
            docs += render(p, seen + (kdir,))
        elif os.path.isfile(p):
            docs += load_yaml_docs(p)
        else:
            fail(f"{rel(kfile)}: resource {r} does not exist")
    for patch in k.get("patches", []):
        if "path" not in patch:
            fail(f"{rel(kfile)}: only `patches: - path:` is supported here")
            continue
        p = os.path.join(kdir, patch["path"])
        if not os.path.isfile(p):
            fail(f"{rel(kfile)}: patch {patch['path']} does not exist")
            continue
        for pd in load_yaml_docs(p):
            key = (pd.get("kind"), pd.get("metadata", {}).get("name"))
            hits = [i for i, d in enumerate(docs)
                    if (d.get("kind"), d.get("metadata", {}).get("name")) == key]
            if not hits:
                fail(f"{rel(p)}: patches {key[0]}/{key[1]}, which no resource defines")
            for i in hits:
                docs[i] = smp_merge(docs[i], pd)
    ns = k.get("namespace")
    for d in docs:
        if ns and d.get("kind") != "Namespace":
            d.setdefault("metadata", {})["namespace"] = ns
    for img in k.get("images", []):
        for d in docs:
            spec = d.get("spec", {}).get("template", {}).get("spec", {})
            for c in spec.get("containers", []) + spec.get("initContainers", []):
                name, _, tag = c.get("image", "").partition(":")
                if name == img["name"]:
                    c["image"] = f"{img.get('newName', name)}:{img.get('newTag', tag)}"
    return docs


def cmd_kustomize(outdir):
    """Checks every kustomization's references and writes each rendered one
    to OUTDIR/NAME.yaml for schema validation."""
    os.makedirs(outdir, exist_ok=True)
    for kdir in k8s_dirs():
        docs = render(kdir)
        name = rel(kdir).replace("/", "_")
        seen = {}
        for d in docs:
            key = (d.get("kind"), d.get("metadata", {}).get("namespace"), d.get("metadata", {}).get("name"))
            if key in seen:
                fail(f"{rel(kdir)}: {key} defined twice")
            seen[key] = True
        with open(os.path.join(outdir, name + ".yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump_all(docs, f, sort_keys=False)
        print(f"{rel(kdir)}: {len(docs)} resources rendered")
        check_rendered(rel(kdir), docs)
    finish("kustomizations")


def check_rendered(where, docs):
    """Cross-references inside one rendered kustomization."""
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d.get("kind"), []).append(d)
    for dep in by_kind.get("Deployment", []):
        tpl = dep["spec"]["template"]
        labels = tpl["metadata"].get("labels", {})
        sel = dep["spec"]["selector"].get("matchLabels", {})
        if any(labels.get(k) != v for k, v in sel.items()):
            fail(f"{where}: Deployment {dep['metadata']['name']} selector does not match its pod labels")
        spec = tpl["spec"]
        vols = {v["name"] for v in spec.get("volumes", [])}
        for c in spec.get("containers", []) + spec.get("initContainers", []):
            for m in c.get("volumeMounts", []):
                if m["name"] not in vols:
                    fail(f"{where}: container {c['name']} mounts undefined volume {m['name']}")
        for svc in by_kind.get("Service", []):
            if all(labels.get(k) == v for k, v in svc["spec"].get("selector", {}).items()):
                ports = {p["name"] for c in spec["containers"] for p in c.get("ports", [])}
                for p in svc["spec"]["ports"]:
                    t = p.get("targetPort")
                    if isinstance(t, str) and t not in ports:
                        fail(f"{where}: Service {svc['metadata']['name']} targetPort {t} is not a container port")
    for sm in by_kind.get("ServiceMonitor", []):
        names = {p.get("name") for s in by_kind.get("Service", []) for p in s["spec"]["ports"]}
        for ep in sm["spec"]["endpoints"]:
            if ep.get("port") not in names:
                fail(f"{where}: ServiceMonitor endpoint port {ep.get('port')} is not a Service port")


# ---------------------------------------------------------------------- CRDs

def cmd_servicemonitor(*paths):
    """Structural check of the ServiceMonitor (a CRD: not in the Kubernetes
    schemas)."""
    n = 0
    for path in paths:
        for d in load_yaml_docs(path):
            if d.get("kind") != "ServiceMonitor":
                continue
            n += 1
            where = f"{rel(path)}: ServiceMonitor {d.get('metadata', {}).get('name')}"
            if d.get("apiVersion") != "monitoring.coreos.com/v1":
                fail(f"{where}: apiVersion must be monitoring.coreos.com/v1")
            allowed_top = {"apiVersion", "kind", "metadata", "spec"}
            for k in set(d) - allowed_top:
                fail(f"{where}: unknown field {k}")
            spec = d.get("spec", {})
            for k in set(spec) - {"selector", "namespaceSelector", "endpoints", "jobLabel",
                                   "targetLabels", "podTargetLabels", "sampleLimit"}:
                fail(f"{where}: unknown spec field {k}")
            if not isinstance(spec.get("selector", {}).get("matchLabels"), dict):
                fail(f"{where}: spec.selector.matchLabels missing")
            eps = spec.get("endpoints")
            if not isinstance(eps, list) or not eps:
                fail(f"{where}: spec.endpoints must be a non-empty list")
                continue
            for ep in eps:
                for k in set(ep) - {"port", "targetPort", "path", "scheme", "interval",
                                     "scrapeTimeout", "honorLabels", "relabelings",
                                     "metricRelabelings", "tlsConfig"}:
                    fail(f"{where}: unknown endpoint field {k}")
                for k in ("interval", "scrapeTimeout"):
                    if k in ep and not re.fullmatch(r"(\d+(ms|s|m|h))+", str(ep[k])):
                        fail(f"{where}: {k} {ep[k]!r} is not a Prometheus duration")
                if "port" not in ep and "targetPort" not in ep:
                    fail(f"{where}: endpoint needs port or targetPort")
    if n == 0:
        fail("no ServiceMonitor found")
    print(f"{n} ServiceMonitor(s)")
    finish("ServiceMonitor")


# -------------------------------------------------------------------- policy

def cmd_extract_policy(out):
    """Writes the ConfigMap's promptwall.yaml to OUT and checks the settings
    the Kubernetes deployment depends on."""
    cm = load_yaml_docs(os.path.join(K8S, "base", "configmap.yaml"))[0]
    text = cm["data"]["promptwall.yaml"]
    cfg = yaml.safe_load(text)
    want = {("listen", "explicit"): "0.0.0.0:3128", ("listen", "admin"): "0.0.0.0:9090",
            ("ca", "dir"): "/etc/promptwall/ca", ("ca", "create_if_missing"): False,
            ("audit", "path"): "stdout"}
    for (a, b), v in want.items():
        got = cfg.get(a, {}).get(b)
        if got != v:
            fail(f"configmap promptwall.yaml: {a}.{b} is {got!r}, expected {v!r}")
    dep = load_yaml_docs(os.path.join(K8S, "base", "deployment.yaml"))[0]
    c = dep["spec"]["template"]["spec"]["containers"][0]
    cmdline = c.get("command", []) + c.get("args", [])
    if "/etc/promptwall/config/promptwall.yaml" not in cmdline:
        fail("deployment does not run with --config /etc/promptwall/config/promptwall.yaml")
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    finish("configmap policy")


# ---------------------------------------------------------------- dockerfile

def cmd_dockerfile():
    from dockerfile_parse import DockerfileParser

    path = os.path.join(DEPLOY, "container", "Dockerfile")
    dfp = DockerfileParser(path=path)
    instr = dfp.structure
    froms = [i["value"] for i in instr if i["instruction"] == "FROM"]
    if len(froms) < 2:
        fail("not multi-stage (needs a builder and a runtime FROM)")
    if not froms or not froms[0].startswith("rust:1-bookworm"):
        fail(f"builder should be rust:1-bookworm, is {froms[:1]}")
    runtime = froms[-1] if froms else ""
    if not (runtime.startswith("gcr.io/distroless/cc-debian12") or runtime.startswith("debian:bookworm-slim")):
        fail(f"runtime image {runtime!r} is neither distroless/cc-debian12 nor debian:bookworm-slim")
    last_from = max(i["startline"] for i in instr if i["instruction"] == "FROM")
    final = [i for i in instr if i["startline"] > last_from]
    users = [i["value"] for i in final if i["instruction"] == "USER"]
    if not users or users[-1].split(":")[0] in ("root", "0"):
        fail("runtime stage does not switch to a non-root USER")
    elif not users[-1].split(":")[0].isdigit():
        fail("USER should be numeric so runAsNonRoot can verify it")
    runs = " ".join(i["value"] for i in instr if i["instruction"] == "RUN")
    if "cargo build --release --locked" not in runs:
        fail("no `cargo build --release --locked`")
    expose = " ".join(i["value"] for i in final if i["instruction"] == "EXPOSE").split()
    for p in ("3128", "9090"):
        if p not in expose:
            fail(f"EXPOSE lacks {p}")
    eps = [i["value"] for i in final if i["instruction"] == "ENTRYPOINT"]
    want = ["/promptwall", "run", "--config", "/etc/promptwall/promptwall.yaml"]
    if not eps or json.loads(eps[-1]) != want:
        fail(f"ENTRYPOINT should be {json.dumps(want)}")
    text = open(path, encoding="utf-8").read()
    for cap in ("NET_BIND_SERVICE", "NET_ADMIN", "HEALTHCHECK"):
        if cap not in text:
            fail(f"the capability/health notes do not mention {cap}")
    # The sed edits that derive the image's default config must still match
    # deploy/promptwall.yaml, or the image silently ships the laptop default.
    conf = open(os.path.join(DEPLOY, "promptwall.yaml"), encoding="utf-8").read()
    for pat in re.findall(r"-e 's\|\^([^|]*)\|", text):
        if not re.search("^" + pat, conf, re.M):
            fail(f"Dockerfile edits {pat!r}, which deploy/promptwall.yaml no longer has")
    # Files the crate compiles in from outside src/ (include_str!/
    # include_bytes!) must be copied into the builder before `cargo build`.
    build_line = min((i["startline"] for i in instr
                      if i["instruction"] == "RUN" and "cargo build" in i["value"]), default=0)
    copied = []
    for i in instr:
        if i["instruction"] == "COPY" and i["startline"] < build_line and "--from" not in i["value"]:
            copied += [a.rstrip("/") for a in i["value"].split()[:-1] if not a.startswith("--")]
    src_root = os.path.join(ROOT, "src")
    for base, _, files in os.walk(src_root):
        for fn in files:
            # Unit-test files are not compiled by `cargo build --release`.
            if not fn.endswith(".rs") or fn == "tests.rs" or os.path.basename(base) == "tests":
                continue
            code = open(os.path.join(base, fn), encoding="utf-8").read()
            for inc in re.findall(r'include_(?:str|bytes)!\(\s*"([^"]+)"', code):
                target = os.path.normpath(os.path.join(base, inc))
                if target.startswith(src_root + os.sep):
                    continue
                r = os.path.relpath(target, ROOT)
                if not any(r == c or r.startswith(c + "/") for c in copied):
                    fail(f"{rel(os.path.join(base, fn))} includes {r}, which the builder stage does not COPY before cargo build")
    for ign in ("target/", "certs/*.key", "fuzz/target"):
        di = open(os.path.join(ROOT, ".dockerignore"), encoding="utf-8").read().split()
        if not any(line.rstrip("/") == ign.rstrip("/") for line in di):
            fail(f".dockerignore lacks {ign}")
    print(f"stages: {froms}")
    finish("Dockerfile")


def cmd_docker_config(out):
    """Writes the config the image bakes in (the Dockerfile's sed edits
    applied to deploy/promptwall.yaml) to OUT, for `promptwall check`."""
    text = open(os.path.join(DEPLOY, "container", "Dockerfile"), encoding="utf-8").read()
    conf = open(os.path.join(DEPLOY, "promptwall.yaml"), encoding="utf-8").read()
    for pat, rep in re.findall(r"-e 's\|\^([^|]*)\|([^|]*)\|'", text):
        conf = re.sub("^" + pat, rep, conf, flags=re.M)
    with open(out, "w", encoding="utf-8") as f:
        f.write(conf)
    finish("image config")


# ------------------------------------------------------ PrometheusRule copy

PROMRULE = os.path.join(K8S, "base", "prometheusrule.yaml")
PROMRULE_HEADER = """# The alert rules of deploy/prometheus/promptwall-rules.yaml for the
# Prometheus Operator. GENERATED: edit promptwall-rules.yaml, then run
#   python3 deploy/validate.py sync-prometheusrule
# (deploy/validate.sh fails when the two differ). Your Prometheus must select
# it (ruleSelector; often a `release` label: add it in an overlay).
"""


def prometheusrule_doc():
    rules = load_yaml_docs(os.path.join(DEPLOY, "prometheus", "promptwall-rules.yaml"))[0]
    return {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule",
            "metadata": {"name": "promptwall", "namespace": "promptwall",
                         "labels": {"app.kubernetes.io/name": "promptwall",
                                    "app.kubernetes.io/component": "egress-gateway"}},
            "spec": {"groups": rules["groups"]}}


def cmd_sync_prometheusrule():
    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        style = "|" if "\n" in data else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    Dumper.add_representer(str, str_rep)
    with open(PROMRULE, "w", encoding="utf-8") as f:
        f.write(PROMRULE_HEADER)
        yaml.dump(prometheusrule_doc(), f, Dumper=Dumper, sort_keys=False, width=1000,
                  allow_unicode=True)
    print(f"wrote {rel(PROMRULE)}")


def cmd_prometheusrule():
    """The PrometheusRule in the Kubernetes base carries exactly the rules
    promtool checked."""
    docs = load_yaml_docs(PROMRULE)
    if docs != [prometheusrule_doc()]:
        fail(f"{rel(PROMRULE)} differs from deploy/prometheus/promptwall-rules.yaml; "
             "run: python3 deploy/validate.py sync-prometheusrule")
    finish("PrometheusRule in sync")


COMMANDS = {
    "sync-prometheusrule": cmd_sync_prometheusrule,
    "prometheusrule": cmd_prometheusrule,
    "metric-names": cmd_metric_names,
    "dashboard": cmd_dashboard,
    "kustomize": cmd_kustomize,
    "servicemonitor": cmd_servicemonitor,
    "extract-policy": cmd_extract_policy,
    "dockerfile": cmd_dockerfile,
    "docker-config": cmd_docker_config,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(f"usage: {sys.argv[0]} {'|'.join(COMMANDS)} [args]", file=sys.stderr)
        sys.exit(2)
    COMMANDS[sys.argv[1]](*sys.argv[2:])
