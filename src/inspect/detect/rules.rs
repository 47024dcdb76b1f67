//! The built-in detector table.
//!
//! Each rule names its literal anchors (found for all rules at once by one
//! pass of the anchor table, `anchors.rs`), a confirmation regex run only
//! in a window around each anchor, and a validator. Rules without an anchor are driven by the digit
//! probe (`Check::Region`, PII numbers) or by `@` (e-mail). Ids are stable:
//! policies and audit logs name them; add new ids, never rename.
//!
//! In the regexes, the named group `v` is the reported value (the range that
//! is hashed and redacted); without it the whole match is the value.

use super::{Category, Confidence};

/// What validates a regex match.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Check {
    /// The regex is enough (a distinctive prefix and fixed length).
    Plain,
    /// Value entropy at least this many bits per byte.
    Entropy(f32),
    /// GitHub CRC32 checksum in the last 6 characters.
    GithubCrc,
    /// JWT structure (header JSON with `alg`).
    Jwt,
    /// `key = value` assignment: dummy-value, code and entropy gates.
    Assign(f32),
    /// Password assignment: dummy-value and code gates, weaker entropy.
    Password,
    /// Password inside a URL: dummy-value gate.
    UrlPassword,
    /// PEM-like block: enough key material after the header.
    Pem,
    /// `Authorization: Basic` value decodes to `user:pass`.
    BasicAuth,
    /// Azure SAS: `sv=` and `se=`/`sp=` nearby.
    Sas,
    /// GCP service account JSON: `private_key_id` nearby.
    GcpSa,
    /// Digit-probe PII with its validator.
    Region(Pii),
    /// Number-shaped PII found by a context keyword (`phone:`, `SSN`,
    /// `NI number`) in a form the digit probe cannot see or would not
    /// trust; validated like `Region`, and it defers to the `Region` rule
    /// where that one matches the same number.
    Ctx(Pii),
    /// E-mail address (driven by `@`).
    Email,
    /// Password given on a command line (`mysql -p…`, `curl -u u:p`):
    /// not a variable, dummy value or well-known default.
    Cli,
    /// Session cookie value: long, random, not a dummy value.
    Cookie,
    /// Framework signing key (Django/Flask `SECRET_KEY`): long, random,
    /// not a dummy sentence.
    AppKey,
    /// Base64 of a PEM private key (kubeconfig `client-key-data`, k8s
    /// `tls.key`): decodes to a private key block with key material.
    B64Pem,
    /// A token whose body is base64 of a known structure.
    Decoded(Decoded),
    /// Confidential keyword: whole word; single words must be upper case.
    Marker,
    /// Custom keyword: whole word, any case.
    Keyword,
    /// A national identifier with a check digit (`national_id.rs`).
    NationalId(super::national_id::IdKind),
    /// A national identifier under a generic label, checked as an id of
    /// the country its table row or JSON record names (`country_id.rs`).
    CountryId,
    /// JSON Web Key private member `"d"`: a `"kty"` member in the same
    /// object, and a random base64url value.
    Jwk,
    /// A string literal assigned to a credential-named variable in C, Go
    /// or Rust (`char jwt_secret[] = "…"`, `[]byte("…")`, `&[u8] =
    /// b"…"`): the name (group `n`) must name a credential and the value
    /// pass the assignment gates.
    Literal,
    /// A column of a table (CSV, TSV, `;`, Markdown) whose header names a
    /// credential (`password`, `api_key`, `dtls_psk_hex`): each cell below
    /// it is checked like an assigned value. No regex: the anchor must be
    /// a whole header cell.
    SecretColumn,
    /// A secret named in one field and given in the next: `name` / `key`
    /// then `value` (Kubernetes `env`, ECS task definitions, CI variable
    /// APIs). The name must follow a `name` or `key` label and pass the
    /// gates of the password or secret assignment rules.
    NameValue,
    /// A password given in a sentence (`the password is \`…\``, `set
    /// the root password to …`): the words between the keyword (group
    /// `w`) must read as prose, and the value must be built like a
    /// password (three kinds of character), not a word or a name.
    Prose,
    /// A LoRaWAN root key: 16 bytes of hex, not all one digit, with
    /// `lora`, `ttn`, `otaa`, `chirpstack`, `lmic`, `deveui`, `joineui` or
    /// `appeui` within 600 bytes.
    LoRaWan,
    /// A BitLocker recovery password: eight groups of six digits, each a
    /// multiple of 11 below 720896 (a 16-bit word times 11).
    BitLocker,
    /// One MFA recovery / backup code of a list (`6iao6-2ty5e`, `1234
    /// 5678`): letters and digits in both halves of a dashed code, and
    /// another code of the same shape next to it.
    RecoveryCode,
}

/// Tokens that carry base64 of a structure the validator decodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// 1Password service account: `ops_` + base64 of a JSON object.
    OnePasswordSa,
    /// JFrog reference token: base64 of `reftkn:01:<expiry>:<random>`.
    JfrogReference,
    /// Standard base64 of exactly 32 bytes (WireGuard private and
    /// preshared keys), random-looking.
    Key32,
    /// BIP32 extended private key: Base58Check (double SHA-256) of a
    /// 78-byte payload whose key data is `0x00` + 32 bytes.
    Bip32,
    /// ASP.NET `<machineKey>` key: whole bytes of random hex.
    HexKey,
    /// Cloudflare tunnel token: base64 of a JSON object with the account
    /// tag `a`, tunnel id `t` and secret `s`.
    CfTunnel,
    /// SMTP `AUTH PLAIN`: base64 of `authzid NUL user NUL password`.
    SmtpPlain,
    /// SMTP `AUTH LOGIN`: the base64 line answering `334 UGFzc3dvcmQ6`
    /// (`Password:`) decodes to a printable password.
    SmtpLogin,
    /// OpenVPN static key: at least 256 hex digits between the armour
    /// lines, random-looking.
    OvpnStatic,
    /// A signify or minisign secret key stored without a passphrase:
    /// base64 of `Ed` + `BK` (signify, kdf rounds 0) or `Ed` + two zero
    /// bytes (minisign `-W`), then key material.
    SignifyKey,
    /// A Kerberos keytab: base64 of the file, version `05 02`, and an
    /// entry long enough to hold a key.
    Keytab,
    /// .NET `<RSAKeyValue>` XML with the private members `D`, `P`, `Q`
    /// (also entity-escaped, `&lt;D&gt;`).
    RsaKeyValue,
    /// Base64 of a Docker config JSON (`{"auths": …}`) with an `auth`,
    /// `password` or `identitytoken` in one of its registries.
    DockerConfig,
    /// Base64 of a JWT (a Kubernetes secret's service-account `token`).
    B64Jwt,
    /// A DER private key written as a C byte array (`{0x30, 0x81, …}`):
    /// PKCS#8 (`30 len 02 01 00 30`), PKCS#1 RSA (`30 82 len 02 01 00 02`)
    /// or SEC1 EC (`30 len 02 01 01 04`), its length covered by the bytes.
    DerArray,
    /// Base64 of a Google service-account key file whose `private_key`
    /// holds a PEM private key (Terraform state's
    /// `google_service_account_key.private_key`).
    SaJsonB64,
}

/// Number-shaped personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pii {
    Card,
    Iban,
    Ssn,
    Phone,
    UkNino,
}

/// Which characters may not touch the value on either side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bound {
    /// No check (the regex delimits itself).
    None,
    /// `[A-Za-z0-9_]`.
    Word,
    /// Word characters plus `-`, `+`, `/`, `=` (base64-ish tokens).
    Token,
}

/// One built-in rule.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Def {
    pub id: &'static str,
    pub cat: Category,
    pub anchors: &'static [&'static str],
    /// Anchors match ASCII case-insensitively.
    pub ci: bool,
    pub re: &'static str,
    /// Window before the anchor start / after the anchor end.
    pub back: usize,
    pub fwd: usize,
    pub check: Check,
    pub bound: Bound,
    pub conf: Confidence,
}

const S: Def = Def {
    id: "",
    cat: Category::Secret,
    anchors: &[],
    ci: false,
    re: "",
    back: 0,
    fwd: 128,
    check: Check::Plain,
    bound: Bound::Word,
    conf: Confidence::High,
};

/// A PEM body: base64 lines, JSON-escaped line breaks, and the RFC 1421
/// header lines of legacy encrypted keys (`Proc-Type: 4,ENCRYPTED`,
/// `DEK-Info: …`) and of PGP armour (`Version:`, `Comment:`). The header
/// alternatives come first: the regex is leftmost-first, so behind the
/// one-byte class they never matched, the body stopped at `Proc` and an
/// encrypted key was too short to report. `→` and `│` are the line-number
/// gutters of file viewers (`     2→MIIE…` is how Claude Code's `Read` tool
/// shows a file; `bat` draws `│`, others ` | `): the digits and spaces
/// before them are class bytes already. `>` is e-mail quoting (`> ` before
/// every line of a key pasted into a reply). A backslash before a line
/// break is a `.properties` line continuation
/// (`key=-----BEGIN PRIVATE KEY-----\n\` and each base64 line ending in
/// `\n\`). A JSON-escaped line break may carry up to 8 backslashes: a key
/// in a JSON string inside a JSON string inside the body (Terraform state
/// in a tool result in a tool result) is `\\n` after one unescape.
const PEM_BODY: &str = r#"(?:Proc-Type:[^\r\n\\]*|DEK-Info:[^\r\n\\]*|Comment:[^\r\n\\]*|Version:[^\r\n\\]*|[A-Za-z0-9+/=\r\n \t"',|>]|\\{1,8}[rn]|\\\r?\n|\xE2\x86\x92|\xE2\x94\x82)+"#;

/// A `php_define_secret` rule: `define('NAME', '…')` where the constant's
/// name holds one of `$names`, a value of at least `$min` characters.
macro_rules! php_define {
    ($names:literal, $min:literal, $check:expr) => {
        Def {
            id: "php_define_secret",
            anchors: &["define(", "define ("],
            re: concat!(
                r#"\bdefine\s*\(\s*["'](?P<k>[A-Z0-9_]*(?:"#,
                $names,
                r#")[A-Z0-9_]*)["']\s*,\s*["'](?P<v>[^"'\r\n]{"#,
                $min,
                r#",128})["']"#
            ),
            fwd: 220,
            check: $check,
            bound: Bound::None,
            conf: Confidence::Medium,
            ..S
        }
    };
}

