# Uppercase P makes BuildKit print the expanded base name in its error.
FROM Probe-${TARGETOS}-${TARGETARCH}-${TARGETVARIANT}
