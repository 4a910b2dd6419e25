FROM alpine:3.23 AS a
COPY --from=b /b /b

FROM alpine:3.23 AS b
COPY --from=a /a /a

FROM Builder AS c
RUN true
