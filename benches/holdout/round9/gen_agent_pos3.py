"""Theme 2b (positives): more agent sessions - an Anthropic key in an eval notebook, MinIO / Label Studio compose
passwords, a W&B key printed by `!cat ~/.netrc` in a notebook output, a Sentry event JSON with a user's e-mail and phone."""
import json

from gen_common import R, rs, hexs, ruuid, S, P, V7
from gen_sess import emit
import gen_nb as N
import gen_vals as V


def build():
    sh = iter(range(5, 100))

    # 1 notebook: Anthropic key in a cell, eval outputs with model ids and hashes
    ak_ = V7.anthropic_key()
    nb = N.notebook([N.code('import anthropic\nclient = anthropic.Anthropic(api_key="%s")' % ak_),
                     N.code("results = run_eval(client, 'claude-sonnet-4-5', dataset='faq-pt-v3')\nresults.head(8)",
                            [N.df_out(["question_id", "model", "score", "latency_ms"], [[ruuid()[:8], "claude-sonnet-4-5", round(R.random(), 3), R.randint(400, 3000)] for _ in range(8)])]),
                     N.code("print(dataset_fingerprint)", [N.stream("sha256:%s\n" % hexs(64))])])
    emit("p_nb_anthropic_key_eval", next(sh), [("u", "Add retries with backoff to run_eval"), ("t", "read", "notebooks/faq_eval.ipynb", nb)] + N.data_reads("ant", 2),
         [(S, "Anthropic API key in notebook", ak_)])

    # 2 MinIO / Label Studio docker-compose
    mr, lp = V.dbpw(24), V.dbpw(14)
    comp = ("services:\n  minio:\n    image: minio/minio:RELEASE.2025-09-07T16-13-09Z\n    command: server /data --console-address :9001\n    environment:\n"
            "      MINIO_ROOT_USER: labelops\n      MINIO_ROOT_PASSWORD: %s\n  label-studio:\n    image: heartexlabs/label-studio:1.13.1\n    environment:\n"
            "      LABEL_STUDIO_USERNAME: annot-admin@acme.io\n      LABEL_STUDIO_PASSWORD: %s\n      LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK: \"true\"\n    ports: [\"8080:8080\"]\n" % (mr, lp))
    emit("p_compose_minio_labelstudio", next(sh), [("u", "Label Studio can't see the MinIO bucket"), ("t", "read", "infra/annotation/docker-compose.yml", comp)] + N.data_reads("ls", 2),
         [(S, "MINIO_ROOT_PASSWORD", mr), (S, "LABEL_STUDIO_PASSWORD", lp)])

    # 3 notebook: `!cat ~/.netrc` output with the W&B key as the netrc password
    wk = V.wandb_key()
    nb = N.notebook([N.code("!cat ~/.netrc", [N.stream("machine api.wandb.ai\n  login user\n  password %s\n" % wk)]), N.code("!nvidia-smi --query-gpu=name,memory.used --format=csv",
                     [N.stream("name, memory.used [MiB]\nNVIDIA A100-SXM4-40GB, 31422 MiB\n")]), N.code("trainer.train()", [N.stream(N.train_log(8, 40))])])
    emit("p_nb_netrc_wandb_password_output", next(sh), [("u", "wandb sync hangs on the cluster, my debug notebook:"), ("t", "read", "debug/wandb_sync.ipynb", nb)] + N.data_reads("netrc", 2),
         [(S, "W&B key as netrc password in notebook output", wk)])

    # 4 Sentry event JSON (mobile app) with the user's e-mail and phone in user context / breadcrumbs
    f, l, n = V.person("BR")
    e, m = V.mail("BR", f, l), V.mob("BR", "e164")
    ev = json.dumps({"event_id": hexs(32), "platform": "javascript", "release": "com.acme.wallet@3.14.0+412", "environment": "production",
                     "user": {"id": ruuid(), "email": e, "ip_address": "{{auto}}"}, "contexts": {"device": {"model": "SM-A546E", "family": "Android"}, "os": {"name": "Android", "version": "14"}},
                     "breadcrumbs": [{"category": "navigation", "data": {"from": "/pix/confirm", "to": "/pix/receipt"}}, {"category": "console", "message": "otp sent to %s" % m}],
                     "exception": {"values": [{"type": "TypeError", "value": "Cannot read property 'amount' of undefined", "stacktrace": {"frames": [{"filename": "app:///index.android.bundle", "lineno": 1, "colno": R.randint(10 ** 5, 10 ** 6)} for _ in range(12)]}}]}}, indent=2)
    emit("p_sentry_event_user_email_phone", next(sh), [("u", "Group this crash with similar ones; event JSON:"), ("t", "bash", "sentry-cli events get %s --json" % hexs(32), ev)] + N.data_reads("sev", 2),
         [(P, "email in Sentry user context", e), (P, "BR mobile in Sentry breadcrumb", m)])
