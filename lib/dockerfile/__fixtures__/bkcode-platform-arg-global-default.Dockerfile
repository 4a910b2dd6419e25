# A global ARG with a default replaces BuildKit's automatic value.
ARG TARGETARCH=riscv64
ARG BUILDARCH

FROM Probe-${TARGETARCH}-${BUILDARCH}
