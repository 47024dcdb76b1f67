"""Theme 2 (positives): coding-agent sessions on CI systems - GitHub Actions workflow and log, GitLab CI variables read
through the API, Jenkins (JCasC with literal credentials, an API token in shell history, a PuTTY agent key), Buildkite
agent and API tokens, a CircleCI token."""
from gen_common import rs, key, gh, aws_secret, S, K, V7
from gen_sess import emit
import gen_vals as V
from gen_agent_pos import ind


def build():
    sh = iter(range(10, 100))

    # 10 GitHub Actions workflow with literal tokens
    nt, gt = V7.npm_tok(), gh("ghp_")
    wf = ("name: release\non:\n  push:\n    tags: ['v*']\npermissions:\n  contents: write\n  id-token: write\njobs:\n  publish:\n    runs-on: ubuntu-24.04\n"
          "    env:\n      NODE_AUTH_TOKEN: %s\n      GH_TOKEN: %s\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n"
          "        with:\n          node-version: 22\n          registry-url: https://registry.npmjs.org\n      - run: npm ci && npm publish --provenance --access public\n"
          "      - run: gh release create ${{ github.ref_name }} --generate-notes\n" % (nt, gt))
    emit("p_gha_release_workflow_literal_tokens", next(sh), [("u", "npm publish --provenance fails in the release workflow"), ("t", "read", ".github/workflows/release.yml", wf)]
         + V.pad("gha10", 3), [(S, "npm token in workflow env", nt), (S, "GitHub PAT in workflow env", gt)])

    # 11 GitHub Actions log: an installation token printed by a script, not masked
    it = gh("ghs_")
    log = V.TO.ci_log("gha11", 9000, ["##[group]Run ./scripts/app-token.sh", "Minting installation token for acme-platform/fleet",
                                       "token=%s expires_at=2025-11-21T10:14:02Z" % it, "##[endgroup]", "##[group]Run docker login ghcr.io -u x-access-token --password-stdin",
                                       "Login Succeeded", "##[endgroup]"])
    emit("p_gha_log_unmasked_installation_token", next(sh), [("u", "Why does the sync job hit 'Bad credentials' an hour into the run? Log:"),
         ("t", "bash", "gh run view 11942881736 --log | grep -v '^$'", log)] + V.pad("gha11", 2), [(S, "GitHub App installation token in CI log", it)])

    # 12 GitLab CI variables read through the API (values come back in clear)
    pat, ak, sq, dpw = V7.gitlab_pat(), aws_secret(), V7.sonar(), V.dbpw()
    js = ('[\n  {"variable_type": "env_var", "key": "AWS_DEFAULT_REGION", "value": "eu-central-1", "protected": false, "masked": false, "raw": false, "environment_scope": "*"},\n'
          '  {"variable_type": "env_var", "key": "AWS_SECRET_ACCESS_KEY", "value": "%s", "protected": true, "masked": true, "raw": false, "environment_scope": "production"},\n'
          '  {"variable_type": "env_var", "key": "SONAR_TOKEN", "value": "%s", "protected": false, "masked": true, "raw": false, "environment_scope": "*"},\n'
          '  {"variable_type": "env_var", "key": "DEPLOY_DB_PASSWORD", "value": "%s", "protected": true, "masked": true, "raw": true, "environment_scope": "production"},\n'
          '  {"variable_type": "file", "key": "KUBECONFIG_STAGING", "value": "apiVersion: v1\\nkind: Config\\nclusters: []\\n", "protected": false, "masked": false, "raw": false, "environment_scope": "staging"}\n]' % (ak, sq, dpw))
    emit("p_gitlab_ci_variables_api_dump", next(sh), [("u", "List the CI variables of the infra project so we can move them to Vault"),
         ("t", "bash", 'curl -s --header "PRIVATE-TOKEN: %s" "https://gitlab.acme-platform.eu/api/v4/projects/42/variables" | jq .' % pat, js)] + V.pad("glci12", 3),
         [(S, "GitLab PAT in curl header", pat), (S, "AWS secret key in GitLab variable", ak), (S, "SonarQube token in GitLab variable", sq), (S, "DB password in GitLab variable", dpw)])

    # 13 Jenkins Configuration as Code with literal credentials and an SSH key
    jp, sb, sk = V.dbpw(), V7.slack_bot(), key("deploy_ed25519").strip()
    casc = ("jenkins:\n  systemMessage: \"Platform CI (managed by JCasC)\"\ncredentials:\n  system:\n    domainCredentials:\n      - credentials:\n"
            "          - usernamePassword:\n              scope: GLOBAL\n              id: nexus-deploy\n              username: nexus-deployer\n              password: \"%s\"\n"
            "          - string:\n              scope: GLOBAL\n              id: slack-bot\n              secret: \"%s\"\n          - basicSSHUserPrivateKey:\n"
            "              scope: GLOBAL\n              id: deploy-ssh\n              username: deploy\n              privateKeySource:\n                directEntry:\n"
            "                  privateKey: |\n%s\n" % (jp, sb, ind(sk, 20)))
    emit("p_jenkins_casc_literal_credentials", next(sh), [("u", "JCasC reload fails with 'No hudson.plugins.sshslaves...' - config below"),
         ("t", "bash", "cat casc/jenkins.yaml", casc)] + V.pad("casc13", 3),
         [(S, "Nexus password in JCasC", jp), (S, "Slack bot token in JCasC", sb), (K, "OpenSSH key in JCasC directEntry", ind(sk, 20).strip())])

    # 14 Jenkins API token in curl + PuTTY agent key
    jt, ppk = V.jenkins_api(), key("jenkins_agent.ppk").strip()
    emit("p_jenkins_api_token_putty_agent_key", next(sh), [("u", "The windows build agent won't connect and remote triggering returns 403"),
         ("t", "bash", "grep -n jenkins ~/.bash_history | tail -3", "1832:curl -X POST -u svc-trigger:%s https://jenkins.acme-platform.eu/job/platform/job/fleet/buildWithParameters?ENV=prod\n"
          "1840:ssh -i ~/agents/win-build.ppk jenkins@10.40.7.21\n1841:cat ~/agents/win-build.ppk" % jt), ("t", "bash", "cat ~/agents/win-build.ppk", ppk)] + V.pad("jk14", 3),
         [(S, "Jenkins API token in curl -u", jt), (K, "PuTTY private key (.ppk)", ppk)])

    # 15 Buildkite agent token, bkua_ token, CircleCI PAT
    at, bk, cc = V.bk_agent(), V7.buildkite(), V7.circleci()
    cfg = 'name="%%hostname-%%spawn"\ntoken="%s"\ntags="queue=platform,os=linux"\nbuild-path="/var/lib/buildkite-agent/builds"\nhooks-path="/etc/buildkite-agent/hooks"\n' % at
    scr = ("#!/bin/sh\n# trigger downstream pipelines after an image push\ncurl -sf -H \"Authorization: Bearer %s\" -X POST \\\n  https://api.buildkite.com/v2/organizations/acme/pipelines/fleet/builds \\\n"
           "  -d '{\"commit\":\"HEAD\",\"branch\":\"main\"}'\ncurl -sf -X POST https://circleci.com/api/v2/project/gh/acme-platform/docs/pipeline \\\n"
           "  -H \"Circle-Token: %s\" -H 'content-type: application/json' -d '{\"branch\":\"main\"}'\n" % (bk, cc))
    emit("p_buildkite_agent_cfg_and_trigger_script", next(sh), [("u", "Move our build triggers to the new agent pool"), ("t", "read", "/etc/buildkite-agent/buildkite-agent.cfg", cfg),
         ("t", "read", "ci/trigger-downstream.sh", scr)] + V.pad("bk15", 3),
         [(S, "Buildkite agent token", at), (S, "Buildkite API token", bk), (S, "CircleCI personal token", cc)])
