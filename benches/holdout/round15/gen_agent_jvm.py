"""Theme 1 (agent positives): JVM and .NET enterprise stacks - Quarkus application.properties (%prod datasource
password, OIDC client secret), Tomcat context.xml JNDI resource and server.xml keystorePass, WildFly standalone.xml
datasource, Play / Slick HOCON, sbt .credentials, Gradle OSSRH / signing passwords, NuGet.Config ClearTextPassword
(ProGet password, Azure Artifacts PAT), appsettings.Production.json (Npgsql, JWT signing key, SMTP), a SAML SP
signing key read from disk, a Maven settings.xml with an Artifactory reference token."""
from gen_common import key, S, K
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    dp, oc = V.pw(20), V.oidc_secret()
    props = ("quarkus.http.port=8080\nquarkus.datasource.db-kind=postgresql\n%%dev.quarkus.datasource.username=quarkus\n%%dev.quarkus.datasource.password=quarkus\n"
             "%%prod.quarkus.datasource.username=claims_rw\n%%prod.quarkus.datasource.password=%s\n%%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://pg-claims.internal:5432/claims\n"
             "quarkus.oidc.auth-server-url=https://sso.versicherung-nord.de/realms/claims\nquarkus.oidc.client-id=claims-backend\nquarkus.oidc.credentials.secret=%s\n"
             "quarkus.hibernate-orm.database.generation=none\n" % (dp, oc))
    emit("p_agent_quarkus_prod_props_oidc", SH.cc, [("u", "Native build of claims-service starts but every request is 401 in prod; check the config"),
         ("t", "read", "src/main/resources/application.properties", props), ("a", "The OIDC client secret was rotated in Keycloak; the prod profile still has the old one.")] + V.pad("quarkus", 1),
         [(S, "Quarkus prod datasource password", dp), (S, "Quarkus OIDC client secret", oc)])

    tp, ks = V.pw(16), V.pw(14)
    ctx = ('<Context>\n  <Resource name="jdbc/ledger" auth="Container" type="javax.sql.DataSource"\n            driverClassName="oracle.jdbc.OracleDriver"\n'
           '            url="jdbc:oracle:thin:@//ora-fin01:1521/LEDGER" username="LEDGER_APP" password="%s"\n            maxTotal="40" maxIdle="10"/>\n</Context>\n' % tp)
    srv = ('<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">\n  <SSLHostConfig>\n'
           '    <Certificate certificateKeystoreFile="conf/ledger.p12" certificateKeystorePassword="%s" type="RSA"/>\n  </SSLHostConfig>\n</Connector>\n' % ks)
    emit("p_agent_tomcat_jndi_keystore", SH.oai_chat, [("u", "After the Tomcat 10 upgrade the ledger webapp can't get a DB connection"),
         ("t", "read", "tomcat/conf/Catalina/localhost/ledger.xml", ctx), ("t", "bash", "grep -A3 SSLHostConfig tomcat/conf/server.xml", srv),
         ("a", "Tomcat 10 moved to jakarta.*; the Oracle driver jar must go to lib/.")],
         [(S, "Tomcat JNDI datasource password", tp), (S, "Tomcat keystore password", ks)])

    wp = V.pw(18)
    xml = ('<datasource jndi-name="java:jboss/datasources/AktenDS" pool-name="AktenDS" enabled="true">\n    <connection-url>jdbc:sqlserver://sql-akten:1433;databaseName=Akten</connection-url>\n'
           '    <driver>mssql</driver>\n    <security>\n        <user-name>akten_svc</user-name>\n        <password>%s</password>\n    </security>\n</datasource>\n' % wp)
    emit("p_agent_wildfly_standalone_datasource", SH.gemini, [("u", "WildFly logs IJ000453 on the Akten datasource, what's wrong?"),
         ("t", "bash", "sed -n '/AktenDS/,/<\\/datasource>/p' standalone/configuration/standalone.xml", xml),
         ("a", "The pool cannot validate connections; add a valid-connection-checker for MSSQL.")] + V.pad("wildfly", 1),
         [(S, "WildFly datasource password", wp)])

    ps, sp = V.play_secret(), V.pw(16)
    conf = ('play.http.secret.key = "%s"\nplay.filters.hosts.allowed = ["portal.kanzlei-berg.de"]\n\nslick.dbs.default {\n  profile = "slick.jdbc.PostgresProfile$"\n'
            '  db.url = "jdbc:postgresql://db.kanzlei-berg.internal/mandate"\n  db.user = "mandate"\n  db.password = "%s"\n}\n' % (ps, sp))
    cred = "realm=Sonatype Nexus Repository Manager\nhost=nexus.kanzlei-berg.internal\nuser=sbt-publisher\npassword=%s\n"
    np_ = V.pw(16)
    emit("p_agent_play_hocon_sbt_credentials", SH.converse, [("u", "sbt publish fails with 401 and the Play app rejects sessions after deploy"),
         ("t", "read", "conf/prod.conf", conf), ("t", "bash", "cat ~/.sbt/.credentials", cred % np_),
         ("a", "The Play secret changed between the two nodes; both must share it. The Nexus user was locked.")],
         [(S, "Play application secret", ps), (S, "Slick DB password", sp), (S, "sbt Nexus credentials password", np_)])

    op, sg = V.pw(18), V.pw(16)
    gp = ("org.gradle.jvmargs=-Xmx4g\nossrhUsername=kotlin-libs-ci\nossrhPassword=%s\nsigning.keyId=%s\nsigning.password=%s\n"
          "signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n" % (op, V.hexs(8).upper(), sg))
    emit("p_agent_gradle_ossrh_signing_props", SH.oai_resp, [("u", "publishToSonatype fails for the kotlin client lib; here's the CI user's gradle.properties"),
         ("t", "bash", "cat ~/.gradle/gradle.properties", gp), ("a", "OSSRH moved to Central Portal tokens; the old password won't work.")] + V.pad("gradle", 1),
         [(S, "OSSRH password", op), (S, "Gradle signing key password", sg)])

    pg, pat = V.pw(16), V.ado_pat()
    nc = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="proget" value="https://proget.stadtwerke-lahn.de/nuget/internal/" />\n'
          '    <add key="azure-artifacts" value="https://pkgs.dev.azure.com/stadtwerke-lahn/_packaging/shared/nuget/v3/index.json" />\n  </packageSources>\n'
          '  <packageSourceCredentials>\n    <proget>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="%s" />\n    </proget>\n'
          '    <azure-artifacts>\n      <add key="Username" value="az" />\n      <add key="ClearTextPassword" value="%s" />\n    </azure-artifacts>\n'
          '  </packageSourceCredentials>\n</configuration>\n' % (pg, pat))
    emit("p_agent_nuget_config_cleartext", SH.cc, [("u", "dotnet restore fails on the build agent with NU1301, check NuGet.Config"),
         ("t", "read", "NuGet.Config", nc), ("a", "The Azure Artifacts PAT expired; use the pipeline's System.AccessToken instead of a PAT in the file.")],
         [(S, "NuGet ProGet ClearTextPassword", pg), (S, "Azure Artifacts PAT (NuGet ClearTextPassword)", pat)])

    np2, jk, mp = V.pw(20), V.jwt_b64(64), V.pw(16)
    js = ('{\n  "ConnectionStrings": {\n    "Akten": "Host=pg-akten.internal;Port=5432;Database=akten;Username=akten_api;Password=%s;SSL Mode=Require"\n  },\n'
          '  "Jwt": {\n    "Issuer": "https://akten.landkreis-oder.de",\n    "Audience": "akten-api",\n    "SigningKey": "%s"\n  },\n'
          '  "Smtp": {\n    "Host": "mail.landkreis-oder.de",\n    "User": "akten-benachrichtigung",\n    "Password": "%s"\n  },\n'
          '  "Logging": { "LogLevel": { "Default": "Warning" } }\n}\n' % (np2, jk, mp))
    emit("p_agent_appsettings_production_npgsql_jwt", SH.bedrock_claude, [("u", "Tokens issued by the Akten API are rejected by the Fachverfahren client; check prod settings"),
         ("t", "read", "src/Akten.Api/appsettings.Production.json", js), ("a", "The client validates the issuer with a trailing slash; align both.")] + V.pad("akten", 1),
         [(S, "Npgsql connection string password", np2), (S, "JWT signing key (appsettings)", jk), (S, "SMTP password (appsettings)", mp)])

    pem = key("saml_sp_signing.key").strip()
    emit("p_agent_saml_sp_signing_key_read", SH.oai_chat, [("u", "ADFS says the AuthnRequest signature is invalid; check the SP key pair in the Sustainsys config"),
         ("t", "bash", "cat certs/sp-signing.key", pem + "\n"), ("t", "bash", "openssl x509 -in certs/sp-signing.crt -noout -subject -enddate",
          "subject=CN = portal.justiz-akten.de\nnotAfter=Nov 24 10:00:00 2027 GMT"),
         ("a", "Key and certificate match; ADFS has the previous certificate as signing cert for this relying party.")],
         [(K, "SAML SP signing private key (PKCS#8)", pem)])

    rt = V.jfrog_ref()
    st = ('<settings>\n  <servers>\n    <server>\n      <id>artifactory-releases</id>\n      <username>ci-fachverfahren</username>\n'
          '      <password>%s</password>\n    </server>\n  </servers>\n  <mirrors>\n    <mirror><id>artifactory</id><mirrorOf>*</mirrorOf>\n'
          '      <url>https://artifactory.itdz-intern.de/artifactory/maven-virtual</url></mirror>\n  </mirrors>\n</settings>\n' % rt)
    emit("p_agent_maven_settings_artifactory_reftoken", SH.gemini, [("u", "mvn deploy returns 403 from Artifactory since Monday"),
         ("t", "read", "/home/jenkins/.m2/settings.xml", st), ("a", "Reference tokens have an expiry; this one is scoped to read only.")] + V.pad("m2", 1),
         [(S, "Artifactory reference token (Maven settings.xml)", rt)])
