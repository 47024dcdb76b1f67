"""Theme 4 (hard negatives): agent sessions on data / ML / mobile projects with nothing to flag - notebooks full of hashes,
run ids, model ids, base64 plots and feature vectors; configs that only reference secrets; public-by-design mobile keys
(google-services.json, GoogleService-Info.plist, Maps / AdMob ids, Sentry DSN); lockfiles, minified bundles and source
maps; an encrypted PKCS#8 key and public keys; build logs with signing identities and UUIDs."""
import json

from gen_common import R, rs, hexs, ruuid, key, filler, V7, LO, DIG, UP
from gen_sess import emit
import gen_nb as N
import gen_vals as V


def run_rows(n):
    return [[hexs(32), "/fraud/xgb-v%d" % R.randint(1, 9), R.choice(["FINISHED", "FAILED", "RUNNING"]), round(R.random(), 4), "s3://acme-mlflow/%d/%s/artifacts" % (R.randint(1, 40), hexs(32))] for _ in range(n)]


def build():
    sh = iter(range(1, 300))

    nb = N.notebook([N.md("# Training run audit\nEvery artifact is pinned by digest."),
                     N.code("for r in runs: print(r.info.run_id, r.data.tags['mlflow.source.git.commit'], r.data.params['dataset_sha256'])",
                            [N.stream("\n".join("%s %s %s" % (hexs(32), hexs(40), hexs(64)) for _ in range(120)))]),
                     N.code("pd.DataFrame(run_rows)", [N.df_out(["run_id", "experiment", "status", "val_auc", "artifact_uri"], run_rows(25))]),
                     N.code("plot_runs(runs)", [N.image(640, 400, 5), N.image(640, 400, 4)])])
    emit("n_nb_run_audit_hashes_digests", next(sh), [("u", "Which runs used a different dataset digest?"), ("t", "read", "notebooks/run_audit.ipynb", nb)] + N.data_reads("nra", 1))

    nb = N.notebook([N.code("emb = model.encode(sentences[:12])\nprint(emb[:, :8])", [N.stream(N.vec_text(200, 8))]),
                     N.code("pca = PCA(n_components=2).fit_transform(emb)\nplt.scatter(*pca.T)", [N.image(480, 480, 3)]),
                     N.code("index.search(q, k=5)", [N.result(repr([[int(R.random() * 10 ** 6) for _ in range(5)], [round(R.random(), 6) for _ in range(5)]]) * 20)])])
    emit("n_nb_embeddings_feature_vectors", next(sh), [("u", "Are these embeddings normalised?"), ("t", "read", "retrieval/embeddings_probe.ipynb", nb)])

    nb = N.notebook([N.code('import os, getpass, wandb\nfrom huggingface_hub import login\nwandb.login(key=os.environ["WANDB_API_KEY"])\nlogin(token=os.getenv("HF_TOKEN"))\n'
                            'pw = dbutils.secrets.get(scope="snowflake", key="svc-analytics-password")\nkaggle_key = getpass.getpass("Kaggle key: ")',
                            [N.stream("wandb: Currently logged in as: ml-platform (acme-ml). Use `wandb login --relogin` to force relogin\n", "stderr")]),
                     N.code("conn = snowflake.connector.connect(user=os.environ['SF_USER'], password=pw, account='acme-xy12345')\n[REDACTED] printed secret values are hidden by Databricks")])
    emit("n_nb_env_refs_secret_scopes", next(sh), [("u", "Is this notebook safe to share?"), ("t", "read", "shared/setup_connections.ipynb", nb)] + N.data_reads("nref", 2))

    prof = ("analytics:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n      account: \"{{ env_var('SNOWFLAKE_ACCOUNT') }}\"\n      user: \"{{ env_var('SNOWFLAKE_USER') }}\"\n"
            "      password: \"{{ env_var('SNOWFLAKE_PASSWORD') }}\"\n      role: TRANSFORMER\n      warehouse: TRANSFORM_WH\n      database: DEV\n      schema: \"dbt_{{ env_var('USER') }}\"\n"
            "    ci:\n      type: snowflake\n      account: \"{{ env_var('SNOWFLAKE_ACCOUNT') }}\"\n      user: DBT_CI\n      authenticator: snowflake_jwt\n      private_key_path: /secrets/dbt_ci_key.p8\n"
            "      private_key_passphrase: \"{{ env_var('DBT_CI_KEY_PASSPHRASE') }}\"\n    bq:\n      type: bigquery\n      method: oauth\n      project: acme-analytics-dev\n      dataset: dbt_dev\n")
    emit("n_dbt_profiles_env_var_refs", next(sh), [("u", "Add a BigQuery CI target like the Snowflake one"), ("t", "read", "profiles.yml", prof), ("t", "read", "dbt_project.yml",
          "name: acme_analytics\nversion: '1.9.0'\nprofile: analytics\nmodels:\n  acme_analytics:\n    marts:\n      +materialized: table\n      +persist_docs: {relation: true, columns: true}\n")] + N.data_reads("dbtn", 2))

    comp = ("x-airflow-common:\n  &airflow-common\n  image: apache/airflow:2.10.3\n  environment:\n    AIRFLOW__CORE__EXECUTOR: CeleryExecutor\n"
            "    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow\n    AIRFLOW__CELERY__BROKER_URL: redis://:@redis:6379/0\n"
            "    AIRFLOW__CORE__FERNET_KEY: ''\n    AIRFLOW__SECRETS__BACKEND: airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\n"
            "    AIRFLOW__SECRETS__BACKEND_KWARGS: '{\"connections_prefix\": \"airflow/connections\", \"variables_prefix\": \"airflow/variables\"}'\n"
            "    _AIRFLOW_WWW_USER_USERNAME: ${_AIRFLOW_WWW_USER_USERNAME:-airflow}\n    _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}\n"
            "services:\n  postgres:\n    image: postgres:13\n    environment:\n      POSTGRES_USER: airflow\n      POSTGRES_PASSWORD: airflow\n      POSTGRES_DB: airflow\n")
    emit("n_airflow_compose_vendor_defaults", next(sh), [("u", "Local Airflow won't start, compose file from the docs"), ("t", "read", "docker-compose.yaml", comp)] + N.data_reads("afn", 2))

    emit("n_poetry_lock_wheel_hashes", next(sh), [("u", "Why did poetry lock pull a new torch wheel?"), ("t", "read", "poetry.lock", N.poetry_lock(260))])

    cfg = json.dumps({"_name_or_path": R.choice(N.MODELS), "architectures": ["XLMRobertaForSequenceClassification"], "hidden_size": 1024, "num_attention_heads": 16, "vocab_size": 250002,
                      "id2label": {str(i): l for i, l in enumerate(["negativo", "neutro", "positivo"])}, "torch_dtype": "float32", "transformers_version": "4.46.2"}, indent=2)
    idx = json.dumps({"metadata": {"total_size": R.randint(10 ** 9, 10 ** 10)}, "weight_map": {"roberta.encoder.layer.%d.%s" % (i // 6, rs(12, LO)): "model-%05d-of-00004.safetensors" % (i % 4 + 1) for i in range(400)}}, indent=2)
    log = "\n".join("Downloading model-%05d-of-00004.safetensors: 100%%|██████████| %.2fG/%.2fG  etag=%s  sha256=%s" % (i + 1, 2.1, 2.1, hexs(40), hexs(64)) for i in range(4))
    emit("n_hf_model_config_safetensors_index", next(sh), [("u", "Can I load this checkpoint in bf16 on a T4?"), ("t", "read", "checkpoints/sentiment-xlmr/config.json", cfg),
         ("t", "read", "checkpoints/sentiment-xlmr/model.safetensors.index.json", idx), ("t", "bash", "huggingface-cli download %s" % N.MODELS[1], log)])

    dvc = "schema: '2.0'\nstages:\n" + "".join("  %s:\n    cmd: python src/%s.py\n    deps:\n    - path: data/raw/%s.parquet\n      md5: %s\n      size: %d\n    outs:\n    - path: data/processed/%s\n      md5: %s.dir\n      size: %d\n      nfiles: %d\n" % (
        s, s, s, hexs(32), R.randint(10 ** 5, 10 ** 9), s, hexs(32), R.randint(10 ** 5, 10 ** 9), R.randint(2, 900)) for s in [rs(7, LO) for _ in range(40)])
    emit("n_dvc_lock_md5_remote_config", next(sh), [("u", "dvc pull is slow, which stages are stale?"), ("t", "read", "dvc.lock", dvc), ("t", "read", ".dvc/config",
          "[core]\n    remote = gcs\n['remote \"gcs\"']\n    url = gs://acme-dvc-cache/fraud\n    credentialpath = ~/.config/gcloud/application_default_credentials.json\n")] + N.data_reads("dvc", 1))

    enc, pub = key("snowflake_rsa_key_enc.p8").strip(), key("snowflake_rsa_key.pub").strip()
    pubb = "".join(pub.splitlines()[1:-1])
    emit("n_snowflake_encrypted_key_and_pubkey", next(sh), [("u", "Register my key pair with Snowflake; key is encrypted, passphrase is in 1Password"),
         ("t", "bash", "cat ~/.ssh/snowflake/rsa_key.p8 ~/.ssh/snowflake/rsa_key.pub", enc + "\n" + pub),
         ("a", "Run this as SECURITYADMIN:\n\nALTER USER SVC_LOADER SET RSA_PUBLIC_KEY='%s';\nDESC USER SVC_LOADER;" % pubb),
         ("t", "bash", "snowsql -q \"DESC USER SVC_LOADER\" | grep RSA_PUBLIC_KEY_FP", "| RSA_PUBLIC_KEY_FP | SHA256:%s |" % r_b64())] + N.data_reads("sfe", 2))

    out = "\n".join("%s  %-18s  %-9s  %.4f  s3://acme-mlflow/%d/%s/artifacts" % (hexs(32), "xgb-%s" % rs(6, LO), R.choice(["FINISHED", "FAILED"]), R.random(), R.randint(1, 40), hexs(32)) for _ in range(300))
    emit("n_mlflow_runs_list_ids", next(sh), [("u", "Pick the best run per experiment"), ("t", "bash", "mlflow runs list --experiment-id 17", "Date                 Name  ID\n" + out)])

    log = "\n".join("25/11/19 %02d:%02d:%02d INFO %s: %s" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice(["TaskSetManager", "BlockManagerInfo", "DAGScheduler", "YarnAllocator"]),
        R.choice(["Finished task %d.0 in stage %d.0 (TID %d) in %d ms on ip-10-0-%d-%d.sa-east-1.compute.internal (executor %d) (%d/400)" % (R.randint(0, 399), R.randint(1, 30), R.randint(1, 9999), R.randint(100, 9000), R.randint(0, 255), R.randint(0, 255), R.randint(1, 40), R.randint(1, 400)),
                  "Added broadcast_%d_piece0 in memory on 10.0.%d.%d:%d (size: %.1f KiB, free: 4.1 GiB)" % (R.randint(1, 99), R.randint(0, 255), R.randint(0, 255), R.randint(30000, 60000), R.random() * 90),
                  "Submitting application application_%d_%04d to ResourceManager" % (R.randint(10 ** 12, 10 ** 13), R.randint(1, 9999))])) for _ in range(700))
    emit("n_spark_driver_log_app_ids", next(sh), [("u", "Stage 12 is slow, anything in the driver log?"), ("t", "bash", "yarn logs -applicationId application_%d_0042 | head -700" % R.randint(10 ** 12, 10 ** 13), log),
         ("t", "read", "conf/spark-defaults.conf", "spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.InstanceProfileCredentialsProvider\nspark.sql.adaptive.enabled  true\n")])

    pqs = "\n".join("  row_group %d: customer_key: sha256 min=%s max=%s, event_ts: min=2025-%02d-01 max=2025-%02d-28, amount: min=%.2f max=%.2f nulls=%d" % (
        i, hexs(64), hexs(64), R.randint(1, 6), R.randint(7, 12), R.random(), R.random() * 9000, R.randint(0, 90)) for i in range(160))
    emit("n_parquet_metadata_hashed_keys", next(sh), [("u", "Are the row groups sorted by event_ts?"), ("t", "bash", "parquet-tools meta data/events/part-0000.parquet", "file schema: schema\ncustomer_key: BINARY (sha256 of normalised CPF + salt)\n" + pqs)])

    nb = N.notebook([N.code("fig, axes = plt.subplots(2, 2)\nshow_samples(val_ds, axes)", [N.image(640, 400, 6), N.image(640, 400, 6), N.image(640, 400, 5)]),
                     N.code("confusion_matrix(y_true, y_pred)", [N.result(repr([[R.randint(0, 900) for _ in range(10)] for _ in range(10)]))]), N.code("plot_lr(history)", [N.image(480, 300, 2)])])
    emit("n_nb_image_outputs_base64", next(sh), [("u", "The validation images look washed out, why?"), ("t", "read", "vision/augmentations.ipynb", nb)])

    sha = "\n".join("%s  %s" % (hexs(64), p) for p in ["models/%s/%s.safetensors" % (m.replace("/", "__"), rs(6, LO)) for m in N.MODELS for _ in range(20)])
    emit("n_model_zoo_checksums", next(sh), [("u", "Verify the model mirror against the manifest"), ("t", "bash", "sha256sum -c manifests/models.sha256 --quiet; cat manifests/models.sha256", sha)] + N.data_reads("zoo", 1))

    emit("n_dataset_shard_manifest_md5", next(sh), [("u", "Which shards are missing from the bucket?"), ("t", "bash", "gsutil ls -L gs://acme-datasets/reviews-pt/v3/ | grep -E 'gs://|md5|crc32c'",
          "\n".join("gs://acme-datasets/reviews-pt/v3/shard-%05d-of-00256.tfrecord:\n    Hash (crc32c):          %s\n    Hash (md5):             %s\n    ETag:                   %s" % (
              i, r_b64(6), r_b64(22), rs(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")) for i in range(256)))])


def r_b64(n=32):
    return rs(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="
