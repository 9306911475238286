"""The client's address: the peer's, or behind trusted proxies the nearest forwarded one."""

from collections.abc import Iterable
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

Networks = tuple[IPv4Network | IPv6Network, ...]


def parse_proxies(entries: Iterable[str]) -> Networks:
    """Addresses or networks (CIDR), each entry possibly comma-separated; ValueError if bad."""
    networks = []
    for entry in entries:
        for part in entry.split(","):
            if part.strip():
                networks.append(ip_network(part.strip(), strict=False))
    return tuple(networks)


def _address(text: str) -> IPv4Address | IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        return ip_address(text)
    except ValueError:
        return None


def _trusted(address: IPv4Address | IPv6Address | None, proxies: Networks) -> bool:
    return address is not None and any(address in network for network in proxies)


def client_address(peer: str, forwarded_for: Iterable[str], proxies: Networks) -> str:
    """`peer` unless it is a trusted proxy; then the right-most X-Forwarded-For address that is
    not a trusted proxy. Everything left of that was written by the client and can be forged;
    without trusted proxies the header is not read at all."""
    here = _address(peer)
    if not _trusted(here, proxies):
        return peer
    hops = [hop for header in forwarded_for for hop in header.split(",")]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break  # a trusted proxy does not write junk; stop at the last hop known good
        here = address
        if not _trusted(address, proxies):
            break
    return str(here)
