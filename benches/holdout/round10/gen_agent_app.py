"""Theme 3 (positives): coding-agent sessions on enterprise backends - Spring application.properties / application.yml
(datasource, mail, RabbitMQ, keystore password, Kafka SASL JAAS, Schema Registry), .NET appsettings.json and web.config
(connection strings, Service Bus key, machineKey, SMTP), a Go service config (MySQL DSN without a scheme, rediss URL),
Laravel .env, WordPress wp-config.php salts, Rails master.key with Kamal secrets, Django settings with an LDAP bind password."""
from gen_common import R, rs, hexs, key, S, K, V7
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(16, 100))

    # 16 Spring application-prod.properties
    dp, mp, rp, kp = V.dbpw(), V.dbpw(16), V.dbpw(), V.dbpw(14)
    props = ("spring.application.name=claims-service\nserver.port=8443\nserver.ssl.enabled=true\nserver.ssl.key-store=classpath:keystore/claims.p12\n"
             "server.ssl.key-store-type=PKCS12\nserver.ssl.key-store-password=%s\nserver.ssl.key-alias=claims\n\n"
             "spring.datasource.url=jdbc:postgresql://claims-db.internal:5432/claims\nspring.datasource.username=claims_app\nspring.datasource.password=%s\n"
             "spring.datasource.hikari.maximum-pool-size=20\nspring.jpa.hibernate.ddl-auto=validate\n\nspring.mail.host=smtp.office365.com\nspring.mail.port=587\n"
             "spring.mail.username=claims-notify@acme-versicherung.de\nspring.mail.password=%s\nspring.mail.properties.mail.smtp.starttls.enable=true\n\n"
             "spring.rabbitmq.host=rabbit-prod.internal\nspring.rabbitmq.username=claims\nspring.rabbitmq.password=%s\nspring.rabbitmq.virtual-host=/claims\n"
             "management.endpoints.web.exposure.include=health,info,prometheus\n" % (kp, dp, mp, rp))
    emit("p_spring_properties_ds_mail_rabbit_keystore", next(sh), [("u", "Claims service won't start in prod: 'keystore password was incorrect'"),
         ("t", "read", "src/main/resources/application-prod.properties", props)] + V.pad("spring16", 3),
         [(S, "Spring server.ssl.key-store-password", kp), (S, "Spring datasource password", dp), (S, "Spring mail password", mp), (S, "Spring RabbitMQ password", rp)])

    # 17 Spring application.yml with Kafka SASL/PLAIN JAAS config and Schema Registry basic auth; SAML SP key printed
    ck, cs, sk, ss = rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rs(64)
    yml = ("spring:\n  kafka:\n    bootstrap-servers: pkc-4nym6.westeurope.azure.confluent.cloud:9092\n    properties:\n      security.protocol: SASL_SSL\n"
           "      sasl.mechanism: PLAIN\n      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";\n"
           "      schema.registry.url: https://psrc-8kz20.westeurope.azure.confluent.cloud\n      basic.auth.credentials.source: USER_INFO\n"
           "      basic.auth.user.info: %s:%s\n  security:\n    saml2:\n      relyingparty:\n        registration:\n          entra:\n"
           "            signing.credentials:\n              - private-key-location: classpath:saml/sp.key\n                certificate-location: classpath:saml/sp.crt\n" % (ck, cs, sk, ss))
    pem = key("saml_sp.key").strip()
    emit("p_spring_yml_kafka_jaas_saml_key", next(sh), [("u", "Consumers get 'SaslAuthenticationException' and SAML login fails with invalid signature"),
         ("t", "read", "src/main/resources/application.yml", yml), ("t", "bash", "openssl rsa -in src/main/resources/saml/sp.key -check -noout; cat src/main/resources/saml/sp.key", "RSA key ok\n" + pem)]
         + V.pad("kafka17", 3), [(S, "Confluent API secret in sasl.jaas.config", cs), (S, "Schema Registry API secret in basic.auth.user.info", ss), (K, "SAML SP private key (PKCS#8)", pem)])

    # 18 .NET appsettings.Production.json
    sp, rp, sbk = V.dbpw(), rs(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=", V.gossip()
    js = ('{\n  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },\n  "AllowedHosts": "*",\n  "ConnectionStrings": {\n'
          '    "Default": "Server=tcp:sql-claims-prod.database.windows.net,1433;Initial Catalog=claims;Persist Security Info=False;User ID=claims_api;Password=%s;MultipleActiveResultSets=False;Encrypt=True;",\n'
          '    "Redis": "claims-cache.redis.cache.windows.net:6380,password=%s,ssl=True,abortConnect=False",\n'
          '    "ServiceBus": "Endpoint=sb://claims-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s"\n  },\n'
          '  "FeatureManagement": { "NewTriage": true }\n}\n' % (sp, rp, sbk))
    emit("p_dotnet_appsettings_sql_redis_servicebus", next(sh), [("u", "dotnet run -c Release throws 'Login failed for user claims_api' only in prod"),
         ("t", "read", "src/Claims.Api/appsettings.Production.json", js)] + V.pad("net18", 3),
         [(S, "SQL Server password in connection string", sp), (S, "Azure Cache for Redis access key", rp), (S, "Service Bus SharedAccessKey", sbk)])

    # 19 web.config: machineKey, SMTP network password, connection string
    vk, dk, smp, cpw = hexs(128).upper(), hexs(64).upper(), V.dbpw(14), V.dbpw()
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n    <add name="Portal" connectionString="Data Source=SQL02\\PORTAL;Initial Catalog=Portal;'
           'User Id=portal_web;Password=%s;" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n'
           '    <machineKey validationKey="%s" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />\n  </system.web>\n  <system.net>\n    <mailSettings>\n'
           '      <smtp from="portal@acme-gemeente.nl" deliveryMethod="Network">\n        <network host="smtp.acme-gemeente.nl" port="587" userName="portal-relay" password="%s" enableSsl="true" />\n'
           '      </smtp>\n    </mailSettings>\n  </system.net>\n</configuration>\n' % (cpw, vk, dk, smp))
    emit("p_web_config_machinekey_smtp_connstr", next(sh), [("u", "After moving the portal to the new IIS farm users get logged out on every request"),
         ("t", "read", "Portal.Web/Web.config", xml), ("a", "Each node needs the same machineKey; they do share it here, so let's check the load balancer.")] + V.pad("webcfg19", 3),
         [(S, "SQL password in web.config", cpw), (S, "ASP.NET machineKey validationKey", vk), (S, "ASP.NET machineKey decryptionKey", dk), (S, "SMTP network password", smp)])

    # 20 Go service config: MySQL DSN (no scheme) and rediss URL
    mp, rp = V.dbpw(18), V.dbpw(22)
    cfg = ("service:\n  name: ledger-sync\n  listen: \":8080\"\n  shutdown_timeout: 20s\nmysql:\n  dsn: \"ledger_rw:%s@tcp(ledger-mysql.internal:3306)/ledger?parseTime=true&tls=preferred\"\n"
           "  max_open_conns: 40\nredis:\n  url: rediss://default:%s@ledger-cache.acme-platform.eu:6380/2\nnats:\n  url: nats://nats.internal:4222\n"
           "  creds_file: /etc/ledger/nats.creds\nlog:\n  level: info\n  format: json\n" % (mp, rp))
    emit("p_go_service_config_mysql_dsn_rediss", next(sh), [("u", "ledger-sync panics with 'Error 1045 (28000): Access denied' at start"), ("t", "read", "configs/prod.yaml", cfg)]
         + V.pad("go20", 3), [(S, "MySQL password in Go DSN (user:pass@tcp)", mp), (S, "Redis password in rediss URL", rp)])

    # 21 Laravel .env in production
    ak, dbp, rdp, mlp, ps = V.laravel_key(), V.dbpw(), V.dbpw(16), V.dbpw(), hexs(20)
    env = ("APP_NAME=\"Acme Fiscalité\"\nAPP_ENV=production\nAPP_KEY=%s\nAPP_DEBUG=false\nAPP_URL=https://portail.acme-fiscalite.fr\n\nLOG_CHANNEL=stack\n\nDB_CONNECTION=mysql\n"
           "DB_HOST=10.20.4.17\nDB_PORT=3306\nDB_DATABASE=portail\nDB_USERNAME=portail\nDB_PASSWORD=%s\n\nQUEUE_CONNECTION=redis\nREDIS_HOST=10.20.4.30\nREDIS_PASSWORD=%s\n"
           "REDIS_PORT=6379\n\nMAIL_MAILER=smtp\nMAIL_HOST=smtp-relay.brevo.com\nMAIL_PORT=587\nMAIL_USERNAME=it-relay@acme-fiscalite.fr\nMAIL_PASSWORD=%s\n\n"
           "PUSHER_APP_ID=1843392\nPUSHER_APP_KEY=%s\nPUSHER_APP_SECRET=%s\nPUSHER_APP_CLUSTER=eu\n" % (ak, dbp, rdp, mlp, hexs(20), ps))
    emit("p_laravel_env_production_horizon", next(sh), [("u", "Horizon shows jobs stuck in pending after deploy; here's the server .env"), ("t", "bash", "ssh deploy@web01 cat /var/www/portail/shared/.env", env)]
         + V.pad("lara21", 3), [(S, "Laravel APP_KEY", ak), (S, "Laravel DB_PASSWORD", dbp), (S, "Laravel REDIS_PASSWORD", rdp), (S, "Laravel MAIL_PASSWORD", mlp),
                                (S, "Pusher app secret", ps)])

    # 22 wp-config.php with DB password and the eight keys / salts
    dbp = V.dbpw(18)
    names = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    salts = [V.wp_salt() for _ in names]
    php = ("<?php\n/** The base configuration for WordPress */\ndefine( 'DB_NAME', 'wp_magazin' );\ndefine( 'DB_USER', 'wp_magazin' );\ndefine( 'DB_PASSWORD', '%s' );\n"
           "define( 'DB_HOST', 'mariadb.internal:3306' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\n\n/**#@+\n * Authentication unique keys and salts.\n */\n" % dbp
           + "".join("define( '%s',%s'%s' );\n" % (n, " " * (17 - len(n)), s) for n, s in zip(names, salts))
           + "/**#@-*/\n\n$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\nif ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\nrequire_once ABSPATH . 'wp-settings.php';\n")
    emit("p_wp_config_db_password_salts", next(sh), [("u", "Everyone got logged out of the magazine site after the migration. wp-config:"), ("t", "read", "public/wp-config.php", php)]
         + V.pad("wp22", 2), [(S, "WordPress DB_PASSWORD", dbp)] + [(S, "WordPress %s" % n, s) for n, s in zip(names, salts)])

    # 23 Rails master.key and Kamal secrets with a Docker Hub PAT
    mk, dh = hexs(32), "dckr_pat_" + rs(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    emit("p_rails_master_key_kamal_secrets", next(sh), [("u", "kamal deploy fails: ActiveSupport::MessageEncryptor::InvalidMessage"),
         ("t", "bash", "cat config/master.key; echo; cat .kamal/secrets", "%s\n# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.\n"
          "KAMAL_REGISTRY_PASSWORD=%s\nRAILS_MASTER_KEY=$(cat config/master.key)\nPOSTGRES_PASSWORD=$(op read op://Platform/shop-prod-db/password)\n" % (mk, dh)),
         ("a", "The key in the repo is 32 hex characters, as expected; the server's credentials file is from another branch.")] + V.pad("rails23", 3),
         [(S, "Rails master.key", mk), (S, "Docker Hub PAT in .kamal/secrets", dh)])

    # 24 Django production settings: SECRET_KEY literal, LDAP bind password, EMAIL_HOST_PASSWORD
    dk, lp, ep = rs(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"), V.dbpw(), V.dbpw(16)
    py = ("from .base import *  # noqa\nimport ldap\nfrom django_auth_ldap.config import LDAPSearch, GroupOfNamesType\n\nDEBUG = False\nSECRET_KEY = '%s'\n"
          "ALLOWED_HOSTS = ['intranet.acme-kommune.dk']\n\nAUTH_LDAP_SERVER_URI = 'ldaps://dc01.ad.acme-kommune.dk'\n"
          "AUTH_LDAP_BIND_DN = 'CN=svc-intranet,OU=Service Accounts,DC=ad,DC=acme-kommune,DC=dk'\nAUTH_LDAP_BIND_PASSWORD = '%s'\n"
          "AUTH_LDAP_USER_SEARCH = LDAPSearch('OU=Staff,DC=ad,DC=acme-kommune,DC=dk', ldap.SCOPE_SUBTREE, '(sAMAccountName=%%(user)s)')\n\n"
          "EMAIL_HOST = 'smtp.acme-kommune.dk'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\nEMAIL_HOST_USER = 'intranet-noreply'\nEMAIL_HOST_PASSWORD = '%s'\n" % (dk, lp, ep))
    emit("p_django_settings_ldap_bind_email", next(sh), [("u", "LDAP login works locally but not in prod (invalid credentials)"), ("t", "read", "intranet/settings/production.py", py)]
         + V.pad("dj24", 3), [(S, "Django SECRET_KEY", dk), (S, "LDAP bind password", lp), (S, "Django EMAIL_HOST_PASSWORD", ep)])
