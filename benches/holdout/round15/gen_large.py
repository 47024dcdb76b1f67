"""Large bodies (200-400 KB): one long agent session with a needle (a Spring JWT RS256 private key, PKCS#1, read from
the resources folder in a long Spring Boot migration), and three large hard negatives (a long .NET Framework to .NET 8
migration, a long Rails upgrade, a long contract-assembly session with legal boilerplate)."""
from gen_common import key, K
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

pad = V.pad


def build():
    pem = key("jwt_rs256.pem").strip()
    steps = [("u", "Migrate the Beihilfe backend from Spring Boot 2.7 to 3.3; read through the code first")] + pad("bigsp-a", 8, 15000)
    steps += [("t", "bash", "cat src/main/resources/keys/jwt-signing.pem", pem + "\n"), ("a", "The signing key is committed in resources; it should come from the vault.")]
    steps += pad("bigsp-b", 8, 15000) + [("u", "Continue with the security config.")]
    emit("p_large_spring_migration_jwt_rsa_key", SH.cc, steps, [(K, "Spring JWT RS256 private key (PKCS#1)", pem)])

    steps = [("u", "Port the Gebuehren service from .NET Framework 4.8 to .NET 8; go file by file")] + pad("bignet-a", 9, 15000)
    steps += [("t", "read", "Web.config.transform", '<connectionStrings>\n  <add name="Default" connectionString="Server=.;Database=Gebuehren;Integrated Security=True" xdt:Transform="Replace" />\n</connectionStrings>\n')]
    steps += pad("bignet-b", 8, 15000)
    emit("n_large_dotnet_framework_port", SH.oai_chat, steps)

    steps = [("u", "Upgrade the Wohngeld app from Rails 6.1 to 7.2; read the models and initializers")] + pad("bigrb-a", 9, 15000)
    steps += [("t", "read", "config/initializers/filter_parameter_logging.rb", "Rails.application.config.filter_parameters += [\n  :passw, :email, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn, :iban\n]\n")]
    steps += pad("bigrb-b", 8, 15000)
    emit("n_large_rails_upgrade_session", SH.gemini, steps)

    clause = ("Each party shall treat as confidential the terms of this agreement and all information marked or reasonably understood as confidential. "
              "The receiving party may disclose confidential information to its advisers bound by equivalent duties. ")
    steps = [("u", "Assemble the master services agreement from the clause library")]
    for i in range(14):
        steps.append(("t", "read", "clauses/%02d.md" % i, "## Clause %d\n\n" % (i + 1) + clause * 70))
    steps += pad("biglg", 3, 12000) + [("a", "Assembled 14 clauses; numbering and cross-references updated.")]
    emit("n_large_contract_assembly_clauses", SH.converse, steps)
