FROM alpine AS b
FROM busybox AS b
FROM b
COPY --from=b /x /x
