"""Round 9 text helpers for data / ML work: Jupyter notebooks (nbformat 4 JSON with stream, execute_result text/plain +
text/html and display_data image/png outputs), pandas-style DataFrame prints, CSV/TSV, training logs, hashes and
feature vectors, lockfile / minified-JS / source-map bulk.  Everything draws from the round's seeded R."""
import json

from gen_common import R, rs, hexs, ruuid, filler, DIG, LO, AL
import gen_vals as V

MODELS = ["bert-base-multilingual-cased", "xlm-roberta-large", "neuralmind/bert-base-portuguese-cased", "cl-tohoku/bert-base-japanese-v3",
          "klue/roberta-large", "google/mt5-base", "intfloat/multilingual-e5-large", "sentence-transformers/all-MiniLM-L6-v2",
          "meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "microsoft/deberta-v3-base", "openai/whisper-small"]


def src(text):
    lines = text.split("\n")
    return [l + "\n" for l in lines[:-1]] + [lines[-1]]


def code(text, outputs=(), n=None):
    return {"cell_type": "code", "execution_count": n, "id": rs(8, "0123456789abcdef"), "metadata": {}, "outputs": list(outputs), "source": src(text)}


def md(text):
    return {"cell_type": "markdown", "id": rs(8, "0123456789abcdef"), "metadata": {}, "source": src(text)}


def stream(text, name="stdout"):
    return {"name": name, "output_type": "stream", "text": src(text)}


def result(text, html=None, n=1):
    d = {"text/plain": src(text)}
    if html:
        d["text/html"] = src(html)
    return {"data": d, "execution_count": n, "metadata": {}, "output_type": "execute_result"}


def image(w=480, h=300, noise=3):
    return {"data": {"image/png": V.png(w, h, noise), "text/plain": ["<Figure size 640x400 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}


def notebook(cells, kernel="python3"):
    for i, c in enumerate(cells):
        if c["cell_type"] == "code":
            c["execution_count"] = i + 1
            for o in c["outputs"]:
                if "execution_count" in o:
                    o["execution_count"] = i + 1
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
                                                    "language_info": {"name": "python", "version": "3.11.9"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1, ensure_ascii=False)


def df_text(cols, rows, index=True):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    iw = len(str(len(rows)))
    head = (" " * iw if index else "") + "".join("  " + str(c).rjust(w[i]) for i, c in enumerate(cols))
    body = [(str(k).ljust(iw) if index else "") + "".join("  " + str(r[i]).rjust(w[i]) for i in range(len(cols))) for k, r in enumerate(rows)]
    return "\n".join([head] + body)


def df_html(cols, rows):
    th = "".join("      <th>%s</th>\n" % c for c in cols)
    trs = "".join("    <tr>\n      <th>%d</th>\n%s    </tr>\n" % (k, "".join("      <td>%s</td>\n" % v for v in r)) for k, r in enumerate(rows))
    return ('<div>\n<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n%s    </tr>\n  </thead>\n'
            "  <tbody>\n%s  </tbody>\n</table>\n<p>%d rows × %d columns</p>\n</div>" % (th, trs, len(rows), len(cols)))


def df_out(cols, rows, n=1):
    return result(df_text(cols, rows) + "\n\n[%d rows x %d columns]" % (len(rows), len(cols)), df_html(cols, rows), n)


def csv(cols, rows, sep=","):
    return "\n".join([sep.join(cols)] + [sep.join(str(x) for x in r) for r in rows]) + "\n"


def floats(n, scale=1.0):
    return [round((R.random() - .5) * 2 * scale, 6) for _ in range(n)]


def vec_text(n, k=8):
    return "\n".join("[" + ", ".join("%.8f" % x for x in floats(k)) + "]" for _ in range(n))


def train_log(epochs=12, steps=40):
    out = []
    for e in range(epochs):
        for s in range(0, steps, 10):
            out.append("Epoch %d/%d step %d/%d - loss: %.4f - acc: %.4f - lr: %.2e - %dms/step" % (e + 1, epochs, s, steps, 2.3 / (e + 1 + s / 40) + R.random() * .05,
                                                                                             min(.99, .4 + e * .05 + R.random() * .02), 3e-5 * (1 - e / epochs), R.randint(80, 240)))
        out.append("{'eval_loss': %.4f, 'eval_f1': %.4f, 'eval_runtime': %.2f, 'epoch': %d.0}" % (R.random(), .6 + R.random() * .3, R.random() * 40, e + 1))
    return "\n".join(out)


def hashes_block(n=40):
    rows = []
    for i in range(n):
        rows.append("%s  data/raw/part-%05d-%s.c000.snappy.parquet" % (hexs(64), i, ruuid()))
    return "\n".join(rows)


def poetry_lock(n=40):
    pk = ["numpy", "pandas", "pyarrow", "scikit-learn", "scipy", "torch", "transformers", "tokenizers", "datasets", "mlflow", "wandb",
          "great-expectations", "dbt-core", "dbt-snowflake", "snowflake-connector-python", "google-cloud-bigquery", "apache-airflow", "pyspark",
          "polars", "duckdb", "matplotlib", "seaborn", "plotly", "xgboost", "lightgbm", "optuna", "fsspec", "s3fs", "boto3", "sqlalchemy"]
    out = []
    for i in range(n):
        p = pk[i % len(pk)] + ("" if i < len(pk) else "-stubs")
        v = "%d.%d.%d" % (R.randint(0, 3), R.randint(0, 30), R.randint(0, 12))
        files = ",\n".join('    {file = "%s-%s-cp311-cp311-%s.whl", hash = "sha256:%s"}' % (p.replace("-", "_"), v, R.choice(["manylinux_2_17_x86_64", "macosx_11_0_arm64", "win_amd64"]), hexs(64)) for _ in range(3))
        out.append('[[package]]\nname = "%s"\nversion = "%s"\ndescription = ""\noptional = false\npython-versions = ">=3.9"\nfiles = [\n%s,\n]\n' % (p, v, files))
    return "\n".join(out)


def minified_js(nbytes=30000):
    ids = [rs(R.randint(1, 2), "abcdefghijklmnopqrstuvwxyz$_") for _ in range(80)]
    parts, size = [], 0
    while size < nbytes:
        a, b, c = R.choice(ids), R.choice(ids), R.choice(ids)
        p = R.choice(['function %s(%s,%s){return %s.call(this,%s)||%s}' % (a, b, c, b, c, a),
                      'var %s=%s("%s"),%s=%s(%s);' % (a, b, rs(6, LO), c, a, R.randint(0, 999)),
                      '%s.exports=function(%s){return"%s"+%s.%s}' % (a, b, rs(12, AL), b, rs(4, LO)),
                      '"%s":[function(%s,%s,%s){%s(%d)}]' % (rs(8, AL), a, b, c, a, R.randint(0, 9999)),
                      'const %s=new Uint8Array([%s]);' % (a, ",".join(str(R.randint(0, 255)) for _ in range(24)))])
        parts.append(p)
        size += len(p)
    return ";".join(parts)


def sourcemap(nbytes=20000):
    segs = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    m = ";".join(",".join(rs(R.choice([4, 4, 5, 6]), segs) for _ in range(R.randint(3, 20))) for _ in range(nbytes // 60))
    return json.dumps({"version": 3, "sources": ["../src/%s.tsx" % rs(8, LO) for _ in range(6)], "names": [rs(6, LO) for _ in range(30)], "mappings": m})


def pad_py(seed, n=8000):
    return filler(n, "py", seed)


DATA_PATHS = ["pipelines/transform.py", "features/build_features.py", "src/churn/train.py", "src/etl/load_warehouse.py", "dags/daily_sales.py",
              "app/src/main/java/com/acme/wallet/ui/HomeViewModel.kt", "scripts/eval_retrieval.py", "notebooks/utils/plotting.py"]


def data_reads(seed, n=2, size=12000):
    """n ordinary reads of a data project (sanitised real Python, a poetry.lock, a training log) to pad a session."""
    out = []
    for k in range(n):
        kind = k % 3
        if kind == 0:
            out.append(("t", "read", DATA_PATHS[(len(seed) + k) % len(DATA_PATHS)], filler(size, "py", "%s-%d" % (seed, k))))
        elif kind == 1:
            out.append(("t", "read", "poetry.lock", poetry_lock(max(8, size // 560))))
        else:
            out.append(("t", "bash", "tail -n 200 logs/train-%s.log" % rs(6, "0123456789abcdef"), train_log(max(3, size // 900))))
    return out
