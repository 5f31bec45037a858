#!/bin/sh
# Install the Annotator menu entry, icon, AppStream metadata and project file type for the
# current user (no root needed). Run after `pip install annotator`; undo with --uninstall.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
icon_source="$here/../annotator/resources/icons/annotator.svg"
if [ ! -f "$icon_source" ]; then
    # installed package: find the icon next to the module
    icon_source=$(python3 -c 'import annotator, pathlib; print(pathlib.Path(annotator.__file__).parent / "resources/icons/annotator.svg")')
fi

applications="$data/applications"
icons="$data/icons/hicolor/scalable/apps"
metainfo="$data/metainfo"
mime="$data/mime/packages"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$applications/annotator.desktop" "$icons/annotator.svg" "$metainfo/annotator.metainfo.xml" "$mime/annotator.xml"
    echo "Removed the Annotator menu entry."
else
    if ! command -v annotator >/dev/null 2>&1; then
        echo "warning: 'annotator' is not on PATH; the menu entry will not start until it is" >&2
    fi
    mkdir -p "$applications" "$icons" "$metainfo" "$mime"
    install -m 644 "$here/annotator.desktop" "$applications/annotator.desktop"
    install -m 644 "$icon_source" "$icons/annotator.svg"
    install -m 644 "$here/annotator.metainfo.xml" "$metainfo/annotator.metainfo.xml"
    install -m 644 "$here/annotator-mime.xml" "$mime/annotator.xml"
    echo "Installed the Annotator menu entry in $applications."
fi

# Refresh the caches where the tools exist; a missing tool only delays the update until login.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$applications" || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
exit 0
