"""Theme 1 (positives): coding-agent sessions on data / ML projects - notebooks read as tool results (double-escaped
.ipynb JSON with DataFrame and PNG outputs), dbt profiles.yml, Airflow, Spark / Databricks, JDBC URLs, MLflow, W&B,
Hugging Face, Kaggle, Superset, MinIO, Snowflake key-pair auth, an EMR key pair."""
from gen_common import R, rs, hexs, ruuid, key, aws_id, aws_secret, openai_key, S, P, K, V7
from gen_sess import emit
import gen_nb as N
import gen_vals as V


def build():
    sh = iter(range(100))

    # 1 notebook: Snowflake connector with a literal password, aggregate outputs and a plot
    pw = V.dbpw()
    nb = N.notebook([N.md("# Churn by cohort\nPulls the weekly cohort table from Snowflake."),
                     N.code('import snowflake.connector, pandas as pd\nconn = snowflake.connector.connect(\n    user="SVC_ANALYTICS",\n    password="%s",\n'
                            '    account="acme-xy12345",\n    warehouse="ANALYTICS_WH", database="PROD", schema="MARTS")\ncur = conn.cursor()' % pw),
                     N.code("df = pd.read_sql('select cohort_week, plan, churned, active from churn_weekly', conn)\ndf.groupby('plan').sum().head()",
                            [N.df_out(["plan", "churned", "active"], [[p, R.randint(100, 900), R.randint(5000, 40000)] for p in ("basic", "pro", "team", "enterprise")])]),
                     N.code("ax = df.pivot_table(index='cohort_week', columns='plan', values='churned').plot()", [N.image(640, 400, 4)])])
    emit("p_nb_snowflake_connector_password", next(sh), [("u", "The churn notebook fails on the second cell with 250001, can you look?"),
         ("t", "read", "notebooks/churn_cohorts.ipynb", nb), ("a", "The connection works; the failure is the warehouse being suspended."),
         ("u", "ok, and move the credentials out of the notebook please")] + N.data_reads("snow", 2), [(S, "Snowflake password in notebook cell", pw)])

    # 2 notebook: wandb.login(key=...) and huggingface_hub.login(token=...)
    wk, hf = V.wandb_key(), V7.hf_tok()
    nb = N.notebook([N.code('import wandb\nfrom huggingface_hub import login\nwandb.login(key="%s")\nlogin(token="%s")' % (wk, hf),
                            [N.stream("wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc\nToken is valid (permission: write).\n"
                                      "Your token has been saved to /root/.cache/huggingface/token\nLogin successful\n", "stderr")]),
                     N.code("trainer.train()", [N.stream(N.train_log(10, 40))]), N.code("plot_curves(trainer.state.log_history)", [N.image(), N.image(640, 400, 2)])])
    emit("p_nb_wandb_hf_login_keys", next(sh), [("u", "Why is the eval f1 flat after epoch 4? Notebook attached."), ("t", "read", "train_ner_pt.ipynb", nb)]
         + N.data_reads("wb", 1), [(S, "W&B API key in wandb.login", wk), (S, "Hugging Face write token in login()", hf)])

    # 3 dbt profiles.yml: Snowflake password and Redshift password, prod + dev targets
    p1, p2 = V.dbpw(), V.dbpw(16)
    prof = ("analytics:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n      account: acme-xy12345\n      user: dbt_dev\n"
            "      password: \"{{ env_var('DBT_DEV_PASSWORD') }}\"\n      role: TRANSFORMER\n      database: DEV\n      warehouse: TRANSFORM_WH\n      schema: dbt_mrossi\n      threads: 8\n"
            "    prod:\n      type: snowflake\n      account: acme-xy12345\n      user: DBT_PROD\n      password: '%s'\n      role: TRANSFORMER\n      database: PROD\n"
            "      warehouse: TRANSFORM_WH\n      schema: marts\n      threads: 16\n    legacy_rs:\n      type: redshift\n      host: legacy.c7xk2abcd.sa-east-1.redshift.amazonaws.com\n"
            "      user: dbt_loader\n      password: %s\n      port: 5439\n      dbname: analytics\n      schema: staging\n      threads: 4\n" % (p1, p2))
    emit("p_dbt_profiles_snowflake_redshift", next(sh), [("u", "dbt debug says the prod target is fine but legacy_rs times out"), ("t", "bash", "cat ~/.dbt/profiles.yml", prof),
         ("t", "bash", "dbt debug --target legacy_rs", "Connection:\n  host: legacy.c7xk2abcd.sa-east-1.redshift.amazonaws.com\n  port: 5439\n  user: dbt_loader\n  database: analytics\n  schema: staging\n"
          "  Connection test: [ERROR]\n\n1 check failed:\ndbt was unable to connect to the specified database.\nThe database returned the following error:\n\n  >Database Error\n  timeout expired\n")]
         + N.data_reads("dbt", 2), [(S, "dbt Snowflake prod password", p1), (S, "dbt Redshift password (unquoted YAML)", p2)])

    # 4 Airflow .env: connection URI password, Fernet key, webserver secret key
    cpw, fk, wsk = V.dbpw(), V.fernet_key(), hexs(32)
    env = ("AIRFLOW_UID=50000\nAIRFLOW__CORE__EXECUTOR=CeleryExecutor\nAIRFLOW__CORE__FERNET_KEY=%s\nAIRFLOW__WEBSERVER__SECRET_KEY=%s\n"
           "AIRFLOW__CORE__LOAD_EXAMPLES=false\nAIRFLOW_CONN_WAREHOUSE_PG=postgresql://etl_writer:%s@pg-dw.internal.acme.io:5432/dw?sslmode=require\n"
           "AIRFLOW_CONN_S3_RAW=aws://?region_name=sa-east-1&role_arn=arn%%3Aaws%%3Aiam%%3A%%3A412398076655%%3Arole%%2Fairflow-raw\n_PIP_ADDITIONAL_REQUIREMENTS=\n" % (fk, wsk, cpw))
    emit("p_airflow_env_conn_fernet", next(sh), [("u", "The scheduler can't decrypt variables after the redeploy, what changed?"), ("t", "read", "deploy/airflow/.env", env),
         ("t", "bash", "docker compose logs airflow-scheduler | tail -5", "cryptography.fernet.InvalidToken\n[2025-11-20T10:12:01.223+0000] {variable.py:78} ERROR - Can't decrypt _val for key=slack_channel, invalid token or value")]
         + N.data_reads("af", 2), [(S, "Airflow connection URI password", cpw), (S, "Airflow Fernet key", fk), (S, "Airflow webserver secret_key", wsk)])

    # 5 airflow.cfg: sql_alchemy_conn and smtp_password
    dpw, spw, sesid = V.dbpw(), V.dbpw(14), aws_id()
    cfg = ("[core]\ndags_folder = /opt/airflow/dags\nexecutor = KubernetesExecutor\nparallelism = 64\n\n[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:%s@airflow-meta.cluster-c3x.sa-east-1.rds.amazonaws.com:5432/airflow\n"
           "sql_alchemy_pool_size = 10\n\n[smtp]\nsmtp_host = email-smtp.sa-east-1.amazonaws.com\nsmtp_starttls = True\nsmtp_user = %s\nsmtp_password = %s\nsmtp_port = 587\n"
           "smtp_mail_from = airflow-alerts@acme.io\n\n[logging]\nremote_logging = True\nremote_base_log_folder = s3://acme-airflow-logs/prod\n" % (dpw, sesid, spw))
    emit("p_airflow_cfg_metadb_smtp", next(sh), [("u", "Alert mails stopped after we moved to KubernetesExecutor"), ("t", "read", "helm/airflow/files/airflow.cfg", cfg)] + N.data_reads("afc", 2),
         [(S, "airflow metadata DB password in sql_alchemy_conn", dpw), (S, "SES SMTP user (AWS access key id)", sesid), (S, "airflow smtp_password", spw)])

    # 6 spark-defaults.conf with s3a keys + .databrickscfg token
    ak, sk, dt = aws_id(), aws_secret(), V7.databricks_tok()
    conf = ("spark.master                     yarn\nspark.executor.memory            8g\nspark.sql.shuffle.partitions     400\n"
            "spark.hadoop.fs.s3a.access.key   %s\nspark.hadoop.fs.s3a.secret.key   %s\nspark.hadoop.fs.s3a.endpoint     s3.sa-east-1.amazonaws.com\n"
            "spark.eventLog.enabled           true\nspark.eventLog.dir               s3a://acme-spark-history/\n" % (ak, sk))
    emit("p_spark_defaults_s3a_databrickscfg", next(sh), [("u", "Port this job config to Databricks, here is the current spark-defaults and my CLI profile"),
         ("t", "read", "conf/spark-defaults.conf", conf), ("t", "bash", "cat ~/.databrickscfg", "[DEFAULT]\nhost  = https://dbc-4f2a91c7-0b1e.cloud.databricks.com\ntoken = %s\n\n[staging]\nhost = https://dbc-77aa0c21-9f3d.cloud.databricks.com\nauth_type = databricks-cli\n" % dt)]
         + N.data_reads("spk", 1), [(S, "AWS access key id in spark s3a", ak), (S, "AWS secret key in spark s3a", sk), (S, "Databricks PAT in .databrickscfg", dt)])

    # 7 JDBC URLs with passwords (Redshift PWD=, Snowflake password=) in a Scala job config
    rp, sp = V.dbpw(18), V.dbpw(22)
    conf = ('app {\n  name = "orders-compaction"\n  sources {\n    redshift = "jdbc:redshift://legacy.c7xk2abcd.sa-east-1.redshift.amazonaws.com:5439/analytics;UID=spark_reader;PWD=%s;ssl=true"\n'
            '    snowflake = "jdbc:snowflake://acme-xy12345.snowflakecomputing.com/?db=PROD&warehouse=ETL_WH&user=SPARK_ETL&password=%s"\n  }\n  sink = "s3a://acme-lake/orders/compacted"\n}\n' % (rp, sp))
    emit("p_jdbc_redshift_snowflake_urls", next(sh), [("u", "Why does the Snowflake source read 0 rows?"), ("t", "read", "src/main/resources/application.conf", conf)] + N.data_reads("jdbc", 2),
         [(S, "Redshift JDBC PWD", rp), (S, "Snowflake JDBC password", sp)])

    # 8 MLflow .env with basic-auth password, MinIO keys, Databricks host token
    mp, mk, ms = V.dbpw(), rs(20), rs(40)
    env = ("MLFLOW_TRACKING_URI=https://mlflow.acme.io\nMLFLOW_TRACKING_USERNAME=ci-trainer\nMLFLOW_TRACKING_PASSWORD=%s\nMLFLOW_S3_ENDPOINT_URL=https://minio.acme.io\n"
           "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nMLFLOW_EXPERIMENT_NAME=/fraud/xgb-v4\nMLFLOW_ENABLE_SYSTEM_METRICS_LOGGING=true\n" % (mp, mk, ms))
    emit("p_mlflow_env_tracking_minio", next(sh), [("u", "mlflow.log_artifact fails with 403 against minio, env below"), ("t", "read", ".env", env),
         ("t", "bash", "python train.py --max-depth 6", "2025/11/20 09:14:22 INFO mlflow.tracking.fluent: Experiment with name '/fraud/xgb-v4' does not exist. Creating a new experiment.\n"
          "botocore.exceptions.ClientError: An error occurred (403) when calling the PutObject operation: Forbidden")] + N.data_reads("mlf", 2),
         [(S, "MLflow tracking password", mp), (S, "MinIO secret key as AWS_SECRET_ACCESS_KEY", ms)])

    # 9 kaggle.json
    kk = V.kaggle_key()
    emit("p_kaggle_json_cat", next(sh), [("u", "kaggle competitions download gives 401"), ("t", "bash", "ls -la ~/.kaggle && cat ~/.kaggle/kaggle.json",
          "total 12\ndrwxr-xr-x 2 marina marina 4096 Nov 19 21:02 .\n-rw-r--r-- 1 marina marina   65 Nov 19 21:02 kaggle.json\n{\"username\":\"marinacosta\",\"key\":\"%s\"}" % kk),
         ("a", "The file is world-readable; the CLI warns but it should still work. Is the competition rules page accepted?")] + N.data_reads("kg", 2), [(S, "Kaggle API key in kaggle.json", kk)])

    # 10 Hugging Face token in a git remote URL and the cached token file
    t1, t2 = V7.hf_tok(), V7.hf_tok()
    emit("p_hf_git_remote_and_token_file", next(sh), [("u", "git push to the model repo is rejected"), ("t", "bash", "git remote -v && cat ~/.cache/huggingface/token",
          "origin\thttps://rcarvalho:%s@huggingface.co/acme-br/bertimbau-sentiment (fetch)\norigin\thttps://rcarvalho:%s@huggingface.co/acme-br/bertimbau-sentiment (push)\n%s" % (t1, t1, t2)),
         ("t", "bash", "git push origin main", "remote: Password authentication in git is no longer supported. You must use a user access token or an SSH key instead.\nfatal: Authentication failed")]
         + N.data_reads("hfg", 1), [(S, "HF token in git remote URL", t1), (S, "HF token file", t2)])

    # 11 Superset config: SECRET_KEY and metadata DB URI
    sk2, sp2 = rs(42, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), V.dbpw()
    cfg = ("import os\nfrom celery.schedules import crontab\n\nROW_LIMIT = 50000\nSECRET_KEY = '%s'\nSQLALCHEMY_DATABASE_URI = 'postgresql://superset:%s@superset-db:5432/superset'\n"
           "MAPBOX_API_KEY = os.getenv('MAPBOX_API_KEY', '')\nFEATURE_FLAGS = {'ALERT_REPORTS': True, 'DASHBOARD_RBAC': True}\nWEBDRIVER_BASEURL = 'http://superset:8088/'\n" % (sk2, sp2))
    emit("p_superset_config_secret_key", next(sh), [("u", "Alerts & reports never send. Config:"), ("t", "read", "docker/pythonpath_dev/superset_config.py", cfg)] + N.data_reads("sup", 2),
         [(S, "Superset SECRET_KEY", sk2), (S, "Superset metadata DB password", sp2)])

    # 12 Snowflake key-pair: unencrypted rsa_key.p8 printed by the agent
    pem = key("snowflake_rsa_key.p8").strip()
    emit("p_snowflake_rsa_key_p8_cat", next(sh), [("u", "JWT token is invalid when snowsql uses the key pair. Check the key and config."),
         ("t", "bash", "cat ~/.snowsql/config | grep -v '^#'; cat ~/.ssh/snowflake/rsa_key.p8", "[connections.prod]\naccountname = acme-xy12345\nusername = SVC_LOADER\n"
          "authenticator = SNOWFLAKE_JWT\nprivate_key_path = ~/.ssh/snowflake/rsa_key.p8\n\n" + pem), ("a", "The key is PKCS#8 and unencrypted, which snowsql accepts.")]
         + N.data_reads("sfk", 2), [(K, "Snowflake key-pair private key (PKCS#8)", pem)])

    # 13 EMR key pair
    pem = key("emr_keypair.pem").strip()
    emit("p_emr_keypair_pem_cat", next(sh), [("u", "ssh to the EMR primary node says 'invalid format'"), ("t", "bash", "file ~/keys/emr-analytics.pem && cat ~/keys/emr-analytics.pem",
          "/home/dev/keys/emr-analytics.pem: PEM RSA private key\n" + pem)] + N.data_reads("emr", 2), [(K, "EMR key pair (RSA PEM)", pem)])

    # 14 git diff of a notebook removing a hard-coded OpenAI key (still in history)
    ok_ = openai_key()
    diff = ('diff --git a/notebooks/rag_eval.ipynb b/notebooks/rag_eval.ipynb\nindex 3f1c2aa..9be01d4 100644\n--- a/notebooks/rag_eval.ipynb\n+++ b/notebooks/rag_eval.ipynb\n'
            '@@ -12,7 +12,7 @@\n     "source": [\n      "import os\\n",\n-     "os.environ[\\"OPENAI_API_KEY\\"] = \\"%s\\"\\n",\n+     "assert \\"OPENAI_API_KEY\\" in os.environ\\n",\n'
            '      "from openai import OpenAI\\n",\n      "client = OpenAI()"\n     ]\n' % ok_)
    emit("p_git_diff_notebook_removed_openai_key", next(sh), [("u", "Write the commit message for this change"), ("t", "bash", "git diff --cached", diff)] + N.data_reads("gd", 2),
         [(S, "OpenAI key on a removed notebook diff line", ok_)])
