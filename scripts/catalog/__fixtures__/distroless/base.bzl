# made-up: the shape of GoogleContainerTools/distroless base/config.bzl
BASE_PACKAGES = {
    "debian13": [
        "libc6",  # glibc
        "libssl3t64",
    ],
}

BASE_NOSSL_PACKAGES = {
    "debian13": ["libc6"],
}
