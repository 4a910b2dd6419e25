FROM alpine:3.23 AS build
RUN true

# Uppercase P makes BuildKit print the expanded base name in its error.
FROM Probe-${TARGETOS}-${TARGETARCH}-${BUILDOS}-${BUILDARCH}-${TARGETSTAGE}
