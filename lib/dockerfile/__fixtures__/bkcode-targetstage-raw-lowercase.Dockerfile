FROM alpine:3.23 AS final
RUN true

# TARGETSTAGE is the --target value as typed; this unneeded stage's base is still parsed.
FROM probe-${TARGETSTAGE} AS report
