#!/bin/sh
# Policy routing for promptwall's TPROXY mode.
#
# nftables `tproxy to :3130` only picks the socket; the packet still carries
# the client's original destination (an address that is not ours), so the
# routing decision would forward it. These rules make every packet with the
# TPROXY mark "local": lookup table $TABLE, where everything is a local route
# on lo. Use together with promptwall-tproxy.nft (its TPROXY_MARK must match
# MARK here).
#
#   tproxy-routing.sh up      add the rules (idempotent: safe to run twice)
#   tproxy-routing.sh down    remove them (idempotent)
#   tproxy-routing.sh status  show them
#
# Environment overrides: MARK (default 0x1), MASK (default = MARK),
# TABLE (default 100), PRIORITY (ip rule preference, default 100),
# IPV6 (auto | on | off; default auto = only if the kernel has IPv6).
set -eu

MARK="${MARK:-0x1}"
MASK="${MASK:-$MARK}"
TABLE="${TABLE:-100}"
PRIORITY="${PRIORITY:-100}"
IPV6="${IPV6:-auto}"

die() { echo "tproxy-routing: $*" >&2; exit 1; }
command -v ip >/dev/null 2>&1 || die "the 'ip' command (iproute2) is missing"

families() {
    echo 4
    case "$IPV6" in
        on) echo 6 ;;
        off) ;;
        auto) [ -e /proc/sys/net/ipv6 ] && echo 6 ;;
        *) die "IPV6 must be auto, on or off (got '$IPV6')" ;;
    esac
    return 0
}

default_net() { [ "$1" = 4 ] && echo 0.0.0.0/0 || echo ::/0; }

has_rule() {
    # `ip rule show` accepts selectors; any output means the rule exists.
    [ -n "$(ip -"$1" rule show pref "$PRIORITY" fwmark "$MARK/$MASK" lookup "$TABLE" 2>/dev/null)" ]
}

up() {
    # The local routes hang off lo; a fresh network namespace has it down.
    ip link set lo up
    for f in $(families); do
        if ! has_rule "$f"; then
            ip -"$f" rule add pref "$PRIORITY" fwmark "$MARK/$MASK" lookup "$TABLE"
        fi
        # `replace` is idempotent by itself.
        ip -"$f" route replace local "$(default_net "$f")" dev lo table "$TABLE"
    done
}

down() {
    for f in $(families); do
        while has_rule "$f"; do
            ip -"$f" rule del pref "$PRIORITY" fwmark "$MARK/$MASK" lookup "$TABLE"
        done
        ip -"$f" route del local "$(default_net "$f")" dev lo table "$TABLE" 2>/dev/null || true
    done
}

status() {
    for f in $(families); do
        echo "# IPv$f rules with fwmark $MARK/$MASK"
        ip -"$f" rule show fwmark "$MARK/$MASK" lookup "$TABLE"
        echo "# IPv$f table $TABLE"
        ip -"$f" route show table "$TABLE"
    done
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) status ;;
    *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
