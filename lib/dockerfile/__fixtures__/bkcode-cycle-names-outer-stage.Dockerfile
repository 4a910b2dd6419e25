FROM alpine:3.23 AS x
COPY --from=b /b /b

FROM alpine:3.23 AS b
COPY --from=c /c /c

FROM alpine:3.23 AS c
COPY --from=b /b /b
