"""Theme 6 (hard negatives): game development - Unity .meta / prefab YAML with asset GUIDs and fileIDs, Addressables
catalog hashes, client configs with public ids (Photon App ID, PlayFab Title ID, EOS product / sandbox / deployment
ids, Steam app and depot ids), SteamPipe build scripts with the builder account name only, save files in base64,
localisation tables with password / key words, shader code with hex constants, a crash dump, Unreal config with
references, and a game store's order ids."""
import json
from gen_common import R, rs, hexs, b64, rb, key
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(160, 300))
    pad = V.pad

    metas = "\n".join("--- %s.meta\nfileFormatVersion: 2\nguid: %s\nTextureImporter:\n  mipmaps:\n    enableMipMap: 1\n  spriteMode: 1\n  userData: \n  assetBundleName: \n"
                      % (n, hexs(32)) for n in ("Assets/Art/UI/btn_play.png", "Assets/Art/UI/btn_settings.png", "Assets/Art/Chars/hero_idle.png", "Assets/Audio/sfx_coin.wav"))
    pre = "%YAML 1.1\n%TAG !u! tag:unity3d.com,2011:\n" + "".join("--- !u!%d &%d\nGameObject:\n  m_Name: %s\n  m_Component:\n  - component: {fileID: %d}\n"
                                                                    % (R.choice([1, 4, 114]), R.randint(10 ** 17, 10 ** 18), n, R.randint(10 ** 17, 10 ** 18)) for n in ("Player", "Weapon", "HealthBar", "TokenCounter", "KeyPickup"))
    pre += "  m_Script: {fileID: 11500000, guid: %s, type: 3}\n" % hexs(32)
    emit("n_unity_meta_prefab_guids", next(sh), [("u", "Missing script warnings after the merge"), ("t", "bash", "cat Assets/Art/UI/*.meta Assets/Audio/sfx_coin.wav.meta", metas),
         ("t", "read", "Assets/Prefabs/Player.prefab", pre), ("a", "The script guid points to a deleted .meta; restore KeyPickup.cs.meta from main.")] + pad("ng1", 1))

    cat = json.dumps({"m_LocatorId": "AddressablesMainContentCatalog", "m_BuildResultHash": hexs(32), "m_InternalIds": ["{UnityEngine.AddressableAssets.Addressables.RuntimePath}/StandaloneLinux64/%s_%s.bundle" % (n, hexs(32)) for n in ("ui", "chars", "levels", "audio")],
                      "m_KeyDataString": b64(rb(1200)), "m_BucketDataString": b64(rb(600)), "m_EntryDataString": b64(rb(900))}, indent=1)
    emit("n_addressables_catalog_hashes", next(sh), [("u", "Clients download all bundles after every patch"), ("t", "read", "ServerData/StandaloneLinux64/catalog_2025.11.24.json", cat),
         ("a", "The bundle names include the hash, so any rebuild changes them; enable 'Use asset bundle cache' and content update builds.")] + pad("ng2", 1))

    cfg = json.dumps({"photon": {"AppIdRealtime": V.photon_app(), "AppIdChat": V.photon_app(), "FixedRegion": "eu"}, "playfab": {"TitleId": V.playfab_title()},
                      "eos": {"ProductId": V.eos_id(), "SandboxId": V.eos_id(), "DeploymentId": V.eos_id()}, "steam": {"AppId": 2418270, "DemoAppId": 2418280}}, indent=2)
    emit("n_game_client_public_ids_config", next(sh), [("u", "Which of these ids belong in the shipped client?"), ("t", "read", "Assets/Resources/OnlineConfig.json", cfg),
         ("a", "All of them: they identify the title and are visible to players anyway. No secret belongs in the client.")] + pad("ng3", 1))

    vdf = ('"AppBuild"\n{\n  "AppID" "2418270"\n  "Desc" "nightly %s"\n  "BuildOutput" "../output/"\n  "ContentRoot" "../content/"\n  "SetLive" "beta"\n  "Depots"\n  {\n'
           '    "2418271" "depot_build_linux.vdf"\n    "2418272" "depot_build_windows.vdf"\n  }\n}\n' % hexs(7))
    log = ("Logged in OK\nWaiting for user info...OK\nBuilding depot 2418271...\nDepot manifest %d committed, %d files, %s bytes\nBuilding depot 2418272...\nDepot manifest %d committed\n"
           "Successfully finished AppID 2418270 build (BuildID %d).\n" % (R.randint(10 ** 18, 9 * 10 ** 18), R.randint(900, 3000), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 18, 9 * 10 ** 18), R.randint(16000000, 19999999)))
    emit("n_steampipe_build_script_manifests", next(sh), [("u", "The beta branch didn't get tonight's build"), ("t", "read", "steam/app_build_2418270.vdf", vdf),
         ("t", "bash", "steamcmd +login \"$STEAM_BUILDER\" +run_app_build ../scripts/app_build_2418270.vdf +quit", log), ("a", "It did: SetLive beta worked, BuildID is set on beta.")] + pad("ng4", 1))

    save = b64(rb(3000))
    emit("n_save_file_base64_blob", next(sh), [("u", "A player sent their save; can you tell what version it is?"),
         ("t", "bash", "cat support/saves/slot2.sav | head -c 5000", "FRSTSAVE v7\n" + save), ("a", "Header says v7; the blob is zstd-compressed after the header.")] + pad("ng5", 1))

    loc = "key,en,de,pl,tr\n" + "\n".join("%s,%s" % (k, v) for k, v in (("ui.login.password", "Password,Passwort,Hasło,Şifre"), ("ui.login.forgot", "Forgot password?,Passwort vergessen?,Nie pamiętasz hasła?,Şifremi unuttum"),
                                                                        ("item.key.golden", "Golden Key,Goldener Schlüssel,Złoty klucz,Altın Anahtar"), ("item.token.arena", "Arena Token,Arena-Marke,Żeton areny,Arena Jetonu"),
                                                                        ("quest.secret.cave", "The Secret Cave,Die geheime Höhle,Sekretna jaskinia,Gizli Mağara"), ("ui.confidential", "Classified intel,Geheime Informationen,Tajne dane,Gizli bilgi")))
    emit("n_game_localisation_table", next(sh), [("u", "Add Turkish to the string table and check lengths"), ("t", "read", "Localization/strings.csv", loc),
         ("a", "Turkish 'Gizli Mağara' fits; 'Nie pamiętasz hasła?' overflows the button at 1280x720.")] + pad("ng6", 1))

    sh_ = ("Shader \"Custom/Dissolve\" {\n  Properties { _EdgeColor (\"Edge\", Color) = (1, 0.4, 0.1, 1) _NoiseTex (\"Noise\", 2D) = \"white\" {} }\n  SubShader { Pass { HLSLPROGRAM\n"
           "  static const uint HASH_SEED = 0x%s;\n  static const float4 PALETTE[4] = { float4(0.06, 0.46, 0.43, 1), float4(0.96, 0.62, 0.04, 1), float4(0.86, 0.15, 0.15, 1), float4(0.42, 0.45, 0.50, 1) };\n"
           "  uint hash(uint x) { x ^= x >> 16; x *= 0x7feb352dU; x ^= x >> 15; x *= 0x846ca68bU; return x ^ (x >> 16); }\n  ENDHLSL } }\n}\n" % hexs(8))
    emit("n_shader_hex_constants", next(sh), [("u", "The dissolve shader flickers on Metal"), ("t", "read", "Assets/Shaders/Dissolve.shader", sh_), ("a", "Use half precision for the noise sample on Metal.")] + pad("ng7", 1))

    crash = "Unhandled exception: EXCEPTION_ACCESS_VIOLATION reading address 0x%s\n" % hexs(16) + "\n".join("  %02d  0x%s  FrostfallServer!%s+0x%x" % (i, hexs(16), R.choice(["UWorld::Tick", "FNetDriver::TickFlush", "UInventoryComponent::AddKey", "USessionToken::Refresh", "FSecretSanta::Roll"]), R.randint(16, 4000)) for i in range(24))
    crash += "\nBuildId: %s\nMachineId: %s\nEpicAccountId: %s\n" % (V.r3.ruuid(), hexs(32).upper(), hexs(32))
    emit("n_unreal_crash_dump_addresses", next(sh), [("u", "Server crashed overnight, what happened?"), ("t", "read", "Saved/Crashes/UECC-Linux-%s/CrashReport.log" % hexs(32).upper(), crash),
         ("a", "A null inventory component in AddKey during travel; add a validity check.")] + pad("ng8", 1))

    ini = ("[OnlineSubsystemSteam]\nbEnabled=true\nSteamDevAppId=2418270\n\n[/Script/Engine.GameSession]\nMaxPlayers=64\n\n[Backend]\nApiBaseUrl=https://api.frostfall.gg\n"
           "ApiKey=$(FROSTFALL_API_KEY)\nSessionSecret={env:SESSION_SECRET}\nAdminPassword=\n")
    emit("n_unreal_ini_env_references", next(sh), [("u", "Where does the server read its backend key from?"), ("t", "read", "Config/DefaultGame.ini", ini),
         ("a", "From the environment: $(FROSTFALL_API_KEY) is expanded at startup; AdminPassword is empty, so admin login is disabled.")] + pad("ng9", 1))

    ords = "\n".join("%s  %s  %s  %5.2f EUR  %s" % ("FF-%s" % rs(10, "0123456789"), "steam:%d" % R.randint(76561197960265728, 76561199999999999), R.choice(["Founders Pack", "Season Pass", "500 Gems", "Cosmetic: Frost Wolf"]), R.uniform(2, 60), R.choice(["paid", "refunded", "chargeback"])) for _ in range(30))
    emit("n_game_store_orders_steam_ids", next(sh), [("u", "Chargebacks spiked this week; any pattern?"), ("t", "bash", "psql -c \"select * from store_orders where created_at > now() - interval '7 days'\" | head -30", ords),
         ("a", "Most chargebacks are Season Pass purchases within 10 minutes of account creation.")] + pad("ng10", 1))

    emit("n_game_server_public_keys", next(sh), [("u", "Add the CI builder to the game servers' authorized_keys"), ("t", "bash", "cat keys/ci_builder.pub", key("ci_builder.pub")),
         ("t", "read", "infra/ansible/roles/gameserver/files/authorized_keys", key("gs_deploy_ed25519.pub") + key("ci_builder.pub")), ("a", "Added; public keys only.")] + pad("ng11", 1))
