"""Where the remote listens: loopback and the machine's addresses on a local network (private
IPv4 ranges, as a router or the laptop's own hotspot hands out), never a public address."""

from __future__ import annotations

import ipaddress

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

LOOPBACK = "127.0.0.1"


def local_addresses() -> list[str]:
    """Loopback first, then each private IPv4 address of an interface that is up."""
    found: list[str] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = address.toString()
            ip = ipaddress.ip_address(text)
            if ip.is_loopback or not ip.is_private or ip.is_link_local:
                continue
            if text not in found:
                found.append(text)
    return [LOOPBACK, *found]
