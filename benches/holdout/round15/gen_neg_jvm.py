"""Hard negatives 1: JVM and .NET configs without a live secret - Spring ${...} references and {bcrypt} users, Jasypt ENC(),
Quarkus / Play env references and documented defaults, Spring Boot's docs values, Key Vault references and
Environment.GetEnvironmentVariable, web.config protected sections (ciphertext), .csproj / .sln GUIDs with
PublicKeyTokens, packages.lock.json hashes, Maven checksums and settings-security {…} encrypted passwords, NuGet.Config
%VAR% references, ASP.NET Identity hashes, keytool output of a public certificate, Gradle env lookups."""
import json
from gen_common import R, key
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    yml = ("spring:\n  datasource:\n    url: jdbc:postgresql://${DB_HOST:localhost}:5432/beihilfe\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n"
           "  security:\n    user:\n      name: actuator\n      password: ${ACTUATOR_PASSWORD:}\njwt:\n  secret: ${JWT_SECRET}\n  expiry: PT15M\n"
           "app:\n  users:\n    - name: sachbearbeiter\n      password: \"{bcrypt}%s\"\n    - name: revision\n      password: \"{bcrypt}%s\"\n" % (V.bcrypt(), V.bcrypt(12)))
    emit("n_agent_spring_env_refs_bcrypt_users", SH.cc, [("u", "Startup fails: Could not resolve ${JWT_SECRET} in value"), ("t", "read", "src/main/resources/application-prod.yml", yml),
         ("a", "JWT_SECRET is not set in the deployment; the bcrypt users are fine.")] + V.pad("nsp", 1))

    pr = ("jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256\njasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}\n"
          "spring.datasource.password=%s\nspring.mail.password=%s\nlegacy.soap.client.secret=%s\n" % (V.jasypt(), V.jasypt(), V.jasypt()))
    emit("n_agent_jasypt_enc_properties", SH.oai_chat, [("u", "Which properties are still stored in clear text?"), ("t", "read", "config/application.properties", pr),
         ("a", "None: all three are Jasypt ENC() values and the encryptor password comes from the environment.")])

    q = ("%dev.quarkus.datasource.password=quarkus\n%test.quarkus.datasource.password=quarkus\n%prod.quarkus.datasource.password=${vault:secret/claims#db-password}\n"
         "quarkus.oidc.credentials.secret=${OIDC_CLIENT_SECRET}\nquarkus.vault.authentication.kubernetes.role=claims\n")
    play = 'play.http.secret.key = "changeme"\nplay.http.secret.key = ${?APPLICATION_SECRET}\nslick.dbs.default.db.password = ${?DB_PASSWORD}\n'
    emit("n_agent_quarkus_vault_play_env_refs", SH.gemini, [("u", "Compare how the Quarkus and Play services load their secrets"), ("t", "read", "claims/src/main/resources/application.properties", q),
         ("t", "read", "portal/conf/application.conf", play), ("a", "Quarkus reads from Vault, Play from env; Play's 'changeme' default is overridden in prod.")] + V.pad("nqp", 1))

    docs = ("From the Spring Boot reference (Data > SQL Databases > Configure a DataSource):\n\nspring.datasource.url=jdbc:mysql://localhost/test\n"
            "spring.datasource.username=dbuser\nspring.datasource.password=dbpass\n\nand for RabbitMQ:\n\nspring.rabbitmq.host=localhost\nspring.rabbitmq.port=5672\n"
            "spring.rabbitmq.username=admin\nspring.rabbitmq.password=secret\n")
    emit("n_agent_spring_boot_docs_values", SH.converse, [("u", "What's the minimal datasource config? Quote the docs"), ("t", "bash", "cat notes/spring-boot-reference-snippets.txt", docs),
         ("a", "Those are the reference docs' sample values; use env vars in real deployments.")])

    app = {"ConnectionStrings": {"Register": "@Microsoft.KeyVault(SecretUri=https://kv-register-prod.vault.azure.net/secrets/sql-register/)"},
           "Jwt": {"SigningKey": "@Microsoft.KeyVault(VaultName=kv-register-prod;SecretName=jwt-signing-key)"}, "KeyVault": {"Uri": "https://kv-register-prod.vault.azure.net/"},
           "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": V.guid(), "ClientId": V.guid()}}
    cs = ('var cs = Environment.GetEnvironmentVariable("REGISTER_SQL_CONNECTION")\n         ?? builder.Configuration.GetConnectionString("Register");\n'
          'builder.Configuration.AddAzureKeyVault(new Uri(builder.Configuration["KeyVault:Uri"]!), new DefaultAzureCredential());\n')
    emit("n_agent_appsettings_keyvault_refs", SH.oai_resp, [("u", "Why does the app service get an empty connection string?"), ("t", "read", "appsettings.Production.json", json.dumps(app, indent=2)),
         ("t", "read", "Program.cs", cs), ("a", "The managed identity lacks 'get' on kv-register-prod; the references are correct.")] + V.pad("nkv", 1))

    wc = ('<connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">\n  <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">\n'
          '    <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />\n    <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">\n      <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">\n'
          '        <CipherData><CipherValue>%s</CipherValue></CipherData>\n      </EncryptedKey>\n    </KeyInfo>\n    <CipherData>\n      <CipherValue>%s</CipherValue>\n    </CipherData>\n'
          '  </EncryptedData>\n</connectionStrings>\n<appSettings>\n  <add key="Environment" value="Production" />\n  <add key="SmtpPassword" value="" />\n</appSettings>\n'
          % (V.b64(V.rb(256)), V.b64(V.rb(320))))
    emit("n_agent_web_config_protected_section", SH.cc, [("u", "Is the connection string in web.config encrypted on the IIS box?"), ("t", "read", "C:\\inetpub\\melderegister\\web.config", wc),
         ("a", "Yes, aspnet_regiis encrypted it with the RSA provider; SmtpPassword is empty.")])

    pj = ('<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <UserSecretsId>%s</UserSecretsId>\n    <ProjectGuid>{%s}</ProjectGuid>\n'
          '  </PropertyGroup>\n  <ItemGroup>\n    <Reference Include="Legacy.Gebuehren, Version=3.2.0.0, Culture=neutral, PublicKeyToken=%s" />\n  </ItemGroup>\n</Project>\n'
          % (V.guid(), V.guid(True), V.pkt()))
    lock = {"version": 1, "dependencies": {"net8.0": {n: {"type": "Direct", "requested": "[%s, )" % v, "resolved": v, "contentHash": V.nuget_sha512()}
                                                      for n, v in (("Npgsql", "8.0.5"), ("Serilog.AspNetCore", "8.0.3"), ("Sustainsys.Saml2.AspNetCore2", "2.10.0"))}}}
    sln = "".join('Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s", "%s\\%s.csproj", "{%s}"\nEndProject\n' % (p, p, p, V.guid(True)) for p in ("Gebuehren.Api", "Gebuehren.Core", "Gebuehren.Tests"))
    emit("n_agent_csproj_sln_lock_hashes", SH.oai_chat, [("u", "Restore is not reproducible; check the lock file and project references"),
         ("t", "read", "Gebuehren.sln", sln), ("t", "read", "src/Gebuehren.Api/Gebuehren.Api.csproj", pj), ("t", "read", "src/Gebuehren.Api/packages.lock.json", json.dumps(lock, indent=2)),
         ("a", "Enable RestoreLockedMode in CI; the strong-named legacy reference is fine.")] + V.pad("ncs", 1))

    sec = "<settingsSecurity>\n  <master>{%s}</master>\n</settingsSecurity>\n" % V.b64(V.rb(32))
    st = "<settings><servers><server><id>nexus-releases</id><username>ci</username><password>{%s}</password></server></servers></settings>\n" % V.b64(V.rb(32))
    ck = "\n".join("%s  %s" % (V.sha1(), p) for p in ("beihilfe-core-2.4.1.jar", "beihilfe-core-2.4.1.pom", "beihilfe-api-2.4.1.jar"))
    emit("n_agent_maven_encrypted_checksums", SH.gemini, [("u", "Verify the release artifacts and the Maven password setup"), ("t", "bash", "cat ~/.m2/settings-security.xml ~/.m2/settings.xml", sec + st),
         ("t", "bash", "cat target/checkout/*.sha1", ck), ("a", "Passwords are mvn --encrypt-password output; checksums match the repository.")])

    nc = ('<packageSourceCredentials>\n  <internal>\n    <add key="Username" value="%USERNAME%" />\n    <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />\n  </internal>\n</packageSourceCredentials>\n')
    emit("n_agent_nuget_config_env_refs", SH.converse, [("u", "Can we commit this NuGet.Config?"), ("t", "read", "NuGet.Config", nc),
         ("a", "Yes: the credentials are environment variable references resolved at restore time.")] + V.pad("nnu", 1))

    rows = "Id,UserName,Email,PasswordHash,SecurityStamp,LockoutEnabled\n" + "\n".join(
        "%s,sb%03d,%s,%s,%s,True" % (V.guid(), i, ["poststelle", "bauamt", "kasse", "ordnungsamt"][i] + "@landratsamt-kemnath.de", V.aspnet_identity_hash(i % 2 == 0), V.rs(32, V.UP + "234567")) for i in range(4))
    emit("n_agent_aspnet_identity_hashes", SH.oai_resp, [("u", "Are these password hashes the old v2 format? We need to force resets if so."),
         ("t", "bash", "sqlcmd -Q \"SELECT TOP 4 Id,UserName,Email,PasswordHash,SecurityStamp,LockoutEnabled FROM AspNetUsers\" -s, -W", rows),
         ("a", "All are v3 (0x01 prefix); two use PBKDF2-SHA512 with 100k iterations.")])

    cert = key("idp_signing.crt").strip()
    kt = ("Alias name: adfs-signing\nEntry type: trustedCertEntry\nOwner: CN=adfs.stadt-kemnath.example.net\nSerial number: %s\n"
          "Certificate fingerprints:\n\t SHA1: %s\n\t SHA256: %s\n" % (V.hexs(32), ":".join(V.hexs(2).upper() for _ in range(20)), ":".join(V.hexs(2).upper() for _ in range(32))))
    emit("n_agent_keytool_truststore_cert", SH.cc, [("u", "Import the ADFS signing cert into the truststore"), ("t", "bash", "keytool -list -v -keystore truststore.p12 -storepass:env TRUSTSTORE_PASS -alias adfs-signing", kt),
         ("t", "read", "certs/adfs-signing.crt", cert), ("a", "Imported; the password came from the environment.")])

    gk = ('val signingPassword = providers.environmentVariable("SIGNING_PASSWORD").orNull\nval ossrhPassword: String? = System.getenv("OSSRH_PASSWORD")\n'
          'signing {\n    useInMemoryPgpKeys(System.getenv("SIGNING_KEY"), signingPassword)\n}\n')
    emit("n_agent_gradle_kts_env_lookups", SH.oai_chat, [("u", "Move the signing config to environment variables"), ("t", "edit", ("build.gradle.kts", "signing.password=…", gk), "The file build.gradle.kts has been updated."),
         ("a", "Done; gradle.properties no longer holds credentials.")] + V.pad("ngk", 1))
