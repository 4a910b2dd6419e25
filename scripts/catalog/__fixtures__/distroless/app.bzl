APP_PACKAGES = {
    "1": [
        "libstdc++6",
        "not-in-debian",
    ],
}
