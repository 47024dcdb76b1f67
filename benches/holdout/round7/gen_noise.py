"""Theme 5 (hard negatives): high-entropy noise that trips scanners - SRI, lockfiles, SBOM, image digests and k8s UIDs,
WebAuthn blobs, KMS / Fernet / PGP ciphertext, JWT-looking non-JWTs, nix store paths, IPFS CIDs, S3 version ids."""
import hashlib, json

from gen_common import *  # noqa: F401,F403
from gen_common import R, rs, hexs, b64, b64u, rb, ruuid, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, \
    conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, DIG, LO, UP, AL

B32N = "0123456789abcdfghijklmnpqrsvwxyz"


def sri():
    return "sha384-" + b64(rb(48))


def build():
    tags = "\n".join('<script src="https://cdn.jsdelivr.net/npm/%s@%d.%d.%d/dist/%s.min.js" integrity="%s" crossorigin="anonymous"></script>' % (
        n, R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), n, sri()) for n in ("bootstrap", "alpinejs", "htmx.org", "chart.js", "dayjs", "lodash", "axios", "sortablejs") * 3)
    add("n_html_sri_integrity_cdn", gem("Why does the browser block chart.js with an integrity error?\n```html\n" + tags + "\n```"))

    pk = []
    for i in range(420):
        n = "%s-%s" % (rs(R.randint(4, 9), LO), rs(R.randint(3, 7), LO))
        pk.append('[[package]]\nname = "%s"\nversion = "%d.%d.%d"\ndescription = "%s"\noptional = false\npython-versions = ">=3.8"\nfiles = [\n'
                  '    {file = "%s-%d.%d-py3-none-any.whl", hash = "sha256:%s"},\n    {file = "%s-%d.%d.tar.gz", hash = "sha256:%s"},\n]\n'
                  % (n, R.randint(0, 9), R.randint(0, 30), R.randint(0, 9), R.choice(["Fast JSON", "HTTP client", "Typing helpers", "Date utilities"]),
                     n, i % 9, i % 7, hexs(64), n, i % 9, i % 7, hexs(64)))
    add("n_poetry_lock_large", resp_fc("Why does poetry install resolve an old urllib3?", "read_file", {"path": "poetry.lock"}, "\n".join(pk) + "\n[metadata]\nlock-version = \"2.0\"\ncontent-hash = \"%s\"\n" % hexs(64)))

    comps = [{"type": "library", "name": "%s" % rs(8, LO), "version": "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)), "bom-ref": ruuid(),
              "purl": "pkg:npm/%s@%d.%d.%d" % (rs(8, LO), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)),
              "hashes": [{"alg": "SHA-512", "content": hexs(128)}, {"alg": "SHA-256", "content": hexs(64)}], "licenses": [{"license": {"id": R.choice(["MIT", "Apache-2.0", "ISC"])}}]}
             for _ in range(380)]
    add("n_cyclonedx_sbom_large", oai("List components with copyleft licences:\n" + json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": "urn:uuid:" + ruuid(), "components": comps})))

    pods = {"apiVersion": "v1", "kind": "List", "items": [{"metadata": {"name": "api-%s-%s" % (rs(10, LO + DIG), rs(5, LO + DIG)), "namespace": "prod", "uid": ruuid(),
                                                                        "resourceVersion": str(R.randint(10 ** 7, 10 ** 8)), "ownerReferences": [{"kind": "ReplicaSet", "uid": ruuid()}]},
                                                           "status": {"phase": "Running", "podIP": "10.42.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "containerStatuses": [
                                                               {"name": "api", "containerID": "containerd://" + hexs(64), "image": "ghcr.io/acme/api:2.14.%d" % R.randint(0, 9),
                                                                "imageID": "ghcr.io/acme/api@sha256:" + hexs(64), "restartCount": R.randint(0, 3)}]}} for _ in range(225)]}
    add("n_kubectl_pods_json_digests_uids", anth_tool([{"type": "text", "text": "Which pods restarted most?"}], "Bash", {"command": "kubectl get pods -n prod -o json"}, json.dumps(pods, indent=1)))

    wa = {"id": b64u(rb(32)), "rawId": b64u(rb(32)), "type": "public-key", "response": {
        "clientDataJSON": b64u(json.dumps({"type": "webauthn.create", "challenge": b64u(rb(32)), "origin": "https://app.acme-outdoor.de", "crossOrigin": False}).encode()),
        "attestationObject": b64u(b"\xa3cfmtdnonegattStmt\xa0hauthData" + rb(164)), "transports": ["internal", "hybrid"]},
        "authenticatorAttachment": "platform", "clientExtensionResults": {"credProps": {"rk": True}}}
    add("n_webauthn_registration_blob", conv("Why does the server reject this passkey registration?\n" + json.dumps(wa, indent=2)))

    enc = ("aws kms encrypt output:\n%s\n\nFernet tokens in the cache table:\n%s\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (
        "AQICAH" + b64(rb(180)), "\n".join("gAAAAA" + b64u(rb(90)) for _ in range(8)), "\n".join(b64(rb(48)) for _ in range(14)), b64(rb(3))))
    add("n_kms_fernet_pgp_ciphertexts", br_claude("Which of these can we decrypt with the old key after rotation?\n" + enc))

    def b64j(d):
        return b64u(json.dumps(d, separators=(",", ":")).encode())
    nj = ("OAuth state param: %s\nNext.js build id: %s\nGrafana dashboard share state: eyJ%s\nfeature-flag cookie: ff=%s.%s\n"
          "not a token, an encoded filter: %s\n" % (b64j({"returnTo": "/orders", "nonce": hexs(16)}), rs(21, AL + "-_"), b64u(rb(60)),
                                                       b64j({"flags": ["new-checkout", "dark-mode"], "v": 3}), hexs(16), b64j({"status": ["paid", "shipped"], "page": 2})))
    add("n_jwt_looking_base64_json", br_mistral("Decode these for me and say what they contain:\n" + nj))

    nix = "\n".join("/nix/store/%s-%s-%d.%d.%d" % (rs(32, B32N), R.choice(["openssl", "glibc", "python3", "nodejs", "curl", "zlib", "rustc", "bash"]), R.randint(1, 3), R.randint(0, 20), R.randint(0, 9))
                    for _ in range(700))
    add("n_nix_store_paths_large", oai_tool("Why is the closure 3 GB?", "run_shell", {"cmd": "nix-store -qR ./result"}, nix))

    cid = "\n".join("ipfs://bafybei%s  magnet:?xt=urn:btih:%s  arweave:%s" % (rs(52, "abcdefghijklmnopqrstuvwxyz234567"), hexs(40), rs(43, AL + "-_")) for _ in range(40))
    add("n_ipfs_cids_magnets", legacy("Pin status report:\n" + cid + "\nSummary:"))

    s3 = json.dumps({"Versions": [{"ETag": "\"%s\"" % hexs(32), "Size": R.randint(100, 10 ** 7), "Key": "exports/2025/11/%s.parquet" % ruuid(), "VersionId": rs(32, AL + "._"),
                                   "IsLatest": R.random() < 0.5, "LastModified": "2025-11-%02dT10:00:00+00:00" % R.randint(1, 28), "Owner": {"ID": hexs(64)}} for _ in range(120)]}, indent=1)
    add("n_s3_object_versions_etags", gem_fr("Which export versions can we delete?", "run_shell", {"id": "aws s3api list-object-versions"}, {"stdout": s3}))

    proto = b64(rb(6000))
    font = b64(rb(30000))
    add("n_base64_protobuf_and_font", oai_parts("What's in this gRPC reflection descriptor and font?\ndescriptor.pb (base64): %s\n\n@font-face{src:url(data:font/woff2;base64,%s) format('woff2')}" % (proto, font)))

    dg = "\n".join("%s  %s" % (hashlib.sha256(rb(40)).hexdigest(), n) for n in ("app-linux-amd64.tar.gz", "app-linux-arm64.tar.gz", "app-darwin-arm64.tar.gz", "app-windows-amd64.zip")) + \
        "\n\ncosign verify output:\n" + json.dumps([{"critical": {"image": {"docker-manifest-digest": "sha256:" + hexs(64)}, "type": "cosign container image signature"},
                                                   "optional": {"Bundle": {"SignedEntryTimestamp": b64(rb(70)), "Payload": {"logIndex": R.randint(10 ** 7, 10 ** 8), "logID": hexs(64)}}}}])
    add("n_release_checksums_cosign", br_llama("Verify these release artefacts match:\n" + dg))
