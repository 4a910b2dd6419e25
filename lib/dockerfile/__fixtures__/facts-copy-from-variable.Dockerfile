ARG V=1
FROM alpine
COPY --from=nginx:${V} /x /x
