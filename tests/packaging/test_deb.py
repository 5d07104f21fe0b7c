"""The Debian package made from the frozen build by tools/build_deb.sh: its fields, its files,
its maintainer scripts, and the program started through the name it puts on the PATH.
(Installing it into a bare Debian and purging it again is the fresh-machine check's part.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_desktop import __version__

from .test_system_packages import system_packages

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),  # the first packaging test to run waits for the frozen build
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
        reason="needs dpkg-deb",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [
            str(ROOT / "tools" / "build_deb.sh"),
            "--bundle",
            str(bundle),
            "--out",
            str(out),
            "--compress",
            "gzip",  # the release uses xz; gzip is three times faster to write
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    path = Path(result.stdout.strip())
    assert path.parent == out
    return path


def field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_package_is_named_and_versioned_from_the_program(deb: Path) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert deb.name == f"intervisie_{__version__}_{arch}.deb"
    assert field(deb, "Package") == "intervisie"
    assert field(deb, "Version") == __version__
    assert field(deb, "Architecture") == arch


def test_depends_holds_the_listed_packages_the_build_loads_and_no_others(
    deb: Path, bundle: Path
) -> None:
    depends = field(deb, "Depends").split(", ")
    needed = system_packages.from_the_system([bundle], bundle)
    packages, unknown = system_packages.packages_for(needed, system_packages.read_list())
    assert unknown == []
    extra = [e.package for e in system_packages.read_list() if "deb" in e.roles]
    assert depends == packages + extra
    # Qt itself, Python and SQLCipher travel in the bundle; the C library and GL do not.
    assert {"libc6", "libgl1", "libegl1", "libwayland-client0"} <= set(depends)
    assert not [p for p in depends if "python" in p or "qt" in p or "sqlcipher" in p]


def test_files_go_to_opt_the_path_and_the_hicolor_theme(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    assert (tmp_path / "opt/intervisie/_internal").is_dir()
    for name in ("intervisie", "intervisie-cli"):
        link = tmp_path / "usr/bin" / name
        assert os.readlink(link) == f"../../opt/intervisie/{name}"
        assert os.access(link, os.X_OK)
    desktop = (tmp_path / "usr/share/applications/intervisie.desktop").read_text()
    assert "Exec=intervisie\n" in desktop and "Icon=intervisie\n" in desktop
    hicolor = tmp_path / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        assert (hicolor / f"{size}x{size}/apps/intervisie.png").is_file()
    assert (hicolor / "scalable/apps/intervisie.svg").is_file()
    everything = {p.relative_to(tmp_path).parts[0] for p in tmp_path.iterdir()}
    assert everything == {"opt", "usr"}

    # Started by its name on the PATH (a link), the program finds its own files.
    result = subprocess.run(
        [str(tmp_path / "usr/bin/intervisie-cli"), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"intervisie {__version__}"


def test_maintainer_scripts_refresh_the_desktop_and_icon_caches(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path)], check=True)
    for script in ("postinst", "postrm"):
        text = (tmp_path / script).read_text()
        assert os.access(tmp_path / script, os.X_OK)
        assert "update-desktop-database -q /usr/share/applications" in text
        assert "gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor" in text
    shell = shutil.which("sh")
    assert shell is not None
    for script in ("postinst", "prerm", "postrm"):  # valid shell, whatever dpkg passes
        subprocess.run([shell, "-n", str(tmp_path / script)], check=True)
