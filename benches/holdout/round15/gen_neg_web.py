"""Hard negatives 2: PHP, Ruby and Elixir stacks without a live secret - Laravel's stock .env.example, wp-config-sample
and the Docker image's getenv() wp-config, Rails credentials.yml.enc ciphertext with ERB database.yml, Phoenix
runtime.exs reading System.get_env, Symfony %env()% and a masked secrets:list, composer.lock / Gemfile.lock / mix.lock
hashes, Devise bcrypt rows, Jinja / %(…)s templated PHP-FPM and Nginx configs, a Rails filter_parameters log."""
import json
from gen_common import R
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    ex = ("APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=\nAPP_DEBUG=true\nAPP_URL=http://localhost\n\nDB_CONNECTION=sqlite\n# DB_HOST=127.0.0.1\n# DB_PORT=3306\n"
          "# DB_DATABASE=laravel\n# DB_USERNAME=root\n# DB_PASSWORD=\n\nREDIS_PASSWORD=null\n\nMAIL_MAILER=log\nMAIL_USERNAME=null\nMAIL_PASSWORD=null\n"
          "MAIL_FROM_ADDRESS=\"hello@example.com\"\n\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\n")
    emit("n_agent_laravel_env_example_stock", SH.cc, [("u", "Set up the dev environment for the Bürgerportal from .env.example"), ("t", "read", ".env.example", ex),
         ("a", "Copy it to .env and run php artisan key:generate.")] + V.pad("nlv", 1))

    wp = ("define( 'DB_NAME', getenv_docker('WORDPRESS_DB_NAME', 'wordpress') );\ndefine( 'DB_USER', getenv_docker('WORDPRESS_DB_USER', 'example username') );\n"
          "define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', 'example password') );\n"
          "define( 'AUTH_KEY',         getenv_docker('WORDPRESS_AUTH_KEY',         'put your unique phrase here') );\n"
          + "".join("define( '%s', 'put your unique phrase here' );\n" % k for k in ("SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT")))
    emit("n_agent_wp_config_docker_sample", SH.oai_chat, [("u", "Explain how the official WordPress image builds wp-config.php"), ("t", "read", "docker/wp-config-docker.php", wp),
         ("a", "Every constant comes from an env var; the fallbacks are the sample's default phrases.")])

    enc = V.rails_enc()
    db = ("production:\n  <<: *default\n  database: wohngeld_production\n  username: wohngeld\n  password: <%= ENV[\"WOHNGELD_DATABASE_PASSWORD\"] %>\n"
          "  host: <%= ENV.fetch(\"DB_HOST\") { \"localhost\" } %>\n")
    emit("n_agent_rails_credentials_enc_erb", SH.gemini, [("u", "Deploy says ActiveSupport::MessageEncryptor::InvalidMessage, check the credentials setup"),
         ("t", "bash", "cat config/credentials/production.yml.enc; echo; ls config/credentials", enc + "\nproduction.yml.enc"), ("t", "read", "config/database.yml", db),
         ("a", "production.key is missing on the server; set RAILS_MASTER_KEY from the secret store.")] + V.pad("nre", 1))

    exs = ('import Config\nif config_env() == :prod do\n  database_url =\n    System.get_env("DATABASE_URL") ||\n      raise """\n      environment variable DATABASE_URL is missing.\n'
           '      For example: ecto://USER:PASS@HOST/DATABASE\n      """\n\n  secret_key_base =\n    System.get_env("SECRET_KEY_BASE") ||\n      raise "environment variable SECRET_KEY_BASE is missing. You can generate one by calling: mix phx.gen.secret"\n'
           '  config :register, RegisterWeb.Endpoint, secret_key_base: secret_key_base\nend\n')
    emit("n_agent_phoenix_runtime_get_env", SH.converse, [("u", "Is runtime.exs safe to publish in the open-source release?"), ("t", "read", "config/runtime.exs", exs),
         ("a", "Yes: it only reads environment variables; ecto://USER:PASS@HOST is the generator's template.")] + V.pad("npe", 1))

    sy = ("parameters:\n    app.secret: '%env(APP_SECRET)%'\n    app.mailer_dsn: '%env(MAILER_DSN)%'\nframework:\n    secret: '%env(APP_SECRET)%'\n")
    ls = (" ---------------- ------- \n  Secret           Value  \n ---------------- ------- \n  APP_SECRET       ******  \n  DATABASE_URL     ******  \n  MAILER_DSN       ******  \n"
          " ---------------- ------- \n\n // Use \"--reveal\" to reveal values.\n")
    emit("n_agent_symfony_env_refs_masked_list", SH.oai_resp, [("u", "Which secrets does the vault hold for prod?"), ("t", "read", "config/services.yaml", sy),
         ("t", "bash", "php bin/console secrets:list --env=prod", ls), ("a", "Three secrets, values hidden; services read them through %env()%.")])

    comp = {"packages": [{"name": n, "version": v, "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (n, h), "reference": h, "shasum": ""}}
                         for n, v, h in (("laravel/framework", "v11.31.0", V.sha1()), ("symfony/mailer", "v7.1.6", V.sha1()), ("guzzlehttp/guzzle", "7.9.2", V.sha1()))]}
    gem = "CHECKSUMS\n" + "".join("  %s (%s) sha256=%s\n" % (n, v, V.hexs(64)) for n, v in (("devise", "4.9.4"), ("sidekiq", "7.3.5"), ("pg", "1.5.9")))
    mix = "%{\n" + "".join('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},\n' % (n, n, v, V.hexs(64), V.hexs(64)) for n, v in (("ecto_sql", "3.12.1"), ("phoenix", "1.7.14"), ("plug", "1.16.1"))) + "}\n"
    emit("n_agent_lockfile_hashes_three_stacks", SH.cc, [("u", "Audit the lockfiles of the three services for tampering"), ("t", "read", "php/composer.lock", json.dumps(comp, indent=4)),
         ("t", "read", "ruby/Gemfile.lock", gem), ("t", "read", "elixir/mix.lock", mix), ("a", "Hashes match the registries.")] + V.pad("nlk", 1))

    rows = "\n".join("%d | %s | %s | %s" % (i + 1, ["poststelle", "buergerbuero", "standesamt"][i] + "@stadt-ulmen.de", V.bcrypt(12), "2025-11-%02d" % (i + 3)) for i in range(3))
    emit("n_agent_devise_bcrypt_rows", SH.gemini, [("u", "Check the cost factor of the admin accounts' hashes"),
         ("t", "bash", "psql -c 'select id, email, encrypted_password, updated_at from admins'", " id | email | encrypted_password | updated_at\n" + rows),
         ("a", "All use cost 12.")])

    j2 = ("[www]\nuser = www-data\nlisten = /run/php/php8.3-fpm.sock\nenv[DB_PASSWORD] = {{ vault_vergabe_db_password }}\nenv[APP_SECRET] = {{ vault_vergabe_app_secret }}\n")
    ini = "[database]\nhost = %(db_host)s\npassword = %(db_password)s\n\n[mail]\npassword = %(smtp_password)s\n"
    emit("n_agent_jinja_pyformat_templates", SH.converse, [("u", "Render these templates for staging; tell me which variables I need"), ("t", "read", "roles/php/templates/www.conf.j2", j2),
         ("t", "read", "tools/legacy_sync/config.ini.tmpl", ini), ("a", "You need vault_vergabe_db_password, vault_vergabe_app_secret, db_host, db_password and smtp_password.")] + V.pad("nj2", 1))

    log = "\n".join('Started POST "/users/sign_in" for 10.20.%d.%d at 2025-11-2%d 09:1%d:00 +0100\n  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]"}, "commit"=>"Anmelden"}'
                    % (R.randint(0, 255), R.randint(1, 254), i, i) for i in range(4))
    emit("n_agent_rails_filtered_login_log", SH.oai_chat, [("u", "Why do logins take 2 seconds?"), ("t", "bash", "grep -A1 sign_in log/production.log | tail -8", log),
         ("a", "The bcrypt cost is 14; 12 is enough.")])
