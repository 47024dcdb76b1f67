"""Theme 2 (positives): network and infrastructure secrets - WireGuard interface / preshared keys, an IPsec PSK and an EAP
password, BMC (IPMI / iDRAC / iLO) passwords in Ansible and on an ipmitool line, a Cisco IOS config (type 7 passwords and
keys, an SNMP community; type 9 / 5 hashes not labelled), FreeRADIUS client secrets, net-snmp v3 users."""
from gen_common import R, rs, S, K, P
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(11, 200))
    pad = V.pad

    # 1 wg0.conf with PrivateKey and PresharedKey (peer public keys not labelled)
    wk, psk = V.wg_private(), V.wg_key()
    conf = ("[Interface]\nAddress = 10.77.0.1/24\nListenPort = 51820\nPrivateKey = %s\nPostUp = iptables -A FORWARD -i %%i -j ACCEPT\n\n"
            "[Peer]\n# site-b router\nPublicKey = %s\nPresharedKey = %s\nAllowedIPs = 10.77.0.2/32, 192.168.50.0/24\nEndpoint = 203.0.113.44:51820\n\n"
            "[Peer]\n# laptop-ingrid\nPublicKey = %s\nAllowedIPs = 10.77.0.10/32\n" % (wk, V.wg_key(), psk, V.wg_key()))
    emit("p_wireguard_site_to_site_conf", next(sh), [("u", "Site B can ping the tunnel IP but not the LAN behind it"), ("t", "bash", "sudo cat /etc/wireguard/wg0.conf", conf),
         ("a", "Routing is fine on this side; site B needs net.ipv4.ip_forward=1 and a return route for 10.77.0.0/24.")] + pad("wg1", 2),
         [(K, "WireGuard interface private key", wk), (S, "WireGuard preshared key", psk)])

    # 2 strongSwan: ipsec.secrets PSK + swanctl EAP secret
    ipsk, eap = V.secret(28, V.AL + "-_.!"), V.pw(16)
    sec = "# /etc/ipsec.secrets\n: RSA moon.key\n198.51.100.7 203.0.113.20 : PSK \"%s\"\n" % ipsk
    sw = "secrets {\n    eap-hbrandt {\n        id = hbrandt\n        secret = \"%s\"\n    }\n    private-moon {\n        file = moonKey.pem\n    }\n}\n" % eap
    emit("p_strongswan_psk_and_eap_secret", next(sh), [("u", "Tunnel to the Hamburg office flaps every hour since the upgrade to 6.0"),
         ("t", "bash", "sudo cat /etc/ipsec.secrets", sec), ("t", "read", "/etc/swanctl/conf.d/secrets.conf", sw),
         ("a", "The rekey time on our side is 1h and the peer's is 8h; align rekey_time, the secrets are loaded fine.")] + pad("ipsec1", 2),
         [(S, "IPsec pre-shared key", ipsk), (S, "EAP user secret (swanctl)", eap)])

    # 3 Ansible host_vars with BMC passwords
    ipmi, idrac, become = V.pw(14), V.pw(16), V.pw(12)
    yml = ("---\n# host_vars/rack07.yml\nbmc_vendor: supermicro\nipmi_user: ADMIN\nipmi_password: \"%s\"\nidrac_user: root\nidrac_password: %s\n"
           "ansible_become_pass: \"%s\"\nntp_servers:\n  - 10.10.0.2\n  - 10.10.0.3\nredfish_validate_certs: false\n" % (ipmi, idrac, become))
    emit("p_ansible_bmc_ipmi_idrac_passwords", next(sh), [("u", "The firmware-update play times out on rack07 only"), ("t", "read", "inventories/dc2/host_vars/rack07.yml", yml),
         ("a", "redfish_validate_certs is off and the BMC is reachable; the timeout is the 30 s default of the Redfish module, raise it to 600.")] + pad("bmc1", 3),
         [(S, "IPMI (Supermicro BMC) password", ipmi), (S, "iDRAC root password", idrac), (S, "sudo become password", become)])

    # 4 ipmitool command in a shell history
    ipw = V.pw(12)
    hist = ("  501  ipmitool -I lanplus -H 10.20.7.31 -U ADMIN -P '%s' chassis power status\n  502  ipmitool -I lanplus -H 10.20.7.31 -U ADMIN -P '%s' sol activate\n"
            "  503  ssh admin@10.20.7.31\n  504  history | tail\n" % (ipw, ipw))
    emit("p_ipmitool_password_shell_history", next(sh), [("u", "What did I run on the BMC yesterday before the node rebooted?"), ("t", "bash", "history | grep -n ipmitool -A2 | tail -5", hist)] + pad("ipmi", 2),
         [(S, "BMC password on an ipmitool command line", ipw)])

    # 5 Cisco IOS running-config: type 7 user password and TACACS key, SNMP RW community; enable secret 9 (hash) not labelled
    upw, tk, comm = V.pw(12).replace("?", "!"), V.secret(16, V.AL), V.secret(14, V.AL)
    u7, t7 = V.cisco7(upw), V.cisco7(tk)
    ios = ("!\nversion 15.7\nservice timestamps log datetime msec\nservice password-encryption\n!\nhostname br-hamburg-rtr01\n!\nenable secret 9 %s\n!\n"
           "username netops privilege 15 password 7 %s\nusername backup privilege 1 secret 5 %s\n!\naaa new-model\naaa authentication login default group tacacs+ local\n!\n"
           "tacacs server TAC1\n address ipv4 10.0.0.49\n key 7 %s\n!\ninterface GigabitEthernet0/0\n ip address 198.51.100.7 255.255.255.248\n!\n"
           "snmp-server community %s RW 99\nsnmp-server location HAM-DC1 rack 3\n!\nline vty 0 4\n transport input ssh\n!\nend\n" % (V.cisco9(), u7, V.md5crypt(), t7, comm))
    emit("p_cisco_ios_type7_snmp_community", next(sh), [("u", "Audit this router config against our hardening baseline"), ("t", "bash", "cat configs/br-hamburg-rtr01.cfg", ios),
         ("a", "Findings: type 7 passwords are reversible, SNMP community with RW, telnet already disabled.")] + pad("ios1", 2),
         [(S, "Cisco type 7 password (reversible)", u7), (S, "TACACS+ key in type 7", t7), (S, "SNMP RW community string", comm)])

    # 6 FreeRADIUS clients.conf
    r1, r2 = V.secret(24, V.AL + "-_"), V.secret(20, V.AL)
    cc = ("client wlc-core {\n    ipaddr = 10.30.0.10\n    secret = %s\n    shortname = wlc\n    nas_type = cisco\n}\n\nclient vpn-gw {\n    ipaddr = 10.30.0.20\n"
          "    secret = %s\n    require_message_authenticator = yes\n}\n\nclient localhost {\n    ipaddr = 127.0.0.1\n    secret = testing123\n}\n" % (r1, r2))
    emit("p_freeradius_clients_shared_secrets", next(sh), [("u", "802.1X auth fails with 'Shared secret is incorrect' from the WLC only"), ("t", "bash", "sudo cat /etc/freeradius/3.0/clients.conf", cc),
         ("a", "The WLC entry looks right; check that the WLC sends from 10.30.0.10 and not its service port address.")] + pad("rad1", 2),
         [(S, "RADIUS shared secret (WLC)", r1), (S, "RADIUS shared secret (VPN gateway)", r2)])

    # 7 net-snmp v3 users
    ap, pp = V.secret(16, V.AL), V.secret(16, V.AL)
    snmpd = ("# /etc/snmp/snmpd.conf\nagentAddress udp:161\nview systemonly included .1.3.6.1.2.1.1\nview systemonly included .1.3.6.1.2.1.25.1\n"
             "createUser zbx-monitor SHA-256 \"%s\" AES \"%s\"\nrouser zbx-monitor priv -V systemonly\nsysLocation DC2 row C\n" % (ap, pp))
    emit("p_netsnmp_v3_auth_priv_passwords", next(sh), [("u", "Zabbix says 'authorizationError' for snmpv3 on the new storage nodes"), ("t", "bash", "sudo cat /etc/snmp/snmpd.conf", snmpd)] + pad("snmp1", 2),
         [(S, "SNMPv3 auth password", ap), (S, "SNMPv3 privacy password", pp)])
