"""Whether the window can start here, found out before Qt is loaded: on Linux, Qt's X11
platform plugin aborts the process (exit 134, a page of plugin text) when a library it needs
is missing or no display can be reached. This says why in one line instead, naming the
Debian/Ubuntu packages to install and the offscreen option. Imports no Qt; reads only the
environment, the dynamic linker's view of the plugin (``ldd``) and the display's socket.
"""
from __future__ import annotations

import ctypes.util
import importlib.util
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# the libraries Qt's xcb plugin links to that a desktop-less system may lack: soname -> package
XCB_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
OFFSCREEN = ("QT_QPA_PLATFORM=offscreen runs it without a window; 'articlecompare compare A B' "
             "needs no display")
X_SOCKETS = "/tmp/.X11-unix/X{n}"
X_TCP_PORT = 6000
CONNECT_TIMEOUT_S = 1.0

Ldd = Callable[[str], str]


def window_problem(env: Mapping[str, str] | None = None, platform: str = sys.platform,
                   ldd: Ldd | None = None) -> str:
    """Why the window cannot start here, in one line; "" when nothing is known against it
    (not Linux, a platform other than X11 asked for, or the X11 plugin's needs are met)."""
    env = os.environ if env is None else env
    wanted = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if platform != "linux" or wanted not in ("", "xcb"):
        return ""
    if not wanted and env.get("WAYLAND_DISPLAY"):
        return ""   # Qt takes the Wayland plugin, and falls back to X11 only if that fails
    display = env.get("DISPLAY", "")
    if not display:
        return f"articlecompare: no display to open the window on (DISPLAY is not set); {OFFSCREEN}."
    missing = missing_libraries(ldd or run_ldd)
    if missing:
        packages = " ".join(dict.fromkeys(XCB_PACKAGES.get(name, name) for name in missing))
        return (f"articlecompare: the window needs X11 libraries that are not installed "
                f"({', '.join(missing)}); on Debian or Ubuntu: sudo apt-get install {packages}; "
                f"{OFFSCREEN}.")
    if not display_reachable(display):
        return (f"articlecompare: cannot reach the display {display} (no X server answers there); "
                f"{OFFSCREEN}.")
    return ""


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin in the installed PySide6 (found without importing it)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def run_ldd(path: str) -> str:
    """What the dynamic linker says of ``path``'s libraries ("" if ldd cannot be run)."""
    try:
        done = subprocess.run(["ldd", path], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def missing_libraries(ldd: Ldd) -> list[str]:
    """The sonames the X11 plugin needs and the system lacks, in the order ldd lists them;
    where ldd says nothing (not installed, another libc), the known ones are looked up."""
    plugin = xcb_plugin()
    if plugin is None:
        return []
    listing = ldd(str(plugin))
    if listing:
        found = [line.split("=>")[0].strip() for line in listing.splitlines() if "not found" in line]
        return list(dict.fromkeys(found))
    return [name for name in XCB_PACKAGES if ctypes.util.find_library(_short(name)) is None]


def _short(soname: str) -> str:
    """``libxcb-icccm.so.4`` -> ``xcb-icccm``, the name ``find_library`` takes."""
    return soname.removeprefix("lib").split(".so")[0]


def display_reachable(display: str) -> bool:
    """Whether an X server listens at ``display`` (":1", "unix:0", "localhost:10.0"); a form
    not known here is taken as reachable (Qt will say)."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit() or host.startswith("/"):
        return True
    if host in ("", "unix"):
        return _connects_unix(X_SOCKETS.format(n=number))
    try:
        with socket.create_connection((host, X_TCP_PORT + int(number)), timeout=CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def _connects_unix(path: str) -> bool:
    for address in ("\0" + path, path):   # Linux servers listen in the abstract namespace too
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(CONNECT_TIMEOUT_S)
            try:
                sock.connect(address)
                return True
            except OSError:
                continue
    return False
