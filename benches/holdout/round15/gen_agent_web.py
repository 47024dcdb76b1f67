"""Theme 2 (agent positives): PHP, Ruby and Elixir stacks - Phoenix config/runtime.exs (secret_key_base, Repo
password), an Elixir release env.sh with RELEASE_COOKIE and an ecto:// URL, Symfony .env.prod.local (APP_SECRET,
DATABASE_URL, MAILER_DSN), Symfony secrets:list --reveal, Laravel's cached bootstrap/cache/config.php, `wp config list`
as a table, Rails database.yml / storage.yml with inline values, a Sidekiq / Devise initializer."""
from gen_common import S
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    skb, rp = V.phoenix_skb(), V.pw(18)
    exs = ('import Config\n\nif config_env() == :prod do\n  config :fristen, Fristen.Repo,\n    username: "fristen",\n    password: "%s",\n'
           '    hostname: "pg-fristen.internal",\n    database: "fristen_prod",\n    pool_size: 10\n\n  config :fristen, FristenWeb.Endpoint,\n'
           '    url: [host: "fristen.kanzlei-hahn.de", port: 443, scheme: "https"],\n    secret_key_base: "%s"\nend\n' % (rp, skb))
    emit("p_agent_phoenix_runtime_exs_inline", SH.cc, [("u", "The Phoenix app for Fristenkontrolle crashes on boot in prod; here's runtime.exs"),
         ("t", "read", "config/runtime.exs", exs), ("a", "The Repo can't reach pg-fristen; inline secrets should move to env vars too.")] + V.pad("phx", 1),
         [(S, "Ecto Repo password (runtime.exs)", rp), (S, "Phoenix secret_key_base", skb)])

    ck, up = V.release_cookie(), V.pw(16)
    sh = ('#!/bin/sh\nexport RELEASE_DISTRIBUTION=name\nexport RELEASE_NODE=beitrag@${HOSTNAME}\nexport RELEASE_COOKIE=%s\n'
          'export DATABASE_URL=ecto://beitrag:%s@pg-beitrag.internal/beitrag_prod\nexport PHX_HOST=beitrag.kasse-sued.de\n' % (ck, up))
    emit("p_agent_elixir_release_env_cookie", SH.oai_resp, [("u", "The two Elixir nodes don't cluster after the release upgrade"),
         ("t", "bash", "cat _build/prod/rel/beitrag/releases/1.8.2/env.sh", sh), ("a", "Both nodes must share RELEASE_COOKIE; node 2 has a generated one.")],
         [(S, "Elixir release cookie (RELEASE_COOKIE)", ck), (S, "ecto:// database URL password", up)])

    asx, dbp, mlp = V.symfony_secret(), V.pw(18), V.pw(16)
    env = ('APP_ENV=prod\nAPP_SECRET=%s\nDATABASE_URL="postgresql://vergabe:%s@pg-vergabe.internal:5432/vergabe?serverVersion=16&charset=utf8"\n'
           'MAILER_DSN=smtp://vergabe-mailer:%s@smtp.stadt-ulmen.de:587\nMESSENGER_TRANSPORT_DSN=doctrine://default\n' % (asx, dbp, mlp))
    emit("p_agent_symfony_env_prod_local", SH.gemini, [("u", "The procurement portal (Symfony 7) sends no mails since the move; here's .env.prod.local"),
         ("t", "read", ".env.prod.local", env), ("a", "Port 587 needs ?encryption=tls or the smtp:// scheme with STARTTLS; the DSN is otherwise fine.")] + V.pad("symf", 1),
         [(S, "Symfony APP_SECRET", asx), (S, "Doctrine DATABASE_URL password", dbp), (S, "Symfony MAILER_DSN password", mlp)])

    jp, gs = V.pw(24), V.gocspx()
    out = (" ------------------------------ -------------------------------------------------- \n  Secret                         Value                                             \n"
           " ------------------------------ -------------------------------------------------- \n  JWT_PASSPHRASE                 \"%s\"\n"
           "  OAUTH_GOOGLE_CLIENT_SECRET     \"%s\"\n ------------------------------ -------------------------------------------------- \n\n"
           " // Local values override secret values.\n" % (jp, gs))
    emit("p_agent_symfony_secrets_reveal", SH.converse, [("u", "Login with Google broke on staging; check the vault values"),
         ("t", "bash", "php bin/console secrets:list --reveal --env=prod", out), ("a", "The Google secret is for another OAuth client; re-download it from the console.")],
         [(S, "Symfony vault JWT passphrase", jp), (S, "Google OAuth client secret (Symfony vault)", gs)])

    lk, lp, mp = V.laravel_key(), V.pw(18), V.pw(16)
    php = ("<?php return array (\n  'app' => \n  array (\n    'name' => 'Mandantenportal',\n    'env' => 'production',\n    'key' => '%s',\n    'cipher' => 'AES-256-CBC',\n  ),\n"
           "  'database' => \n  array (\n    'connections' => \n    array (\n      'mysql' => \n      array (\n        'driver' => 'mysql',\n        'host' => 'db-mandanten.internal',\n"
           "        'database' => 'mandanten',\n        'username' => 'mandanten',\n        'password' => '%s',\n      ),\n    ),\n  ),\n"
           "  'mail' => \n  array (\n    'mailers' => \n    array (\n      'smtp' => \n      array (\n        'host' => 'smtp.kanzlei-roth.de',\n        'username' => 'portal@kanzlei-roth.de',\n"
           "        'password' => '%s',\n      ),\n    ),\n  ),\n);\n" % (lk, lp, mp))
    emit("p_agent_laravel_cached_config_php", SH.oai_chat, [("u", "Changing .env has no effect on the client portal, why?"),
         ("t", "read", "bootstrap/cache/config.php", php), ("a", "The config is cached; run php artisan config:clear, and don't ship the cache file in the image.")] + V.pad("lcache", 1),
         [(S, "Laravel app key (cached config)", lk), (S, "MySQL password (cached config)", lp), (S, "SMTP password (cached config)", mp)])

    wdp, ak, sas = V.pw(18), V.wp_salt(), V.wp_salt()
    tbl = ("+------------------+------------------------------------------------------------------+----------+\n| name             | value                                                            | type     |\n"
           "+------------------+------------------------------------------------------------------+----------+\n| table_prefix     | wp_                                                              | variable |\n"
           "| DB_NAME          | gemeinde_wp                                                      | constant |\n| DB_USER          | gemeinde_wp                                                      | constant |\n"
           "| DB_PASSWORD      | %s | constant |\n| DB_HOST          | localhost                                                        | constant |\n"
           "| AUTH_KEY         | %s | constant |\n| SECURE_AUTH_SALT | %s | constant |\n"
           "+------------------+------------------------------------------------------------------+----------+\n" % (wdp.ljust(64), ak, sas))
    emit("p_agent_wp_cli_config_list_table", SH.cc, [("u", "The municipality WordPress keeps logging editors out; compare the config on both web nodes"),
         ("t", "bash", "wp config list --path=/var/www/gemeinde", tbl), ("a", "Node 2 has different salts; copy wp-config.php from node 1.")],
         [(S, "WordPress DB_PASSWORD (wp config list)", wdp), (S, "WordPress AUTH_KEY (wp config list)", ak), (S, "WordPress SECURE_AUTH_SALT (wp config list)", sas)])

    rp2, (ai, asec) = V.pw(20), V.aws_pair()
    yml = ("production:\n  adapter: postgresql\n  encoding: unicode\n  database: schadensfall_production\n  host: pg-schaden.internal\n  username: schadensfall\n  password: %s\n" % rp2)
    sto = ("amazon:\n  service: S3\n  access_key_id: %s\n  secret_access_key: %s\n  region: eu-central-1\n  bucket: schadensfall-belege\n" % (ai, asec))
    emit("p_agent_rails_database_storage_yml_inline", SH.oai_resp, [("u", "Active Storage uploads fail with AccessDenied in production"),
         ("t", "read", "config/database.yml", yml), ("t", "read", "config/storage.yml", sto),
         ("a", "The IAM user lacks s3:PutObject on the bucket; also these values belong in credentials, not in the repo.")] + V.pad("rails", 1),
         [(S, "Rails database.yml password", rp2), (S, "AWS access key id (storage.yml)", ai), (S, "AWS secret access key (storage.yml)", asec)])

    rd, dk = V.pw(16), V.rails_skb()
    rb_ = ('Sidekiq.configure_server do |config|\n  config.redis = { url: "rediss://:%s@redis-akten.internal:6380/2" }\nend\n\n'
           'Devise.setup do |config|\n  config.secret_key = \'%s\'\n  config.mailer_sender = \'no-reply@akten-online.de\'\nend\n' % (rd, dk))
    emit("p_agent_sidekiq_devise_initializer", SH.bedrock_claude, [("u", "Sidekiq jobs stay enqueued; check the initializers"),
         ("t", "bash", "cat config/initializers/sidekiq.rb config/initializers/devise.rb", rb_), ("a", "rediss needs ssl_params for the private CA.")],
         [(S, "Redis password (Sidekiq rediss URL)", rd), (S, "Devise secret_key", dk)])
