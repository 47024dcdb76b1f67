"""Hard negatives 5 (chats): Italian procurement codes (CIG / CUP) and invoice numbers, a Brazilian company's CNPJ,
Kotlin and C# code that reads secrets from the environment, the Phoenix docs on generating a secret_key_base."""
from gen_common import R, rs, DIG, UP
from gen_sess import say
import gen_vals as V


def build():
    say("n_chat_it_fattura_cig_cup", "anth", "Controlla i riferimenti di questa fattura elettronica per la PA:\nFattura n. 2025/FE/%05d del 14/11/2025, ordine NSO %s, "
        "CIG %s, CUP %s, codice univoco ufficio %s. Importo 12.480,00 EUR, split payment." % (R.randint(1, 99999), V.luhn_order("90", 16), rs(10, UP + DIG), "J" + rs(2, DIG) + rs(12, UP + DIG), rs(6, UP + DIG)))
    say("n_chat_br_cnpj_empresa", "gem", "Formate os dados do fornecedor para o cadastro:\nRazão social: Serviços Gráficos Paulista Ltda.\nCNPJ: %s\n"
        "Inscrição estadual: %s\nE-mail financeiro: financeiro@graficapaulista.com.br" % (V.V9.cnpj(), rs(12, DIG)))
    say("n_chat_kotlin_env_jwt_secret", "oai", "Review this Ktor snippet:\n\nval jwtSecret = System.getenv(\"JWT_SECRET\") ?: error(\"JWT_SECRET not set\")\n"
        "val dbPassword = environment.config.property(\"storage.password\").getString()\nval algorithm = Algorithm.HMAC256(jwtSecret)\n\nIs reading the secret once at startup OK?")
    say("n_chat_csharp_connection_builder_env", "conv", "Is this safe?\n\nvar csb = new SqlConnectionStringBuilder\n{\n    DataSource = \"sql-register.internal\",\n"
        "    InitialCatalog = \"Register\",\n    UserID = \"register_api\",\n    Password = Environment.GetEnvironmentVariable(\"REGISTER_DB_PASSWORD\"),\n    Encrypt = true\n};")
    say("n_chat_phoenix_gen_secret_docs", "resp", "Explain this part of the Phoenix deployment guide in two sentences: \"Phoenix uses a secret key base to sign and encrypt "
        "data. Generate one with mix phx.gen.secret and set it as the SECRET_KEY_BASE environment variable; never commit it. In config/runtime.exs the value is "
        "read with System.get_env(\\\"SECRET_KEY_BASE\\\").\"")
