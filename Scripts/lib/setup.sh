# Shared by Scripts/run, Scripts/test and Scripts/bench: checks for the tools the
# build needs and installs missing Debian packages with apt-get. Source it; do not run it.

say() { printf '%s: %s\n' "${SCRIPT_NAME:-astpm}" "$*" >&2; }
die() { say "error: $*"; exit 1; }

require_swift() {
    command -v swift >/dev/null 2>&1 ||
        die "swift is not on PATH. Install the Swift 6.3 toolchain for Linux, then run this again."
}

# apt_install PACKAGE... : installs the packages with apt-get (running apt-get update first).
apt_install() {
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 ||
            die "need root to install $* (apt-get). Run as root, or install them yourself: apt-get install $*"
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null 2>&1 ||
        die "apt-get not found: install $* with your system's package manager, then run this again."
    say "installing $* with apt-get (needed to build or test astpm)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 ||
        die "apt-get update failed; check the network or the apt sources, then run this again."
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 ||
        die "apt-get install $* failed."
}

# missing_packages WANT... : prints the packages from: libedit-dev tmux chromium poppler-utils git zsh fish, that are missing.
missing_packages() {
    local want missing=()
    for want in "$@"; do
        case "$want" in
            libedit-dev)
                if ! command -v pkg-config >/dev/null 2>&1; then
                    missing+=(pkg-config libedit-dev)
                elif ! pkg-config --exists libedit; then
                    missing+=(libedit-dev)
                fi ;;
            tmux) command -v tmux >/dev/null 2>&1 || missing+=(tmux) ;;
            # The printed statement is checked by printing it to PDF in a real browser.
            chromium)
                command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
                    missing+=(chromium) ;;
            # pdfinfo and pdftotext read that PDF back.
            poppler-utils)
                { command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } ||
                    missing+=(poppler-utils) ;;
            # The shells the completion tests load astpm's scripts into, and git for the record history.
            git|zsh|fish) command -v "$want" >/dev/null 2>&1 || missing+=("$want") ;;
            *) die "missing_packages: unknown package $want" ;;
        esac
    done
    printf '%s\n' "${missing[@]}"
}

# ensure_packages WANT... : installs whichever of them are missing, in one apt-get run.
ensure_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] || [ -z "${missing[0]}" ] || apt_install "${missing[@]}"
    if [[ " $* " == *" libedit-dev "* ]]; then
        pkg-config --exists libedit || die "libedit still not found by pkg-config after installing libedit-dev."
    fi
}

# build_release : builds the astpm binary in release mode, quietly unless it fails.
build_release() {
    say "building astpm (release)"
    swift build -c release --product astpm --quiet >&2 || die "release build failed (see the errors above)."
}
