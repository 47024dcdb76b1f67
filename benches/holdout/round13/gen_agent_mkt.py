"""Theme 2 (agent positives): marketing, CRM and support integrations (Klaviyo private key, Mailchimp, Brevo, HubSpot,
Intercom, Zendesk, Freshdesk, a Mixpanel service-account secret; the Segment write key next to it is public) and game
backends (Steam Web API publisher key, PlayFab developer secret, Epic Online Services server client secret, a Unity
service-account secret, an App Store Connect .p8, a Google Play service account, a game server deploy key, a Discord
bot token)."""
import json
from gen_common import R, rs, hexs, key, S, K, P, V7, V11, _r6
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(70, 200))
    pad = V.pad

    # 13 marketing sync service
    kl, mc, bv = V.klaviyo_private(), V11.mailchimp(), V.brevo()
    yml = ("# config/integrations.yml\nklaviyo:\n  public_key: %s       # site id, used by the onsite snippet\n  private_key: %s\n  list_id: %s\n"
           "mailchimp:\n  api_key: %s\n  audience_id: %s\nbrevo:\n  api_key: %s\n  sender: { name: \"Kofferwerk\", email: \"news@kofferwerk.de\" }\n"
           % (V.klaviyo_site(), kl, rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), mc, hexs(10), bv))
    emit("p_marketing_sync_klaviyo_mailchimp_brevo", next(sh), [("u", "Double opt-in mails go out twice for new subscribers"), ("t", "read", "config/integrations.yml", yml),
         ("a", "Both Klaviyo and Brevo send the confirmation; disable double opt-in on one of the lists.")] + pad("mk1", 2),
         [(S, "Klaviyo private API key", kl), (S, "Mailchimp API key", mc), (S, "Brevo API key", bv)])

    # 14 support bot integrations
    hs, ic, zd, fd = V11.hubspot(), V11.intercom(), V11.zendesk(), V.freshdesk()
    env = ("HUBSPOT_PRIVATE_APP_TOKEN=%s\nINTERCOM_ACCESS_TOKEN=%s\nZENDESK_SUBDOMAIN=kofferwerk\nZENDESK_EMAIL=support@kofferwerk.de/token\nZENDESK_API_TOKEN=%s\n"
           "FRESHDESK_DOMAIN=kofferwerk-b2b.freshdesk.com\nFRESHDESK_API_KEY=%s\n" % (hs, ic, zd, fd))
    emit("p_support_bot_helpdesk_api_keys", next(sh), [("u", "The triage bot creates duplicate tickets when a customer mails and chats"), ("t", "read", "services/triage/.env", env),
         ("t", "grep", "createTicket", "services/triage/src/router.ts:41:    await zendesk.createTicket(msg)\nservices/triage/src/router.ts:58:    await freshdesk.createTicket(msg)\n"),
         ("a", "Deduplicate on the requester e-mail plus a 10-minute window before creating a ticket.")] + pad("sup1", 2),
         [(S, "HubSpot private app token", hs), (S, "Intercom access token", ic), (S, "Zendesk API token", zd), (S, "Freshdesk API key", fd)])

    # 15 Mixpanel service account (Segment write key public)
    mx = V.mixpanel_sa_secret()
    py = ("import requests\nfrom segment import analytics\n\nanalytics.write_key = \"%s\"\n\nMP_USER = \"export-bot.%s.mp-service-account\"\nMP_SECRET = \"%s\"\n"
          "PROJECT_ID = %d\n\ndef export(day):\n    r = requests.get(\"https://data-eu.mixpanel.com/api/2.0/export\", params={\"project_id\": PROJECT_ID, \"from_date\": day, \"to_date\": day},\n"
          "                     auth=(MP_USER, MP_SECRET), timeout=120)\n    r.raise_for_status()\n    return r.text.splitlines()\n" % (V11.segment_write(), rs(6, "abcdefghijklmnopqrstuvwxyz"), mx, R.randint(2000000, 3999999)))
    emit("p_mixpanel_export_service_account_secret", next(sh), [("u", "The export job times out for Black Friday; stream it instead?"), ("t", "read", "jobs/mixpanel_export.py", py),
         ("a", "Yes: use stream=True and iter_lines(); the EU endpoint also supports gzip.")] + pad("mx1", 2),
         [(S, "Mixpanel service account secret", mx)])

    # 16 Steam + PlayFab in a dedicated server config
    stk, pf = V.steam_webapi(), V.playfab_secret()
    cfg = json.dumps({"Server": {"Port": 7777, "MaxPlayers": 64, "Region": "eu-central"}, "Steam": {"AppId": 2418270, "PublisherWebApiKey": stk},
                      "PlayFab": {"TitleId": V.playfab_title(), "DeveloperSecretKey": pf}, "Logging": {"Level": "Information"}}, indent=2)
    emit("p_steam_playfab_dedicated_server_config", next(sh), [("u", "Matchmaking tickets never resolve for the EU fleet"), ("t", "read", "Server/appsettings.Production.json", cfg),
         ("a", "The fleet registers under eu-central but the queue's region rule expects EUWest; align them.")] + pad("gs1", 2),
         [(S, "Steam Web API publisher key", stk), (S, "PlayFab developer secret key", pf)])

    # 17 EOS server client secret + Unity service account secret in CI
    eos, us = V.eos_secret(), V.unity_sa_secret()
    ini = ("[/Script/OnlineSubsystemEOS.EOSSettings]\nProductId=%s\nSandboxId=%s\nDeploymentId=%s\n; client with the 'Dedicated Server' policy\nClientId=xyza7891%s\n"
           "ClientSecret=%s\n" % (V.eos_id(), V.eos_id(), V.eos_id(), rs(24), eos))
    ci = ("#!/bin/sh\n# upload addressables to Unity CCD\nexport UGS_CLI_SERVICE_KEY_ID=%s\nexport UGS_CLI_SERVICE_SECRET_KEY=%s\n"
          "ugs ccd entries sync ServerData/StandaloneLinux64 --environment-name production --bucket %s\n" % (V.r3.ruuid(), us, V.r3.ruuid()))
    emit("p_eos_server_secret_unity_service_account", next(sh), [("u", "Dedicated server can't log in to EOS and the CCD upload fails too"),
         ("t", "read", "Config/DedicatedServerEngine.ini", ini), ("t", "read", "ci/upload-addressables.sh", ci),
         ("a", "The EOS client is fine; the deployment id belongs to the dev sandbox. For CCD the bucket id is wrong.")] + pad("eos1", 2),
         [(S, "Epic Online Services dedicated-server client secret", eos), (S, "Unity service account secret key", us)])

    # 18 App Store Connect .p8 inside fastlane's api_key.json
    p8 = key("asc_api.p8").strip() + "\n"
    aj = json.dumps({"key_id": rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "issuer_id": V.r3.ruuid(), "key": p8, "duration": 1200, "in_house": False}, indent=2)
    emit("p_app_store_connect_p8_fastlane_json", next(sh), [("u", "fastlane pilot upload fails with 'Authentication credentials are missing or invalid'"),
         ("t", "bash", "cat fastlane/api_key.json", aj), ("a", "The key id and issuer look right; the key may have been revoked in App Store Connect.")] + pad("asc1", 2),
         [("private_key|secret", "App Store Connect API key (.p8, JSON-escaped)", V.pem_inline(p8))])

    # 19 Google Play publisher service account
    pem = key("play_publisher.pem").strip() + "\n"
    pid = "api-%d-%d" % (R.randint(1000000000000000, 9999999999999999), R.randint(100000, 999999))
    sa = json.dumps({"type": "service_account", "project_id": pid, "private_key_id": hexs(40), "private_key": pem,
                     "client_email": "play-publisher@%s.iam.gserviceaccount.com" % pid, "client_id": rs(21, "0123456789"),
                     "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
    emit("p_google_play_publisher_service_account", next(sh), [("u", "supply can't find the app: 'Google Api Error: applicationNotFound'"),
         ("t", "read", "fastlane/play-store-credentials.json", sa), ("a", "The service account is not invited in Play Console > Users and permissions.")] + pad("gp1", 2),
         [("private_key|secret", "Google Play service account private key (JSON-escaped PEM)", V.pem_inline(pem))])

    # 20 game server deploy key + Discord bot token
    sshk, dt = key("gs_deploy_ed25519").strip(), _r6.discord_bot()
    emit("p_game_server_deploy_key_discord_bot", next(sh), [("u", "Set up the GitHub Action that deploys the server build and pings Discord"),
         ("t", "bash", "cat ~/.ssh/gs_deploy_ed25519", sshk + "\n"), ("t", "read", "tools/discord-bot/.env", "DISCORD_BOT_TOKEN=%s\nDISCORD_CHANNEL_ID=%s\n" % (dt, rs(19, "0123456789"))),
         ("a", "Store both as repository secrets and reference them as ${{ secrets.GS_DEPLOY_KEY }} and ${{ secrets.DISCORD_BOT_TOKEN }}.")] + pad("dc1", 2),
         [(K, "OpenSSH private key (game server deploy)", sshk), (S, "Discord bot token", dt)])
