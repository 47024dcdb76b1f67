//! Synthetic, format-valid sample values for every detector.
//!
//! Tests, benches, the labelled corpus and the fuzz seeds generate their
//! credentials here instead of pasting strings that look like live secrets:
//! values are random from a seed, checksums (GitHub CRC32, Luhn, IBAN
//! mod-97) are computed, and none of them was ever issued by a service.

use base64::Engine as _;

use super::validate::base62_6;

/// The session 6 key-material detectors (WireGuard, BIP32, JWK, FCM,
/// Google refresh token, ASP.NET machine key), for the tests that cover
/// them as a group.
pub const KEYMAT_IDS: [&str; 7] = [
    "wireguard_private_key",
    "wireguard_preshared_key",
    "bip32_extended_private_key",
    "jwk_private_key",
    "fcm_server_key",
    "google_oauth_refresh_token",
    "aspnet_machine_key",
];

/// A small deterministic generator (xorshift64*), so samples are stable.
#[derive(Clone, Debug)]
pub struct Gen(u64);

pub const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
pub const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
pub const DIGITS: &str = "0123456789";
pub const HEX: &str = "0123456789abcdef";
pub const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const B64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
pub const URLSAFE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

impl Gen {
    pub fn new(seed: u64) -> Gen {
        Gen(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// `n` characters drawn from `alphabet`.
    pub fn s(&mut self, n: usize, alphabet: &str) -> String {
        let a = alphabet.as_bytes();
        (0..n)
            .map(|_| {
                let i = (self.next_u64() % a.len().max(1) as u64) as usize;
                char::from(a.get(i).copied().unwrap_or(b'x'))
            })
            .collect()
    }

    /// A value for detector `id`, in a minimal realistic context (e.g.
    /// `KEY=value`), or `None` for an unknown id.
    pub fn sample(&mut self, id: &str) -> Option<String> {
        let s = match id {
            "aws_access_key_id" => format!("aws_access_key_id = AKIA{}", self.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
            "aws_secret_access_key" => format!("aws_secret_access_key = {}", self.s(40, B64)),
            "php_define_secret" => format!(
                "define( 'DB_PASSWORD', '{}!{}' );",
                self.s(8, ALNUM),
                self.s(4, DIGITS)
            ),
            "netrc_password" => format!(
                "machine api.heroku.com\n  login ops@acme-corp.com\n  password {}",
                self.s(32, HEX)
            ),
            "aws_session_token" => format!(
                "AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjE{}",
                self.s(700, B64)
            ),
            "gcp_service_account" => format!(
                "{{\"type\": \"service_account\", \"project_id\": \"proj-{}\", \"private_key_id\": \"{}\"}}",
                self.s(6, LOWER),
                self.s(40, HEX)
            ),
            "google_api_key" => format!("GOOGLE_API_KEY=AIza{}", self.s(35, URLSAFE)),
            "google_oauth_client_secret" => format!("client_secret=GOCSPX-{}", self.s(28, URLSAFE)),
            "google_oauth_access_token" => format!("token ya29.{}", self.s(80, URLSAFE)),
            "azure_storage_account_key" => format!(
                "DefaultEndpointsProtocol=https;AccountName=acct{};AccountKey={}==;EndpointSuffix=core.windows.net",
                self.s(4, LOWER),
                self.s(86, B64)
            ),
            "azure_sas_token" => format!(
                "https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&spr=https&sig={}%3D",
                self.s(43, ALNUM)
            ),
            "azure_service_bus_key" => format!(
                "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={}=",
                self.s(43, B64)
            ),
            "azure_ad_client_secret" => format!("AZURE_CLIENT_SECRET={}8Q~{}", self.s(3, ALNUM), self.s(34, ALNUM)),
            "github_pat" => format!("GITHUB_TOKEN={}", self.github("ghp_")),
            "github_oauth_token" => format!("token {}", self.github("gho_")),
            "github_user_token" => format!("token {}", self.github("ghu_")),
            "github_app_token" => format!("token {}", self.github("ghs_")),
            "github_refresh_token" => format!("refresh {}", self.github("ghr_")),
            "github_fine_grained_pat" => format!("github_pat_{}_{}", self.s(22, ALNUM), self.s(59, ALNUM)),
            "gitlab_pat" => format!("GITLAB_TOKEN=glpat-{}", self.s(20, URLSAFE)),
            "gitlab_pipeline_trigger_token" => format!("glptt-{}", self.s(40, HEX)),
            "gitlab_runner_token" => format!("glrt-{}", self.s(20, ALNUM)),
            "gitlab_deploy_token" => format!("gldt-{}", self.s(20, ALNUM)),
            "bitbucket_app_password" => format!("ATBB{}", self.s(32, ALNUM)),
            "slack_bot_token" => format!("xoxb-{}-{}-{}", self.s(11, DIGITS), self.s(13, DIGITS), self.s(24, ALNUM)),
            "slack_user_token" => format!(
                "xoxp-{}-{}-{}-{}",
                self.s(11, DIGITS),
                self.s(12, DIGITS),
                self.s(13, DIGITS),
                self.s(32, HEX)
            ),
            "slack_app_token" => format!("xapp-1-A{}-{}-{}", self.s(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), self.s(13, DIGITS), self.s(64, HEX)),
            "slack_legacy_token" => format!("xoxa-2-{}", self.s(40, ALNUM)),
            "slack_webhook_url" => format!(
                "https://hooks.slack.com/services/T{}/B{}/{}",
                self.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                self.s(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                self.s(24, ALNUM)
            ),
            "discord_webhook_url" => format!("https://discord.com/api/webhooks/{}/{}", self.s(18, DIGITS), self.s(68, URLSAFE)),
            "discord_bot_token" => format!("DISCORD_TOKEN=M{}.{}.{}", self.s(25, ALNUM), self.s(6, URLSAFE), self.s(38, URLSAFE)),
            "telegram_bot_token" => format!("TELEGRAM_BOT_TOKEN={}:AA{}", self.s(10, DIGITS), self.s(33, URLSAFE)),
            "teams_webhook_url" => format!(
                "https://contoso.webhook.office.com/webhookb2/{}@{}/IncomingWebhook/{}/{}",
                self.uuid(),
                self.uuid(),
                self.s(32, HEX),
                self.uuid()
            ),
            "stripe_secret_key" => format!("STRIPE_KEY=sk_live_{}", self.s(99, ALNUM)),
            "stripe_restricted_key" => format!("rk_live_{}", self.s(24, ALNUM)),
            "stripe_webhook_secret" => format!("whsec_{}", self.s(32, ALNUM)),
            "square_access_token" => format!("sq0atp-{}", self.s(22, URLSAFE)),
            "square_oauth_secret" => format!("sq0csp-{}", self.s(43, URLSAFE)),
            "braintree_access_token" => format!(
                "access_token$production${}${}",
                self.s(16, "abcdefghijklmnopqrstuvwxyz0123456789"),
                self.s(32, HEX)
            ),
            "openai_api_key" => format!("OPENAI_API_KEY=sk-proj-{}", self.s(120, URLSAFE)),
            "anthropic_api_key" => format!("ANTHROPIC_API_KEY=sk-ant-api03-{}AA", self.s(93, URLSAFE)),
            "anthropic_admin_key" => format!("sk-ant-admin01-{}AA", self.s(93, URLSAFE)),
            "anthropic_oauth_token" => format!("Bearer sk-ant-oat01-{}AA", self.s(93, URLSAFE)),
            "huggingface_token" => format!("HF_TOKEN=hf_{}", self.s(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")),
            "kaggle_api_key" => format!(
                "$ cat ~/.kaggle/kaggle.json\n{{\"username\":\"{}\",\"key\":\"{}\"}}",
                self.s(8, LOWER),
                self.s(32, HEX)
            ),
            "groq_api_key" => format!("gsk_{}", self.s(52, ALNUM)),
            "replicate_api_token" => format!("r8_{}", self.s(37, ALNUM)),
            "perplexity_api_key" => format!("pplx-{}", self.s(48, ALNUM)),
            "xai_api_key" => format!("xai-{}", self.s(80, ALNUM)),
            "openrouter_api_key" => format!("OPENROUTER_API_KEY=sk-or-v1-{}", self.s(64, HEX)),
            "openai_compatible_api_key" => format!("DEEPSEEK_API_KEY=sk-{}", self.s(32, HEX)),
            "langsmith_api_key" => format!(
                "LANGSMITH_API_KEY=lsv2_{}_{}_{}",
                if self.next_u64() % 2 == 0 { "pt" } else { "sk" },
                self.s(32, HEX),
                self.s(10, HEX)
            ),
            "pinecone_api_key" => format!("PINECONE_API_KEY=pcsk_{}_{}", self.s(6, ALNUM), self.s(63, ALNUM)),
            "tailscale_key" => format!("TS_AUTHKEY=tskey-auth-k{}CNTRL-{}", self.s(7, ALNUM), self.s(33, ALNUM)),
            "supabase_token" => format!("SUPABASE_ACCESS_TOKEN=sbp_{}", self.s(40, HEX)),
            "planetscale_token" => format!("PLANETSCALE_SERVICE_TOKEN=pscale_tkn_{}", self.s(43, URLSAFE)),
            "figma_token" => format!("FIGMA_TOKEN=figd_{}", self.s(40, URLSAFE)),
            "alibaba_access_key_id" => format!("ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI{}", self.s(20, ALNUM)),
            "twitter_bearer_token" => format!(
                "TWITTER_BEARER_TOKEN={}{}%3D{}",
                "A".repeat(22),
                self.s(40, ALNUM),
                self.s(50, ALNUM)
            ),
            "mapbox_secret_token" => {
                let claims = format!("{{\"u\":\"{}\",\"a\":\"{}\"}}", self.s(8, LOWER), self.s(25, "abcdefghijklmnopqrstuvwxyz0123456789"));
                format!(
                    "MAPBOX_SECRET_TOKEN=sk.{}.{}",
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(claims.as_bytes()),
                    self.s(22, URLSAFE)
                )
            }
            "dynatrace_token" => format!(
                "DT_API_TOKEN=dt0c01.{}.{}",
                self.s(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                self.s(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            ),
            "netlify_token" => format!("NETLIFY_AUTH_TOKEN=nfp_{}", self.s(36, ALNUM)),
            "fly_io_token" => format!("FLY_API_TOKEN=fo1_{}", self.s(43, URLSAFE)),
            "typeform_token" => format!("TYPEFORM_TOKEN=tfp_{}_{}", self.s(44, ALNUM), self.s(14, ALNUM)),
            "adafruit_io_key" => format!("ADAFRUIT_IO_KEY=aio_{}", self.s(28, ALNUM)),
            "npm_token" => format!("//registry.npmjs.org/:_authToken=npm_{}", self.s(36, ALNUM)),
            "pypi_token" => format!("password = pypi-AgEIcHlwaS5vcmc{}", self.s(70, URLSAFE)),
            "crates_io_token" => format!("CARGO_REGISTRY_TOKEN=cio{}", self.s(32, ALNUM)),
            "dockerhub_pat" => format!("dckr_pat_{}", self.s(27, URLSAFE)),
            "rubygems_api_key" => format!("rubygems_{}", self.s(48, HEX)),
            "nuget_api_key" => format!("oy2{}", self.s(43, "abcdefghijklmnopqrstuvwxyz0123456789")),
            "twilio_api_key" => format!("TWILIO_API_KEY=SK{}", self.s(32, HEX)),
            "twilio_auth_token" => format!(
                "client = Client(\"AC{}\", \"{}\")",
                self.s(32, HEX),
                self.s(32, HEX)
            ),
            "sendgrid_api_key" => format!("SG.{}.{}", self.s(22, URLSAFE), self.s(43, URLSAFE)),
            "mailgun_api_key" => format!("MAILGUN_KEY=key-{}", self.s(32, HEX)),
            "mailchimp_api_key" => format!("{}-us14", self.s(32, HEX)),
            "shopify_access_token" => format!("shpat_{}", self.s(32, HEX)),
            "atlassian_api_token" => format!("ATATT3xFfGF0{}", self.s(180, URLSAFE)),
            "datadog_api_key" => format!("DD_API_KEY={}", self.s(32, HEX)),
            "digitalocean_token" => format!("dop_v1_{}", self.s(64, HEX)),
            "heroku_api_key" => format!("HRKU-{}", self.s(60, URLSAFE)),
            "linear_api_key" => format!("lin_api_{}", self.s(40, ALNUM)),
            "notion_token" => format!("ntn_{}{}", self.s(11, DIGITS), self.s(35, ALNUM)),
            "postman_api_key" => format!("PMAK-{}-{}", self.s(24, HEX), self.s(34, HEX)),
            "newrelic_api_key" => format!("NRAK-{}", self.s(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
            "sentry_auth_token" => format!("sntryu_{}", self.s(64, HEX)),
            "doppler_token" => format!("dp.pt.{}", self.s(43, ALNUM)),
            "vault_token" => format!("VAULT_TOKEN=hvs.{}", self.s(90, URLSAFE)),
            "pulumi_access_token" => format!("pul-{}", self.s(40, HEX)),
            "grafana_token" => format!("glsa_{}_{}", self.s(32, ALNUM), self.s(8, HEX)),
            "databricks_token" => format!("dapi{}", self.s(32, HEX)),
            "jwt" => self.jwt(),
            "database_url_password" => format!("DATABASE_URL=postgres://app:{}@db.internal:5432/app", self.s(18, ALNUM)),
            "url_credentials" => format!("git clone https://deploy:{}@git.corp.net/repo.git", self.s(18, ALNUM)),
            "db_connection_string" => format!(
                "Server=tcp:db.corp,1433;Database=app;User Id=sa;Password={}#{};",
                self.s(8, ALNUM),
                self.s(4, DIGITS)
            ),
            "http_basic_auth" => format!(
                "Authorization: Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("svc:{}", self.s(14, ALNUM)))
            ),
            "http_bearer_token" => format!("-H \"Authorization: Bearer {}\"", self.s(40, ALNUM)),
            "password_assignment" => format!("db_password = \"{}!{}\"", self.s(6, ALNUM), self.s(3, DIGITS)),
            "secret_assignment" => format!("client_secret: \"{}\"", self.s(32, ALNUM)),
            "pem_rsa_private_key" => self.pem("RSA PRIVATE KEY", 24),
            "pem_ec_private_key" => self.pem("EC PRIVATE KEY", 3),
            "pem_dsa_private_key" => self.pem("DSA PRIVATE KEY", 10),
            "pem_pkcs8_private_key" => self.pem("PRIVATE KEY", 16),
            "pem_encrypted_private_key" => self.pem("ENCRYPTED PRIVATE KEY", 16),
            "openssh_private_key" => self.pem("OPENSSH PRIVATE KEY", 7),
            "pgp_private_key_block" => self.pem("PGP PRIVATE KEY BLOCK", 20),
            "putty_private_key" => format!(
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\n{}\n{}\nPrivate-Lines: 1\n{}\nPrivate-MAC: {}\n",
                self.s(64, B64),
                self.s(4, B64),
                self.s(44, B64),
                self.s(64, HEX)
            ),
            "age_secret_key" => format!("AGE-SECRET-KEY-1{}", self.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")),
            "credit_card_number" => format!("card: {}", self.card()),
            "iban" => format!("IBAN {}", self.iban()),
            "us_ssn" => format!("SSN: {}-{}-{}", 100 + self.next_u64() % 500, 10 + self.next_u64() % 89, 1000 + self.next_u64() % 8999),
            "phone_number" => format!("call me at +1 (415) {}-{}", 200 + self.next_u64() % 700, 1000 + self.next_u64() % 8999),
            "uk_national_insurance_number" => format!("NI number AB{}C", self.s(6, DIGITS)),
            "email_address" => format!("contact {}.{}@acme-corp.io", self.s(5, LOWER), self.s(6, LOWER)),
            "confidential_marker" => "CONFIDENTIAL - internal roadmap".to_string(),
            "cli_password" => {
                let pw = self.value("password").unwrap_or_default();
                match self.next_u64() % 4 {
                    0 => format!("curl -u admin:{pw} https://jenkins.corp.net/api/json"),
                    1 => format!("mysql -h db.corp -u app -p{pw} app"),
                    2 => format!("sshpass -p '{pw}' ssh deploy@10.0.0.5"),
                    _ => format!("redis-cli -h cache.corp -a {pw} ping"),
                }
            }
            "session_cookie" => format!(
                "Cookie: csrftoken={}; sessionid={}",
                self.s(32, ALNUM),
                self.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")
            ),
            "framework_secret_key" => format!("SECRET_KEY = '{}'", self.django_key()),
            "registry_auth" => format!(
                "{{\"auths\": {{\"registry.corp.net\": {{\"auth\": \"{}\"}}}}}}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("ci:{}", self.value("password").unwrap_or_default()))
            ),
            "base64_private_key" => format!(
                "    client-key-data: {}",
                base64::engine::general_purpose::STANDARD.encode(self.pem("RSA PRIVATE KEY", 12))
            ),
            _ => {
                return self
                    .provider_sample(id)
                    .or_else(|| self.keymat_sample(id))
                    .or_else(|| self.config_sample(id))
                    .or_else(|| self.round4_sample(id))
                    .or_else(|| self.round10_sample(id))
                    .or_else(|| super::national_id::sample(self, id))
            }
        };
        Some(s)
    }

    /// Samples of the session 11 detectors (holdout round 10 formats), in
    /// their usual files and command output.
    pub fn round10_sample(&mut self, id: &str) -> Option<String> {
        const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let s = match id {
            "name_value_secret" => format!(
                "        env:\n        - name: DB_PASSWORD\n          value: \"{}!{}\"",
                self.s(10, ALNUM),
                self.s(4, DIGITS)
            ),
            "vault_unseal_key" => format!(
                "Unseal Key 1: {}\nUnseal Key 2: {}",
                base64::engine::general_purpose::STANDARD.encode(self.bytes(33)),
                base64::engine::general_purpose::STANDARD.encode(self.bytes(33))
            ),
            "consul_gossip_key" => format!("datacenter = \"dc1\"\nencrypt = \"{}\"", self.wg_key()),
            "acl_token_secret_id" => format!(
                "Accessor ID  = {}\nSecret ID    = {}\nName         = Bootstrap Token",
                self.uuid(),
                self.uuid()
            ),
            "erlang_cookie" => format!(
                "rabbitmq:\n  auth:\n    erlangCookie: {}",
                self.s(32, UPPER)
            ),
            "postfix_sasl_password" => {
                format!("[smtp.sendgrid.net]:587 apikey:SG.{}", self.s(22, URLSAFE))
            }
            "bitlocker_recovery_key" => format!(
                "BitLocker recovery key: {}",
                (0..8)
                    .map(|_| format!("{:06}", 11 * (self.next_u64() % 65_536)))
                    .collect::<Vec<_>>()
                    .join("-")
            ),
            "mfa_recovery_code" => {
                let mut code = || {
                    format!(
                        "{}{}-{}{}",
                        self.s(3, LOWER),
                        self.s(2, DIGITS),
                        self.s(2, DIGITS),
                        self.s(3, LOWER)
                    )
                };
                format!("Your recovery codes:\n{}\n{}\n{}", code(), code(), code())
            }
            "password_directive" => format!(
                "connection bridge-01\nremote_username fleet\nremote_password {}{}!{}",
                self.s(6, ALNUM),
                self.s(2, DIGITS),
                self.s(6, ALNUM)
            ),
            "password_call_argument" => format!(
                "client.username_pw_set(\"canbus-logger\", \"{}{}.{}\")",
                self.s(6, ALNUM),
                self.s(2, DIGITS),
                self.s(5, ALNUM)
            ),
            "der_private_key_array" => {
                // An EC key's SEC1 DER (`30 77 02 01 01 04 20 …`): 121
                // bytes, the last 114 random.
                let mut bytes = vec![0x30u8, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20];
                bytes.extend(self.bytes(114));
                let list: Vec<String> = bytes.iter().map(|b| format!("0x{b:02x}")).collect();
                format!("const unsigned char ecdsa_priv_key[] = {{\n    {},\n}};", list.join(", "))
            }
            "lorawan_root_key" => format!(
                "{{\"ids\": {{\"dev_eui\": \"70B3D57ED00{}\"}}, \"root_keys\": {{\"app_key\": {{\"key\": \"{}\"}}}}}}",
                self.s(5, "0123456789ABCDEF"),
                self.s(32, "0123456789ABCDEF")
            ),
            "iac_plaintext_secret" => format!(
                "password: cdk.SecretValue.unsafePlainText('{}{}-{}'),",
                self.s(8, ALNUM),
                self.s(2, DIGITS),
                self.s(6, ALNUM)
            ),
            "secret_table_row" => format!(
                "| Name        | Value | Type |\n| DB_PASSWORD | {}{}!{} | constant |",
                self.s(6, ALNUM),
                self.s(2, DIGITS),
                self.s(6, ALNUM)
            ),
            "password_in_prose" => format!(
                "The shared password for the team vault is `{}-{}{}`",
                self.s(5, UPPER),
                self.s(4, DIGITS),
                self.s(5, LOWER)
            ),
            "code_secret_literal" => format!(
                "static const char jwt_secret[] = \"{}\";",
                self.s(32, ALNUM)
            ),
            "cisco_password" => format!(
                "username netops privilege 15 password 7 0{}{}",
                self.s(1, DIGITS),
                self.s(20, "0123456789ABCDEF")
            ),
            "snmpv3_password" => format!(
                "createUser zbx-monitor SHA-256 \"{}\" AES \"{}\"",
                self.s(16, ALNUM),
                self.s(16, ALNUM)
            ),
            "ipsec_psk" => format!(
                "198.51.100.7 203.0.113.20 : PSK \"{}!{}\"",
                self.s(16, ALNUM),
                self.s(4, DIGITS)
            ),
            "ntlm_hash" => format!(
                "CORP.LAN\\adm-jh:1104:aad3b435b51404eeaad3b435b51404ee:{}:::",
                self.s(32, HEX)
            ),
            "signify_secret_key" => {
                let mut d = b"EdBK\0\0\0\0".to_vec();
                d.extend(self.bytes(96));
                format!(
                    "untrusted comment: signify secret key\n{}",
                    base64::engine::general_purpose::STANDARD.encode(d)
                )
            }
            "kerberos_keytab" => {
                let mut d = vec![5u8, 2];
                d.extend(self.bytes(90));
                format!(
                    "data:\n  krb5.keytab: {}",
                    base64::engine::general_purpose::STANDARD.encode(d)
                )
            }
            "passport_number" => format!("Passport No.: U{}", self.s(7, DIGITS)),
            "secret_column" => format!(
                "serial,dtls_psk_hex,provisioned\nhx-sn-004100,{},2025-11-10\nhx-sn-004101,{},2025-11-11",
                self.s(32, HEX),
                self.s(32, HEX)
            ),
            "salesforce_access_token" => format!(
                "  \"accessToken\": \"00D{}!AQ{}\",",
                self.s(15, ALNUM),
                self.s(96, ALNUM)
            ),
            "basic_auth_user_info" => format!(
                "basic.auth.user.info: {}:{}",
                self.s(16, UPPER),
                self.s(64, B64)
            ),
            _ => return None,
        };
        Some(s)
    }

    /// Samples of the session 7 detectors (holdout round 4 formats), in
    /// their usual files and transcripts.
    pub fn round4_sample(&mut self, id: &str) -> Option<String> {
        let b64 = |d: &[u8]| base64::engine::general_purpose::STANDARD.encode(d);
        let s = match id {
            "okta_api_token" => format!(
                "curl -H \"Authorization: SSWS 00{}\" https://acme.okta.com/api/v1/users",
                self.s(40, URLSAFE)
            ),
            "newrelic_license_key" => {
                format!("  license_key: '{}NRAL'", self.s(36, HEX))
            }
            "cloudflare_tunnel_token" => {
                let json = format!(
                    "{{\"a\":\"{}\",\"t\":\"{}\",\"s\":\"{}\"}}",
                    self.s(32, HEX),
                    self.uuid(),
                    b64(&self.bytes(32))
                );
                let tok = base64::engine::general_purpose::STANDARD_NO_PAD.encode(json);
                format!("cloudflared tunnel --no-autoupdate run --token {tok}")
            }
            "gcs_hmac_access_id" => format!(
                "access_key_id = GOOG1E{}\nsecret_access_key = {}",
                self.s(55, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                self.s(40, B64)
            ),
            "pagerduty_integration_key" => {
                format!("ROUTING_KEY = \"{}\"", self.s(32, HEX))
            }
            "zapier_webhook_url" => format!(
                "url: https://hooks.zapier.com/hooks/catch/{}/{}/",
                self.s(8, DIGITS),
                self.s(7, "abcdefghijklmnopqrstuvwxyz0123456789")
            ),
            "facebook_access_token" => {
                format!("FB_PAGE_ACCESS_TOKEN = \"EAA{}\"", self.s(150, ALNUM))
            }
            "sql_password" => format!(
                "CREATE USER 'app'@'%' IDENTIFIED BY '{}!';",
                self.s(14, ALNUM)
            ),
            "algolia_api_key" => format!(
                "const client = algoliasearch('{}', '{}');",
                self.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                self.s(32, HEX)
            ),
            "airtable_pat" => format!("AIRTABLE_PAT=pat{}.{}", self.s(14, ALNUM), self.s(64, HEX)),
            "asana_pat" => format!(
                "ASANA_PAT=2/{}/{}:{}",
                self.s(16, DIGITS),
                self.s(16, DIGITS),
                self.s(32, HEX)
            ),
            "dropbox_access_token" => {
                format!("dbx = dropbox.Dropbox(\"sl.{}\")", self.s(138, URLSAFE))
            }
            "wandb_api_key" => format!("wandb.login(key=\"{}\")", self.s(40, HEX)),
            "cohere_api_key" => format!("co = cohere.ClientV2(\"{}\")", self.s(40, ALNUM)),
            "braintree_private_key" => format!(
                "Braintree:MerchantId = {}\nBraintree:PrivateKey = {}",
                self.s(16, "abcdefghijklmnopqrstuvwxyz0123456789"),
                self.s(32, HEX)
            ),
            "smtp_auth_credentials" => {
                let pw = self.value("password").unwrap_or_default();
                format!(
                    " -> AUTH PLAIN {}\n<-  235 2.7.0 Authentication successful",
                    b64(format!("\0relay@acme.io\0{pw}").as_bytes())
                )
            }
            "openvpn_static_key" => {
                let lines: Vec<String> = (0..16).map(|_| self.s(32, HEX)).collect();
                format!(
                    "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n{}\n-----END OpenVPN Static key V1-----\n</tls-auth>",
                    lines.join("\n")
                )
            }
            "xml_rsa_private_key" => {
                let mut part = |n: usize| b64(&self.bytes(n));
                format!(
                    "<RSAKeyValue><Modulus>{}</Modulus><Exponent>AQAB</Exponent><P>{}</P><Q>{}</Q><DP>{}</DP><DQ>{}</DQ><InverseQ>{}</InverseQ><D>{}</D></RSAKeyValue>",
                    part(128),
                    part(64),
                    part(64),
                    part(64),
                    part(64),
                    part(64),
                    part(128)
                )
            }
            _ => return None,
        };
        Some(s)
    }

    /// Samples of the session 6 detectors (key material, FCM, Google
    /// refresh tokens, ASP.NET machine keys), in their usual files.
    fn keymat_sample(&mut self, id: &str) -> Option<String> {
        let v = self.keymat_value(id)?;
        let s = match id {
            "wireguard_private_key" => {
                format!("[Interface]\nPrivateKey = {v}\nListenPort = 51820")
            }
            "wireguard_preshared_key" => format!(
                "[Peer]\nPublicKey = {}\nPresharedKey = {v}\nAllowedIPs = 0.0.0.0/0",
                self.wg_key()
            ),
            "bip32_extended_private_key" => format!("wallet root key: {v}"),
            // The key itself is the JSON object.
            "jwk_private_key" => v,
            "fcm_server_key" => format!("FCM_SERVER_KEY={v}"),
            "google_oauth_refresh_token" => format!("\"refresh_token\": \"{v}\","),
            "aspnet_machine_key" => format!(
                "<machineKey validationKey=\"{v}\" decryptionKey=\"{}\" validation=\"HMACSHA256\" decryption=\"AES\" />",
                self.s(64, "0123456789ABCDEF")
            ),
            _ => return None,
        };
        Some(s)
    }

    /// Samples of the session 7 detectors (`pass =` keys, Azure DevOps
    /// PATs, `.pgpass` lines), in their usual files.
    fn config_sample(&mut self, id: &str) -> Option<String> {
        let s = match id {
            "pass_assignment" => format!(
                "[smtp]\nhost = smtp.acme-corp.com\nuser = mailer\npass = {}{}",
                self.s(10, ALNUM),
                self.s(3, DIGITS)
            ),
            "azure_devops_pat" => {
                let pat = self.s(52, "abcdefghijklmnopqrstuvwxyz234567");
                match self.next_u64() % 3 {
                    0 => format!("variables:\n  AZURE_DEVOPS_EXT_PAT: {pat}"),
                    1 => format!("export ADO_PAT=\"{pat}\""),
                    _ => format!(
                        "git remote add origin https://{pat}@acme.visualstudio.com/Web/_git/web"
                    ),
                }
            }
            "pgpass_password" => format!(
                "db.acme.internal:5432:orders:app:{}!{}",
                self.s(12, ALNUM),
                self.s(2, DIGITS)
            ),
            _ => return None,
        };
        Some(s)
    }

    /// Bare values of the session 6 detectors (a whole JWK object for
    /// `jwk_private_key`, the `validationKey` hex for `aspnet_machine_key`).
    fn keymat_value(&mut self, id: &str) -> Option<String> {
        let v = match id {
            "wireguard_private_key" | "wireguard_preshared_key" => self.wg_key(),
            "bip32_extended_private_key" => {
                let version = match self.next_u64() % 4 {
                    0 => 0x0488_ADE4, // xprv
                    1 => 0x04B2_430C, // zprv
                    2 => 0x049D_7878, // yprv
                    _ => 0x0435_8394, // tprv
                };
                self.xprv(version)
            }
            "jwk_private_key" => {
                let b = |g: &mut Gen, n: usize| {
                    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(g.bytes(n))
                };
                if self.next_u64() % 2 == 0 {
                    format!(
                        "{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{}\",\"y\":\"{}\",\"d\":\"{}\"}}",
                        b(self, 32),
                        b(self, 32),
                        b(self, 32)
                    )
                } else {
                    // Sorted members, as thumbprint-style exports write them.
                    format!(
                        "{{\"crv\": \"Ed25519\", \"d\": \"{}\", \"kty\": \"OKP\", \"x\": \"{}\"}}",
                        b(self, 32),
                        b(self, 32)
                    )
                }
            }
            "fcm_server_key" => {
                format!("AAAA{}:APA91b{}", self.s(7, URLSAFE), self.s(134, URLSAFE))
            }
            "google_oauth_refresh_token" => {
                format!("1//0{}{}", self.s(1, "3456789abcdefg"), self.s(98, URLSAFE))
            }
            "aspnet_machine_key" => self.s(128, "0123456789ABCDEF"),
            _ => return None,
        };
        Some(v)
    }

    /// `n` random bytes.
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| (self.next_u64() >> 24) as u8).collect()
    }

    /// A WireGuard key: base64 of 32 random bytes.
    pub fn wg_key(&mut self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.bytes(32))
    }

    /// A BIP32 extended private key under `version` (`0x0488ADE4` is
    /// `xprv`): random depth, parent fingerprint, child number, chain code
    /// and secret, Base58Check-encoded.
    pub fn xprv(&mut self, version: u32) -> String {
        let mut p = version.to_be_bytes().to_vec();
        let depth = (self.next_u64() % 5) as u8;
        p.push(depth);
        if depth == 0 {
            p.extend([0u8; 8]);
        } else {
            p.extend(self.bytes(8));
        }
        p.extend(self.bytes(32));
        p.push(0);
        p.extend(self.bytes(32));
        let h1 = ring::digest::digest(&ring::digest::SHA256, &p);
        let h2 = ring::digest::digest(&ring::digest::SHA256, h1.as_ref());
        p.extend(h2.as_ref().get(..4).unwrap_or_default());
        super::validate::base58_encode(&p)
    }

    /// `VAR=value` for the provider detectors of [`PROVIDER_VARS`].
    fn provider_sample(&mut self, id: &str) -> Option<String> {
        let var = PROVIDER_VARS.iter().find(|(i, _)| *i == id)?.1;
        Some(format!("{var}={}", self.provider_value(id)?))
    }

    /// A bare value for the provider detectors of [`PROVIDER_VARS`].
    fn provider_value(&mut self, id: &str) -> Option<String> {
        let lower_alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
        let v = match id {
            "onepassword_service_account_token" => self.onepassword_sa(),
            "onepassword_secret_key" => {
                let a = "ABCDEFGHJKLMNPQRSTVWXYZ23456789";
                format!(
                    "A3-{}-{}-{}-{}-{}",
                    self.s(6, a),
                    self.s(11, a),
                    self.s(5, a),
                    self.s(5, a),
                    self.s(5, a)
                )
            }
            "artifactory_api_key" => format!("AKCp8{}", self.s(68, ALNUM)),
            "artifactory_reference_token" => {
                let plain = format!(
                    "reftkn:01:{}:{}",
                    1_800_000_000 + self.next_u64() % 100_000_000,
                    self.s(27, ALNUM)
                );
                base64::engine::general_purpose::STANDARD.encode(plain)
            }
            "terraform_cloud_token" => {
                format!("{}.atlasv1.{}", self.s(14, ALNUM), self.s(67, ALNUM))
            }
            "sonarqube_token" => format!("squ_{}", self.s(40, HEX)),
            "contentful_pat" => format!("CFPAT-{}", self.s(43, URLSAFE)),
            "brevo_api_key" => format!("xkeysib-{}-{}", self.s(64, HEX), self.s(16, ALNUM)),
            "shippo_api_token" => format!("shippo_live_{}", self.s(40, HEX)),
            "duffel_api_token" => format!("duffel_live_{}", self.s(43, URLSAFE)),
            "easypost_api_key" => format!("EZAK{}", self.s(54, ALNUM)),
            "prefect_api_key" => format!("pnu_{}", self.s(36, ALNUM)),
            "readme_api_key" => format!("rdme_{}", self.s(70, lower_alnum)),
            "openshift_user_token" => format!("sha256~{}", self.s(43, URLSAFE)),
            "infracost_api_token" => format!("ico-{}", self.s(32, ALNUM)),
            "clojars_token" => format!("CLOJARS_{}", self.s(60, lower_alnum)),
            "gitlab_token" => match self.next_u64() % 3 {
                0 => format!("glcbt-64_{}", self.s(20, URLSAFE)),
                1 => format!("glft-{}", self.s(20, URLSAFE)),
                _ => format!("glsoat-{}", self.s(20, URLSAFE)),
            },
            "sourcegraph_token" => format!("sgp_{}_{}", self.s(16, HEX), self.s(40, HEX)),
            "buildkite_token" => format!("bkua_{}", self.s(40, lower_alnum)),
            "circleci_token" => format!("CCIPAT_{}_{}", self.s(22, ALNUM), self.s(40, HEX)),
            "cloudflare_origin_ca_key" => format!("v1.0-{}-{}", self.s(24, HEX), self.s(146, HEX)),
            "plaid_access_token" => format!("access-production-{}", self.uuid()),
            "langfuse_secret_key" => format!("sk-lf-{}", self.uuid()),
            "tavily_api_key" => format!("tvly-dev-{}", self.s(32, ALNUM)),
            "adobe_client_secret" => format!("p8e-{}", self.s(32, ALNUM)),
            _ => return None,
        };
        Some(v)
    }

    /// A 1Password service account token: `ops_` + base64 of the JSON
    /// sign-in blob the CLI reads (fields as the CLI writes them, values
    /// random).
    pub fn onepassword_sa(&mut self) -> String {
        let blob = serde_json::json!({
            "signInAddress": "my.1password.com",
            "userAuth": {
                "method": "SRPg-4096",
                "alg": "PBES2g-HS256",
                "iterations": 650000,
                "salt": self.s(22, URLSAFE),
            },
            "email": format!("{}@1passwordserviceaccounts.com", self.s(13, "abcdefghijklmnopqrstuvwxyz234567")),
            "srpX": self.s(64, HEX),
            "muk": {
                "alg": "A256GCM",
                "ext": true,
                "k": self.s(43, URLSAFE),
                "key_ops": ["encrypt", "decrypt"],
                "kty": "oct",
                "kid": "mp",
            },
            "secretKey": format!("A3-{}-{}-{}-{}-{}", self.s(6, UPPER), self.s(11, UPPER), self.s(5, UPPER), self.s(5, UPPER), self.s(5, UPPER)),
            "deviceUuid": self.s(26, "abcdefghijklmnopqrstuvwxyz234567"),
        });
        let b64 = base64::engine::general_purpose::STANDARD_NO_PAD.encode(blob.to_string());
        format!("ops_{b64}")
    }

    /// A bare value (no surrounding context) for detector `id`, or for one
    /// of the named variants below, so corpus templates can give it their
    /// own context (`export X="…"`, a curl header, a chat message).
    /// Variants: `twilio_auth_token`, `hex32`, `hex64`, `b64_40`,
    /// `password`, `phone_uk`, `phone_uk_mobile`, `phone_uk_intl`,
    /// `phone_de`, `phone_de_intl`, `phone_fr`, `phone_fr_intl`,
    /// `phone_fr_landline_intl`, `phone_au_intl`, `phone_ch_intl`,
    /// `phone_es_intl`, `phone_us_urlencoded` (`%2B1…`),
    /// `phone_us`, `phone_us_bare`, `card_visa`, `card_visa_digits`,
    /// `card_mc`, `card_mc_digits`, `card_amex`,
    /// `iban_de`, `iban_gb`, `iban_fr`, `ssn`, `nino`, `email`,
    /// `email_urlencoded` (`%40`), `jwt`,
    /// `bearer`, `django_key`, `laravel_key`, `session_id`, `basic_b64`
    /// (base64 of `user:password`), `b64_private_key` (base64 of a PEM key),
    /// `b64_certificate`, `upper20` (an access key id), `hex40`, `uuid`.
    pub fn value(&mut self, id: &str) -> Option<String> {
        let d = |g: &mut Gen, n: usize| g.s(n, DIGITS);
        let v = match id {
            "aws_access_key_id" => {
                format!("AKIA{}", self.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
            }
            "aws_secret_access_key" | "b64_40" => self.s(40, B64),
            "github_pat" => self.github("ghp_"),
            // The shortest body: one character less is no token.
            "dropbox_access_token" => format!("sl.{}", self.s(130, URLSAFE)),
            "stripe_secret_key" => format!("sk_live_{}", self.s(24, ALNUM)),
            "openai_api_key" => format!("sk-proj-{}", self.s(120, URLSAFE)),
            "anthropic_api_key" => format!("sk-ant-api03-{}AA", self.s(93, URLSAFE)),
            "google_api_key" => format!("AIza{}", self.s(35, URLSAFE)),
            "gitlab_pat" => format!("glpat-{}", self.s(20, URLSAFE)),
            "npm_token" => format!("npm_{}", self.s(36, ALNUM)),
            "slack_bot_token" => format!(
                "xoxb-{}-{}-{}",
                self.s(11, DIGITS),
                self.s(13, DIGITS),
                self.s(24, ALNUM)
            ),
            "twilio_api_key" => format!("SK{}", self.s(32, HEX)),
            "twilio_auth_token" | "hex32" => self.s(32, HEX),
            "hex64" => self.s(64, HEX),
            "password" => format!(
                "{}{}!{}",
                self.s(5, ALNUM),
                self.s(2, DIGITS),
                self.s(4, ALNUM)
            ),
            "phone_uk" => format!("020 7{} {}", d(self, 3), d(self, 4)),
            "phone_uk_mobile" => format!("07{} {}", d(self, 3), d(self, 6)),
            "phone_uk_intl" => format!("+44 20 7{} {}", d(self, 3), d(self, 4)),
            "phone_de" => format!("030 {}", d(self, 8)),
            "phone_de_intl" => format!("+49 151 {}", d(self, 8)),
            "phone_fr" => format!(
                "06 {} {} {} {}",
                d(self, 2),
                d(self, 2),
                d(self, 2),
                d(self, 2)
            ),
            "phone_fr_intl" => format!(
                "+33 6 {} {} {} {}",
                d(self, 2),
                d(self, 2),
                d(self, 2),
                d(self, 2)
            ),
            // International numbers in their countries' usual short
            // groups (no run of 4 digits), as contact lists write them.
            "phone_fr_landline_intl" => format!(
                "+33 1 {} {} {} {}",
                d(self, 2),
                d(self, 2),
                d(self, 2),
                d(self, 2)
            ),
            "phone_au_intl" => format!("+61 4{} {} {}", d(self, 2), d(self, 3), d(self, 3)),
            "phone_ch_intl" => format!(
                "+41 7{} {} {} {}",
                6 + self.next_u64() % 4,
                d(self, 3),
                d(self, 2),
                d(self, 2)
            ),
            "phone_es_intl" => format!(
                "+34 6{} {} {} {}",
                d(self, 2),
                d(self, 2),
                d(self, 2),
                d(self, 2)
            ),
            // E.164 with the plus URL-encoded, as in a query string.
            "phone_us_urlencoded" => format!(
                "%2B1{}{}{}",
                201 + self.next_u64() % 700,
                201 + self.next_u64() % 350,
                d(self, 4)
            ),
            "phone_us" => format!(
                "({}) {}-{}",
                201 + self.next_u64() % 700,
                201 + self.next_u64() % 350,
                d(self, 4)
            ),
            "phone_us_bare" => format!(
                "{}{}{}",
                201 + self.next_u64() % 700,
                201 + self.next_u64() % 350,
                d(self, 4)
            ),
            // Legacy OpenSSL encryption (RFC 1421 headers) and PGP armour
            // headers inside the block.
            "pem_rsa_legacy_encrypted" => {
                let dek = self.s(32, "0123456789ABCDEF");
                let key = self.pem("RSA PRIVATE KEY", 15);
                key.replacen(
                    "-----\n",
                    &format!("-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,{dek}\n\n"),
                    1,
                )
            }
            "pgp_armored" => {
                let key = self.pem("PGP PRIVATE KEY BLOCK", 20);
                key.replacen(
                    "-----\n",
                    "-----\nVersion: GnuPG v2\nComment: release signing\n\n",
                    1,
                )
            }
            "card_visa" => self.card(),
            // Digits only, e.g. for a card sent as a JSON number.
            "card_visa_digits" => self.card().replace(' ', ""),
            "card_mc_digits" => {
                let p = format!("5{}", 1 + self.next_u64() % 5);
                self.luhn(&p, 16)
            }
            "card_mc" => {
                let p = format!("5{}", 1 + self.next_u64() % 5);
                group4(&self.luhn(&p, 16))
            }
            "card_amex" => {
                let p = if self.next_u64() % 2 == 0 { "34" } else { "37" };
                let n = self.luhn(p, 15);
                format!(
                    "{} {} {}",
                    n.get(..4).unwrap_or_default(),
                    n.get(4..10).unwrap_or_default(),
                    n.get(10..).unwrap_or_default()
                )
            }
            "iban_de" => self.iban(),
            "iban_gb" => {
                let bban = format!("{}{}", self.s(4, UPPER), self.s(14, DIGITS));
                group4(&iban_with_check("GB", &bban))
            }
            "iban_fr" => {
                let bban = format!("{}{}", self.s(21, DIGITS), self.s(2, DIGITS));
                group4(&iban_with_check("FR", &bban))
            }
            "ssn" => format!(
                "{}-{}-{}",
                100 + self.next_u64() % 500,
                10 + self.next_u64() % 89,
                1000 + self.next_u64() % 8999
            ),
            "nino" => format!(
                "{}{}{}",
                ["AB", "CE", "JK", "PR", "SW", "TL"]
                    .get((self.next_u64() % 6) as usize)
                    .copied()
                    .unwrap_or("AB"),
                d(self, 6),
                ["A", "B", "C", "D"]
                    .get((self.next_u64() % 4) as usize)
                    .copied()
                    .unwrap_or("A")
            ),
            "email" => format!(
                "{}.{}@{}",
                self.s(5, LOWER),
                self.s(7, LOWER),
                [
                    "gmail.com",
                    "outlook.com",
                    "web.de",
                    "orange.fr",
                    "btinternet.com"
                ]
                .get((self.next_u64() % 5) as usize)
                .copied()
                .unwrap_or("gmail.com")
            ),
            // An address with its `@` URL-encoded (`%40`), as in a query
            // string or a form body.
            "email_urlencoded" => self.value("email").unwrap_or_default().replace('@', "%40"),
            "jwt" => self.jwt(),
            "bearer" => self.s(40, ALNUM),
            "django_key" => self.django_key(),
            "laravel_key" => {
                let bytes: Vec<u8> = (0..32).map(|_| (self.next_u64() & 0xff) as u8).collect();
                base64::engine::general_purpose::STANDARD.encode(bytes)
            }
            "session_id" => self.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "upper20" => self.s(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
            "hex40" => self.s(40, HEX),
            "uuid" => self.uuid(),
            "b64_certificate" => {
                base64::engine::general_purpose::STANDARD.encode(self.pem("CERTIFICATE", 8))
            }
            "basic_b64" => base64::engine::general_purpose::STANDARD
                .encode(format!("ci:{}", self.value("password").unwrap_or_default())),
            "b64_private_key" => {
                base64::engine::general_purpose::STANDARD.encode(self.pem("EC PRIVATE KEY", 3))
            }
            _ => {
                return self
                    .provider_value(id)
                    .or_else(|| self.keymat_value(id))
                    .or_else(|| super::national_id::value(self, id))
            }
        };
        Some(v)
    }

    /// `prefix` completed with random digits and a Luhn check digit to
    /// `len` digits.
    pub fn luhn(&mut self, prefix: &str, len: usize) -> String {
        let mut s = prefix.to_string();
        while s.len() + 1 < len {
            s.push(char::from(b'0' + (self.next_u64() % 10) as u8));
        }
        let sum: u32 = s
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, c)| {
                let v = u32::from(c - b'0');
                if i % 2 == 0 {
                    let w = v * 2;
                    if w > 9 {
                        w - 9
                    } else {
                        w
                    }
                } else {
                    v
                }
            })
            .sum();
        s.push(char::from(b'0' + ((10 - sum % 10) % 10) as u8));
        s
    }

    /// A GitHub token with a valid CRC32 checksum.
    pub fn github(&mut self, prefix: &str) -> String {
        let random = self.s(30, ALNUM);
        let check = base62_6(crc32fast::hash(random.as_bytes()));
        format!("{prefix}{random}{}", String::from_utf8_lossy(&check))
    }

    /// A Django-style `SECRET_KEY` (50 characters of Django's alphabet).
    pub fn django_key(&mut self) -> String {
        self.s(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")
    }

    pub fn uuid(&mut self) -> String {
        format!(
            "{}-{}-4{}-a{}-{}",
            self.s(8, HEX),
            self.s(4, HEX),
            self.s(3, HEX),
            self.s(3, HEX),
            self.s(12, HEX)
        )
    }

    /// A structurally valid HS256 JWT.
    pub fn jwt(&mut self) -> String {
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let h = e.encode(r#"{"alg":"HS256","typ":"JWT"}"#);
        let p = e.encode(format!(
            r#"{{"sub":"{}","iat":{},"scope":"admin"}}"#,
            self.s(10, ALNUM),
            1_700_000_000 + self.next_u64() % 10_000_000
        ));
        format!("{h}.{p}.{}", self.s(43, URLSAFE))
    }

    /// A PEM block with `lines` lines of random base64.
    pub fn pem(&mut self, label: &str, lines: usize) -> String {
        let mut s = format!("-----BEGIN {label}-----\n");
        for _ in 0..lines {
            s.push_str(&self.s(64, B64));
            s.push('\n');
        }
        s.push_str(&format!("-----END {label}-----"));
        s
    }

    /// A Luhn-valid Visa number, formatted in groups of four.
    pub fn card(&mut self) -> String {
        let mut d: Vec<u8> = vec![4];
        for _ in 0..14 {
            d.push((self.next_u64() % 10) as u8);
        }
        // Compute the check digit.
        let mut sum = 0u32;
        for (i, &x) in d.iter().rev().enumerate() {
            let mut v = u32::from(x);
            if i % 2 == 0 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            sum += v;
        }
        d.push(((10 - sum % 10) % 10) as u8);
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        format!(
            "{} {} {} {}",
            s.get(0..4).unwrap_or_default(),
            s.get(4..8).unwrap_or_default(),
            s.get(8..12).unwrap_or_default(),
            s.get(12..16).unwrap_or_default()
        )
    }

    /// A mod-97-valid German IBAN, formatted in groups of four.
    pub fn iban(&mut self) -> String {
        let bban = self.s(18, DIGITS);
        // Check digits: 98 - (bban + "DE00" as digits) mod 97.
        let numeric = format!("{bban}131400");
        let rem = numeric
            .bytes()
            .fold(0u64, |r, c| (r * 10 + u64::from(c - b'0')) % 97);
        let check = 98 - rem;
        let compact = format!("DE{check:02}{bban}");
        compact
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The provider detectors whose samples are `VAR=value` lines, and the
/// variable each is usually set under.
const PROVIDER_VARS: &[(&str, &str)] = &[
    (
        "onepassword_service_account_token",
        "OP_SERVICE_ACCOUNT_TOKEN",
    ),
    ("onepassword_secret_key", "OP_SECRET_KEY"),
    ("artifactory_api_key", "ARTIFACTORY_API_KEY"),
    ("artifactory_reference_token", "JFROG_ACCESS_TOKEN"),
    ("terraform_cloud_token", "TFE_TOKEN"),
    ("sonarqube_token", "SONAR_TOKEN"),
    ("contentful_pat", "CONTENTFUL_MANAGEMENT_TOKEN"),
    ("brevo_api_key", "BREVO_API_KEY"),
    ("shippo_api_token", "SHIPPO_API_KEY"),
    ("duffel_api_token", "DUFFEL_ACCESS_TOKEN"),
    ("easypost_api_key", "EASYPOST_API_KEY"),
    ("prefect_api_key", "PREFECT_API_KEY"),
    ("readme_api_key", "README_API_KEY"),
    ("openshift_user_token", "OC_TOKEN"),
    ("infracost_api_token", "INFRACOST_API_KEY"),
    ("clojars_token", "CLOJARS_PASSWORD"),
    ("gitlab_token", "GITLAB_FEED_TOKEN"),
    ("sourcegraph_token", "SRC_ACCESS_TOKEN"),
    ("buildkite_token", "BUILDKITE_API_TOKEN"),
    ("circleci_token", "CIRCLECI_TOKEN"),
    ("cloudflare_origin_ca_key", "CF_API_KEY"),
    ("plaid_access_token", "PLAID_ACCESS_TOKEN"),
    ("langfuse_secret_key", "LANGFUSE_SECRET_KEY"),
    ("tavily_api_key", "TAVILY_API_KEY"),
    ("adobe_client_secret", "ADOBE_CLIENT_SECRET"),
];

/// `s` in groups of four separated by spaces.
fn group4(s: &str) -> String {
    s.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `CC` + ISO 7064 mod-97 check digits + `bban` (digits and upper case).
fn iban_with_check(cc: &str, bban: &str) -> String {
    let rearranged = format!("{bban}{cc}00");
    let rem = rearranged.bytes().fold(0u64, |r, c| {
        let v = if c.is_ascii_digit() {
            u64::from(c - b'0')
        } else {
            u64::from(c.to_ascii_uppercase().saturating_sub(b'A')) + 10
        };
        if v >= 10 {
            (r * 100 + v) % 97
        } else {
            (r * 10 + v) % 97
        }
    });
    format!("{cc}{:02}{bban}", 98 - rem)
}

/// Builds a Claude-Code-like Anthropic Messages body: `turns` user/assistant
/// exchanges, each assistant turn a `tool_use` reading a file and each user
/// turn the `tool_result` with the file's contents (taken round-robin from
/// `files`). `secrets` sample ids are planted one per turn, cycling, in the
/// tool results. Returns the body and the ids planted.
pub fn agent_body(
    g: &mut Gen,
    files: &[&str],
    turns: usize,
    secrets: &[&str],
) -> (String, Vec<String>) {
    let mut planted = Vec::new();
    let mut msgs = Vec::new();
    msgs.push(serde_json::json!({"role": "user", "content": [{"type": "text", "text": "Please review the crate and fix the failing tests."}]}));
    for t in 0..turns {
        let file = files.get(t % files.len().max(1)).copied().unwrap_or("");
        let id = format!("toolu_{:024}", t);
        msgs.push(serde_json::json!({"role": "assistant", "content": [
            {"type": "text", "text": format!("Let me read file number {t}.")},
            {"type": "tool_use", "id": id, "name": "Read", "input": {"file_path": format!("/repo/src/file{t}.rs")}}
        ]}));
        let mut content = file.to_string();
        if let Some(sid) = secrets
            .get(t % secrets.len().max(1))
            .filter(|_| !secrets.is_empty())
        {
            if let Some(sample) = g.sample(sid) {
                // Plant it in the middle, on its own line, as a config file
                // pasted into the source would be.
                let mid = content.len() / 2;
                let cut = content
                    .get(mid..)
                    .and_then(|r| r.find('\n'))
                    .map_or(content.len(), |i| mid + i + 1);
                content.insert_str(cut, &format!("{sample}\n"));
                planted.push((*sid).to_string());
            }
        }
        msgs.push(serde_json::json!({"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": id, "content": [{"type": "text", "text": content}]}
        ]}));
    }
    let body = serde_json::json!({
        "model": "claude-sonnet-4-5",
        "max_tokens": 32000,
        "system": [{"type": "text", "text": "You are Claude Code, an agentic coding assistant."}],
        "messages": msgs,
        "stream": true,
    });
    (body.to_string(), planted)
}