/// All built-in rules. Order is the rule index; append only.
pub(crate) static RULES: &[Def] = &[
    // ---- cloud ----
    Def {
        id: "aws_access_key_id",
        anchors: &["AKIA", "ASIA", "ABIA", "ACCA"],
        re: r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}",
        fwd: 20,
        check: Check::Entropy(2.5),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "aws_secret_access_key",
        ci: true,
        anchors: &[
            "aws_secret",
            "secret_access_key",
            "secretaccesskey",
            "secret-access-key",
            "s3a.secret.key",
        ],
        // Hadoop's S3A connector names it `fs.s3a.secret.key`: in
        // `spark-defaults.conf` the value follows after spaces, in
        // `core-site.xml` in the `<value>` after the `<name>`.
        re: r#"(?:(?i:aws_?secret(?:_?access)?_?key|secret[_-]?access[_-]?key)["'`]?\s*(?:[:=]|=>|:=)\s*["'`]?|(?i:s3a\.secret\.key)(?:</name>\s*<value>|["']?[ \t]*[:=]?[ \t]*["']?))(?P<v>[A-Za-z0-9/+]{40})"#,
        back: 8,
        fwd: 90,
        check: Check::Entropy(3.8),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "gcp_service_account",
        anchors: &["service_account"],
        re: r#""type"\s*:\s*"service_account""#,
        back: 24,
        fwd: 8,
        check: Check::GcpSa,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "google_api_key",
        anchors: &["AIza"],
        re: r"AIza[0-9A-Za-z_-]{35}",
        fwd: 40,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "google_oauth_client_secret",
        anchors: &["GOCSPX-"],
        re: r"GOCSPX-[0-9A-Za-z_-]{28}",
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "google_oauth_access_token",
        anchors: &["ya29."],
        re: r"ya29\.[0-9A-Za-z_-]{30,}",
        check: Check::Entropy(3.5),
        fwd: 300,
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "azure_storage_account_key",
        anchors: &["AccountKey="],
        re: r"AccountKey=(?P<v>[A-Za-z0-9+/]{86}==)",
        fwd: 100,
        bound: Bound::None,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "azure_sas_token",
        anchors: &["sig="],
        re: r"[?&;]sig=(?P<v>[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2})",
        back: 1,
        fwd: 120,
        check: Check::Sas,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "azure_service_bus_key",
        anchors: &["SharedAccessKey="],
        re: r"SharedAccessKey=(?P<v>[A-Za-z0-9+/]{43}=)",
        fwd: 60,
        bound: Bound::None,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "azure_ad_client_secret",
        anchors: &[
            "0Q~", "1Q~", "2Q~", "3Q~", "4Q~", "5Q~", "6Q~", "7Q~", "8Q~", "9Q~",
        ],
        re: r"[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
        back: 4,
        fwd: 36,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    // ---- code hosting ----
    Def {
        id: "github_pat",
        anchors: &["ghp_"],
        re: r"ghp_[A-Za-z0-9]{36}",
        fwd: 40,
        check: Check::GithubCrc,
        ..S
    },
    Def {
        id: "github_oauth_token",
        anchors: &["gho_"],
        re: r"gho_[A-Za-z0-9]{36}",
        fwd: 40,
        check: Check::GithubCrc,
        ..S
    },
    Def {
        id: "github_user_token",
        anchors: &["ghu_"],
        re: r"ghu_[A-Za-z0-9]{36}",
        fwd: 40,
        check: Check::GithubCrc,
        ..S
    },
    Def {
        id: "github_app_token",
        anchors: &["ghs_"],
        re: r"ghs_[A-Za-z0-9]{36}",
        fwd: 40,
        check: Check::GithubCrc,
        ..S
    },
    Def {
        id: "github_refresh_token",
        anchors: &["ghr_"],
        re: r"ghr_[A-Za-z0-9]{36,76}",
        fwd: 80,
        check: Check::GithubCrc,
        ..S
    },
    Def {
        id: "github_fine_grained_pat",
        anchors: &["github_pat_"],
        re: r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        fwd: 90,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "gitlab_pat",
        anchors: &["glpat-"],
        re: r"glpat-[0-9A-Za-z_.-]{20,}",
        fwd: 120,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "gitlab_pipeline_trigger_token",
        anchors: &["glptt-"],
        re: r"glptt-[0-9a-f]{40}",
        fwd: 44,
        ..S
    },
    Def {
        id: "gitlab_runner_token",
        anchors: &["glrt-", "GR1348941"],
        re: r"(?:glrt-|GR1348941)[0-9A-Za-z_.-]{20,}",
        fwd: 120,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "gitlab_deploy_token",
        anchors: &["gldt-"],
        re: r"gldt-[0-9A-Za-z_-]{20,}",
        fwd: 80,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "bitbucket_app_password",
        anchors: &["ATBB"],
        re: r"ATBB[A-Za-z0-9_=.-]{32,}",
        fwd: 80,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    // ---- chat ----
    Def {
        id: "slack_bot_token",
        anchors: &["xoxb-"],
        re: r"xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,}",
        fwd: 80,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "slack_user_token",
        anchors: &["xoxp-", "xoxe-"],
        re: r"xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,}",
        fwd: 120,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "slack_app_token",
        anchors: &["xapp-"],
        re: r"xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{32,}",
        fwd: 120,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "slack_legacy_token",
        anchors: &["xoxa-", "xoxr-", "xoxs-"],
        re: r"xox[ars]-[0-9A-Za-z-]{20,}",
        fwd: 120,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "slack_webhook_url",
        anchors: &["hooks.slack.com/"],
        re: r"hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Za-z0-9_]{6,}/[A-Za-z0-9_]{6,}/[A-Za-z0-9_/]{16,}",
        fwd: 120,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "discord_webhook_url",
        anchors: &["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
        re: r"discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}",
        fwd: 100,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "discord_bot_token",
        // The name, or the `Bot` scheme Discord's API takes the token in.
        anchors: &["discord", "authorization: bot "],
        ci: true,
        re: r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}",
        back: 0,
        fwd: 200,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "telegram_bot_token",
        anchors: &[":AA"],
        re: r"[0-9]{8,10}:AA[0-9A-Za-z_-]{33}",
        back: 10,
        fwd: 36,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "teams_webhook_url",
        anchors: &["webhook.office.com/"],
        re: r"[a-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/-]{60,}",
        back: 40,
        fwd: 220,
        bound: Bound::None,
        ..S
    },
    // ---- payments ----
    Def {
        id: "stripe_secret_key",
        anchors: &["sk_live_"],
        re: r"sk_live_[0-9A-Za-z]{24,}",
        fwd: 110,
        ..S
    },
    Def {
        id: "stripe_restricted_key",
        anchors: &["rk_live_"],
        re: r"rk_live_[0-9A-Za-z]{24,}",
        fwd: 110,
        ..S
    },
    Def {
        id: "stripe_webhook_secret",
        anchors: &["whsec_"],
        re: r"whsec_[A-Za-z0-9+/]{32,}",
        fwd: 80,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "square_access_token",
        anchors: &["sq0atp-", "EAAA"],
        re: r"sq0atp-[0-9A-Za-z_-]{22}|EAAA[A-Za-z0-9_-]{60}",
        fwd: 70,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "square_oauth_secret",
        anchors: &["sq0csp-"],
        re: r"sq0csp-[0-9A-Za-z_-]{43}",
        fwd: 50,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "braintree_access_token",
        anchors: &["access_token$production$"],
        re: r"access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}",
        fwd: 60,
        ..S
    },
    // ---- AI providers ----
    Def {
        id: "openai_api_key",
        anchors: &["sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ"],
        re: r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
        back: 100,
        fwd: 200,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "anthropic_api_key",
        anchors: &["sk-ant-api"],
        re: r"sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,110}",
        fwd: 120,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "anthropic_admin_key",
        anchors: &["sk-ant-admin"],
        re: r"sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,110}",
        fwd: 120,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "anthropic_oauth_token",
        anchors: &["sk-ant-oat", "sk-ant-ort"],
        re: r"sk-ant-o[ar]t[0-9]{2}-[A-Za-z0-9_-]{80,120}",
        fwd: 130,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "huggingface_token",
        anchors: &["hf_", "api_org_"],
        // Letters only in the tokens seen so far; digits accepted too (as
        // TruffleHog does), the entropy gate keeps out identifiers.
        re: r"hf_[A-Za-z0-9]{34}|api_org_[A-Za-z0-9]{34}",
        fwd: 40,
        check: Check::Entropy(3.8),
        ..S
    },
    Def {
        id: "groq_api_key",
        anchors: &["gsk_"],
        re: r"gsk_[A-Za-z0-9]{52}",
        fwd: 56,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "replicate_api_token",
        anchors: &["r8_"],
        re: r"r8_[A-Za-z0-9]{37}",
        fwd: 40,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "perplexity_api_key",
        anchors: &["pplx-"],
        re: r"pplx-[A-Za-z0-9]{48}",
        fwd: 50,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "xai_api_key",
        anchors: &["xai-"],
        re: r"xai-[A-Za-z0-9]{80}",
        fwd: 84,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "openrouter_api_key",
        anchors: &["sk-or-v1-"],
        re: r"sk-or-v1-[a-f0-9]{64}",
        fwd: 64,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        // DeepSeek and other OpenAI-compatible APIs: `sk-` and 32 lower
        // hex, nothing else (OpenAI, Anthropic and OpenRouter keys carry a
        // non-hex infix and their own rules).
        id: "openai_compatible_api_key",
        anchors: &["sk-"],
        re: r"sk-[a-f0-9]{32}",
        fwd: 32,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        id: "langsmith_api_key",
        anchors: &["lsv2_pt_", "lsv2_sk_"],
        re: r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}",
        fwd: 43,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        id: "pinecone_api_key",
        anchors: &["pcsk_"],
        re: r"pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}",
        fwd: 71,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "tailscale_key",
        anchors: &["tskey-"],
        re: r"tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64}",
        fwd: 100,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "supabase_token",
        anchors: &["sbp_"],
        re: r"sbp_[a-f0-9]{40}",
        fwd: 40,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        id: "planetscale_token",
        anchors: &["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
        re: r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_-]{32,64}",
        fwd: 64,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "figma_token",
        anchors: &["figd_"],
        re: r"figd_[A-Za-z0-9_-]{40}",
        fwd: 40,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "alibaba_access_key_id",
        anchors: &["LTAI"],
        re: r"LTAI[A-Za-z0-9]{12,20}",
        fwd: 20,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        // App-only bearer token: a run of `A`s, then URL-encoded base64.
        // The fixed length range and the token bound keep long base64
        // blobs (zero padding in images) out.
        id: "twitter_bearer_token",
        anchors: &["AAAAAAAAAAAAAAAAAAAAA"],
        re: r"A{22}[A-Za-z0-9%]{80,100}",
        fwd: 101,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Secret (`sk.`) tokens only; public `pk.` tokens are meant to ship.
        id: "mapbox_secret_token",
        anchors: &["sk.eyJ"],
        re: r"sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}",
        fwd: 300,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "dynatrace_token",
        anchors: &["dt0c01."],
        re: r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",
        fwd: 89,
        check: Check::Entropy(3.8),
        ..S
    },
    Def {
        id: "netlify_token",
        anchors: &["nfp_"],
        re: r"nfp_[A-Za-z0-9]{36,40}",
        fwd: 40,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "fly_io_token",
        anchors: &["fo1_"],
        re: r"fo1_[A-Za-z0-9_-]{43}",
        fwd: 43,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "typeform_token",
        anchors: &["tfp_"],
        re: r"tfp_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{14}",
        fwd: 59,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "adafruit_io_key",
        anchors: &["aio_"],
        re: r"aio_[A-Za-z0-9]{28}",
        fwd: 28,
        check: Check::Entropy(4.0),
        ..S
    },
    // ---- package registries ----
    Def {
        id: "npm_token",
        anchors: &["npm_"],
        re: r"npm_[A-Za-z0-9]{36}",
        fwd: 40,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "pypi_token",
        anchors: &["pypi-AgEIcHlwaS5vcmc"],
        re: r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
        fwd: 300,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "crates_io_token",
        anchors: &["cio"],
        re: r"cio[a-zA-Z0-9]{32}",
        fwd: 34,
        check: Check::Entropy(4.2),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "dockerhub_pat",
        anchors: &["dckr_pat_"],
        re: r"dckr_pat_[A-Za-z0-9_-]{27}",
        fwd: 30,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "rubygems_api_key",
        anchors: &["rubygems_"],
        re: r"rubygems_[a-f0-9]{48}",
        fwd: 50,
        ..S
    },
    Def {
        id: "nuget_api_key",
        anchors: &["oy2"],
        re: r"oy2[a-z0-9]{43}",
        fwd: 46,
        check: Check::Entropy(4.0),
        conf: Confidence::Medium,
        ..S
    },
    // ---- SaaS ----
    Def {
        id: "twilio_api_key",
        // `SK` + 32 lower-case hex, anchored on `SK` plus the first hex
        // digit (anchors need 3 bytes); word bounds keep it out of longer
        // identifiers, so no `twilio` context is needed.
        anchors: &[
            "SK0", "SK1", "SK2", "SK3", "SK4", "SK5", "SK6", "SK7", "SK8", "SK9", "SKa", "SKb",
            "SKc", "SKd", "SKe", "SKf",
        ],
        re: r"SK[0-9a-f]{32}",
        fwd: 32,
        check: Check::Entropy(3.0),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "twilio_auth_token",
        // The SDK's `Client(account_sid, auth_token)` with both literal:
        // the account SID (`AC` + 32 hex) says whose token the second
        // argument is, no keyword needed. Anchored on the call's opening
        // (`("AC`): sixteen `AC` + hex anchors cost 2% of a scan.
        anchors: &["(\"AC", "('AC", "(\\\"AC"],
        re: r#"\(\\?["']AC[0-9a-f]{32}\\?["'][ \t]*,[ \t]*\\?["'](?P<v>[0-9a-f]{32})\\?["']"#,
        fwd: 90,
        check: Check::Entropy(3.0),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "sendgrid_api_key",
        anchors: &["SG."],
        re: r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
        fwd: 70,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "mailgun_api_key",
        anchors: &["key-"],
        re: r"key-[0-9a-f]{32}",
        fwd: 34,
        check: Check::Entropy(3.2),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "mailchimp_api_key",
        anchors: &["-us"],
        re: r"[0-9a-f]{32}-us[0-9]{1,2}",
        back: 33,
        fwd: 3,
        check: Check::Entropy(3.2),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "shopify_access_token",
        anchors: &["shpat_", "shpca_", "shppa_", "shpss_"],
        re: r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
        fwd: 34,
        ..S
    },
    Def {
        id: "atlassian_api_token",
        anchors: &["ATATT3"],
        re: r"ATATT3[A-Za-z0-9_=-]{150,}",
        fwd: 260,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "datadog_api_key",
        ci: true,
        anchors: &["datadog", "dd_api_key", "dd_app_key", "dd-api-key"],
        re: r#"(?i)(?:datadog|dd)[A-Za-z0-9_.-]{0,20}(?:api|app|application)[_-]?key["'`]?\s*(?:[:=]|=>)\s*["'`]?(?P<v>[a-f0-9]{32}(?:[a-f0-9]{8})?)"#,
        fwd: 100,
        check: Check::Entropy(3.0),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "digitalocean_token",
        anchors: &["dop_v1_", "doo_v1_", "dor_v1_"],
        re: r"do[opr]_v1_[a-f0-9]{64}",
        fwd: 70,
        ..S
    },
    Def {
        id: "heroku_api_key",
        anchors: &["HRKU-"],
        re: r"HRKU-[A-Za-z0-9_-]{60}",
        fwd: 62,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "linear_api_key",
        anchors: &["lin_api_"],
        re: r"lin_api_[A-Za-z0-9]{40}",
        fwd: 44,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "notion_token",
        anchors: &["ntn_", "secret_"],
        re: r"ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}",
        fwd: 50,
        check: Check::Entropy(4.2),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "postman_api_key",
        anchors: &["PMAK-"],
        re: r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
        fwd: 64,
        ..S
    },
    Def {
        id: "newrelic_api_key",
        anchors: &["NRAK-"],
        re: r"NRAK-[A-Z0-9]{27}",
        fwd: 30,
        check: Check::Entropy(3.5),
        ..S
    },
    Def {
        id: "sentry_auth_token",
        anchors: &["sntrys_", "sntryu_"],
        re: r"sntrys_eyJ[A-Za-z0-9_=+/-]{50,}|sntryu_[a-f0-9]{64}",
        fwd: 400,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "doppler_token",
        anchors: &["dp.pt.", "dp.st.", "dp.sa.", "dp.ct."],
        // Service tokens may name their config: `dp.st.prd.<token>`.
        re: r"dp\.(?:pt|st|sa|ct)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44}",
        fwd: 90,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "vault_token",
        anchors: &["hvs.", "hvb."],
        re: r"hv[sb]\.[A-Za-z0-9_-]{24,}",
        fwd: 200,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "pulumi_access_token",
        anchors: &["pul-"],
        re: r"pul-[a-f0-9]{40}",
        fwd: 42,
        ..S
    },
    Def {
        id: "grafana_token",
        anchors: &["glsa_", "glc_"],
        re: r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2}",
        fwd: 410,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "databricks_token",
        anchors: &["dapi"],
        re: r"dapi[a-f0-9]{32}(?:-[0-9])?",
        fwd: 38,
        check: Check::Entropy(3.2),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "jwt",
        anchors: &["eyJ"],
        re: r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}",
        fwd: 4096,
        check: Check::Jwt,
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    // ---- credentials in URLs, connection strings and assignments ----
    Def {
        id: "database_url_password",
        anchors: &["://"],
        re: r#"(?i:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\+s)?|ecto|jdbc:[a-z]+)(?:\+[a-z0-9]+)?://[^\s:/@"'<>]{0,64}:(?P<v>[^\s@"'<>/]{1,128})@[^\s/"'<>]+"#,
        back: 24,
        fwd: 300,
        check: Check::UrlPassword,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "url_credentials",
        anchors: &["://"],
        re: r#"(?i:https?|ftps?|sftp|smtps?|ssh|git|ldaps?|wss?)://[^\s:/@"'<>]{1,64}:(?P<v>[^\s@"'<>/]{3,128})@[A-Za-z0-9.-]+"#,
        back: 8,
        fwd: 300,
        check: Check::UrlPassword,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "db_connection_string",
        ci: true,
        anchors: &["password=", "pwd="],
        re: r#"(?i:server|data source|host|address|addr)\s*=[^;"'\n]{1,120};[^"'\n]{0,300}?(?i:password|pwd)\s*=\s*(?P<v>[^;"'\n]{1,128})"#,
        back: 440,
        fwd: 130,
        check: Check::Password,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "http_basic_auth",
        ci: true,
        anchors: &["authorization"],
        re: r#"(?i:authorization)["'`]?\]?\s*(?:,\s*["'`]?value["'`]?\s*:|[:=,])\s*["'`]?(?i:basic)\s+(?P<v>[A-Za-z0-9+/]{8,}={0,2})"#,
        fwd: 300,
        check: Check::BasicAuth,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "http_bearer_token",
        ci: true,
        anchors: &["authorization"],
        re: r#"(?i:authorization)["'`]?\]?\s*(?:,\s*["'`]?value["'`]?\s*:|[:=,])\s*["'`]?(?i:bearer|token)\s+(?P<v>[A-Za-z0-9._~+/-]{20,}=*)"#,
        fwd: 2048,
        check: Check::Assign(3.5),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "password_assignment",
        ci: true,
        // `<service>_pass` (Ansible's `ansible_ssh_pass`, `become_pass`;
        // `smtp_pass`, `db_pass`) only as the whole key: `_pass` alone is
        // in `bypass`, `first_pass` and `db_password` (which `password`
        // covers).
        anchors: &[
            "password",
            "passwd",
            "pwd",
            "passphrase",
            // sssd's `ldap_default_authtok`.
            "authtok",
            "ssh_pass",
            "become_pass",
            "sudo_pass",
            "ansible_pass",
            "smtp_pass",
            "mail_pass",
            "db_pass",
            "ldap_pass",
            "ftp_pass",
            "root_pass",
            "admin_pass",
            "redis_pass",
            "mysql_pass",
            // An environment variable ending in `_PASS` (`RABBITMQ_DEFAULT_PASS`):
            // upper case only, the validator wants the name before it.
            "_pass",
        ],
        // `\"` quotes: JSON inside a raw (unparsed) body such as a JSONL
        // batch file or a multipart part. The value is on the same line
        // (`PASSWORD=` followed by `NEXT_VAR=x` is an empty assignment).
        // An XML element (`<password>…</password>`, Maven `settings.xml`)
        // is the group `x`: the validator wants the `<` of its open tag.
        re: r#"(?:(?i:password|passwd|pwd|passphrase|authtok|(?:ssh|become|sudo|ansible|smtp|mail|db|ldap|ftp|root|admin|redis|mysql)_pass\b)|_PASS\b)(?P<k>[A-Za-z0-9_-]{0,20})\\?["'`]?\]?\s*(?:(?:TYPEDOP|HOLDEROP|[:=]|:=|=>|==)[ \t]*(?:\\?["'`](?P<v>(?:[^"'`\r\n\\]|\\[^"'`\r\n]){4,128})\\?["'`]|(?P<u>[^\s"'`#;,(){}\[\]<>\\][^\s"'`;,(){}\[\]<>\\]{5,127}))|>(?P<x>[^<>\s\\]{4,128})</)"#,
        back: 0,
        fwd: 180,
        check: Check::Password,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "secret_assignment",
        ci: true,
        anchors: &[
            "secret",
            "api_key",
            "apikey",
            "api-key",
            "access_key",
            "accesskey",
            "token",
            "private_key",
            "client_secret",
            "_key",
            // Spring / JWT signing keys (`jwt.signing-key:`, `signingKey`);
            // `signing_key` is a `_key`.
            "signing-key",
            "signingkey",
            // Webhook HMAC keys (`hmac-key:` in Spring YAML, `hmacKey`).
            "hmac-key",
            "hmackey",
        ],
        re: r#"(?i:secret|api[_-]?key|access[_-]?key|token|private[_-]?key|_key|signing-?key|hmac-?key)(?P<k>[A-Za-z0-9_-]{0,20})\\?["'`]?\]?\s*(?:(?:TYPEDOP|HOLDEROP)[ \t]*\\?["'`]|(?:[:=]|:=|=>)[ \t]*\\?["'`]?)(?P<v>[A-Za-z0-9_\-+/=.~]{16,256})"#,
        back: 0,
        fwd: 300,
        check: Check::Assign(3.6),
        bound: Bound::Token,
        conf: Confidence::Low,
        ..S
    },
    // ---- private keys ----
    Def {
        id: "pem_rsa_private_key",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN RSA PRIVATE KEY-----"],
        re: r"-----BEGIN RSA PRIVATE KEY-----PEMBODY(?:-----END RSA PRIVATE KEY-----)?",
        fwd: 16384,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "pem_ec_private_key",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN EC PRIVATE KEY-----"],
        re: r"-----BEGIN EC PRIVATE KEY-----PEMBODY(?:-----END EC PRIVATE KEY-----)?",
        fwd: 4096,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "pem_dsa_private_key",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN DSA PRIVATE KEY-----"],
        re: r"-----BEGIN DSA PRIVATE KEY-----PEMBODY(?:-----END DSA PRIVATE KEY-----)?",
        fwd: 4096,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "pem_pkcs8_private_key",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN PRIVATE KEY-----"],
        re: r"-----BEGIN PRIVATE KEY-----PEMBODY(?:-----END PRIVATE KEY-----)?",
        fwd: 16384,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "pem_encrypted_private_key",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN ENCRYPTED PRIVATE KEY-----"],
        re: r"-----BEGIN ENCRYPTED PRIVATE KEY-----PEMBODY(?:-----END ENCRYPTED PRIVATE KEY-----)?",
        fwd: 16384,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "openssh_private_key",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN OPENSSH PRIVATE KEY-----"],
        re: r"-----BEGIN OPENSSH PRIVATE KEY-----PEMBODY(?:-----END OPENSSH PRIVATE KEY-----)?",
        fwd: 16384,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "pgp_private_key_block",
        cat: Category::PrivateKey,
        anchors: &["-----BEGIN PGP PRIVATE KEY BLOCK-----"],
        re: r"-----BEGIN PGP PRIVATE KEY BLOCK-----PEMBODY(?:-----END PGP PRIVATE KEY BLOCK-----)?",
        fwd: 32768,
        check: Check::Pem,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "putty_private_key",
        cat: Category::PrivateKey,
        anchors: &["PuTTY-User-Key-File-"],
        re: r"PuTTY-User-Key-File-[23]: [A-Za-z0-9-]+(?s:.){1,8000}?Private-Lines: [0-9]+(?:\r?\n|\\r?\\n)[A-Za-z0-9+/=]{16,}",
        fwd: 8200,
        check: Check::Plain,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "age_secret_key",
        cat: Category::PrivateKey,
        anchors: &["AGE-SECRET-KEY-1"],
        re: r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        fwd: 60,
        ..S
    },
    // ---- personal data ----
    Def {
        // Grouped by spaces or dashes (or not), and by dots only as
        // 4-4-4-4 (`4571.3296.4323.4820`); versions and addresses have no
        // such shape, and Luhn and the issuer decide the rest.
        id: "credit_card_number",
        cat: Category::Pii,
        check: Check::Region(Pii::Card),
        bound: Bound::None,
        re: r"(?:[0-9]{4}[ -]?){3}[0-9]{1,7}|[0-9]{4}[ -]?[0-9]{6}[ -]?[0-9]{4,5}|[0-9]{4}\.[0-9]{4}\.[0-9]{4}\.[0-9]{4}",
        conf: Confidence::High,
        ..S
    },
    Def {
        id: "iban",
        cat: Category::Pii,
        check: Check::Region(Pii::Iban),
        bound: Bound::None,
        re: r"[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?",
        conf: Confidence::High,
        ..S
    },
    Def {
        id: "us_ssn",
        cat: Category::Pii,
        check: Check::Region(Pii::Ssn),
        bound: Bound::None,
        re: r"(?P<a>[0-9]{3})-(?P<g>[0-9]{2})-(?P<s>[0-9]{4})",
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "phone_number",
        cat: Category::Pii,
        check: Check::Region(Pii::Phone),
        bound: Bound::None,
        re: PHONE,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "uk_national_insurance_number",
        cat: Category::Pii,
        check: Check::Region(Pii::UkNino),
        bound: Bound::None,
        re: r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]",
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "email_address",
        cat: Category::Pii,
        check: Check::Email,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    // ---- personal data named by context ----
    // The same ids as the digit-probe rules: these only add forms the
    // probe cannot trust without a keyword (bare or space-separated
    // digits), so one value is never reported by both.
    Def {
        id: "phone_number",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "phone",
            "mobil",
            "tel",
            "cell",
            "fax",
            "whatsapp",
            "call me",
            "text me",
            "handy",
            // Swiss German for a mobile (`Natel: 079 …`).
            "natel",
            "portable",
            "appel",
            "fixe",
            "t\u{e9}l",
            "cel:",
            "cel.",
            "celular",
            "movil",
            "m\u{f3}vil",
            "tlf",
            "tfno",
            "mobiel",
            "telem\u{f3}vel",
            "telemovel",
            // 携帯 (mobile; 携帯電話 too). Not 電話 alone: 代表電話 is a
            // company's switchboard.
            "\u{643a}\u{5e2f}",
            // 휴대폰 and 핸드폰 (Korean), 手机 and 手機 (Chinese): a mobile.
            "\u{d734}\u{b300}\u{d3f0}",
            "\u{d578}\u{b4dc}\u{d3f0}",
            "\u{624b}\u{673a}",
            "\u{624b}\u{6a5f}",
            // Indonesian: `no_hp` / `nomor HP` (handphone), `telepon`.
            "no_hp",
            "no hp",
            "no. hp",
            "nomor hp",
            "handphone",
            "telepon",
            // Belgian, Dutch and Swiss mobiles (`GSM: 0457 …`).
            "gsm",
            // Malaysia and Singapore (`H/P: 012-…`), Vietnamese `điện
            // thoại`, Greek `κινητό` and `τηλέφωνο` (anchored without
            // their first letter, which has two cases).
            "h/p",
            "\u{111}i\u{1ec7}n tho\u{1ea1}i",
            "\u{3b9}\u{3bd}\u{3b7}\u{3c4}\u{3cc}",
            "\u{3b7}\u{3bb}\u{3ad}\u{3c6}\u{3c9}\u{3bd}\u{3bf}",
            // French `joignable au …`, Turkish `cep telefonu` (Italian
            // `cellulare` is found by `cell`).
            "joignable",
            "cep tel",
            // Arabic جوال (mobile), متحرك (mobile), هاتف (phone).
            "\u{62c}\u{648}\u{627}\u{644}",
            "\u{645}\u{62a}\u{62d}\u{631}\u{643}",
            "\u{647}\u{627}\u{62a}\u{641}",
        ],
        // (The Japanese, Korean and Chinese labels stand outside the
        // `\b`s: no ASCII word boundary follows them before `：`.)
        re: r"(?:(?i:\b(?:tele?phone|phone|mobile?|mobiel|telem(?:o|\xC3\xB3)vel|cell(?:phone)?|cel(?:ular)?|m(?:o|\xC3\xB3)vil|tlf|tfno|tel|t\xC3\xA9l(?:\xC3\xA9phone)?|fax|whatsapp|handy|natel|telefon[eo]?|portable|fixe|appel[a-z]{0,4}|call me|text me|no[._ ]{1,2}hp|nomor hp|handphone|telepon|gsm|h/p|cellulare|joignable(?: au)?|cep telefonu?)(?:[ _-]?(?:number|nummer|num|no|nr))?\b)|\xD8\xAC\xD9\x88\xD8\xA7\xD9\x84|\xD9\x85\xD8\xAA\xD8\xAD\xD8\xB1\xD9\x83|\xD9\x87\xD8\xA7\xD8\xAA\xD9\x81|\xC4\x91i\xE1\xBB\x87n tho\xE1\xBA\xA1i|(?:\xCE\x9A|\xCE\xBA)\xCE\xB9\xCE\xBD\xCE\xB7\xCF\x84\xCF\x8C|(?:\xCE\xA4|\xCF\x84)\xCE\xB7\xCE\xBB\xCE\xAD\xCF\x86\xCF\x89\xCE\xBD\xCE\xBF|\xE6\x90\xBA\xE5\xB8\xAF(?:\xE9\x9B\xBB\xE8\xA9\xB1)?|\xED\x9C\xB4\xEB\x8C\x80\xED\x8F\xB0|\xED\x95\xB8\xEB\x93\x9C\xED\x8F\xB0|\xE6\x89\x8B\xE6\x9C\xBA|\xE6\x89\x8B\xE6\xA9\x9F)[^0-9\n]{0,20}?(?P<v>\+?\(?[0-9][0-9 ()./-]{7,22}[0-9])",
        back: 2,
        fwd: 60,
        check: Check::Ctx(Pii::Phone),
        bound: Bound::None,
        conf: Confidence::Medium,
    },
    Def {
        id: "us_ssn",
        cat: Category::Pii,
        ci: true,
        anchors: &["ssn", "social security", "social-security", "ss#", "ss #"],
        re: r"(?i:\bssn|\bss ?#|social[ -]security)[^0-9\n]{0,24}?(?P<v>(?P<a>[0-9]{3}) ?(?P<g>[0-9]{2}) ?(?P<s>[0-9]{4}))",
        back: 1,
        fwd: 60,
        check: Check::Ctx(Pii::Ssn),
        bound: Bound::None,
        conf: Confidence::Medium,
    },
    Def {
        id: "uk_national_insurance_number",
        cat: Category::Pii,
        ci: true,
        anchors: &["national insurance", "nino", "ni number", "ni no", "ni:"],
        re: r"(?P<v>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] [0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D])",
        back: 0,
        fwd: 60,
        check: Check::Ctx(Pii::UkNino),
        bound: Bound::None,
        conf: Confidence::Medium,
    },
    // ---- national identifiers (national_id.rs) ----
    // Keyword-anchored: the validator wants the keyword just before the
    // value or as the header of its table column, so the window reaches
    // 8 KiB past the keyword to take in the rows under a header. Only the
    // spaced Aadhaar may fire bare (digit probe).
    Def {
        id: "ca_social_insurance_number",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "sin ",
            "sin:",
            "sin,",
            "sin\"",
            "sin'",
            "sin\t",
            "sin|",
            "sin=",
            "sin#",
            "sin\n",
            "nas ",
            "nas:",
            "nas,",
            "nas\"",
            "nas'",
            "social insurance",
            "assurance sociale",
        ],
        re: r"[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::CaSin),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "fr_insee_number",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "nir",
            "insee",
            "sociale",
            "s\u{e9}cu",
            "carte vitale",
            "social security",
        ],
        re: r"[1-478] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[ABab]) ?[0-9]{3} ?[0-9]{3} ?[0-9]{2}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::FrNir),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "es_dni_nie",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "dni",
            "d.n.i",
            "n.i.e",
            "nie ",
            "nie:",
            "nie,",
            "nie\"",
            "nie'",
            "nie\t",
            "nie\n",
            "nie/",
            "nif ",
            "nif:",
            "nif,",
            "nif\"",
            "nif'",
            "nif\t",
            "nif\n",
            "documento nacional",
            "documento de identidad",
        ],
        re: r"[0-9]{8}[ -]?[A-Za-z]|[XYZxyz][ -]?[0-9]{7}[ -]?[A-Za-z]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::EsDniNie),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "it_codice_fiscale",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "codice fiscale",
            "codicefiscale",
            "codice_fiscale",
            "cod. fisc",
            "cod.fisc",
            "fiscal code",
            "fiscal_code",
            "c.f.",
            "tax code",
            "cf:",
            "cf ",
            "cf\"",
            "cf'",
            "cf,",
            "cf\t",
            "cf\n",
            "cf=",
            "cf|",
        ],
        re: r"[A-Za-z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRSTabcdehlmprst][0-9LMNPQRSTUV]{2}[A-Za-z][0-9LMNPQRSTUV]{3}[A-Za-z]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::ItCf),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "nl_bsn",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "bsn",
            "burgerservicenummer",
            "sofinummer",
            "sofi-nummer",
            "sofinr",
        ],
        re: r"[0-9]{9}|[0-9]{4}\.[0-9]{2}\.[0-9]{3}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::NlBsn),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "br_cpf",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::BR_CPF_WORDS,
        re: r"[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}|[0-9]{9}-[0-9]{2}|[0-9]{11}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::BrCpf),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "in_aadhaar",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::IN_AADHAAR_WORDS,
        re: r"[2-9][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::InAadhaar),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "in_aadhaar",
        cat: Category::Pii,
        re: r"[2-9][0-9]{3} [0-9]{4} [0-9]{4}",
        check: Check::NationalId(super::national_id::IdKind::InAadhaarBare),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "de_tax_id",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "steuer",
            "idnr",
            "identifikationsnummer",
            "tax id",
            "tax_id",
            "tax-id",
            "taxid",
        ],
        re: r"[0-9]{11}|[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::DeTaxId),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "au_tfn",
        cat: Category::Pii,
        ci: true,
        anchors: &["tfn", "tax file"],
        re: r"[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::AuTfn),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "pl_pesel",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::PL_PESEL_WORDS,
        re: r"[0-9]{11}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::PlPesel),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "se_personnummer",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::SE_PNR_WORDS,
        re: r"(?:19|20)?[0-9]{6}[-+ ]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::SePnr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "fi_hetu",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "hetu",
            "henkil",
            "personal identity code",
            "sotu",
            "personbeteckning",
        ],
        re: r"[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::FiHetu),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "no_fodselsnummer",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "f\u{f8}dsel",
            "fodselsn",
            "foedselsn",
            "fnr",
            "personnummer",
            "d-nummer",
        ],
        re: r"[0-9]{6} ?[0-9]{5}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::NoFnr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ee_isikukood",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::EE_IK_WORDS,
        re: r"[1-6][0-9]{10}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::EeIk),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "pt_nif",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "nif ",
            "nif:",
            "nif,",
            "nif\"",
            "nif'",
            "nif\t",
            "nif\n",
            "nif=",
            "nif|",
            "n.i.f",
            "contribuinte",
        ],
        re: r"[0-9]{9}|[0-9]{3} [0-9]{3} [0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::PtNif),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ie_ppsn",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "pps no",
            "pps num",
            "pps: ",
            "pps:\t",
            "pps\":",
            "pps\",",
            "ppsn:",
            "ppsn ",
            "ppsn\"",
            "ppsn'",
            "ppsn,",
            "ppsn=",
            "ppsn\t",
            "personal public service",
        ],
        re: r"[0-9]{7}[A-Wa-w][A-IWa-iw]?",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::IePpsn),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ch_ahv",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::CH_AHV_WORDS,
        re: r"756[. ]?[0-9]{4}[. ]?[0-9]{4}[. ]?[0-9]{2}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::ChAhv),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ch_ahv",
        cat: Category::Pii,
        anchors: &["756."],
        re: r"756\.[0-9]{4}\.[0-9]{4}\.[0-9]{2}",
        fwd: 16,
        check: Check::NationalId(super::national_id::IdKind::ChAhvBare),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "be_national_number",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "national number",
            "national regist",
            "rijksregister",
            // `numéro national` and `numero national` (the grams of
            // `nume` are common in code).
            "ro national",
            "registre national",
            "nationalregister",
            // Not `niss`/`insz` alone: a 4-byte anchor is also entered
            // under any byte plus its first three (` ins`).
            "niss:",
            "niss ",
            "niss\"",
            "niss'",
            "insz:",
            "insz ",
            "insz\"",
            "insz'",
        ],
        re: r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}|[0-9]{6}[ -]?[0-9]{3}[ -]?[0-9]{2}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{3}\.[0-9]{2}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::BeNrn),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "hr_oib",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::HR_OIB_WORDS,
        re: r"[0-9]{11}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::HrOib),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ro_cnp",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::RO_CNP_ANCHORS,
        re: r"[1-9][0-9]{12}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::RoCnp),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "cz_sk_birth_number",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "rodn\u{e9}",
            "rodn\u{c9}",
            "rodne",
            "birth number",
            "r\u{10d}",
            "r\u{10c}",
            "r.\u{10d}",
            "r.\u{10c}",
        ],
        re: r"[0-9]{6}/?[0-9]{3,4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::CzSkRc),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "cl_rut",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "rut",
            "r.u.t",
            "r.u.n",
            // `run` only as a label: 4-byte forms would also be entered
            // under ` run`.
            "run: ",
            "run:\t",
            "run\":",
            "run\",",
            ",run,",
            "|run|",
            "| run |",
            "rol \u{fa}nico",
            "rol unico",
        ],
        re: r"[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}-[0-9Kk]|[0-9]{7,8}-?[0-9Kk]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::ClRut),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "cn_resident_id",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "\u{8eab}\u{4efd}",
            "\u{8eab}\u{5206}\u{8b49}",
            "resident id",
            "identity card",
        ],
        re: r"[1-8][0-9]{16}[0-9Xx]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::CnRic),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "uk_nhs_number",
        cat: Category::Pii,
        ci: true,
        anchors: &["nhs"],
        re: r"[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::UkNhs),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "us_itin",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::US_ITIN_ANCHORS,
        re: r"9[0-9]{2}[ -]?[5-9][0-9][ -]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::UsItin),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "national_id",
        cat: Category::Pii,
        ci: true,
        anchors: super::country_id::LABELS,
        check: Check::CountryId,
        conf: Confidence::Medium,
        ..S
    },
    // The national ids added with `dk_cpr` (holdout round 4).
    Def {
        id: "dk_cpr",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "cpr:", "cpr ", "cpr\"", "cpr,", "cpr;", "cpr=", "cpr\t", "cpr|", "cpr_", "cpr-",
            "cpr#", "cpr\n",
        ],
        re: r"[0-9]{6}[- ]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::DkCpr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "is_kennitala",
        cat: Category::Pii,
        ci: true,
        anchors: &["kennit", "kt.", "kt:", "kt "],
        re: r"[0-9]{6}[- ]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::IsKt),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "bg_egn",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "egn:",
            "egn ",
            "egn\"",
            "egn'",
            "egn,",
            "egn;",
            "egn\t",
            "egn=",
            "egn|",
            "egn_",
            "egn\n",
            "\u{435}\u{433}\u{43d}",
            "\u{415}\u{413}\u{41d}",
            "\u{435}\u{434}\u{438}\u{43d}\u{435}\u{43d} \u{433}\u{440}",
        ],
        re: r"[0-9]{10}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::BgEgn),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "si_emso",
        cat: Category::Pii,
        ci: true,
        anchors: &["emso", "em\u{161}o", "em\u{160}o", "enotna mati"],
        re: r"[0-9]{13}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::SiEmso),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "lt_asmens_kodas",
        cat: Category::Pii,
        ci: true,
        anchors: &["asmens kod", "asmens_kod", "asmenskod"],
        re: r"[1-6][0-9]{10}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::LtAk),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "gr_amka",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::GR_AMKA_WORDS,
        re: r"[0-9]{11}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::GrAmka),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "tr_tc_kimlik",
        cat: Category::Pii,
        ci: true,
        anchors: &["kimlik", "tckn"],
        re: r"[1-9][0-9]{10}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::TrTck),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "il_teudat_zehut",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "teudat",
            "\u{5d6}\u{5d4}\u{5d5}\u{5ea}",
            "\u{5ea}.\u{5d6}",
            "israeli id",
        ],
        re: r"[0-9]{8}-?[0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::IlTz),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "za_id_number",
        cat: Category::Pii,
        ci: true,
        anchors: &["south african id", "sa id", "rsa id"],
        re: r"[0-9]{6}[ -]?[0-9]{4}[ -]?[0-9]{3}|[0-9]{6} [0-9]{4} [0-9]{2} [0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::ZaId),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "kr_rrn",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "\u{c8fc}\u{bbfc}",
            "resident registration",
            "rrn:",
            "rrn ",
            "rrn\"",
            "rrn'",
            "rrn,",
            "rrn=",
            "rrn\t",
            "rrn|",
            "rrn_",
        ],
        re: r"[0-9]{6}-?[0-9]{7}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::KrRrn),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "mx_curp",
        cat: Category::Pii,
        ci: true,
        anchors: &["curp", "clave \u{fa}nica"],
        re: r"[A-Za-z]{4}[0-9]{6}[HMXhmx][A-Za-z]{5}[0-9A-Za-z][0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::MxCurp),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "in_pan",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "pan:",
            "pan ",
            "pan\"",
            "pan'",
            "pan,",
            "pan;",
            "pan=",
            "pan\t",
            "pan|",
            "pan_",
            "pan#",
            "pan\n",
            "permanent account",
        ],
        re: r"[A-Z]{5}[0-9]{4}[A-Z]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::InPan),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "my_nric",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::MY_NRIC_WORDS,
        re: r"[0-9]{6}-?[0-9]{2}-?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::MyNric),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "th_national_id",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "thai id",
            "thai national id",
            "\u{e40}\u{e25}\u{e02}\u{e1b}\u{e23}\u{e30}\u{e08}\u{e33}\u{e15}\u{e31}\u{e27}",
            "\u{e1a}\u{e31}\u{e15}\u{e23}\u{e1b}\u{e23}\u{e30}\u{e0a}\u{e32}\u{e0a}\u{e19}",
        ],
        re: r"[1-8][0-9]{12}|[1-8]-[0-9]{4}-[0-9]{5}-[0-9]{2}-[0-9]|[1-8] [0-9]{4} [0-9]{5} [0-9]{2} [0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::ThPin),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "jp_my_number",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::JP_MYNUMBER_WORDS,
        re: r"[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::JpMyNumber),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ar_cuil",
        cat: Category::Pii,
        ci: true,
        anchors: &["cuil", "cuit", "c.u.i."],
        re: r"2[0347]-?[0-9]{8}-?[0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::ArCuil),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "nz_ird_number",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "ird:",
            "ird ",
            "ird\"",
            "ird'",
            "ird,",
            "ird;",
            "ird=",
            "ird\t",
            "ird|",
            "ird_",
            "ird#",
            "ird\n",
            "inland revenue",
        ],
        re: r"[0-9]{2,3}[- ]?[0-9]{3}[- ]?[0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::NzIrd),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "uk_utr",
        cat: Category::Pii,
        ci: true,
        anchors: &[
            "utr:",
            "utr ",
            "utr\"",
            "utr'",
            "utr,",
            "utr;",
            "utr=",
            "utr\t",
            "utr|",
            "utr_",
            "utr#",
            "utr\n",
            "unique taxpayer",
            "unique tax reference",
        ],
        re: r"[0-9]{5} ?[0-9]{5}[Kk]?",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::UkUtr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "de_rentenversicherungsnummer",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::DE_RVNR_WORDS,
        re: r"[0-9]{2} ?[0-9]{6} ?[A-Za-z] ?[0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::DeRvnr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "de_krankenversichertennummer",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::DE_KVNR_WORDS,
        re: r"[A-Za-z][0-9]{9}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::DeKvnr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "us_medicare_mbi",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::US_MBI_WORDS,
        re: r"[1-9][A-Z][A-Z0-9][0-9]-?[A-Z][A-Z0-9][0-9]-?[A-Z]{2}[0-9]{2}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::UsMbi),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "us_ssn",
        cat: Category::Pii,
        ci: true,
        anchors: &["ssn", "social security", "social_security", "ss#"],
        re: r"[0-9]{3} [0-9]{2} [0-9]{4}|[0-9]{9}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::UsSsnCol),
        conf: Confidence::Medium,
        ..S
    },
    // ---- credentials on command lines, in cookies and framework configs ----
    Def {
        id: "cli_password",
        // One line of a shell command that takes a password as an
        // argument. The anchors are the command names; the flag, and for
        // curl the `user:` before the password, are confirmed by the regex.
        // `--password=…` is left to `password_assignment`. PowerShell's
        // `ConvertTo-SecureString "…" -AsPlainText` takes a password
        // literal the same way.
        anchors: &[
            "curl ",
            "mysql",
            "mariadb",
            "docker login",
            "sshpass",
            "redis-cli",
            "htpasswd",
            "ConvertTo-SecureString",
        ],
        re: r#"(?:\bcurl(?:\s[^\n|;&]{0,300}?)?\s(?:-u|--user)(?:\s+|=)?\\?["']?[^\s:"'$\\]{1,64}:|\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)(?:\s[^\n|;&]{0,300}?)?\s-p|\bdocker\s+login(?:\s[^\n|;&]{0,300}?)?\s(?:-p|--password)\s+|\bsshpass\s+-p\s*|\bredis-cli(?:\s[^\n|;&]{0,300}?)?\s(?:-a|--pass)\s+|\bhtpasswd\s+-[a-zA-Z]*b[a-zA-Z]*\s+(?:[^\s<>|]+\s+)?[^\s<>|]+\s+)\\?["']?(?P<v>[^\s"'`;|&<>\\]{3,128})|\bConvertTo-SecureString\s+(?:-String\s+)?["'](?P<u>[^"'\r\n]{4,128})["']\s+-AsPlainText"#,
        back: 0,
        fwd: 460,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "session_cookie",
        ci: true,
        // `Cookie:`/`Set-Cookie:` headers (also as JSON keys) and curl's
        // `--cookie`; only cookies whose name says session/auth.
        anchors: &["cookie:", "cookie\":", "--cookie", "-b '", "-b \""],
        re: r#"(?:(?i:cookie)\\?["']?\s*[:=]?|-b\s)[^\n]{0,600}?[\s;:"'=](?P<k>[A-Za-z0-9_.-]{0,40}(?i:sess|sid|auth|jwt|remember|access)[A-Za-z0-9_.-]{0,40})=(?P<v>[A-Za-z0-9%._~+/=-]{16,512})"#,
        back: 0,
        fwd: 1200,
        check: Check::Cookie,
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "framework_secret_key",
        // Django's generated development key: the prefix is the signal.
        anchors: &["django-insecure-"],
        re: r"django-insecure-[a-z0-9!@#$%^&*(=+_)-]{30,80}",
        fwd: 84,
        check: Check::AppKey,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "framework_secret_key",
        // Django/Flask `SECRET_KEY` literals (also the default of
        // `os.environ.get`): Django keys use `!@#$%^&*(-_=+)`, outside the
        // generic assignment rule's value class.
        // The name is the framework's own (`STRIPE_SECRET_KEY` is not).
        anchors: &["SECRET_KEY"],
        re: r#"(?:\b|\bDJANGO_|\bFLASK_)SECRET_KEY\\?["'\]]*\s*[:=]\s*(?:os\.environ\.get\(\s*["'][A-Za-z0-9_]+["']\s*,\s*|os\.getenv\(\s*["'][A-Za-z0-9_]+["']\s*,\s*)?(?:\\?["'](?P<v>[^"'\s\\]{24,100})\\?["']|(?P<u>[^\s"'#\\]{24,100}))"#,
        back: 7,
        fwd: 200,
        check: Check::AppKey,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "framework_secret_key",
        // Laravel `APP_KEY=base64:…` (32 random bytes).
        // Also Laravel's cached config (`'key' => 'base64:…'` in
        // `bootstrap/cache/config.php`).
        anchors: &["APP_KEY", "'key' => 'base64:"],
        re: r#"(?:APP_KEY\\?["']?\s*[:=]\s*\\?["']?|'key' => ')base64:(?P<v>[A-Za-z0-9+/]{40,88}={0,2})"#,
        fwd: 110,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "registry_auth",
        // `~/.docker/config.json` `"auth": "<base64 user:pass>"`.
        anchors: &["\"auth\""],
        re: r#""auth"\s*:\s*"(?P<v>[A-Za-z0-9+/]{8,}={0,2})""#,
        fwd: 300,
        check: Check::BasicAuth,
        bound: Bound::None,
        ..S
    },
    Def {
        id: "registry_auth",
        // `.npmrc` `_auth = <base64 user:pass>`.
        anchors: &["_auth=", "_auth ="],
        re: r#"_auth\s*=\s*["']?(?P<v>[A-Za-z0-9+/]{8,}={0,2})"#,
        fwd: 200,
        check: Check::BasicAuth,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "npm_token",
        // Legacy npm tokens are UUIDs (which the generic rule rejects); the
        // `_authToken=` key of an `.npmrc` makes them credentials.
        anchors: &["_authToken="],
        re: r"_authToken=(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        fwd: 40,
        check: Check::Entropy(3.0),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "base64_private_key",
        cat: Category::PrivateKey,
        // Base64 of `-----BEGIN ` (kubeconfig `client-key-data`, k8s TLS
        // secrets); certificates share the prefix, the validator decodes.
        anchors: &["LS0tLS1CRUdJTi"],
        re: r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,}={0,2}",
        fwd: 16384,
        check: Check::B64Pem,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "aws_session_token",
        // STS session tokens (`AWS_SESSION_TOKEN`, `"SessionToken"`) are
        // base64 of a binary blob whose first bytes are fixed per token
        // generation, so the base64 starts the same way: `IQoJb3JpZ2luX2Vj`
        // (today's, "\x21\x0a\x09origin_ec"), `FwoGZXIvYXdz` / `FQoGZXIvYXdz`
        // and the older `FQoDYXdz` / `AQoDYXdz`. They run 300–1200+
        // characters, past the generic assignment rule's 256.
        anchors: &[
            "IQoJb3JpZ2luX2Vj",
            "FwoGZXIvYXdz",
            "FQoGZXIvYXdz",
            "FQoDYXdz",
            "AQoDYXdz",
        ],
        re: r"(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|FQoDYXdz|AQoDYXdz)[A-Za-z0-9+/]{100,4096}={0,2}",
        fwd: 4200,
        check: Check::Entropy(4.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "http_basic_auth",
        // A header value on its own, its name in another JSON string: HAR
        // files and Postman collections write headers as
        // `{"name": "Authorization", "value": "Basic …"}`, and each string
        // is a segment. Only at the very start of a segment.
        anchors: &["Basic "],
        re: r"^Basic +(?P<v>[A-Za-z0-9+/]{8,}={0,2})",
        fwd: 300,
        check: Check::BasicAuth,
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "netrc_password",
        // `~/.netrc` (curl, git, pip, Heroku): `machine HOST login USER
        // password PASS`, on one line or several; the keyword is followed
        // by the value after a space, not by an operator.
        anchors: &["machine "],
        // A quote may open each line: a notebook's stream output keeps
        // its lines as JSON strings (`"  password …\n",`).
        re: r#"\bmachine[ \t]+\S+\s+"?\s*(?:login[ \t]+\S+\s+"?\s*)?(?:account[ \t]+\S+\s+"?\s*)?password[ \t]+(?P<v>[^\s\\"]{4,128})"#,
        fwd: 400,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    // `wp-config.php` and other PHP config: `define( 'DB_PASSWORD', '…' );`
    // (the password gates) and the AUTH_KEY/SECURE_AUTH_KEY salts (long
    // random strings of any punctuation).
    php_define!("PASSWORD|PASSWD|PASS", "4", Check::Password),
    php_define!("SECRET|KEY|SALT|TOKEN", "16", Check::AppKey),
    // ---- appended in session 5: provider formats with distinctive prefixes ----
    Def {
        // `ops_` + base64 of the account's JSON sign-in blob.
        id: "onepassword_service_account_token",
        anchors: &["ops_eyJ"],
        re: r"ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3}",
        fwd: 4100,
        check: Check::Decoded(Decoded::OnePasswordSa),
        bound: Bound::Token,
        ..S
    },
    Def {
        // The account Secret Key: `A3-` + 6, 11 (or 6-5), 5, 5, 5.
        id: "onepassword_secret_key",
        anchors: &["A3-"],
        re: r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
        fwd: 40,
        check: Check::Entropy(3.8),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "artifactory_api_key",
        anchors: &["AKCp"],
        re: r"AKCp[A-Za-z0-9]{69}",
        fwd: 70,
        check: Check::Entropy(4.5),
        ..S
    },
    Def {
        // `cmVmdGtu` is base64 of `reftkn`; the validator decodes the rest.
        id: "artifactory_reference_token",
        anchors: &["cmVmdGtu"],
        re: r"cmVmdGtu[A-Za-z0-9+/]{56}",
        fwd: 56,
        check: Check::Decoded(Decoded::JfrogReference),
        bound: Bound::Token,
        ..S
    },
    Def {
        // `<14>.atlasv1.<60-70>`: the anchor is in the middle.
        id: "terraform_cloud_token",
        anchors: &[".atlasv1."],
        re: r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}",
        back: 14,
        fwd: 70,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // User, project analysis and global analysis tokens.
        id: "sonarqube_token",
        anchors: &["squ_", "sqp_", "sqa_"],
        re: r"sq[upa]_[a-f0-9]{40}",
        fwd: 40,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        id: "contentful_pat",
        anchors: &["CFPAT-"],
        re: r"CFPAT-[A-Za-z0-9_-]{43}",
        fwd: 43,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Brevo (formerly Sendinblue) API and SMTP keys.
        id: "brevo_api_key",
        anchors: &["xkeysib-", "xsmtpsib-"],
        re: r"x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}",
        fwd: 82,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Live tokens only, like Stripe's: test tokens reach no real data.
        id: "shippo_api_token",
        anchors: &["shippo_live_"],
        re: r"shippo_live_[a-f0-9]{40}",
        fwd: 40,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        id: "duffel_api_token",
        anchors: &["duffel_live_"],
        re: r"duffel_live_[A-Za-z0-9_=-]{43}",
        fwd: 43,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Production keys (`EZTK` test keys are left alone).
        id: "easypost_api_key",
        anchors: &["EZAK"],
        re: r"EZAK[A-Za-z0-9]{54}",
        fwd: 54,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "prefect_api_key",
        anchors: &["pnu_"],
        re: r"pnu_[A-Za-z0-9]{36}",
        fwd: 36,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "readme_api_key",
        anchors: &["rdme_"],
        re: r"rdme_[a-z0-9]{70}",
        fwd: 70,
        check: Check::Entropy(3.8),
        ..S
    },
    Def {
        // `oc whoami -t`: `sha256~` + 43 base64url characters.
        id: "openshift_user_token",
        anchors: &["sha256~"],
        re: r"sha256~[A-Za-z0-9_-]{43}",
        fwd: 43,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "infracost_api_token",
        anchors: &["ico-"],
        re: r"ico-[A-Za-z0-9]{32}",
        fwd: 32,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        id: "clojars_token",
        anchors: &["CLOJARS_"],
        re: r"CLOJARS_[A-Za-z0-9]{60}",
        fwd: 60,
        check: Check::Entropy(3.5),
        ..S
    },
    Def {
        // The GitLab token types without a rule of their own: CI/CD job,
        // feed, incoming mail, Kubernetes agent, OAuth application secret,
        // SCIM and feature-flag client tokens.
        id: "gitlab_token",
        anchors: &[
            "glcbt-", "glft-", "glimt-", "glagent-", "gloas-", "glsoat-", "glffct-",
        ],
        re: r"glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20,64}|gl(?:ft|soat|ffct)-[0-9A-Za-z_-]{20,64}|glimt-[0-9A-Za-z_-]{25,64}|glagent-[0-9A-Za-z_-]{50,100}|gloas-[0-9A-Za-z_-]{64,100}",
        fwd: 110,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        // `sgp_<instance id>_<40 hex>`, `sgp_local_…` and the older
        // `sgp_<40 hex>`.
        id: "sourcegraph_token",
        anchors: &["sgp_"],
        re: r"sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}",
        fwd: 62,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        id: "buildkite_token",
        anchors: &["bkua_"],
        re: r"bkua_[a-z0-9]{40}",
        fwd: 40,
        check: Check::Entropy(3.5),
        ..S
    },
    Def {
        id: "circleci_token",
        anchors: &["CCIPAT_"],
        re: r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}",
        fwd: 63,
        check: Check::Entropy(3.5),
        ..S
    },
    Def {
        // `v1.0-<24 hex>-<146 hex>`; the anchor is also a version string,
        // the 170 hex digits after it are not.
        id: "cloudflare_origin_ca_key",
        anchors: &["v1.0-"],
        re: r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
        fwd: 171,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        // Item access tokens of the live environments (not `sandbox`).
        id: "plaid_access_token",
        anchors: &["access-production-", "access-development-"],
        re: r"access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        fwd: 36,
        check: Check::Entropy(3.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // The secret half of a Langfuse key pair (`pk-lf-` is public).
        id: "langfuse_secret_key",
        anchors: &["sk-lf-"],
        re: r"sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        fwd: 36,
        check: Check::Entropy(3.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "tavily_api_key",
        anchors: &["tvly-"],
        re: r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{20,40}",
        fwd: 45,
        check: Check::Entropy(3.8),
        bound: Bound::Token,
        ..S
    },
    Def {
        id: "adobe_client_secret",
        anchors: &["p8e-"],
        re: r"p8e-[A-Za-z0-9]{32}",
        fwd: 32,
        check: Check::Entropy(3.5),
        ..S
    },
    // ---- appended in session 6: key material and provider formats a
    // blind evaluation found missing ----
    Def {
        // `wg` / `wg-quick` configs (`[Interface]` `PrivateKey = …`; wg
        // parses the names ignoring case), MikroTik `private-key="…"`,
        // container env (`WIREGUARD_PRIVATE_KEY=`) and JSON exports
        // (`"privateKey": "…"`). The value is base64 of exactly 32 bytes:
        // 43 characters, the last of them carrying 4 bits (`[AEIMQUYcgkosw048]`),
        // then `=`. `PublicKey` has no anchor here.
        id: "wireguard_private_key",
        cat: Category::PrivateKey,
        ci: true,
        anchors: &["privatekey", "private_key", "private-key"],
        re: r#"(?i:private[_-]?key)\\?["']?[ \t]*[:=][ \t]*\\?["']?(?P<v>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)"#,
        fwd: 64,
        check: Check::Decoded(Decoded::Key32),
        bound: Bound::Token,
        ..S
    },
    Def {
        // The optional per-peer symmetric key (`[Peer]` `PresharedKey = …`),
        // same encoding as the private key.
        id: "wireguard_preshared_key",
        ci: true,
        anchors: &[
            "presharedkey",
            "preshared_key",
            "preshared-key",
            "pre_shared_key",
        ],
        re: r#"(?i:pre[_-]?shared[_-]?key)\\?["']?[ \t]*[:=][ \t]*\\?["']?(?P<v>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)"#,
        fwd: 64,
        check: Check::Decoded(Decoded::Key32),
        bound: Bound::Token,
        ..S
    },
    Def {
        // BIP32 / SLIP-132 extended private keys (mainnet `xprv`, `yprv`,
        // `zprv`, multisig `Yprv`, `Zprv`; testnet `tprv`, `uprv`, `vprv`,
        // `Uprv`, `Vprv`): 111 Base58 characters, checked by the
        // Base58Check checksum. `xpub…` (public) has no anchor. The anchors
        // take the fifth character too, which the version and the depth
        // byte fix: these are all the prefixes of depths 0–15 (wallets
        // derive to depth 5), and 5-byte anchors cost the anchor filter
        // two entries each where a 4-byte one costs 129.
        id: "bip32_extended_private_key",
        cat: Category::PrivateKey,
        anchors: &[
            "xprv9", "xprvA", "yprvA", "zprvA", "zprvB", "YprvA", "ZprvA", "ZprvB", "tprv8",
            "tprv9", "uprv8", "uprv9", "vprv9", "Uprv9", "Vprv1",
        ],
        re: r"[xyzYZtuvUV]prv[1-9A-HJ-NP-Za-km-z]{107}",
        fwd: 107,
        check: Check::Decoded(Decoded::Bip32),
        ..S
    },
    Def {
        // A JSON Web Key with its private member: `"d"` (EC/OKP private
        // scalar, RSA private exponent) with `"kty"` in the same object,
        // in either order (sorted exports put `d` first), also with `\"`
        // quotes in raw bodies and `'` in Python dict reprs. A public JWK
        // has no `d`; a `"d"` without `"kty"` is anything.
        id: "jwk_private_key",
        cat: Category::PrivateKey,
        anchors: &["\"kty\"", "kty\\\"", "'kty'"],
        re: r#"\\?["']d\\?["'][ \t]*:[ \t]*\\?["'](?P<v>[A-Za-z0-9_-]{32,2800})\\?["']"#,
        back: 2048,
        fwd: 2048,
        check: Check::Jwk,
        bound: Bound::None,
        ..S
    },
    Def {
        // Firebase Cloud Messaging legacy server key: `AAAA` + 7, `:APA91b`
        // + 134 (a little slack either way). Device registration tokens
        // share the `:APA91b` infix but not the `AAAA` start.
        id: "fcm_server_key",
        anchors: &[":APA91b"],
        re: r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,140}",
        back: 11,
        fwd: 140,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Google OAuth 2.0 refresh token (gcloud ADC files, rclone and
        // gsutil configs): `1//0` + base64url, also URL-encoded in a form
        // body (`refresh_token=1%2F%2F0…`). The token bound refuses a
        // start glued to a word or a path (`v1//0…`, `https://1//0`).
        id: "google_oauth_refresh_token",
        anchors: &["1//0", "1%2F%2F0", "1%2f%2f0"],
        re: r"1(?://|%2[Ff]%2[Ff])0[A-Za-z0-9_-]{40,512}",
        fwd: 512,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // ASP.NET `<machineKey validationKey="…" decryptionKey="…">` in
        // web.config (and the same names as JSON or code keys): hex of the
        // signing key (40–128 digits) and of the encryption key (32–128);
        // `AutoGenerate,IsolateApps` is not hex.
        id: "aspnet_machine_key",
        ci: true,
        anchors: &["validationkey", "decryptionkey"],
        re: r#"(?i:validationKey\\?["']?[ \t]*[:=][ \t]*\\?["'](?P<v>[0-9A-Fa-f]{40,128})|decryptionKey\\?["']?[ \t]*[:=][ \t]*\\?["'](?P<u>[0-9A-Fa-f]{32,128}))\\?["']"#,
        fwd: 140,
        check: Check::Decoded(Decoded::HexKey),
        bound: Bound::None,
        ..S
    },
    // ---- appended in session 7: config shapes a blind evaluation found
    // missing ----
    Def {
        // The key `pass` of INI, YAML and `.properties` files (msmtp,
        // fetchmail, `[smtp]` sections): the whole key at the start of a
        // line, then `=` or `:` and a value on the same line. `pass` in
        // prose and code (`bypass`, `passthrough`, `compass`, Python's
        // `pass` statement) is not a key at a line start before an
        // operator; `pass = True` is too short a value.
        id: "pass_assignment",
        ci: true,
        anchors: &["pass=", "pass =", "pass:", "pass :"],
        re: r#"(?:(?m:^)|\\[nr])[ \t]*\\?["']?(?i:pass)\\?["']?[ \t]*[:=][ \t]*(?:\\?["'](?P<v>[^"'\r\n\\]{4,128})\\?["']|(?P<u>[^\s"'#;,\\][^\s"'\\]{5,127}))"#,
        back: 24,
        fwd: 150,
        check: Check::Password,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Azure DevOps personal access token (52 characters of lower-case
        // base32) under the names the az CLI, pipelines and scripts give
        // it. A token of this shape is only a PAT where the context says so.
        id: "azure_devops_pat",
        ci: true,
        anchors: &[
            "azure_devops_ext_pat",
            "azure_devops_pat",
            "ado_pat",
            "system_accesstoken",
        ],
        re: r#"(?i:azure_devops(?:_ext)?_pat|ado_pat|system_accesstoken)\\?["']?\]?[ \t]*(?::|=|:=|=>)[ \t]*\\?["']?(?P<v>[a-z2-7]{52})"#,
        fwd: 90,
        check: Check::Entropy(3.8),
        conf: Confidence::High,
        ..S
    },
    Def {
        // The same token as the userinfo of a git remote on Azure DevOps
        // (`https://user:TOKEN@dev.azure.com/…`,
        // `https://TOKEN@org.visualstudio.com/…`).
        id: "azure_devops_pat",
        anchors: &["@dev.azure.com", ".visualstudio.com"],
        re: r"(?P<v>[a-z2-7]{52})@(?:dev\.azure\.com|[A-Za-z0-9-]{1,64}\.visualstudio\.com)",
        back: 120,
        fwd: 20,
        check: Check::Entropy(3.8),
        conf: Confidence::High,
        ..S
    },
    Def {
        // `~/.pgpass` (libpq's password file) lines
        // `host:port:database:user:password`: five fields, a port (or `*`)
        // second, the password last on its line. The anchors are the
        // usual PostgreSQL and PgBouncer ports and the `*` wildcard. `\:`
        // is a colon inside a field; an IPv6 host is bracketed
        // (`[2001:db8::17]`) or has its colons escaped (`2001\:db8\:\:17`).
        id: "pgpass_password",
        anchors: &[":5432:", ":5433:", ":6432:", ":*:"],
        re: r"(?:(?m:^)|\\n)(?:(?:[A-Za-z0-9._-]|\\:){1,253}|\*|\[[0-9A-Fa-f:.\\]{2,64}\]):(?:[0-9]{2,5}|\*):(?:[^:\s\\]|\\[:\\]){1,64}:(?:[^:\s\\]|\\[:\\]){1,64}:(?P<u>(?:[^:\s\\]|\\[:\\]){4,128})(?:\r|\\[rn]|(?m:$))",
        back: 260,
        fwd: 260,
        check: Check::Password,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    // ---- appended in session 7: formats a blind evaluation (holdout
    // round 4) found missing ----
    Def {
        // Fly.io macaroon tokens: `FlyV1 fm2_…` (deploy and org tokens are
        // several `fm2_` macaroons joined by commas; the `FlyV1 ` scheme is
        // part of what `FLY_API_TOKEN` holds). `fo1_` has its own rule.
        id: "fly_io_token",
        anchors: &["fm2_"],
        re: r"(?:FlyV1 )?fm2_[A-Za-z0-9+/_-]{60,4000}={0,2}(?:,fm2_[A-Za-z0-9+/_-]{20,4000}={0,2})*",
        back: 6,
        fwd: 8200,
        check: Check::Entropy(4.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Okta API token: the `SSWS` authorization scheme is Okta's alone.
        id: "okta_api_token",
        anchors: &["SSWS "],
        re: r"SSWS +(?P<v>[A-Za-z0-9_-]{40,44})",
        fwd: 50,
        check: Check::Entropy(3.8),
        bound: Bound::Token,
        ..S
    },
    Def {
        // New Relic ingest license key: 36 hex + `NRAL` (the anchor is
        // at the end).
        id: "newrelic_license_key",
        anchors: &["NRAL"],
        re: r"[a-f0-9]{36}NRAL",
        back: 36,
        fwd: 0,
        check: Check::Entropy(3.0),
        ..S
    },
    Def {
        // Mailgun's current key form `<32 hex>-<8 hex>-<8 hex>` has no
        // prefix: it needs the word Mailgun near it (`MAILGUN_API_KEY=`,
        // `MailgunKey:` in a struct dump, `api:` under `mailgun`).
        id: "mailgun_api_key",
        ci: true,
        anchors: &["mailgun"],
        re: r"(?P<v>\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b",
        back: 0,
        fwd: 200,
        check: Check::Entropy(3.2),
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Cloudflare tunnel token (`cloudflared tunnel run --token …`,
        // `TUNNEL_TOKEN=`): base64 of `{"a":"<account>","t":"<tunnel
        // id>","s":"<secret>"}`. `eyJhIjoi` is `{"a":"`: JWTs start
        // `eyJhbGci` (`{"alg"`).
        id: "cloudflare_tunnel_token",
        anchors: &["eyJhIjoi"],
        re: r"eyJhIjoi[A-Za-z0-9+/_-]{60,400}={0,2}",
        fwd: 400,
        check: Check::Decoded(Decoded::CfTunnel),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Google Cloud Storage HMAC key access id of a service account:
        // `GOOG1E` + 55 upper-case base32-ish characters (61 in all). The
        // id names the key like an AWS `AKIA` id; its secret is 40 base64
        // characters next to it (the assignment rules find that).
        id: "gcs_hmac_access_id",
        anchors: &["GOOG1E"],
        re: r"GOOG1E[A-Z0-9]{55}",
        fwd: 55,
        check: Check::Entropy(3.5),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // PagerDuty Events API v2 routing key / v1 integration (service)
        // key: 32 hex under a name saying so. Hex alone is a digest.
        id: "pagerduty_integration_key",
        ci: true,
        anchors: &[
            "routing_key",
            "routing-key",
            "routingkey",
            "integration_key",
            "integration-key",
            "integrationkey",
            "pagerduty",
        ],
        re: r#"(?i:routing[_-]?key|integration[_-]?key|pagerduty[A-Za-z0-9_.-]{0,30}?(?:key|token))[A-Za-z0-9_]{0,20}\\?["'`]?\]?\s*(?:[:=]|:=|=>)\s*\\?["'`]?(?P<v>[a-f0-9]{32})\b"#,
        back: 12,
        fwd: 120,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Weights & Biases API key (40 hex) given to `wandb.login(key=…)`
        // or set as `WANDB_API_KEY`, also in a notebook cell's source
        // (JSON in JSON: `key=\"…\"`).
        id: "wandb_api_key",
        anchors: &["wandb.login(", "WANDB_API_KEY"],
        re: r#"wandb\.login\([^)\n]{0,80}?\bkey\s*=\s*\\*["'](?P<v>[a-f0-9]{40})\\*["']|\bWANDB_API_KEY\\?["'`]?\s*(?:[:=]|=>)\s*\\?["'`]?(?P<u>[a-f0-9]{40})\b"#,
        fwd: 160,
        check: Check::Entropy(3.2),
        bound: Bound::None,
        ..S
    },
    Def {
        // Cohere API key (40 alphanumerics) as the first argument of the
        // client (`cohere.Client("…")`, `cohere.ClientV2(api_key="…")`)
        // or in `CO_API_KEY` / `COHERE_API_KEY`.
        id: "cohere_api_key",
        anchors: &[
            "cohere.Client",
            "cohere.AsyncClient",
            "CO_API_KEY",
            "COHERE_API_KEY",
        ],
        re: r#"cohere\.(?:Async)?Client(?:V2)?\(\s*(?:api_key\s*=\s*)?\\*["'](?P<v>[A-Za-z0-9]{40})\\*["']|\b(?:CO|COHERE)_API_KEY\\?["'`]?\s*(?:[:=]|=>)\s*\\?["'`]?(?P<u>[A-Za-z0-9]{40})\b"#,
        fwd: 120,
        check: Check::Entropy(4.0),
        bound: Bound::None,
        ..S
    },
    Def {
        // Braintree private key (32 hex) under a `PrivateKey` /
        // `private_key` name in Braintree context (`Braintree:PrivateKey =`,
        // `BRAINTREE_PRIVATE_KEY=`, `Braintree::Configuration.private_key
        // =`, a `braintree:` YAML section).
        id: "braintree_private_key",
        ci: true,
        anchors: &["braintree"],
        re: r#"(?i:private[_-]?key)\\?["'`]?\]?\s*(?:[:=]|=>)\s*\\?["'`]?(?P<v>[a-f0-9]{32})\b"#,
        fwd: 400,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        ..S
    },
    Def {
        // SMTP `AUTH PLAIN <base64 of \0user\0password>` in a session
        // transcript (swaks, `openssl s_client`, mail server logs).
        id: "smtp_auth_credentials",
        anchors: &["AUTH PLAIN "],
        re: r"AUTH PLAIN +(?P<v>[A-Za-z0-9+/]{8,400}={0,2})",
        fwd: 410,
        check: Check::Decoded(Decoded::SmtpPlain),
        bound: Bound::Token,
        ..S
    },
    Def {
        // SMTP `AUTH LOGIN`: the client's line after the server's
        // `334 UGFzc3dvcmQ6` (base64 of `Password:`) is the password.
        id: "smtp_auth_credentials",
        anchors: &["334 UGFzc3dvcmQ6"],
        re: r"334 UGFzc3dvcmQ6[ \t]*(?:\r?\n|\\r?\\n)[ \t>-]{0,8}(?P<v>[A-Za-z0-9+/]{4,400}={0,2})",
        fwd: 420,
        check: Check::Decoded(Decoded::SmtpLogin),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Redis `AUTH` with its password: in `MONITOR` output (`"AUTH"
        // "pw"`, `"HELLO" "3" "AUTH" "user" "pw"`, arguments quoted) and
        // typed at a `redis-cli` prompt (`127.0.0.1:6379> AUTH pw`).
        id: "cli_password",
        anchors: &["\"AUTH\" \"", "> AUTH "],
        re: r#""AUTH" (?:"[^"\\\r\n]{1,64}" )?"(?P<v>[^"\\\r\n]{4,128})"|> AUTH +(?:[^\s"'\\]{1,64} +)?(?P<u>[^\s"'\\]{4,128})[ \t]*(?:\r?\n|\\r?\\n|$)"#,
        fwd: 300,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // OpenVPN static key (`--secret`, `tls-auth`, `tls-crypt`): 2048
        // bits as 16 lines of hex between armour lines.
        id: "openvpn_static_key",
        anchors: &["-----BEGIN OpenVPN Static key V1-----"],
        re: r"-----BEGIN OpenVPN Static key V1-----(?:[0-9a-fA-F \t\r\n>|]|\\[rn])+(?:-----END OpenVPN Static key V1-----)?",
        fwd: 1400,
        check: Check::Decoded(Decoded::OvpnStatic),
        bound: Bound::None,
        ..S
    },
    Def {
        // .NET `RSA.ToXmlString(true)`: `<RSAKeyValue>` with the private
        // members `<P>`, `<Q>`, `<D>` (a public key has only `<Modulus>`
        // and `<Exponent>`), raw or entity-escaped in an XML attribute.
        id: "xml_rsa_private_key",
        cat: Category::PrivateKey,
        anchors: &["<RSAKeyValue>", "&lt;RSAKeyValue&gt;"],
        re: r"(?:<|&lt;)RSAKeyValue(?:>|&gt;)[A-Za-z0-9+/=<>&;\s\\]{0,12000}?(?:<|&lt;)/RSAKeyValue(?:>|&gt;)",
        fwd: 12100,
        check: Check::Decoded(Decoded::RsaKeyValue),
        bound: Bound::None,
        ..S
    },
    // Holdout round 5's providers.
    Def {
        // Airtable personal access token: `pat`, 14 alphanumerics, `.`,
        // 64 hex; `pat` alone is in `path` and `pattern`, so the name
        // `airtable` opens the window.
        id: "airtable_pat",
        ci: true,
        anchors: &["airtable"],
        re: r"\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b",
        fwd: 200,
        check: Check::Entropy(3.5),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Asana personal access token: `2/<user gid>/<token gid>:<32 hex>`
        // (and the legacy `0/<32 hex>`), after the name `asana`.
        id: "asana_pat",
        ci: true,
        anchors: &["asana"],
        re: r"\b(?:[12]/[0-9]{10,20}/[0-9]{10,20}:[a-f0-9]{32}|0/[a-f0-9]{32})\b",
        fwd: 200,
        check: Check::Entropy(3.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Dropbox short-lived access token: `sl.` (or `sl.u.`) and 130+
        // URL-safe characters.
        id: "dropbox_access_token",
        anchors: &["sl."],
        re: r"sl\.(?:u\.)?[A-Za-z0-9_\-]{130,1400}",
        fwd: 1410,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    }, // Holdout round 4 and 5 misses.
    Def {
        // The 84-character Azure DevOps PAT (2024 format): 76
        // alphanumerics, the signature `AZDO`, 4 more. The signature makes
        // it findable without a name (`echo … | az devops login`).
        id: "azure_devops_pat",
        anchors: &["AZDO"],
        re: r"[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}",
        back: 76,
        fwd: 4,
        check: Check::Entropy(4.0),
        ..S
    },
    Def {
        // Base64 of a Docker config with credentials: a Kubernetes
        // `.dockerconfigjson` secret value (`kubectl get secret -o yaml`),
        // `DOCKER_AUTH_CONFIG` in CI. `eyJhdXRocyI` is `{"auths"`,
        // `ewogICJhdXRocyI` its pretty-printed form.
        id: "registry_auth",
        anchors: &["eyJhdXRocyI", "ewogICJhdXRocyI"],
        re: r"(?:eyJhdXRocyI|ewogICJhdXRocyI)[A-Za-z0-9+/]{16,8000}={0,2}",
        fwd: 8200,
        check: Check::Decoded(Decoded::DockerConfig),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Base64 of a JWT: a Kubernetes service-account token under a
        // secret's `data:` (`token: ZXlKaGJHY2lPaU…`). `ZXlKaGJHY2lPa` is
        // `eyJhbGciOi` (`{"alg":`), `ZXlKMGVYQWlPa` is `eyJ0eXAiOi`
        // (`{"typ":`).
        id: "jwt",
        anchors: &["ZXlKaGJHY2lPa", "ZXlKMGVYQWlPa"],
        re: r"ZXlK(?:aGJHY2lPa|MGVYQWlPa)[A-Za-z0-9+/]{60,8000}={0,2}",
        fwd: 8200,
        check: Check::Decoded(Decoded::B64Jwt),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Algolia API key (32 hex) as the second argument of the client
        // (`algoliasearch('APPID', '…')`, `SearchClient.create(…)`) or under
        // an `ALGOLIA_…_KEY` name. Search-only keys look the same; they
        // are reported too (an admin key cannot be told apart).
        id: "algolia_api_key",
        ci: true,
        anchors: &["algoliasearch(", "searchclient.create(", "algolia_"],
        re: r#"(?:(?i:algoliasearch|SearchClient\.create)\(\s*\\?["'][A-Za-z0-9]{10}\\?["']\s*,\s*\\?["'](?P<v>[a-f0-9]{32})\\?["']|(?i:algolia_[a-z_]{0,20}key)\\?["'`]?\s*(?:[:=]|=>)\s*\\?["'`]?(?P<u>[a-f0-9]{32})\b)"#,
        fwd: 120,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A password set in SQL: MySQL `IDENTIFIED BY '…'` (also `…
        // IDENTIFIED WITH plugin BY '…'`) and PostgreSQL `… PASSWORD '…'`
        // (`CREATE ROLE`, `ALTER USER … WITH PASSWORD`). Hashes in those
        // places (`md5…`, `SCRAM-SHA-256$…`, `*` + hex) are refused by the
        // check's shape tests.
        id: "sql_password",
        ci: true,
        anchors: &["identified by", "identified with", "password '"],
        re: r"(?i:identified\s+(?:with\s+[a-z0-9_]+\s+)?by(?:\s+password)?|\bpassword)\s+'(?P<v>[^'\s\\]{4,128})'",
        fwd: 160,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A Zapier "Catch Hook" URL: whoever has it can trigger the Zap.
        id: "zapier_webhook_url",
        anchors: &["hooks.zapier.com/hooks/catch/"],
        re: r"hooks\.zapier\.com/hooks/catch/[0-9]{5,12}/[a-z0-9]{5,12}/?",
        fwd: 40,
        bound: Bound::None,
        ..S
    },
    Def {
        // A Facebook / Meta Graph API access token: `EAA` and 90+
        // alphanumerics.
        id: "facebook_access_token",
        anchors: &["EAA"],
        re: r"EAA[A-Za-z0-9]{90,400}",
        fwd: 400,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    // ---- appended in session 11: formats holdout rounds 9 and 10 found
    // missing ----
    Def {
        // `~/.kaggle/kaggle.json` is `{"username":"…","key":"…"}`; the
        // CLI also reads `KAGGLE_KEY`. The key is 32 hex digits.
        id: "kaggle_api_key",
        ci: true,
        anchors: &["\"username\"", "kaggle_key"],
        re: r#""username"\s*:\s*"[^"\\\n]{1,64}"\s*,\s*"key"\s*:\s*"(?P<v>[0-9a-f]{32})"|"key"\s*:\s*"(?P<x>[0-9a-f]{32})"\s*,\s*"username"|(?i:kaggle_key)["']?\s*[:=]\s*["']?(?P<u>[0-9a-f]{32})"#,
        back: 48,
        fwd: 120,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // `- name: DB_PASSWORD` / `value: "…"` (Kubernetes `env`), `{"name":
        // "API_SECRET", "value": "…"}` (ECS, SSM), `{"key": "…", "value":
        // "…"}` (GitLab's variables API): the name and the value are two
        // fields, which the assignment rules cannot pair.
        id: "name_value_secret",
        ci: true,
        anchors: &[
            "password",
            "passwd",
            "secret",
            "token",
            "api_key",
            "apikey",
            "access_key",
            "private_key",
            "_key",
        ],
        re: r#"(?i:password|passwd|secret|token|api_?key|access_key|private_key|_key)(?P<k>[A-Za-z0-9_.-]{0,30})\\?["']?[ \t]*,?\s*(?:-[ \t]*)?\\?["']?(?i:value)\\?["']?[ \t]*[:=][ \t]*(?:\\?["'](?P<v>(?:[^"'\r\n\\]|\\[^"'\r\n]){4,256})\\?["']|(?P<u>[^\s"'#,{}\[\]\\][^\s"',{}\[\]\\]{3,255}))"#,
        back: 0,
        fwd: 400,
        check: Check::NameValue,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "sg_nric",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::SG_NRIC_WORDS,
        re: r"[STFG][0-9]{7}[A-Z]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::SgNric),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "id_nik",
        cat: Category::Pii,
        ci: true,
        // The short keywords with what follows them (a bare 3-byte
        // anchor costs the anchor filter on every text).
        anchors: &[
            "nik:",
            "nik ",
            "nik\"",
            "nik'",
            "nik,",
            "nik=",
            "nik\t",
            "nik|",
            "nik_",
            "nik\n",
            "nik.",
            "ktp:",
            "ktp ",
            "ktp\"",
            "ktp'",
            "ktp,",
            "ktp=",
            "ktp\t",
            "ktp|",
            "ktp_",
            "ktp\n",
            "ktp.",
            "no. ktp",
            "no ktp",
            "nomor ktp",
            "e-ktp",
            "nomor induk kependudukan",
        ],
        re: r"[1-9][0-9]{15}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::IdNik),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A person's RFC (13 characters); a company's (12) is public.
        id: "mx_rfc",
        cat: Category::Pii,
        ci: true,
        // The short keywords with what follows them (a bare 3-byte
        // anchor costs the anchor filter on every text).
        anchors: &[
            "rfc:",
            "rfc ",
            "rfc\"",
            "rfc'",
            "rfc,",
            "rfc=",
            "rfc\t",
            "rfc|",
            "rfc_",
            "rfc\n",
            "rfc.",
            "r.f.c",
            "registro federal de contribuyentes",
        ],
        re: r"[A-Z]{4}[0-9]{6}[A-Z0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::MxRfc),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "au_medicare_number",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::AU_MEDICARE_WORDS,
        re: r"[2-6][0-9]{3} ?[0-9]{5} ?[0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::AuMedicare),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // `vault operator init`: `Unseal Key 1: …` (base64 of a Shamir
        // share, 33 bytes) and `Recovery Key 1: …`, or its JSON output
        // (`"unseal_keys_b64": ["…", …]`): any threshold of them opens
        // the vault.
        id: "vault_unseal_key",
        ci: true,
        anchors: &[
            "unseal key",
            "recovery key",
            "unseal_keys_b64",
            "recovery_keys_b64",
        ],
        re: r#"(?i:unseal|recovery) Key [0-9]{1,2}:[ \t]*(?P<v>[A-Za-z0-9+/]{43}[A-Za-z0-9+/=])|(?:"(?:unseal|recovery)_keys_b64"\s*:\s*\[|",)\s*"(?P<u>[A-Za-z0-9+/]{43}[A-Za-z0-9+/=])"#,
        back: 1,
        fwd: 700,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // Consul's gossip encryption key: `encrypt = "…"` (HCL), `"encrypt":
        // "…"` (JSON), `-encrypt=…`: base64 of 32 random bytes.
        id: "consul_gossip_key",
        anchors: &["encrypt"],
        re: r#"\bencrypt"?\s*[:=]\s*"?(?P<v>[A-Za-z0-9+/]{43}=)"#,
        fwd: 60,
        check: Check::Decoded(Decoded::Key32),
        bound: Bound::None,
        ..S
    },
    Def {
        // An ACL token's secret as the Nomad and Consul CLIs print it
        // (`Secret ID    = …`, `SecretID:  …`); the accessor id beside it
        // is an identifier.
        id: "acl_token_secret_id",
        ci: true,
        anchors: &["secret id", "secretid"],
        re: r"(?i:secret ?id)[ \t]*[=:][ \t]*(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        fwd: 60,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Consul's ACL tokens in the agent config: `tokens { agent = "…" }`
        // (HCL) or `"tokens": {"agent": "…"}`; each member of the block is
        // a token's secret.
        id: "acl_token_secret_id",
        anchors: &["tokens {", "tokens = {", "\"tokens\": {", "\"tokens\":{"],
        // (A file viewer's line numbers may open each line: `10→`.)
        re: r#"(?:tokens"?\s*[:=]?\s*\{|",?)\s*(?:[0-9]{1,6}(?:\xE2\x86\x92|\t))?\s*"?(?:initial_management|master|agent|agent_recovery|agent_master|default|replication|dns|config_file_service_registration)"?\s*[:=]\s*"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"#,
        fwd: 500,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Go's MySQL driver DSN, `user:pass@tcp(host:3306)/db` (no scheme,
        // so `database_url_password` cannot see it).
        id: "database_url_password",
        anchors: &["@tcp(", "@unix("],
        re: r#"[A-Za-z0-9_.-]{1,32}:(?P<v>[^\s:@/"'`]{3,128})@(?:tcp|unix)\("#,
        back: 170,
        fwd: 8,
        check: Check::Cli,
        bound: Bound::None,
        ..S
    },
    Def {
        // The Erlang cookie that lets nodes of a RabbitMQ cluster (and
        // anyone holding it) run code on each other: Helm's
        // `erlangCookie`, `RABBITMQ_ERLANG_COOKIE`.
        id: "erlang_cookie",
        ci: true,
        // Elixir releases read theirs from `RELEASE_COOKIE`.
        anchors: &[
            "erlangcookie",
            "erlang_cookie",
            "erlang.cookie",
            "release_cookie",
        ],
        re: r#"(?i:erlang[_.]?cookie|release_cookie)\\?["']?\s*[:=]\s*\\?["']?(?P<v>[A-Za-z0-9]{16,255})"#,
        fwd: 280,
        check: Check::Entropy(3.0),
        bound: Bound::Token,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Postfix `sasl_passwd`: `[relay]:587 user:password` per line.
        id: "postfix_sasl_password",
        anchors: &[
            "]:587 ", "]:465 ", "]:25 ", "]:2525 ", "]:587\t", "]:465\t", "]:25\t",
        ],
        re: r"\[[A-Za-z0-9.-]{1,128}\]:[0-9]{2,5}[ \t]+[^\s:]{1,128}:(?P<v>\S{4,128})",
        back: 130,
        fwd: 270,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Confluent clients' `basic.auth.user.info` (Schema Registry):
        // `KEY:SECRET`.
        id: "basic_auth_user_info",
        ci: true,
        anchors: &["basic.auth.user.info"],
        re: r#"basic\.auth\.user\.info\\?["']?\s*[:=]\s*\\?["']?[^\s:"'$]{1,64}:(?P<v>[^\s"'\\]{8,128})"#,
        fwd: 220,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A credential literal in C, Go or Rust: `char jwt_secret[] = "…"`,
        // `signingKey = []byte("…")`, `JWT_SECRET: &[u8] = b"…"`.
        id: "code_secret_literal",
        anchors: &["[] = \"", "[]=\"", "[]byte(\"", "[u8] = b\"", "[u8]=b\""],
        re: r#"(?P<n>[A-Za-z_][A-Za-z0-9_]{0,63})(?:\[\][ \t]*=[ \t]*"|[ \t]*:?=[ \t]*\[\]byte\("|[ \t]*:[ \t]*&(?:'static[ \t]+)?\[u8\][ \t]*=[ \t]*b")(?P<v>[^"\\\r\n]{8,256})""#,
        back: 80,
        fwd: 270,
        check: Check::Literal,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A BMC password on an `ipmitool` command line (`-P pass`).
        id: "cli_password",
        // Also Mosquitto's clients (`mosquitto_pub … -P '…'`).
        anchors: &["ipmitool ", "mosquitto_pub ", "mosquitto_sub "],
        re: r#"\b(?:ipmitool|mosquitto_(?:pub|sub))(?:\s[^\n|;&]{0,200}?)?\s-P\s+\\?["']?(?P<v>[^\s"'`;|&<>\\]{3,128})"#,
        fwd: 260,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Cisco IOS: a type 7 password or key (`password 7 0822455D0A16`,
        // `key 7 …`: a reversible encoding, so the password itself) and an
        // SNMP community with write or read access.
        id: "cisco_password",
        anchors: &["password 7 ", "key 7 ", "snmp-server community "],
        re: r"\b(?:password|key) 7 (?P<v>[01][0-9](?:[0-9A-F]{2}){4,})\b|\bsnmp-server community (?P<u>\S{4,64}) (?:RO|RW)\b",
        fwd: 120,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Net-SNMP `createUser NAME SHA "authpass" AES "privpass"`.
        id: "snmpv3_password",
        anchors: &["createUser "],
        re: r#"\bcreateUser\s+\S+\s+(?:MD5|SHA(?:-?[0-9]{3})?)\s+"?(?P<v>[^\s"]{8,128})"?|"?[ \t]+(?:DES|AES(?:-?[0-9]{3})?)[ \t]+"?(?P<u>[^\s"]{8,128})"#,
        fwd: 260,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // strongSwan `ipsec.secrets`: `left right : PSK "…"` (also `EAP`,
        // `XAUTH`).
        id: "ipsec_psk",
        anchors: &[": PSK ", ": EAP ", ": XAUTH "],
        re: r#":[ \t]*(?:PSK|EAP|XAUTH)[ \t]+"(?P<v>[^"\r\n]{4,128})""#,
        fwd: 140,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // An NT hash in a `secretsdump` / pwdump line, `user:rid:LM:NT:::`
        // with the empty LM hash every modern dump carries: it logs on as
        // the user (pass-the-hash).
        id: "ntlm_hash",
        anchors: &["aad3b435b51404eeaad3b435b51404ee:"],
        re: r"aad3b435b51404eeaad3b435b51404ee:(?P<v>[0-9a-f]{32}):::",
        fwd: 40,
        check: Check::Entropy(3.0),
        bound: Bound::None,
        ..S
    },
    Def {
        // signify and minisign secret keys without a passphrase, after
        // their `untrusted comment:` line.
        id: "signify_secret_key",
        cat: Category::PrivateKey,
        ci: true,
        anchors: &["signify secret key", "minisign secret key"],
        re: r"(?:signify|minisign) secret key[ \t]*(?:\r?\n|\\r?\\n)(?P<v>[A-Za-z0-9+/]{100,300}={0,2})",
        fwd: 320,
        check: Check::Decoded(Decoded::SignifyKey),
        bound: Bound::None,
        ..S
    },
    Def {
        // A Kerberos keytab as base64 (a Kubernetes Secret's
        // `krb5.keytab:`, `KEYTAB_B64=`): long-term keys of a principal.
        id: "kerberos_keytab",
        ci: true,
        anchors: &["keytab"],
        re: r#"keytab(?:_b64|_base64)?["']?\s*[:=]\s*\|?\s*["']?(?P<v>BQ[IJKL][A-Za-z0-9+/]{60,}={0,2})"#,
        fwd: 4096,
        check: Check::Decoded(Decoded::Keytab),
        bound: Bound::None,
        ..S
    },
    Def {
        // A passport number after its label (`Passport No.: U5234988`,
        // `passport number 523069223`): no checksum, so only there.
        id: "passport_number",
        cat: Category::Pii,
        ci: true,
        anchors: &["passport"],
        re: r"(?i:passport(?:[ _-]?(?:no\.?|number|num|nr\.?|#|id))?)[ \t]*[:=]?[ \t]*(?P<v>[A-Z]{0,2}[0-9]{6,9})\b",
        fwd: 50,
        check: Check::Plain,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A credential export: `serial,dtls_psk_hex,provisioned`,
        // `username,password,role` with the values in the rows below.
        id: "secret_column",
        ci: true,
        anchors: &[
            "password", "passwd", "secret", "token", "api_key", "apikey", "_psk", "psk_",
        ],
        check: Check::SecretColumn,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A Salesforce session id / OAuth access token: the org id (`00D`
        // + 12 or 15 characters), `!`, then the session part (`AQ…`), as
        // `sfdx force:org:display` and the auth files show it.
        id: "salesforce_access_token",
        anchors: &["!AQ"],
        re: r"00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?!AQ[A-Za-z0-9._]{60,}",
        back: 19,
        fwd: 200,
        check: Check::Entropy(4.0),
        bound: Bound::Token,
        ..S
    },
    Def {
        // OpenSSL's `-passin` / `-passout pass:…` and keytool's
        // `-storepass`, `-keypass` (also `-dest…`, `-src…`, `-new`).
        id: "cli_password",
        anchors: &["pass:", "storepass", "keypass"],
        re: r#"-pass(?:in|out|word)?\s+\\?["']?pass:(?P<v>[^\s"'`;|&<>\\]{3,128})|-(?:dest|src|new)?(?:store|key)pass\s+\\?["']?(?P<u>[^\s"'`;|&<>\\-][^\s"'`;|&<>\\]{2,127})"#,
        back: 12,
        fwd: 140,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    // ---- appended in session 12 ----
    Def {
        // `imgtool getpriv`, mbedTLS and firmware key headers: a private
        // key's DER as a C array. Anchored on the version INTEGER after
        // the outer SEQUENCE (public keys and certificates have none, or
        // version 2).
        id: "der_private_key_array",
        cat: Category::PrivateKey,
        ci: true,
        anchors: &[
            "0x02, 0x01, 0x00,",
            "0x02,0x01,0x00,",
            "0x02, 0x01, 0x01, 0x04,",
            "0x02,0x01,0x01,0x04,",
        ],
        re: r"(?i)\{\s*(?P<v>0x30,\s*0x[0-9a-f]{2},(?:\s*0x[0-9a-f]{2},){0,2}\s*0x02,\s*0x01,\s*0x0[01],(?:\s*0x[0-9a-f]{2}\s*,?){40,4096})",
        back: 40,
        fwd: 30000,
        check: Check::Decoded(Decoded::DerArray),
        bound: Bound::None,
        conf: Confidence::High,
    },
    Def {
        // `{\n  "type": "service_account",` in base64: the whole key file,
        // as Terraform state keeps it.
        id: "gcp_service_account",
        anchors: &["ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs"],
        re: r"ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs[A-Za-z0-9+/]{200,8000}={0,2}",
        fwd: 8100,
        check: Check::Decoded(Decoded::SaJsonB64),
        bound: Bound::Token,
        ..S
    },
    Def {
        // LoRaWAN root keys (TTN's `"app_key": {"key": "…"}`, ChirpStack's
        // `"nwkKey": "…"`): 16 bytes in hex, with LoRaWAN named nearby
        // (`appKey` alone is many SDKs' app id).
        id: "lorawan_root_key",
        ci: true,
        anchors: &["app_key", "appkey", "nwk_key", "nwkkey"],
        re: r#"(?i:app_?key|nwk_?key)\\?["']?\s*[:=]\s*(?:\{\s*\\?"key\\?"\s*:\s*)?\\?["']?(?P<v>[0-9A-Fa-f]{32})\b"#,
        fwd: 120,
        check: Check::LoRaWan,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // LMIC's `static const u1_t PROGMEM APPKEY[16] = { 0x4A, … }`.
        id: "lorawan_root_key",
        ci: true,
        anchors: &["appkey[", "app_key[", "nwkkey[", "nwk_key["],
        re: r"(?i:app_?key|nwk_?key)\[\s*(?:16)?\s*\]\s*=\s*\{\s*(?P<v>(?:0x[0-9a-fA-F]{2}\s*,\s*){15}0x[0-9a-fA-F]{2})",
        fwd: 160,
        check: Check::LoRaWan,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Secrets an infrastructure tool holds in clear: Terraform state's
        // `random_password` `"result"`, Pulumi's `--show-secrets` export
        // (`"plaintext"` beside its secret signature key), CDK's
        // `SecretValue.unsafePlainText('…')`.
        id: "iac_plaintext_secret",
        anchors: &[
            "\"random_password\"",
            "\"4dabf18193072939515e22adb298388d\"",
            "unsafePlainText(",
            "SecretValue.plainText(",
        ],
        re: r#""random_password"[^\n]{0,400}?(?:\n[^\n]*?){0,30}?"result"\s*:\s*"(?P<v>[^"\\]{8,256})"|"plaintext"\s*:\s*"\\"(?P<u>[^"\\]{4,256})\\""|(?:unsafePlainText|SecretValue\.plainText)\(\s*["'`](?P<x>[^"'`\n]{4,256})["'`]\s*\)"#,
        back: 200,
        fwd: 3000,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A CLI's name/value table (`wp config list`, Doppler's `│ NAME │
        // VALUE │`): an upper-case credential name in one cell, its value
        // in the next, checked like `code_secret_literal`'s.
        id: "secret_table_row",
        anchors: &["PASSWORD", "SECRET", "TOKEN", "_KEY"],
        re: r"(?:\||\xE2\x94\x82)[ \t]*(?P<n>[A-Z][A-Z0-9_]{0,40}(?:PASSWORD|SECRET|TOKEN|_KEY)[A-Z0-9_]{0,20})[ \t]*(?:\||\xE2\x94\x82)[ \t]*(?P<v>[^ \t\n|][^\n]{6,254}?[^ \t\n])[ \t]*(?:\||\xE2\x94\x82)",
        back: 70,
        fwd: 300,
        check: Check::Literal,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Play's application secret in HOCON (`play.http.secret.key = "…"`;
        // `play.crypto.secret` before 2.6).
        id: "framework_secret_key",
        anchors: &["play.http.secret.key", "play.crypto.secret"],
        re: r#"play\.(?:http\.secret\.key|crypto\.secret)\s*[:=]\s*\\?"(?P<v>[^"\s\\$]{16,256})\\?""#,
        fwd: 300,
        check: Check::Entropy(3.5),
        bound: Bound::None,
        ..S
    },
    // National ids of rounds 13 and 14 (session 12).
    Def {
        id: "at_svnr",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::AT_SVNR_WORDS,
        re: r"[1-9][0-9]{3} ?[0-9]{6}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::AtSvnr),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "lv_personas_kods",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::LV_PK_WORDS,
        re: r"[0-3][0-9][01][0-9]{3}-?[0-9]{5}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::LvPk),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "ae_emirates_id",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::AE_EID_WORDS,
        re: r"784-?[0-9]{4}-?[0-9]{7}-?[0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::AeEid),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "sa_national_id",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::SA_NID_WORDS,
        re: r"[12][0-9]{9}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::SaNid),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "eg_national_id",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::EG_NID_WORDS,
        re: r"[23][0-9]{13}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::EgNid),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "tw_national_id",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::TW_NID_WORDS,
        re: r"[A-Z][12][0-9]{8}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::TwNid),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "hk_hkid",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::HK_ID_WORDS,
        re: r"[A-Z]{1,2}[0-9]{6}(?:\([0-9A]\)|[0-9A])",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::HkId),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "gr_afm",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::GR_AFM_WORDS,
        re: r"[0-9]{9}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::GrAfm),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "hu_taj",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::HU_TAJ_WORDS,
        re: r"[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::HuTaj),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "hu_tax_id",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::HU_TAX_WORDS,
        re: r"8[0-9]{9}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::HuTax),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "lu_matricule",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::LU_MATRICULE_WORDS,
        re: r"(?:19|20)[0-9]{11}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::LuMatricule),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "pk_cnic",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::PK_CNIC_WORDS,
        re: r"[1-7][0-9]{4}-?[0-9]{7}-?[0-9]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::PkCnic),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "lk_nic",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::LK_NIC_WORDS,
        re: r"(?:19|20)[0-9]{10}|[0-9]{9}[VvXx]",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::LkNic),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "vn_cccd",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::VN_CCCD_WORDS,
        re: r"0[0-9]{11}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::VnCccd),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        id: "uk_driving_licence",
        cat: Category::Pii,
        ci: true,
        anchors: super::national_id::UK_DL_WORDS,
        re: r"[A-Z][A-Z9]{4}[0-9]{6}[A-Z9]{2}[0-9][A-Z0-9]{2}",
        fwd: 8192,
        check: Check::NationalId(super::national_id::IdKind::UkDl),
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // Read out in a helpdesk ticket or saved from `manage-bde
        // -protectors -get`; the digits are checked, so the keyword may
        // come after the key too.
        id: "bitlocker_recovery_key",
        ci: true,
        anchors: &[
            "recovery key",
            "recovery password",
            "recoverypassword",
            "recovery_key",
            "recovery-key",
            "bitlocker",
            "wiederherstellungsschl",
        ],
        re: r"\b(?P<v>[0-9]{6}(?:-[0-9]{6}){7})\b",
        back: 400,
        fwd: 600,
        check: Check::BitLocker,
        bound: Bound::None,
        conf: Confidence::High,
        ..S
    },
    Def {
        // GitHub's, GitLab's and Google's one-time codes listed under
        // their heading; each code is a finding.
        id: "mfa_recovery_code",
        ci: true,
        anchors: &[
            "recovery code",
            "backup code",
            "recovery-code",
            "backup-code",
            "recovery_code",
            "backup_code",
        ],
        re: r"(?m)(?:^|[\s,;:>*`(\[-])(?P<v>[a-z0-9]{4,5}-[a-z0-9]{4,5}|[0-9]{4} [0-9]{4})(?:$|[\s,;`.)\]])",
        fwd: 700,
        check: Check::RecoveryCode,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A config directive with no operator, alone on its line:
        // Mosquitto's `remote_password …`, msmtp's and fetchmail's
        // `password …`, OpenWrt's `option key '…'` / `option password '…'`.
        id: "password_directive",
        ci: true,
        anchors: &["password", "passwd", "option key"],
        // (Also a C macro: `#define WIFI_PASSWORD "…"` in a firmware's
        // `secrets.h`.)
        re: r#"(?m)^(?:[ \t]*[0-9]{1,6}\xE2\x86\x92)?[ \t]*(?i:option[ \t]+(?:key|password|psk)|(?:#define[ \t]+[a-z0-9_]{0,30})?(?:[a-z][a-z0-9]{0,15}_)?(?:password|passwd))[ \t]+(?:["'](?P<v>[^"'\n]{4,128})["']|(?P<u>[^\s"'`#;]{6,128}))[ \t]*\r?$"#,
        back: 40,
        fwd: 140,
        check: Check::Password,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A password passed as a call's argument after the user: paho's
        // `username_pw_set("u", "…")`, `HTTPBasicAuth("u", "…")`,
        // `smtp.login("u", "…")`, `auth=("u", "…")`, python-ldap's
        // `simple_bind_s(dn, "…")`, ldap3's `Connection(server, "cn=…",
        // "…")`.
        id: "password_call_argument",
        anchors: &[
            "username_pw_set(",
            "HTTPBasicAuth(",
            "HTTPDigestAuth(",
            ".login(",
            "bind_s(",
            "auth=(",
            // ldap3's bind DN (`Connection(server, "cn=…"`): the call is
            // everywhere in other code.
            "\"cn=",
            "'cn=",
            "\"uid=",
            "'uid=",
            "\"CN=",
            "'CN=",
            "\"UID=",
            "'UID=",
        ],
        re: r#"(?:username_pw_set|HTTPBasicAuth|HTTPDigestAuth|\.login|bind_s|\bauth[ \t]*=[ \t]*)\([ \t]*["'][^"'\n]{1,200}["'][ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?["'](?P<v>[^"'\n]{4,128})["'][ \t]*\)|\bConnection\([^,\n()]{1,80},[ \t]*(?:user[ \t]*=[ \t]*)?["'](?i:cn|uid)=[^"'\n]{1,200}["'][ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?["'](?P<u>[^"'\n]{4,128})["']"#,
        back: 200,
        fwd: 400,
        check: Check::Cli,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
    Def {
        // A password handed over in a sentence, in chat or a ticket: `the
        // password is \`…\``, `onboarding password for new hires: "…"`,
        // `I set the root password to …`. Quoted, or bare after `is`,
        // `was`, `to` or `as`; at most 60 bytes of words in between, on
        // one line, with no `=` (an assignment is the assignment rule's).
        id: "password_in_prose",
        ci: true,
        // Also Spanish, Portuguese, French, German and Dutch (`la
        // contraseña del wifi es …`, `a senha do Wi-Fi é …`).
        anchors: &[
            "password",
            "passphrase",
            "passcode",
            "contrase\u{f1}a",
            "contrasena",
            "senha",
            "mot de passe",
            "passwort",
            "wachtwoord",
        ],
        re: r#"(?i:password|passphrase|passcode|contrase(?:\xC3\xB1|n)a|senha|mot de passe|passwort|wachtwoord)s?\b(?P<w>[^\n\r"'`=]{0,60}?)(?:["'`](?P<v>[^\s"'`]{8,64})["'`]|(?:\b(?:is|was|to|as|es|est|ist|era)|[ \t]\xC3\xA9)[ \t]+(?P<u>[^\s"'`]{7,63}[^\s"'`.,;:!?)]))"#,
        fwd: 150,
        check: Check::Prose,
        bound: Bound::None,
        conf: Confidence::Medium,
        ..S
    },
];

/// Phone numbers the digit probe accepts without context: E.164, the
/// international form with separators (incl. the UK `(0)` trunk; `+` also
/// URL-encoded as `%2B`, checked by country code in `region_ok`), NANP
/// with parentheses, dashes or dots, and national formats with a leading
/// trunk `0` and their usual grouping: UK (`020 7946 0958`,
/// `0161 496 0000`, `07700 900123`), French (`06 12 34 56 78`), German
/// (`030 12345678`, `089/1234567`). Bare space-separated NANP
/// (`512 256 1024`) is left to the context rule.
const PHONE: &str = concat!(
    r"(?:\+|%2[Bb])[1-9][0-9]{7,14}",
    r"|(?:\+|%2[Bb])[1-9][0-9]{0,2}[ .-]?(?:\(0\) ?)?\(?[0-9]{1,5}\)?(?:[ .-][0-9]{2,8}){1,4}",
    r"|(?:1[ .-])?\([2-9][0-9]{2}\) ?[2-9][0-9]{2}[ .-][0-9]{4}",
    r"|(?:1[.-])?[2-9][0-9]{2}[.-][2-9][0-9]{2}[.-][0-9]{4}",
    r"|\(?0[1-9][0-9]\)? [0-9]{4} [0-9]{4}",
    r"|\(?0[1-9][0-9]{2}\)? [0-9]{3} [0-9]{4}",
    r"|\(?0[1-9][0-9]{3}\)? [0-9]{3} ?[0-9]{3}",
    r"|0[1-9](?: [0-9]{2}){4}|0[1-9](?:\.[0-9]{2}){4}",
    r"|\(?0[1-9][0-9]{1,4}\)?[ /-][0-9]{5,8}",
);

/// The operator of a typed declaration, `: &'static str =` (Rust,
/// TypeScript, Kotlin, Swift), for the assignment rules. Bounded: at most
/// 62 bytes on one line, which `typed_value_follows` relies on. A space
/// before the `=`: in `password: kY8OpQ=^3x` (YAML) the `=` is part of the
/// value.
const TYPED_OP: &str =
    r"(?::[ \t]{0,4}&?(?:'static[ \t]{1,4})?[A-Za-z_][A-Za-z0-9_<>:.]{0,40}[ \t]{1,4}=)";

/// A value held one object down, Terraform's plan JSON
/// (`"api_key": {"constant_value": "…"}`), for the assignment rules: the
/// name is the object's. `holder_value_follows` is its gate.
const HOLDER_OP: &str = r#"(?::[ \t]*\{[ \t]*\\?"(?:constant_value|sensitive_value)\\?"[ \t]*:)"#;

/// The shared fragments substituted in the rules above: `PEMBODY` (a PEM
/// body), `TYPEDOP` (a typed declaration's operator) and `HOLDEROP` (a
/// plan's holder object).
pub(crate) fn expand(re: &str) -> String {
    re.replace("PEMBODY", PEM_BODY)
        .replace("TYPEDOP", TYPED_OP)
        .replace("HOLDEROP", HOLDER_OP)
}
