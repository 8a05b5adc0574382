"""What the "how to connect" screen says about the network: its name, when it can be read.

The name comes from the system's own tool (NetworkManager's ``nmcli``, Windows'
``netsh``, macOS' ``networksetup``), asked with a short timeout; a computer that
cannot say it gets None and the screen shows the address alone.
"""

from __future__ import annotations

import subprocess
import sys

TIMEOUT_SECONDS = 1.5


def _run(*command: str) -> str:
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def parse_nmcli(output: str) -> str | None:
    """``yes:Salon Wi-Fi`` among ``nmcli -t -f active,ssid dev wifi`` lines."""
    for line in output.splitlines():
        active, _, name = line.partition(":")
        if active == "yes" and name:
            return name.replace("\\:", ":")
    return None


def parse_netsh(output: str) -> str | None:
    """The ``SSID`` line of ``netsh wlan show interfaces`` (not ``BSSID``)."""
    for line in output.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "SSID" and value.strip():
            return value.strip()
    return None


def parse_networksetup(output: str) -> str | None:
    """``Current Wi-Fi Network: Salon`` from ``networksetup -getairportnetwork en0``."""
    _, found, name = output.partition("Network: ")
    return name.strip() or None if found else None


def network_name() -> str | None:
    """The Wi-Fi network this computer is on (or shares as a hotspot), if it can say."""
    if sys.platform.startswith("win"):
        return parse_netsh(_run("netsh", "wlan", "show", "interfaces"))
    if sys.platform == "darwin":
        return parse_networksetup(_run("networksetup", "-getairportnetwork", "en0"))
    return parse_nmcli(_run("nmcli", "-t", "-f", "active,ssid", "dev", "wifi"))
